"""Where an event happened: "in Singapore", "at the Metropole hotel", the dateline city.

A place is a GPE/LOC/FAC entity, or a noun phrase headed by a place noun from
``plover.yaml`` ("in the demilitarized zone"), introduced by "in/at/inside/near" and attached
to the event's clause (the trigger, its light verb, or one of its participants: "met with
Kim *in Singapore*"). Places inside appositions or other clauses are someone's description,
not the event's place ("Jung Pak, a fellow *at the Brookings Institution*"). The dateline
("MANILA — ...") is the fallback for the first paragraph only: later paragraphs often
report events elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span, Token

from storyline.knowledge.loader import load_actor_knowledge

_PLACE_PREPS = frozenset({"in", "at", "inside", "near", "outside", "aboard"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Edges a place may climb to reach the event; clauses and appositions block it.
_PATH_DEPS = frozenset({"prep", "pobj", "dobj", "nsubj", "nsubjpass", "attr", "compound", "conj",
                        "npadvmod", "advmod", "dative", "agent", "pcomp"})
# "SEOUL —", "WASHINGTON, D.C. -", "GOMA, Democratic Republic of Congo (AP) —", "ANKARA, Aug 3 (Reuters) -", "GENEVA, March 4, 2019 (AFP) —",
# "BEIJING/WASHINGTON (Reuters) -": the city in capitals (the first of several), an optional region
# or wire date, an optional agency in brackets, a dash.
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3})(?:/[A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3})*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]?\d{4})?|,\s*\d{1,2}[ ][A-Z][a-z]{2,8}\.?"
    r"|,\s*[A-Z][\w.]*(?:[ ](?:(?:of|the)[ ])*[A-Z][\w.]*){0,3})?"
    # "(Reuters) -", or the slashes of the agencies of the former Soviet states: "BISHKEK, 14 April. /Kabar/."
    r"\s*(?:(?:\((?P<agency>[^)]{1,40})\)\s*)?[—–-]{1,2}\s|/(?P<slashed>[^/\n]{1,40})/\.?\s)"
)
# "Cotabato City, Philippines - ", "Bujumbura - ": a dateline in title case, which a sentence may
# look like ("Kim Jong Un - ..."), so only when its city or its region is a known place.
_MIXED_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][a-z'.\-]+(?:[ ][A-Z][a-z'.\-]+){0,2})"
    r"(?:,\s*(?P<region>[A-Z][\w.]*(?:[ ](?:(?:of|the)[ ])*[A-Z][\w.]*){0,3}))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\)\s*)?[—–-]{1,2}\s"
)


def _entity(tok: Token) -> Span | None:
    """The entity ``tok`` is in, from the IOB tags (``doc.ents`` is rebuilt on each access)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _np_text(tok: Token) -> str:
    start = min((c.left_edge.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "poss")),
                default=tok.i)
    return tok.doc[start : tok.i + 1].text


def place_name(tok: Token, place_nouns: Collection[str]) -> str | None:
    """The place a preposition's object names, or None if it is not a place."""
    ent = _entity(tok)
    if ent is not None and (ent.label_ in _PLACE_ENTS or (ent.label_ == "ORG" and ent.root.lemma_.lower() in place_nouns)):
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the" and ent.label_ == "GPE")]
        toks = [t for t in toks if t.tag_ != "POS"]
        return tok.doc[toks[0].i : toks[-1].i + 1].text if toks else None
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in place_nouns:
        # "the border city of Kaesong": the named place is more precise than the noun
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    named = _entity(pobj)
                    if pobj.dep_ == "pobj" and named is not None and named.label_ in _PLACE_ENTS:
                        return named.text
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        return _np_text(pobj)
        return _np_text(tok)
    return None


def _reaches(tok: Token, anchors: set[int], limit: int = 6) -> bool:
    node = tok
    for _ in range(limit):
        if node.i in anchors:
            return True
        if node.dep_ not in _PATH_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return node.i in anchors


def event_location(anchors: set[int], head: Token, sent: Span, place_nouns: Collection[str]) -> str | None:
    """The place attached to the event whose clause tokens are ``anchors``; nearest wins."""
    best: tuple[int, str] | None = None
    for tok in sent:
        if tok.dep_ == "prep" and tok.lower_ in _PLACE_PREPS:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None or not _reaches(tok.head, anchors):
                continue
            name = place_name(pobj, place_nouns)
            if name and (best is None or abs(tok.i - head.i) < best[0]):
                best = (abs(tok.i - head.i), name)
    if best is not None:
        return best[1]
    # "the Singapore summit", "the Hanoi talks"
    for c in head.children:
        if c.dep_ == "compound" and c.ent_type_ == "GPE":
            ent = _entity(c)
            return ent.text if ent is not None else c.text
    return None


def dateline(text: str, max_paragraphs: int = 3) -> tuple[int, int, str] | None:
    """``(start, end, City)`` of the first paragraph if it opens with a dateline."""
    found = _dateline_match(text, max_paragraphs)
    if found is None:
        return None
    pos, para, m = found
    city = " ".join(w.capitalize() for w in m.group("city").split())
    return pos, pos + len(para), city


def dateline_end(text: str) -> int:
    """Where the dateline prefix of the first paragraph ends ("ANKARA, Aug 3 (Reuters) - |Russia
    has ..."), or 0: no sentence content starts before it."""
    found = _dateline_match(text, 1)
    return found[0] + found[2].end() if found else 0


def dateline_agency(text: str) -> str | None:
    """The wire agency a dateline names ("ANKARA, Aug 3 (Reuters) -" → "Reuters"), else ``None``."""
    found = _dateline_match(text, 1)
    agency = (found[2].group("agency") or found[2].groupdict().get("slashed")) if found else None
    return agency.strip() if agency and agency.strip() else None


def _dateline_match(text: str, max_paragraphs: int) -> tuple[int, str, re.Match[str]] | None:
    pos = 0
    # only the first paragraphs are looked at: split off no more of the article than that (this
    # runs once per step that needs the dateline, on every document)
    for n, para in enumerate(re.split(r"(\n\s*\n)", text, maxsplit=max_paragraphs)):
        if n // 2 >= max_paragraphs:
            break
        if n % 2 == 0 and para.strip():
            m = _DATELINE.match(para) or _known_mixed(para)
            if m:
                return pos, para, m
        pos += len(para)
    return None


def _known_mixed(para: str) -> re.Match[str] | None:
    """A title-case dateline whose city or region the knowledge base knows as a place."""
    m = _MIXED_DATELINE.match(para)
    if m is None:
        return None
    kb = load_actor_knowledge()
    city, region = m.group("city").lower(), (m.group("region") or "").lower()
    known = city in kb.country_by_capital or city in kb.country_by_city or city in kb.country_by_name \
        or region in kb.country_by_name or region in kb.region_country
    return m if known else None

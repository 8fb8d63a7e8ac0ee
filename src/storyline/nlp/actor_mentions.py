"""Actor mention candidates: spaCy's entities mended, the knowledge base's gazetteer, name runs
and introduced organisations, each typed (person, organisation, country, capital, demonym) —
stage 1 of the ``actors`` step (see :mod:`storyline.nlp.actors`).

The small model's slips are repaired here: a name split in two is one person, a "person"
named as a place ("the city of Kherson", "seized Goma") is a place, a title-word prefix is
dropped ("State Pompeo" → Pompeo), and a surname the article uses for a person is a person
whatever its entity label. :class:`Cluster` is the actor the resolver builds from them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.knowledge.loader import ActorKnowledge, KnownActor, Organization
from storyline.models import MentionKind, Offsets
from storyline.nlp.places import dateline_end

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
NAME_CHARS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass
class Cand:
    """A mention candidate before clustering."""

    start: int  # token indices
    end: int
    kind: str  # person | organization | country | capital | region | demonym | group
    source: str  # "ner" | "gaz" | "seat" (a city standing for a body seated there)
    known: KnownActor | None = None
    org: Organization | None = None
    iso3: str | None = None
    sector: str | None = None


@dataclass
class Cluster:
    """One actor under construction."""

    cid: int
    kind: str
    mentions: list[tuple[int, int, MentionKind]] = field(default_factory=list)  # char offsets
    names: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    known: KnownActor | None = None
    org: Organization | None = None
    iso3: str | None = None
    sector: str | None = None
    titles: list[str] = field(default_factory=list)
    quoted_titles: list[str] = field(default_factory=list)  # "President Kim" inside a quote
    roles_text: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # hints from context, in order
    sectors: list[str] = field(default_factory=list)  # from titles
    org_sectors: list[str] = field(default_factory=list)  # from affiliated organisations
    bodies: list[int] = field(default_factory=list)  # affiliated organisations of no known sector (yet)
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    evidence: Offsets | None = None
    group_noun: str | None = None
    nouns: set[str] = field(default_factory=set)  # what the text calls it ("the teachers' union SUTEP")


# Adjectives of a continent or region: the people they name belong to many states ("European
# negotiators", "African leaders", "Western diplomats"), so they are no people's group of one place.
_REGIONS = frozenset({"european", "african", "asian", "western", "eastern", "arab", "latin", "nordic",
                      "scandinavian", "baltic", "balkan", "caribbean", "gulf", "pacific", "middle-eastern",
                      "south-east", "southeast", "central", "northern", "southern", "international", "foreign"})

def name_words(text: str) -> list[str]:
    """Lower-case name words without initials and suffixes: "Donald J. Trump" → donald, trump."""
    words = [w.lower() for w in NAME_CHARS.findall(text)]
    return [w for w in words if len(w) > 1 and w not in SUFFIXES]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def person_key(name: str, kb: ActorKnowledge) -> str:
    """Cross-article identity of a person: given name normalised (Michael → mike)."""
    words = name_words(name)
    if len(words) >= 2:
        words = [kb.nickname_of.get(words[0], words[0]), *words[1:]]
    return "person:" + "-".join(words)


# keyed by object ids, so each entry keeps its knowledge base and vocab alive and is checked
# by identity: a freed knowledge base's id can be reused by a new one with other entries
_MATCHERS: dict[tuple[int, int], tuple[ActorKnowledge, object, PhraseMatcher]] = {}


def gazetteer(kb: ActorKnowledge, doc: Doc) -> PhraseMatcher:
    """A case-sensitive phrase matcher over the knowledge base, built once per vocab."""
    from spacy.matcher import PhraseMatcher

    key = (id(kb), id(doc.vocab))
    found = _MATCHERS.get(key)
    if found is not None and found[0] is kb and found[1] is doc.vocab:
        return found[2]
    from storyline.nlp.model import load_nlp

    nlp = load_nlp()
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    groups: dict[str, set[str]] = {"PERSON": set(), "ORG": set(), "COUNTRY": set(), "CAPITAL": set(), "DEMONYM": set(),
                                   "REGION": set(kb.region_names), "SEAT": {c.title() for c in kb.seats}}
    for a in kb.actors:
        groups["PERSON" if a.kind == "person" else "ORG"].update([a.name, *a.aliases])
    for o in kb.organizations:
        # lower-case aliases only when they are a described institution ("unification
        # ministry", "central bank"), not a bare common noun ("police", "army")
        groups["ORG"].update(n for n in (o.name, *o.aliases) if n[:1].isupper() or n[:1].isdigit() or len(n.split()) >= 2)
        if o.generic:  # "Georgia's interior ministry", "the Interior ministry"
            for n in (o.name, *o.aliases):
                if len(n.split()) >= 2:
                    groups["ORG"].update({n.lower(), n[:1].upper() + n[1:].lower()})
    for c in kb.countries:
        groups["COUNTRY"].update([c.name, *c.aliases])
        groups["CAPITAL"].update(c.capitals)
        groups["DEMONYM"].update(c.demonyms)
    for label, names in groups.items():
        matcher.add(label, [nlp.make_doc(n) for n in sorted(names)])
    _MATCHERS[key] = (kb, doc.vocab, matcher)
    return matcher


def _title_words(kb: ActorKnowledge) -> frozenset[str]:
    """Every lower-case word of every title ("secretary", "of", "state", ...)."""
    return kb.title_words


# nouns for the people who stand in an election, written before a name like a title
_RUNNERS = frozenset({"hopeful", "candidate", "challenger", "nominee", "contender", "frontrunner", "incumbent"})


# lower-case words no name ends with: the recogniser's "Vale in | Brumadinho", "Acme to"
_DANGLING = frozenset({"in", "on", "at", "to", "from", "with", "by", "or"})


_NAME_SYMBOLS = frozenset({"&", "-", "–", "'", "’", ".", "/", "+"})


def _breaks_name(tok: Token) -> bool:
    """A token no name runs across: a comma, whitespace with a line break, a @handle or a link,
    a symbol that is neither a letter nor the punctuation of names ("AT&T", "O'Neil")."""
    text = tok.text
    return (text == "," or "\n" in text or tok.like_url or text.startswith("@") or "twitter.com" in text
            or (not any(c.isalnum() for c in text) and not tok.is_space and text not in _NAME_SYMBOLS
                and not tok.is_punct))


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing possessive/punctuation from a token range."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’", "of", "for", "and")
                           or (doc[end - 1].is_punct and doc[end - 1].text != ".")
                           or (doc[end - 1].text in _DANGLING and end - 1 > start)):
        end -= 1  # ... and a dangling "of": "the Border Troops of | the State Committee ..."
    return start, end


def _country_prefixed_org(kb: ActorKnowledge, low: str) -> tuple[Organization, str] | None:
    """A known organisation named after its country ("u.s. justice department", "china's
    foreign ministry"): the organisation and the country, when the two agree (a generic
    body takes the country; a national one must be of it)."""
    words = low.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head = " ".join(words[:n])
        head = head[:-2] if head.endswith(("'s", "’s")) else head
        iso = kb.country_by_name.get(head) or kb.country_by_demonym.get(head)
        org = kb.org_by_alias.get(" ".join(words[n:]))
        if iso and org is not None and (org.generic or org.country == iso):
            return org, iso
    return None


def _known_company(kb: ActorKnowledge, text: str) -> Organization | None:
    """The known company a longer name is the legal form of: a legal suffix, then words of what
    it does, after a company the knowledge base knows ("Hyundai Motor Co.", "Nestlé S.A.",
    "Kia Corp.")."""
    words = text.split()
    if len(words) < 2 or not (words[-1].lower().strip(".,") in kb.company_suffixes or
                              "".join(c for c in words[-1].lower() if c.isalpha()) in ("sa", "ag", "nv", "spa", "plc")):
        return None
    words = words[:-1]
    while words:
        org = kb.org_by_alias.get(" ".join(words).lower().rstrip(","))
        if org is not None:
            return org if org.sector == "BUS" else None
        if len(words) < 2 or words[-1].lower() not in kb.business_words | {"group", "holdings"}:
            return None
        words = words[:-1]
    return None


def _national_branch(kb: ActorKnowledge, low: str) -> tuple[Organization, str] | None:
    """A country's branch of a transnational body named with the country after it ("amnesty
    kenya", "oxfam america", "save the children uk"): the body, for its sector, and the country."""
    words = low.split()
    for n in (2, 1):
        if len(words) <= n:
            continue
        iso = kb.country_by_name.get(" ".join(words[-n:]))
        org = kb.org_by_alias.get(" ".join(words[:-n]))
        if iso and org is not None and org.country is None and not org.generic and org.sector == "NGO":
            return org, iso
    return None


def _country_suffixed_org(kb: ActorKnowledge, low: str) -> tuple[Organization, str] | None:
    """A known body named with its country after "of" ("ministry of foreign affairs of
    tajikistan", "the embassy of japan"): the organisation and the country, on the terms of
    :func:`_country_prefixed_org`."""
    head, sep, tail = low.rpartition(" of ")
    if not sep:
        return None
    iso = kb.country_by_name.get(tail)
    org = kb.org_by_alias.get(head)
    if iso and org is not None and (org.generic or org.country == iso):
        return org, iso
    return None


def _classify(kb: ActorKnowledge, text: str, label: str, surnames: set[str]) -> Cand | None:
    """What a candidate span is, from the knowledge base first and its NER label last."""
    low = text.lower()
    if label in ("PERSON",) and low in kb.actor_by_alias:
        return Cand(0, 0, "person", "gaz", known=kb.actor_by_alias[low][0])
    if low in kb.country_by_name and label != "DEMONYM":
        return Cand(0, 0, "country", "ner", iso3=kb.country_by_name[low])
    if low in kb.seats and label != "PERSON":  # "accused Brussels of ...": the EU
        org = kb.org_by_alias[kb.seats[low].lower()]
        return Cand(0, 0, "organization", "seat", org=org, iso3=org.country, sector=org.sector)
    if low in kb.region_country and label != "PERSON":  # "Oregon", "Quebec": a state of its country
        return Cand(0, 0, "region", "ner", iso3=kb.region_country[low])
    if low in kb.country_by_capital and label != "PERSON":  # "demanded from Dushanbe" (ORG): its government
        return Cand(0, 0, "capital", "ner", iso3=kb.country_by_capital[low])
    # "Tajik" alone is a nationality whatever the model says ("opened fire at Tajik patrol"), unless
    # the article names someone so ("Bill English")
    if low in kb.country_by_demonym and (label in ("NORP", "DEMONYM") or (
            label == "PERSON" and " " not in text and low not in surnames)):
        return Cand(0, 0, "demonym", "ner", iso3=kb.country_by_demonym[low])
    if low in kb.org_by_alias and label != "PERSON":
        org = kb.org_by_alias[low]
        return Cand(0, 0, "organization", "ner", org=org, iso3=org.country, sector=org.sector)
    head, _, last = text.rpartition(" ")
    if label == "ORG" and head and last.islower() and last in kb.org_nouns and head.lower() in kb.org_by_alias:
        org = kb.org_by_alias[head.lower()]  # "the National Rally party": the National Rally
        if not org.generic:
            return Cand(0, 0, "organization", "ner", org=org, iso3=org.country, sector=org.sector)
    if label == "ORG":  # "Hyundai Motor Co.", "Nestlé S.A.": a known company's legal name
        known = _known_company(kb, text)
        if known is not None:
            return Cand(0, 0, "organization", "ner", org=known, iso3=known.country, sector=known.sector)
    if label == "ORG":  # "U.S. Justice Department", "Chinese Foreign Ministry": a country, then a known body
        prefixed = _country_prefixed_org(kb, low) or _country_suffixed_org(kb, low)
        if prefixed is not None:
            org, iso = prefixed
            return Cand(0, 0, "organization", "ner", org=org, iso3=iso, sector=org.sector)
    if low in kb.actor_by_alias:
        return Cand(0, 0, "person", "gaz", known=kb.actor_by_alias[low][0])
    branch = _national_branch(kb, low)
    if branch is not None and label in ("ORG", "PERSON"):
        return Cand(0, 0, "organization", "ner", iso3=branch[1], sector=branch[0].sector)
    if label == "PERSON" or low in surnames:
        return Cand(0, 0, "person", "ner")
    if label == "NORP" and " " not in text and text[:1].isupper() and low not in kb.party_words \
            and low not in _REGIONS:
        # "Kurdish fighters", "Tamil rebels": a people of no one state (see actors.people_group);
        # not "European negotiators", "Western diplomats": many states' people, of no country
        return Cand(0, 0, "people", "ner")
    if label == "ORG":
        if " " in text and text.rpartition(" ")[2] in kb.place_nouns:
            return None  # "Agusan del Sur province", "Kherson region": a place, however tagged
        return Cand(0, 0, "organization", "ner")
    return None


_US_PARTIES = frozenset({"Democratic Party of the United States", "Republican Party of the United States"})


def _us_party_here(doc: Doc, kb: ActorKnowledge, s: int) -> bool:
    """Whether "Democrats" / "Republicans" at token ``s`` are the US parties: not part of another
    party's name ("Liberal Democrats", "Sweden Democrats"), and in a text that names the United
    States or an American (France has its Republicans too)."""
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and prev.is_title and not prev.is_sent_start and prev.lower_ not in ("senate", "house", "congressional"):
        return False
    for ent in doc.ents:
        low = ent.text.lower()
        if "USA" in (kb.country_by_name.get(low), kb.country_by_demonym.get(low), kb.country_by_capital.get(low)):
            return True
        known = kb.actor_by_alias.get(low)
        if known and known[0].country == "USA":
            return True
    return False


def _is_town(kb: ActorKnowledge, ent: Span, name_parts: set[str]) -> bool:
    """A one-word "person" that is a known city ("seized *Goma*", "withdraw from *Bukavu*"):
    the small model takes unfamiliar place names for people. Not when the word is part of a
    person's name in the same article ("Sydney Smith ... Sydney said") or follows a title
    ("President Santiago"), nor a person the knowledge base knows."""
    low = ent.text.lower()
    if len(ent) != 1 or low in name_parts or low in kb.actor_by_alias:
        return False
    if low not in kb.country_by_city and low not in kb.country_by_capital:
        return False
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return not (prev is not None and prev.is_title and prev.lower_ in _title_words(kb))


def _named_as_place(kb: ActorKnowledge, ent: Span) -> bool:
    """A name the text calls a place, whatever label the recogniser gave it: "Sibagat, a town
    in ...", "a village, Sibagat", "a town in Agusan del Sur", "the province of Ifugao". Not a
    name the knowledge base knows as an actor, nor a state that acts as its government."""
    if ent.text.lower() in kb.actor_by_alias or ent.text.lower() in kb.org_by_alias:
        return False
    root = ent.root
    place_nouns = kb.place_nouns
    if any(c.dep_ == "appos" and c.lower_ in place_nouns and c.i >= ent.end for c in root.children):
        return True
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start and head.lower_ in place_nouns:
        return True
    # "the state of Minas Gerais" is also its government ("compensation to the state of ...")
    return root.dep_ == "pobj" and head.head.lower_ in place_nouns and head.head.i < head.i \
        and (head.lower_ == "in" or (head.lower_ == "of" and head.head.lower_ != "state"))


def _repaired_ents(doc: Doc, kb: ActorKnowledge) -> list[Span]:
    """spaCy's entities with two small-model slips mended: a name split in two ("Oleksandr" |
    "Prokudin", both PERSON and adjacent) is one person — unless both halves are people the
    knowledge base knows apart ("the Trump Kim summit") — and a "person" named as a place ("the
    city of Kherson") is a GPE."""
    from spacy.tokens import Span

    out: list[Span] = []
    name_parts = {w.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2 for w in (ent[0], ent[-1])}
    for ent in doc.ents:
        label = ent.label_
        if label == "PERSON" and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
                and doc[ent.start - 2].lower_ in kb.place_nouns:
            label = "GPE"
        if label == "PERSON" and _is_town(kb, ent, name_parts):
            label = "GPE"
        if label in ("PERSON", "ORG") and _named_as_place(kb, ent):
            label = "GPE"
        if label == "PERSON" and _a_document(kb, ent):
            continue  # "withdrew a controversial Bill": legislation, no one named Bill
        prev = out[-1] if out else None
        if prev is not None and label == prev.label_ == "PERSON" and prev.end == ent.start \
                and doc[prev.end - 1].whitespace_ and doc[ent.start].is_title \
                and not (prev.text.lower() in kb.actor_by_alias and ent.text.lower() in kb.actor_by_alias):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
    return _bodies_of_countries(doc, kb, out)


def _a_document(kb: ActorKnowledge, ent: Span) -> bool:
    """A one-word "person" that is a capitalised noun of legislation after a determiner or an
    adjective of its own ("a controversial *Bill*", "the *Bill*"), not "Bill Clinton" or "Bill said"."""
    return len(ent) == 1 and _document_word(kb, ent[0])


def _document_word(kb: ActorKnowledge, tok: Token) -> bool:
    if tok.lower_ not in kb.document_nouns or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.lower_ in ("a", "an", "the", "this", "that") or (before.pos_ == "ADJ" and before.head.i == tok.i)


def _bodies_of_countries(doc: Doc, kb: ActorKnowledge, ents: list[Span]) -> list[Span]:
    """A state body named after its country with "of" is one organisation: the small model
    cuts "the Ministry of Foreign Affairs of | Tajikistan" and "the Ministry of Foreign Affairs
    | of | the Kyrgyz Republic" in two, leaving a nameless body and a country it acts for."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ in ("GPE", "NORP") \
                and ent.text.lower() in kb.country_by_name \
                and any(t.lower_ in kb.org_nouns or t.lower_ in kb.state_heads for t in prev):
            joined = prev.end == ent.start and prev[-1].lower_ == "of"
            joined = joined or (prev.end + 1 == ent.start and doc[prev.end].lower_ == "of")
            if joined:
                out[-1] = Span(doc, prev.start, ent.end, label="ORG")
                continue
        out.append(ent)
    return out


def candidates(doc: Doc, kb: ActorKnowledge, ents: list[Span], text: str | None = None) -> list[Cand]:
    """Non-overlapping mention candidates, longest first, knowledge-base people preferred
    (``ents``: the document's entities as :func:`_repaired_ents` mends them; ``text``: the article
    text the doc was parsed from, when the caller has it)."""
    spans: list[tuple[int, int, str, str]] = []  # start, end, label, source
    for ent in ents:
        if ent.label_ in NER_LABELS:
            # "Kijfhoek, de Vries" as one entity: a comma, a line break ("Navigation\n\nRed
            # Cross"), a handle or link or a symbol ("Kim 🇰🇵") never sits inside a name
            cuts = [ent.start] + [t.i + 1 for t in ent if _breaks_name(t)] + [ent.end + 1]
            if "(" in (t.text for t in ent) and ")" not in (t.text for t in ent):
                # "New Popular Front (NFP" without its ")": the name ends before the bracket
                cuts[-1] = next(t.i for t in ent if t.text == "(") + 1
            for a, b in itertools.pairwise(cuts):
                s, e = _trim(doc, a, b - 1)
                if s < e:
                    spans.append((s, e, ent.label_, "ner"))
    matcher = gazetteer(kb, doc)
    for match_id, s, e in matcher(doc):
        if doc[s].lower_ == "the" and e < len(doc) and doc[e].is_title and doc[e].pos_ in ("PROPN", "ADJ"):
            continue  # "the South American country", "the North Atlantic": not "the South", "the North"
        spans.append((s, e, doc.vocab.strings[match_id], "gaz"))
    spans += _name_runs(doc, kb)
    spans += _introduced_orgs(doc, kb)
    spans += _possessive_org_names(doc, kb)
    spans += _group_names(doc, kb)
    spans = [_untitled(doc, kb, *sp) for sp in spans]
    spans = [part for sp in spans for part in _office_and_holder(doc, kb, *sp)]
    spans = [_title_premodifier(doc, kb, *sp) for sp in spans]
    title_words = _title_words(kb)
    person_words = {a.lower() for a, found in kb.actor_by_alias.items() if found[0].kind == "person"}
    surnames = {
        w for s, e, label, _ in spans if label == "PERSON" and e - s >= 2
        for w in (doc[e - 1].text.lower(), doc[s].text.lower())
    }

    # "State Pompeo" (ORG) → "Pompeo": a title-word prefix before a person's name
    for k, (s, e, label, source) in enumerate(spans):
        if source == "ner" and label != "PERSON" and e - s >= 2:
            last = doc[e - 1].text.lower()
            if (last in surnames or last in person_words) and all(
                t.lower_ in title_words or (t.lower_ in _PARTICLES and t.text.islower()) for t in doc[s : e - 1]
            ):
                spans[k] = (e - 1, e, "PERSON", source)

    spans = _relabel(doc, kb, spans, surnames | person_words)

    listed = {(s, e) for s, e, label, source in spans if source == "gaz" and label != "PERSON"}

    def priority(item: tuple[int, int, str, str]) -> tuple[int, int, int, int]:
        s, e, label, source = item
        single_person = (source == "gaz" and label == "PERSON") or doc[s:e].text.lower() in surnames
        # the knowledge base's name over the recogniser's label for the same words ("al Shabaab"
        # is the group the KB lists, not a person)
        overridden = source == "ner" and label == "PERSON" and (s, e) in listed
        return (e - s, 1 if single_person else 0, 0 if overridden else 1, 1 if label == "PERSON" else 0)

    taken = [False] * len(doc)
    # "WASHINGTON (AP) —" says where the story was filed, not who acts
    lead = dateline_end(doc.text if text is None else text)
    for tok in doc:
        if tok.idx >= lead:
            break
        taken[tok.i] = True
    out: list[Cand] = []
    for s, e, label, _source in sorted(spans, key=priority, reverse=True):
        if any(taken[s:e]):
            continue
        text = doc[s:e].text
        if label == "ORG" and e - s == 1 and doc[s].is_sent_start and doc[s].lower_ in kb.state_bodies:
            continue  # "Police said ...": the state's body the sentence opens with (see actors.state_bodies)
        if doc[s].is_sent_start and e < len(doc) and doc[e].is_lower \
                and (phrase := f"{text.lower()} {doc[e].lower_}") and (phrase in kb.state_bodies or phrase in kb.groups):
            continue  # "Riot police fired ...", "Border guards said": a group's name capitalised by the sentence
        cand = _classify(kb, text, label, surnames)
        if cand is None or (cand.kind == "organization" and cand.org is None and all(t.lower_ in title_words for t in doc[s:e])):
            if _source == "ner" and label in ("LOC", "FAC", "GPE", "EVENT"):
                for i in range(s, e):  # "the South China Sea" is not "the South"
                    taken[i] = True
            continue  # "State" of "Secretary of State"
        if cand.kind == "people" and not any(
                e + w <= len(doc) and doc[e + w - 1].is_lower and doc[e : e + w].text.lower() in kb.groups for w in (1, 2)):
            continue  # "Kurdish" alone is a language or a people, no actor; "Kurdish fighters" is a group
        if cand.org is not None and cand.org.name in _US_PARTIES and not _us_party_here(doc, kb, s):
            continue  # "the Liberal Democrats", "Sweden Democrats", France's "Republicans"
        cand.start, cand.end = s, e
        for i in range(s, e):
            taken[i] = True
        out.append(cand)
    # an organisation's name wherever else the recogniser missed it or called it something
    # else ("Corvex said" after "Corvex, the search giant"): the same words, capitalised
    in_cand = {i for c in out for i in range(c.start, c.end)}
    org_names = {
        tuple(t.text for t in doc[c.start : c.end]): c for c in out
        if c.kind == "organization" and c.org is None and doc[c.start].is_title and doc[c.start].is_alpha
        and doc[c.start:c.end].text.lower() not in kb.country_by_demonym
    }
    for tok in doc:
        if tok.i in in_cand or taken[tok.i] or not tok.is_title:
            continue
        for words, cand in org_names.items():
            end = tok.i + len(words)
            if end <= len(doc) and tuple(t.text for t in doc[tok.i : end]) == words and not any(taken[tok.i : end]) \
                    and not (tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].i in in_cand) \
                    and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                out.append(Cand(tok.i, end, "organization", "ner", sector=cand.sector))
                in_cand.update(range(tok.i, end))
                for i in range(tok.i, end):
                    taken[i] = True
                break
    # a bare surname of someone named in full, wherever the recogniser missed it ("Tavares said")
    for tok in doc:
        if tok.i in in_cand or tok.i - 1 in in_cand or tok.i + 1 in in_cand:
            continue  # the rest of a name a longer candidate already took ("President Xi| Jinping")
        if tok.is_title and tok.is_alpha and tok.lower_ in surnames and not tok.is_stop \
                and tok.lower_ not in kb.country_by_name and tok.lower_ not in kb.org_by_alias \
                and not _document_word(kb, tok):
            out.append(Cand(tok.i, tok.i + 1, "person", "ner"))
    out.sort(key=lambda c: c.start)
    return out


def _untitled(doc: Doc, kb: ActorKnowledge, s: int, e: int, label: str, source: str) -> tuple[int, int, str, str]:
    """A person's entity without the title the small model took in ("Spokesperson Lin Jian",
    "Sheriff Ray Delgado" at the start of a sentence): the title is left for the title
    reader, so the person gets its sector and the name is not "Sheriff Ray Delgado"."""
    if source != "ner" or label != "PERSON" or e - s < 2 or doc[s:e].text.lower() in kb.actor_by_alias:
        return s, e, label, source
    for k in range(min(e - 1, s + 3), s, -1):
        if kb.title(doc[s:k].text) is not None and doc[s].is_title and all(t.is_title and t.is_alpha for t in doc[k:e]):
            return k, e, label, source
    return s, e, label, source


def _office_and_holder(doc: Doc, kb: ActorKnowledge, s: int, e: int, label: str, source: str) -> list[tuple[int, int, str, str]]:
    """ "President of [Tajikistan Emomali Rahmon]", "Secretary General of [the CSTO Tasmagambetov]":
    the model runs the country or body a title is of into its holder's name; they are two."""
    first = s + 1 if doc[s].lower_ == "the" else s
    j = s - 2 if s >= 1 and doc[s - 1].lower_ == "the" else s - 1  # the "of"
    if source != "ner" or label != "ORG" or e - first < 2 or j < 1 or doc[j].lower_ != "of" \
            or not (doc[j - 1].is_title and doc[j - 1].lower_ in _title_words(kb)):
        return [(s, e, label, source)]
    for k in range(e - 1, first, -1):
        head = doc[first:k].text.lower()
        rest = doc[k:e]
        if (head in kb.country_by_name or head in kb.org_by_alias) and len(rest) <= 3 \
                and all(t.is_title and t.is_alpha for t in rest):
            return [(first, k, "GPE" if head in kb.country_by_name else "ORG", source), (k, e, "PERSON", source)]
    return [(s, e, label, source)]


def _title_premodifier(doc: Doc, kb: ActorKnowledge, s: int, e: int, label: str, source: str) -> tuple[int, int, str, str]:
    """ "[EU Agriculture] Commissioner Christophe Hansen", "[UN Refugee] chief": the model runs
    the body or country a title is of into the title's portfolio word and calls the two an
    organisation; the body or country alone is the mention, the portfolio is the title's."""
    if source != "ner" or label not in ("ORG", "GPE", "NORP") or e >= len(doc):
        return s, e, label, source
    nxt = doc[e]
    if not (nxt.is_alpha and nxt.is_title and (kb.title(nxt.text) is not None or nxt.lower_ in kb.person_nouns)):
        return s, e, label, source
    for k in range(e - 1, s, -1):
        head = doc[s:k].text.lower()
        rest = doc[k:e]
        is_country = head in kb.country_by_name
        is_demonym = head in kb.country_by_demonym  # "[Romanian Energy] Minister Bogdan Ivan"
        if (is_country or is_demonym or head in kb.org_by_alias) and all(t.is_alpha and t.is_title for t in rest) \
                and not any(t.lower_ in kb.org_nouns or t.lower_ in kb.state_heads for t in rest):
            return s, k, "GPE" if is_country else "NORP" if is_demonym else "ORG", source
    return s, e, label, source


def _person_like(doc: Doc, kb: ActorKnowledge, s: int, e: int) -> tuple[int, bool]:
    """Whether an ORG-labelled span is a person's name the small model mislabelled, and
    where the name starts: two or three capitalised words, none an organisation word,
    with a known given name first (or just before: "Ana [Luiza Rocha]") or in apposition
    to a noun for a person ("His lawyer, Ricardo Tavares")."""
    toks = doc[s:e]
    org_words = kb.org_nouns
    if not 2 <= len(toks) <= 3 or not all(t.is_alpha and t.is_title for t in toks):
        return s, False
    if any(t.lower_ in org_words for t in toks) or toks.text.lower() in kb.org_by_alias:
        return s, False
    if s > 0 and doc[s - 1].is_title and doc[s - 1].is_alpha and kb.gender_of_given_name(doc[s - 1].text) and len(toks) < 3:
        return s - 1, True
    if kb.gender_of_given_name(toks[0].text):
        return s, True
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and prev.is_title and prev.lower_ in kb.title_heads:
        return s, True  # "President Ukhnaagiin Khurelsukh": a title's last word before the name
    if prev is not None and prev.is_lower and (prev.lower_ in kb.title_heads or prev.lower_ in _RUNNERS):
        return s, True  # "presidential hopeful Issa Tchiroma Bakary", "party spokesman Guy Kinfouissia"
    root = toks.root
    if any(c.dep_ == "appos" and c.i >= e and c.lower_ in kb.person_nouns for c in root.children):
        return s, True  # "Murithi Mutiga, Africa director at the International Crisis Group"
    return s, root.dep_ == "appos" and root.head.lower_ in kb.person_nouns and root.head.i < s


def _org_like(doc: Doc, kb: ActorKnowledge, s: int) -> bool:
    """Whether a one-word PERSON-labelled name is an organisation the text introduces as
    one: "the freight operator Lijnvracht", "Lijnvracht, a Dutch carrier"."""
    tok = doc[s]
    org_words = kb.org_nouns
    if tok.dep_ == "appos" and tok.head.lower_ in org_words and tok.head.i < s:
        return True
    if s > 0 and doc[s - 1].lower_ in org_words and doc[s - 1].pos_ == "NOUN":
        return True
    return any(c.dep_ == "appos" and c.lower_ in org_words for c in tok.children)


def _introduced_as_org(doc: Doc, kb: ActorKnowledge, s: int, e: int) -> bool:
    """Whether the text introduces a name with a noun for an organisation: "state miner
    Codelco", "Codelco, the world's largest copper producer" (:func:`_org_like` for any span)."""
    root = doc[s:e].root
    org_words = kb.org_nouns
    if root.dep_ == "appos" and root.head.lower_ in org_words and root.head.i < s and root.head.pos_ == "NOUN":
        return True
    if s > 0 and doc[s - 1].lower_ in org_words and doc[s - 1].pos_ == "NOUN" and doc[s - 1].is_lower:
        return True
    return any(c.dep_ == "appos" and c.lower_ in org_words and c.pos_ == "NOUN" and c.i >= e for c in root.children)


# what follows a company's name, and no place's: "Kelmora chief executive Lena Holm", "Kelmora's
# shares", "the chief executive of Kelmora"
_COMPANY_OFFICES = frozenset({"ceo", "cfo", "coo", "chief", "executive", "executives", "chairman", "chairwoman",
                              "spokesman", "spokeswoman", "spokesperson", "shares", "shareholders", "stock"})
_CHIEF_OF_COMPANY = frozenset({"executive", "financial", "operating", "technology", "commercial"})
_COMPANY_ONLY = frozenset({"ceo", "cfo", "coo", "chief", "executive", "executives", "shares", "shareholders", "stock"})


def _before_office(doc: Doc, e: int, business_only: bool = False) -> bool:
    """Whether a name stands before (or with "of" after) a word of a company's offices or stock:
    "Kelmora chief executive Lena Holm", "Kelmora's shares fell", "the chief executive of Kelmora"
    (``business_only``: words no people's group has, for a nationality-like name: "Kurdish
    spokesman" is a Kurdish group's)."""
    words = _COMPANY_ONLY if business_only else _COMPANY_OFFICES
    k = e + 1 if e < len(doc) and doc[e].text in ("'s", "’s") else e
    if k < len(doc) and doc[k].lower_ in words and (doc[k].is_lower or doc[k].is_upper) and not (
            doc[k].lower_ == "chief" and (k + 1 >= len(doc) or doc[k + 1].lower_ not in _CHIEF_OF_COMPANY)):
        return True  # "chief executive", not "chief negotiator"
    span = doc[e - 1]
    head = span.head
    return span.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words and head.head.i < head.i


def _unknown_place(kb: ActorKnowledge, low: str) -> bool:
    """Whether no gazetteer knows the name as a place or a body (the small model calls many a
    company it does not know a GPE)."""
    return not any(low in table for table in (kb.country_by_name, kb.country_by_capital, kb.country_by_city,
                                              kb.country_by_demonym, kb.region_country, kb.org_by_alias, kb.seats))


def _is_person_noun(kb: ActorKnowledge, tok: Token) -> bool:
    return tok.lower_ in kb.person_nouns or tok.lemma_.lower() in kb.person_nouns or tok.lower_ in kb.titles


_PARTICLES = frozenset({"de", "van", "der", "den", "von", "da", "dos", "das", "del", "della", "di", "la", "le", "du", "bin", "al", "ter", "zu"})


def _name_runs(doc: Doc, kb: ActorKnowledge) -> list[tuple[int, int, str, str]]:
    """People's names the entity recogniser missed or cut up ("Choe Son Hui", "Margot" +
    "Wallström" as two places, "Lee" of "Lee Do-hoon"): a run of capitalised words
    (hyphenated parts included) that starts with a known given name, or stands in
    apposition with a noun for a person ("Choe Son Hui, North Korea's vice foreign
    minister"; "his lawyer, Ricardo Tavares")."""
    out: list[tuple[int, int, str, str]] = []
    org_words = kb.org_nouns
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if not (t.is_title and t.is_alpha) or t.is_stop or (t.is_sent_start and t.pos_ != "PROPN"):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 5:
            nxt = doc[j]
            hyphened = j + 1 < n and doc[j + 1].text == "-" and not nxt.whitespace_  # "Do-hoon"
            if nxt.is_title and nxt.is_alpha and doc[j - 1].whitespace_ and (nxt.pos_ == "PROPN" or hyphened):
                j += 1
            elif nxt.lower_ in _PARTICLES and nxt.text.islower() and j + 1 < n and doc[j + 1].is_title and doc[j + 1].is_alpha:
                j += 2  # "Henk de Vries", "Ursula von der Leyen"
                while j < n and j - i < 6 and doc[j - 1].lower_ in _PARTICLES and doc[j].is_alpha:
                    j += 1
            elif nxt.text == "-" and not doc[j - 1].whitespace_ and not nxt.whitespace_ and j + 1 < n and doc[j + 1].is_alpha:
                j += 2
            else:
                break
        run = doc[i:j]
        words = [x for x in run if x.is_alpha]
        if len(words) >= 2 and not any(x.lower_ in org_words for x in run):
            low = run.text.lower()
            if low not in kb.country_by_name and low not in kb.org_by_alias and low not in kb.country_by_demonym:
                root = run.root
                appos = any(c.dep_ == "appos" and _is_person_noun(kb, c) for c in root.children) or (
                    root.dep_ == "appos" and root.head.i < i and _is_person_noun(kb, root.head)
                )
                if appos or kb.gender_of_given_name(words[0].text):
                    out.append((i, j, "PERSON", "ner"))
        i = j
    return out


def _group_names(doc: Doc, kb: ActorKnowledge) -> list[tuple[int, int, str, str]]:
    """"the Jalisco Cartel", "the Los Lobos gang": capitalised words before a word for an armed
    or criminal group (roles.yaml group_heads; the word included when it is capitalised), which
    the recogniser often cuts or calls a person."""
    out: list[tuple[int, int, str, str]] = []
    for k in range(1, len(doc)):
        head = doc[k]
        if head.lower_ not in kb.group_heads or head.pos_ not in ("NOUN", "PROPN"):
            continue
        start = k
        while start > 0 and k - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and not doc[start - 1].is_sent_start and doc[start - 1].lower_ not in ("the", "a", "an"):
            start -= 1
        if start == k:
            continue
        out.append((start, k + 1 if head.is_title else k, "ORG", "ner"))
    return out


def _possessive_org_names(doc: Doc, kb: ActorKnowledge) -> list[tuple[int, int, str, str]]:
    """Names with a plural possessive inside, which the recogniser breaks at the apostrophe:
    "the British Airline Pilots' Association", "the National Farmers' Union", "Teachers' Union
    of Ireland" — capitalised words around "Xs'" that end in a word for a body."""
    out: list[tuple[int, int, str, str]] = []
    n = len(doc)
    for k in range(1, n - 1):
        apostrophe, before = doc[k], doc[k - 1]
        if apostrophe.text not in ("'", "’") or before.whitespace_ or not before.lower_.endswith("s") \
                or not (before.is_title and before.is_alpha):
            continue
        end = k + 1
        while end < n and end - k <= 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == k + 1 or doc[end - 1].lower_ not in kb.org_nouns:
            continue
        start = k - 1
        while start > 0 and k - start < 5 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and not doc[start - 1].is_stop and not doc[start - 1].is_sent_start:
            start -= 1
        if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_title and not doc[start - 1].is_stop:
            start -= 1  # the sentence's first word, when it is part of the name
        out.append((start, end, "ORG", "ner"))
    return out


def _introduced_orgs(doc: Doc, kb: ActorKnowledge) -> list[tuple[int, int, str, str]]:
    """Names the text introduces with a noun for an organisation: "the transport union FNV
    Spoor", "the freight operator Lijnvracht" (the recogniser may miss them altogether)."""
    out: list[tuple[int, int, str, str]] = []
    org_words = kb.org_nouns
    for t in doc[:-1]:
        if t.lower_ not in org_words or t.tag_ != "NN":
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 4 and doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].is_upper):
            j += 1
        if j > t.i + 1 and not (j < len(doc) and doc[j].text in ("'s", "’s")):
            out.append((t.i + 1, j, "ORG", "ner"))
    out += _named_before_noun(doc, kb)
    # "Safaricom, the country's biggest telecoms company, said": a name with an appositive for what it is
    for t in doc:
        if t.pos_ == "PROPN" and (t.is_title or t.is_upper) and t.is_alpha and not t.ent_type_ \
                and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in kb.org_nouns and c.i > t.i for c in t.children) \
                and t.lower_ not in kb.country_by_name and t.lower_ not in kb.actor_by_alias:
            j = t.i
            while j > 0 and doc[j - 1].dep_ == "compound" and doc[j - 1].head.i == t.i and doc[j - 1].pos_ == "PROPN" \
                    and doc[j - 1].is_title and not doc[j - 1].ent_type_:
                j -= 1
            out.append((j, t.i + 1, "ORG", "ner"))
    return out


_STATE_SECTORS = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY"})
_MISTAGGED = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})  # the small model's labels for unknown names


def _named_before_noun(doc: Doc, kb: ActorKnowledge) -> list[tuple[int, int, str, str]]:
    """Names the text puts before a lower-case noun for what they are: "the leftist Syriza
    party", "the main opposition PASOK party", "the Hamas movement" (the recogniser tags no
    entity). Not before a state body's noun, which a place names ("the Kyiv government", "a
    Paris court"), nor a place, country or person the knowledge base knows."""
    out: list[tuple[int, int, str, str]] = []
    for t in doc:
        low = t.lower_
        if not t.is_lower or t.pos_ != "NOUN" or low not in kb.org_nouns or kb.org_words.get(low) in _STATE_SECTORS:
            continue
        j = t.i
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ == "compound" and j <= doc[j - 1].head.i <= t.i \
                and (doc[j - 1].is_title or doc[j - 1].is_upper) and t.i - j < 4:
            j -= 1
        if j == t.i or doc[j].is_sent_start or doc[j - 1].pos_ == "PROPN" \
                or any(x.ent_type_ and x.ent_type_ not in _MISTAGGED for x in doc[j : t.i]):
            continue  # only a whole name the recogniser missed ("United Nations mission" is tagged;
            # "the opposition Civic Platform party" it may call a product)
        name = doc[j : t.i].text.lower()
        if name in kb.country_by_name or name in kb.country_by_capital or name in kb.country_by_city \
                or name in kb.country_by_demonym or name in kb.region_country or name in kb.actor_by_alias:
            continue
        out.append((j, t.i, "ORG", "ner"))
    return out


def _relabel(doc: Doc, kb: ActorKnowledge, spans: list[tuple[int, int, str, str]], person_words: set[str]) -> list[tuple[int, int, str, str]]:
    """Fix the small model's person/organisation confusions with the clues of the text."""
    out = []
    org_names: set[str] = set()
    labelled_org = {doc[s].text for s, e, label, source in spans if source == "ner" and label == "ORG" and e - s == 1}
    # "the Green Horizon party" (ORG) ... "Green Horizon said" (PERSON): the same name is one organisation
    org_texts = {doc[s:e].text for s, e, label, source in spans if source == "ner" and label == "ORG" and e - s >= 2}
    org_texts |= {doc[s : e - 1].text for s, e, label, source in spans if source == "ner" and label == "ORG"
                  and e - s >= 3 and doc[e - 1].is_lower and doc[e - 1].lower_ in kb.org_nouns}
    for s, e, label, source in spans:
        if source == "ner" and label == "PERSON" and e - s == 1 and doc[s].lower_ not in person_words and (
            _org_like(doc, kb, s) or (doc[s].text in labelled_org and not kb.gender_of_given_name(doc[s].text))
        ):
            org_names.add(doc[s].text)
    for s, e, label, source in spans:
        if source == "ner" and label == "ORG":
            start, person = _person_like(doc, kb, s, e)
            if person:
                out.append((start, e, "PERSON", source))
                continue
        if source == "ner" and label == "PERSON" and e - s == 1 and doc[s].text in org_names:
            out.append((s, e, "ORG", source))
            continue
        root = doc[s:e].root
        named_as_org = (root.dep_ == "appos" and root.head.i < s and root.head.lower_ in kb.org_words) or (
            s >= 2 and doc[s - 1].text == "," and doc[s - 2].pos_ == "NOUN" and doc[s - 2].lower_ in kb.org_words) or (
            # "ZANU-PF, the ruling party, denied ...": an appositive after the name says what it is
            e < len(doc) and doc[e].text == "," and any(
                c.dep_ == "appos" and c.i > e and c.pos_ == "NOUN" and c.lower_ in kb.org_words for c in root.children))
        if source == "ner" and label == "PERSON" and e - s >= 2 and named_as_org and doc[s:e].text.lower() not in person_words \
                and not kb.gender_of_given_name(doc[s].text):
            out.append((s, e, "ORG", source))  # "the country's largest Islamist party, Jamaat-e-Islami"
            continue
        if source == "ner" and label in ("GPE", "LOC", "NORP") and _unknown_place(kb, doc[s:e].text.lower()) \
                and (_introduced_as_org(doc, kb, s, e) or _before_office(doc, e, label == "NORP")):
            out.append((s, e, "ORG", source))  # "Chilean state miner Codelco", "Codelco, the copper producer"
            continue
        last = doc[e - 1].lower_.rstrip(".")
        if source == "ner" and label == "PERSON" and e - s >= 2 and doc[s:e].text.lower() not in person_words \
                and (last in kb.company_suffixes or last in kb.business_words) and not kb.gender_of_given_name(doc[s].text):
            out.append((s, e, "ORG", source))  # "Halvorsen Therapeutics", "Brandt AG": a company's name
            continue
        if source == "ner" and label == "PERSON" and e - s >= 2 and doc[s:e].text in org_texts \
                and doc[s:e].text.lower() not in person_words and not kb.gender_of_given_name(doc[s].text):
            out.append((s, e, "ORG", source))
            continue
        out.append((s, e, label, source))
    return out


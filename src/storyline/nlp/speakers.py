"""Who said it: cue words, the speaker phrase they govern, and where it was said.

A quote's speaker is found from its cue (said, told, according to, tweeted, a statement)
through spaCy's dependency parse: the subject of the cue verb, climbing from participles
("…, adding “…”") and conjoined verbs to the verb that has one, and skipping reported
clauses on the way (in "saying officials speak “regularly”, adding …" the subject of
*speak* is not the speaker). The phrase is then resolved: a name to its actor, a pronoun
or a role noun ("the secretary") to the actor it refers to (the actors step's mentions and
coreference first, a small salience fallback of our own second), an unnamed description
to an anonymous source, an institution to an organisation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from storyline.errors import KnowledgeError
from storyline.knowledge import safe_load, word_set
from storyline.models import Actor, Span, Speaker, replace
from storyline.nlp.anonymous import has_anonymity_marker, is_source_noun, load_anonymous, source_count
from storyline.nlp.lookup import entity_of, mention_at
from storyline.nlp.places import dateline_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.nlp.pipeline import DocState

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
_NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "predet", "case", "advmod"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "relcl"})
_ORG_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# verbs whose object is whom the words are about or aimed at, never who speaks them
_TARGET_VERBS = frozenset({"accuse", "urge", "praise", "criticize", "criticise", "blame", "thank", "ask", "press",
                           "congratulate", "invite", "condemn", "denounce", "slam", "call", "implore", "encourage"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "it"})
_AUDIENCE_VERBS = frozenset({"tell", "inform", "assure", "brief", "warn", "remind"})
_STATEMENT_CHANNELS = frozenset({"statement", "interview", "tweet", "post", "letter", "email", "e-mail", "memo", "op-ed"})
# documents that speak for whoever issued them ("the statement said", "the release read")
_ISSUED_DOCUMENTS = frozenset({"statement", "release", "communique", "communiqué", "letter", "declaration", "message"})
# filings and rulings that speak for whoever filed or issued them ("The suit also says …",
# "According to the regulator's decision, …", "the court's ruling said"); one word for the
# same document ("a lawsuit … The suit")
_LEGAL_DOCUMENTS = {"lawsuit": "lawsuit", "suit": "lawsuit", "complaint": "complaint", "petition": "petition",
                    "filing": "filing", "ruling": "ruling", "judgment": "judgment", "judgement": "judgment",
                    "verdict": "verdict", "decision": "decision", "indictment": "indictment", "decree": "decree"}
_IN_CHANNELS = _STATEMENT_CHANNELS | {
    "speech", "address", "video", "broadcast", "podcast", "column", "article", "testimony", "report", "book",
    "blog", "message", "briefing", "conference", "hearing", "session",
    "note", "filing", "ruling", "judgment", "judgement", "opinion", "notice", "release", "newsletter",
    "communique", "communiqué", "submission", "affidavit", "livestream",
    "motion", "brief", "lawsuit", "complaint", "indictment", "petition",
}


@dataclass(frozen=True)
class CueKnowledge:
    """The word lists of ``cues.yaml``."""

    speech_verbs: frozenset[str]
    direct_only_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    label_verbs: frozenset[str]
    noun_cues: frozenset[str]
    phrase_cues: dict[str, tuple[str, ...]]
    blocking_heads: frozenset[str]
    channel_nouns: frozenset[str]
    channel_preps: frozenset[str]
    title_triggers: frozenset[str]
    speech_act_verbs: frozenset[str] = frozenset()
    fragment_verbs: frozenset[str] = frozenset()  # naming verbs a governing report overrides
    commentary_nouns: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return word_set(data, key, "knowledge/cues.yaml")


@functools.lru_cache(maxsize=1)
def load_cues() -> CueKnowledge:
    """Load and validate ``knowledge/cues.yaml`` once per process."""
    try:
        raw = resources.files("storyline.knowledge").joinpath("cues.yaml").read_text(encoding="utf-8")
        data = safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read knowledge/cues.yaml: {exc}; restore it from git") from exc
    if not isinstance(data, dict):
        raise KnowledgeError("knowledge/cues.yaml: expected a mapping of word lists at the top level")
    phrases = data.get("phrase_cues")
    if not isinstance(phrases, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v) for k, v in phrases.items()
    ):
        raise KnowledgeError("knowledge/cues.yaml: 'phrase_cues' must map a word to the list of words after it")
    return CueKnowledge(
        speech_verbs=_words(data, "speech_verbs"),
        direct_only_verbs=_words(data, "direct_only_verbs"),
        naming_verbs=_words(data, "naming_verbs"),
        fragment_verbs=_words(data, "fragment_verbs"),
        label_verbs=_words(data, "label_verbs"),
        noun_cues=_words(data, "noun_cues"),
        phrase_cues={k.lower(): tuple(w.lower() for w in v) for k, v in phrases.items()},
        blocking_heads=_words(data, "blocking_heads"),
        channel_nouns=_words(data, "channel_nouns"),
        channel_preps=_words(data, "channel_preps"),
        title_triggers=_words(data, "title_triggers"),
        speech_act_verbs=_words(data, "speech_act_verbs"),
        commentary_nouns=_words(data, "commentary_nouns"),
        report_nouns=_words(data, "report_nouns"),
    )


# --- cues --------------------------------------------------------------------------------


def cue_kind(token: Token) -> str | None:
    """``speech``, ``direct`` (quoted words only), ``naming``, ``noun``, ``phrase`` or None."""
    kb = load_cues()
    lemma = token.lemma_.lower()
    if token.lower_ in kb.phrase_cues:
        following = kb.phrase_cues[token.lower_]
        words = [t.lower_ for t in token.doc[token.i + 1 : token.i + 1 + len(following)]]
        return "phrase" if tuple(words) == following else None
    if token.dep_ in _NOMINAL_DEPS and lemma in kb.report_nouns and any(_is_that_clause(c) for c in token.children):
        # "media reports that …" (the tagger may call "reports" a verb); a report with no
        # source ("amid reports that …", "checking a report that …") is the writer's rumour
        sourced = _owner(token) is not None or any(
            c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in token.children
        )
        return "noun" if sourced else None
    # "…, writing, “…”": a participle the tagger took for a noun still heads a clause
    participle = token.lower_.endswith("ing") and token.dep_ in ("advcl", "xcomp", "pcomp")
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or participle:
        if _blocked(token, kb):
            return None
        lemma = _verb_lemma(token, lemma, kb)
        if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and _passive_channel(token) is None \
                and not any(c.dep_ == "agent" for c in token.children):
            return None  # "the ceasefire is being observed “in general”", "he was told": no one speaks
        if lemma == "read" and token.tag_ not in ("VBD", "VBZ", "VBP"):
            return None  # "signs reading “No war”", "he will read …": a text shown, not words said
        if lemma in kb.speech_verbs:
            return "speech"
        if lemma in kb.direct_only_verbs:
            return "direct"
        if lemma in kb.naming_verbs:
            return "naming"
        return None
    if token.pos_ == "NOUN" and lemma in kb.noun_cues and _owner(token) is not None:
        return "noun"
    return None


def _verb_lemma(token: Token, lemma: str, kb: CueKnowledge) -> str:
    """The lemma of a participle the lemmatiser left whole ("writing" → write, "posting" →
    post, "admitting" → admit), so "…, writing, “…”" is the cue it is."""
    if lemma != token.lower_ or not lemma.endswith("ing") or len(lemma) < 6:
        return lemma
    stem = lemma[:-3]
    known = kb.speech_verbs | kb.direct_only_verbs | kb.naming_verbs
    for guess in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if guess in known:
            return guess
    return lemma


_NOMINAL_DEPS = frozenset({"pobj", "dobj", "attr", "appos"})  # not subjects: "Reports that … were denied"


def _is_that_clause(token: Token) -> bool:
    return token.dep_ in ("acl", "ccomp", "advcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _blocked(token: Token, kb: CueKnowledge) -> bool:
    """"declined to comment", "did not say": a cue that reports nothing."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    while token.dep_ == "conj" and token.head != token:  # "declined to comment … or confirm"
        token = token.head
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in kb.blocking_heads


def _owner(noun: Token) -> Token | None:
    """The possessor of a noun cue: Trump's (tweets and) statements, remarks by X."""
    for n in (noun, noun.head if noun.dep_ == "conj" else noun):
        for c in n.children:
            if c.dep_ == "poss" and c.lower_ not in ("his", "her", "its", "their", "my", "our", "your"):
                return c
            if c.dep_ == "poss":
                return c
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return None


def find_subject(cue: Token) -> Token | None:
    """The head token of the phrase naming who speaks through ``cue``, or None."""
    if cue.lower_ in load_cues().phrase_cues:  # according to X
        kb = load_cues()
        named = according_appositive(cue)
        if named is not None:
            return named
        for t in cue.doc[cue.i + 1 : cue.i + 4]:
            for c in t.children:
                if c.dep_ == "pobj":
                    lemma = c.lemma_.lower()
                    if (lemma in kb.noun_cues or lemma in kb.channel_nouns) and lemma not in kb.report_nouns:
                        # "according to a statement from the ministry": who issued it speaks
                        owner = _owner(c)
                        if owner is not None and owner.lower_ not in ("his", "her", "its", "their"):
                            return owner
                    return c
        return None
    participle = cue.lower_.endswith("ing") and cue.dep_ in ("advcl", "xcomp", "pcomp")  # as in cue_kind
    if (cue.pos_ == "NOUN" and not participle) or (
        cue.dep_ in _NOMINAL_DEPS and cue.lemma_.lower() in load_cues().report_nouns
    ):
        owner = _owner(cue)
        if owner is None and cue.lemma_.lower() in load_cues().report_nouns:
            # "South Korean media reports that …": the outlet is the compound; else the report
            return next((c for c in cue.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), cue)
        return owner
    quoted = quoted_as_saying(cue)
    if quoted is not None:
        return quoted
    if any(c.dep_ == "auxpass" for c in cue.children):  # "…, was confirmed by the police": the agent speaks
        agent = next((g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        channel = _passive_channel(cue)
        if channel is not None:  # "“…,” it is said in the statement of the ministry": its issuer
            owner = _owner(channel) or next(
                (g for p in channel.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
                None,
            )
            return owner if owner is not None and owner.pos_ != "PRON" else channel
    t = cue
    climbed_conj = False
    for _hop in range(5):
        # two subjects ("MANILA — Secretary of State Mike Pompeo said"): the dateline is
        # none, the one nearest before the verb speaks
        subjects = [c for c in t.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) > 1:
            before = [c for c in subjects if c.i < t.i]
            subjects = [before[-1]] if before else subjects
        for c in subjects:
            if t == cue and c.tag_ in ("WP", "WDT") and t.dep_ != "relcl" and (
                c.dep_ == "nsubjpass" or any(g.dep_ == "auxpass" for g in t.children)
            ):
                return None  # "a meeting, which he said would be announced “…”": what is announced, no speaker
            if t.dep_ == "relcl" and c.tag_ in ("WP", "WDT") and t.head != t:
                antecedent = t.head
                while antecedent.dep_ == "conj" and antecedent.head.i < antecedent.i:
                    # "the Kenya Human Rights Commission and two other groups, which argued …":
                    # the coordination speaks, led by its first member
                    antecedent = antecedent.head
                return antecedent  # "analysts, who said …": the antecedent speaks
            return c
        if t == cue and cue.dep_ == "acl" and cue.head.dep_ == "ROOT" and cue.head.i < cue.i and cue.head.pos_ in ("NOUN", "PROPN"):
            return cue.head  # "The vice minister accused Pompeo …" misparsed as a reduced relative
        if t == cue and cue.dep_ == "advcl":
            # "…, while an executive at a smaller exchange, who …, said …": the parse made the
            # subject of the subordinate clause the object of its conjunction
            for m in cue.children:
                if m.dep_ in ("mark", "prep") and m.i < cue.i and m.lower_ in ("while", "whereas", "although", "though"):
                    obj = next((g for g in m.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON")), None)
                    if obj is not None:
                        return obj
        if t == cue:
            inverted = _inverted_subject(cue) or _name_after(cue)
            if inverted is not None:
                return inverted
        if t.dep_ == "relcl":
            return t.head
        if t.dep_ not in _CLIMB_DEPS or t.head == t:
            break
        nxt = t.head
        if nxt.dep_ == "ccomp" and nxt.head != nxt:
            nxt = nxt.head  # climb out of a reported clause: its subject is not the speaker
        if t.dep_ == "acl" and nxt.dep_ in ("dobj", "dative") and nxt.head != nxt:
            nxt = nxt.head  # "X sent Trump a letter urging him …": the sender urges
            if climbed_conj and nxt.dep_ == "ccomp" and nxt.head != nxt:
                # "Guo said that the US had no right to interfere … and accused Washington of …":
                # the parse joins the speaker's second act to the report's infinitive
                nxt = nxt.head
        climbed_conj = climbed_conj or t.dep_ == "conj"
        t = nxt
    return linear_subject(cue)


def according_appositive(cue: Token) -> Token | None:
    """"according to the press secretary at the time, Sean Spicer, …": the name set off by
    commas right after the phrase, which the parse hangs on the main clause, is who speaks.
    Returns the last token of the name."""
    doc = cue.doc
    end = cue.right_edge.i + 1
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    ent = entity_of(doc[end + 1])
    if ent is None or ent[2] != "PERSON" or ent[0] != end + 1 or ent[1] >= len(doc) or doc[ent[1]].text != ",":
        return None
    if not any(t.pos_ == "NOUN" for t in doc[cue.i + 1 : end]):
        return None  # "according to Rutte, Stoltenberg said …": no role for the name to fill
    return doc[ent[1] - 1]


def _passive_channel(verb: Token) -> Token | None:
    """The statement of "it is said in the statement", "as stated in a message" (a passive cue
    whose words are a document's), or None."""
    kb = load_cues()
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "in":
            for g in p.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in kb.channel_nouns:
                    return g
    return None


_QUOTING_VERBS = frozenset({"quote", "cite"})


def quoting_verb(cue: Token) -> Token | None:
    """The verb of "the agency quoted X as saying …" / "X was cited as saying …" that
    ``cue`` ("saying") depends on, or None."""
    prep = cue.head
    if cue.lower_ != "saying" or cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.head == prep:
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in _QUOTING_VERBS and verb.i < cue.i else None


def quoted_as_saying(cue: Token) -> Token | None:
    """"IRNA quoted the minister as saying …", "Reuters cited two sources as saying …": the
    words are those of the one quoted (the object), not of the outlet that quotes them
    (eval/GUIDE.md, whose words). The passive ("he was quoted as saying") keeps the climb
    to the subject."""
    verb = quoting_verb(cue)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i and c.pos_ in ("NOUN", "PROPN")), None)


def _inverted_subject(cue: Token) -> Token | None:
    """"said Sue Mi Terry" parsed with the name as object or attribute."""
    if cue.lemma_.lower() in _AUDIENCE_VERBS | _TARGET_VERBS:
        return None
    if cue.i > 0 and not (cue.doc[cue.i - 1].is_punct or cue.doc[cue.i - 1].is_quote):
        return None  # "maintained his “neutral” rating": an object, not a speaker put after the verb
    for c in cue.rights:
        if c.lower_ in _OBJECT_PRONOUNS:  # "urging him": an addressee, never the speaker
            return None
        if (
            c.dep_ in ("dobj", "attr", "npadvmod", "oprd", "appos")
            and c.pos_ in ("PROPN", "NOUN", "PRON")
            and c.left_edge.i <= cue.i + 3
        ):
            return c
        break
    return None


def _name_after(cue: Token) -> Token | None:
    """"…,” said Go Myong-hyun, a researcher": a capitalised name right after the cue.

    Names the tagger misreads ("Go" as a verb) still start with capitals; the last word
    of the run is taken as the head.
    """
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or cue.lemma_.lower() in _AUDIENCE_VERBS:
        return None
    prev = doc[cue.i - 1]
    after_quote = prev.is_quote or (prev.is_punct and cue.i > 1 and doc[cue.i - 2].is_quote)
    if not after_quote or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    i = cue.i + 1
    if not doc[i].is_title:
        return None
    while i + 1 < len(doc) and (doc[i + 1].is_title or (doc[i + 1].text == "-" and i + 2 < len(doc))):
        i += 1 if doc[i + 1].is_title else 2
    return doc[i]


_TRAILING_NP_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "CCONJ", "PART"})


def trailing_subject(cue: Token) -> Token | None:
    """"… over the arrest of Ndongo, witnesses and a hospital official said.": the parse hung
    the subject on the clause before as a conjunct or appositive and left the cue without one.
    The speaker is the noun phrase between the last comma and the cue (its first head); the
    comma is at the index this returns the head for, so the report can end there."""
    doc = cue.doc
    if any(c.dep_ in _SUBJECT_DEPS for c in cue.children) or cue.i < 3:
        return None
    k = cue.i - 1
    while k > 0 and doc[k].pos_ in _TRAILING_NP_POS and doc[k].text != "," and not doc[k].is_quote:
        k -= 1
    if doc[k].text != "," or k == cue.i - 1:
        return None
    phrase = doc[k + 1 : cue.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in phrase) or phrase[0].pos_ == "CCONJ":
        return None
    heads = [t for t in phrase if not k < t.head.i < cue.i]
    if len(heads) != 1 or heads[0].dep_ not in ("conj", "appos") or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None  # only a phrase the parse joined to a noun before the comma
    return heads[0]


def _phrase_after_quote(cue: Token) -> Token | None:
    """The noun phrase between a closing quotation mark and ``cue`` ("“…,” a high-ranking source
    in the ministry told"), which the parse hung inside the quotation."""
    doc = cue.doc
    q = next((k for k in range(cue.i - 1, max(-1, cue.i - 20), -1) if doc[k].is_quote), None)
    if q is None or q + 1 >= cue.i:
        return None
    for k in range(q + 1, cue.i):
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i >= q and t.right_edge.i == cue.i - 1 and all(
            a.i > q or a.i == t.i for a in t.ancestors if a.i < cue.i and a.i > q
        ):
            return t
    return None


def linear_subject(cue: Token) -> Token | None:
    """Word-order fallback when the parse gives the cue no subject: "X said" / "said X"."""
    doc = cue.doc
    trailing = trailing_subject(cue)
    if trailing is not None:
        return trailing
    for c in cue.lefts:  # "Pompeo, asked about the accounts, said …" parsed with Pompeo under "asked"
        if "\n" in doc[c.i : cue.i].text:
            continue  # the parse ran across a paragraph break
        if c.dep_ in ("ccomp", "advcl", "parataxis") and not any(g.dep_ == "mark" for g in c.children):
            for g in c.lefts:
                if g.dep_ in _SUBJECT_DEPS and g.pos_ in ("PROPN", "NOUN", "PRON"):
                    if any(doc[k].is_quote for k in range(g.i, cue.i)):
                        # "“Those reports are accurate,” a source in the ministry told Interfax":
                        # the quotation's own subject does not speak; the phrase after it does
                        after = _phrase_after_quote(cue)
                        if after is not None:
                            return after
                        continue
                    return g
    after_quote = cue.i > 0 and (doc[cue.i - 1].is_quote or (cue.i > 1 and doc[cue.i - 1].is_punct and doc[cue.i - 2].is_quote))
    if cue.i + 1 < len(doc) and after_quote:
        nxt = doc[cue.i + 1]
        if nxt.pos_ in ("PROPN", "PRON", "DET", "NOUN", "NUM") and cue.lemma_.lower() not in _AUDIENCE_VERBS:
            head = nxt
            while head.head != head and head.head.i > head.i and head.head.i <= cue.i + 6 and head.dep_ in _NP_LEFT_DEPS:
                head = head.head
            if head.pos_ in ("PROPN", "PRON", "NOUN"):
                return head
    if cue.i > 0:
        prev = doc[cue.i - 1]
        if prev.pos_ in ("PROPN", "PRON", "NOUN"):
            return prev
        if prev.text == ",":  # "Kim, speaking through an interpreter, said": skip the aside
            for k in range(cue.i - 2, max(0, cue.i - 14), -1):
                if doc[k].is_quote or "\n" in doc[k].text or doc[k].text in (".", ";"):
                    break
                if doc[k].text == ",":
                    before = doc[k - 1] if k > 0 else None
                    if before is not None and before.pos_ in ("PROPN", "PRON", "NOUN") and not before.is_quote:
                        return before
                    break
    return None


# --- phrases -----------------------------------------------------------------------------


def core_phrase(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase's core: determiners, modifiers, compounds and head."""
    lo = head.i
    for c in head.lefts:
        if c.dep_ in _NP_LEFT_DEPS:
            lo = min(lo, c.left_edge.i)
    hi = head.i + 1
    if head.lower_ in ("one", "some", "many", "several", "most", "each", "none", "all", "both") or head.pos_ == "NUM":
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                hi = c.right_edge.i + 1
    ent = entity_of(head)
    if ent is not None:
        lo, hi = min(lo, ent[0]), max(hi, ent[1])
    doc = head.doc
    for k in range(hi - 2, lo - 1, -1):
        # "KAMPALA - The Electoral Commission said", "LUSAKA (AFP) - Zambia's opposition
        # candidate said": a dateline the parse (or the recogniser) hangs on the subject is no
        # part of its name
        if doc[k].text in _DASHES and k > 0 and doc[k - 1].whitespace_ and k != head.i:
            lo = k + 1
            break
    while hi > lo + 1 and doc[hi - 1].is_punct:
        hi -= 1
    while lo < hi - 1 and doc[lo].is_punct:
        lo += 1
    return lo, hi


_DASHES = frozenset({"-", "--", "–", "—"})


def full_phrase(head: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Token range of the whole phrase: modifiers, appositives and relative clauses.

    ``exclude`` (the cue) cuts the phrase before the clause that holds it: in "analysts,
    who said …" the relative clause is the quote, not a description.
    """
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    doc = head.doc
    if exclude is not None and lo <= exclude.i < hi:
        for c in head.rights:
            if c.left_edge.i <= exclude.i <= c.right_edge.i:
                hi = c.left_edge.i
                break
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ in ("cc",)):
        hi -= 1
    while lo < hi - 1 and doc[lo].is_punct:
        lo += 1
    return lo, hi


def _text(doc: Doc, lo: int, hi: int) -> str:
    return doc[lo:hi].text if hi > lo else ""


def _span(doc: Doc, lo: int, hi: int) -> Span:
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    return Span(start, end, doc[lo:hi].text)  # not doc.text[...]: Doc.text joins every token per call


def _strip_determiner(doc: Doc, lo: int, hi: int) -> int:
    while lo < hi - 1 and doc[lo].dep_ in ("det", "predet") and doc[lo].lower_ in ("the", "a", "an"):
        lo += 1
    return lo


def _description(head: Token, name_lo: int) -> str | None:
    """An appositive ("a former CIA analyst who’s now at …") or a title before the name."""
    doc = head.doc
    for c in head.children:
        if c.dep_ == "appos" and c.ent_type_ != "PERSON" and not (c.like_num or c.ent_type_ in ("DATE", "CARDINAL")):
            # "Smith, 45, said": the age is no description
            lo, hi = full_phrase(c)
            return _text(doc, lo, hi) or None
    lo, _hi = core_phrase(head)
    if lo < name_lo:
        text = _text(doc, lo, name_lo).strip()
        return None if text.rstrip(".").lower() in _HONORIFICS else text or None
    return None


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "m"})  # "Mr. Grant": no description


# --- resolution ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """A speaker and how it was found (for the confidence of the quote)."""

    speaker: Speaker
    via: str  # name | pronoun | role | anonymous | organization | unknown


def _actor_at_token(state: DocState, token: Token) -> Actor | None:
    found = mention_at(state, token.idx, token.idx + len(token))
    return found[0] if found else None


def _coref(state: DocState, how: str, start: int, end: int) -> Actor | None:
    """Ask the actors engineer's coreference (``storyline.nlp.coref``) when it is there."""
    try:
        from storyline.nlp import coref
    except ImportError:  # pragma: no cover - the actors step ships it
        return None
    func = getattr(coref, "resolve_pronoun" if how == "pronoun" else "resolve_role_noun", None)
    if func is None:
        return None
    try:
        result = func(state, start, end)
    except Exception:
        return None
    return result if isinstance(result, Actor) else None


def _speaker_from_actor(actor: Actor, span: Span, description: str | None, kind: str | None = None) -> Speaker:
    if kind is None:
        kind = "person" if actor.kind == "person" else "anonymous" if actor.kind == "group" else "organization"
        if actor.kind == "group" and any(actor.name.lower().endswith(g) for g in load_anonymous().organization_groups):
            kind = "organization"  # "North Korean state media": one institution
        elif actor.kind == "group" and actor.name.split()[-1].lower() in _institution_nouns():
            kind = "organization"  # "the Thai army", "Somali police": a country's force is one institution
    if description is None:
        description = _role_description(actor)
    return Speaker(actor_id=actor.id, name=actor.name, kind=kind, description=description, span=span)  # type: ignore[arg-type]


@functools.cache
def _institution_nouns() -> frozenset[str]:
    # plural and collective heads that name no single body ("authorities", "Chinese media")
    return frozenset(load_anonymous().organization_nouns) - {"authorities", "media", "staff", "chiefs"}


def _role_description(actor: Actor) -> str | None:
    """The actor's first role; an age the actors step took for an appositive role ("Smith, 45,")
    describes no one."""
    return next((r for r in actor.roles if not r.strip().isdigit()), None)


def _is_proper_actor(actor: Actor) -> bool:
    return actor.kind in ("person", "organization", "country") and any(w[:1].isupper() for w in actor.name.split())


_NAME_ENDS = frozenset({"of", "for", "in", "at", "on", "and"})


def resolve_speaker(state: DocState, head: Token, context: SpeakerContext, cue: Token | None = None) -> Resolved:
    """Turn the head of a speaker phrase into a :class:`Speaker` (``cue`` is left out of it)."""
    resolved = _resolve_speaker(state, head, context, cue)
    if resolved.speaker.kind in ("unknown", "anonymous") and resolved.speaker.count in (None, 1):
        named = _named_in_next_paragraph(state, head)
        if named is not None:
            desc = _text(head.doc, *core_phrase(head)) or None
            return Resolved(_speaker_from_actor(named, resolved.speaker.span or _span(head.doc, head.i, head.i + 1),
                                                desc, "person"), "role")
    name = resolved.speaker.name
    if name and (name.split()[-1].lower() in _NAME_ENDS or resolved.speaker.kind == "organization"):
        # "The Border Troops of the State Committee for National Security of Tajikistan
        # declared": a name cut short before its "of …" (with the "of", or without it when the
        # actors step dropped it) is the whole phrase the text gives
        doc = head.doc
        lo, hi = full_phrase(head, cue)
        lo = _strip_determiner(doc, lo, hi)
        short = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
        ends = [t for t in doc[lo:hi] if t.idx + len(t) - doc[lo].idx == len(short)]
        last = ends[0] if ends and ends[0].lower_ == short.split()[-1].lower() else None
        dangling = last if last is not None and last.lower_ in _NAME_ENDS else None
        if dangling is None and last is not None and last.i + 1 < hi and doc[last.i + 1].lower_ in ("of", "for") \
                and doc[last.i + 1].dep_ == "prep" and doc[last.i + 1].head.i == last.i \
                and doc[last.i + 1].ent_iob_ == "I":  # the model's own name runs on through the "of"
            dangling = doc[last.i + 1]
        hi = dangling.right_edge.i + 1 if dangling is not None and dangling.dep_ == "prep" else lo
        whole = _text(doc, lo, hi)
        if whole.lower().startswith(short.lower()) and len(whole) > len(short) and "," not in whole:
            speaker = replace(resolved.speaker, name=whole)
            return Resolved(speaker, resolved.via)
    return resolved


def _past_dateline(state: DocState, head: Token) -> Token:
    """"OSLO, July 23 (Reuters) - Marine Harvest … said", "NAIROBI - The Electoral Commission
    said": the parse makes the dateline's city the subject and the body after it a conjunct
    or an appositive; the body speaks."""
    if head.i != head.sent.start:
        return head
    doc = head.doc
    end = state.scratch.get("quotes.dateline_end")
    if end is None:
        end = dateline_end(state.article.text) if state.article is not None else 0
        state.scratch["quotes.dateline_end"] = end
    if end and head.idx < end:
        first = next((t for t in head.sent if t.idx >= end), None)
        while first is not None and first.head.i != first.i and first.head.idx >= end and first.head.i < head.sent.end:
            first = first.head
        if first is not None and first.head.i == head.i and first.pos_ in ("PROPN", "NOUN"):
            return first
    dash = next((c for c in head.rights if c.dep_ == "punct" and c.text in _DASHES and doc[c.i - 1].whitespace_), None)
    if dash is None:
        return head
    return next((c for c in head.rights if c.dep_ == "appos" and c.i > dash.i), head)


def _named_in_next_paragraph(state: DocState, head: Token) -> Actor | None:
    """The wire lead that names its subject only in the next paragraph: "LUSAKA (AFP) -
    Zambia's main opposition candidate on Monday asked the court … \n\n Brian Mwanza, who
    leads the Patriotic Front, said …". A definite or possessed office noun speaking in the
    first paragraph is the person the second paragraph opens with, named there first."""
    doc = head.doc
    kb = load_anonymous()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or state.article is None:
        return None
    if head.lemma_.lower() not in kb.role_nouns and head.lower_ not in kb.role_nouns:
        return None
    if head.lower_ in kb.spokesperson_nouns or head.lower_ in ("deputy", "adviser", "advisor", "vice"):
        return None  # "the president's spokesman said … \n\n Biden said": someone who speaks for another
    if not any((c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON") or (
            c.dep_ == "det" and c.lower_ == "the") for c in head.children):
        return None
    text = state.article.text
    first_break = text.find("\n\n", len(text) - len(text.lstrip()))
    if first_break < 0 or head.idx > first_break:
        return None
    start = first_break + 2
    while start < len(text) and text[start].isspace():
        start += 1
    first = next((t for t in doc if t.idx >= start), None)
    if first is None:
        return None
    sent = first.sent
    subject = next((c for c in sent.root.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.i - sent.start > 4 or subject.ent_type_ != "PERSON":
        return None
    actor = _actor_at_token(state, subject)
    if actor is None or actor.kind != "person" or any(m.start < start for m in actor.mentions):
        return None
    return actor


def _resolve_speaker(state: DocState, head: Token, context: SpeakerContext, cue: Token | None = None) -> Resolved:
    doc = head.doc
    head = _past_dateline(state, head)
    kb = load_anonymous()
    # "A spokesman for the Blue House, Kim Eui-kyeom, said": the appositive is the name.
    if head.ent_type_ != "PERSON" and head.pos_ != "PRON":
        for c in head.children:
            # the recogniser may call the name an ORG ("His lawyer, Ricardo Tavares"): the actors
            # step, which knows a person noun introduces a name, has the last word
            if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (
                c.pos_ == "PROPN" and (a := _actor_at_token(state, c)) is not None and a.kind == "person"
            )) and not _names_the_office(head, c):
                lo, hi = core_phrase(c)
                desc = _text(doc, *full_phrase(head)).split(",")[0].strip() or None
                actor = _actor_at_token(state, c)
                span = _span(doc, lo, hi)
                if actor is not None and actor.kind == "organization":  # "the operator Lijnvracht"
                    return Resolved(_speaker_from_actor(actor, span, None), "organization")
                if actor is not None:
                    return Resolved(_speaker_from_actor(actor, span, desc, "person"), "name")
                return Resolved(Speaker(None, span.text, "person", desc, span=span), "name")
        org_head = head.lemma_.lower() in kb.organization_nouns or head.lower_ in kb.organization_nouns
        if org_head or head.lemma_.lower() == "group":
            for c in head.children:
                # "The U.N. peacekeeping mission, MONUSCO, said", "the monitoring group NetBlocks
                # said": the appositive names the body
                if c.dep_ == "appos" and c.pos_ == "PROPN" and (
                    c.ent_type_ not in ("PERSON", "GPE", "DATE", "TIME") if org_head else c.ent_type_ == "ORG"
                ) and not (head.pos_ == "PROPN" and c.i > 0 and doc[c.i - 1].text == "("):
                    # (not "The Electoral Commission of Zambia (ECZ) said": the full name speaks)
                    lo, hi = core_phrase(c)
                    span = _span(doc, lo, hi)
                    actor = _actor_at_token(state, c)
                    if actor is not None and actor.kind == "organization":
                        return Resolved(_speaker_from_actor(actor, span, None), "organization")
                    if actor is None:
                        name_span = _span(doc, _strip_determiner(doc, lo, hi), hi)
                        return Resolved(Speaker(None, name_span.text, "organization", None, span=name_span), "organization")
    titled_of = _title_of_name(state, head)
    if titled_of is not None:
        return titled_of
    lo, hi = core_phrase(head)
    span = _span(doc, lo, hi)
    lower = head.lower_
    cited = _cited_anonymous(head, cue)
    if cited is not None:  # "The newspaper, citing an unidentified source, said": the source speaks
        return Resolved(Speaker(None, cited[0], "anonymous", cited[0], cited[1], span=span), "anonymous")
    if head.lemma_.lower() in load_cues().report_nouns and (head == cue or not _actor_at_token(state, head)):
        lo2, hi2 = full_phrase(head, cue if cue != head else None)
        description = _text(doc, lo2, head.i + 1) if head == cue else _text(doc, lo2, hi2)
        return Resolved(Speaker(None, span.text, "anonymous", description or span.text, span=span), "anonymous")
    if (head.pos_ == "PRON" and not is_source_noun(head)) or lower in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        # "those close to the president", "some", "others" describe unnamed people: not pronouns
        return _resolve_pronoun(state, head, span, context)
    titled = _titled_person(state, head, lo)
    if titled is not None:
        return titled
    ent = entity_of(head)
    if ent is not None and ent[2] == "PERSON":
        name_lo = ent[0]
        while name_lo > 0 and doc[name_lo - 1].ent_type_ == "PERSON" and doc[name_lo - 1].pos_ == "PROPN":
            name_lo -= 1  # "Judge Amy Berman Jackson", recognised as two names: the whole is the name
        desc = _description(head, name_lo)
        actor = _actor_at_token(state, head)
        if actor is not None and actor.kind == "person":
            return Resolved(_speaker_from_actor(actor, span, desc, "person"), "name")
        if actor is not None and actor.kind == "organization":  # "the operator Lijnvracht said"
            return Resolved(_speaker_from_actor(actor, span, None), "organization")
        name = doc[ent[0] : ent[1]].text
        name = re.sub(r"[’']s$", "", name)
        return Resolved(Speaker(None, name, "person", desc, span=_span(doc, ent[0], ent[1])), "name")
    if head.pos_ == "PROPN" and (ent is None or ent[2] != "PERSON") and context.is_person_name(head):
        actor = _actor_at_token(state, head)
        if actor is not None:
            return Resolved(_speaker_from_actor(actor, span, None), "name")
        return Resolved(Speaker(None, re.sub(r"[’']s$", "", span.text), "person", None, span=span), "name")
    lemma = head.lemma_.lower()
    office = office_organization(state, head)
    if office is not None:
        return Resolved(Speaker(None, office, "organization", span.text, span=span), "organization")
    full_lo, full_hi = full_phrase(head, cue)
    full_text = _text(doc, full_lo, full_hi)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in head.children)
    before_role = _name_before_role(state, head, lo) if definite else None
    if before_role is not None:  # "Kim Eui-kyeom, the spokesman for President Moon, said" misparsed
        return Resolved(_speaker_from_actor(before_role, span, full_text or None, "person"), "name")
    role_noun = lemma in kb.role_nouns or lower in kb.role_nouns
    owned = role_noun and not definite and head.tag_ == "NN" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children
    )
    if role_noun and (definite or owned):
        actor = _actor_at_token(state, head) or _coref(state, "role", span.start, span.end)
        if actor is not None and definite and not any(m.start < span.start for m in actor.mentions if m.start != span.start):
            actor = None  # "the minister concluded" refers back; a holder named only later is someone else
        if actor is None and definite:
            actor = context.role_holder(head)
        if actor is not None and actor.kind == "person":
            return Resolved(_speaker_from_actor(actor, span, None, "person"), "role")
        if owned and (actor is None or actor.kind != "organization" or _actor_at_token(state, head) is None):
            # eval/GUIDE.md: "Russia's deputy envoy said", an office of a named country or body
            # whose holder the text does not name, is an anonymous source
            return Resolved(Speaker(None, span.text, "anonymous", full_text or span.text, 1, span=span), "anonymous")
    if role_noun and head.tag_ == "NNS" and not any(t.ent_type_ == "PERSON" for t in doc[full_lo:full_hi]) and not any(
        c.dep_ == "appos" for c in head.children
    ):
        # "The governors of Illinois and Minnesota said", "the ministers said": office holders
        # the text does not name are an unnamed source
        return Resolved(Speaker(None, span.text, "anonymous", full_text or span.text, source_count(head), span=span), "anonymous")
    if role_noun and not definite and not owned and head.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children
    ) and not any(t.ent_type_ == "PERSON" for t in doc[full_lo:full_hi]):
        # "A senior separatist commander said": an unnamed holder of a post is an anonymous source
        return Resolved(Speaker(None, span.text, "anonymous", full_text or span.text, 1, span=span), "anonymous")
    if (lemma in kb.spokesperson_nouns or lower in kb.spokesperson_nouns) and _organization_of(head) is not None:
        # eval/GUIDE.md: an unnamed holder of a named office ("a State Department
        # spokesman") is an anonymous source; the description keeps the office.
        return Resolved(Speaker(None, span.text, "anonymous", full_text or span.text, 1, span=span), "anonymous")
    if is_source_noun(head) or has_anonymity_marker(full_text):
        referent = context.anonymous_referent(head) if definite or lower in PLURAL_PRONOUNS else None
        if referent is None and definite and lower == "group" and not any(c.dep_ in ("prep", "appos") for c in head.rights):
            # "The News/Media Alliance criticized the deal … The group said": a definite "the
            # group" goes on with the organisation that spoke last
            prev = context.previous_speaker(head)
            if prev is not None and prev.kind == "organization":
                return Resolved(Speaker(prev.actor_id, prev.name, "organization", prev.description, span=span), "organization")
        actor = _actor_at_token(state, head)
        if referent is None and actor is not None and definite and actor.kind == "person" and _is_proper_actor(actor):
            return Resolved(_speaker_from_actor(actor, span, None, "person"), "role")
        description = full_text if full_text else span.text
        count = source_count(head)
        if referent is not None and referent.description and len(referent.description) > len(description):
            description = referent.description
            count = count if count is not None and lemma not in ("people",) else referent.count
        return Resolved(Speaker(None, span.text, "anonymous", description, count=count, span=span), "anonymous")
    actor = _actor_at_token(state, head)
    if actor is not None and definite and head.is_lower and actor.kind == "organization":
        nearer = _nearer_body_of_kind(state, head, actor, context)
        if nearer is not None:  # "the European Union … Members of the Nidil-CGIL union … the union said"
            actor = nearer
    if actor is not None and _is_proper_actor(actor):
        return Resolved(_speaker_from_actor(actor, span, None), "name" if actor.kind == "person" else "organization")
    org_noun = lemma in kb.organization_nouns or lower in kb.organization_nouns
    if org_noun and not any(t.pos_ == "PROPN" for t in doc[lo:hi]) and head.tag_ == "NNS" and any(
        c.dep_ in ("nummod", "det", "predet") and (c.lower_ in kb.numbers or c.like_num) and c.lower_ not in ("a", "an")
        for c in head.children
    ):
        # "the two armies said", "both ministries said": a counted set of bodies the text
        # does not name is an unnamed source, like "Western governments"
        return Resolved(Speaker(None, span.text, "anonymous", full_text or span.text, source_count(head), span=span), "anonymous")
    if org_noun and ent is None and not any(t.pos_ == "PROPN" for t in doc[lo:hi]):
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            # "a major South Korean newspaper reported": an outlet the text does not name
            return Resolved(Speaker(None, span.text, "anonymous", full_text or span.text, 1, span=span), "anonymous")
        named = context.named_organization(head)
        if named is not None:
            return Resolved(Speaker(None, named, "organization", None, span=span), "organization")
    if actor is not None:
        return Resolved(_speaker_from_actor(actor, span, None), "name" if actor.kind == "person" else "organization")
    if lemma in _LEGAL_DOCUMENTS:
        issuer_tok = _owner(head) if not definite else None
        if issuer_tok is None and not any(c.dep_ in ("poss", "compound") for c in head.children):
            issuer_tok = _issuer(head, context, _LEGAL_DOCUMENTS)
        if issuer_tok is not None and issuer_tok.pos_ != "PRON":
            found = _resolve_speaker(state, issuer_tok, context)
            if found.speaker.kind != "unknown":  # also an unnamed filer ("a rights group filed a suit")
                return Resolved(replace(found.speaker, span=span), "pronoun")
    if lemma in _ISSUED_DOCUMENTS and not definite:
        # "A statement from Poroshenko's office said", "A separate Kremlin statement said": the issuer
        issuer_tok = _owner(head) or next(
            (c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None
        )
        if issuer_tok is not None and issuer_tok.pos_ != "PRON":
            found = _resolve_speaker(state, issuer_tok, context)
            if found.speaker.kind != "unknown":
                return Resolved(replace(found.speaker, span=span), found.via)
    if lemma in _ISSUED_DOCUMENTS and definite and not any(c.dep_ in ("poss", "prep", "compound") for c in head.children):
        # "The ministry said in a statement … “…,” the statement said": the one who issued it
        issuer = _issuer(head, context)
        if issuer is not None:
            found = _resolve_speaker(state, issuer, context)
            if found.speaker.kind != "unknown":
                return Resolved(replace(found.speaker, span=span), "pronoun")
        prev = context.previous_speaker(head, plural=False)
        if prev is not None:
            return Resolved(replace(prev, span=span), "pronoun")
    if org_noun and head.is_lower:
        led = _body_led_by(state, head, context)
        if led is not None:
            return Resolved(_speaker_from_actor(led, span, None), "organization")
    if org_noun and head.is_lower:
        # "the leftist Free Peru party said", "the hard-left CGT union said": the name before
        # the common noun that says what the body is names the speaker
        for t in doc[lo : head.i]:
            body = _actor_at_token(state, t) if t.pos_ == "PROPN" and t.head == head else None
            if body is not None and body.kind == "organization":
                return Resolved(_speaker_from_actor(body, span, None), "organization")
    if (ent is not None and ent[2] in _ORG_ENTS) or org_noun:
        name_lo = _strip_determiner(doc, lo, hi)
        name_span = _span(doc, name_lo, hi)
        return Resolved(Speaker(None, name_span.text, "organization", None, span=name_span), "organization")
    if head.pos_ == "PROPN" and any(t.lemma_.lower() in kb.organization_nouns for t in doc[lo : head.i]):
        # "the Dutch transport union FNV Spoor": a name after the noun that says what it is
        first = head.i
        while first > lo and doc[first - 1].pos_ == "PROPN":
            first -= 1
        name_span = _span(doc, first, head.i + 1)
        return Resolved(Speaker(None, name_span.text, "organization", span.text, span=name_span), "organization")
    if head.pos_ == "PROPN" and any(
        c.dep_ == "appos" and (c.lemma_.lower() in kb.organization_nouns or c.lower_ in kb.organization_nouns)
        for c in head.children
    ):
        # "BEUC, the European consumer organisation, said": a name the recogniser missed, said
        # by its appositive to be an organisation
        name_span = _span(doc, _strip_determiner(doc, lo, hi), hi)
        return Resolved(Speaker(None, name_span.text, "organization", None, span=name_span), "organization")
    return Resolved(Speaker(None, span.text, "unknown", None, span=span), "unknown")


def _title_of_name(state: DocState, head: Token) -> Resolved | None:
    """"President of Azerbaijan Ilham Aliyev said": the parse makes the title the subject and
    the country with the name its "of" object; the name speaks, the title describes."""
    if head.lower_ not in load_anonymous().role_nouns or head.ent_type_ == "PERSON":
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.ent_type_ != "PERSON" or obj.pos_ != "PROPN":
        return None
    ent = entity_of(obj)
    if ent is None or ent[1] != obj.i + 1:
        return None
    doc = head.doc
    span = _span(doc, ent[0], ent[1])
    description = _text(doc, head.left_edge.i, ent[0]).strip() or None
    actor = _actor_at_token(state, obj)
    if actor is not None and actor.kind == "person":
        return Resolved(_speaker_from_actor(actor, span, description, "person"), "name")
    return Resolved(Speaker(None, span.text, "person", description, span=span), "name")


def _titled_person(state: DocState, head: Token, lo: int) -> Resolved | None:
    """"MILF spokesman Eid Kabalu", "military spokesman Lieutenant Mak Hazukay": a name right
    after the noun of a post one person holds is a person, whatever the recogniser (which
    reads the whole run as an organisation) says. The rank before the name describes them."""
    if head.pos_ != "PROPN":
        return None
    doc = head.doc
    kb = load_anonymous()
    posts = kb.role_nouns | kb.spokesperson_nouns
    role = next((t for t in reversed(doc[lo : head.i]) if t.pos_ == "NOUN" and t.is_lower), None)
    if role is None or role.lemma_.lower() not in posts:
        return None
    run = doc[role.i + 1 : head.i + 1]
    if not run or not all(t.pos_ == "PROPN" or t.text == "." for t in run):
        return None
    actor = _actor_at_token(state, head)
    if actor is not None and actor.kind == "person":
        return None  # the actors step has it right; the ordinary path keeps its link
    from storyline.knowledge.loader import load_actor_knowledge

    titles = (state.scratch.get("actor_knowledge") or load_actor_knowledge()).title_words
    first = role.i + 1
    while first < head.i and doc[first].lower_.rstrip(".") in titles:
        first += 1
    if first == head.i and head.i == role.i + 1 and head.lower_ in titles:
        return None
    span = _span(doc, first, head.i + 1)
    description = _text(doc, lo, first).strip() or None
    return Resolved(Speaker(None, span.text, "person", description, span=span), "name")


def _issuer(document: Token, context: SpeakerContext, same: dict[str, str] | None = None) -> Token | None:
    """Who issued the document "the statement" refers back to: the subject of the verb of its
    last mention before ("The company issued a statement", "the ministry said in a statement";
    ``same`` maps words for one document to one: "filed a lawsuit … The suit")."""
    doc = document.doc
    lemma = document.lemma_.lower()
    if same is not None:
        lemma = same.get(lemma, lemma)
    for k in range(document.i - 1, max(-1, document.i - context.window), -1):
        t = doc[k]
        word = t.lemma_.lower()
        if context.in_quote[k] or (same.get(word, word) if same is not None else word) != lemma:
            continue
        verb = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ in ("dobj", "nsubjpass") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        before = [c for c in subjects if c.i < verb.i]
        # two subjects ("BELO HORIZONTE, Brazil (AP) — An association … filed a lawsuit"): the
        # dateline is none, the one nearest before the verb filed it
        return before[-1] if before else subjects[0] if subjects else None
    return None


def _nearer_body_of_kind(state: DocState, head: Token, actor: Actor, context: SpeakerContext) -> Actor | None:
    """"the union said" after "the European Union" and then "the Nidil-CGIL union": a body
    called by its common noun, with its name before it, nearer than the last mention of the
    body the coreference chose, is the one the definite noun goes on with."""
    doc = head.doc
    own = doc[core_phrase(head)[0]].idx  # "the union" itself is a mention
    last = max((m.start for m in actor.mentions if m.start < own), default=-1)
    for k in range(head.i - 1, max(-1, head.i - context.window), -1):
        t = doc[k]
        if t.idx <= last:
            return None
        if context.in_quote[k] or t.lower_ != head.lower_:
            continue
        for c in t.children:
            if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < t.i:
                body = _actor_at_token(state, c)
                if body is not None and body.kind == "organization" and body.id != actor.id:
                    return body
    return None


def _body_led_by(state: DocState, head: Token, context: SpeakerContext) -> Actor | None:
    """"Ndongo, the leader of the Cameroon Renaissance Alliance, was arrested …, his party said":
    "his party" is the body the person the pronoun means was said to lead or belong to."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None:
        return None
    person = context.nearest_person(head, poss.lower_)
    if person is None or person.actor_id is None:
        return None
    kb = load_anonymous()
    doc = head.doc
    found: Actor | None = None
    for tok in doc[: head.i]:
        if tok.dep_ != "appos" or not (tok.lemma_.lower() in kb.role_nouns or tok.lower_ in kb.role_nouns):
            continue
        owner = _actor_at_token(state, tok.head)
        if owner is None or owner.id != person.actor_id:
            continue
        for prep in tok.children:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ in ("of", "for") else None
            body = _actor_at_token(state, pobj) if pobj is not None else None
            if body is not None and body.kind == "organization":
                found = body
    return found


def _names_the_office(head: Token, appos: Token) -> bool:
    """"A spokesperson for the US trade representative, Jamieson Greer, said": the name set off
    after an office ("for the trade representative") is that office's holder, not the
    spokesperson's (the appositive belongs to the nearest noun)."""
    doc = head.doc
    k = appos.left_edge.i - 1
    if k < 1 or doc[k].text != "," or head.lemma_.lower() not in load_anonymous().spokesperson_nouns:
        return False
    office = doc[k - 1]
    kb = load_anonymous()
    return (
        office.dep_ == "pobj" and office.head.head == head and office.head.lower_ in ("for", "of", "to")
        and (office.lemma_.lower() in kb.role_nouns or office.lower_ in kb.role_nouns)
        and any(g.dep_ == "det" and g.lower_ == "the" for g in office.children)
    )


def _name_before_role(state: DocState, head: Token, lo: int) -> Actor | None:
    """The person named right before ", the <role> …" when the parser made the role noun the
    subject and lost the name in front of it."""
    doc = head.doc
    if lo < 2 or doc[lo - 1].text != "," or head.lemma_.lower() not in load_anonymous().role_nouns:
        return None
    actor = _actor_at_token(state, doc[lo - 2])
    return actor if actor is not None and actor.kind == "person" else None


def _cited_anonymous(head: Token, cue: Token | None) -> tuple[str, int | None] | None:
    """The anonymous source a speaker cites ("citing an unidentified source"), if any:
    (its description, how many)."""
    for owner in (head, cue):
        if owner is None:
            continue
        for c in owner.children:
            if c.lemma_.lower() == "cite" and c.dep_ in ("advcl", "acl", "xcomp", "conj"):
                obj = next((g for g in c.children if g.dep_ in ("dobj", "pobj")), None)
                if obj is None:
                    continue
                lo, hi = full_phrase(obj)
                text = _text(head.doc, lo, hi)
                if is_source_noun(obj) or has_anonymity_marker(text):
                    return text, source_count(obj)
    return None


_OFFICE_ADJECTIVES = {"presidential": "President"}
# Titles too bare to name an office ("Office of the Minister of Australia" names none).
_BARE_TITLES = frozenset({"minister", "secretary", "official", "spokesman", "spokeswoman", "spokesperson",
                          "adviser", "advisor", "aide", "director", "chief", "head", "deputy"})


def office_organization(state: DocState, head: Token) -> str | None:
    """"Moon's office", "South Korea's presidential office", "his office" → the organisation
    that is the office of that country's office holder: the one the knowledge base's office
    places name (roles.yaml: the Blue House), else "Office of the President of Palau" (the
    gold's form, eval/GUIDE.md) — the holder's dated role on the publication date, or for a
    person the knowledge base does not list, the title the article gives them ("Haitian Prime
    Minister Garry Conille ... His office said"). An office holder whose title is too bare to
    name an office, or who no longer holds it, gives "Office of <name>"."""
    if head.lemma_.lower() != "office" or state.article is None:
        return None
    from storyline.knowledge.loader import load_actor_knowledge

    kb = state.scratch.get("actor_knowledge") or load_actor_knowledge()
    date = state.article.published
    country: str | None = None
    title: str | None = None
    holder: str | None = None
    for c in head.children:
        low = c.lower_
        if c.dep_ == "amod" and low in _OFFICE_ADJECTIVES:
            title = _OFFICE_ADJECTIVES[low]
        elif c.dep_ in ("amod", "compound") and low in kb.country_by_demonym:
            country = kb.country_by_demonym[low]
        elif c.dep_ == "poss":
            actor = _actor_at_token(state, c)
            name = c.doc[c.left_edge.i : c.i + 1].text
            doc_phrase = re.sub(r"[’']s$", "", name)
            if actor is not None and actor.kind == "person":
                known = kb.actor_by_alias.get(actor.name.lower())
                role = known[0].role_on(date) if known else None
                if known and role is not None and (date is None or role.holds_on(date)):
                    country, title = known[0].country, role.title
                elif not known and actor.roles and actor.country:
                    country, title = actor.country, actor.roles[0]
                if known or actor.roles:  # an office holder, not anyone a pronoun may point to
                    holder = actor.name
            elif actor is not None and actor.kind == "country":
                country = actor.country
            else:
                country = kb.country_by_name.get(doc_phrase.lower()) or kb.country_by_name.get(name.lower())
    if country is not None and title is not None:
        for place in kb.office_places:
            org = kb.org_by_alias.get(place.place.lower())
            if place.country == country and place.title.lower() == title.lower() and org is not None:
                return org.name
        if title.lower() not in _BARE_TITLES and country in kb.country_names:
            return f"Office of the {title} of {kb.country_names[country]}"
    return f"Office of {holder}" if holder is not None else None


def _organization_of(head: Token) -> tuple[int, int, Token] | None:
    """The organisation a spokesperson speaks for: "a State Department spokesman",
    "a spokesman for the North Korean Foreign Ministry" → (start, end, head token)."""
    doc = head.doc
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in _ORG_ENTS or pobj.pos_ == "PROPN"):
                lo, hi = core_phrase(pobj)
                return _strip_determiner(doc, lo, hi), hi, pobj
    comps = [c for c in head.lefts if c.dep_ in ("compound", "nmod", "poss") and (c.ent_type_ in _ORG_ENTS or c.pos_ == "PROPN")]
    if comps:
        c = comps[-1]
        lo = min(x.left_edge.i for x in comps)
        hi = c.i + 1
        if doc[hi - 1].tag_ == "POS":
            hi -= 1
        while hi > lo + 1 and doc[hi - 1].tag_ == "POS":
            hi -= 1
        end = hi
        if end - 1 >= 0 and doc[end - 1].lower_ in ("’s", "'s"):
            end -= 1
        return lo, end, c
    return None


def _resolve_pronoun(state: DocState, head: Token, span: Span, context: SpeakerContext) -> Resolved:
    lower = head.lower_
    if lower in ("he", "she"):
        source = context.anonymous_speaker_before(head)
        if source is not None:  # "A senior official, who asked not to be named, said … He said …"
            return Resolved(Speaker(None, source.name, "anonymous", source.description, source.count, span=span), "anonymous")
    if lower == "it":
        body = _subject_body_before(state, head, context) or _subject_body_of_previous(state, head, context)
        if body is not None:  # "PSA remains open to “…,” it said": the body the sentence is about
            return Resolved(replace(body, description=None, span=span), "pronoun")
    if lower in PERSON_PRONOUNS:
        last = context.unnamed_speaker_before(head)
        if last is not None:  # "the minister said …. According to him, …": no name came between
            return Resolved(replace(last, span=span), "pronoun")
    actor = _actor_at_token(state, head) or _coref(state, "pronoun", span.start, span.end)
    if actor is not None and lower in PERSON_PRONOUNS and _pronoun_clash(noun_gender(actor), lower):
        actor = None  # "Her husband, Ahmed, … she said": the coreference ran to the wrong person
    if actor is not None and lower in PERSON_PRONOUNS and actor.kind == "person":
        latest = context.person_spoke_since(head, actor, lower)
        if latest is not None:  # "MILF spokesman Eid Kabalu denied it. “…,” he said": the one who just spoke
            return Resolved(replace(latest, span=span), "pronoun")
    if actor is not None and (lower not in PERSON_PRONOUNS or actor.kind == "person") and not (
        lower == "it" and actor.kind == "person"  # "it" never means a person
    ):
        return Resolved(_speaker_from_actor(actor, span, None), "pronoun")
    if lower in PERSON_PRONOUNS:
        found = context.nearest_person(head, lower)
        if found is not None:
            return Resolved(Speaker(found.actor_id, found.name, found.kind, found.description, span=span), "pronoun")
    if lower in PLURAL_PRONOUNS or lower == "it":
        prev = context.previous_speaker(head, plural=lower != "it", inanimate=lower == "it")
        if prev is not None:
            return Resolved(
                Speaker(prev.actor_id, prev.name, prev.kind, prev.description, prev.count, span=span), "pronoun"
            )
    return Resolved(Speaker(None, span.text, "unknown", None, span=span), "unknown")


def _subject_body_before(state: DocState, it: Token, context: SpeakerContext) -> Speaker | None:
    """The organisation or country that is the subject of the sentence's first clause, before
    "it said" ("PSA remains open to “…,” it said in an email"): the report is about the body
    that speaks, as is the rule in news writing."""
    sent = it.sent
    root = sent.root
    clause: Token | None = root
    if root.i != it.head.i and root.i > it.i:
        return None
    if root.i == it.head.i:  # "it said" is the main clause: the subject to look at is the report's
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < it.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.i < it.i), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    if subject.ent_type_ in ("PERSON", "NORP") or subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        return None
    found = _resolve_speaker(state, subject, context).speaker
    if found.kind == "unknown" and subject.pos_ == "PROPN" and not context.is_person_name(subject):
        # a name the recogniser missed ("PSA remains open …"): a body, since "it" speaks for it
        return replace(found, kind="organization")
    return found if found.kind == "organization" else None


def _subject_body_of_previous(state: DocState, it: Token, context: SpeakerContext) -> Speaker | None:
    """"Rapido, which is owned by FoodLink NV, said it would appeal. It said …", "Consumer group
    Altroconsumo … welcomed the fine. “…,” it said": with no body in its own sentence, "it"
    goes on with the organisation that was the subject of the sentence before (the quotation
    between them skipped), in the same paragraph, rather than with the organisation named last."""
    doc = it.doc
    if it.dep_ not in _SUBJECT_DEPS:
        return None
    j = it.i - 1
    while j >= 0 and (context.in_quote[j] or doc[j].is_punct or doc[j].is_space):
        j -= 1
    if j < 0 or j >= it.sent.start:
        return None  # words of the reporter's own before "it" in its sentence
    if any("\n" in t.whitespace_ or "\n" in t.text for t in doc[j:it.i]):
        return None  # a new paragraph
    prev = doc[j].sent
    subject = next((c for c in prev.root.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PRON" or context.in_quote[subject.i]:
        return None
    if subject.ent_type_ == "NORP":
        return None
    found = _resolve_speaker(state, subject, context).speaker  # a person there is no "it"
    return found if found.kind == "organization" else None


_MALE_NOUNS = frozenset({"husband", "father", "son", "brother", "man", "boy", "uncle", "nephew", "grandfather",
                         "king", "prince", "mr", "mr.", "sir", "businessman", "chairman", "spokesman"})
_FEMALE_NOUNS = frozenset({"wife", "mother", "daughter", "sister", "woman", "girl", "aunt", "niece", "grandmother",
                           "queen", "princess", "mrs", "mrs.", "ms", "ms.", "madam", "businesswoman", "chairwoman",
                           "spokeswoman"})


def noun_gender(actor: Actor) -> str | None:
    """"male"/"female" when the person is called by a gendered noun ("Her husband, Ahmed",
    "his sister") and never by one of the other gender; else None."""
    words = {w.lower() for m in actor.mentions for w in m.text.split()[-1:]} | {
        w.lower() for r in actor.roles for w in r.split()[-1:]
    }
    male, female = bool(words & _MALE_NOUNS), bool(words & _FEMALE_NOUNS)
    if male == female:
        return None
    return "male" if male else "female"


def _pronoun_clash(gender: str | None, pronoun: str) -> bool:
    return (pronoun in ("he", "him") and gender == "female") or (pronoun in ("she", "her") and gender == "male")


class SpeakerContext:
    """What earlier quotes and the text before a speaker tell about who a phrase means.

    Holds the speakers already found in the article (in text order) and answers the
    fallback questions: the nearest preceding person for "he"/"she", the earlier
    anonymous group for "the people" or "they", the person holding a title for "the
    secretary". Only used when the actors step has no answer.
    """

    def __init__(self, state: DocState, in_quote: list[bool], window: int = 200) -> None:
        self.state = state
        self.in_quote = in_quote
        self.window = window
        self.history: list[tuple[int, Speaker]] = []  # (token index of the speaker, speaker)

    @functools.cached_property
    def _person_words(self) -> frozenset[str]:
        doc = self.state.doc
        if doc is None:
            return frozenset()
        return frozenset(t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.pos_ == "PROPN")

    def is_person_name(self, token: Token) -> bool:
        """A proper noun spaCy tagged as a person somewhere else in the article ("Pompeo’s")."""
        return token.text in self._person_words

    def remember(self, token_index: int, speaker: Speaker) -> None:
        self.history.append((token_index, speaker))

    def previous_speaker(self, head: Token, plural: bool = True, inanimate: bool = False) -> Speaker | None:
        """The speaker before ``head``: for "they", an anonymous group or a body; for "it", the
        nearest that is no person."""
        for i, speaker in reversed(self.history):
            if i >= head.i or head.i - i > self.window:
                continue
            if inanimate and speaker.kind == "person":
                continue
            if speaker.kind in ("anonymous", "organization") or not plural:
                return speaker
            return None
        return None

    def anonymous_referent(self, head: Token) -> Speaker | None:
        """"the people said" after "two people familiar with his thinking": the earlier group."""
        lemma = head.lemma_.lower()
        for i, speaker in reversed(self.history):
            if i >= head.i or head.i - i > self.window * 2:
                continue
            if speaker.kind == "anonymous" and speaker.span is not None and lemma in speaker.span.text.lower():
                return speaker
        return None

    def anonymous_speaker_before(self, head: Token) -> Speaker | None:
        """The single anonymous source who spoke last, when no person was named since: a
        following "he said" goes on with that source, not a name from further back."""
        if not self.history:
            return None
        i, speaker = self.history[-1]
        if speaker.kind != "anonymous" or speaker.count != 1 or i >= head.i or head.i - i > self.window:
            return None
        if speaker.span is not None and speaker.span.text.split()[-1].lower() not in load_anonymous().source_nouns:
            return None  # "a report", "the agency": not a person "he" can continue
        doc = head.doc
        if any(doc[k].ent_type_ == "PERSON" and not self.in_quote[k] for k in range(i + 1, head.i)):
            return None
        return speaker

    def unnamed_speaker_before(self, head: Token) -> Speaker | None:
        """The speaker who spoke last when it is an office holder the text leaves unnamed ("the
        minister") and no person was named since: "he"/"him" goes on with them."""
        if not self.history:
            return None
        i, speaker = self.history[-1]
        if speaker.kind != "unknown" or not speaker.name or i >= head.i or head.i - i > self.window // 2:
            return None
        words = speaker.name.lower().split()
        if words[0] not in ("the", "this") or words[-1] not in load_anonymous().role_nouns:
            return None
        doc = head.doc
        if any(doc[k].ent_type_ == "PERSON" and not self.in_quote[k] for k in range(i + 1, head.i)):
            return None
        return speaker

    def _gender_conflict(self, speaker: Speaker, pronoun: str | None) -> bool:
        """Whether the person's known gender rules out ``pronoun`` (the kin or gendered nouns
        the person is called by first, the actors step's index second)."""
        index = self.state.scratch.get("coref")
        if pronoun is None or speaker.actor_id is None:
            return False
        actor = next((a for a in self.state.actors if a.id == speaker.actor_id), None)
        by_noun = noun_gender(actor) if actor is not None else None
        if by_noun is not None:
            return _pronoun_clash(by_noun, pronoun)
        if index is None:
            return False
        cluster = next((c for c, a in index.actor_ids.items() if a == speaker.actor_id), None)
        gender = index.genders.get(cluster) if cluster is not None else None
        if gender is None:
            return False
        return (pronoun in ("he", "him") and gender == "female") or (pronoun in ("she", "her") and gender == "male")

    def person_spoke_since(self, head: Token, actor: Actor, pronoun: str) -> Speaker | None:
        """Another person who spoke in this sentence or the two before, after the last mention
        of ``actor`` (the coreference's answer for ``pronoun``) and with no other name between:
        the pronoun goes on with the latest speaker, whom the actors step may not know."""
        doc = head.doc
        earlier = [(i, sp) for i, sp in self.history if i < head.i]
        if not earlier:
            return None
        i, speaker = earlier[-1]
        if speaker.kind != "person" or speaker.actor_id == actor.id or speaker.name == actor.name:
            return None
        prev_start = head.sent.start
        for _ in range(2):  # this sentence and the two before (a quotation runs over several)
            prev_start = doc[prev_start - 1].sent.start if prev_start > 0 else 0
        if i < prev_start or self._gender_conflict(speaker, pronoun):
            return None
        start, end = doc[i].idx, head.idx
        if any(start <= m.start < end for m in actor.mentions):
            return None
        if any(doc[k].ent_type_ == "PERSON" and not self.in_quote[k] for k in range(i + 1, head.i)):
            return None
        return speaker

    def nearest_person(self, head: Token, pronoun: str | None = None) -> Speaker | None:
        """The most recent person who is the subject of a clause (or a speaker) before ``head``
        and whose known gender fits ``pronoun``."""
        doc = head.doc
        kb = load_anonymous()
        earlier = {
            i: s for i, s in self.history
            if (s.kind == "person" and not self._gender_conflict(s, pronoun)) or (
                # "the minister said …; according to him": an office holder the text leaves unnamed
                s.kind == "unknown" and s.name and s.name.split()[-1].lower() in kb.role_nouns
            )
        }
        fallback: Speaker | None = None
        lo = max(0, head.i - self.window)
        for i in range(head.i - 1, lo - 1, -1):
            if i in earlier:
                return earlier[i]
            tok = doc[i]
            if self.in_quote[i] or tok.ent_type_ != "PERSON" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
                continue
            ent = entity_of(tok)
            if ent is None:
                continue
            speaker = self._person_speaker(tok, ent)
            if self._gender_conflict(speaker, pronoun):
                continue
            if tok.dep_ in _SUBJECT_DEPS or (tok.dep_ == "conj" and tok.head.dep_ in _SUBJECT_DEPS):
                return speaker
            if fallback is None:
                fallback = speaker
        return fallback

    def _person_speaker(self, tok: Token, ent: tuple[int, int, str]) -> Speaker:
        actor = _actor_at_token(self.state, tok)
        if actor is not None:
            return Speaker(actor.id, actor.name, "person", _role_description(actor))
        return Speaker(None, tok.doc[ent[0] : ent[1]].text, "person", None)

    def named_organization(self, head: Token) -> str | None:
        """"the bank said" → the last organisation named before with that word in its name."""
        word = head.lower_
        found: str | None = None
        for ent in head.doc.ents:
            if ent.start >= head.i:
                break
            if ent.label_ == "ORG" and word in (t.lower_ for t in ent):
                found = ent.text
        return found

    def role_holder(self, head: Token) -> Actor | None:
        """"the secretary" → the person named with that title earlier ("Secretary of State …")."""
        lemma = head.lemma_.lower()
        for actor in self.state.actors:
            if actor.kind == "person" and any(lemma in r.lower().split() for r in actor.roles):
                return actor
        doc = head.doc
        best: Token | None = None
        for ent in doc.ents:
            if ent.label_ != "PERSON" or ent.start >= head.i:
                continue
            before = doc[max(0, ent.start - 6) : ent.start]
            titles = {t.lemma_.lower() for t in before if not t.is_punct} | {t.lower_ for t in before}
            appos = {c.lemma_.lower() for c in ent.root.children if c.dep_ == "appos"}
            if ent.root.dep_ == "appos":
                appos.add(ent.root.head.lemma_.lower())
            if lemma in titles or lemma in appos:
                best = ent.root
        if best is None:
            return None
        holder = _actor_at_token(self.state, best)
        if holder is not None:
            return holder
        span = entity_of(best)
        name = doc[span[0] : span[1]].text if span else best.text
        return Actor(id="", name=name, kind="person")


# --- channels ------------------------------------------------------------------------------


def _trimmed_phrase(token: Token) -> tuple[int, int]:
    """The subtree of a channel noun, cut before trailing dates ("… in New York on Thursday")."""
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    doc = token.doc
    for t in doc[token.i + 1 : hi]:
        if t.ent_type_ in _TIME_ENTS or (
            t.dep_ == "prep" and any(c.ent_type_ in _TIME_ENTS for c in t.children if c.dep_ == "pobj")
        ):
            hi = t.i
            break
        if t.head.i == token.i and t.dep_ in ("relcl", "acl", "ccomp") and t.left_edge.lower_ == "that" \
                and t.left_edge.dep_ == "mark":
            hi = t.left_edge.i  # "on a conference call that the sanctions …": the report is no part of it
            break
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc" or (
        doc[hi - 1].dep_ == "acl" and doc[hi - 1].tag_ == "VBN" and doc[hi - 1].head.i == token.i
    )):
        hi -= 1  # "in a motion filed on Thursday": the participle left without its date goes too
    return lo, hi


def find_channel(cue: Token) -> str | None:
    """Where the words were said: "told CNN" → CNN, "in a statement" → a statement."""
    kb = load_cues()
    if cue.pos_ not in ("VERB", "AUX") and not cue.tag_.startswith("VB"):
        return None
    doc = cue.doc
    statement = venue = audience = proper_audience = None
    lemma = cue.lemma_.lower()
    for c in cue.children:
        if c.dep_ in ("dobj", "dative") and lemma in _AUDIENCE_VERBS:
            lo, hi = _trimmed_phrase(c)
            text = _text(doc, lo, hi)
            if c.lemma_.lower() in kb.channel_nouns:
                venue = venue or text
            elif c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "WORK_OF_ART"):
                proper_audience = proper_audience or text
            else:
                audience = audience or text
        elif c.dep_ == "prep" and c.lower_ in kb.channel_preps:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None or pobj.ent_type_ in _TIME_ENTS:
                continue
            if doc[c.i + 1].ent_type_ in _TIME_ENTS and doc[c.i + 1].dep_ == "compound":
                continue  # "said on Thursday media reports … were false": the day, then the report
            noun = pobj.lemma_.lower()
            if c.lower_ == "in" and noun not in _IN_CHANNELS:
                continue  # "In a second summit, he said": a topic, not where it was said
            proper = pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("GPE", "LOC") and c.lower_ in ("on", "at", "via")
            if noun in kb.channel_nouns or proper:
                lo, hi = _trimmed_phrase(pobj)
                text = _text(doc, lo, hi)
                if noun in _STATEMENT_CHANNELS:
                    statement = statement or text
                else:
                    venue = venue or text
    return statement or proper_audience or venue or audience


def title_channel(text: str, lo: int, hi: int) -> str | None:
    """A quoted show or title after a cue: "said on “Fox News Sunday”", "at 'Face the Nation'"."""
    m = re.search(r"\b(?:on|at)\s+(?:[A-Z][\w.&-]*[’']s\s+)?[“\"'‘]\s*([A-Z][^”\"’'\n]{1,60}?)\s*[”\"'’]", text[lo:hi])
    if m is None:
        return None
    return m.group(1).rstrip(" .,")


def venue_of_sentence(root: Token, tokens: Iterable[Token]) -> str | None:
    """The venue of a sentence with no quote ("Bolton signaled … at a Wall Street Journal conference")."""
    kb = load_cues()
    for c in tokens:
        if c.dep_ == "prep" and c.lower_ in ("at", "during") and c.head.i >= root.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in kb.channel_nouns and pobj.ent_type_ not in _TIME_ENTS:
                lo, hi = _trimmed_phrase(pobj)
                return _text(root.doc, lo, hi)
    return None

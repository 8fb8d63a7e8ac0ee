"""Speech that *is* an accusation or a demand: a named party calling another's act wrong, or
saying what another should do.

"Abe said the launches were “extremely regrettable”", "Bolton told reporters that the
missiles violated UN resolutions", "Na said Pyongyang “has never been sincere”": PLOVER codes
the criticism (ACCUSE) from the speaker, aimed at whoever the evaluated clause is about
(eval/GUIDE.md: plain speech is no event, but a speech act that is the event is coded).
The evaluative word is the trigger; it counts only under a verb of saying whose subject is
someone (not in the writer's own voice), and the "not sincere" kind only when negated.
"Kim told the assembly that Moon should stop acting as a mediator", "Moon told the envoy that
the summit needed to produce results": a deontic modal in what a named party says is a REQUEST
from the speaker to whoever must act (else the one told). Word lists: ``evaluative`` and
``deontic`` in ``knowledge/plover.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.nlp.events.knowledge import Lexicon, TriggerEntry
from storyline.nlp.events.triggers import Trigger
from storyline.nlp.lookup import span_tokens

_SUBJECTS = ("nsubj", "nsubjpass")
# Verbs that characterise something "as" what it is ("described the talks as productive").
_DESCRIBING = frozenset({"describe", "characterize", "characterise", "portray", "depict"})


def _speech_subject(tok: Token, lex: Lexicon) -> Token | None:
    if tok.dep_ == "oprd" and tok.head.lemma_.lower() in lex.w("evaluative.naming_verbs"):
        # "she *called* the police response “disproportionate”": the naming is the saying
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in lex.w("reporting.speech_verbs"):
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None
    return None


def _evaluated(tok: Token) -> Token | None:
    """Whom the evaluation is about: the subject of its clause ("*Choe* was inaccurate"), or
    what is named so ("called *the police response* disproportionate")."""
    if tok.dep_ == "oprd":
        # "called *the police* response disproportionate": whose act is named so
        named = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        owner = next((c for c in named.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")),
                     None) if named is not None else None
        return owner or named
    clause = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
    # "had acted *in* “clear disregard” of the law", "was *a* clear breach": up to the clause
    for _ in range(3):
        if clause.dep_ not in ("pobj", "prep", "dobj", "attr", "acomp") or clause.pos_ == "VERB":
            break
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subj is None and clause.dep_ == "conj":
        subj = next((c for c in clause.head.children if c.dep_ in _SUBJECTS), None)
    return subj


def _negated(tok: Token) -> bool:
    clause = tok.head if tok.dep_ in ("acomp", "attr") else tok
    return any(c.dep_ == "neg" for c in (*tok.children, *clause.children))


def find_evaluations(sent: Span, lex: Lexicon) -> list[tuple[Trigger, Token, Token | None]]:
    """(trigger, speaker, evaluated) for each accusation made by calling something wrong."""
    words, when_negated = lex.w("evaluative.words"), lex.w("evaluative.when_negated")
    out: list[tuple[Trigger, Token, Token | None]] = []
    for tok in span_tokens(sent):
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("ADJ", "VERB", "NOUN"):
            continue
        if lemma not in words and not (lemma in when_negated and _negated(tok)):
            continue
        if lemma in words and (_negated(tok) or (tok.dep_ == "pobj" and tok.head.lower_ == "without")):
            continue  # "did not violate the moratorium", "shelled villages *without provocation*"
        speaker = _speech_subject(tok, lex)
        if speaker is None:
            continue
        entry = TriggerEntry(type="ACCUSE", lemma=lemma, pos="adj", confidence=0.6)
        out.append((Trigger(tok, entry), speaker, _evaluated(tok)))
    told = {t.token.i for t, _, _ in out}
    for tok in span_tokens(sent):
        if tok.i not in told and (found := _named_so(tok, lex)) is not None:
            out.append(found)
    return out


def _named_so(tok: Token, lex: Lexicon) -> tuple[Trigger, Token, Token | None] | None:
    """"called the settlement *a surrender*", "called the convictions *another blow to* ...":
    a thing named by an evaluative phrase is criticised (ACCUSE); "called the invitation a
    *very interesting suggestion*" is praise (SUPPORT). The phrase's head need not be the
    evaluative word, so the whole phrase is read; a name ("called it Operation Sunrise") or a
    neutral description ("called it a special operation") is no event."""
    verb = tok.head
    if tok.dep_ in ("pobj", "amod") and tok.head.lower_ == "as" and tok.head.dep_ == "prep":
        verb = tok.head.head  # "described the talks *as* very productive", "as a mistake"
        if verb.lemma_.lower() not in _DESCRIBING:
            return None
    elif tok.dep_ != "oprd" or verb.lemma_.lower() not in lex.w("evaluative.naming_verbs"):
        return None
    if tok.pos_ not in ("NOUN", "ADJ") or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    lemmas = {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree}
    if lemmas & (lex.w("evaluative.words") | lex.w("evaluative.naming_negative")):
        etype = "ACCUSE"
    elif lemmas & lex.w("evaluative.naming_positive"):
        etype = "SUPPORT"
    else:
        return None
    speaker = _speech_subject(tok, lex) if verb is tok.head else next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if speaker is None:
        return None
    entry = TriggerEntry(type=etype, lemma=tok.lemma_.lower(), pos="adj", confidence=0.6)
    about = _evaluated(tok) if verb is tok.head else _owner(next(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")))
    return Trigger(tok, entry), speaker, about


def _owner(named: Token) -> Token:
    """Whose act a named thing is ("*the police* response"), else the thing."""
    return next((c for c in named.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")), named)


def _addressee(tok: Token) -> Token | None:
    """The one told: "told *the envoy* that ..."."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in node.children):
            return next((c for c in node.children if c.dep_ in ("dobj", "dative")), None)
    return None


def find_demands(sent: Span, lex: Lexicon) -> list[tuple[Trigger, Token, Token | None, Token | None]]:
    """(trigger, speaker, who must act, who was told) for each demand made by saying what should be."""
    modals, needs = lex.w("deontic.modals"), lex.w("deontic.verbs")
    out: list[tuple[Trigger, Token, Token | None, Token | None]] = []
    for tok in span_tokens(sent):
        if tok.dep_ == "aux" and tok.lower_ in modals:
            clause = tok.head
        elif tok.lemma_.lower() in needs and tok.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in tok.children):
            clause = tok
        else:
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.w("deontic.told_verbs"):
            continue  # only what someone is told to their face ("told the envoy that ...")
        speaker = _speech_subject(clause, lex)
        if speaker is None:
            continue
        actor = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        entry = TriggerEntry(type="REQUEST", lemma=tok.lemma_.lower(), pos="adj", confidence=0.5)
        out.append((Trigger(tok, entry), speaker, actor, _addressee(clause)))
    return out

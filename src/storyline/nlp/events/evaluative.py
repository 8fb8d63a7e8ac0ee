"""Speech that *is* an accusation: a named party calling another's act wrong.

"Abe said the launches were “extremely regrettable”", "Bolton told reporters that the
missiles violated UN resolutions", "Na said Pyongyang “has never been sincere”": PLOVER codes
the criticism (ACCUSE) from the speaker, aimed at whoever the evaluated clause is about
(eval/GUIDE.md: plain speech is no event, but a speech act that is the event is coded).
The evaluative word is the trigger; it counts only under a verb of saying whose subject is
someone (not in the writer's own voice), and the "not sincere" kind only when negated.
Word lists: ``evaluative`` in ``knowledge/plover.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.nlp.events.knowledge import Lexicon, TriggerEntry
from storyline.nlp.events.triggers import Trigger

_SUBJECTS = ("nsubj", "nsubjpass")


def _speech_subject(tok: Token, lex: Lexicon) -> Token | None:
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
    """Whom the evaluation is about: the subject of its clause ("*Choe* was inaccurate")."""
    clause = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
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
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("ADJ", "VERB", "NOUN"):
            continue
        if lemma not in words and not (lemma in when_negated and _negated(tok)):
            continue
        if lemma in words and _negated(tok):
            continue  # "did not violate the moratorium": no accusation
        speaker = _speech_subject(tok, lex)
        if speaker is None:
            continue
        entry = TriggerEntry(type="ACCUSE", lemma=lemma, pos="adj", confidence=0.6)
        out.append((Trigger(tok, entry), speaker, _evaluated(tok)))
    return out

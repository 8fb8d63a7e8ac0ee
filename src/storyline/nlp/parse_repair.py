"""Repairs of the small English model's dependency parse that every later step would
otherwise have to work around.

Only one repair so far, for a list of names whose second name has two words: the model
reads "Mali, *Burkina Faso* and Niger" as "Mali" with an apposition ("Burkina Faso") that
has a conjunct ("Niger"), so "Mali, Burkina Faso and Niger expelled the ambassadors" has
one subject instead of three. A name set off by a comma that itself heads "and/or Name" is
the list's second member, not a description of the first.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"})
_COORDINATORS = frozenset({"and", "or"})


def _a_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in _NAME_ENTS


def _listed_apposition(tok: Token) -> bool:
    """"Mali, *Burkina Faso* and Niger": an apposed name right after the comma that closes the
    first name, with a coordinated name of its own."""
    head = tok.head
    if tok.dep_ != "appos" or not _a_name(tok) or not _a_name(head) or tok.i < head.i:
        return False
    comma = tok.left_edge.i - 1
    if comma != head.i + 1 or tok.doc[comma].text != ",":
        return False
    children = list(tok.children)
    return any(c.dep_ == "cc" and c.lower_ in _COORDINATORS for c in children) and any(
        c.dep_ == "conj" and _a_name(c) for c in children)


def repair_parse(doc: Doc) -> Doc:
    """The document with its listed appositions made conjuncts (in place)."""
    for tok in doc:
        if _listed_apposition(tok):
            tok.dep_ = "conj"
    return doc

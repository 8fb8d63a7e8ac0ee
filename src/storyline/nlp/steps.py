"""The ``nlp`` step: spaCy over batches of cleaned texts (``nlp.pipe``)."""

from __future__ import annotations

from storyline.nlp.model import load_nlp
from storyline.nlp.pipeline import DocState, register


def _nlp_batch(states: list[DocState]) -> None:
    nlp = load_nlp()
    texts = [s.article.text if s.article else "" for s in states]
    for state, doc in zip(states, nlp.pipe(texts, batch_size=max(1, len(texts))), strict=True):
        state.doc = doc


@register("nlp", batch=_nlp_batch)
def nlp_step(state: DocState) -> None:
    """Sentences, tokens, tags, dependencies and entities for one document."""
    _nlp_batch([state])

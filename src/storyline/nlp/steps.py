"""The first two steps: ``clean`` (raw document → Article) and ``nlp`` (spaCy, batched)."""

from __future__ import annotations

from storyline.errors import RejectedInput
from storyline.ingest.clean import article_id, clean_text, normalize_whitespace, repair_entities
from storyline.ingest.language import detect_language
from storyline.ingest.readers import normalize_date
from storyline.models import Article, Repair
from storyline.nlp.model import load_nlp
from storyline.nlp.parse_repair import repair_parse
from storyline.nlp.pipeline import DocState, register
from storyline.nlp.places import dateline, dateline_agency


def _nlp_batch(states: list[DocState]) -> None:
    nlp = load_nlp()
    texts = [s.article.text if s.article else "" for s in states]
    for state, doc in zip(states, nlp.pipe(texts, batch_size=max(1, len(texts))), strict=True):
        state.doc = repair_parse(doc)


@register("nlp", batch=_nlp_batch)
def nlp_step(state: DocState) -> None:
    """Sentences, tokens, tags, dependencies and entities for one document."""
    _nlp_batch([state])


@register("clean", english_only=False)
def clean_step(state: DocState) -> None:
    """Raw document → :class:`Article`: repaired text, metadata, language."""
    raw = state.raw
    cleaned = clean_text(raw.text)
    if not cleaned.text.strip():
        raise RejectedInput("no article text after cleaning (empty or only boilerplate)")
    title = raw.title
    if title:
        title = normalize_whitespace(repair_entities(title, []))
    found = dateline(cleaned.text, max_paragraphs=1)
    repairs = list(cleaned.repairs)
    published = normalize_date(raw.published)
    if raw.published and published is None:  # "yesterday", "2019-02-30", a feed's 0001-01-01
        repairs.append(Repair("published", raw.published, ""))
    state.article = Article(
        id=article_id(cleaned.text),
        text=cleaned.text,
        title=title or None,
        outlet=raw.outlet or cleaned.outlet or dateline_agency(cleaned.text),
        published=published or cleaned.published,
        language=detect_language(cleaned.text),
        url=raw.url,
        source=raw.input_key,
        source_id=raw.source_id,
        repairs=tuple(repairs),
        dateline=found[2] if found else None,
    )

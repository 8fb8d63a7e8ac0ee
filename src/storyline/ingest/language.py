"""Language identification (py3langid, bundled model, no downloads)."""

from __future__ import annotations

import functools
import re

_EN_STOPWORDS = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "said", "he", "it", "from", "his", "be", "are", "have", "has", "will", "not", "an", "this", "who", "they", "their", "but", "were", "would", "its"]
)
_WORD = re.compile(r"[A-Za-z']+")


@functools.lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; English when the text is too short to tell.

    The statistical identifier is confident on paragraphs but erratic on a sentence or two,
    so a short text whose words are mostly English function words counts as English.
    """
    sample = text[:3000]
    words = _WORD.findall(sample.lower())
    if not words:
        return "und"
    stop_share = sum(w in _EN_STOPWORDS for w in words) / len(words)
    if stop_share >= 0.3 and len(words) >= 20:
        return "en"  # English prose is 35-45% these words; no other language comes close
    lang, prob = _identifier().classify(sample)
    if lang == "en":
        return "en"
    if stop_share > 0.2 or (prob < 0.9 and stop_share > 0.12):
        return "en"
    return str(lang)

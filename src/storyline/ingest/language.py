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


# Function words of the languages news pages most often come in besides English, minus the
# ones English shares ("a", "in", "is"): a short text is another language only when it
# uses that language's own little words.
_OTHER_WORDS = {
    "fr": "le la les des du et est une un pour dans que qui sur au aux avec pas par ce il elle ont été sont",
    "de": "der die das und ist nicht ein eine mit den von zu im sich auf für dem des auch wird wurde nach bei",
    "es": "el la los las de que y en un una por con para del se su es al lo como más fue",
    "it": "il la di che e un una per non con del della sono gli le si da al nel ha",
    "pt": "o os as de que e do da em um uma para com não no na por se dos foi",
    "nl": "de het een en van dat op te met voor niet zijn die aan er ook werd",
    "sv": "och att det som en på är av för med till den har inte om",
    "da": "og at det som en på er af for med til den har ikke om",
    "no": "og at det som en på er av for med til den har ikke om",
    "pl": "i w na z że się nie do to jest od po przez dla",
    "ro": "și în de la cu că nu pe un o din pentru este",
    "tr": "ve bir bu da de için ile olarak olan çok",
    "id": "yang dan di dengan untuk dari ini itu dalam tidak akan pada",
}
_OTHER_STOPWORDS = {lang: frozenset(words.split()) for lang, words in _OTHER_WORDS.items()}
_SHORT = 25  # words: below this the statistical identifier guesses ("Pompeo met Kang." → Sotho)
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; English when the text is too short to tell.

    The statistical identifier is confident on paragraphs but erratic on a sentence or two
    ("Pompeo met Kang." comes out Sotho, "Russia invades Ukraine" Estonian), so a text whose
    words are mostly English function words counts as English, and a short one in Latin
    script counts as another language only when the identifier is sure and the text uses that
    language's own function words (two of them, or one when the identifier is fairly sure).
    """
    sample = text[:3000]
    words = _WORD.findall(sample.lower())
    letters = _LETTER.findall(sample)
    if not words and not letters:
        return "und"
    latin = len(_LATIN.findall(sample)) / max(len(letters), 1)
    stop_share = sum(w in _EN_STOPWORDS for w in words) / max(len(words), 1)
    if stop_share >= 0.3 and len(words) >= 20:
        return "en"  # English prose is 35-45% these words; no other language comes close
    lang, prob = _identifier().classify(sample)
    if lang == "en" or latin < 0.5:
        return str(lang)  # another script: the identifier knows it
    if stop_share > 0.2 or (prob < 0.9 and stop_share > 0.12):
        return "en"
    if len(sample.split()) < _SHORT:
        own = _OTHER_STOPWORDS.get(str(lang), frozenset()) - _EN_STOPWORDS
        tokens = {w.strip(".,;:!?\"'()«»“”") for w in sample.lower().split()}
        shared = len(tokens & own)
        if shared < 2 and not (shared and prob >= 0.6):
            return "en"
    return str(lang)

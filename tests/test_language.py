"""Language identification: English news passes, other languages are named."""

from __future__ import annotations

import pytest

from storyline.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The foreign minister met his counterpart on Tuesday, officials said, and the two agreed to meet again.", "en"),
        ("Pompeo met Kang on Thursday.", "en"),
        ("Les ministres des Affaires étrangères se sont réunis mardi à Genève pour discuter de la reprise des négociations.", "fr"),
        ("Der Außenminister traf am Dienstag seinen Amtskollegen in Genf, um über den Gefangenenaustausch zu sprechen.", "de"),
        ("El ministro de Asuntos Exteriores se reunió el martes con su homólogo en Ginebra para hablar del intercambio.", "es"),
        ("2019 — 12 — 08", "und"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang

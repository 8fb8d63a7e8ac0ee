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
        # short English: the identifier guesses Sotho, Dutch, Estonian, Shona for these
        ("Biden met Putin.", "en"),
        ("Russia invades Ukraine", "en"),
        ("Modi visits Dhaka", "en"),
        ("Le Pen loses appeal", "en"),
        # short texts of other languages use their own function words
        ("Les ministres se sont réunis mardi.", "fr"),
        ("Die Polizei hat den Mann festgenommen.", "de"),
        ("Il presidente ha incontrato il ministro.", "it"),
        ("Путин встретился с Си Цзиньпином в Пекине.", "ru"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang

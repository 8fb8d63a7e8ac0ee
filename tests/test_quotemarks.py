"""Quotation marks: which stretches are quoted, whatever marks the writer (or scraper) used."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.nlp.quotemarks import find_quoted_spans, paragraphs, strip_marks


def inner(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # curly double, comma left to the writer
        ("“They have not lived up to the commitments so far,” Bolton said.", ["They have not lived up to the commitments so far"]),
        # straight double, a space before the closing mark (machine-translated seed 000)
        ('"We\'ll see, we\'ll see, all I can tell you ", he said.', ["We'll see, we'll see, all I can tell you"]),
        # closing mark glued to the next word: negotiated, "said the source
        ('"They are fed up with the fact, "said the source.', ["They are fed up with the fact"]),
        # mismatched closer at paragraph end: “ … ’ (seed 002)
        (
            "he said Trump and Kim are “going to discuss this and look at the commitments.’",
            ["going to discuss this and look at the commitments."],
        ),
        # apostrophes are not quotes
        ("Trump’s officials don’t think the ’90s deal and the officials’ plans matter.", []),
        ("Kim's regime isn't moving, the country's media said.", []),
        # British single quotes and nested quotes
        ("He called it ‘a very good meeting’ on Sunday.", ["a very good meeting"]),
        ("“He told me ‘no way’ twice,” she said.", ["He told me ‘no way’ twice"]),
        # guillemets
        ("Le ministre a dit «nous verrons» hier.", ["nous verrons"]),
        # straight single quotes with spaces inside: repaired entities in seed 000
        ("Bolton said. at ' Face the Nation '.", ["Face the Nation"]),
        # a stray straight single quote opens nothing
        ("by the end of the month of April. ' August.", []),
        # multi-sentence quote
        ("“We made real progress. We just did not get there yet.”", ["We made real progress. We just did not get there yet."]),
    ],
)
def test_quoted_spans(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_paragraph_opened_and_reopened_is_one_chain() -> None:
    text = "“The first paragraph does not close.\n\n“The second one does,” he said.\n\nLater text."
    spans = find_quoted_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["The first paragraph does not close.", "The second one does"]
    assert spans[0].chain is not None and spans[0].chain == spans[1].chain
    assert spans[0].close_mark is None


def test_short_unclosed_quote_is_dropped() -> None:
    assert inner('A stray " mark\n\nNext paragraph.') == []


def test_paragraphs_skip_blank_lines() -> None:
    text = "One.\n\n  \nTwo."
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two."]


def test_strip_marks_keeps_apostrophes() -> None:
    assert strip_marks("“Trump’s deal,” he said") == "Trump’s deal, he said"


@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”‘’\"'«»")), max_size=80))
def test_spans_are_inside_the_text_and_trimmed(text: str) -> None:
    for s in find_quoted_spans(text):
        assert 0 <= s.open_mark < s.start <= s.end <= len(text)
        assert s.close_mark is None or s.end <= s.close_mark
        chunk = text[s.start : s.end]
        assert chunk == chunk.strip() and chunk
        assert "\n" not in chunk

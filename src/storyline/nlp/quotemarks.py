"""Finding quoted stretches of text: which marks open and close speech, and which are not.

News text mixes every kind of quotation mark: straight and curly, double and single,
guillemets, a curly opener closed by the wrong mark (“ … ’), quotes left open at a
paragraph end because the next paragraph reopens them, and apostrophes that look exactly
like closing marks (Trump’s, don’t, officials’, the ’90s). This module works on characters
only, one paragraph (line) at a time, so it never depends on how spaCy tokenised the marks.

Two passes per paragraph: double-type marks first (where a stray single mark can at most
close a double quote that is never closed properly), then single-quoted spans outside
them (British style ‘…’), which are kept only when closed, since an unclosed single mark is
far more often an apostrophe than a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_DOUBLE + STRAIGHT_SINGLE + "‟‛"
_OPEN_CONTEXT = " \t([{—–-/:;"  # characters after which a mark opens a quote
_SENTENCE_PUNCT = ".,!?;:…"
_TRIM_END = " \t,;:—–-"
_MIN_UNCLOSED_WORDS = 3


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A stretch of text between quotation marks.

    ``open_mark``/``close_mark`` are the offsets of the marks (``close_mark`` is None when
    the quote runs to the end of its paragraph unclosed). ``start``/``end`` delimit the
    words inside, trimmed of spaces and of a trailing comma (the comma in “…,” he said
    belongs to the writer). ``chain`` numbers the paragraphs of one quote that spans
    several: all members share the chain number of the first.
    """

    open_mark: int
    close_mark: int | None
    start: int
    end: int
    paragraph: int
    double: bool = True
    chain: int | None = None

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the inner end when unclosed)."""
        return self.close_mark + 1 if self.close_mark is not None else self.end

    def contains(self, offset: int) -> bool:
        """True when ``offset`` is inside the marks (the marks included)."""
        return self.open_mark <= offset < self.outer_end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as ``(start, end)`` ranges: cleaned articles keep one paragraph a line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _prev(text: str, i: int, lo: int) -> str:
    return text[i - 1] if i - 1 >= lo else " "


def _next(text: str, i: int, hi: int) -> str:
    return text[i + 1] if i + 1 < hi else " "


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """Don’t, Trump’s, rock ’n’ roll, the ’90s: a single mark that is part of a word."""
    p, n = _prev(text, i, lo), _next(text, i, hi)
    if p.isalnum() and n.isalpha():
        return True
    # ’90s, '90s: a leading elision before digits.
    return bool(n.isdigit() and (p in _OPEN_CONTEXT or p == " ") and re.match(r"\d{2}s\b", text[i + 1 : hi]))


def _opens(text: str, i: int, lo: int, hi: int) -> bool:
    p, n = _prev(text, i, lo), _next(text, i, hi)
    return (p in _OPEN_CONTEXT or p in DOUBLE_OPENERS + SINGLE_OPENERS) and not n.isspace()


def _closes(text: str, i: int, lo: int, hi: int) -> bool:
    p, n = _prev(text, i, lo), _next(text, i, hi)
    return not p.isspace() and (n.isspace() or n in _SENTENCE_PUNCT + ")]}" + DOUBLE_CLOSERS + SINGLE_CLOSERS + "\"'")


def _double_spans(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int | None]], list[tuple[int, int]]]:
    """Double-quoted spans of one paragraph as (open, close-or-None) mark offsets.

    Also returns the single-quoted spans nested inside them, which stay part of the outer
    quote. A single mark after sentence punctuation closes a double quote only when no
    proper double closer follows in the paragraph (the mismatched “ … ’ case).
    """
    spans: list[tuple[int, int | None]] = []
    nested: list[tuple[int, int]] = []
    open_at: int | None = None
    single_open: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if ch in DOUBLE_OPENERS or ch == "‟":
            if open_at is None:
                open_at = i
            elif ch == "“" and text[open_at] == "„":  # German-style „…“
                spans.append((open_at, i))
                open_at = single_open = None
        elif ch in DOUBLE_CLOSERS:
            if open_at is not None:
                spans.append((open_at, i))
                open_at = single_open = None
            elif _opens(text, i, lo, hi):  # ”…” or »…« used as an opener
                open_at = i
        elif ch == STRAIGHT_DOUBLE:
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i))
                open_at = single_open = None
        elif open_at is not None and (ch in SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_SINGLE + "‛"):
            if _is_apostrophe(text, i, lo, hi):
                continue
            if single_open is None and (ch in SINGLE_OPENERS or ch in "'‛") and _opens(text, i, lo, hi):
                single_open = i
            elif single_open is not None and _closes(text, i, lo, hi):
                nested.append((single_open, i))
                single_open = None
            elif (
                single_open is None
                and _prev(text, i, lo) in ".,!?"
                and _closes(text, i, lo, hi)
                and not any(c in DOUBLE_CLOSERS + STRAIGHT_DOUBLE for c in text[i + 1 : hi])
            ):
                spans.append((open_at, i))  # mismatched closer: “ … ’
                open_at = None
    if open_at is not None:
        spans.append((open_at, None))
    return spans, nested


def _single_spans(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Closed single-quoted spans outside the double ones (‘…’, '…')."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if ch not in SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_SINGLE + "‛":
            continue
        if any(a <= i <= b for a, b in taken) or _is_apostrophe(text, i, lo, hi):
            continue
        p, n = _prev(text, i, lo), _next(text, i, hi)
        if open_at is None:
            if ((ch in SINGLE_OPENERS or ch in "'‛") and _opens(text, i, lo, hi)) or (
                ch == "'" and p.isspace() and n.isspace()
            ):
                open_at = i
        elif _closes(text, i, lo, hi) or (ch == "'" and p.isspace() and (n.isspace() or n in _SENTENCE_PUNCT)):
            if i - open_at > 1:
                spans.append((open_at, i))
            open_at = None
    return spans


def _inner(text: str, open_mark: int, close: int) -> tuple[int, int]:
    start, end = open_mark + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted stretch of ``text``, in order, with paragraph chains linked."""
    result: list[QuotedSpan] = []
    paras = paragraphs(text)
    pending_chain: int | None = None  # index into result of an unclosed quote at a paragraph end
    for p_index, (lo, hi) in enumerate(paras):
        doubles, _nested = _double_spans(text, lo, hi)
        singles = _single_spans(text, lo, hi, [(a, b if b is not None else hi) for a, b in doubles])
        marks: list[tuple[int, int | None, bool]] = [(a, b, True) for a, b in doubles]
        marks += [(a, b, False) for a, b in singles]
        marks.sort(key=lambda m: m[0])
        first_char = text[lo:hi].lstrip()[:1]
        reopens = bool(first_char) and first_char in ALL_MARKS
        previous_unclosed = pending_chain
        pending_chain = None
        for a, b, double in marks:
            start, end = _inner(text, a, b if b is not None else hi)
            if end <= start:
                continue
            chain: int | None = None
            if a == lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())) and previous_unclosed is not None and reopens:
                chain = result[previous_unclosed].chain
                if chain is None:
                    chain = previous_unclosed
                    result[previous_unclosed] = _with_chain(result[previous_unclosed], chain)
            span = QuotedSpan(a, b, start, end, p_index, double, chain)
            if b is None:
                next_para = paras[p_index + 1] if p_index + 1 < len(paras) else None
                continues = next_para is not None and text[next_para[0] : next_para[1]].lstrip()[:1] in tuple(ALL_MARKS)
                if not continues and len(text[start:end].split()) < _MIN_UNCLOSED_WORDS and chain is None:
                    continue
                result.append(span)
                if continues:
                    pending_chain = len(result) - 1
            else:
                result.append(span)
    return result


def _with_chain(span: QuotedSpan, chain: int) -> QuotedSpan:
    return QuotedSpan(span.open_mark, span.close_mark, span.start, span.end, span.paragraph, span.double, chain)


def strip_marks(text: str) -> str:
    """``text`` without any quotation marks (apostrophes inside words are kept)."""
    out = []
    for i, ch in enumerate(text):
        if ch in ALL_MARKS and not _is_apostrophe(text, i, 0, len(text)):
            continue
        out.append(ch)
    return "".join(out)

"""Bytes to text: encoding detection and telling text from binary.

UTF-8 (with or without a BOM) is tried first because it is what almost all news arrives
in and it fails loudly when wrong; anything else goes to charset-normalizer, which detects
cp1252/latin-1 and friends from the bytes rather than guessing.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from storyline.errors import RejectedInput

# Magic numbers of files people drop into an inbox by mistake, for a helpful reason.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)


def describe_binary(data: bytes) -> str | None:
    """Name what a binary blob looks like, or None if it looks like text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return None
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    sample = data[:4096]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    if sample and controls / len(sample) > 0.05:
        return "binary data (control bytes)"
    return None


_CP1252_NAMES = {"cp1252", "latin_1", "iso8859_1", "iso8859_15"}
_SINGLE_BYTE_WESTERN = _CP1252_NAMES | {"cp1250", "iso8859_2", "cp1257", "iso8859_13", "iso8859_9", "cp1254", "mac_roman", "mac_latin2", "cp850", "cp437"}


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; returns ``(text, encoding)`` or raises :class:`RejectedInput`."""
    if not data.strip():
        raise RejectedInput("empty input (no bytes or only whitespace)")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    what = describe_binary(data)
    if what:
        raise RejectedInput(f"not text: looks like {what}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None or best.encoding is None:
        raise RejectedInput("undecodable text: no character encoding fits these bytes")
    encoding = best.encoding
    # On short texts the detector cannot tell the single-byte Western encodings apart
    # (cp1250 and cp1252 differ in a handful of letters). When it lands in that family and
    # cp1252 — the superset of latin-1 that Windows-made news files use — is among its
    # candidates, prefer cp1252: storyline reads English-language news.
    if (encoding in _SINGLE_BYTE_WESTERN and any(m.encoding in _CP1252_NAMES for m in matches)) or encoding in _CP1252_NAMES:
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), encoding

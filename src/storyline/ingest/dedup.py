"""Near-duplicate detection with MinHash over word shingles and LSH banding.

Exact copies share an article id (the hash of the cleaned text) and are caught by the
store's primary key. Near copies — the same wire story with a different footer, a
corrected typo, another outlet's headline — get a MinHash signature of ``NUM_PERM``
values over word 5-shingles. The signature is cut into ``BANDS`` bands; articles that
share a band bucket are candidates, and a candidate whose estimated Jaccard similarity
is at least ``THRESHOLD`` is a near-duplicate. With 16 bands of 8 rows a pair at
Jaccard 0.8 is found with probability 1 - (1 - 0.8**8)**16 ≈ 0.94 and a pair at 0.5 is
a candidate with probability ≈ 0.06, so band lookups stay cheap.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.8
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64((1 << 32) - 1)
_rng = np.random.default_rng(20181208)  # fixed: signatures must agree across runs
_A = _rng.integers(1, (1 << 32) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 32) - 1, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint64 values) of ``text``'s shingles."""
    sh = shingles(text)
    if not sh:
        return np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little") for s in sh),
        dtype=np.uint64,
        count=len(sh),
    )
    # (a * x + b) mod p, truncated to 32 bits; x and a are < 2**32 so a*x fits in 64 bits.
    values = ((hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME) & _MASK
    return np.asarray(values.min(axis=0), dtype=np.uint64)


def bands(sig: np.ndarray) -> list[str]:
    """One bucket key per band: ``"<band>:<hash of its rows>"``."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].tobytes()
        out.append(f"{b}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)

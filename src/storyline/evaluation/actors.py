"""Scoring actor resolution against ``eval/gold/actors`` (``storyline eval actors``).

Gold mentions are ``SURFACE#N`` — the N-th whole-word, case-sensitive occurrence of SURFACE
in the cleaned text — so they are mapped to character spans first. Each gold mention is
matched one-to-one to the predicted mention that overlaps it most (ties: closest length).

Clustering is scored over the gold mentions (the key): a gold mention's response cluster
is the set of gold mentions whose matched predicted mentions belong to the same predicted
actor; an unmatched gold mention is a singleton. Predicted mentions that match no gold
mention are not counted — the gold lists persons, organisations and countries only, and a
location or extra group we also resolve is not an error of clustering.

* **B³**: per-mention precision/recall of the response cluster against the key cluster.
* **MUC**: links kept / links needed, both directions.
* **country / sector accuracy**: for each gold actor, the predicted actor holding most of
  its matched mentions has the same ISO3 code / sector (no predicted actor = wrong).
* **cross-article identity**: the same person or body in two articles must get the same
  cross-article key (the key the store merges entities by). Each gold actor of each
  document is an item whose gold identity is its gold ``name`` (case-folded, accents
  dropped, spelling variants in ``eval/gold/identities.json`` folded together) and whose response is the key
  of the predicted actor holding most of its mentions. Scored as pairwise links between
  items of *different* documents (precision: predicted same-key pairs that are one gold
  identity; recall: gold same-identity pairs given one key) and as B³ over items.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from storyline.models import Analysis
from storyline.store.db import entity_key  # the key the store merges entities across articles by

Span2 = tuple[int, int]


def locate(text: str, surface_n: str) -> Span2 | None:
    """The character span of ``SURFACE#N`` in ``text`` (N-th whole-word occurrence), or None."""
    surface, _, n = surface_n.rpartition("#")
    if not surface or not n.isdigit():
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    for k, m in enumerate(pattern.finditer(text), start=1):
        if k == int(n):
            return (m.start(), m.end())
    return None


def _match(gold: list[Span2], predicted: list[tuple[int, int, str]]) -> dict[int, int]:
    """Gold mention index → predicted mention index, one-to-one, greedy by overlap."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe, _) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                pairs.append((overlap, -abs((pe - ps) - (ge - gs)), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = pi
    return out


def _b3(key: Sequence[Any], response: Sequence[Any]) -> tuple[float, float]:
    """B³ precision and recall sums over mentions (key/response: cluster label per mention)."""
    p = r = 0.0
    kc: dict[Any, set[int]] = defaultdict(set)
    rc: dict[Any, set[int]] = defaultdict(set)
    for i, (k, c) in enumerate(zip(key, response, strict=True)):
        kc[k].add(i)
        rc[c].add(i)
    for k, c in zip(key, response, strict=True):
        both = len(kc[k] & rc[c])
        p += both / len(rc[c])
        r += both / len(kc[k])
    return p, r


def _muc(key: Sequence[Any], response: Sequence[Any]) -> tuple[int, int, int, int]:
    """MUC numerators and denominators: (recall num, recall den, precision num, precision den)."""

    def links(a: Sequence[Any], b: Sequence[Any]) -> tuple[int, int]:
        num = den = 0
        groups: dict[Any, list[int]] = defaultdict(list)
        for i, c in enumerate(a):
            groups[c].append(i)
        for members in groups.values():
            parts = {b[i] for i in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num, den

    rn, rd = links(key, response)
    pn, pd = links(response, key)
    return rn, rd, pn, pd


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _identity_aliases() -> dict[str, str]:
    """Gold spelling variants of one identity ("U.S. State Department" → "State Department")."""
    from storyline.evaluation.corpus import repo_root

    path = repo_root() / "eval" / "gold" / "identities.json"
    if not path.exists():
        return {}
    table = json.loads(path.read_text(encoding="utf-8"))
    return {identity(k): identity(v) for k, v in table.get("same_as", {}).items()}


def identity(name: str) -> str:
    """A gold name as an identity: case-folded, accents dropped ("António" = "Antonio")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def cross_document(items: Sequence[tuple[str, str, str | None]]) -> dict[str, Any]:
    """Cross-article identity scores of (doc, gold identity, predicted key or None) items."""
    tp = gold_links = pred_links = 0
    for i, (doc_i, gold_i, key_i) in enumerate(items):
        for doc_j, gold_j, key_j in items[i + 1 :]:
            if doc_i == doc_j:
                continue
            same_gold = gold_i == gold_j
            same_key = key_i is not None and key_i == key_j
            gold_links += same_gold
            pred_links += same_key
            tp += same_gold and same_key
    p = tp / pred_links if pred_links else 0.0
    r = tp / gold_links if gold_links else 0.0
    key = [gold for _, gold, _ in items]
    response: list[Any] = [k if k is not None else ("none", i) for i, (_, _, k) in enumerate(items)]
    bp, br = _b3(key, response)
    n = len(items)
    bp, br = (bp / n, br / n) if n else (0.0, 0.0)
    recurring = {g for g, c in Counter(g for _, g in {(d, g) for d, g, _ in items}).items() if c > 1}
    return {
        "links": {"precision": p, "recall": r, "f1": _f1(p, r), "gold": gold_links, "predicted": pred_links},
        "b3": {"precision": bp, "recall": br, "f1": _f1(bp, br)},
        "recurring_identities": len(recurring),
    }


def identity_errors(items: Sequence[tuple[str, str, str | None]]) -> list[str]:
    """Gold identities given several keys across documents, and keys shared by several identities."""
    keys_of: dict[str, Counter[str | None]] = defaultdict(Counter)
    golds_of: dict[str, set[str]] = defaultdict(set)
    for _, gold, key in items:
        keys_of[gold][key] += 1
        if key is not None:
            golds_of[key].add(gold)
    out = [f"{gold!r} split over keys {dict(keys)}" for gold, keys in sorted(keys_of.items())
           if sum(keys.values()) > 1 and len(keys) > 1]
    out += [f"key {key!r} joins {sorted(golds)}" for key, golds in sorted(golds_of.items()) if len(golds) > 1]
    return out


def evaluate(gold_records: Iterable[dict[str, Any]], analyses: dict[str, Analysis]) -> dict[str, Any]:
    """Score ``analyses`` (doc key → Analysis) against gold actor records."""
    aliases = _identity_aliases()
    identities: list[tuple[str, str, str | None]] = []
    b3p = b3r = 0.0
    n_mentions = 0
    muc = [0, 0, 0, 0]
    country_ok = sector_ok = n_actors = 0
    unlocated: list[str] = []
    per_doc: dict[str, dict[str, float]] = {}
    errors: list[str] = []
    for rec in gold_records:
        doc = rec["doc"]
        analysis = analyses.get(doc)
        if analysis is None:
            continue
        text = analysis.article.text
        gold_spans: list[Span2] = []
        key: list[int] = []
        for ai, actor in enumerate(rec.get("actors", [])):
            for mention in actor.get("mentions", []):
                span = locate(text, mention)
                if span is None:
                    unlocated.append(f"{doc}: {mention}")
                    continue
                gold_spans.append(span)
                key.append(ai)
        predicted = [(m.start, m.end, a.id) for a in analysis.actors for m in a.mentions]
        matched = _match(gold_spans, predicted)
        response: list[Any] = [predicted[matched[i]][2] if i in matched else ("unmatched", i) for i in range(len(key))]
        p, r = _b3(key, response)
        b3p += p
        b3r += r
        n_mentions += len(key)
        for i, v in enumerate(_muc(key, response)):
            muc[i] += v
        per_doc[doc] = {"b3_f1": _f1(p / len(key), r / len(key)) if key else 0.0, "mentions": len(key)}
        by_id = {a.id: a for a in analysis.actors}
        for ai, actor in enumerate(rec.get("actors", [])):
            n_actors += 1
            owners = Counter(response[i] for i in range(len(key)) if key[i] == ai and i in matched)
            pred = by_id.get(owners.most_common(1)[0][0]) if owners else None
            gold_name = identity(str(actor.get("name") or ""))
            identities.append((doc, aliases.get(gold_name, gold_name), entity_key(pred) if pred is not None else None))
            if pred is not None and pred.country == actor.get("country"):
                country_ok += 1
            if pred is not None and pred.sector == actor.get("sector"):
                sector_ok += 1
            if pred is None or pred.country != actor.get("country") or pred.sector != actor.get("sector"):
                errors.append(
                    f"{doc}: {actor.get('name')} gold {actor.get('country')}/{actor.get('sector')} "
                    f"predicted {pred.name + ' ' if pred else ''}{pred.country if pred else None}/{pred.sector if pred else None}"
                )
    bp = b3p / n_mentions if n_mentions else 0.0
    br = b3r / n_mentions if n_mentions else 0.0
    mr = muc[0] / muc[1] if muc[1] else 0.0
    mp = muc[2] / muc[3] if muc[3] else 0.0
    return {
        "documents": len(per_doc),
        "mentions": n_mentions,
        "actors": n_actors,
        "b3": {"precision": bp, "recall": br, "f1": _f1(bp, br)},
        "muc": {"precision": mp, "recall": mr, "f1": _f1(mp, mr)},
        "country_accuracy": country_ok / n_actors if n_actors else 0.0,
        "sector_accuracy": sector_ok / n_actors if n_actors else 0.0,
        "cross_article": cross_document(identities),
        "identities": identities,
        "unlocated": unlocated,
        "per_doc": per_doc,
        "code_errors": errors,
    }


def format_table(scores: dict[str, Any]) -> str:
    lines = [
        f"actors: {scores['documents']} documents, {scores['actors']} gold actors, {scores['mentions']} mentions",
        f"{'metric':<18}{'precision':>10}{'recall':>10}{'f1':>10}",
    ]
    for name in ("b3", "muc"):
        s = scores[name]
        lines.append(f"{name.upper():<18}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>10.3f}")
    lines.append(f"{'country accuracy':<18}{scores['country_accuracy']:>30.3f}")
    lines.append(f"{'sector accuracy':<18}{scores['sector_accuracy']:>30.3f}")
    cross = scores["cross_article"]
    links = cross["links"]
    lines.append(f"{'cross-article':<18}{links['precision']:>10.3f}{links['recall']:>10.3f}{links['f1']:>10.3f}"
                 f"   (links between documents; {cross['recurring_identities']} identities in 2+ documents)")
    if scores["unlocated"]:
        lines.append(f"gold mentions not found in the text: {len(scores['unlocated'])}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``storyline eval actors [--verbose]``: run the pipeline over the gold docs and score."""
    from storyline.evaluation.corpus import SPLITS, analyse_documents, in_split, load_gold

    parser = argparse.ArgumentParser(prog="storyline eval actors", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--verbose", "-v", action="store_true", help="per-document scores and code errors")
    parser.add_argument(
        "--split", choices=SPLITS, default="all",
        help="story: the Korea story docs; extra: the varied-domain development docs; heldout: varied-domain docs nobody tunes on",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    gold = [r for r in load_gold("actors") if in_split(r["doc"], args.split)]
    analyses = analyse_documents({r["doc"] for r in gold})
    scores = evaluate(gold, analyses)
    print(format_table(scores))
    if args.verbose:
        for doc, s in scores["per_doc"].items():
            print(f"  {s['b3_f1']:.3f}  {s['mentions']:>4}  {doc}")
        for line in scores["code_errors"]:
            print("  code:", line)
        for line in scores["unlocated"]:
            print("  not found:", line)
        for line in identity_errors(scores["identities"]):
            print("  across articles:", line)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

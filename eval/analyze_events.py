"""Error analysis of the events step against eval/gold/events (stdlib + storyline only).

    .venv/bin/python eval/analyze_events.py [--split story|extra|heldout|all] [--doc SUBSTRING] [--quiet] [--dates]

Per gold event: matched or not, predicted vs gold type, source/target country, date; then
the false-positive predictions; then error counts grouped by cause. ``--dates`` prints only the
matched events whose date disagrees, with the paragraph before the sentence (GUIDE rule 10
inherits from the previous sentence or the paragraph, so that is the context to read). For the
``heldout`` split only the grouped counts are printed (no lines), so that split stays an
honest held-out figure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from storyline.evaluation.corpus import (
    HIDDEN_SPLITS,
    SPLITS,
    analyse_documents,
    in_split,
    load_gold,
    split_of,
)
from storyline.evaluation.events import match_document, normalise
from storyline.models import Analysis, Event
from storyline.nlp.events.knowledge import load_lexicon


def _actor(e: Event | None, role: str) -> str:
    if e is None:
        return "-"
    a = getattr(e, role)
    if a is None:
        return "None"
    return f"{a.name}/{a.country}"


def _gold_actor(g: dict[str, Any], role: str) -> str:
    a = g.get(role)
    if not a:
        return "None"
    return f"{a.get('name')}/{a.get('country')}"


def _in_quote(analysis: Analysis, needle: str) -> bool:
    text = analysis.article.text
    norm = normalise(text)
    pos = norm.find(needle)
    if pos < 0:
        return False
    # approximate: the normalised text keeps character positions close to the original
    return any(q.kind == "direct" and q.start - 5 <= pos <= q.end for q in analysis.quotes)


def _lemma_known(trigger: str) -> bool:
    lex = load_lexicon()
    words = trigger.lower().split()
    keys = set(lex.verbs) | set(lex.nouns) | set(lex.adjectives)
    for w in words:
        for cand in (w, w.rstrip("s"), w[:-2] if w.endswith("ed") else w, w[:-1] if w.endswith("d") else w,
                     w[:-3] if w.endswith("ing") else w, w[:-3] + "e" if w.endswith("ing") else w, w[:-2] + "y" if w.endswith("ied") else w):
            if cand in keys:
                return True
    return False


def analyse(split: str, doc_filter: str | None, quiet: bool) -> Counter[str]:
    gold = [g for g in load_gold("events") if in_split(g["doc"], split) and (not doc_filter or doc_filter in g["doc"])]
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    analyses = analyse_documents(set(by_doc))
    causes: Counter[str] = Counter()
    show = not quiet
    for doc, golds in by_doc.items():
        a = analyses.get(doc)
        shown = show and split_of(doc) not in HIDDEN_SPLITS
        if a is None:
            causes["document not analysed"] += len(golds)
            continue
        text = a.article.text
        pairs, fps = match_document(golds, a)
        matched = {id(g): e for g, e in pairs}
        if shown:
            print(f"\n=== {doc} (published {a.article.published})")
        for g in golds:
            e = matched.get(id(g))
            needle = normalise(g["sentence"])
            tag = "OK " if e is not None else "MISS"
            notes: list[str] = []
            if e is None:
                same_sent = [p for p in a.events if needle in normalise(text[p.sentence.start:p.sentence.end])]
                if _in_quote(a, needle):
                    cause = "miss: gold event inside a direct quote"
                elif any(p.type == g["type"] for p in same_sent):
                    cause = "miss: fewer events of this type in the sentence (one per source/target)"
                    notes.append("pred " + "; ".join(f"{p.type}:{p.trigger.text}" for p in same_sent))
                elif same_sent:
                    cause = "miss: only other types fired in the sentence"
                    notes.append("pred " + "; ".join(f"{p.type}:{p.trigger.text}" for p in same_sent))
                elif _lemma_known(g["trigger"]):
                    cause = "miss: trigger known, not fired (constraint/parse/args)"
                else:
                    cause = "miss: trigger word missing from lexicon"
                causes[cause] += 1
                notes.append(cause)
            else:
                for role in ("source", "target"):
                    ga, pa = g.get(role) or {}, getattr(e, role)
                    gc, pc = ga.get("country"), (pa.country if pa else None)
                    if gc == pc:
                        continue
                    if gc and pa is None:
                        c = f"{role}: argument not found"
                    elif gc and pc is None:
                        c = f"{role}: actor without country"
                    elif gc is None:
                        c = f"{role}: predicted country, gold none"
                    else:
                        c = f"{role}: wrong country"
                    causes[c] += 1
                    notes.append(c)
                gd, pd = g.get("date"), e.date
                if gd != pd:
                    if gd and pd is None:
                        c = "date: not resolved"
                    elif pd and gd is None:
                        c = "date: predicted, gold null (inherited/spurious)"
                    elif gd and pd and len(gd) != len(pd):
                        c = "date: precision differs"
                    else:
                        c = "date: wrong value"
                    causes[c] += 1
                    notes.append(c)
                if bool(g.get("negated")) != e.negated:
                    causes["negation wrong"] += 1
                    notes.append("negation")
            if shown:
                print(f"{tag} {g['type']:<9} trig={g['trigger']!r:<16} {g['sentence'][:90]!r}")
                print(f"     gold src={_gold_actor(g, 'source')} tgt={_gold_actor(g, 'target')} date={g.get('date')}")
                if e is not None:
                    print(f"     pred src={_actor(e, 'source')} tgt={_actor(e, 'target')} date={e.date} trig={e.trigger.text!r}")
                for n in notes:
                    print(f"     ! {n}")
        for e in fps:
            sent = text[e.sentence.start:e.sentence.end]
            gold_here = [g for g in golds if normalise(g["sentence"]) in normalise(sent)]
            c = "fp: sentence has gold of other type" if gold_here else "fp: no gold in sentence"
            causes[c] += 1
            causes[f"fp trigger {e.type}:{e.trigger.text.lower()}"] += 0  # keep key order readable
            if shown:
                print(f"FP  {e.type:<9} trig={e.trigger.text!r:<16} src={_actor(e, 'source')} tgt={_actor(e, 'target')} "
                      f"{'(gold: ' + ','.join(g['type'] for g in gold_here) + ')' if gold_here else ''} {sent[:90]!r}")
    return causes


def date_context(split: str, doc_filter: str | None) -> None:
    """Matched events whose date disagrees with the gold, with the paragraph before them."""
    if split in HIDDEN_SPLITS:
        print(f"--dates does not print the {split} split (it stays held out)")
        return
    gold = [g for g in load_gold("events") if in_split(g["doc"], split) and (not doc_filter or doc_filter in g["doc"])]
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    analyses = analyse_documents(set(by_doc))
    for doc, golds in by_doc.items():
        a = analyses.get(doc)
        if a is None or split_of(doc) in HIDDEN_SPLITS:
            continue
        text = a.article.text
        for g, e in match_document(golds, a)[0]:
            if g.get("date") == e.date:
                continue
            start, end = e.sentence.start, e.sentence.end
            para = text[max(text.rfind("\n\n", 0, start), 0):start].strip().replace("\n", " ")
            print(f"=== {doc} pub={a.article.published} {g['type']} trig={g['trigger']!r} "
                  f"gold={g.get('date')} pred={e.date}")
            print("   before:", para[-300:])
            print("   sentence:", text[start:end].strip()[:300])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--split", choices=SPLITS, default="story")
    p.add_argument("--doc", default=None, help="only documents whose key contains this")
    p.add_argument("--quiet", action="store_true", help="only the grouped counts")
    p.add_argument("--dates", action="store_true", help="only date disagreements, with their context")
    args = p.parse_args(argv)
    if args.dates:
        date_context(args.split, args.doc)
        return 0
    causes = analyse(args.split, args.doc, args.quiet)
    print("\n--- errors by cause")
    for cause, n in causes.most_common():
        if n:
            print(f"{n:4d}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

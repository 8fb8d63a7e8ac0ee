"""Throughput of storyline against bare spaCy on the same texts, with peak memory.

Each mode runs in its own process (so peak RSS is its own) over the same texts: the
sample corpus cleaned, repeated until it holds ~``--words`` words, each copy made unique
so no step can cache.

    python bench/throughput.py [--words 60000] [--out docs/performance-latest.md]

Modes:
  spacy       bare ``nlp.pipe`` of the same model over the cleaned texts (the baseline)
  foundation  storyline's clean + nlp steps only (what the foundation issue measured)
  pipeline    storyline's full pipeline (clean → nlp → actors → quotes → events), no store
  ingest      ``Storyline.ingest`` end to end: read files, pipeline, SQLite writes
and, inside the pipeline run, the seconds each step took (its share of spaCy's own time).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts(words: int) -> list[str]:
    from storyline.ingest.clean import clean_text
    from storyline.ingest.readers import read_inputs
    from storyline.models import RawDocument

    base = [clean_text(d.text).text for d in read_inputs([str(ROOT / "examples" / "story"), str(ROOT / "examples" / "seeds")])
            if isinstance(d, RawDocument)]
    texts, total, copy = [], 0, 0
    while total < words:
        for t in base:
            texts.append(f"{t}\n\nCopy {copy}.")
            total += len(t.split())
        copy += 1
    return texts


def run_mode(mode: str, words: int) -> dict[str, float]:
    texts = corpus_texts(words)
    n_words = sum(len(t.split()) for t in texts)
    if mode == "spacy":
        from storyline.nlp.model import load_nlp

        nlp = load_nlp()
        nlp("warm up")
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    elif mode in ("foundation", "pipeline"):
        from storyline.models import RawDocument
        from storyline.nlp import pipeline as pl
        from storyline.nlp.model import load_nlp

        load_nlp()("warm up")
        steps = ("clean", "nlp") if mode == "foundation" else pl.DEFAULT_STEPS
        pipeline = pl.Pipeline(steps)
        raws = [RawDocument(source=f"bench-{i}", text=t, published="2019-03-01") for i, t in enumerate(texts)]
        list(pipeline.run(raws[:2]))  # load knowledge files outside the timing
        step_seconds: dict[str, float] = {}
        run_batch = pl.Step.run_batch

        def timed(self: pl.Step, states: list[pl.DocState]) -> None:
            t = time.perf_counter()
            run_batch(self, states)
            step_seconds[self.name] = step_seconds.get(self.name, 0.0) + time.perf_counter() - t

        pl.Step.run_batch = timed  # type: ignore[method-assign]
        start = time.perf_counter()
        for _ in pipeline.run(raws, batch_size=16):
            pass
    elif mode == "ingest":
        from storyline.api import Storyline
        from storyline.nlp.model import load_nlp

        load_nlp()("warm up")
        tmp = Path(tempfile.mkdtemp(prefix="sl-bench-"))
        for i, t in enumerate(texts):
            (tmp / "in").mkdir(exist_ok=True)
            (tmp / "in" / f"{i:05d}.txt").write_text(t, encoding="utf-8")
        start = time.perf_counter()
        Storyline(tmp / "bench.db").ingest([str(tmp / "in")], published="2019-03-01")
        shutil.rmtree(tmp)
    else:
        raise SystemExit(f"unknown mode {mode}")
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"words": n_words, "docs": len(texts), "seconds": seconds, "words_per_s": n_words / seconds, "peak_mb": peak_mb}
    if mode in ("foundation", "pipeline"):
        out.update({f"step_{k}": v for k, v in step_seconds.items()})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=60_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each mode, in rotation (median reported)")
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help="also write the table to this file")
    args = ap.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.words)))
        return 0
    # Modes run in rotation (A B C D A B C D ...) and each figure is the median over the
    # repeats, so a drift in the machine's load touches every mode alike.
    runs: dict[str, list[dict[str, float]]] = {}
    for rep in range(args.repeat):
        for mode in ("spacy", "foundation", "pipeline", "ingest"):
            out = subprocess.run([sys.executable, __file__, "--mode", mode, "--words", str(args.words)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            runs.setdefault(mode, []).append(result)
            print(f"run {rep + 1}/{args.repeat} {mode}: {result['words_per_s']:,.0f} words/s", file=sys.stderr)
    rows = {mode: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for mode, rs in runs.items()}
    base = rows["spacy"]["words_per_s"]
    lines = [
        f"Corpus: the sample corpus repeated to {rows['spacy']['words']:,.0f} words in {rows['spacy']['docs']:.0f} documents; "
        f"one process per run, batch size 16, 1 worker; median of {args.repeat} runs per mode, modes in rotation.",
        "",
        "| mode | words/s | ratio to bare spaCy | seconds | peak RSS (MB) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for mode, label in (("spacy", "bare `nlp.pipe` (en_core_web_sm 3.8.0)"),
                        ("foundation", "storyline clean + nlp (the foundation)"),
                        ("pipeline", "storyline pipeline, all steps"),
                        ("ingest", "`storyline ingest` end to end (read + pipeline + SQLite)")):
        r = rows[mode]
        lines.append(f"| {label} | {r['words_per_s']:,.0f} | {r['words_per_s'] / base:.2f}× | {r['seconds']:.1f} | {r['peak_mb']:,.0f} |")
    steps = {k[5:]: v for k, v in rows["pipeline"].items() if k.startswith("step_")}
    nlp_s = steps.get("nlp", 0.0) or 1.0
    lines += ["", "Time per step inside the full pipeline run:", "",
              "| step | seconds | share of spaCy's (`nlp`) time |", "| --- | ---: | ---: |"]
    for name, sec in steps.items():
        lines.append(f"| {name} | {sec:.2f} | {sec / nlp_s:.0%} |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check the hand-written gold files (stdlib only).

Usage: python eval/validate_gold.py [eval/gold]

Checks: every line parses as JSON with the keys of eval/FORMAT.md; every doc key
resolves to an existing document (file, JSONL record `#id`, WARC response `#N`);
quote texts and event sentences occur in the document text after normalising
quotation marks, whitespace and repairing broken entities; every actor mention
`SURFACE#N` has at least N whole-word occurrences; event types, sectors and
country codes are well formed. Exit status 1 when anything is wrong.
"""
import contextlib
import glob
import gzip
import html
import json
import os
import re
import sys
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"])
SECTORS = set(["GOV", "MIL", "SPY", "JUD", "LEG", "COP", "OPP", "REB", "BUS", "MED", "NGO", "IGO", "CVL", "EDU"])
QT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "„": '"', "«": '"', "»": '"', "`": "'"})


def repair(s):
    for a, b in [("&amp;#39;", "'"), ("& # 39 ;", "'"), ("& # 39;", "'"), ("# 39;", "'")]:
        s = s.replace(a, b)
    s = re.sub(r"\b\d{8}\] ?", "", s)
    return html.unescape(s)


def html_text(h):
    h = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", h)
    # only the article paragraphs are the body (FORMAT.md / GUIDE.md); fall back to the page
    box = re.search(r"(?is)<article\b.*?</article>", h) or re.search(
        r"(?is)<div[^>]*class=[\"'][^\"']*story[^\"']*[\"'][^>]*>.*?</div>", h)
    paras = re.findall(r"(?is)<p\b[^>]*>(.*?)</p>", box.group(0)) if box else []
    if paras:
        return "\n\n".join(html.unescape(re.sub(r"<[^>]+>", " ", p)).strip() for p in paras)
    h = re.sub(r"(?i)</?(p|div|br|h\d|li|article|section)\b[^>]*>", "\n\n", h)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))


def warc_responses(path):
    raw = Path(path).read_bytes()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    out, pos = [], 0
    while True:
        i = raw.find(b"WARC/1.", pos)
        if i < 0:
            break
        hend = raw.find(b"\r\n\r\n", i)
        head = raw[i:hend].decode("utf-8", "replace")
        m = re.search(r"(?im)^Content-Length:\s*(\d+)", head)
        n = int(m.group(1)) if m else 0
        block = raw[hend + 4:hend + 4 + n]
        if re.search(r"(?im)^WARC-Type:\s*response", head):
            j = block.find(b"\r\n\r\n")
            out.append(block[j + 4:] if j >= 0 else block)
        pos = hend + 4 + n
    return out


def doc_text(key):
    path, _, rid = key.partition("#")
    full = os.path.join(ROOT, path)
    if path.startswith("seeds/"):
        for base in (os.path.join(ROOT, "..", "shared"), os.path.join(ROOT, "examples")):
            if os.path.exists(os.path.join(base, path)):
                full = os.path.join(base, path)
                break
    if not os.path.exists(full):
        raise FileNotFoundError(full)
    if path.endswith(".jsonl"):
        for line in Path(full).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if str(r.get("id")) == rid:
                for k in ("text", "body", "content"):
                    if r.get(k):
                        return repair(r[k])
                if r.get("html"):
                    return html_text(r["html"])
        raise KeyError(key)
    if path.endswith((".warc", ".warc.gz")):
        resp = warc_responses(full)
        return html_text(resp[int(rid) - 1].decode("utf-8", "replace"))
    s = read_text(full)
    if path.endswith((".html", ".htm")):
        return html_text(s)
    return repair(txt_body(s))


def read_text(full):
    """UTF-8 (with or without BOM) first; legacy files (cp1252/latin-1) as a fallback."""
    raw = Path(full).read_bytes()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def txt_body(s):
    """The body of a .txt article: without the headline line, or without an outlet line
    like `• Bloomberg` when the file starts with one (such files carry no headline)."""
    lines = s.split("\n")
    if lines and lines[0].strip():
        lines = lines[1:]
    return "\n".join(lines)


def norm(s):
    return " ".join(s.translate(QT).replace('"', " ").split()).casefold()


def ent_ok(e, where, errs):
    if e is None:
        return
    if not isinstance(e, dict) or "country" not in e or "sector" not in e:
        errs.append(f"{where}: bad actor {e!r}")
        return
    c, s = e.get("country"), e.get("sector")
    if c is not None and not re.fullmatch(r"[A-Z]{3,4}", c):
        errs.append(f"{where}: bad country {c!r}")
    if s is not None and s not in SECTORS:
        errs.append(f"{where}: bad sector {s!r}")


def main(argv):
    gold = argv[1] if len(argv) > 1 else os.path.join(ROOT, "eval", "gold")
    errs, cache, n = [], {}, 0

    def text(key, where):
        if key not in cache:
            try:
                cache[key] = doc_text(key)
            except Exception as e:
                cache[key] = None
                errs.append(f"{where}: doc {key!r} not found ({e})")
        return cache[key]

    for layer in ("docs", "quotes", "events", "actors"):
        for f in sorted(glob.glob(os.path.join(gold, layer, "*.jsonl"))):
            for ln, line in enumerate(Path(f).read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                where = f"{os.path.relpath(f, ROOT)}:{ln}"
                n += 1
                try:
                    r = json.loads(line)
                except ValueError as e:
                    errs.append(f"{where}: not JSON ({e})")
                    continue
                t = text(r.get("doc", ""), where)
                if layer == "docs":
                    p = r.get("published")
                    if p is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
                        errs.append(f"{where}: bad published {p!r}")
                elif layer == "quotes":
                    if r.get("kind") not in ("direct", "mixed", "indirect"):
                        errs.append(f"{where}: bad kind")
                    if r.get("speaker_kind") not in ("person", "organization", "anonymous", "unknown"):
                        errs.append(f"{where}: bad speaker_kind")
                    if t is not None and norm(r.get("text", "")) not in norm(t):
                        errs.append(f"{where}: quote text not in doc: {r.get('text')!r}")
                elif layer == "events":
                    if r.get("type") not in TYPES:
                        errs.append(f"{where}: bad type {r.get('type')!r}")
                    if t is not None and norm(r.get("sentence", "")) not in norm(t):
                        errs.append(f"{where}: sentence not in doc: {r.get('sentence')!r}")
                    if r.get("trigger") and norm(r["trigger"]) not in norm(r.get("sentence", "")):
                        errs.append(f"{where}: trigger not in sentence")
                    d = r.get("date")
                    if d is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                        errs.append(f"{where}: bad date {d!r}")
                    if not isinstance(r.get("negated"), bool):
                        errs.append(f"{where}: negated must be true/false")
                    ent_ok(r.get("source"), where, errs)
                    ent_ok(r.get("target"), where, errs)
                elif layer == "actors":
                    for a in r.get("actors", []):
                        ent_ok(a, where, errs)
                        for m in a.get("mentions", []):
                            surf, _, k = m.rpartition("#")
                            if not k.isdigit() or not surf:
                                errs.append(f"{where}: bad mention {m!r}")
                                continue
                            if t is not None:
                                c = len(re.findall(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", t))
                                if c < int(k):
                                    errs.append(f"{where}: {a.get('name')}: {m!r} but only {c} occurrence(s)")
    listed = set()
    for f in glob.glob(os.path.join(gold, "docs", "*.jsonl")):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                with contextlib.suppress(ValueError):
                    listed.add(json.loads(line).get("doc"))
    for layer in ("quotes", "events", "actors"):
        for f in sorted(glob.glob(os.path.join(gold, layer, "*.jsonl"))):
            for ln, line in enumerate(Path(f).read_text(encoding="utf-8").splitlines(), 1):
                try:
                    r = json.loads(line) if line.strip() else None
                except ValueError:
                    continue
                if r is None:
                    continue
                where = f"{os.path.relpath(f, ROOT)}:{ln}"
                if r.get("doc") not in listed:
                    errs.append(f"{where}: doc {r.get('doc')!r} has no line in gold/docs")
                if layer == "quotes" and not (r.get("text") or "").strip():
                    errs.append(f"{where}: empty quote text")
                if layer == "quotes" and r.get("speaker_kind") == "anonymous" and r.get("speaker"):
                    errs.append(f"{where}: anonymous quote with a speaker name")
                if layer == "events" and r.get("trigger") is not None and not r["trigger"].strip():
                    errs.append(f"{where}: empty trigger")
    for e in errs:
        print(e)
    print(f"{n} records checked, {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

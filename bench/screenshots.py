"""Screenshots of the web UI for docs/screenshots/, over the bundled sample corpus.

    .venv/bin/python bench/screenshots.py            # writes docs/screenshots/*.png

Ingests examples/seeds and examples/story into a temporary store, starts `storyline serve`
on a free loopback port, and photographs the home, article, actor, quotes, timeline and
network pages in Debian's headless Chromium (/usr/bin/chromium; never a downloaded browser).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from storyline.api import Storyline

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="sl-shots-"))
    db = tmp / "shots.db"
    sl = Storyline(db)
    print(sl.ingest([str(ROOT / "examples" / "seeds"), str(ROOT / "examples" / "story")]).summary())
    bolton = sl.quotes(speaker="Bolton", limit=1)["items"]
    article_id = bolton[0]["article_id"] if bolton else sl.articles(limit=1)["items"][0]["id"]
    quote_id = bolton[0]["id"] if bolton else None
    sl.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "serve", "--db", str(db), "--port", str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "/?q=denuclearization")
            page.screenshot(path=str(OUT / "home.png"))
            page.goto(base + f"/articles/{article_id}" + (f"#q{quote_id}" if quote_id else ""))
            page.wait_for_timeout(300)
            page.screenshot(path=str(OUT / "article.png"))
            page.goto(base + "/actors/person:mike-pompeo")
            page.screenshot(path=str(OUT / "actor.png"))
            page.goto(base + "/quotes")
            page.screenshot(path=str(OUT / "quotes.png"))
            page.goto(base + "/timeline")
            page.wait_for_selector("#timeline.ready")
            page.wait_for_timeout(500)
            page.screenshot(path=str(OUT / "timeline.png"))
            page.goto(base + "/network")
            page.wait_for_selector("#network.ready")
            page.wait_for_timeout(500)
            page.screenshot(path=str(OUT / "network.png"))
            browser.close()
    finally:
        proc.terminate()
        proc.wait(10)
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(ROOT), png.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

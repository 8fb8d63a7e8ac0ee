"""Human-readable output for the terminal: an article with its layers, an analysis summary."""

from __future__ import annotations

from typing import Any

import click


def _marked_text(text: str, quotes: list[dict[str, Any]]) -> str:
    """The article text with each quote wrapped in ⟦…⟧ and its speaker after it."""
    out, pos = [], 0
    for q in sorted(quotes, key=lambda q: q["start"]):
        if q["start"] < pos:
            continue
        sp = q["speaker"]
        who = sp.get("name") or sp.get("description") or "?"
        if sp.get("kind") == "anonymous":
            who = f"anonymous: {sp.get('description') or who}"
        out.append(text[pos : q["start"]])
        out.append(click.style("⟦" + text[q["start"] : q["end"]] + "⟧", fg="cyan"))
        out.append(click.style(f"[{who}]", fg="yellow"))
        pos = q["end"]
    out.append(text[pos:])
    return "".join(out)


def render_article(art: dict[str, Any]) -> None:
    click.echo(click.style(art.get("title") or "(untitled)", bold=True))
    meta = " · ".join(str(x) for x in (art.get("outlet"), art.get("published"), art.get("url"), art["id"]) if x)
    click.echo(meta)
    if art.get("duplicate_of"):
        click.echo(f"near-duplicate of {art['duplicate_of']}")
    click.echo("")
    click.echo(_marked_text(art["text"], art.get("quotes", [])))
    click.echo("")
    if art.get("actors"):
        click.echo(click.style("Actors", bold=True))
        for a in art["actors"]:
            codes = "/".join(x for x in (a.get("country"), a.get("sector")) if x)
            click.echo(f"  {a['name']} ({a['kind']}{', ' + codes if codes else ''}) ×{len(a.get('mentions', []))}")
    if art.get("events"):
        click.echo(click.style("Events", bold=True))
        for e in art["events"]:
            src = (e.get("source") or {}).get("name") or "?"
            tgt = (e.get("target") or {}).get("name") or "?"
            flags = (" not" if e.get("negated") else "") + (" maybe" if e.get("hypothetical") else "")
            click.echo(f"  {e.get('date') or '----------'} {e['type']}{flags}: {src} → {tgt} ({e['trigger']['text']})")
    if art.get("repairs"):
        click.echo(click.style(f"Repairs ({len(art['repairs'])})", bold=True))
        for r in art["repairs"][:20]:
            click.echo(f"  {r['kind']}: {r['before'][:60]!r} → {r['after'][:60]!r}")


def render_analysis(data: dict[str, Any]) -> None:
    render_article({**data["article"], "actors": data["actors"], "quotes": data["quotes"], "events": data["events"]})

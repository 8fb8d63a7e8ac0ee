"""The ``storyline`` command line: parse arguments, call :mod:`storyline.api`, print.

Every command takes ``--db PATH`` (or ``STORYLINE_DB``); list commands take ``--json``.
Errors are one line on stderr, ``storyline: error: ...``, exit 1 for a user error and 2
for a usage error; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from storyline import __version__
from storyline.errors import StorylineError

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "storyline.db"


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--published``: a real calendar day (``2018-12-08``; a timestamp's date part is taken)."""
    if value is None:
        return None
    from storyline.ingest.readers import normalize_date

    day = normalize_date(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2018-12-08")
    return day


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        default=lambda: os.environ.get("STORYLINE_DB", DEFAULT_DB),
        show_default="storyline.db or $STORYLINE_DB",
        type=click.Path(dir_okay=False),
        help="The SQLite store to use.",
    )(f)


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


def paging_options(f: F) -> F:
    f = click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1000), help="How many to show.")(f)
    return click.option("--offset", default=0, show_default=True, type=click.IntRange(0), help="How many to skip.")(f)


def emit_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def open_api(db: str, readonly: bool = True):  # type: ignore[no-untyped-def]
    from storyline.api import Storyline

    return Storyline(db, readonly=readonly)


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str]], title: str | None = None) -> None:
    """Print rows as a table on a terminal, as tab-separated lines when piped."""
    if not sys.stdout.isatty():
        for r in rows:
            click.echo("\t".join("" if r.get(k) is None else str(r.get(k)) for k, _ in columns))
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title, show_lines=False)
    for _, header in columns:
        t.add_column(header, overflow="fold")
    for r in rows:
        t.add_row(*("" if r.get(k) is None else str(r.get(k)) for k, _ in columns))
    Console().print(t)


def shorten(text: str | None, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="storyline")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """storyline: who said what, who did what to whom, and when — from news articles.

    \b
    Example:
      storyline ingest examples/            # read a folder of articles into storyline.db
      storyline quotes --speaker Bolton     # who said what
      storyline serve                       # browse at http://127.0.0.1:8000
    """
    ctx.obj = {"debug": debug}
    if debug:  # the pipeline's one-line warnings of a failed step get their tracebacks
        import logging

        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("storyline: %(levelname)s: %(message)s"))
        logger = logging.getLogger("storyline")
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)


# -- ingest -------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_published, help="Publication date (YYYY-MM-DD) for inputs that carry none; overrides what was found.")
@click.option("--outlet", help="Outlet name for these inputs; overrides what was found.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True, help="Who runs the pipeline.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes (one model each).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True, help="Documents per batch and per commit.")
@click.option("--max-bytes", type=click.IntRange(1), default=20 * 1024 * 1024, show_default=True, help="Largest file or record accepted.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra actor dictionary (YAML); repeatable.")
@db_option
@json_option
def ingest(
    paths: tuple[str, ...], published: str | None, outlet: str | None, engine: str, workers: int,
    batch_size: int, max_bytes: int, actor_files: tuple[str, ...], db: str, as_json: bool,
) -> None:
    """Read articles into the store: files, folders (recursive) or - for stdin.

    Formats: .txt, .html, .jsonl, .json, .warc, .warc.gz. Rerunning adds nothing twice;
    inputs that cannot be read are recorded with the reason (see `storyline rejected`).

    \b
    Examples:
      storyline ingest examples/
      storyline ingest dump.jsonl crawl.warc.gz --workers 2
      cat article.txt | storyline ingest - --published 2018-12-08 --outlet Bloomberg
    """
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise StorylineError(f"no such file or folder: {p}")
    from storyline.ingest_progress import ProgressReporter

    api = open_api(db, readonly=False)
    with ProgressReporter() as reporter:
        report = api.ingest(
            paths, published=published, outlet=outlet, engine=engine, workers=workers, batch_size=batch_size,
            max_bytes=max_bytes, actor_files=actor_files, progress=reporter.update,
        )
    if as_json:
        emit_json(report.to_dict())
    else:
        click.echo(report.summary())


# -- analyze ------------------------------------------------------------------------------
@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", callback=_published, help="Publication date (YYYY-MM-DD): relative dates resolve against it.")
@click.option("--title", help="Title to use instead of the one found.")
@click.option("--url", help="URL of the article.")
@click.option("--outlet", help="Outlet name to use instead of the one found.")
@json_option
@db_option
def analyze(files: tuple[str, ...], published: str | None, title: str | None, url: str | None, outlet: str | None, as_json: bool, db: str) -> None:
    """Run the whole pipeline on documents without storing them.

    One file prints one JSON object; several files, or a .jsonl file, print one object
    per document (JSON Lines) in input order, with article.source_id set to the file's
    path or the record's id. An unreadable input prints {"error": ..., "source_id": ...}
    and the rest go on.

    \b
    Examples:
      storyline analyze article.txt --published 2018-12-08 --json
      storyline analyze dump.jsonl --json > analyses.jsonl
    """
    from storyline.analyze_cmd import run_analyze

    code = run_analyze(files, published=published, title=title, url=url, outlet=outlet, as_json=as_json)
    if code:
        sys.exit(code)


# -- articles -----------------------------------------------------------------------------
@cli.command()
@click.option("--search", "q", help="Only articles whose text matches (full-text).")
@paging_options
@db_option
@json_option
def articles(q: str | None, limit: int, offset: int, db: str, as_json: bool) -> None:
    """List stored articles, newest first.

    \b
    Example:
      storyline articles --search denuclearization --json
    """
    page = open_api(db).articles(limit=limit, offset=offset, q=q)
    if as_json:
        emit_json(page)
        return
    rows = [dict(a, title=shorten(a["title"] or "(untitled)", 60)) for a in page["items"]]
    table(rows, [("id", "id"), ("published", "published"), ("outlet", "outlet"), ("title", "title"),
                 ("language", "lang"), ("quotes", "quotes"), ("anonymous_share", "anon share"), ("events", "events"),
                 ("duplicate_of", "duplicate of")],
          title=f"{page['total']} articles")


@cli.command()
@click.argument("article_id")
@db_option
@json_option
def show(article_id: str, db: str, as_json: bool) -> None:
    """Show one article with its quotes, actors and events marked.

    \b
    Example:
      storyline show 53f322741021a871
    """
    art = open_api(db).article(article_id)
    if as_json:
        emit_json(art)
        return
    from storyline.render import render_article

    render_article(art)


# -- quotes, actors, events ---------------------------------------------------------------
@cli.command()
@click.option("--speaker", help="Only quotes by this speaker (name or part of it).")
@click.option("--anonymous", is_flag=True, default=None, help="Only quotes from anonymous sources.")
@click.option("--named", is_flag=True, help="Only quotes from named sources.")
@click.option("--search", "q", help="Full-text search in the quoted words.")
@paging_options
@db_option
@json_option
def quotes(speaker: str | None, anonymous: bool | None, named: bool, q: str | None, limit: int, offset: int, db: str, as_json: bool) -> None:
    """Who said what: quotes with their speakers and sources.

    \b
    Examples:
      storyline quotes --speaker Bolton
      storyline quotes --anonymous --json
      storyline quotes --search "denuclearization"
    """
    anon = True if anonymous else (False if named else None)
    page = open_api(db).quotes(speaker=speaker, anonymous=anon, q=q, limit=limit, offset=offset)
    if as_json:
        emit_json(page)
        return
    rows = [
        {"speaker": (qq["speaker"]["name"] or qq["speaker"]["description"] or "?") + (" (anon)" if qq["speaker"]["kind"] == "anonymous" else ""),
         "kind": qq["kind"], "text": shorten(qq["text"]), "article": qq["article_id"]}
        for qq in page["items"]
    ]
    table(rows, [("speaker", "speaker"), ("kind", "kind"), ("text", "quote"), ("article", "article")], title=f"{page['total']} quotes")


@cli.command()
@click.option("--search", "q", help="Only actors whose name or alias matches.")
@click.option("--kind", type=click.Choice(["person", "organization", "country", "group"]), help="Only this kind.")
@paging_options
@db_option
@json_option
def actors(q: str | None, kind: str | None, limit: int, offset: int, db: str, as_json: bool) -> None:
    """Resolved actors across articles, most mentioned first.

    \b
    Example:
      storyline actors --kind person
    """
    page = open_api(db).actors(q=q, kind=kind, limit=limit, offset=offset)
    if as_json:
        emit_json(page)
        return
    table(page["items"], [("name", "name"), ("kind", "kind"), ("country", "country"), ("sector", "sector"),
                          ("articles", "articles"), ("mentions", "mentions"), ("quotes", "quotes"), ("events", "events")],
          title=f"{page['total']} actors")


@cli.command()
@click.argument("name")
@db_option
@json_option
def actor(name: str, db: str, as_json: bool) -> None:
    """One actor: aliases, roles, quotes and events.

    \b
    Example:
      storyline actor Pompeo
    """
    a = open_api(db).actor(name)
    if as_json:
        emit_json(a)
        return
    click.echo(f"{a['name']}  [{a['kind']}, {a['country'] or '?'}, {a['sector'] or '?'}]  key={a['key']}")
    if a["roles"]:
        click.echo("roles: " + "; ".join(a["roles"]))
    if a["aliases"]:
        click.echo("aliases: " + "; ".join(a["aliases"]))
    click.echo(f"{a['articles'] if isinstance(a['articles'], int) else len(a['articles'])} articles, {len(a['quotes'])} quotes, {len(a['events'])} events")
    for qq in a["quotes"][:20]:
        click.echo(f"  “{shorten(qq['text'], 100)}” ({qq['kind']}, {qq['article_id']})")
    for e in a["events"][:20]:
        click.echo(f"  {e['date'] or '----------'} {e['type']:<9} {(e['source'] or {}).get('name') or '?'} → {(e['target'] or {}).get('name') or '?'}")


@cli.command()
@click.option("--actor", help="Only events with this actor as source or target.")
@click.option("--type", "type_", help="Only this PLOVER type (CONSULT, ACCUSE, ...).")
@click.option("--since", help="Only events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only events on or before this date (YYYY-MM-DD).")
@paging_options
@db_option
@json_option
def events(actor: str | None, type_: str | None, since: str | None, until: str | None, limit: int, offset: int, db: str, as_json: bool) -> None:
    """Coded events (PLOVER), newest first.

    An event the text gives no date is placed at its article's publication date, which is
    shown in brackets: "(2019-06-21)" reads "reported on", not "happened on".

    \b
    Examples:
      storyline events --actor Pompeo --type CONSULT
      storyline events --since 2018-12-01 --json
    """
    page = open_api(db).events(actor=actor, type=type_, since=since, until=until, limit=limit, offset=offset)
    if as_json:
        emit_json(page)
        return
    rows = [
        {"date": e["date"] or _reported_on(e), "type": e["type"] + (" (not)" if e["negated"] else "") + (" (maybe)" if e["hypothetical"] else ""),
         "source": (e["source"] or {}).get("name"), "target": (e["target"] or {}).get("name"),
         "trigger": e["trigger"]["text"], "location": e["location"], "article": e["article_id"]}
        for e in page["items"]
    ]
    table(rows, [("date", "date"), ("type", "type"), ("source", "source"), ("trigger", "trigger"), ("target", "target"),
                 ("location", "where"), ("article", "article")], title=f"{page['total']} events")


def _reported_on(event: dict[str, Any]) -> str:
    published = (event.get("article") or {}).get("published")
    return f"({published[:10]})" if published else ""


@cli.command()
@db_option
@json_option
def rejected(db: str, as_json: bool) -> None:
    """Inputs that could not be ingested, with the reason.

    \b
    Example:
      storyline rejected --json
    """
    page = open_api(db).rejected()
    if as_json:
        emit_json(page)
        return
    table(page["items"], [("input", "input"), ("locator", "where"), ("reason", "reason"), ("time", "time")],
          title=f"{page['total']} rejected inputs")


@cli.command()
@click.option("--search", "q", help="Figures for one story: the articles matching this text.")
@db_option
@json_option
def stats(q: str | None, db: str, as_json: bool) -> None:
    """Corpus figures: articles, actors, quotes, the share resting on anonymous sources.

    \b
    Examples:
      storyline stats
      storyline stats --search Hanoi     # one story: how much rests on unnamed sources
    """
    s = open_api(db).stats(q=q)
    if as_json:
        emit_json(s)
        return
    for k, v in s.items():
        if v is not None:
            click.echo(f"{k:>18}: {v}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.argument("out", type=click.Path(file_okay=False))
@db_option
def export(fmt: str, out: str, db: str) -> None:
    """Export everything as flat tables (one file per table) into the folder OUT.

    \b
    Example:
      storyline export --format parquet exports/
    """
    for path in open_api(db).export(fmt, out):
        click.echo(str(path))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@db_option
def serve(host: str, port: int, db: str) -> None:
    """Serve the REST API under /api/ and the web UI at /.

    \b
    Example:
      storyline serve --port 8000   # then open http://127.0.0.1:8000
    """
    import uvicorn

    from storyline.web.app import create_app

    app = create_app(db)
    click.echo(f"storyline: serving {db} at http://{host}:{port}/ (API docs at /api/docs); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command(name="eval", context_settings={"ignore_unknown_options": True})
@click.argument("layer", type=click.Choice(["quotes", "events", "actors", "all"]))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def eval_cmd(layer: str, args: tuple[str, ...]) -> None:
    """Score the pipeline against the hand-annotated gold in eval/gold/.

    \b
    Examples:
      storyline eval quotes
      storyline eval all --json
    """
    import importlib

    layers = ["quotes", "actors", "events"] if layer == "all" else [layer]
    worst = 0
    for name in layers:
        module = importlib.import_module(f"storyline.evaluation.{name}")
        worst = max(worst, int(module.main(list(args))))
    if worst:
        sys.exit(worst)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI with one-line errors."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="storyline", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except click.exceptions.Abort:
        click.echo("storyline: error: aborted", err=True)
        return 1
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        click.echo(f"storyline: error: {exc.format_message()}{hint}", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"storyline: error: {exc.format_message()}", err=True)
        return 1
    except StorylineError as exc:
        if debug:
            raise
        click.echo(f"storyline: error: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("storyline: error: interrupted; rerun the same command to resume", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if debug:
            raise
        click.echo(f"storyline: error: internal error {type(exc).__name__}: {exc} (rerun with --debug and report it)", err=True)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

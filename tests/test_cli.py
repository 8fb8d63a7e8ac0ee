"""The command line as users meet it: exit codes, one-line errors, JSON shapes, examples in --help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.cli import cli, main

from .conftest import SEED_BLOOMBERG, SEED_CNN, run_cli


def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_an_example_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    for name in cli.commands:
        code, out, _ = invoke(capsys, name, "--help")
        assert code == 0 and "Example" in out and "storyline " in out, name
        if name not in ("eval",):
            assert "--db" in out, name


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["analyze", "/nonexistent/x.txt", "--json"], 1, "cannot analyze /nonexistent/x.txt: no such file"),
        (["ingest", "/nonexistent/dir"], 1, "no such file or folder: /nonexistent/dir"),
        (["show", "nope"], 1, "ingest articles first"),
        (["events", "--since", "yesterday"], 1, "since must be a date like 2018-12-08"),
        (["ingest"], 2, "Missing argument"),
        (["frobnicate"], 2, "No such command"),
        (["quotes", "--limit", "0"], 2, "0 is not in the range"),
        (["ingest", "/nonexistent/dir", "--published", "yesterday"], 2, "'yesterday' is not a date; use YYYY-MM-DD"),
        (["actor", " "], 1, "name an actor, e.g. `storyline actor Pompeo`"),
        (["analyze", "/nonexistent/x.txt", "--published", "2019-02-30", "--json"], 2, "'2019-02-30' is not a date"),
    ],
)
def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], code: int, message: str) -> None:
    db = str(tmp_path / "x.db")
    if args[0] == "events":
        assert main(["ingest", "--db", db, str(SEED_BLOOMBERG)]) == 0
        capsys.readouterr()
    got, _out, err = invoke(capsys, *args, "--db", db) if args[0] not in ("frobnicate",) else invoke(capsys, *args)
    assert got == code
    assert err.startswith("storyline: error: ") and err.count("\n") == 1 and message in err, err
    assert "Traceback" not in err


def test_missing_file_subprocess_has_no_traceback() -> None:
    p = run_cli("analyze", "/nonexistent/x.txt", "--json")
    assert p.returncode == 1 and p.stderr.startswith("storyline: error:") and "Traceback" not in p.stderr


def test_ingest_and_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    code, out, _ = invoke(capsys, "ingest", str(SEED_CNN), str(SEED_BLOOMBERG), "--db", db)
    assert code == 0 and out.startswith("2 ingested, 0 duplicates, 0 rejected (see storyline rejected)")
    code, out, _ = invoke(capsys, "articles", "--json", "--db", db)
    page = json.loads(out)
    assert page["total"] == 2 and {a["outlet"] for a in page["items"]} == {None, "Bloomberg"}
    aid = next(a["id"] for a in page["items"] if a["outlet"] == "Bloomberg")
    code, out, _ = invoke(capsys, "show", aid, "--json", "--db", db)
    art = json.loads(out)
    assert art["id"] == aid and {"quotes", "actors", "events", "repairs", "text"} <= set(art)
    for cmd in (["quotes"], ["actors"], ["events"], ["rejected"], ["stats"]):
        code, out, _ = invoke(capsys, *cmd, "--json", "--db", db)
        assert code == 0 and isinstance(json.loads(out), dict), cmd


def test_ingest_stdin_with_overrides(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    p = run_cli("ingest", "-", "--published", "2018-12-08", "--outlet", "Wire", "--db", db,
                input=b"Talks end early\n\nThe talks in Hanoi ended on Thursday without an agreement, diplomats said.")
    assert p.returncode == 0, p.stderr
    arts = json.loads(run_cli("articles", "--json", "--db", db).stdout)["items"]
    assert [(a["title"], a["outlet"], a["published"]) for a in arts] == [("Talks end early", "Wire", "2018-12-08")]


def test_analyze_contract_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(capsys, "analyze", str(SEED_BLOOMBERG), "--published", "2018-12-08", "--json")
    assert code == 0
    res = json.loads(out)
    art = res["article"]
    assert set(art) >= {"id", "title", "outlet", "published", "language", "text", "repairs"}
    assert art["outlet"] == "Bloomberg" and art["published"] == "2018-12-08" and art["language"] == "en"
    assert len(art["id"]) == 16 and "subscribing" not in art["text"]
    for key in ("actors", "quotes", "events"):
        assert isinstance(res[key], list)
    text = art["text"]
    for q in res["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    for a in res["actors"]:
        for m in a["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for e in res["events"]:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]


def test_analyze_many_is_json_lines_in_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text(
        json.dumps({"id": "r1", "text": "The envoy met officials on Friday, officials said."}) + "\n{oops\n"
        + json.dumps({"id": "r2", "text": "Talks ended on Thursday without an agreement, diplomats said."}) + "\n",
        encoding="utf-8",
    )
    code, out, err = invoke(capsys, "analyze", str(dump), str(SEED_CNN), "/nonexistent.txt", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    ids = [line.get("article", {}).get("source_id") or line.get("source_id") for line in lines]
    assert ids == ["r1", f"{dump}#line 2", "r2", str(SEED_CNN), "/nonexistent.txt"]
    assert "error" in lines[1] and "error" in lines[4]
    assert code == 1 and "could not be analysed" in err


def test_export_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    assert main(["ingest", str(SEED_BLOOMBERG), "--db", db]) == 0
    for fmt in ("jsonl", "csv", "parquet"):
        code, out, _ = invoke(capsys, "export", "--format", fmt, str(tmp_path / fmt), "--db", db)
        assert code == 0 and f"articles.{fmt}" in out


def test_user_actor_file_extends_the_knowledge(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  - name: Zorana Quillfeather\n    aliases: [Quillfeather]\n    country: NZL\n"
        "    roles:\n      - {title: Trade Envoy, sector: GOV}\n",
        encoding="utf-8",
    )
    art = tmp_path / "a.txt"
    art.write_text("Envoy visits\n\nQuillfeather met Japanese officials in Tokyo on Monday, her office said.", encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert main(["ingest", str(art), "--actors", str(extra), "--db", db]) == 0
    capsys.readouterr()
    code, out, _ = invoke(capsys, "actor", "Quillfeather", "--json", "--db", db)
    actor = json.loads(out)
    assert code == 0 and actor["name"] == "Zorana Quillfeather" and (actor["country"], actor["sector"]) == ("NZL", "GOV")


def test_broken_actor_file_is_a_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("actors:\n  - name: Someone\n    country: Narnia\n", encoding="utf-8")
    code, _, err = invoke(capsys, "ingest", str(SEED_BLOOMBERG), "--actors", str(extra), "--db", str(tmp_path / "b.db"))
    assert code == 1 and err.startswith("storyline: error: ") and "bad.yaml" in err and err.count("\n") == 1


def test_undated_events_show_their_report_date_in_brackets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    text = b"Envoys meet\n\nThe envoys met in Hanoi on Monday. North Korea later accused the United States of bad faith."
    assert run_cli("ingest", "-", "--published", "2019-03-01", "--db", db, input=text).returncode == 0
    code, out, _ = invoke(capsys, "events", "--db", db)
    lines = {line.split("\t")[1]: line.split("\t")[0] for line in out.splitlines() if "\t" in line}
    assert code == 0 and lines["CONSULT"] == "2019-02-25" and lines["ACCUSE"] == "(2019-03-01)", out

"""Engines: the process pool gives exactly what the in-process run gives."""

from __future__ import annotations

import pytest

from storyline.api import Storyline

from .conftest import SEED_BLOOMBERG, SEED_CNN


def _summary(db: str) -> list[tuple[str, int, int, int]]:
    sl = Storyline(db, readonly=True)
    out = []
    for a in sl.articles()["items"]:
        out.append((a["id"], a["quotes"], a["events"], len(sl.article(a["id"])["actors"])))
    return sorted(out)


@pytest.mark.slow
def test_process_pool_matches_in_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    paths = [str(SEED_CNN), str(SEED_BLOOMBERG), str(SEED_CNN.parent.parent / "story")]
    r1 = Storyline(one).ingest(paths, batch_size=4)
    r2 = Storyline(two).ingest(paths, batch_size=4, workers=2)
    assert r1.ingested == r2.ingested > 10
    assert _summary(one) == _summary(two)


def test_unknown_engine_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from storyline.errors import BadParameter

    with pytest.raises(BadParameter, match="unknown engine"):
        Storyline(str(tmp_path / "x.db")).ingest([str(SEED_CNN)], engine="spark")


@pytest.mark.slow
def test_ray_engine_matches_local(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same steps under Ray Data store exactly what the local engine stores."""
    local, ray_db = str(tmp_path / "local.db"), str(tmp_path / "ray.db")
    paths = [str(SEED_CNN), str(SEED_BLOOMBERG)]
    Storyline(local).ingest(paths)
    report = Storyline(ray_db).ingest(paths, engine="ray", workers=1)
    assert report.ingested == 2
    assert _summary(local) == _summary(ray_db)

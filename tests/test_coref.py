"""Rule-based coreference: pronouns and role nouns back to their actors."""

from __future__ import annotations

import pytest

from storyline.models import Analysis
from storyline.nlp import coref
from storyline.nlp.lookup import actor_at, mention_at
from storyline.nlp.pipeline import DocState
from tests.conftest import run_steps

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run() -> object:
    return lambda text, published=None: run_steps(text, ("nlp", "actors"), published)


def referent(state: DocState, needle: str, nth: int = 1) -> str | None:
    assert state.article is not None
    text = state.article.text
    k = -1
    for _ in range(nth):
        k = text.index(needle, k + 1)
    actor = actor_at(state, k, k + len(needle))
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("text", "needle", "nth", "expected"),
    [
        # nearest preceding subject of the right gender
        ("Mike Pompeo met Kang Kyung-wha in Seoul. He said talks would go on.", "He", 1, "Mike Pompeo"),
        ("Mike Pompeo met Kang Kyung-wha in Seoul. She said talks would go on.", "She", 1, "Kang Kyung-wha"),
        # a pronoun in the same sentence goes to that sentence's subject
        ("Pompeo told CNN that he will not set a timetable.", "he", 1, "Mike Pompeo"),
        # "he" inside Trump's own quote is someone else
        ("Trump praised Kim Jong Un. \u201cHe is a very capable man,\u201d Trump said.", "He", 1, "Kim Jong Un"),
        # "he said" after a quote takes the last narrated subject, not a name inside the quote
        ("John Bolton spoke to CBS. \u201cI am sure that Mike Pompeo will discuss this,\u201d he said.", "he", 1, "John Bolton"),
        # role nouns
        ("Secretary of State Mike Pompeo flew to Tokyo. Later the secretary met reporters.", "the secretary", 1, "Mike Pompeo"),
        ("President Donald Trump spoke. Bolton said the president was ready.", "the president", 1, "Donald Trump"),
        ("Stephen Biegun, the special representative, arrived. Trump praised the envoy.", "the envoy", 1, "Stephen Biegun"),
    ],
)
def test_resolution(run, text: str, needle: str, nth: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert referent(run(text, "2018-12-08"), needle, nth) == expected


def test_unresolvable_pronoun_stays_unresolved(run) -> None:  # type: ignore[no-untyped-def]
    state = run("It rained all day. He stayed home.")
    assert referent(state, "He") is None
    assert coref.resolve_pronoun(state, state.article.text.index("He")) is None


def test_pronoun_mentions_are_marked(run) -> None:  # type: ignore[no-untyped-def]
    state = run("Mike Pompeo landed. He said the secretary would rest.", "2018-12-08")
    found = mention_at(state, state.article.text.index("He"), state.article.text.index("He") + 2)
    assert found is not None and found[1].kind == "pronoun"
    m = mention_at(state, state.article.text.index("the secretary"), state.article.text.index("the secretary") + 13)
    assert m is not None and m[1].kind == "role" and m[0].name == "Mike Pompeo"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('He said "yes" and "no".', ['"yes"', '"no"']),
        ("\u201cWe are stuck,\u201d she said.", ["\u201cWe are stuck,\u201d"]),
        ("\u201cOpen to the end\nNext", ["\u201cOpen to the end"]),  # unclosed: runs to the paragraph end
    ],
)
def test_quote_spans(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in coref.quote_spans(text)] == spans


def test_lookup_prefers_the_mention_closest_in_length(run) -> None:  # type: ignore[no-untyped-def]
    state: DocState = run("Andy Kim, the Central Intelligence Agency\u2019s top Korea officer, met them.", "2018-12-08")
    text = state.article.text
    k = text.index("Central Intelligence Agency")
    actor = actor_at(state, k, k + len("Central Intelligence Agency"))
    assert actor is not None and actor.kind == "organization"
    analysis: Analysis = state.to_analysis()
    assert any(a.name == "Andy Kim" for a in analysis.actors)

"""The quotes step: given these articles, these quotes, of this kind, by these speakers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Quote
from tests.conftest import SEED_BLOOMBERG, SEED_CNN, run_steps

pytestmark = pytest.mark.slow

Analyze = Callable[[str], Analysis]


@pytest.fixture(scope="module")
def analyze() -> Analyze:
    """Clean, spaCy, actors and quotes (the model loads once for the module)."""
    return lambda text: run_steps(text, ("nlp", "actors", "quotes")).to_analysis()


@pytest.fixture(scope="module")
def bloomberg(analyze: Analyze) -> Analysis:
    return analyze(SEED_BLOOMBERG.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cnn(analyze: Analyze) -> Analysis:
    return analyze(SEED_CNN.read_text(encoding="utf-8"))


def find(analysis: Analysis, words: str) -> Quote:
    """The one quote whose text contains ``words``."""
    found = [q for q in analysis.quotes if words in q.text]
    assert len(found) == 1, f"{len(found)} quotes contain {words!r}: {[q.text for q in analysis.quotes]}"
    return found[0]


def surname(q: Quote) -> str:
    return (q.speaker.name or "").split()[-1] if q.speaker.kind != "anonymous" else "anonymous"


def assert_offsets(analysis: Analysis) -> None:
    text = analysis.article.text
    for q in analysis.quotes:
        assert text[q.start : q.end] == q.text
        assert q.sentence.start <= q.start and q.end <= q.sentence.end
        assert 0 < q.confidence <= 1


# --- seed 002 (Bloomberg, 2018-12-08) -------------------------------------------------------

BLOOMBERG = [
    ("The North Koreans are digging in", "direct", "Terry", "said", None),
    ("Are we closer to some sort of agreement?", "direct", "Terry", "said", None),
    ("Progress “has been good” and substantive talks continue", "mixed", "Pompeo", "told", "CNN"),
    ("Pompeo is growing exasperated", "indirect", "anonymous", "said", None),
    ("That’s forced the secretary to scale back", "indirect", "anonymous", "said", None),
    ("the bulk of denuclearization could be completed", "indirect", "Pompeo", "said", None),
    ("We always knew this would be a long road", "direct", "Palladino", "said", "a statement"),
    ("Secretary Pompeo entered into negotiations", "direct", "Palladino", "said", "a statement"),
    ("U.S. officials speak “regularly” with North Korean counterparts", "mixed", "Palladino", "saying", None),
    ("we don’t publicize every engagement", "direct", "Palladino", "adding", None),
    ("The Western media is completely missing", "direct", "Wit", "said", None),
    ("There evidently have been some working-level contacts", "direct", "Wit", "said", None),
    ("they reaffirmed their “ironclad alliance” and pledged", "mixed", "State Department", "said", None),
    ("They have not lived up to the commitments so far", "direct", "Bolton", "said", None),
    ("“going to discuss this and look at the commitments", "mixed", "Bolton", "said", None),
    ("It totally cuts Secretary of State Pompeo", "direct", "Pak", "said", "a Korea Society event in New York"),
    ("What is the incentive for North Korea", "direct", "Pak", "said", "a Korea Society event in New York"),
    ("Kim’s regime may feel emboldened", "indirect", "anonymous", "according to", None),
    ("to meet with Biegun “at the earliest opportunity", "mixed", "Pompeo", "invitation", None),
]


@pytest.mark.parametrize(("words", "kind", "speaker", "cue", "channel"), BLOOMBERG)
def test_bloomberg_quotes(bloomberg: Analysis, words: str, kind: str, speaker: str, cue: str, channel: str | None) -> None:
    q = find(bloomberg, words)
    assert q.kind == kind
    assert (q.speaker.name or "").endswith(speaker) if speaker != "anonymous" else q.speaker.kind == "anonymous"
    assert q.cue == cue
    if channel is not None:
        assert q.channel == channel


def test_bloomberg_offsets_and_no_comment(bloomberg: Analysis) -> None:
    assert_offsets(bloomberg)
    texts = " ".join(q.text for q in bloomberg.quotes)
    assert "comment on Kim’s travel" not in texts and "whether he met" not in texts
    assert "make Biegun available" not in texts


def test_bloomberg_anonymous_sources(bloomberg: Analysis) -> None:
    two = find(bloomberg, "Pompeo is growing exasperated").speaker
    assert two.count == 2
    assert two.description == (
        "Two people familiar with his thinking, who asked not to be identified discussing internal deliberations"
    )
    the_people = find(bloomberg, "That’s forced the secretary").speaker
    assert the_people.name == "the people" and the_people.count == 2


def test_bloomberg_named_speakers_resolve_to_actors(bloomberg: Analysis) -> None:
    terry = find(bloomberg, "The North Koreans are digging in").speaker
    assert terry.name == "Sue Mi Terry"
    assert terry.description is not None and terry.description.startswith("a former CIA analyst")
    pompeo = find(bloomberg, "has been good").speaker
    assert pompeo.kind == "person" and pompeo.name == "Mike Pompeo" and pompeo.actor_id is not None
    assert find(bloomberg, "ironclad alliance").speaker.kind == "organization"


def test_bloomberg_confidence_orders_kinds(bloomberg: Analysis) -> None:
    named_direct = find(bloomberg, "They have not lived up").confidence
    continuation = find(bloomberg, "Are we closer").confidence
    indirect = find(bloomberg, "the bulk of denuclearization").confidence
    assert named_direct > continuation > indirect


# --- seed 000 (CNN via machine translation) --------------------------------------------------

CNN = [
    ("I am sure that Secretary of State Mike Pompeo will discuss", "direct", "Bolton"),
    ("They are probably fed up with the fact", "direct", "anonymous"),
    ("he thinks that, whatever he does", "direct", "anonymous"),
    ("does not assess that KJU is acting in good faith", "mixed", "anonymous"),
    ("In the National Security Council, there are fears", "indirect", "anonymous"),
    ("he will not set a timetable for negotiations", "indirect", "Pompeo"),
    ("the administration had set a deadline", "indirect", "Bolton"),
    ("the top American diplomat should have some clarity", "indirect", "anonymous"),
    ("war games", "mixed", "Pompeo"),
    ("things are \"good\"", "mixed", "Trump"),
    ("looks forward to continuing our work", "mixed", "Pompeo"),
    ("very curious phenomenon", "mixed", "anonymous"),
]


@pytest.mark.parametrize(("words", "kind", "speaker"), CNN)
def test_cnn_quotes(cnn: Analysis, words: str, kind: str, speaker: str) -> None:
    q = find(cnn, words)
    assert q.kind == kind
    assert surname(q) == speaker


def test_cnn_channels_and_headings(cnn: Analysis) -> None:
    assert_offsets(cnn)
    assert find(cnn, "I am sure that Secretary").channel == "Face the Nation"
    assert find(cnn, "he will not set a timetable").channel == "CNN"
    assert all("Definitively Untrustworthy" not in q.text for q in cnn.quotes)
    source = find(cnn, "They are probably fed up").speaker
    assert source.kind == "anonymous" and source.name == "the source" and source.count == 1


@pytest.mark.parametrize("words", ["We'll see, we'll see", "I had a very good feeling about him"])
def test_cnn_he_said_is_trump(cnn: Analysis, words: str) -> None:
    assert find(cnn, words).speaker.name == "Donald Trump"


def test_cnn_he_said_quotes_are_direct_with_pronoun_confidence(cnn: Analysis) -> None:
    for words in ("We'll see, we'll see", "I had a very good feeling about him"):
        q = find(cnn, words)
        assert q.kind == "direct" and q.cue == "said" and q.speaker.kind == "person"
        assert q.confidence < 0.9


# --- real sentences ------------------------------------------------------------------------

SENTENCES = [
    # (text, words in the quote, kind, speaker surname or kind, cue, channel)
    (
        "Mr. Trump spoke in Hanoi. \"Sometimes you have to walk, and this was just one of those times,\" "
        "President Donald Trump said. Later the president left.",
        "Sometimes you have to walk", "direct", "Trump", "said", None,
    ),
    (
        "Secretary of State Mike Pompeo spoke on Sunday. “We know that they were not intercontinental ballistic "
        "missiles,” Pompeo said on “Fox News Sunday.” “They did not cross any international boundary.”",
        "They did not cross any international boundary", "direct", "Pompeo", "said", "Fox News Sunday",
    ),
    (
        "Trump, flying home aboard Air Force One, wrote on Twitter that his relationship with Kim remained “very good.”",
        "his relationship with Kim remained “very good", "mixed", "Trump", "wrote", "Twitter",
    ),
    (
        "“Both sides overreached,” said Jenny Town, an analyst at the Stimson Center.",
        "Both sides overreached", "direct", "Town", "said", None,
    ),
    (
        "A senior administration official who asked not to be named said the White House would not ease "
        "sanctions before North Korea took “concrete, verifiable steps.”",
        "the White House would not ease sanctions", "mixed", "anonymous", "said", None,
    ),
    (
        "Chung Eui-yong, Moon’s national security adviser, told reporters in Seoul that he would brief the "
        "North on the results of the talks.",
        "he would brief the North", "indirect", "Chung Eui-yong", "told", "reporters",
    ),
    (
        "Palladino seconded that view, saying U.S. officials speak “regularly” with North Korean counterparts.",
        "U.S. officials speak", "mixed", "Palladino", "saying", None,
    ),
    (
        "A spokesman for the Blue House, Kim Eui-kyeom, said Seoul will continue efforts to bring both sides "
        "back to the negotiating table.",
        "Seoul will continue efforts", "indirect", "Kim Eui-kyeom", "said", None,
    ),
]

SENTENCES += [
    (  # a sourced report noun with its content clause; unnamed media are an anonymous source
        "They point to recent South Korean media reports that Andy Kim, the CIA’s top Korea officer, met last "
        "week with North Korean officials in the demilitarized zone.",
        "Andy Kim, the CIA’s top Korea officer, met last week", "indirect", "anonymous", "reports", None,
    ),
    (  # the source a newspaper cites speaks, not the newspaper
        "The newspaper, citing an unidentified source, also said that Kim Yong Chol had been sent to a labor camp.",
        "Kim Yong Chol had been sent to a labor camp", "indirect", "anonymous", "said", None,
    ),
    (  # an unnamed report is an anonymous source
        "A report said the reactor had been shut down for weeks.",
        "the reactor had been shut down", "indirect", "anonymous", "said", None,
    ),
    (  # the parse runs the clause across the paragraph break; the fronted clause is the report
        "She said the talks had been “difficult but sincere.”\n\nSeoul gave in to Washington’s insistence on a "
        "one-year term, a senior South Korean official said on condition of anonymity, instead of the five-year "
        "deals the two sides have signed in the past.",
        "Seoul gave in to Washington’s insistence", "indirect", "anonymous", "said", None,
    ),
    (  # a name in apposition to a person noun is the speaker, whatever the entity label
        "Menezes denied wrongdoing. His lawyer, Ricardo Tavares, said the decision would be appealed.",
        "the decision would be appealed", "indirect", "Ricardo Tavares", "said", None,
    ),
    (  # "the operator X": an organisation, though the entity recogniser calls it a person
        "The freight operator Lijnvracht said it would cut 200 jobs.",
        "it would cut 200 jobs", "indirect", "Lijnvracht", "said", None,
    ),
    (  # a given name gives the gender: "she" is the Swedish minister, not the man named before
        "Lee Do-hoon, South Korea’s chief nuclear negotiator, joined some of the sessions. Margot Wallström, "
        "Sweden’s foreign minister, said the talks had been constructive. She said Sweden stood ready to help "
        "in any way the parties find useful.",
        "Sweden stood ready to help", "indirect", "Wallström", "said", None,
    ),
    (  # a letter's sender urges, not its addressee
        "In Washington, a bipartisan group of senators sent Trump a letter urging him not to ease sanctions "
        "unless North Korea takes “meaningful, verifiable” steps.",
        "not to ease sanctions", "mixed", "anonymous", "urging", None,
    ),
    (  # "he" goes on with the single anonymous source who spoke last, not a name from before
        "Josep Borrell called for restraint. A senior official at the interior ministry, who asked not to be "
        "identified, said police had acted lawfully. He said 40 people had been detained.",
        "40 people had been detained", "indirect", "anonymous", "said", None,
    ),
    (  # "she" is never a man: the gender from the given name rules him out
        "Henk de Vries, the chief executive, said the merger would go ahead. Anouk Bakker, a union leader, "
        "called it a mistake. “We will fight it,” she said.",
        "We will fight it", "direct", "Bakker", "said", None,
    ),
    (  # "accused X of …": X is the target; the misparsed subject noun speaks
        "Vice Foreign Minister Choe Son Hui said talks could stop. The vice minister accused Secretary of State "
        "Mike Pompeo of creating \"an atmosphere of hostility and mistrust\" at the summit.",
        "an atmosphere of hostility", "mixed", "Choe Son Hui", "accused", None,
    ),
    (  # a report inside someone's reported clause is how it reached us, not a second quote
        "Kim Yo Jong met Chung Eui-yong for 15 minutes. She told Chung that her brother hoped the two Koreas would "
        "continue to cooperate, according to the unification ministry in Seoul.",
        "her brother hoped the two Koreas", "indirect", "Kim Yo Jong", "told", "Chung",
    ),
    (  # a comma aside between the name and the cue; the quote before the break is someone else's
        "“Stepping across that line was a great honor,” Trump said as he stood beside Kim. “A lot of progress has "
        "been made.”\n\nKim, speaking through an interpreter, said the meeting showed the “excellent "
        "relationship” between the two men.",
        "the meeting showed", "mixed", "Kim Jong Un", "said", None,
    ),
    (  # an organisation the recogniser misses, introduced by a noun that says what it is
        "The Dutch transport union FNV Spoor said the merger would cost hundreds of jobs.",
        "the merger would cost hundreds of jobs", "indirect", "FNV Spoor", "said", None,
    ),
    (  # people a story gathers reactions from are unnamed sources
        "Families of the 346 people killed in the crashes said they would ask the judge to reject the deal.",
        "they would ask the judge", "indirect", "anonymous", "said", None,
    ),
    (  # a speech act whose object holds the speaker's quoted words is a mixed quote
        "Prime Minister Andrew Holness thanked Washington for its \"swift and generous\" response.",
        "swift and generous", "mixed", "Holness", "thanked", None,
    ),
    (  # ... unless someone's report holds it: the words are the reporter's
        "Pompeo said the North Korean side had requested the removal of sanctions \u201cthat would have put "
        "tens of billions of dollars\u201d into the regime\u2019s hands.",
        "tens of billions", "mixed", "Pompeo", "said", None,
    ),
    (  # unnamed organisations in the plural are unnamed sources; "the agency" would be a named one
        "Aid agencies said the reopening of the airport would be vital for relief flights.",
        "the reopening of the airport", "indirect", "anonymous", "said", None,
    ),
    (  # the recogniser calls the appositive name an ORG; the person noun before it says it is a person
        "Menezes denied wrongdoing. His lawyer, Ricardo Tavares, said his client had never taken a single real.",
        "his client had never taken", "indirect", "Tavares", "said", None,
    ),
    (  # a dateline is no speaker
        "MANILA — Secretary of State Mike Pompeo said on Friday that the United States still hoped to resume "
        "negotiations with North Korea.",
        "the United States still hoped", "indirect", "Pompeo", "said", None,
    ),
    (  # the parser makes the role noun the subject; the name before it speaks
        "In Seoul, Kim Eui-kyeom, the spokesman for President Moon Jae-in, said in a statement that the "
        "government welcomed the announcement.",
        "the government welcomed the announcement", "indirect", "Kim Eui-kyeom", "said", "a statement",
    ),
    (  # organisation anaphora by sector: "the agency" is the programme named before
        "The World Food Programme warned of shortages. The agency said 10 million people needed food aid.",
        "10 million people needed food aid", "indirect", "World Food Programme", "said", None,
    ),
]

# Where the reported words end: the speaker's own later acts and the writer's comments are
# not part of them; "and that …" continues the report (text, start of the quote, words it
# must end with).
EXTENTS = [
    (
        "In Seoul, the presidential Blue House said it was “very concerned” about the launches and called on "
        "the North to stop acts that escalate military tension on the Korean Peninsula.",
        "it was “very concerned", "about the launches",
    ),
    (
        "Geng Shuang told a regular briefing that the visit had been “a complete success” and dismissed "
        "suggestions that Xi would use North Korea as a bargaining chip.",
        "the visit had been “a complete success", "complete success",
    ),
    (
        "President Donald Trump said on Tuesday that he had received a “beautiful letter” from North Korean "
        "leader Kim Jong Un, the latest sign that the two men are trying to keep their diplomacy alive.",
        "he had received a “beautiful letter", "from North Korean leader Kim Jong Un",
    ),
    (
        "Moon, who is on a state visit to Norway, said in Oslo that dialogue with the North “must not stop,” "
        "and that he believed Kim would return to negotiations with the United States.",
        "dialogue with the North “must not stop", "would return to negotiations with the United States",
    ),
]


EXTENTS += [
    (  # "according to X" between a clause and a phrase: the clause is the report
        "Vietnam is widely seen as the most likely host, according to diplomats in the region, with both Hanoi "
        "and the coastal city of Da Nang under discussion.",
        "Vietnam is widely seen", "the most likely host",
    ),
    (  # a list after a colon belongs to the reported clause
        "Two US officials say that the top American diplomat should have some clarity on other issues: the "
        "return of the remains and a deadline for the destruction of a test site.",
        "the top American diplomat", "destruction of a test site",
    ),
]


EXTENTS += [
    (  # a cue inside a relative clause of the list does not end the report
        "Two US officials say that the top American diplomat should have some clarity on other issues: the "
        "return of the remains, a deadline for the destruction of a missile test site that President Donald Trump "
        "said was already dismantled and an idea of who will be his North Korean trading partner.",
        "the top American diplomat", "his North Korean trading partner",
    ),
    (  # a contrast after "while" is part of the report
        "Two people familiar with the planning said North Korea had pushed for Hanoi, where it has an embassy, "
        "while U.S. security officials favoured the resort city of Da Nang.",
        "North Korea had pushed for Hanoi", "the resort city of Da Nang",
    ),
    (  # the report spaCy hangs on the person told, as if a relative clause, starts after "that"
        "Bolton told a radio interviewer that Choe was \"inaccurate\" about the Hanoi meeting.",
        "Choe was", "about the Hanoi meeting",
    ),
    (  # one reported clause that spaCy splits into two complements starts at the first one's "that"
        "John Bolton told reporters in Tokyo on Saturday that the short-range missiles fired earlier this "
        "month violated United Nations resolutions, and that \"there is no doubt\" about it.",
        "the short-range missiles", "about it",
    ),
]


@pytest.mark.parametrize(("text", "start", "end"), EXTENTS)
def test_reported_clause_extent(analyze: Analyze, text: str, start: str, end: str) -> None:
    a = analyze(text)
    assert_offsets(a)
    assert len(a.quotes) == 1
    assert a.quotes[0].text.startswith(start) and a.quotes[0].text.endswith(end), a.quotes[0].text


@pytest.mark.parametrize(("text", "words", "kind", "speaker", "cue", "channel"), SENTENCES)
def test_sentences(
    analyze: Analyze, text: str, words: str, kind: str, speaker: str, cue: str, channel: str | None
) -> None:
    a = analyze(text)
    assert_offsets(a)
    q = find(a, words)
    assert q.kind == kind
    assert (q.speaker.name or "").endswith(speaker) if speaker != "anonymous" else q.speaker.kind == "anonymous"
    assert q.cue == cue
    assert q.channel == channel


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield, the author of “Talking to Pyongyang,” a history of nuclear negotiations, arrived.",
        "A few blocks away stands the Hoa Lo prison, which American prisoners called the “Hanoi Hilton.”",
        "\"Constant Conflict\"\n\nThe talks went on.",
        "A CIA spokeswoman declined to comment on Kim’s travel or confirm whether he met with officials.",
        "The new policy is a “game changer” for the region.",
        "Pompeo did not say when Kim would announce his decision.",
    ],
)
def test_not_quotes(analyze: Analyze, text: str) -> None:
    assert analyze(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("North Korean state media said the leaders exchanged in-depth and candid views.", "organization"),
        ("South Korean media said the envoy had met North Korean officials in the capital.", "anonymous"),
    ],
)
def test_state_media_is_an_institution(analyze: Analyze, text: str, kind: str) -> None:
    a = analyze(text)
    assert len(a.quotes) == 1 and a.quotes[0].speaker.kind == kind


def test_quote_over_two_paragraphs_keeps_its_speaker(analyze: Analyze) -> None:
    text = (
        "“We will wait with patience until the end of this year,” Kim said. “But it will be difficult to get "
        "such a good opportunity again.\n\n“We hope the United States will make a courageous decision.”\n\n"
        "The speech also criticized South Korea."
    )
    a = analyze(text)
    assert_offsets(a)
    assert all("Kim" in (q.speaker.name or "") for q in a.quotes) and len(a.quotes) == 3
    assert [q.kind for q in a.quotes] == ["direct", "direct", "direct"]


# --- evaluation ----------------------------------------------------------------------------


def test_evaluate_matches_by_token_overlap_and_scores_speakers() -> None:
    from storyline.evaluation.quotes import evaluate

    gold = [
        {"doc": "d", "text": "They have not lived up to the commitments so far", "kind": "direct",
         "speaker": "John Bolton", "speaker_kind": "person"},
        {"doc": "d", "text": "Pompeo is growing exasperated", "kind": "indirect",
         "speaker": None, "speaker_kind": "anonymous"},
        {"doc": "d", "text": "has been good", "kind": "mixed", "speaker": "Mike Pompeo", "speaker_kind": "person"},
    ]
    pred = [
        {"text": "“They have not lived up to the commitments so far,”", "kind": "direct",
         "speaker": "Bolton", "speaker_kind": "person"},
        {"text": "Pompeo is growing exasperated that there’s been no progress", "kind": "indirect",
         "speaker": "the people", "speaker_kind": "anonymous"},
        {"text": "an unrelated sentence about sanctions", "kind": "mixed", "speaker": "Kim", "speaker_kind": "person"},
    ]
    r = evaluate(gold, {"d": pred})
    assert r["overall"]["tp"] == 1 and r["overall"]["gold"] == 3 and r["overall"]["pred"] == 3
    assert r["direct"]["f1"] == 1.0 and r["mixed"]["f1"] == 0.0
    assert r["speaker_accuracy"] == 1.0
    assert r["anonymous_recall"] == 0.0  # "exasperated …" overlaps 4/10 < 0.5: not a match


def _quote_scores(split: str) -> dict:  # type: ignore[type-arg]
    from storyline.evaluation.corpus import analyse_documents, in_split, load_gold
    from storyline.evaluation.quotes import evaluate
    from storyline.nlp.pipeline import Pipeline

    gold = [g for g in load_gold("quotes") if in_split(g["doc"], split)]
    analyses = analyse_documents(sorted({g["doc"] for g in gold}), Pipeline(steps=("clean", "nlp", "actors", "quotes")))
    return evaluate(gold, analyses)


def test_gold_scores_do_not_regress() -> None:
    """Dev split (story + extra), pinned at the level reached (rounded down); see `storyline eval quotes`.
    Round 10, 1200 quotes (with extra-f and extra-g): overall 0.970, direct 0.989, mixed 0.958,
    indirect 0.963, quoted 0.974, speaker 0.935, anonymous recall 0.944 (the round-start code on
    extra-f / extra-g: speaker 0.767 / 0.847, on round 9's 987 dev quotes the final code 0.951).
    Round 11: the scorer matches organisation names by their content words (speaker 0.939 → 0.972 on
    those 1200 quotes with the same system). With extra-h (written blind this round), 1303 quotes:
    overall 0.965, direct 0.985, mixed 0.948, indirect 0.957, quoted 0.968, speaker 0.967, anonymous
    recall 0.933 (extra-h alone, round-start and final code: overall 0.903, anonymous recall 0.750).
    Round 14 with extra-j (written blind this round; speaker 0.874 round-start code, 0.884 final),
    1511 quotes: overall 0.965, direct 0.985, mixed 0.940, indirect 0.961, quoted 0.964, speaker
    0.961, anonymous 0.936 (the mixed and quoted pins go down only because extra-j joined)."""
    r = _quote_scores("dev")
    assert r["direct"]["f1"] >= 0.98
    assert r["mixed"]["f1"] >= 0.935
    assert r["quoted"]["f1"] >= 0.96
    assert r["indirect"]["f1"] >= 0.955
    assert r["overall"]["f1"] >= 0.96
    assert r["speaker_accuracy"] >= 0.96
    assert r["anonymous_recall"] >= 0.93


def test_heldout_scores_do_not_regress() -> None:
    """Held-out split (34 docs nobody tunes on, 518 quotes). Round 8: overall 0.941, direct 0.983,
    mixed 0.912, indirect 0.922, speaker 0.923, anonymous recall 0.877; round 9: the same, speaker
    0.925; round 10 on those 26 docs: speaker 0.931, anonymous 0.904. With heldout-4 (written blind
    this round): overall 0.946, direct 0.973, mixed 0.908, indirect 0.929, speaker 0.916, anon 0.892.
    Round 11 (organisation names scored by content words; heldout-5 added, written blind), 624
    quotes: overall 0.945, direct 0.971, mixed 0.904, indirect 0.931, speaker 0.940, anon 0.897.
    Round 12 added heldout-6; round 13 heldout-7 (written blind; speaker 0.873 round-start code,
    0.882 final), 841 quotes: overall 0.949, direct 0.975, mixed 0.911, indirect 0.940, speaker 0.932,
    anon 0.892 (the speaker pin goes down only because heldout-7 joined the split). Round 14 added
    heldout-8 and heldout-9 (written blind; speaker 0.942, anonymous recall 0.692 on them, round-start
    and final code alike), 978 quotes: overall 0.944, direct 0.978, mixed 0.910, indirect 0.931,
    speaker 0.934, anon 0.864 (the anonymous pin goes down only because the batches joined)."""
    r = _quote_scores("heldout")
    assert r["overall"]["f1"] >= 0.94
    assert r["direct"]["f1"] >= 0.975
    assert r["mixed"]["f1"] >= 0.905
    assert r["indirect"]["f1"] >= 0.93
    assert r["speaker_accuracy"] >= 0.93
    assert r["anonymous_recall"] >= 0.86


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        ("Unification Ministry", "Ministry of Unification", True),  # two names of one organisation
        ("Ministry of Unification", "South Korea's Unification Ministry", True),
        ("Mike Pompeo", "Michael Pompeo", True),  # same surname
        ("World Food Programme", "WFP", True),
        ("Ministry of Unification", "Foreign Ministry", False),
        # an organisation's content words in another order, its country as name or demonym
        ("Ministry of Foreign Affairs of China", "China Foreign Ministry", True),
        ("Ministry of Foreign Affairs of China", "Chinese Foreign Ministry", True),
        ("Ministry of Defence of Armenia", "Armenia Defense Ministry", True),
        ("Ministry of Foreign Affairs of Japan", "China Foreign Ministry", False),
        ("Ministry of Foreign Affairs of Japan", "Japan Trade Ministry", False),
    ],
)
def test_speakers_compared_through_knowledge_aliases(gold: str, pred: str, right: bool) -> None:
    from storyline.evaluation.quotes import speaker_right

    g = {"speaker": gold, "speaker_kind": "organization"}
    p = {"speaker": pred, "speaker_kind": "organization"}
    assert speaker_right(g, p) is right

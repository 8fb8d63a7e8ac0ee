"""Round 10: quote speakers on unseen wire text (datelines, unnamed office holders and
people, a country's army or police as one institution)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Speaker
from tests.conftest import run_steps

Analyze = Callable[[str], Analysis]


@pytest.fixture(scope="module")
def analyze() -> Analyze:
    """Clean, spaCy, actors and quotes (the model loads once for the module)."""
    return lambda text: run_steps(text, ("nlp", "actors", "quotes")).to_analysis()


def speakers(a: Analysis) -> list[tuple[str | None, str]]:
    return [(q.speaker.name, q.speaker.kind) for q in a.quotes]


@pytest.mark.slow
def test_dateline_is_no_part_of_the_speaker(analyze: Analyze) -> None:
    a = analyze(
        "NAIROBI - The Electoral Commission on Friday barred two candidates, saying their papers "
        "could not be checked."
    )
    assert [s for s, _ in speakers(a)] == ["Electoral Commission"]
    b = analyze("DHAKA (Reuters) - Bangladesh's main opposition leader said the vote had been rigged.")
    assert all(not (s or "").startswith(("-", "DHAKA")) for s, _ in speakers(b)), speakers(b)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "description"),
    [
        # plural office holders the text does not name
        ("The governors of Ohio and Iowa said on Monday they would not send any troops.",
         "The governors of Ohio and Iowa"),
        # an owned office whose holder is never named, also when the owner is a US state
        ("Texas's Republican governor said he would send more troops to the border.",
         "Texas's Republican governor"),
        # people the report meets without naming them
        ("In a video posted online, masked men said they belonged to the gang.", "masked men"),
    ],
)
def test_unnamed_people_are_anonymous(analyze: Analyze, text: str, description: str) -> None:
    a = analyze(text)
    assert len(a.quotes) == 1, [q.text for q in a.quotes]
    sp = a.quotes[0].speaker
    assert sp.kind == "anonymous", sp
    assert sp.description == description


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out on Sunday when, according to the Thai army, Cambodian troops fired on a patrol.",
        "Kenyan police said they had arrested four suspects in Nairobi on Friday.",
    ],
)
def test_a_national_force_is_an_organisation(analyze: Analyze, text: str) -> None:
    a = analyze(text)
    assert [k for _, k in speakers(a)] == ["organization"], speakers(a)


@pytest.mark.slow
def test_wire_dateline_with_date_and_agency(analyze: Analyze) -> None:
    a = analyze(
        "BERGEN, May 4 (Reuters) - Nordfisk, Norway's biggest salmon exporter, said on Monday it "
        "would contest the fine."
    )
    assert speakers(a) == [("Nordfisk", "organization")]


@pytest.mark.slow
def test_it_goes_on_with_the_body_that_was_the_subject(analyze: Analyze) -> None:
    a = analyze(
        "The Brussels regulator fined Velocar, a unit of Dutch group Hansa Holdings, last week.\n\n"
        "Velocar, which is owned by Hansa Holdings, said it would appeal. It said it had fixed the flaw "
        "within hours.\n\n"
        "Consumer group Verbraucherbund welcomed the fine but asked for refunds. \"A fine goes to "
        "the treasury. The customers get nothing,\" it said."
    )
    got = {q.text: q.speaker.name for q in a.quotes}
    assert got["it had fixed the flaw within hours"] == "Velocar", got
    assert got["A fine goes to the treasury. The customers get nothing"] == "Verbraucherbund", got


@pytest.mark.slow
def test_he_goes_on_with_the_person_who_just_spoke(analyze: Analyze) -> None:
    # the recogniser takes the rebel spokesman's name for an organisation, so the actors step
    # never offers him for "he": the speaker just before still does
    a = analyze(
        "\"We are using helicopters to drive them away,\" Colonel Julieto Ando said.\n\n"
        "MILF spokesman Eid Kabalu denied the rebels torched the homes. \"The military launched "
        "an air assault against us,\" he said."
    )
    got = {q.text: q.speaker.name for q in a.quotes}
    assert got["The military launched an air assault against us"] == "Eid Kabalu", got


@pytest.mark.slow
def test_a_report_of_several_verb_phrases_is_one_quote(analyze: Analyze) -> None:
    # spaCy hangs "had fixed …" on the cue as a second complement, the comma on the cue too
    a = analyze(
        "The firm said it had cooperated fully with the investigation, had fixed the server within "
        "hours of being alerted and had offered affected users a year of free credit monitoring."
    )
    assert [q.text for q in a.quotes] == [
        "it had cooperated fully with the investigation, had fixed the server within hours of being "
        "alerted and had offered affected users a year of free credit monitoring"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("The Fishermen's Federation filed a lawsuit against the port authority on Monday. The suit says "
         "the authority ignored repeated warnings about the pier.",
         "the authority ignored repeated warnings about the pier", "Fishermen's Federation"),
        ("The Supreme Court issued its ruling on Friday. The ruling said the tax law was unconstitutional.",
         "the tax law was unconstitutional", "Supreme Court"),
    ],
)
def test_a_filing_or_ruling_speaks_for_who_issued_it(analyze: Analyze, text: str, report: str, speaker: str) -> None:
    a = analyze(text)
    got = {q.text: (q.speaker.name, q.speaker.kind) for q in a.quotes}
    assert got.get(report) == (speaker, "organization"), got


@pytest.mark.slow
def test_the_union_goes_on_with_the_nearest_union(analyze: Analyze) -> None:
    a = analyze(
        "The app must stop storing data outside the European Union.\n\n"
        "Members of the Filcams-CGIL union staged a protest outside the headquarters on Monday, and "
        "the union said it would join the lawsuit."
    )
    assert speakers(a) == [("Filcams-CGIL", "organization")]


@pytest.mark.slow
def test_letters_speak_for_the_body_spelled_out_before(analyze: Analyze) -> None:
    a = analyze(
        "Jonas Phiri, who leads the United Democratic Alliance (UDA), said the count was rigged.\n\n"
        "The UDA said it would call a nationwide strike. The Independent Electoral Board (IEB) said it "
        "would publish every result sheet."
    )
    got = {q.text: q.speaker.name for q in a.quotes}
    assert got["it would call a nationwide strike"] == "United Democratic Alliance", got
    assert got["it would publish every result sheet"] != "IEB", got


@pytest.mark.slow
def test_a_lead_names_its_subject_in_the_next_paragraph(analyze: Analyze) -> None:
    a = analyze(
        "HARARE (AFP) - Zimbabwe's main opposition candidate on Monday asked the court to annul the "
        "vote, alleging that the count had been marred by ballot stuffing.\n\n"
        "Tendai Moyo, who leads the Citizens Coalition, said in his petition that 300,000 votes had been "
        "invented."
    )
    first = a.quotes[0]
    assert first.text == "the count had been marred by ballot stuffing"
    assert (first.speaker.name, first.speaker.kind) == ("Tendai Moyo", "person")
    assert first.speaker.description == "Zimbabwe's main opposition candidate"


@pytest.mark.slow
def test_a_lead_speaker_is_not_someone_named_later_in_the_story(analyze: Analyze) -> None:
    # an unnamed source in the lead ("a senior official") stays anonymous
    a = analyze(
        "A senior official said on Monday that the talks had failed.\n\n"
        "Tendai Moyo, the foreign minister, said the government would try again next month."
    )
    assert a.quotes[0].speaker.kind == "anonymous"


@pytest.mark.slow
def test_the_quotation_s_own_subject_does_not_speak(analyze: Analyze) -> None:
    # spaCy hangs the source after the closing mark inside the quotation ("are … source")
    a = analyze(
        "\"Those reports are accurate,\" a high-ranking source in the Russian Ministry of Foreign "
        "Affairs told Interfax today."
    )
    sp = only_speaker(a)
    assert sp.kind == "anonymous" and sp.name != "Those reports", sp


def only_speaker(a: Analysis) -> Speaker:
    assert len(a.quotes) == 1, [q.text for q in a.quotes]
    return a.quotes[0].speaker


@pytest.mark.slow
def test_the_filer_after_a_dateline_is_not_the_city(analyze: Analyze) -> None:
    a = analyze(
        "LIMA, Peru (AP) — A group representing relatives of the victims filed a lawsuit on Monday against "
        "the mining company.\n\nThe suit says inspectors had seen cracks in the dam in March."
    )
    got = {q.text: q.speaker for q in a.quotes}
    sp = got["inspectors had seen cracks in the dam in March"]
    assert sp.name not in ("LIMA", "The suit") and sp.kind == "anonymous", sp

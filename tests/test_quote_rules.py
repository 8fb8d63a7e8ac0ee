"""Quote detection and attribution rules for varied news (reported-clause extents, speakers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Quote
from tests.conftest import run_steps

Analyze = Callable[[str], Analysis]


@pytest.fixture(scope="module")
def analyze() -> Analyze:
    """Clean, spaCy, actors and quotes (the model loads once for the module)."""
    return lambda text: run_steps(text, ("nlp", "actors", "quotes")).to_analysis()


def quote_with(a: Analysis, words: str) -> Quote:
    found = [q for q in a.quotes if words in q.text]
    assert found, [(q.kind, q.text) for q in a.quotes]
    return found[0]


@pytest.mark.slow
def test_cue_after_a_quoted_paragraph_keeps_its_own_clause(analyze: Analyze) -> None:
    # spaCy hangs the quotation of the paragraph before on "said" as well
    a = analyze(
        "\"We have tried dialogue for more than a year,\" she told a news conference in Brussels. \"Europe "
        "cannot accept a policy that is designed to force our industry to move its production to "
        "Indonesia.\"\n\nLindqvist said the Commission had asked Jakarta to lift the ban and to scrap "
        "subsidies for its domestic smelters."
    )
    q = quote_with(a, "the Commission had asked Jakarta")
    assert q.kind == "indirect"
    assert q.text.endswith("for its domestic smelters")
    assert q.speaker.name and q.speaker.name.endswith("Lindqvist")


@pytest.mark.slow
def test_a_contrast_reported_by_someone_else_ends_the_clause(analyze: Analyze) -> None:
    a = analyze(
        "The employers' federation Lewiatan said the bank had waited too long, while the Polish Craft "
        "Association warned that small firms would be \"squeezed from both sides\" by rising costs."
    )
    q = quote_with(a, "the bank had waited too long")
    assert q.kind == "indirect" and q.text == "the bank had waited too long"
    assert quote_with(a, "squeezed").speaker.name == "Polish Craft Association"


@pytest.mark.slow
def test_the_speakers_second_act_misjoined_to_the_report(analyze: Analyze) -> None:
    a = analyze(
        "Chinese foreign ministry spokesman Guo Jiakun said at a regular briefing in Beijing that the US had "
        "no right to interfere in maritime issues between China and the Philippines and accused Washington "
        "of \"stoking confrontation\" in the region."
    )
    report = quote_with(a, "no right to interfere")
    assert report.kind == "indirect"
    assert report.text.endswith("between China and the Philippines")
    accusation = quote_with(a, "stoking confrontation")
    assert accusation.speaker.name == "Guo Jiakun"


@pytest.mark.slow
def test_second_complement_after_a_comma_is_the_same_report(analyze: Analyze) -> None:
    a = analyze(
        "Officials said about 120 people were still missing, most of them fishermen who had put to sea "
        "before the storm changed course."
    )
    q = quote_with(a, "120 people")
    assert q.text.endswith("before the storm changed course")


@pytest.mark.slow
def test_report_before_a_colon_and_the_quotation_after_it(analyze: Analyze) -> None:
    a = analyze(
        "One of the officials said the United States had not given up its leverage: "
        "\"We can snap these sanctions back at any moment.\""
    )
    kinds = sorted((q.kind, q.text) for q in a.quotes)
    assert kinds == [
        ("direct", "We can snap these sanctions back at any moment."),
        ("indirect", "the United States had not given up its leverage"),
    ]
    assert all(q.speaker.kind == "anonymous" for q in a.quotes)


@pytest.mark.slow
def test_an_appositive_name_of_an_organisation_speaks(analyze: Analyze) -> None:
    a = analyze("The U.N. peacekeeping mission, MONUSCO, said it was \"deeply concerned\" by the reports.")
    q = quote_with(a, "deeply concerned")
    assert (q.speaker.kind, q.speaker.name) == ("organization", "MONUSCO")


@pytest.mark.slow
def test_a_relative_clause_on_a_coordination_is_spoken_by_its_first_member(analyze: Analyze) -> None:
    a = analyze(
        "The case was brought in March by the Kenya Human Rights Commission and two other civil society "
        "groups, which argued that the system could be used to exclude minority communities."
    )
    q = quote_with(a, "the system could be used")
    assert q.speaker.kind == "organization" and q.speaker.name == "Kenya Human Rights Commission"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Interior Minister Laurent Nuñez said 87 people had been detained. He condemned what he called "
            "\"an intolerable violence\" and promised that those responsible would be prosecuted.",
            "an intolerable violence", "Laurent Nuñez",
        ),
        (
            "Interior Cabinet Secretary Daniel Mutua, speaking at a rally in Nakuru later on Monday, criticised "
            "what he called activists \"who want Kenya to remain in the analogue age.\"",
            "who want Kenya", "Daniel Mutua",
        ),
    ],
)
def test_what_the_speaker_called_is_his_wording(analyze: Analyze, text: str, words: str, speaker: str) -> None:
    q = quote_with(analyze(text), words)
    assert q.kind == "mixed" and q.speaker.name == speaker


@pytest.mark.slow
def test_what_a_report_called_stays_inside_the_report(analyze: Analyze) -> None:
    a = analyze("State media said Kim Jong Un personally oversaw what it called a \"strike drill.\"")
    assert not any(q.kind == "mixed" and q.text.strip(" .\"") == "strike drill" for q in a.quotes)


@pytest.mark.slow
def test_a_spokesman_relaying_a_persons_appeal(analyze: Analyze) -> None:
    a = analyze(
        "The United Nations Secretary-General António Guterres urged both countries to exercise maximum "
        "restraint, his spokesman said in New York."
    )
    q = quote_with(a, "urged both countries")
    assert q.speaker.kind == "person" and q.speaker.name and q.speaker.name.endswith("Guterres")


@pytest.mark.slow
def test_a_counted_set_of_unnamed_bodies_is_anonymous(analyze: Analyze) -> None:
    a = analyze("Three Indian soldiers and two Pakistani soldiers were killed, the two armies said.")
    q = quote_with(a, "soldiers were killed")
    assert q.speaker.kind == "anonymous" and q.speaker.description == "the two armies"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "CGT leader Sophie Binet said the eight main unions would meet on Friday to decide on further "
            "action and did not rule out a rolling strike in the rail and energy sectors.",
            "to decide on further action",
        ),
        (
            "President Donald Trump said the two could meet again but declined to set a date.",
            "the two could meet again",
        ),
    ],
)
def test_the_speakers_refusal_ends_the_report(analyze: Analyze, text: str, end: str) -> None:
    a = analyze(text)
    assert next(q.text for q in a.quotes if q.kind == "indirect").endswith(end)


@pytest.mark.slow
def test_a_name_its_appositive_calls_an_organisation(analyze: Analyze) -> None:
    a = analyze(
        "BEUC, the European consumer organisation, said users had been \"blackmailed into giving up their "
        "privacy\" and urged the commission to act."
    )
    q = quote_with(a, "blackmailed")
    assert (q.speaker.kind, q.speaker.name) == ("organization", "BEUC")


@pytest.mark.slow
def test_according_to_a_statement_from_a_body(analyze: Analyze) -> None:
    a = analyze("Prices rose 3 percent in May, according to a statement from the Dutch central bank DNB.")
    q = quote_with(a, "Prices rose")
    assert q.speaker.kind == "organization" and "statement" not in (q.speaker.name or "")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Locals said the river had burst its banks overnight.", "anonymous"),
        ("Two rescuers said the road to the village had been cut off by mudslides.", "anonymous"),
        ("The watchdog said it would open an investigation into the merger.", "organization"),
        ("The federation said it was cooperating fully with investigators.", "organization"),
    ],
)
def test_speakers_of_other_domains(analyze: Analyze, text: str, kind: str) -> None:
    a = analyze(text)
    assert [q.speaker.kind for q in a.quotes] == [kind]


@pytest.mark.slow
def test_a_fronted_clause_with_a_fragment_before_a_trailing_cue(analyze: Analyze) -> None:
    a = analyze("The North would prepare for \"every possible situation,\" Kim said, according to the agency.")
    q = quote_with(a, "every possible situation")
    assert q.kind == "mixed" and q.text.startswith("The North would prepare for")


@pytest.mark.slow
def test_calling_in_a_relative_clause_on_an_occasion_is_speech(analyze: Analyze) -> None:
    a = analyze(
        "The demand echoed a 2018 episode in which North Korea called the secretary’s requests “gangster-like.” "
        "The prison, which American prisoners called the “Hanoi Hilton,” is now a museum."
    )
    assert [(q.kind, q.speaker.name) for q in a.quotes] == [("mixed", "North Korea")]


@pytest.mark.slow
def test_a_sentence_hung_on_a_later_cue_is_not_its_report(analyze: Analyze) -> None:
    a = analyze(
        "North Korea fired a barrage of short-range projectiles into the sea off its east coast on Saturday, "
        "its first such launch since talks with the United States stalled, and state media said Kim Jong Un "
        "personally oversaw the drill."
    )
    assert [q.text for q in a.quotes] == ["Kim Jong Un personally oversaw the drill"]


@pytest.mark.slow
def test_a_threat_carries_the_threatener_s_words(analyze: Analyze) -> None:
    a = analyze(
        "US officials have repeatedly described European tech rules as discriminatory, and President Donald "
        "Trump threatened last month to impose tariffs on countries whose digital taxes \"attack\" American "
        "companies."
    )
    q = quote_with(a, "attack")
    assert q.speaker.name == "Donald Trump"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The ministry expressed “deep concern” over the clashes on the border.", "deep concern"),
        ("The union demanded “an immediate and unconditional withdrawal” of the reform.", "unconditional"),
    ],
)
def test_expressing_or_demanding_quoted_words(analyze: Analyze, text: str, words: str) -> None:
    q = quote_with(analyze(text), words)
    assert q.kind == "mixed" and q.speaker.kind == "organization"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Those close to the president say he is furious.", "Others said the plan would fail."])
def test_describing_pronouns_are_unnamed_sources(analyze: Analyze, text: str) -> None:
    assert [q.speaker.kind for q in analyze(text).quotes] == ["anonymous"]


@pytest.mark.slow
def test_two_that_clauses_under_one_cue_are_one_report(analyze: Analyze) -> None:
    a = analyze("Finance Minister Anna Berg said that the budget was balanced, and that taxes would not rise.")
    assert [q.text for q in a.quotes] == ["the budget was balanced, and that taxes would not rise"]


@pytest.mark.slow
def test_chanted_words_are_direct_speech(analyze: Analyze) -> None:
    a = analyze("\"We are not going anywhere,\" the protesters chanted outside parliament.")
    q = quote_with(a, "not going anywhere")
    assert q.kind == "direct" and q.speaker.kind == "anonymous"


@pytest.mark.slow
def test_a_cue_set_off_inside_the_clause_it_reports(analyze: Analyze) -> None:
    a = analyze("The death toll, officials said on Tuesday, had risen to 45.")
    q = quote_with(a, "had risen to 45")
    assert q.kind == "indirect" and q.text.startswith("The death toll") and q.speaker.kind == "anonymous"


@pytest.mark.slow
def test_according_to_inside_the_clause_it_sources(analyze: Analyze) -> None:
    a = analyze("The plan, according to two officials, would cut spending by a third.")
    q = quote_with(a, "would cut spending")
    assert q.text.startswith("The plan") and q.speaker.kind == "anonymous"


@pytest.mark.slow
def test_report_inside_a_report_is_the_outer_speakers(analyze: Analyze) -> None:
    # the ministry's warning is what the official said (eval/GUIDE.md, whose words)
    a = analyze(
        "A senior ministry official, who was not authorized to speak to the press, said the government "
        "was prepared to raise its offer. The official said the Finance Ministry had warned that a larger "
        "increase would breach the fiscal deficit target."
    )
    q = quote_with(a, "larger increase")
    assert q.text.startswith("the Finance Ministry had warned that")
    assert q.speaker.kind == "anonymous"
    assert not [x for x in a.quotes if x.text.startswith("a larger increase")]


@pytest.mark.slow
def test_speech_verb_after_the_cue_is_part_of_the_report(analyze: Analyze) -> None:
    a = analyze(
        "Education Minister Rosa Huamán said on Tuesday night that the ministry had declared the strike "
        "illegal and that teachers who stayed away would have their pay docked."
    )
    q = quote_with(a, "declared the strike illegal")
    assert q.text.startswith("the ministry had declared")
    assert q.speaker.name == "Rosa Huamán"
    assert len(a.quotes) == 1


@pytest.mark.slow
def test_speakers_the_parse_joined_to_the_clause_before(analyze: Analyze) -> None:
    a = analyze(
        "Security forces opened fire on protesters in the port city of Douala on Monday, killing at least four "
        "people, as demonstrations spread over the arrest of opposition leader Jean-Claude Ndongo, witnesses "
        "and a hospital official said."
    )
    q = quote_with(a, "opened fire")
    assert q.speaker.kind == "anonymous"
    assert q.speaker.description == "witnesses and a hospital official"
    assert q.text.endswith("opposition leader Jean-Claude Ndongo")


@pytest.mark.slow
def test_welcomed_as_quoted_words_is_mixed(analyze: Analyze) -> None:
    a = analyze("The regulator welcomed the divestiture as \"a meaningful first step\" toward more competition.")
    q = quote_with(a, "meaningful first step")
    assert q.kind == "mixed" and q.text.startswith("the divestiture as")


@pytest.mark.slow
def test_past_act_after_a_modal_report_ends_it(analyze: Analyze) -> None:
    # "rejected" cannot be under "would": it is Farouk's act, and "what he called" is his wording
    a = analyze(
        "Farouk said the government would not cut the bread subsidy, which feeds about 70 million people, and "
        "rejected what he called \"arbitrary deadlines\" for the sale of stakes in state companies."
    )
    q = quote_with(a, "bread subsidy")
    assert q.kind == "indirect" and q.text.endswith("about 70 million people")
    q = quote_with(a, "arbitrary deadlines")
    assert q.kind == "mixed" and q.text.replace('"', "") == "arbitrary deadlines"


@pytest.mark.slow
def test_second_that_clause_after_and_is_the_same_report(analyze: Analyze) -> None:
    a = analyze(
        "Two officials at the state's emergency management office, who were not authorized to speak publicly, "
        "said shelters in Redmond and Prineville were near capacity and that the state had asked Washington "
        "and Idaho to send additional fire crews under a regional mutual aid pact."
    )
    q = quote_with(a, "near capacity")
    assert q.text.endswith("under a regional mutual aid pact")


@pytest.mark.slow
def test_what_he_called_as_an_object_is_no_report(analyze: Analyze) -> None:
    a = analyze(
        "China's ambassador, Fu Cong, said the cuts sent \"the wrong signal at the worst possible moment\" and "
        "criticized what he called pressure on smaller council members."
    )
    assert not [q for q in a.quotes if q.text.startswith("what he called")]


@pytest.mark.slow
def test_cue_with_its_subject_after_it_ends_the_sentence(analyze: Analyze) -> None:
    a = analyze(
        "The Tajik side has other version. Tajik troops opened fire at the patrol. One Tajik soldier was "
        "wounded, reported the state agency Khovar."
    )
    q = quote_with(a, "soldier was wounded")
    assert q.kind == "indirect" and q.text == "One Tajik soldier was wounded"
    assert q.speaker.name == "Khovar"


def test_a_clause_the_parser_hangs_on_the_channel_noun_is_the_report(analyze: Analyze) -> None:
    """"Gazprom said in a statement that X owed …": spaCy makes the that-clause a complement of
    "statement", not of "said"; it is still what Gazprom said, and both that-clauses are."""
    a = analyze("Gazprom said in a statement that Transnistria's gas company Tiraspoltransgaz owed more than "
                "$700 million and that supplies would resume only after a repayment schedule was agreed.")
    q = quote_with(a, "owed more than $700 million")
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == "Gazprom"
    assert not q.text.endswith("that")


@pytest.mark.parametrize("text, words, speaker", [
    ('The ELN agreed on Thursday to suspend "offensive operations" for 30 days, according to a statement from '
     "the Cuban foreign ministry.", "agreed on Thursday to suspend", "ministry"),
    ('According to the ministry, the rebels had "no intention" of laying down their arms.', "laying down", "ministry"),
])
def test_a_fragment_in_a_clause_according_to_someone_is_a_mixed_quote(
        analyze: Analyze, text: str, words: str, speaker: str) -> None:
    q = quote_with(analyze(text), words)
    assert q.kind == "mixed"
    assert q.speaker is not None and q.speaker.name is not None and q.speaker.name.lower().endswith(speaker)
    assert "according" not in q.text.lower()


def test_the_speakers_next_speech_act_ends_the_report(analyze: Analyze) -> None:
    """"said she hoped X, adding: “…”": the participle is the speaker's next speech act, so the
    report ends before it and both are quotes; "demanded a cut, arguing that …" is the one who
    demands arguing, inside the report."""
    a = analyze('Jara said she hoped both sides would return to the table this week, adding: '
                '"Chile needs this mine running."')
    assert quote_with(a, "return to the table").kind == "indirect"
    assert quote_with(a, "Chile needs this mine running").kind == "direct"
    b = analyze("Several diplomats said Washington had demanded a cut of 4,000 troops, arguing that the mission "
                "had failed to protect civilians.")
    assert "failed to protect civilians" in quote_with(b, "demanded a cut").text

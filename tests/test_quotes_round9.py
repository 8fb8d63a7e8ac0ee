"""Round 9: quote and speaker rules found on real news text (sentences written for the tests)."""

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
def test_quoted_as_saying_gives_the_words_to_the_one_quoted(analyze: Analyze) -> None:
    a = analyze(
        "The state news agency quoted the interior minister as saying that the border would stay closed.\n\n"
        "\"We will not negotiate under pressure,\" the agency quoted a senior negotiator as saying."
    )
    q = quote_with(a, "the border would stay closed")
    assert q.kind == "indirect"
    assert q.speaker.name == "the interior minister"
    q = quote_with(a, "We will not negotiate")
    assert q.speaker.kind == "anonymous"
    assert q.speaker.name == "a senior negotiator"


@pytest.mark.slow
def test_clause_before_cited_as_saying_is_the_report(analyze: Analyze) -> None:
    a = analyze("Four soldiers were wounded in the ambush near the river, a local radio station cited police sources as saying.")
    q = quote_with(a, "Four soldiers were wounded")
    assert q.kind == "indirect"
    assert q.text == "Four soldiers were wounded in the ambush near the river"
    assert q.speaker.kind == "anonymous"
    assert q.speaker.description == "police sources"


@pytest.mark.slow
def test_number_of_unnamed_people_is_an_anonymous_source(analyze: Analyze) -> None:
    a = analyze("Two of the officials said the plan had been shelved for at least a year.")
    q = quote_with(a, "the plan had been shelved")
    assert q.speaker.kind == "anonymous"
    assert q.speaker.name == "Two of the officials"
    assert q.speaker.count == 2


@pytest.mark.slow
def test_time_of_the_saying_is_not_part_of_the_report(analyze: Analyze) -> None:
    a = analyze(
        "The ministry said on Tuesday the negotiations had broken down over fishing rights.\n\n"
        "The company said Wednesday it would appeal the ruling.\n\n"
        "The mayor said that on Monday the council had approved the budget."
    )
    assert quote_with(a, "negotiations had broken").text == "the negotiations had broken down over fishing rights"
    assert quote_with(a, "appeal the ruling").text == "it would appeal the ruling"
    # after "that" the time belongs to the reported clause
    assert quote_with(a, "the council had approved").text == "on Monday the council had approved the budget"


@pytest.mark.slow
def test_day_misparsed_into_the_reported_subject(analyze: Analyze) -> None:
    a = analyze("The foreign ministry said on Thursday media reports about the release of the hostages could not be confirmed.")
    q = quote_with(a, "could not be confirmed")
    assert q.text == "media reports about the release of the hostages could not be confirmed"
    assert q.channel is None


@pytest.mark.slow
def test_it_said_is_the_body_the_sentence_is_about_never_a_person(analyze: Analyze) -> None:
    a = analyze(
        "Maria Lopez, a union leader, said the strike would go on.\n\n"
        "The company remains open to \"talks that would protect jobs in the long run,\" it said in an email."
    )
    q = quote_with(a, "talks that would protect jobs")
    assert q.speaker.kind == "organization"
    assert q.speaker.name != "Maria Lopez"


@pytest.mark.slow
def test_participle_writing_introduces_a_direct_quote(analyze: Analyze) -> None:
    a = analyze(
        "In a post on Truth Social, Trump praised the new platform, writing, \"Last week it had bigger numbers "
        "than all the other sites.\""
    )
    q = quote_with(a, "Last week it had bigger numbers")
    assert q.kind == "direct"
    assert q.cue == "writing"
    assert q.speaker.name and q.speaker.name.endswith("Trump")


@pytest.mark.slow
def test_name_in_apposition_after_according_to_speaks(analyze: Analyze) -> None:
    a = analyze(
        "According to the party's press secretary at the time, Ana Ferreira, the leadership had known "
        "about the loans for months."
    )
    q = quote_with(a, "the leadership had known")
    assert q.text == "the leadership had known about the loans for months"
    assert q.speaker.kind == "person"
    assert q.speaker.name == "Ana Ferreira"


@pytest.mark.slow
def test_source_phrase_at_the_end_of_a_report_is_the_writers(analyze: Analyze) -> None:
    a = analyze(
        "The finance minister told parliament on Thursday that there was no agreement with the creditors, "
        "according to local media reports.\n\n"
        "A television anchor reported that the price could be \"slightly\" reduced, citing people familiar "
        "with the talks."
    )
    assert quote_with(a, "no agreement").text == "there was no agreement with the creditors"
    q = quote_with(a, "slightly")
    assert q.kind == "mixed"
    assert "citing" not in q.text


@pytest.mark.slow
def test_age_in_apposition_is_no_description(analyze: Analyze) -> None:
    a = analyze("\"We are not going anywhere,\" Smith, 45, told The Associated Press by phone.")
    q = quote_with(a, "We are not going anywhere")
    assert q.speaker.name == "Smith"
    assert q.speaker.description != "45"


@pytest.mark.slow
def test_name_after_a_spokesman_is_a_person_not_an_organization(analyze: Analyze) -> None:
    a = analyze(
        "MILF spokesman Eid Kabalu denied that the rebels had torched the homes. \"The military launched "
        "an air assault against us,\" he said."
    )
    q = quote_with(a, "the rebels had torched the homes")
    assert q.speaker.kind == "person"
    assert q.speaker.name == "Eid Kabalu"
    assert q.speaker.description == "MILF spokesman"
    q = quote_with(a, "air assault against us")
    assert q.speaker.name == "Eid Kabalu"


@pytest.mark.slow
def test_that_clause_parsed_as_relative_of_the_channel_is_the_report(analyze: Analyze) -> None:
    a = analyze(
        "A senior administration official told reporters on a conference call that the new tariffs would "
        "take effect immediately."
    )
    q = quote_with(a, "the new tariffs would take effect")
    assert q.kind == "indirect"
    assert q.text == "the new tariffs would take effect immediately"
    assert q.speaker.kind == "anonymous"
    assert q.channel == "a conference call"


@pytest.mark.slow
def test_written_channels_of_business_and_courts(analyze: Analyze) -> None:
    a = analyze(
        "Analysts at the bank wrote in a research note that the rally could fade by the summer.\n\n"
        "The airline said in a regulatory filing that it had received a subpoena from prosecutors."
    )
    assert quote_with(a, "the rally could fade").channel == "a research note"
    assert quote_with(a, "received a subpoena").channel == "a regulatory filing"


@pytest.mark.slow
def test_name_the_recogniser_splits_is_not_part_of_the_title(analyze: Analyze) -> None:
    a = analyze("U.S. District Judge Amy Berman Jackson wrote in her ruling that the agency had exceeded its authority.")
    q = quote_with(a, "the agency had exceeded its authority")
    assert q.speaker.description == "U.S. District Judge"


def test_trims_of_a_clause_and_of_quoted_words_differ_only_in_their_marks() -> None:
    from storyline.nlp.quotes import _trim_clause, _trim_content

    def clause(s: str) -> str:
        lo, hi = _trim_clause(s, 0, len(s))
        return s[lo:hi]

    def content(s: str) -> str:
        lo, hi = _trim_content(s, 0, len(s))
        return s[lo:hi]

    assert clause(", that the talks had failed and") == "the talks had failed"
    assert clause("(the plan was dead).") == "the plan was dead"
    assert content("that “the plan was dead,”") == "the plan was dead"
    assert content("whether the talks “would resume” or") == "the talks “would resume"
    # a clause keeps a closing mark, quoted words keep a bracket
    assert clause("the workers' pay would rise'") == "the workers' pay would rise'"
    assert content("(the plan was dead") == "(the plan was dead"


@pytest.mark.slow
def test_a_statement_speaks_for_whoever_issued_it(analyze: Analyze) -> None:
    a = analyze(
        "The airline issued a statement on Monday evening. \"We deeply regret the disruption to our "
        "passengers,\" the statement read.\n\n"
        "\"In total, 41 people were detained,\" the ministry's press office said on its official Telegram channel."
    )
    q = quote_with(a, "We deeply regret the disruption")
    assert q.cue == "read"
    assert q.speaker.kind == "organization"
    assert q.speaker.name and "airline" in q.speaker.name
    assert quote_with(a, "41 people were detained").channel == "its official Telegram channel"


@pytest.mark.slow
def test_a_sign_reading_words_is_no_quote(analyze: Analyze) -> None:
    a = analyze(
        "Protesters held a banner reading \"Freedom now\" outside parliament, and signs reading \"Stop the "
        "killing\" were held up by the crowd."
    )
    assert not [q for q in a.quotes if "Freedom now" in q.text or "Stop the killing" in q.text]


@pytest.mark.slow
def test_an_embedded_post_is_the_posters_own_words(analyze: Analyze) -> None:
    a = analyze(
        "The mayor responded on social media within minutes.\n"
        "The city will not be intimidated by these \"cowards\" and we will rebuild every street. pic.twitter.com/AbC123\n"
        "— Anne Hidalgo (@Anne_Hidalgo) March 4, 2025\n"
        "Police said three people had been arrested."
    )
    q = quote_with(a, "The city will not be intimidated")
    assert q.kind == "direct"
    assert q.text == "The city will not be intimidated by these \"cowards\" and we will rebuild every street."
    assert q.speaker.name and q.speaker.name.endswith("Hidalgo")
    assert q.speaker.description is None
    assert not [x for x in a.quotes if x.text == "cowards"]


@pytest.mark.slow
def test_a_nickname_between_given_name_and_surname_is_no_quote(analyze: Analyze) -> None:
    a = analyze(
        "The drug lord Joaquin \"El Chapo\" Guzman told the court that he was innocent.\n\n"
        "Asked whether he would resign, the minister told Reuters \"Never\" and walked away."
    )
    assert not [q for q in a.quotes if q.text == "El Chapo"]
    q = quote_with(a, "he was innocent")
    assert q.speaker.name and q.speaker.name.endswith("Guzman")
    assert [q for q in a.quotes if q.text == "Never"]


@pytest.mark.slow
def test_participle_of_a_named_person_inside_a_report_stays_in_it(analyze: Analyze) -> None:
    a = analyze(
        "Two people briefed on the talks said Chancellor Olaf Scholz had pressed the finance minister "
        "for more spending, arguing that weak demand was hurting German factories."
    )
    q = quote_with(a, "had pressed the finance minister")
    assert q.text.endswith("weak demand was hurting German factories")
    assert q.speaker.kind == "anonymous"
    assert not [x for x in a.quotes if x.text.startswith("weak demand")]


@pytest.mark.slow
def test_title_with_of_before_a_name_describes_the_name(analyze: Analyze) -> None:
    a = analyze(
        "On Sunday, President of Azerbaijan Ilham Aliyev also made a televised address, saying that "
        "Azerbaijan had not resorted to any provocation."
    )
    q = quote_with(a, "had not resorted to any provocation")
    assert q.speaker.kind == "person"
    assert q.speaker.name and q.speaker.name.endswith("Aliyev")
    assert q.speaker.description == "President of Azerbaijan"


@pytest.mark.slow
def test_the_minister_refers_back_not_to_a_minister_named_later(analyze: Analyze) -> None:
    a = analyze(
        "Prime Minister Nikol Pashinyan made a televised address on Sunday.\n\n"
        "\"A large-scale war in the region can lead to the most unpredictable consequences,\" the minister concluded.\n\n"
        "Interior Minister Ali Yerlikaya later delivered his own address. \"The attackers were stopped at the "
        "gate,\" Yerlikaya said."
    )
    q = quote_with(a, "unpredictable consequences")
    assert q.speaker.name and q.speaker.name.endswith("Pashinyan")


@pytest.mark.slow
def test_naming_verb_wins_over_the_owned_noun_it_names(analyze: Analyze) -> None:
    a = analyze("In his instruction to the jury, Judge Merchan called Blanche's comment about prison \"improper.\"")
    q = quote_with(a, "improper")
    assert q.cue == "called"
    assert q.speaker.name and q.speaker.name.endswith("Merchan")


@pytest.mark.slow
def test_court_papers_and_reminders(analyze: Analyze) -> None:
    a = analyze(
        "\"This prejudice should be cured,\" the prosecutors said in a motion filed on Thursday.\n\n"
        "Defense lawyers reminded the judge that the witness had already testified twice."
    )
    assert quote_with(a, "This prejudice should be cured").channel == "a motion"
    q = quote_with(a, "the witness had already testified twice")
    assert q.kind == "indirect"
    assert q.cue == "reminded"


@pytest.mark.slow
def test_an_object_after_a_speech_verb_is_not_its_speaker(analyze: Analyze) -> None:
    a = analyze(
        "Tim Long, an analyst at the bank, lowered his price target on the stock to $9 from $17 but "
        "maintained his \"neutral\" rating."
    )
    for q in a.quotes:
        assert q.speaker.name and "rating" not in q.speaker.name


@pytest.mark.slow
def test_an_honorific_is_no_description(analyze: Analyze) -> None:
    a = analyze("\"Our industry is running at a low point in the cycle,\" Mr. Okafor said on a call with analysts.")
    q = quote_with(a, "Our industry is running")
    assert q.speaker.name and q.speaker.name.endswith("Okafor")
    assert q.speaker.description != "Mr."


@pytest.mark.slow
def test_a_gendered_kin_noun_overrules_a_wrong_coreference(analyze: Analyze) -> None:
    a = analyze(
        "Fatima Hassan, 34, fled the city with her three children last week. Her husband, Ahmed, stayed "
        "behind to guard their shop. \"I don't know if I will see him again,\" she said.\n\n"
        "Ahmed told AFP by phone that the shelling had not stopped for three days. \"We hear explosions "
        "every night,\" he said."
    )
    assert quote_with(a, "see him again").speaker.name == "Fatima Hassan"
    assert quote_with(a, "We hear explosions").speaker.name == "Ahmed"
    assert quote_with(a, "see him again").speaker.description != "34"


@pytest.mark.slow
def test_according_to_before_a_whole_quotation_is_direct(analyze: Analyze) -> None:
    a = analyze(
        "The mayor, Ana Ruiz, toured the flooded district on Monday.\n\n"
        "According to Ruiz, \u201cnobody was prepared for a storm of this size.\u201d"
    )
    q = quote_with(a, "nobody was prepared")
    assert q.kind == "direct"
    assert q.speaker.name == "Ana Ruiz"


@pytest.mark.slow
def test_a_pronoun_goes_on_with_an_unnamed_office_holder(analyze: Analyze) -> None:
    a = analyze(
        "The police said in a statement signed by its spokesperson, Olumuyiwa Adejobi, that 12 suspects "
        "had been arrested.\n\n"
        "Speaking at the event, the minister said the government would build 500 new schools.\n\n"
        "According to him, the project would be completed by December."
    )
    q = quote_with(a, "the project would be completed")
    assert q.speaker.name == "the minister"


@pytest.mark.slow
def test_a_term_reported_on_makes_the_report_indirect(analyze: Analyze) -> None:
    a = analyze(
        "The analyst said the reference to a \u201cnew path\u201d was deliberately vague.\n\n"
        "The ministry said its \u201clegitimate concerns\u201d had to be respected."
    )
    assert quote_with(a, "the reference to a").kind == "indirect"
    assert quote_with(a, "legitimate concerns").kind == "mixed"  # the speaker's own words


@pytest.mark.slow
def test_a_name_in_marks_after_its_noun_is_no_quoted_speech(analyze: Analyze) -> None:
    a = analyze(
        "The army said it had launched operation \"Iron Swords\" against the group.\n\n"
        "A border official said the checkpoint \"Kyzyl-Bel\" was closed until further notice."
    )
    assert quote_with(a, "Iron Swords").kind == "indirect"
    assert quote_with(a, "Kyzyl-Bel").kind == "indirect"


@pytest.mark.slow
def test_unnamed_commanders_and_rebels_are_anonymous_sources(analyze: Analyze) -> None:
    a = analyze(
        "A senior separatist commander said that the rebels still had the right to fire on the town.\n\n"
        "Rebels told the Associated Press they would not consider the battle a violation of the truce."
    )
    q = quote_with(a, "still had the right to fire")
    assert q.speaker.kind == "anonymous"
    assert q.speaker.description == "A senior separatist commander"
    assert quote_with(a, "would not consider the battle").speaker.kind == "anonymous"


@pytest.mark.slow
def test_a_statement_from_an_office_speaks_for_the_office(analyze: Analyze) -> None:
    a = analyze(
        "A separate Kremlin statement about the call said the two leaders had agreed to keep in touch.\n\n"
        "A statement from the Ukrainian president's office said the talks had been constructive."
    )
    assert quote_with(a, "agreed to keep in touch").speaker.name == "Kremlin"
    q = quote_with(a, "the talks had been constructive")
    assert q.speaker.kind == "organization"
    assert q.speaker.name and "office" in q.speaker.name


@pytest.mark.slow
def test_a_passive_speech_verb_without_agent_or_document_is_no_cue(analyze: Analyze) -> None:
    a = analyze(
        "A military spokesman said rebels had shelled army positions ten times, but that the truce was "
        "being observed 'in general'.\n\n"
        "The ministry handed the ambassador a note of protest. \"Such actions contradict the spirit of "
        "the border treaty,\" it is said in the statement of the ministry."
    )
    q = quote_with(a, "in general")
    assert q.cue == "said"
    assert q.speaker.kind == "anonymous"
    q = quote_with(a, "Such actions contradict")
    assert q.kind == "direct"
    assert q.speaker.kind == "organization"


@pytest.mark.slow
def test_mixed_text_keeps_the_mark_that_opens_its_first_words(analyze: Analyze) -> None:
    a = analyze("Citing a military source, state television said \"terrorist groups\" had fired rockets at the city.")
    q = quote_with(a, "had fired rockets")
    assert q.kind == "mixed"
    assert q.text == "\"terrorist groups\" had fired rockets at the city"

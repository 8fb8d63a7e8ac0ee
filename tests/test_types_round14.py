"""Event-type recall, round 14: blame, concern, restrictions ended, forces pulled back and aid
doses, in the common constructions of news English found by running the system on real wire
phrasing (the sentences here are written for the tests); each with the near miss its constraint
keeps out."""

from __future__ import annotations

import pytest

from tests.eventcheck import Analyze, events_of

pytestmark = pytest.mark.slow

PUB = "2025-10-08"


def _types(analyze: Analyze, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text.lower()) for e in events_of(analyze, text, PUB)]


# text, type, trigger (the start of the trigger's text)
CODED = [
    # ACCUSE: blame assigned — held responsible, singled out for, the finger pointed
    ("The Kenyan opposition leader held the interior ministry responsible for the killings.", "ACCUSE", "held"),
    ("Kenya's president said he would hold the rebels accountable for the attack.", "ACCUSE", "hold"),
    ("The Kenyan minister singled out Uganda for failing to stop the smugglers.", "ACCUSE", "singled"),
    ("The rights group pointed the finger at the Kenyan police.", "ACCUSE", "pointed"),
    # ACCUSE: concern voiced over what someone did (GUIDE round 12)
    ("Japan voiced concern over the detention of the Kenyan activists.", "ACCUSE", "concern"),
    ("The European Union expressed concern about Kenya's new security law.", "ACCUSE", "concern"),
    # CONCEDE: a restriction one imposed, ended
    ("The Kenyan governor ended the curfew in Mombasa on Sunday.", "CONCEDE", "ended"),
    ("Kenya's president ended the state of emergency in the north.", "CONCEDE", "ended"),
    # RETREAT: guardsmen pulling back; a cease-fire as spaCy splits it
    ("The Kenyan National Guard withdrew from the streets of the capital.", "RETREAT", "withdrew"),
    ("Both sides declared cease-fires on Sunday.", "RETREAT", "fire"),
    # ASSAULT: shot to death
    ("Kenyan police shot to death two protesters in Nairobi.", "ASSAULT", "shot"),
    # AID: vaccine doses (spaCy lemmatises "doses" as "dos"), also as the of-object of an amount
    ("The United States sent 500,000 doses of vaccine to Kenya on Tuesday.", "AID", "sent"),
    ("Japan delivered the first batch of doses to Kenya in May.", "AID", "delivered"),
    ("The goods were handed over to the Kenyan Red Cross by the Chinese ambassador.", "AID", "handed"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED)])
def test_common_phrasing_is_coded(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


# text, the type that must not be coded
NOT_CODED = [
    ("Kenyan police held the suspect for questioning.", "ACCUSE"),  # a detention, not blame
    ("She held several responsible positions in the Kenyan government.", "ACCUSE"),  # an attribute, not blame
    ("Kenyan police found the guilty men hiding in a barn.", "COERCE"),  # "guilty" before its noun: no verdict
    ("The Kenyan minister held a meeting with the union.", "ACCUSE"),
    ("The leaders expressed concern and agreed to settle the dispute.", "ACCUSE"),  # nothing complained of
    ("Kenyan doctors expressed concern about the patient's health.", "ACCUSE"),  # no party complains
    ("Investors voiced concern about the Kenyan company's debt.", "ACCUSE"),
    ("The Kenyan minister pointed at the map.", "ACCUSE"),
    ("The Kenyan team singled out the striker as the best player.", "ACCUSE"),  # no "for"
    ("The Kenyan union ended the meeting on Sunday.", "CONCEDE"),
    ("Kenyan soldiers withdrew money from the bank.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED)])
def test_constraint_keeps_other_sense_out(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


# second batch: reprisals still to come (the `future` constraint), sanctions adopted, attacks repelled
CODED_2 = [
    ("Beijing said on Tuesday that China would retaliate.", "THREATEN", "retaliate"),
    ("China said it will respond with tariffs on American goods.", "THREATEN", "respond"),
    ("Kenya said it would strike back against Uganda.", "THREATEN", "strike"),
    ("The Chinese ministry said it would take retaliatory measures against Japan.", "THREATEN", "take"),
    ("China's foreign ministry promised retaliatory action against the United States.", "THREATEN", "promised"),
    ("Russia is preparing to retaliate against the new sanctions.", "THREATEN", "retaliate"),
    ("China imposed retaliatory measures on American goods in July.", "SANCTION", "imposed"),
    ("The European Union adopted new restrictive measures against Belarus.", "SANCTION", "adopted"),
    ("The US president unveiled new tariffs on Chinese steel on Monday.", "SANCTION", "tariffs"),
    ("Kenyan troops repelled an attack by al-Shabaab militants on Sunday.", "ASSAULT", "repelled"),
    ("The Kenyan army repulsed a rebel attack on the town.", "ASSAULT", "repulsed"),
    ("The Kenyan protesters ended their sit-in on Sunday.", "RETREAT", "ended"),
    ("The Kenyan power sector employees withdrew their strike on Friday.", "RETREAT", "withdrew"),
    ("The Kenyan teachers' leaders called off the agitation after the talks.", "RETREAT", "called"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED_2, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED_2)])
def test_common_phrasing_is_coded_2(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


NOT_CODED_2 = [
    ("Japan's prime minister said his government would respond in close cooperation with Kenya.", "THREATEN"),
    ("China retaliated on Friday with tariffs on American goods.", "THREATEN"),  # done: the tariffs are the event
    ("The Chinese minister said China would not retaliate.", "THREATEN"),
    ("The Kenyan company said its new spray repels mosquitoes.", "ASSAULT"),
    ("Beijing hit back at the accusations on Monday.", "THREATEN"),  # a retort (ACCUSE), not a reprisal
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED_2, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED_2)])
def test_constraint_keeps_other_sense_out_2(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


def test_future_is_read_from_the_lexicon() -> None:
    from storyline.nlp.events.knowledge import load_lexicon

    entries = [e for e in load_lexicon().verbs["hit"] if e.type == "THREATEN"]
    assert entries and all(e.future and e.constrained for e in entries)
    # an act still to come is tried before the same words told as done (ACCUSE "hit back at")
    assert load_lexicon().verbs["hit"][0].future


# third batch: a release told by a passive joined to the detention (one person undergoes both), and
# the people a release or arrest is told of
CODED_3 = [
    ("The Kenyan activist was detained by police on Monday and released two hours later.", "CONCEDE", "released"),
    ("Kenyan police freed the two guards on Friday.", "CONCEDE", "freed"),
    ("The rebels released the Chinese engineers after a week.", "CONCEDE", "released"),
    ("The Kenyan official was arrested and charged with fraud.", "COERCE", "arrested"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED_3, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED_3)])
def test_common_phrasing_is_coded_3(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


NOT_CODED_3 = [
    # a past participle joined to an active clause shares no patient: the report is what was released
    ("Kenyan police detained the activist and released a report on Monday.", "CONCEDE"),
    ("The Kenyan ministry was criticised and released new figures on Monday.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED_3, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED_3)])
def test_constraint_keeps_other_sense_out_3(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


# fourth batch: China's "stern representations", a government sacked, and a clause after "after" that spaCy misparses
CODED_4 = [
    ("China had lodged stern representations with Japan over the visit.", "ACCUSE", "lodged"),
    ("Beijing made solemn representations to Tokyo on Monday.", "ACCUSE", "made"),
    ("The Tunisian president sacked the government in July.", "COERCE", "sacked"),
    # "after" taken for a preposition of "Beijing": the suspension is its own event, not the protest's content
    ("Japan lodged a formal protest with China on Tuesday after Beijing on Monday suspended imports of "
     "all Japanese seafood.", "SANCTION", "suspended"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED_4, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED_4)])
def test_common_phrasing_is_coded_4(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


NOT_CODED_4 = [
    ("The Kenyan lawyer made representations to the court on behalf of his client.", "ACCUSE"),
    ("The Kenyan minister dismissed government criticism of the plan.", "COERCE"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED_4, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED_4)])
def test_constraint_keeps_other_sense_out_4(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


# fifth batch: put on a sanctions list, a hostile measure being readied (GUIDE round 8), permission
# granted, a shutdown ended, children returned, a mass stoppage
CODED_5 = [
    ("The US Commerce Department added 12 Chinese companies to its entity list on Tuesday.", "SANCTION", "added"),
    ("The United States placed the Kenyan militia leader on its sanctions list.", "SANCTION", "placed"),
    ("The EU was preparing to add Gazprom executives to its sanctions list.", "THREATEN", "add"),
    ("The United States is preparing to impose tariffs on Kenyan steel.", "THREATEN", "impose"),
    ("The Kenyan government granted the protesters permission to march.", "CONCEDE", "granted"),
    ("Kenyan authorities restored internet access in the region after a week-long shutdown.", "CONCEDE", "restored"),
    ("Russia returned 12 Ukrainian children to their families.", "CONCEDE", "returned"),
    ("Qatar secured the release of the four Kenyan hostages on Friday.", "CONCEDE", "secured"),
    ("Kenyan teachers and train drivers joined striking doctors in a mass stoppage.", "PROTEST", "stoppage"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED_5, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED_5)])
def test_common_phrasing_is_coded_5(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


NOT_CODED_5 = [
    ("UNESCO added the old town of Lamu to its list of World Heritage sites.", "SANCTION"),
    ("The Kenyan power company restored power to 20,000 homes.", "CONCEDE"),
    ("The White House had not yet secured any new commitment from Kenya.", "AGREE"),
    ("The Kenyan envoy is preparing to travel to Addis Ababa for talks.", "THREATEN"),  # a trip readied
    ("The Kenyan envoy is preparing to travel to Addis Ababa for talks.", "AGREE"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED_5, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED_5)])
def test_constraint_keeps_other_sense_out_5(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


# sixth batch: relations lowered, a mission suspended, a withdrawal ordered (the noun is the event, its
# of-phrase not the order's object), and a decision that "destroys" cooperation (no attacker)
CODED_6 = [
    ("Iceland decided to lower the level of diplomatic relations with Russia.", "SANCTION", "lower"),
    ("Russia's foreign minister said the country is suspending its mission to NATO.", "SANCTION", "suspending"),
    ("Putin said he had ordered a partial withdrawal of Russian troops from the border.", "RETREAT", "withdrawal"),
    ("The Kenyan president ordered the deployment of troops to the border.", "MOBILIZE", "ordered"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED_6, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED_6)])
def test_common_phrasing_is_coded_6(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


NOT_CODED_6 = [
    ("Putin said he had ordered a partial withdrawal of Russian troops from the border.", "MOBILIZE"),
    ("Iceland's decision destroys the entire range of cooperation with Russia, the ministry said.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED_6, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED_6)])
def test_constraint_keeps_other_sense_out_6(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


# seventh batch: a forceful response or a punishment promised (THREATEN, `future`), legal cases
# against someone, named by their charge
CODED_7 = [
    ("The Kenyan army said it would respond forcefully to any aggression.", "THREATEN", "respond"),
    ("The administration said it would respond appropriately.", "THREATEN", "respond"),
    ("The Kenyan minister said those responsible would be punished.", "THREATEN", "punished"),
    ("Authorities in Punjab had initiated a treason case against the opposition leader.", "ACCUSE", "case"),
    # a leave-by deadline (GUIDE round 11: a stated leave-by deadline is THREATEN)
    ("The Malian junta gave French troops until the end of the year to leave the country.", "THREATEN", "gave"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED_7, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED_7)])
def test_common_phrasing_is_coded_7(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


NOT_CODED_7 = [
    ("The Kenyan ministry said it would respond quickly to the request.", "THREATEN"),
    ("The Kenyan court punished the company with a fine last year.", "THREATEN"),  # done: no threat
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED_7, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED_7)])
def test_constraint_keeps_other_sense_out_7(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


# eighth batch: aid or an offensive paused, corridors and crossings opened
CODED_8 = [
    ("The United States paused military aid to Kenya in March.", "SANCTION", "paused"),
    ("The Pentagon paused some weapons shipments to Kenya.", "SANCTION", "paused"),
    ("Israel paused its offensive in southern Gaza for 48 hours.", "RETREAT", "paused"),
    ("The United States hit Kenya with new sanctions on Friday.", "SANCTION", "hit"),
    ("A Russian missile hit a hospital in Kyiv on Friday.", "ASSAULT", "hit"),  # the projectile entry still holds
    ("Russia opened humanitarian corridors for civilians to leave Mariupol.", "RETREAT", "opened"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED_8, ids=[f"{t[1]}-{t[2]}-{i}" for i, t in enumerate(CODED_8)])
def test_common_phrasing_is_coded_8(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    found = _types(analyze, text)
    assert any(t == type_ and trig.startswith(trigger) for t, trig in found), found


NOT_CODED_8 = [
    ("The Kenyan company paused production at the plant.", "SANCTION"),
    ("The Kenyan speaker paused for a moment before answering.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED_8, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED_8)])
def test_constraint_keeps_other_sense_out_8(analyze: Analyze, text: str, type_: str) -> None:
    found = _types(analyze, text)
    assert not any(t == type_ for t, _ in found), found


def test_a_deed_joined_in_is_the_event_not_a_meeting(analyze: Analyze) -> None:
    """"Canada joined the United States in imposing sanctions": the sanctions, not a CONSULT with Washington."""
    found = _types(analyze, "Canada joined the United States in imposing sanctions on Myanmar's generals.")
    assert ("SANCTION", "imposing") in found and not any(t == "CONSULT" for t, _ in found), found

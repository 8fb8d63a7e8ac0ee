"""Event recall: common news phrasings that must give their event, and the near misses that
must not (a person as the object of "free"/"beat"/"search", conditions awaited by "until")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Event

pytestmark = pytest.mark.slow

PUB = "2025-10-08"

Analyze = Callable[..., Analysis]



def events_of(analyze: Analyze, text: str) -> list[Event]:
    return list(analyze(text, published=PUB).events)


def _has(events: list[Event], type_: str, trigger: str) -> bool:
    return any(e.type == type_ and e.trigger.text.lower().startswith(trigger) for e in events)


# text, type, trigger (the start of the trigger's text)
CODED = [
    # a person, named or a pronoun, as what is freed, beaten or searched
    ("Ndongo was freed in October 2019 after a national dialogue.", "CONCEDE", "freed"),
    ("The court released Ndongo on bail on Friday.", "CONCEDE", "released"),
    ("Riot police charged marchers on Abancay Avenue and beat several of them with batons.", "ASSAULT", "beat"),
    ("Police officers stopped and searched several of them and took one man away.", "COERCE", "searched"),
    # a thing called by an evaluative phrase: criticism or praise, wherever the word sits in it
    ('Amnesty International called the convictions "another blow to Hong Kong\'s freedoms".', "ACCUSE", "blow"),
    ('The senator called the settlement "a surrender" to big tech.', "ACCUSE", "surrender"),
    ('North Korea called the requests "gangster-like."', "ACCUSE", "like"),
    ('Choe Son Hui called the invitation a "very interesting suggestion".', "SUPPORT", "suggestion"),
    # a to-infinitive complement after a phrase ("offered *on Wednesday* to mediate")
    ("The Catholic Church offered on Wednesday to mediate between the government and the union.", "AGREE", "offered"),
    # calling a strike is the protest of those who call it and a request to those asked to join
    ("She called for a general strike across the country from Wednesday.", "PROTEST", "called"),
    ("She called for a general strike across the country from Wednesday.", "REQUEST", "called"),
    # what is given: an amount "in aid", an actor supplied "with" arms; a verb misparsed as a modifier
    ("The EU granted 2 billion euros in aid to Egypt.", "AID", "granted"),
    ("Britain supplied Ukraine with long-range missiles.", "AID", "supplied"),
    ("India and Pakistan massed troops along the frontier.", "MOBILIZE", "massed"),
    ("The IMF disbursed $1.2 billion to Egypt on Friday.", "AID", "disbursed"),
    ("Australia pledged 35 million Australian dollars in cyclone recovery aid last month.", "AGREE", "pledged"),
    # a particle's own preposition names the place left; a split "sit-in"; parties dissolved
    ("The rebels pulled out of the town on Sunday.", "RETREAT", "pulled"),
    ("Students staged a sit-in at the university.", "PROTEST", "in"),
    ("The junta dissolved all political parties.", "COERCE", "dissolved"),
    ("The case was filed in January 2023 by the Justice Department.", "ACCUSE", "filed"),
    ("The president received the ambassador at the palace.", "CONSULT", "received"),
    # a clause introduced by "as"/"while" tells its own event, not its governor's content
    ("French police arrested dozens of people in Paris on Thursday as hundreds of thousands of workers walked off "
     "the job in a nationwide strike.", "PROTEST", "walked"),
    # what someone was arrested for is what they did, told as fact
    ("Ndongo had been arrested for calling on his supporters to attack public buildings.", "REQUEST", "calling"),
    # a negated will/would of tolerating is a threat, and is not negated
    ("Sadi said the government would not tolerate any attempt at insurrection.", "THREATEN", "tolerate"),
    # accepting another's decision; a text said to interfere
    ("Australia's minister said Canberra respected the decision of Vanuatu's parliament.", "SUPPORT", "respected"),
    ("Russia's deputy envoy said the text interfered in South Sudan's internal affairs.", "ACCUSE", "interfered"),
    # a thing described "as" praise or blame
    ("Trump described the talks as very productive.", "SUPPORT", "productive"),
    ("He described the plan as a mistake.", "ACCUSE", "mistake"),
    # an invitation to talks is an offer to meet (GUIDE settled: AGREE)
    ("The education minister had invited union leaders to a new round of talks.", "AGREE", "invited"),
]

NOT_CODED = [
    # a light verb, or a blame, not a detention
    ("The two leaders held talks in Hanoi on Wednesday.", "COERCE"),
    ("The ministers held him responsible for the losses.", "COERCE"),
    # what an until-clause awaits under a modal or a negation has not happened
    ("Quispe said the union would not sign anything until the detained teachers were released.", "CONCEDE"),
    ("The union said the strike would go on until the ministry freed the detained teachers.", "CONCEDE"),
    ("The education minister had invited union leaders to a new round of talks.", "REQUEST"),
    # the sourcing formula stays none when its infinitive hangs loose
    ("The ministry declined on Monday to comment on the report.", "REJECT"),
    ("The EU granted 2 billion euros in licences to Egypt.", "AID"),
    ("The company pulled out of the deal.", "RETREAT"),
    ("Police detained 23 people as thousands of striking public school teachers tried to march on Congress.",
     "ASSAULT"),
    ("The regime tolerated dissent for years.", "THREATEN"),
    # a name or a neutral description is no evaluation
    ("The ministry described the drill as routine.", "SUPPORT"),
    ('Russia calls its war a "special military operation".', "ACCUSE"),
    ("They called the new plan Operation Sunrise.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), CODED, ids=[f"{t[1]}-{t[2]}" for t in CODED])
def test_phrasing_is_coded(analyze: Analyze, text: str, type_: str, trigger: str) -> None:
    events = events_of(analyze, text)
    assert _has(events, type_, trigger), [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED, ids=[f"not-{t[1]}-{i}" for i, t in enumerate(NOT_CODED)])
def test_near_miss_is_not_coded(analyze: Analyze, text: str, type_: str) -> None:
    events = events_of(analyze, text)
    assert not any(e.type == type_ for e in events), [(e.type, e.trigger.text) for e in events]


def test_a_past_until_clause_still_happened(analyze: Analyze) -> None:
    events = events_of(analyze, "The protesters stayed in the square until police arrested them on Sunday.")
    assert _has(events, "COERCE", "arrested"), [(e.type, e.trigger.text) for e in events]


def test_a_negated_tolerance_is_a_threat_not_negated(analyze: Analyze) -> None:
    events = [e for e in events_of(analyze, "China will not tolerate foreign interference, the ministry said.")
              if e.type == "THREATEN"]
    assert events and not any(e.negated for e in events), [(e.trigger.text, e.negated) for e in events]

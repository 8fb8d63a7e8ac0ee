"""Event dates (GUIDE rule 10 and the Story-A "Dates:" notes): given this text and publication
date, this event has this date (or none)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.models import Analysis, Event

pytestmark = pytest.mark.slow

Analyze = Callable[..., Analysis]



def _events(analyze: Analyze, text: str, published: str) -> list[Event]:
    return list(analyze(text, published=published).events)


def _date_of(analyze: Analyze, text: str, published: str, type_: str, trigger: str) -> str | None:
    events = _events(analyze, text, published)
    found = [e for e in events if e.type == type_ and e.trigger.text.lower().startswith(trigger.lower())]
    assert found, [(e.type, e.trigger.text, e.date) for e in events]
    return found[0].date


# Where the date expression hangs: the clause it belongs to, not the nearest verb.
ATTACHMENT = [
    # a participle with a subject of its own ("speaking at a rally later on Monday") happens
    # with the clause it hangs on
    ("Interior Cabinet Secretary Daniel Mutua, speaking at a rally in Nakuru later on Monday, criticised what "
     "he called activists \"who want Kenya to remain in the analogue age.\"", "2021-10-18", "ACCUSE", "criticised",
     "2021-10-18"),
    # the occasion the clause happens in dates it, even through a participle
    ("In an open letter published on Sunday, 40 members of the men's and women's national teams demanded "
     "Menezes's resignation.", "2022-11-24", "REQUEST", "demanded", "2022-11-20"),
    # "by firing squad in March": the means belongs to the execution, whose own date wins over
    # the report's
    ("A major South Korean newspaper reported on Friday that Kim Hyok Chol, who served as the North's special "
     "representative for the United States, was executed by firing squad in March along with four foreign "
     "ministry officials.", "2019-05-31", "ASSAULT", "executed", "2019-03"),
    # a date right after a participle closes that participle ("the missiles fired earlier this
    # month"); the accusation is made on the day it is told
    ("John Bolton told reporters in Tokyo on Saturday that the short-range missiles fired earlier this month "
     "violated United Nations Security Council resolutions.", "2019-05-31", "ACCUSE", "violated", "2019-05-25"),
    # the saying is the accusation: the speech's date, not the February of what it is about
    ("In a speech to the Supreme People's Assembly in Pyongyang on Friday, Kim said the United States had come "
     "to the Hanoi summit in February with \"unfeasible\" methods.", "2019-04-13", "ACCUSE", "", "2019-04-12"),
    # spaCy runs "Wednesday" into the measure of the after-clause that follows it
    ("The United States and the United Nations began flying emergency supplies into Jamaica on Wednesday, two "
     "days after Hurricane Renata tore across the island.", "2025-09-24", "AID", "flying", "2025-09-24"),
    # a participle dates the event noun it modifies
    ("A senior State Department official said the North Koreans had asked for relief from five United Nations "
     "sanctions resolutions adopted since 2016.", "2019-02-28", "SANCTION", "sanctions", "2016"),
    # what a planned deed lets happen dates it; the dateline's date is metadata
    ("VIENNA, Nov 19 (AFP) — Iran will allow inspectors from the International Atomic Energy Agency to return "
     "to its Fordow enrichment plant next week, the agency's chief Rafael Grossi said on Wednesday.",
     "2025-11-19", "CONCEDE", "allow", "2025-11-24"),
    # a date closing two coordinated verbs of one subject dates both
    ("French police fired tear gas and arrested dozens of people in Paris and Nantes on Thursday as hundreds of "
     "thousands of workers walked off the job.", "2026-01-29", "ASSAULT", "fired", "2026-01-29"),
    # "under the agreement signed on Tuesday": the occasion the clause happens in, through a participle
    ("Under the agreement signed on Tuesday in Bridgetown, the government and the opposition Unitary Platform "
     "agreed to allow observers from the European Union to monitor the vote.", "2023-10-19", "AGREE", "agreed",
     "2023-10-17"),
    # what went on until a month last happened then
    ("The more moderate CFDT, which had taken part in talks with the labour ministry until December, also "
     "joined the protest.", "2026-01-29", "CONSULT", "talks", "2025-12"),
    # a relative clause predicating the event noun dates it, even when spaCy hangs it on the
    # noun of the phrase after it ("talks with the US, which ...")
    ("Two EU officials said the commission had delayed the announcement to avoid disrupting trade talks with "
     "the US, which are due to resume in Washington next week.", "2026-03-11", "CONSULT", "talks", "2026-03-16"),
    # ... in that clause's tense: a September still to come
    ("There is also speculation that Trump and Kim could meet again at the United Nations General Assembly, "
     "which will take place in September.", "2018-07-06", "CONSULT", "meet", "2018-09"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), ATTACHMENT)
def test_the_date_of_the_clause_the_event_belongs_to(analyze: Analyze, text: str, published: str, type_: str,
                                                       trigger: str, date: str) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


NOT_THE_GOVERNING_DATE = [
    # a relative clause on a span of time happens within that span, not on the main clause's day
    ("North Korean leader Kim Jong Un left Beijing on Wednesday at the end of a two-day visit during which "
     "Chinese President Xi Jinping offered his backing for a second summit.", "2019-01-10", "SUPPORT", "backing"),
    # a past perfect marked as earlier: before the speech, on a day not given
    ("In a televised New Year's Day address, Kim said North Korea had already stopped making, testing, using "
     "and spreading nuclear weapons.", "2019-01-02", "RETREAT", "stopped"),
    # a state of affairs in the present is not dated by the day it was told
    ("Pompeo met Kim Yong Chol on Friday. Progress \"has been good\" and substantive talks continue, he told CNN "
     "during the Group of 20 summit in Argentina earlier this month.", "2018-12-08", "CONSULT", "talks"),
    # what reports say is not dated by the day someone spoke of the reports
    ("Secretary of State Michael Pompeo said on Friday that the United States was trying to check reports that "
     "North Korea had executed its top nuclear envoy.", "2019-05-31", "ASSAULT", "executed"),
    # "by the end of the year": a deadline, not a date
    ("Russian officials said the two sides discussed North Korean workers in Russia, who must leave the country "
     "by the end of the year under United Nations sanctions.", "2019-04-26", "SANCTION", "sanctions"),
    # an offer is dated when it is made, not by the date of the meeting offered
    ("Indonesian officials said they were ready to meet their European counterparts in Geneva next month.",
     "2020-03-10", "AGREE", "ready"),
    # a simple past joined to a past perfect goes with the saying, not with the perfect's date
    ("Human Rights Watch said both the M23 and Congolese forces had committed summary executions this year and "
     "urged the mediators to make accountability part of any final deal.", "2025-07-21", "REQUEST", "urged"),
    # ... nor a past joined to a plan ("would meet on Friday ... and did not rule out")
    ("She said the eight main unions would meet on Friday to decide on further action and did not rule out a "
     "rolling strike in the rail and energy sectors.", "2026-01-29", "THREATEN", "rule out"),
    # a threat is dated when made, not by when the deed it threatens would start
    ("The union did not rule out a rolling strike in the rail sector from next month.", "2026-01-29", "THREATEN",
     "rule out"),
    # a where-clause spaCy hangs on the date tells of the place, not of that day
    ("It later weakened over the mountains and was moving toward the Cayman Islands on Wednesday, where "
     "authorities had ordered residents of low-lying areas to evacuate.", "2025-09-24", "COERCE", "ordered"),
    # what will go on until a date is not dated by its end
    ("North Korea said it would suspend talks with the United States until December.", "2026-01-29", "SANCTION",
     "suspend"),
    # a relative clause in the perfect tells a state of its own noun, not when the event is
    ("She added that the EU was also considering a separate investigation into Indonesian stainless steel "
     "imports, which have surged since 2018.", "2020-03-10", "THREATEN", "investigation"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger"), NOT_THE_GOVERNING_DATE)
def test_dates_that_are_not_the_events(analyze: Analyze, text: str, published: str, type_: str,
                                       trigger: str) -> None:
    assert _date_of(analyze, text, published, type_, trigger) is None


def test_a_possessive_date_dates_its_noun_not_the_verb(analyze: Analyze) -> None:
    text = ("He described Friday's Oval Office meeting with Kim Yong Chol, the North Korean leader's envoy, as "
            "\"incredible\" and praised the former spy chief as \"a very strong, very smart\" negotiator.")
    events = _events(analyze, text, "2019-01-19")
    assert [e.date for e in events if e.type == "CONSULT"] == ["2019-01-18"]
    assert [e.date for e in events if e.type == "SUPPORT"] == [None]


# What a sentence passes on to the next: the date of the occasion it tells, nothing else.
CONTEXT = [
    # the start of a state ("since 2010") dates the state only, not what follows it
    ("The former general has been under U.S. sanctions since 2010, and the Treasury Department had to grant a "
     "waiver for his stay.", "2019-01-18", [("SANCTION", "sanctions", "2010"), ("CONCEDE", "grant", None)]),
    # the past perfect is background: no occasion's date, and it does not interrupt the occasion
    ("Pompeo met South Korea's Foreign Minister Kang Kyung-wha on Thursday. Kang had urged Washington to ease "
     "sanctions. Pompeo praised Kang for her patience.", "2018-12-08",
     [("REQUEST", "urged", None), ("SUPPORT", "praised", "2018-12-06")]),
    # a perfect's own date dates it, but is not the occasion the next sentence continues
    ("The envoy said North Korea had committed, in talks with Secretary of State Mike Pompeo in October, to the "
     "dismantling of its plutonium and uranium enrichment facilities. But Biegun ruled out any easing of sanctions "
     "before the North completes denuclearization.", "2019-02-01",
     [("AGREE", "committed", "2018-10"), ("REJECT", "ruled", None)]),
    # in reported speech the past perfect is the speaker's past: the occasion's date
    ("President Donald Trump's second summit with Kim Jong Un ended abruptly on Thursday without an agreement. "
     "The president said North Korea had wanted the sanctions lifted in exchange for closing Yongbyon.",
     "2019-02-28", [("REQUEST", "wanted", "2019-02-28")]),
    # ... and so is a past perfect joined to the saying after such a report
    ("President Donald Trump's second summit with Kim Jong Un ended abruptly on Thursday without an agreement. "
     "The president said North Korea had wanted the sanctions lifted in exchange for closing Yongbyon, and he "
     "had refused.", "2019-02-28", [("REJECT", "refused", "2019-02-28")]),
    # a date inside a quotation and a possessive date are not the occasion the reporter tells
    ("Trump told reporters on Saturday that he and Kim had agreed on a country to host the summit. \"We've agreed "
     "to meet probably the end of February,\" he said. He described Friday's Oval Office meeting with Kim Yong "
     "Chol as \"incredible\" and praised the former spy chief.", "2019-01-19",
     [("SUPPORT", "praised", "2019-01-19")]),
    # the day of a report dates what is said then, not the deeds it reports
    ("The official Korean Central News Agency said on Sunday that the drill was meant to test the operating "
     "ability of long-range multiple rocket launchers. Kim ordered his troops to keep full combat posture to "
     "defend the country's sovereignty, the agency said.", "2019-05-05", [("MOBILIZE", "ordered", None)]),
    # what may happen is not dated by the occasion that happened ...
    ("President Donald Trump's second summit with Kim Jong Un ended abruptly on Thursday without an agreement. "
     "He said the two could meet again but declined to set a date.", "2019-02-28", [("CONSULT", "meet", None)]),
    # ... nor what happened by a planned occasion
    ("White House press secretary Sarah Sanders said the second summit would take place near the end of "
     "February. Kim Yong Chol carried a letter from Kim Jong Un to Trump.", "2019-01-18",
     [("CONSULT", "carried", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CONTEXT)
def test_the_occasion_a_sentence_passes_on(analyze: Analyze, text: str, published: str,
                                          expected: list[tuple[str, str, str | None]]) -> None:
    for type_, trigger, date in expected:
        assert _date_of(analyze, text, published, type_, trigger) == date, (type_, trigger)


# An occasion told earlier dates the later reports of it.
OCCASION = [
    # a definite mention of the occasion as the subject: "the speech" is the speech on Friday
    ("In a speech to the Supreme People's Assembly in Pyongyang on Friday, Kim said the United States had come "
     "to the Hanoi summit in February with \"unfeasible\" methods. The speech also criticized South Korea.",
     "2019-04-13", "ACCUSE", "criticized", "2019-04-12"),
    # ... and the one who gave it goes on in that occasion
    ("In a speech to the Supreme People's Assembly in Pyongyang on Friday, Kim said the United States had come "
     "to the Hanoi summit in February with \"unfeasible\" methods.\n\nThe speech also criticized South Korea. "
     "Kim told the assembly that President Moon Jae-in should stop acting as an \"officious mediator\".",
     "2019-04-13", "REQUEST", "should", "2019-04-12"),
    # a later mention of the declaration signed is that signing
    ("Congo's government and the M23 rebel group signed a declaration of principles in Qatar on Saturday.\n\n"
     "The agreement was signed in Doha by representatives of both sides.", "2025-07-21", "AGREE", "signed",
     "2025-07-19"),
    # taking part in (or attending) "the talks", "the meeting" told before
    ("President Donald Trump met Kim Jong Un at the border on Sunday. South Korean President Moon Jae-in did not "
     "take part in the talks themselves.", "2019-06-30", "CONSULT", "talks", "2019-06-30"),
    # ... also when that occasion's date came from its context
    ("President Donald Trump met North Korean leader Kim Jong Un at the border on Sunday. The two leaders met for "
     "about 50 minutes in the Freedom House. National security adviser John Bolton did not attend the meeting.",
     "2019-06-30", "CONSULT", "meeting", "2019-06-30"),
    # both sides of the lead meeting took part in it: a later undated meeting of theirs is that one
    ("Kim Yong Chol, North Korea's top nuclear negotiator, met Secretary of State Mike Pompeo in Washington on "
     "Friday.\n\nKim arrived on Thursday evening on a flight from Beijing.\n\nThe State Department said in a "
     "statement that Pompeo and Kim had a good discussion about the commitments the two sides made at the "
     "Singapore summit in June.", "2019-01-18", "CONSULT", "discussion", "2019-01-18"),
    # "The move came a day after X": the move is the story's lead occasion, X a day before it
    ("North Korea abruptly withdrew its staff from the inter-Korean liaison office in Kaesong on Friday.\n\n"
     "The ministry said about 25 South Korean officials would keep working at the office over the weekend.\n\n"
     "The move came a day after the U.S. Treasury Department imposed sanctions on two Chinese shipping "
     "companies.", "2019-03-22", "SANCTION", "imposed", "2019-03-21"),
    # ... and what such a clause hangs on is the story's occasion too
    ("The United States said on Thursday it had seized a North Korean cargo ship.\n\n"
     "The Justice Department announced the seizure of the Wise Honest, a bulk carrier, hours after North Korea "
     "fired two short-range missiles.", "2019-05-10", "COERCE", "seizure", "2019-05-09"),
    # "also": the same actor's occasion
    ("He called on Washington on Tuesday to take corresponding measures in return. Kim also called for an end "
     "to joint military exercises between South Korea and the United States.", "2019-01-02", "REQUEST",
     "called", "2019-01-01"),
    # "then": the occasion just told continues
    ("Chang Won-sam, South Korea's chief negotiator, and Timothy Betts, his American counterpart, initialled the "
     "deal at the Foreign Ministry in Seoul on Sunday. Foreign Minister Kang Kyung-wha then met U.S. Ambassador "
     "Harry Harris.", "2019-02-11", "CONSULT", "met", "2019-02-10"),
    # a meeting reported by one who acted in the lead occasion is part of it; its conjunct too
    ("President Donald Trump's second summit with Kim Jong Un ended abruptly on Thursday without an agreement. "
     "Senator Cory Gardner praised Trump for refusing a bad deal. On the flight home, Trump called Moon Jae-in "
     "from Air Force One and asked the South Korean president to play an active role in keeping Kim engaged.",
     "2019-02-28", "CONSULT", "called", "2019-02-28"),
    # a sentence in which the same speaker goes on tells that occasion and passes it on, even
    # when its own event is dated otherwise (in October)
    ("Stephen Biegun said on Thursday that President Donald Trump was \"ready to end this war.\"\n\n"
     "Speaking at Stanford University, the envoy said North Korea had committed, in talks with Secretary of "
     "State Mike Pompeo in October, to dismantling its enrichment facilities.\n\n"
     "\"We are not going to invade North Korea,\" he said.\n\n"
     "But Biegun ruled out any easing of sanctions before the North completes denuclearization.",
     "2019-02-01", "REJECT", "ruled", "2019-01-31"),
    # "Hours later": the occasion told before goes on, and passes its date on
    ("Mr. Trump said at a news conference in Hanoi on Thursday that Kim had demanded that all sanctions be "
     "lifted.\n\nHours later, North Korea offered a different account. Foreign Minister Ri Yong Ho told a "
     "rare midnight news conference at his hotel that Pyongyang had asked only for partial relief.", "2019-03-01",
     "REQUEST", "asked", "2019-02-28"),
    # "the two presidents" of a dated meeting agreed when they met
    ("South Korean President Moon Jae-in met President Donald Trump at the White House on Thursday.\n\nTrump wrote "
     "on Twitter on Saturday that a third summit with Kim Jong Un would be good. He did not set a date.\n\nMoon's "
     "office said the two presidents had agreed to keep the diplomatic process going.", "2019-04-13", "AGREE",
     "agreed", "2019-04-11"),
    # a ministry of the state that acted in the previous sentence acts on its occasion
    ("The United States on Wednesday temporarily lifted sanctions on Venezuela's oil, gas and gold sectors.\n\n"
     "The U.S. Treasury Department issued a six-month license authorizing transactions with state oil company "
     "PDVSA, and removed a ban on secondary trading of Venezuelan bonds.", "2023-10-19", "CONCEDE", "removed",
     "2023-10-18"),
    # a member of the force or court that acted in the previous sentence acts on its occasion
    ("The High Court in Nairobi on Monday suspended the government's rollout of a new digital identity card.\n\n"
     "Justice Miriam Wanjiku ordered the ministry to stop issuing the cards until it completes the assessment.",
     "2021-10-18", "COERCE", "ordered", "2021-10-18"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), OCCASION)
def test_an_occasion_told_before_dates_its_later_reports(analyze: Analyze, text: str, published: str,
                                                         type_: str, trigger: str, date: str) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


NO_OCCASION = [
    # a reaction to the occasion is not part of it
    ("In a televised New Year's Day address, Kim called on Washington to take corresponding measures. South "
     "Korea welcomed the address.", "2019-01-02", "SUPPORT", "welcomed"),
    # the one the previous sentence is about, not the one who acts, does not make it the same occasion
    ("President Donald Trump said in his State of the Union address on Tuesday night that he would meet Kim Jong "
     "Un in Vietnam. Senate Democratic leader Chuck Schumer criticized the president in a statement.",
     "2019-02-06", "ACCUSE", "criticized"),
    # a government's (or a union's) people act on many occasions: sharing a country is not enough
    ("The European Union on Tuesday filed a complaint at the World Trade Organization against Indonesia's ban on "
     "exports of nickel ore. EU Trade Commissioner Marta Lindqvist said the ban was \"a clear breach\" of "
     "Indonesia's obligations.", "2020-03-10", "ACCUSE", "breach"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger"), NO_OCCASION)
def test_what_is_not_part_of_the_occasion(analyze: Analyze, text: str, published: str, type_: str,
                                          trigger: str) -> None:
    assert _date_of(analyze, text, published, type_, trigger) is None


STATES = [
    # a standing position in the present is no occasion
    ("The M23 seized Goma in January. Rwanda denies arming the group.", "2025-07-20", "REJECT", "denies", None),
    # a relative clause in the present (perfect) describes its noun up to now
    ("An international arbitration tribunal ruled in 2016 that China's sweeping claims had no legal basis, a "
     "decision Beijing has never accepted.", "2025-06-17", "REJECT", "accepted", None),
    # the present perfect stays background when "both sides" takes its sides from the context
    ("India and Pakistan first agreed on a ceasefire in 2003. It has largely held since then, although both sides "
     "have accused each other of violations.", "2025-10-08", "ACCUSE", "accused", None),
    # a since-clause dates the start of the state it hangs on
    ("Manila has filed more than 200 such protests since President Ferdinand Marcos Jr. took office in 2022.",
     "2025-06-17", "ACCUSE", "filed", "2022"),
    # "last April": the latest April before the month of publication
    ("Apple was fined 500 million euros by the European Commission last April over restrictions on app "
     "developers.", "2026-03-10", "COERCE", "fined", "2025-04"),
]


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), STATES)
def test_states_and_their_starts(analyze: Analyze, text: str, published: str, type_: str, trigger: str,
                                 date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date


@pytest.mark.parametrize(("text", "published", "date"), [
    # the occasion of a sentence is its main clause's, not an after-clause's ...
    ("South Korea is considering sending food aid through the World Food Programme, officials in Seoul said, "
     "after the agency warned last week that 10 million North Koreans faced severe food shortages.",
     "2019-05-10", None),
    # ... nor a participle's misparsed as a clause
    ("Justice Miriam Wanjiku said the Ministry of Interior had acted in \"clear disregard\" of the Data "
     "Protection Act passed in 2019.", "2021-10-18", None),
    ("In a speech to the Supreme People's Assembly in Pyongyang on Friday, Kim said the United States had come "
     "to the Hanoi summit in February with \"unfeasible\" methods.", "2019-04-13", "2019-04-12"),
])
def test_the_date_a_sentence_passes_on(analyze: Analyze, text: str, published: str, date: str | None) -> None:
    from storyline.nlp.events.dating import sentence_date
    from storyline.nlp.events.knowledge import load_lexicon
    from storyline.nlp.model import load_nlp

    sent = next(iter(load_nlp()(text).sents))
    found = sentence_date(sent, published, load_lexicon())
    assert (found.value if found else None) == date


@pytest.mark.parametrize(("text", "published", "type_", "trigger", "date"), [
    # the verb a nominal event is the subject of tells what became of it, on its own date
    ("The teachers' union began the strike on Monday after talks with the Education Ministry broke down "
     "last week.", "2025-03-05", "CONSULT", "talks", "2025-02-24"),
])
def test_a_nominal_event_is_dated_by_its_predicate(analyze: Analyze, text: str, published: str, type_: str,
                                                    trigger: str, date: str | None) -> None:
    assert _date_of(analyze, text, published, type_, trigger) == date

"""The cleaner: debris repair on real scraped text, idempotence, and clean text untouched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.ingest.clean import article_id, clean_text, normalize_whitespace

from .conftest import SEED_BLOOMBERG, SEED_CNN


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Bolton said. at & # 39; Face the Nation & # 39 ;.", "Bolton said. at 'Face the Nation'."),
        ("the end of the month of April. # 39; August.", "the end of the month of April. ' August."),
        ("It&amp;#39;s over", "It's over"),
        ("It&amp;#x27;s over", "It's over"),
        ("He said &quot;no&quot; twice", 'He said "no" twice'),
        ("He said & quot;no& quot; twice", 'He said "no" twice'),
        ("Kim&#8217;s regime", "Kim’s regime"),
        # a plural possessive: the apostrophe hugs the word before and keeps the space after
        ("leaders of farmers& # 39; associations met", "leaders of farmers' associations met"),
        ("Greece& # 39;s highways and the & # 39;Sunshine Policy& # 39;", "Greece's highways and the 'Sunshine Policy'"),
        ("Café talks", "Café talks"),
        ("Caf\u00c3\u00a9 talks in Gen\u00c3\u00a8ve", "Café talks in Genève"),
    ],
)
def test_debris_is_repaired(raw: str, clean: str) -> None:
    assert clean_text(raw).text == clean


def test_marker_becomes_paragraph_break() -> None:
    out = clean_text('“… a single rocket ”, he said. 19659002] He also stressed his chemistry with Kim')
    assert out.text == '“… a single rocket ”, he said.\n\nHe also stressed his chemistry with Kim'
    assert [(r.kind, r.before) for r in out.repairs] == [("marker", "19659002] ")]


def test_bracketed_numbers_are_not_markers() -> None:
    text = "See reference [19659002] in the report."
    assert clean_text(text).text == text


def test_outlet_line_and_footer_removed_from_bloomberg_seed() -> None:
    out = clean_text(SEED_BLOOMBERG.read_text(encoding="utf-8"))
    assert out.outlet == "Bloomberg"
    assert out.text.startswith("More than three months after Secretary of State Michael Pompeo")
    assert "subscribing" not in out.text and "quality journalism" not in out.text
    assert out.text.endswith("straight to the top?”")
    assert [r.kind for r in out.repairs] == ["footer"]


def test_cnn_seed_entities_and_markers() -> None:
    out = clean_text(SEED_CNN.read_text(encoding="utf-8"))
    assert "& # 39" not in out.text and "# 39;" not in out.text and "19659002" not in out.text
    assert "at 'Face the Nation'." in out.text
    kinds = [r.kind for r in out.repairs]
    assert kinds.count("html-entity") == 3 and kinds.count("marker") == 2


def test_quoted_words_are_kept_verbatim() -> None:
    text = "“We’ll see, we’ll see,” he said. ‘Fine’ — and \"done\"."
    assert clean_text(text).text == text


def test_footer_with_a_quote_is_kept() -> None:
    text = "Body paragraph here.\n\n“Subscribe to nothing,” the minister said of the newsletter plan."
    assert clean_text(text).text == text


@pytest.mark.parametrize("line", ["• Bloomberg", "(AP) —", "By Reuters"])
def test_outlet_lines(line: str) -> None:
    out = clean_text(f"{line}\n\nThe envoy met officials on Friday.")
    assert out.text == "The envoy met officials on Friday." and out.outlet


def test_article_id_is_16_hex_of_sha256() -> None:
    assert article_id("abc") == "ba7816bf8f01cfea"


_prose = st.lists(
    st.sampled_from(
        ["The", "minister", "said", "“we", "will", "meet”", "on", "Thursday.", "Kim’s", "talks,", "—", "North",
         "Korea", "'", "\"", "#", "39;", "&", "amp;", "19659002]", "©", "2019", "\n", "\n\n", "Subscribe", "é", "Ã©"]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_prose)
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean_text(text).text
    assert clean_text(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["The", "envoy", "met", "officials", "on", "Friday.", "“Progress", "is", "slow,”",
                                 "he", "said.", "Kim’s", "aides", "don’t", "agree;", "\n\n"]), min_size=1, max_size=40))
def test_clean_text_is_untouched(words: list[str]) -> None:
    text = normalize_whitespace(" ".join(words))
    if text:
        assert clean_text(text).text == text
        assert clean_text(text).repairs == []


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Jane Doe in Seoul; Additional reporting by John Roe; Editing by Alex Smith)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Associated Press writer Foo Bar in Tokyo contributed to this report.",
        "Writing by Jane Doe; editing by Alex Smith",
    ],
)
def test_wire_credits_are_footers(credit: str) -> None:
    out = clean_text(f"The envoy met officials on Friday.\n\n{credit}")
    assert out.text == "The envoy met officials on Friday." and [r.kind for r in out.repairs] == ["footer"]


def test_news_about_reporting_is_no_credit() -> None:
    text = "The envoy met officials on Friday.\n\nReporting by the BBC showed the talks had stalled, he said."
    assert clean_text(text).text == text


# --- page furniture in plain-text and JSONL dumps of web pages -------------------------------

_PAGE = """Port talks resume after two-week lockout

Dockworkers' Gazette | Updated: 14-09-2025 08:10 GMT
Share This
The employers' association and the dockworkers' union resumed talks in Montreal on Saturday, two weeks after the lockout began.
Advertisement
The labour minister said she expected both sides to reach a deal before the end of the month, adding that the government was ready to step in.
READ ALSO: Rail freight slows as grain piles up in prairie terminals
A union spokesman said the talks were "constructive" but that no agreement had been reached on pensions or on automation at the terminals.
Source: Gazette wires
ALSO READ
- Strikes
- Labour
Grain exporters count the cost of the shutdown
Farmers say the shutdown has already cost them millions of dollars in lost sales, and many fear they will lose their customers abroad.
"""


@pytest.mark.parametrize("line", ["graphic", "Video", "This article was published 15 years ago", "4 min read", "Home » World » Asia"])
def test_furniture_lines(line: str) -> None:
    out = clean_text(f"The talks resumed on Tuesday after a week-long pause, the ministry said.\n{line}\nNo agreement was reached.")
    assert [(r.kind, r.before) for r in out.repairs] == [("boilerplate", line)]


def test_page_furniture_is_removed_and_recorded() -> None:
    out = clean_text(_PAGE)
    removed = [r.before for r in out.repairs if r.kind == "boilerplate"]
    assert removed == [
        "Dockworkers' Gazette | Updated: 14-09-2025 08:10 GMT", "Share This", "Advertisement",
        "READ ALSO: Rail freight slows as grain piles up in prairie terminals", "Source: Gazette wires",
        "ALSO READ", "- Strikes", "- Labour", "Grain exporters count the cost of the shutdown",
    ]
    # every line of prose stays, including the one after the related-stories block
    for kept in ("resumed talks in Montreal", "ready to step in", "no agreement had been reached",
                 "Farmers say the shutdown"):
        assert kept in out.text
    assert out.outlet == "Dockworkers' Gazette"
    assert out.published == "2025-09-14"
    assert clean_text(out.text).text == out.text


@pytest.mark.parametrize(
    "line",
    [
        "Related talks were held in Geneva last year, but they ended without an agreement.",
        "Share prices fell 3% in early trading.",
        "Light rain was forecast for the weekend, officials said.",
        "Tags on the evidence bags had been removed, the lawyer said.",
    ],
)
def test_prose_that_looks_like_furniture_is_kept(line: str) -> None:
    text = f"The court adjourned the hearing on Monday.\n{line}\nThe next session is on Friday."
    out = clean_text(text)
    assert out.text == text
    assert out.repairs == []


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published July 28,2022", "2022-07-28"),
        ("Updated: 2024-04-29 10:02", "2024-04-29"),
        ("Posted 3 March 2021", "2021-03-03"),
        ("By AFP | 22 January 2015 | 2:55 am", "2015-01-22"),
        ("Updated 03/04/2022", None),  # day-first or month-first: not guessed
    ],
)
def test_date_stamp_under_the_headline(line: str, date: str | None) -> None:
    out = clean_text(f"Ministers meet in Oslo\n\n{line}\nThe ministers met in Oslo on Monday to discuss fishing quotas.")
    assert out.published == date
    assert "The ministers met in Oslo on Monday" in out.text


def test_stamp_date_dates_relative_expressions_when_the_record_has_none() -> None:
    from .conftest import run_steps

    text = "Published March 5, 2025\nThe foreign ministers met in Oslo on Monday to discuss fishing quotas."
    assert run_steps(text, ()).article.published == "2025-03-05"  # type: ignore[union-attr]
    # a date the record carries wins over one read off the page
    assert run_steps(text, (), published="2025-03-07").article.published == "2025-03-07"  # type: ignore[union-attr]
    # a stamp that is no calendar day is no date, as a record's own date is not (readers.normalize_date)
    text = "Published February 30, 2025\nThe foreign ministers met in Oslo on Monday to discuss fishing quotas."
    assert run_steps(text, ()).article.published is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "caption",
    [
        "The finance minister arrives for talks in Colombo, March 2, 2024. REUTERS/Jane Doe",
        "Soldiers patrol the border near the crossing. REUTERS/Stringer/File Photo",
        "The prime minister speaks at a news conference in Lima, Monday, May 6, 2024. (AP Photo/John Roe)",
        "Dockworkers picket outside the port gates Credit: AP",
        "Farmers block the road near the border. Photo: Anna Nowak",
        "Image caption, Farmers blocked the road near the border on Monday",
        "Image source, Getty Images",
    ],
)
def test_photo_captions_are_removed(caption: str) -> None:
    text = f"The talks resumed on Tuesday after a week-long pause, the ministry said.\n{caption}\nNo agreement was reached."
    out = clean_text(text)
    assert out.text == "The talks resumed on Tuesday after a week-long pause, the ministry said.\nNo agreement was reached."
    assert [(r.kind, r.before) for r in out.repairs] == [("caption", caption)]


def test_a_photo_credit_pasted_into_a_reporting_paragraph_goes_alone() -> None:
    text = ("The talks resumed on Tuesday.\nOpposition leader Raila Odinga (AP Photo/Ben Curtis) said on Monday that "
            "police had attacked his supporters.\nNo agreement was reached.")
    out = clean_text(text)
    assert out.text == ("The talks resumed on Tuesday.\nOpposition leader Raila Odinga said on Monday that police had "
                        "attacked his supporters.\nNo agreement was reached.")
    assert [(r.kind, r.before) for r in out.repairs] == [("caption", "(AP Photo/Ben Curtis)")]


@pytest.mark.parametrize(
    "line",
    [
        "He told Reuters on Monday that the AP/Ipsos poll was wrong.",
        "Credit ratings agencies cut the outlook on Friday.",
        "Picture this: a summit with no agenda.",
        "Support for the plan fell to 40 percent, according to a survey by Reuters/Ipsos.",
        "The figures were compiled by AP/NORC.",
    ],
)
def test_prose_naming_agencies_is_no_caption(line: str) -> None:
    assert clean_text(line).repairs == []


_FORUM_PAGE = """Jump to content

Ferry capsizes off island, dozens rescued

Recommended Posts

2024-06-02 14:05:10 GMT+8 (PHT)

The coast guard rescued 41 passengers after a ferry capsized in rough seas off the island on Sunday, officials said.

ferry.jpg

-- © Island Wire All rights reserved 2024-06-02

Link to comment
Share on other sites

Create an account or sign in to comment

Sign In Now
  • Recently Browsing   0 members
×
"""


def test_forum_furniture_and_a_bare_date_line() -> None:
    out = clean_text(_FORUM_PAGE)
    assert out.text == (
        "Ferry capsizes off island, dozens rescued\n\nThe coast guard rescued 41 passengers after a ferry "
        "capsized in rough seas off the island on Sunday, officials said."
    )
    assert out.published == "2024-06-02"
    assert [r.kind for r in out.repairs].count("footer") == 1


@pytest.mark.parametrize(
    ("line", "date"),
    [("Mon, 16 Dec 2019 02:33 GMT", "2019-12-16"), ("October 3, 2001: 2:10 p.m. ET", "2001-10-03"),
     ("May 2, 2015 / 11:12 AM / 4 years ago", "2015-05-02")],
)
def test_bare_date_lines(line: str, date: str) -> None:
    out = clean_text(f"Ministers meet in Oslo\n\n{line}\nThe ministers met in Oslo on Monday to discuss fishing quotas.")
    assert out.published == date
    assert line not in out.text


def test_a_sentence_starting_with_a_date_is_prose() -> None:
    text = "March 5, 2025 was the day the ministers met in Oslo to discuss fishing quotas."
    assert clean_text(text).text == text
    assert clean_text(text).published is None


@pytest.mark.parametrize("byline", ["By Ivana Sekularac", "By Pawel Florkiewicz and Olena Harmash", "By Anne Roy, Reuters"])
def test_a_byline_at_the_top_is_metadata(byline: str) -> None:
    out = clean_text(f"{byline}\n\nBELGRADE (Reuters) - Parliament approved the new minister on Tuesday.")
    assert out.text == "BELGRADE (Reuters) - Parliament approved the new minister on Tuesday."
    assert [(r.kind, r.before) for r in out.repairs] == [("byline", byline)]


def test_by_in_prose_is_no_byline() -> None:
    text = "By Tuesday the talks had collapsed.\nBy then, Ottawa had ordered an end to the lockout."
    assert clean_text(text).text == text


def test_a_section_line_with_no_date_names_no_outlet() -> None:
    out = clean_text("Politics | 3 min read\nThe ministers met in Oslo on Monday to discuss fishing quotas and the ban.")
    assert out.outlet is None
    assert out.text == "The ministers met in Oslo on Monday to discuss fishing quotas and the ban."

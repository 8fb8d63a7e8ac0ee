"""Debris repair and boilerplate removal: raw text in, clean article text out.

Scraped and machine-translated news arrives with debris: HTML entities broken apart by a
translator (``& # 39;``), double-escaped entities (``&amp;#39;``), mojibake, paragraph
markers left by a scraper (``19659002]``), outlet lines (``• Bloomberg``), subscription
footers, and the furniture of the web page a dump was taken from (buttons, breadcrumbs,
"READ ALSO: …" teasers, lists of related stories). Each repair is recorded (kind, before, after) so a reader can see
exactly what was changed. Words inside quotation marks are never rewritten beyond such
debris. Cleaning is idempotent: ``clean_text(clean_text(x).text) == clean_text(x)``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field

import ftfy
from ftfy.badness import is_bad

from storyline.models import Repair

# --- broken HTML entities -------------------------------------------------------------
# Numeric character references a translator or double-escaping has broken. Only code points
# that are punctuation or spaces are restored from the looser forms, so that "# 39;" in real
# prose ("room # 39;") is the only risk, and it is vanishingly rare in news text.
_PUNCT_CODES = {
    34, 38, 39, 60, 62, 133, 145, 146, 147, 148, 150, 151, 160, 8211, 8212, 8216, 8217,
    8218, 8220, 8221, 8222, 8226, 8230, 8242, 8243,
}
_CP1252_C1 = {133: "\u2026", 145: "\u2018", 146: "\u2019", 147: "\u201c", 148: "\u201d", 150: "\u2013", 151: "\u2014"}
# "&amp;#39;", "&amp;#x27;", "&amp;quot;" — an entity escaped twice.
_DOUBLE_ESCAPED = re.compile(r"&amp;(#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z]{2,8};)")
# "& # 39;", "& #39 ;", "&# 39;", "& # x27;" — spaces inserted inside the reference.
_SPACED_NUMERIC = re.compile(r"&\s{0,2}#\s{0,2}([xX][0-9a-fA-F]{1,6}|\d{1,7})\s{0,2};")
# "# 39;" — the ampersand lost; only for punctuation codes.
_BARE_NUMERIC = re.compile(r"(?<![&\w#])#\s?(\d{2,4})\s?;")
# "& quot;", "&quot;", "&rsquo;" — named entities, spaced or not.
_NAMED = re.compile(r"&\s?(quot|amp|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip|bull|eacute|egrave|uuml|ouml|auml|ccedil|aacute|iacute|oacute|uacute|ntilde);")

# --- scraper markers ----------------------------------------------------------------------
# "19659002]" and friends: a long number and a closing bracket with no opening one,
# left where a paragraph boundary was.
_MARKER = re.compile(r"(?<![\[\w])\d{6,10}\](?:\s*)")

# --- outlet lines and footers -------------------------------------------------------------
_OUTLET_LINE = re.compile(r"^\s*[•·▪●|]\s*([A-Z][\w&.'’ -]{1,48}?)\s*$")
_BYLINE_OUTLET = re.compile(r"^\s*(?:By\s+)?\(?(Reuters|AP|AFP|Bloomberg|CNN|Associated Press)\)?\s*[-—–]?\s*$")
_FOOTER = re.compile(
    r"subscrib|newsletter|sign up|signup|all rights reserved|copyright|©|\(c\) \d{4}|"
    r"quality journalism|support (?:our|independent) journalism|become a member|"
    r"follow us on|share this (?:article|story)|click here|read more:|related:|"
    r"cookie|privacy policy|terms of (?:use|service)|download our app|this article was (?:first )?published|"
    r"get the story right|reprints? (?:&|and) permissions|"
    # wire credits: "(Reporting by X; Editing by Y)", "AP writer X contributed to this report"
    r"^\((?:additional )?(?:reporting|writing|compiled|editing) by\b|"
    r"^(?:reporting|writing) by [^.;]+;\s*(?:additional reporting|editing) by\b|trust principles|"
    r"contributed (?:to )?(?:this )?(?:report|story|article)\b",
    re.IGNORECASE,
)
_MAX_FOOTER_CHARS = 400

# --- page furniture inside the text -------------------------------------------------------
# Plain-text and JSONL dumps of web pages keep the page's furniture as lines of their own:
# buttons ("Share This", "Advertisement", "3 min read"), breadcrumbs ("News | World"), a
# metadata line under the headline ("Reuters | Updated: 29-03-2022 00:26 IST"), teasers for
# other stories ("READ ALSO: …") and, after a "Related"/"Also read" marker, a list of other
# headlines and tags. Each such line is removed and recorded, so nothing is lost silently.
_UI_LINE = re.compile(
    r"^[-–•·▪●]?\s*(?:advertisement|advertising|sponsored(?: content)?|share(?: this(?: article| story)?)?|"
    r"share (?:on|via) \w+|tweet|print|e-?mail|comments?|view comments|show comments|subscribe(?: now)?|"
    r"register|sign in|log ?in|menu|left menu|close|skip to (?:main )?content|listen to (?:this )?article|"
    r"read mode|story continues below(?: advertisement)?|continue reading|\d{1,3}% font size|"
    r"\d{1,2} min(?:ute)?s? read|theme|light|dark|other sites|load more|back to top|graphic|video|photo|"
    r"gallery|open full[- ]sized? image|enlarge this image|toggle caption|hide caption|"
    r"this (?:article|story) was published (?:more than )?(?:\w+|\d+) (?:years?|months?|days?) ago|"
    r"we'?re sorry, this feature is currently unavailable\..*|"
    # forum and comment furniture
    r"jump to content|recommended posts|link to comment|share on other sites|create (?:an account|new\.*)|"
    r"create an account or sign in to comment|you need to be a member in order to leave a comment|"
    r"sign up for a new account.*|register a new account|already have an account\? sign in here\.?|"
    r"sign in now|recently browsing\s+\d+ members?|no registered users viewing this page\.?|"
    r"[×✕]|[\w-]+\.(?:png|jpe?g|gif|webp|svg)|watch \w+ live)\s*$",
    re.IGNORECASE,
)
_RELATED_MARKER = (
    r"read also|also read|read more(?: on)?|related(?: stories| articles| news| content| coverage| topics)?|"
    r"more from [\w .&'-]{2,40}|more stories|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news|see also|editor'?s picks|tags"
)
# "READ ALSO: <headline>" — a teaser: the separator is required, so prose that merely starts
# with "Related" stays.
_TEASER = re.compile(rf"^[-–•·]?\s*(?:{_RELATED_MARKER})\s*[:|»›]\s*\S.*$", re.IGNORECASE)
# "ALSO READ" alone on its line: what follows, up to the next line of prose, is other stories.
_RELATED_BLOCK = re.compile(rf"^[-–•·]?\s*(?:{_RELATED_MARKER})\s*:?\s*$", re.IGNORECASE)
_SYNDICATION = re.compile(
    r"^\(?\s*this (?:story|article|report) (?:has not been edited|was (?:auto-?matically )?generated|"
    r"is auto-?generated)|auto-?generated from a syndicated feed|^source\s*:\s*[\w .&'’-]{2,40}$",
    re.IGNORECASE,
)
# Photo captions: a line carrying a photo credit ("… in Male, October 18, 2013.
# REUTERS/Dinuka Liyanawatte", "(AP Photo/Christophe Ena)", "… protest Credit: AP") describes
# a picture, often from another day, not the story.
# Reporting words: a caption describes a picture ("gestures during a rally"); a paragraph that
# reports speech is prose even when a photo credit was pasted into it.
_REPORTED = re.compile(r"\b(?:said|says|told|according to|announced|added)\b")
_CAPTION = re.compile(
    # (the agency in capitals, as credits print it: "according to a Reuters/Ipsos poll" is prose)
    r"(?:\b(?:REUTERS|AFP|EPA|XINHUA|ANADOLU)(?:/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})+"
    r"(?:\s*/\s*File(?: Photo)?)?\s*\.?$"
    r"|\((?:AP|AFP|EPA|Reuters|Getty) Photos?\b[^)]{0,60}\)"
    r"|\b(?:Photo|Picture|Image|Photograph|Credit|PHOTO|CREDIT)s?\s*:\s*[^.:]{2,50}$"
    r"|\bvia Getty Images\s*$|\bGetty Images\s*$"
    # BBC pages: "Image source, Reuters", "Image caption, Protesters gathered …"
    r"|^(?:Image|Video|Media) (?:source|caption), )",
)
# "News | World", "Home › Africa": two to five short segments and no sentence.
_BREADCRUMB = re.compile(r"^(?:[\w&'’-]+(?: [\w&'’-]+){0,2})(?:\s*[|›»>/]\s*[\w&'’-]+(?: [\w&'’-]+){0,2}){1,4}$")
# "Reuters | Updated: 29-03-2022 00:26 IST", "By AFP | 22 January 2015 | 2:55 am".
_META_LINE = re.compile(
    r"^(?:by\s+)?(?P<outlet>[A-Z][\w.&'’ -]{1,40}?)\s*\|\s*(?:(?:updated|published|created|posted)\b|\d).*$",
    re.IGNORECASE,
)
_STAMP_LINE = re.compile(r"^(?:updated|published|posted|last updated)\s*:?\s*(?P<when>.{4,60})$", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTH_NAMES = "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_DATE_MDY = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*(\d{{4}})\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_HEADER_LINES = 4
# "By Ivana Sekularac", "By Pawel Florkiewicz and Olena Harmash": who wrote it, not the story.
_BYLINE_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
BYLINE = re.compile(rf"^By\s+{_BYLINE_NAME}(?:(?:,|,?\s+and)\s+{_BYLINE_NAME}){{0,3}}(?:,\s*[A-Z][\w ]{{2,30}})?\s*$")
_TIME = r"(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:\s*\([A-Z]{2,5}\))?"
# A line that is only a date and time under the headline: "2011-02-27 21:41:53 GMT+7 (ICT)",
# "Mon, 16 Dec 2019 02:33 GMT", "October 3, 2001: 2:10 p.m. ET", "May 2, 2015 / 11:12 AM / 4 years ago".
_BARE_STAMP = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?,?\s+\d{{4}}|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}):?"
    rf"{_TIME}(?:\s*[/|]\s*[\w:. ]{{1,24}}){{0,3}}\s*$",
    re.IGNORECASE,
)


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for m, i in _MONTHS.items() if m.startswith(name[:3]))


# Publication years a news article can have: a feed's "0001-01-01T00:00:00Z" (Go's zero
# time) or a "9999-12-31" placeholder means no date, and relative dates must not resolve
# against it.
PUBLISHED_YEARS = range(1900, 2101)


def calendar_day(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` when the numbers are a real day of a plausible publication year, else None
    ("2019-02-30", year 1)."""
    if year not in PUBLISHED_YEARS:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def stamp_date(text: str) -> str | None:
    """The date of a page's "Updated: …"/"Published …" stamp, as YYYY-MM-DD; None if unclear.

    A numeric day and month are read day first only when the day is over 12; "03/04/2022"
    could be either and is not guessed."""
    found: tuple[int, int, int] | None = None
    if m := _DATE_ISO.search(text):
        found = (int(m[1]), int(m[2]), int(m[3]))
    elif m := _DATE_DMY.search(text):
        found = (int(m[3]), _month(m[2]), int(m[1]))
    elif m := _DATE_MDY.search(text):
        found = (int(m[3]), _month(m[1]), int(m[2]))
    elif m := _DATE_NUMERIC.search(text):
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            found = (int(m[3]), b, a)
        elif b > 12 >= a:
            found = (int(m[3]), a, b)
    if found is None:
        return None
    return calendar_day(*found)


def _is_prose(line: str) -> bool:
    """A line of article prose: a long sentence, not a headline, tag or button."""
    return len(line.split()) >= 14 and line.rstrip()[-1:] in ".!?\"”’)"


def strip_furniture(text: str, repairs: list[Repair]) -> tuple[str, str | None, str | None]:
    """Remove page furniture lines (buttons, breadcrumbs, teasers, related-story lists,
    syndication notes); return the text and the outlet and date read off a metadata line
    ("Reuters | Updated: …", "Published July 28, 2022") near the top."""
    outlet: str | None = None
    published: str | None = None
    kept: list[str] = []
    lines = text.split("\n")
    skipping = False
    edited = False  # a line kept with a part cut out
    content_lines = 0
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        if skipping:
            if not _is_prose(stripped):
                repairs.append(Repair("boilerplate", stripped, ""))
                continue
            skipping = False
        header = content_lines < _HEADER_LINES
        meta = _META_LINE.match(stripped) if header else None
        stamp = _STAMP_LINE.match(stripped) if header else None
        when = stamp_date(stamp["when"] if stamp else stripped) if header else None
        if header and BYLINE.match(stripped):
            repairs.append(Repair("byline", stripped, ""))
            continue
        if meta and not _is_prose(stripped):
            if when:  # "Politics | 3 min read" names no outlet
                outlet = outlet or meta["outlet"].strip()
                published = published or when
        elif when and (stamp or _BARE_STAMP.match(stripped)):  # "Published July 28, 2022", a bare date line
            published = published or when
        elif _RELATED_BLOCK.match(stripped):
            skipping = True
        elif m := _CAPTION.search(stripped):
            rest = (stripped[: m.start()] + stripped[m.end():]).strip()
            if m.group().startswith("(") and _REPORTED.search(rest) and len(rest.split()) >= 8 \
                    and rest[-1:] in ".!?\"”’":
                # a photo credit dropped into a paragraph of reporting ("Odinga (AP Photo/Ben
                # Curtis) said on Monday that ..."): only the credit goes
                repairs.append(Repair("caption", m.group(), ""))
                kept.append(line.replace(m.group(), "").replace("  ", " "))
                content_lines += 1
                edited = True
                continue
            repairs.append(Repair("caption", stripped, ""))
            continue
        elif not (
            _UI_LINE.match(stripped) or _TEASER.match(stripped) or _SYNDICATION.search(stripped)
            or (_BREADCRUMB.match(stripped) and len(stripped.split()) <= 8
                and any(sep in stripped for sep in "|›»>"))
        ):
            kept.append(line)
            content_lines += 1
            continue
        repairs.append(Repair("boilerplate", stripped, ""))
    return ("\n".join(kept) if edited or len(kept) != len(lines) else text), outlet, published


_WIDTH_OR_LIGATURE = re.compile(r"[\uff01-\uff5e\ufb00-\ufb06\u3000]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANKS = re.compile(r"\n{3,}")


@dataclass
class Cleaned:
    """The result of cleaning: text, what was repaired, and metadata found in the text."""

    text: str
    repairs: list[Repair] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


def _code_to_char(code: str) -> str | None:
    try:
        n = int(code[1:], 16) if code[:1] in "xX" else int(code)
    except ValueError:
        return None
    if n in _CP1252_C1:
        return _CP1252_C1[n]
    if n == 160:
        return " "
    if 0 < n < 0x110000 and n not in range(0xD800, 0xE000):
        return chr(n)
    return None


def _sub(pattern: re.Pattern[str], text: str, kind: str, repl, repairs: list[Repair]) -> str:  # type: ignore[no-untyped-def]
    def fix(m: re.Match[str]) -> str:
        after = repl(m)
        if after is None or after == m.group(0):
            return m.group(0)
        repairs.append(Repair(kind, m.group(0), after))
        return str(after)

    return pattern.sub(fix, text)


_QUOTE_CODES = {"34", "39", "x27", "X27", "x22", "X22"}
# A spaced numeric reference with the spaces a translator put around it.
_SPACED_WITH_CONTEXT = re.compile(r"( ?)&\s{0,2}#\s{0,2}([xX][0-9a-fA-F]{1,6}|\d{1,7})\s{0,2};( ?)")


def _repair_spaced(text: str, repairs: list[Repair]) -> str:
    """``at & # 39; Face the Nation & # 39 ;.`` → ``at 'Face the Nation'.``

    A straight quote restored from a spaced reference takes its spacing from its role:
    alternate occurrences in a paragraph open and close, so an opening mark loses the
    space after it and a closing mark the space before it.
    """
    out: list[str] = []
    pos = 0
    open_marks: dict[str, bool] = {}
    for m in _SPACED_WITH_CONTEXT.finditer(text):
        char = _code_to_char(m.group(2))
        if char is None:
            continue
        before, after = m.group(1), m.group(3)
        if "\n" in text[pos : m.start()]:
            open_marks.clear()  # quotation state restarts with each paragraph
        if m.group(2) in _QUOTE_CODES:
            is_open = open_marks.get(char, False)
            next_char = text[m.end() : m.end() + 1]
            prev_char = text[m.start() - 1 : m.start()] if m.start() else ""
            if not before and prev_char.isalnum() and not is_open:
                # "farmers& # 39; associations", "Greece& # 39;s": an apostrophe on the word before
                # keeps the space after it, and opens no quotation
                repl = f"{char}{after}"
            elif not is_open and (next_char.isalnum() or (after and text[m.end() : m.end() + 1].isalnum())):
                repl = f"{before}{char}"  # opening: hug the next word
                open_marks[char] = True
            else:
                repl = f"{char}{after}"  # closing: hug the previous word
                open_marks[char] = False
        else:
            repl = f"{before}{char}{after}"
        out.append(text[pos : m.start()])
        out.append(repl)
        repairs.append(Repair("html-entity", m.group(0).strip(" "), char))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def repair_entities(text: str, repairs: list[Repair]) -> str:
    """Restore HTML entities that were double-escaped, spaced apart or lost their ``&``.

    Escaping can be stacked (``&amp;amp;#39;``), so repairs run to a fixed point.
    """
    for _ in range(5):
        before = text
        text = _sub(_DOUBLE_ESCAPED, text, "html-entity", lambda m: html.unescape("&" + m.group(1)), repairs)
        text = _repair_spaced(text, repairs)

        def bare(m: re.Match[str]) -> str | None:
            n = int(m.group(1))
            return _code_to_char(m.group(1)) if n in _PUNCT_CODES else None

        text = _sub(_BARE_NUMERIC, text, "html-entity", bare, repairs)

        def named(m: re.Match[str]) -> str | None:
            out = html.unescape(f"&{m.group(1)};")
            return " " if out == "\xa0" else out

        text = _sub(_NAMED, text, "html-entity", named, repairs)
        if text == before:
            break
    return text


def repair_markers(text: str, repairs: list[Repair]) -> str:
    """Turn scraper paragraph markers (``19659002]``) back into paragraph breaks."""

    def fix(m: re.Match[str]) -> str:
        start = m.start()
        at_line_start = start == 0 or text[start - 1] == "\n"
        after = "" if at_line_start else "\n\n"
        repairs.append(Repair("marker", m.group(0), after))
        return after

    return _MARKER.sub(fix, text)


def repair_mojibake(text: str, repairs: list[Repair]) -> str:
    """Fix mojibake with ftfy, keeping curly quotes (they tell quotes from apostrophes).

    ftfy is thorough but slow (several ms per article), so it only runs on text that has
    something for it to fix: mojibake by ftfy's own badness test, full-width forms or
    ligatures, or text not in NFC.
    """
    if text.isascii() or not (
        is_bad(text) or _WIDTH_OR_LIGATURE.search(text) or not unicodedata.is_normalized("NFC", text)
    ):
        return text
    fixed = ftfy.fix_text(
        text,
        unescape_html=False,
        uncurl_quotes=False,
        fix_latin_ligatures=True,
        fix_character_width=True,
        fix_line_breaks=True,
        normalization="NFC",
        explain=False,
    )
    if fixed == text:
        return text
    matcher = difflib.SequenceMatcher(None, text, fixed, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            repairs.append(Repair("mojibake", text[i1:i2], fixed[j1:j2]))
    return fixed


def normalize_whitespace(text: str) -> str:
    """One space between words, no trailing spaces, at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def split_header(text: str) -> tuple[str, str | None]:
    """Remove an outlet line (``• Bloomberg``) from the top of the text; return the outlet."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:3]):
        if not line.strip():
            continue
        m = _OUTLET_LINE.match(line) or _BYLINE_OUTLET.match(line)
        if m and "\n".join(lines[i + 1 :]).strip():
            rest = "\n".join(lines[:i] + lines[i + 1 :])
            return rest.strip(), m.group(1).strip()
        break
    return text, None


def strip_footer(text: str, repairs: list[Repair]) -> str:
    """Drop trailing paragraphs that are subscription, newsletter or copyright boilerplate."""
    paragraphs = text.split("\n\n")
    while len(paragraphs) > 1:
        last = paragraphs[-1]
        if len(last) > _MAX_FOOTER_CHARS or not _FOOTER.search(last):
            break
        # A footer paragraph with a quotation in it is more likely news than boilerplate.
        if re.search(r"[\"“”]", last) and not re.search(r"©|copyright|all rights reserved", last, re.I):
            break
        repairs.append(Repair("footer", last, ""))
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def clean_text(text: str, *, strip_outlet: bool = True) -> Cleaned:
    """Repair debris and boilerplate in ``text``; idempotent and a no-op on clean text."""
    repairs: list[Repair] = []
    text = normalize_whitespace(text)
    outlet = None
    if strip_outlet:
        text, outlet = split_header(text)
    text = repair_entities(text, repairs)
    text = repair_mojibake(text, repairs)
    text = repair_markers(text, repairs)
    text, page_outlet, published = strip_furniture(normalize_whitespace(text), repairs)
    text = strip_footer(normalize_whitespace(text), repairs)
    return Cleaned(text=text, repairs=repairs, outlet=outlet or page_outlet, published=published)


def article_id(text: str) -> str:
    """The article's identity: the first 16 hex digits of sha256 of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

"""The actor knowledge base: countries, organisations, titles, group nouns, known actors.

Bundled files (``countries.csv``, ``organizations.yaml``, ``roles.yaml``, ``names.yaml``,
``actors.yaml``) are merged with any extra files a user passes (``--actors FILE``):
a YAML file with any of the top-level keys ``actors``, ``organizations``, ``countries``,
``titles``, ``role_nouns``, ``groups``, ``org_words``, ``org_anaphora``, ``person_nouns``, ``state_bodies``, ``nicknames``,
``force_words``, ``member_words``, ``place_nouns``, ``state_heads``, ``posted_abroad``, ``party_words``, ``title_bodies``,
``government_modifiers``, ``country_groups``, ``group_heads``, ``document_nouns``, ``company_suffixes``,
``business_words``, ``office_places``, or a CSV file whose header is
the countries header (``iso3,name,...``), the cities header (``name,iso3,population``:
``cities.csv``, built from GeoNames by ``scripts/build_cities.py``) or
``name,kind,country,sector,aliases``.
Extra entries are added after the bundled ones, so a user's actor with the same name
replaces the bundled one. Everything is validated on load; an error names the file and
the line (or entry) and says what to fix. Loaded once per set of files (lru_cache).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import KnowledgeError
from storyline.knowledge import data_path, entry_lines, read_yaml

SECTORS = frozenset(
    {"GOV", "MIL", "SPY", "JUD", "LEG", "COP", "OPP", "REB", "BUS", "MED", "NGO", "IGO", "CVL", "EDU"}
)
KINDS = frozenset({"person", "organization", "country", "group"})
GENDERS = frozenset({"male", "female"})
_CODE = re.compile(r"^[A-Z]{3,4}$")
COUNTRY_HEADER = ["iso3", "name", "aliases", "demonyms", "capitals"]
CITY_HEADER = ["name", "iso3", "population"]
ACTOR_CSV_HEADER = ["name", "kind", "country", "sector", "aliases"]


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    generic: bool = False  # needs its country from context ("Foreign Ministry")


@dataclass(frozen=True)
class DatedRole:
    title: str
    sector: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None  # the role's own code when it is not the person's ("NATO" for its head)

    def holds_on(self, date: str) -> bool:
        return (self.since is None or self.since <= date) and (self.until is None or date < self.until)


@dataclass(frozen=True)
class KnownActor:
    name: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    roles: tuple[DatedRole, ...] = ()

    def role_on(self, date: str | None) -> DatedRole | None:
        """The role in force on ``date``; without a date (or none in force) the latest one."""
        if not self.roles:
            return None
        if date:
            current = [r for r in self.roles if r.holds_on(date)]
            if current:
                return max(current, key=lambda r: r.since or "")
            past = [r for r in self.roles if r.until is not None and r.until <= date]
            if past:
                return max(past, key=lambda r: r.until or "")
        return max(self.roles, key=lambda r: (r.until is None, r.since or ""))


@dataclass(frozen=True)
class Title:
    title: str
    sector: str | None = None
    gender: str | None = None
    # a title companies, parties and other bodies use too ("President", "Chairman", "Spokesman"):
    # its sector is only a default, which a more specific title of the same person overrides
    # ("president and chief executive" is a business executive)
    shared: bool = False


@dataclass(frozen=True)
class OfficePlace:
    """A place or vehicle that evokes the holder of an office (Air Force One → the US
    president on the publication date): "on board Air Force One. … he said" is the
    president speaking though the text never names him there."""

    place: str
    aliases: tuple[str, ...]
    country: str
    title: str


@dataclass
class ActorKnowledge:
    """Everything the actors step knows, with lower-cased lookup indexes."""

    countries: list[Country] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    actors: list[KnownActor] = field(default_factory=list)
    titles: dict[str, Title] = field(default_factory=dict)  # lower title -> Title
    role_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower noun -> titles
    groups: dict[str, str] = field(default_factory=dict)  # lower noun -> sector
    org_words: dict[str, str] = field(default_factory=dict)  # head word of an org name -> sector
    # "the agency" may refer back to an organisation of these sectors whatever its name says
    org_anaphora: dict[str, frozenset[str]] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()  # "his lawyer, Ricardo Tavares": a person's name follows
    force_words: dict[str, str] = field(default_factory=dict)  # "coastguard spokesman" -> COP
    member_words: dict[str, str] = field(default_factory=dict)  # "Nigeria Labour Congress" -> CVL
    # states and provinces of a country ("Oregon", "Ontario"): a government of their own when
    # they act ("Idaho sent 60 firefighters"), a place of that country when something is in them
    region_country: dict[str, str] = field(default_factory=dict)  # lower name -> iso3
    region_names: list[str] = field(default_factory=list)
    # a city standing for the body seated there ("accused Brussels of ...") -> that body's name
    seats: dict[str, str] = field(default_factory=dict)
    # a title word of one body's offices ("Energy Commissioner Dan Jorgensen") -> that body's name:
    # the holder is of it when the story names the body and the title names no other
    title_bodies: dict[str, str] = field(default_factory=dict)
    # "police said", "the military": the state's body of the country the sentence is in -> sector
    state_bodies: dict[str, str] = field(default_factory=dict)
    place_nouns: frozenset[str] = frozenset()  # "the city of Kherson": a place follows "of"
    # words that leave "the ... government" the government of the country ("the federal government")
    government_modifiers: frozenset[str] = frozenset()
    # nouns after a nationality that stand for the country itself ("the Lebanese government")
    country_groups: frozenset[str] = frozenset()
    # the last word of a capitalised name that makes it an armed or criminal group's ("Jalisco Cartel")
    group_heads: frozenset[str] = frozenset()
    # capitalised nouns of legislation the small model takes for a first name ("a controversial Bill")
    document_nouns: frozenset[str] = frozenset()
    state_heads: frozenset[str] = frozenset()  # "National Hurricane Center": a state body
    # the last word of a company's legal name ("Volkswagen AG", "Massey Energy Co.", "Barclays Plc")
    company_suffixes: frozenset[str] = frozenset()
    # words of what a company makes or does ("Anika Therapeutics", "Siemens Energy"): a business,
    # when no head word of the name says otherwise ("Department of Energy")
    business_words: frozenset[str] = frozenset()
    posted_abroad: frozenset[str] = frozenset()  # title words of people serving away from home ("ambassador")
    party_words: frozenset[str] = frozenset()  # "Republican lawmakers": a political family, not a place
    # "the government" → the home country's government; "the country" → the country last named
    country_nouns: dict[str, str] = field(default_factory=dict)  # lower noun -> "government" | "country"
    nickname_of: dict[str, str] = field(default_factory=dict)  # lower given name -> key form
    male_names: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    office_places: list[OfficePlace] = field(default_factory=list)
    # indexes (built by finish())
    country_by_name: dict[str, str] = field(default_factory=dict)
    country_by_demonym: dict[str, str] = field(default_factory=dict)
    country_by_capital: dict[str, str] = field(default_factory=dict)
    # "the city of Kherson", "in Nakuru": where a place is (never a metonym for a government)
    country_by_city: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # iso3 -> name
    org_by_alias: dict[str, Organization] = field(default_factory=dict)
    actor_by_alias: dict[str, list[KnownActor]] = field(default_factory=dict)
    # every noun that names or refers back to an organisation: ``org_words`` | ``org_anaphora``
    org_nouns: frozenset[str] = frozenset()
    # every lower-case word of every title ("secretary", "of", "state", ...)
    title_words: frozenset[str] = frozenset()
    # the last word of every title ("president", "minister", "governor"), the word a name follows
    # ("Prime Minister Narendra Modi"); not one that also names a place or a body ("State" of
    # "Secretary of State")
    title_heads: frozenset[str] = frozenset()

    def finish(self) -> ActorKnowledge:
        self.org_nouns = frozenset(self.org_words) | frozenset(self.org_anaphora)
        self.title_words = frozenset(w for t in self.titles for w in t.split())
        self.country_by_name.clear()
        for c in self.countries:
            self.country_names[c.iso3] = c.name
            for n in (c.name, *c.aliases):
                self.country_by_name[n.lower()] = c.iso3
                if not n.lower().startswith("the "):
                    self.country_by_name["the " + n.lower()] = c.iso3
            for d in c.demonyms:
                self.country_by_demonym.setdefault(d.lower(), c.iso3)
            for cap in c.capitals:
                self.country_by_capital[cap.lower()] = c.iso3
        for o in self.organizations:
            for n in (o.name, *o.aliases):
                self.org_by_alias[n.lower()] = o
                if not n.lower().startswith("the "):
                    self.org_by_alias.setdefault("the " + n.lower(), o)
        for city, body in self.seats.items():
            if body.lower() not in self.org_by_alias:
                raise KnowledgeError(f"seats: {city} stands for {body!r}, which no organizations entry names")
        by_name: dict[str, KnownActor] = {}
        for a in self.actors:  # later entries (user files) replace earlier ones
            by_name[a.name.lower()] = a
        self.actors = list(by_name.values())
        self.actor_by_alias.clear()
        for a in self.actors:
            for n in dict.fromkeys([a.name, *a.aliases]):
                self.actor_by_alias.setdefault(n.lower(), []).append(a)
        place_words = {w for name in self.country_by_name for w in name.split()}
        self.title_heads = frozenset(
            w for t in self.titles if (w := t.split()[-1].lower()) not in self.org_nouns
            and w not in place_words and w not in ("state", "affairs", "defense", "defence")
        )
        return self

    def office_holder(self, place: OfficePlace, date: str | None) -> KnownActor | None:
        """The known person of the place's country holding its office on ``date`` (without a
        date: the holder whose term is open-ended)."""
        title = place.title.lower()
        for a in self.actors:
            if a.kind != "person" or a.country != place.country:
                continue
            if any(r.title.lower() == title and (r.holds_on(date) if date else r.until is None) for r in a.roles):
                return a
        return None

    def gender_of_given_name(self, given: str) -> str | None:
        """"male", "female" or None (unknown, or a name both lists hold). A compound name takes its
        first part, except French compounds on Jean, which are men's ("Jean-Claude", "Jean-Marie")."""
        g = given.lower()
        if "-" in g and g not in self.male_names and g not in self.female_names:
            first = g.split("-")[0]
            return "male" if first == "jean" else self.gender_of_given_name(first) if first else None
        if g in self.male_names and g not in self.female_names:
            return "male"
        if g in self.female_names and g not in self.male_names:
            return "female"
        return None

    def title(self, text: str) -> Title | None:
        return self.titles.get(" ".join(text.lower().split()))


def _strs(value: Any, where: str, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split("|") if v.strip())
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return tuple(str(v) for v in value)
    raise KnowledgeError(f"{where}: `{what}` must be a list of strings; got {value!r}")


def _sector(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in SECTORS:
        raise KnowledgeError(f"{where}: unknown sector {value!r}; use one of {', '.join(sorted(SECTORS))}")
    return str(value)


def _code(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _CODE.match(value):
        raise KnowledgeError(f"{where}: country must be an ISO 3166 alpha-3 or IGO code like USA or NATO; got {value!r}")
    return value


def _date(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise KnowledgeError(f"{where}: dates must be YYYY-MM-DD; got {value!r}") from exc


def _need_str(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(f"{where}: `{key}` is required and must be a non-empty string")
    return value.strip()


def _parse_actor(entry: Any, where: str) -> KnownActor:
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{where}: each actor must be a mapping with at least `name`")
    name = _need_str(entry, "name", where)
    where = f"{where} ({name})"
    unknown = set(entry) - {"name", "kind", "aliases", "country", "sector", "gender", "roles"}
    if unknown:
        raise KnowledgeError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    kind = entry.get("kind") or "person"
    if kind not in KINDS:
        raise KnowledgeError(f"{where}: kind must be one of {', '.join(sorted(KINDS))}; got {kind!r}")
    gender = entry.get("gender")
    if gender is not None and gender not in GENDERS:
        raise KnowledgeError(f"{where}: gender must be male or female; got {gender!r}")
    roles = []
    for i, r in enumerate(entry.get("roles") or []):
        rw = f"{where} role {i + 1}"
        if not isinstance(r, dict):
            raise KnowledgeError(f"{rw}: a role is a mapping with `title` (and `sector`, `since`, `until`, `country`)")
        roles.append(
            DatedRole(
                title=_need_str(r, "title", rw),
                sector=_sector(r.get("sector"), rw),
                since=_date(r.get("since"), rw),
                until=_date(r.get("until"), rw),
                country=_code(r.get("country"), rw),
            )
        )
    return KnownActor(
        name=name,
        kind=kind,
        aliases=_strs(entry.get("aliases"), where, "aliases"),
        country=_code(entry.get("country"), where),
        sector=_sector(entry.get("sector"), where),
        gender=gender,
        roles=tuple(roles),
    )


def _parse_org(entry: Any, where: str) -> Organization:
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{where}: each organization must be a mapping with at least `name`")
    name = _need_str(entry, "name", where)
    where = f"{where} ({name})"
    return Organization(
        name=name,
        aliases=_strs(entry.get("aliases"), where, "aliases"),
        country=_code(entry.get("country"), where),
        sector=_sector(entry.get("sector"), where),
        generic=bool(entry.get("generic", False)),
    )


def _parse_country(entry: Any, where: str) -> Country:
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{where}: each country must be a mapping with `iso3` and `name`")
    iso3 = _code(entry.get("iso3"), where)
    if iso3 is None:
        raise KnowledgeError(f"{where}: `iso3` is required (three capital letters, e.g. PRK)")
    return Country(
        iso3=iso3,
        name=_need_str(entry, "name", where),
        aliases=_strs(entry.get("aliases"), where, "aliases"),
        demonyms=_strs(entry.get("demonyms"), where, "demonyms"),
        capitals=_strs(entry.get("capitals"), where, "capitals"),
    )


def _merge_yaml(kb: ActorKnowledge, path: Path) -> None:
    data = read_yaml(path)
    if data is None:
        return
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping with keys such as `actors:` or `organizations:`")
    known = {"actors", "organizations", "countries", "titles", "role_nouns", "groups", "org_words", "nicknames",
             "male_names", "female_names", "office_places", "org_anaphora", "person_nouns",
             "force_words", "member_words", "place_nouns", "state_heads", "posted_abroad", "party_words", "country_nouns",
             "government_modifiers", "country_groups", "group_heads", "document_nouns", "state_bodies", "regions", "seats",
             "title_bodies", "company_suffixes", "business_words"}
    unknown = set(data) - known
    if unknown:
        raise KnowledgeError(f"{path}: unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}; "
                             f"use {', '.join(sorted(known))}")

    def items(key: str) -> Iterable[tuple[str, Any]]:
        value = data.get(key) or []
        if not isinstance(value, list):
            raise KnowledgeError(f"{path}: `{key}` must be a list")
        lines = entry_lines(path, key)
        for i, entry in enumerate(value):
            line = f":{lines[i]}" if i < len(lines) else ""
            yield f"{path}{line}: {key} entry {i + 1}", entry

    kb.actors.extend(_parse_actor(e, w) for w, e in items("actors"))
    kb.organizations.extend(_parse_org(e, w) for w, e in items("organizations"))
    kb.countries.extend(_parse_country(e, w) for w, e in items("countries"))
    for w, e in items("office_places"):
        if not isinstance(e, dict):
            raise KnowledgeError(f"{w}: an office place is a mapping with `place`, `country` and `title`")
        country = _code(e.get("country"), w)
        if country is None:
            raise KnowledgeError(f"{w}: `country` is required (the ISO3 code of the office's country)")
        kb.office_places.append(
            OfficePlace(_need_str(e, "place", w), _strs(e.get("aliases"), w, "aliases"), country, _need_str(e, "title", w))
        )
    for w, e in items("titles"):
        if not isinstance(e, dict):
            raise KnowledgeError(f"{w}: a title is a mapping with `title` (and `sector`, `gender`)")
        shared = e.get("shared", False)
        if not isinstance(shared, bool):
            raise KnowledgeError(f"{w}: shared must be true or false; got {shared!r}")
        t = Title(_need_str(e, "title", w), _sector(e.get("sector"), w), e.get("gender"), shared)
        if t.gender is not None and t.gender not in GENDERS:
            raise KnowledgeError(f"{w}: gender must be male or female; got {t.gender!r}")
        kb.titles[t.title.lower()] = t
    for key, value in (data.get("role_nouns") or {}).items():
        kb.role_nouns[str(key).lower()] = _strs(value, f"{path}: role_nouns.{key}", "titles")
    for key, value in (data.get("groups") or {}).items():
        kb.groups[str(key).lower()] = _sector(value, f"{path}: groups.{key}") or "CVL"
    for key, value in (data.get("org_words") or {}).items():
        kb.org_words[str(key).lower()] = _sector(value, f"{path}: org_words.{key}") or "NGO"
    for key, value in (data.get("org_anaphora") or {}).items():
        where = f"{path}: org_anaphora.{key}"
        codes = frozenset(c for c in (_sector(v, where) for v in _strs(value, where, "sectors")) if c)
        kb.org_anaphora[str(key).lower()] = kb.org_anaphora.get(str(key).lower(), frozenset()) | codes
    for w, e in items("nicknames"):
        forms = [f.lower() for f in _strs(e, w, "nicknames")]
        for f in forms:
            kb.nickname_of[f] = forms[0]
    if "person_nouns" in data:
        kb.person_nouns |= {n.lower() for n in _strs(data["person_nouns"], str(path), "person_nouns")}
    for key, value in (data.get("force_words") or {}).items():
        code = _sector(value, f"{path}: force_words.{key}")
        if code is None:
            raise KnowledgeError(f"{path}: force_words.{key} needs a sector code such as COP or MIL")
        kb.force_words[str(key).lower()] = code
    for key, value in (data.get("member_words") or {}).items():
        code = _sector(value, f"{path}: member_words.{key}")
        if code is None:
            raise KnowledgeError(f"{path}: member_words.{key} needs a sector code such as CVL or NGO")
        kb.member_words[str(key).lower()] = code
    for key, value in (data.get("seats") or {}).items():
        if not isinstance(value, str) or not value.strip():
            raise KnowledgeError(f"{path}: seats.{key} must name an organisation, e.g. Brussels: European Union")
        kb.seats[str(key).lower()] = value.strip()
    for key, value in (data.get("title_bodies") or {}).items():
        if not isinstance(value, str) or not value.strip():
            raise KnowledgeError(f"{path}: title_bodies.{key} must name an organisation, e.g. commissioner: European Commission")
        kb.title_bodies[str(key).lower()] = value.strip()
    for key, value in (data.get("regions") or {}).items():
        code = _code(key, f"{path}: regions.{key}")
        if code is None:
            raise KnowledgeError(f"{path}: regions.{key}: each key must be a country code such as USA")
        for name in _strs(value, f"{path}: regions.{key}", "regions"):
            kb.region_country[name.lower()] = code
            kb.region_names.append(name)
    for key, value in (data.get("state_bodies") or {}).items():
        code = _sector(value, f"{path}: state_bodies.{key}")
        if code is None:
            raise KnowledgeError(f"{path}: state_bodies.{key} needs a sector code such as COP or MIL")
        kb.state_bodies[" ".join(str(key).lower().split())] = code
    for key, value in (data.get("country_nouns") or {}).items():
        if value not in ("government", "country"):
            raise KnowledgeError(f"{path}: country_nouns.{key} must be government or country; got {value!r}")
        kb.country_nouns[str(key).lower()] = str(value)
    for key in ("place_nouns", "state_heads", "posted_abroad", "party_words", "government_modifiers",
                "country_groups", "group_heads", "document_nouns", "company_suffixes", "business_words"):
        if key in data:
            words = frozenset(n.lower() for n in _strs(data[key], str(path), key))
            setattr(kb, key, getattr(kb, key) | words)
    if "male_names" in data:
        kb.male_names |= {n.lower() for n in _strs(data["male_names"], str(path), "male_names")}
    if "female_names" in data:
        kb.female_names |= {n.lower() for n in _strs(data["female_names"], str(path), "female_names")}


def _merge_csv(kb: ActorKnowledge, path: Path) -> None:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
    except OSError as exc:
        raise KnowledgeError(f"cannot read knowledge file {path}: {exc.strerror or exc}; check the path") from exc
    except csv.Error as exc:
        raise KnowledgeError(f"{path}: invalid CSV ({exc})") from exc
    if not rows:
        return
    header = [h.strip().lower() for h in rows[0]]
    if header[: len(CITY_HEADER)] == CITY_HEADER:
        for n, row in enumerate(rows[1:], start=2):
            if not any(row):
                continue
            name, iso3 = [*row, "", ""][:2]
            code = _code(iso3.strip(), f"{path}:{n}")
            if not name.strip() or code is None:
                raise KnowledgeError(f"{path}:{n}: a city row needs a name and an ISO 3166-1 alpha-3 code, e.g. Kherson,UKR")
            kb.country_by_city[name.strip().lower()] = code
    elif header[: len(COUNTRY_HEADER)] == COUNTRY_HEADER:
        for n, row in enumerate(rows[1:], start=2):
            if not any(row):
                continue
            fields = dict(zip(COUNTRY_HEADER, [*row, "", "", "", ""][:5], strict=True))
            kb.countries.append(_parse_country(fields, f"{path}:{n}"))
    elif header[:2] == ACTOR_CSV_HEADER[:2] or header[:1] == ["name"]:
        for n, row in enumerate(rows[1:], start=2):
            if not any(row):
                continue
            entry: dict[str, Any] = {k: v for k, v in zip(header, row, strict=False) if v != ""}
            if "aliases" in entry:
                entry["aliases"] = list(_strs(entry["aliases"], f"{path}:{n}", "aliases"))
            if entry.get("kind") == "organization":
                kb.organizations.append(_parse_org({k: v for k, v in entry.items() if k != "kind"}, f"{path}:{n}"))
            else:
                kb.actors.append(_parse_actor(entry, f"{path}:{n}"))
    else:
        raise KnowledgeError(
            f"{path}:1: unknown CSV header {','.join(header)}; use {','.join(COUNTRY_HEADER)}, "
            f"{','.join(CITY_HEADER)} or {','.join(ACTOR_CSV_HEADER)}"
        )


BUNDLED = ("countries.csv", "cities.csv", "organizations.yaml", "roles.yaml", "names.yaml", "actors.yaml", "world.yaml", "companies.yaml")


def _merge_file(kb: ActorKnowledge, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _merge_csv(kb, path)
    elif suffix in (".yaml", ".yml"):
        _merge_yaml(kb, path)
    else:
        raise KnowledgeError(f"{path}: actor knowledge files must be .yaml, .yml or .csv")


# The knowledge of the run in progress: a pipeline run with ``--actors`` files puts their
# merge in force for its documents, so every step's bare ``load_actor_knowledge()`` sees
# the user's entries, not only the actors step that was handed the file names.
_IN_FORCE: ContextVar[ActorKnowledge | None] = ContextVar("storyline_actor_knowledge", default=None)


def load_actor_knowledge(extra_files: Iterable[str] = ()) -> ActorKnowledge:
    """The bundled knowledge merged with ``extra_files`` (validated; loaded once per set of
    files: ``load_actor_knowledge()`` and ``load_actor_knowledge(())`` share one load).
    With no files named, the knowledge in force (:func:`knowledge_in_force`) when there is one."""
    files = tuple(extra_files)
    if not files:
        in_force = _IN_FORCE.get()
        if in_force is not None:
            return in_force
    return _load_actor_knowledge(files)


@contextlib.contextmanager
def knowledge_in_force(extra_files: Iterable[str]) -> Iterator[ActorKnowledge]:
    """Within the block, ``load_actor_knowledge()`` is the bundled knowledge merged with
    ``extra_files`` (loaded and validated on entry: a broken file fails before any work)."""
    kb = _load_actor_knowledge(tuple(extra_files))
    token = _IN_FORCE.set(kb)
    try:
        yield kb
    finally:
        _IN_FORCE.reset(token)


@functools.lru_cache(maxsize=8)
def _load_actor_knowledge(extra_files: tuple[str, ...]) -> ActorKnowledge:
    kb = ActorKnowledge()
    for name in BUNDLED:
        _merge_file(kb, data_path(name))
    for extra in extra_files:
        p = Path(extra)
        if not p.is_file():
            raise KnowledgeError(f"actor knowledge file {extra} does not exist; check the --actors path")
        _merge_file(kb, p)
    for noun in list(kb.titles):  # every title is also a role noun standing for itself
        kb.role_nouns.setdefault(noun, (kb.titles[noun].title,))
    return kb.finish()

"""The ``actors`` step: every mention of a person, organisation, country or group → one actor.

How it works, in document order of decisions (each stage only adds):

1. **Candidates.** spaCy's entities plus a gazetteer of the knowledge base (known people,
   organisations, countries, capitals, demonyms). Overlaps go to the longer span; a
   knowledge-base person beats a non-person entity (the small model calls "Pompeo" and
   "Biegun" ORG or GPE), and a bare word the article uses as a person's surname is a
   person whatever its entity label.
2. **People.** Full names cluster first (same known actor, or same surname and a
   nickname-equivalent given name: Mike/Michael, Steve/Stephen). A bare name joins the
   full name that holds it; when two do ("Andy Kim", "Kim Jong Un") it joins the one
   mentioned within the last few sentences, else the knowledge base's holder of the alias.
3. **Titles and appositives** ("U.S. national security adviser John Bolton", "Jung Pak, a
   senior fellow at the Brookings Institution") give roles, country, sector and gender.
4. **Role nouns and pronouns** ("the secretary", "he") resolve through :mod:`coref` and
   are added as mentions, so :func:`storyline.nlp.lookup.actor_at` finds the actor behind
   "he said".
5. **Records.** Canonical name (knowledge base, else the longest name), country, sector
   (dated role on the publication date, else title, else affiliation), roles, aliases,
   mentions and a cross-article ``key``.

Modules: :mod:`storyline.nlp.actor_mentions` (candidates and the model's naming/typing
repairs), :mod:`storyline.nlp.actor_countries` (country and sector, the home country) and this
one (clustering and the step).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from storyline.knowledge.loader import ActorKnowledge, KnownActor, Organization, load_actor_knowledge
from storyline.models import Actor, Mention, MentionKind, Offsets
from storyline.nlp import coref
from storyline.nlp.actor_countries import (
    HOME_KEY,
    LOCATIVE,
    PLACES_KEY,
    CountryCodes,
    home_country,
    relabelled_place,
)
from storyline.nlp.actor_mentions import (
    NAME_CHARS,
    NER_LABELS,
    SUFFIXES,
    Cand,
    Cluster,
    _repaired_ents,
    _title_words,
    candidates,
    gazetteer,
    name_words,
    person_key,
    slug,
)
from storyline.nlp.coref import WINDOW
from storyline.nlp.lookup import doc_tokens
from storyline.nlp.pipeline import DocState, register

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ADMIN_NOUNS = frozenset({"administration", "government", "campaign", "cabinet"})
RECENT = 3  # sentences within which a bare name prefers the most recent bearer
# words that open many organisations' names and stand for none of them alone
_BASED = frozenset({"based", "listed", "headquartered", "registered"})  # "the Toronto-listed miner"
_REGION_GOVERNMENTS = frozenset({"government", "administration"})  # "the Quebec government"
# what a state regulator oversees: "China Securities Regulatory Commission", "Financial Services
# Commission", "Competition Commission" are government bodies, not campaigners
_REGULATED = frozenset({"securities", "regulatory", "supervisory", "financial", "competition", "electoral",
                        "election", "elections", "communications", "telecommunications", "banking", "insurance", "aviation"})
_PLAIN_NAME_WORDS = frozenset({
    "national", "federal", "international", "united", "royal", "public", "state", "central", "general",
    "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "american",
    "european", "african", "asian", "world", "global", "first", "the", "people's", "democratic",
})
# words that make a name a state's office whatever else it says ("Presidential Communications")
_STATE_MODIFIERS = frozenset({"presidential", "ministerial", "municipal", "government", "governmental", "parliamentary"})
_OWNED_BODIES = frozenset({"embassy", "consulate"})  # a state's body abroad: whose, only the phrase says
# one body under several names: "the army" and then "the military" are the same forces
_BODY_FAMILY = {"army": "military", "armed forces": "military", "security forces": "military", "riot police": "police"}
# "in Oregon", "across Oregon", "from the state": a region named as a place, not acting
_PLACE_PREPS = LOCATIVE | {"across", "throughout", "from", "of", "within"}
_IN_PLACE = frozenset({"in", "across", "throughout", "within", "inside", "at", "around", "near", "from", "into"})
# A short name defined in brackets: "PF", "ECZ", "AUSSOM", "M23", "UPDF" (capitals, digits, "&")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
# a web name's domain, no part of its short form ("Amazon" of "Amazon.com Inc.")
_WEB_DOMAIN = re.compile(r"\.(?:com|net|org)$")
# a head noun of these sectors is a state body whatever its modifier says ("the privacy regulator")
_STATE_SECTORS = frozenset({"GOV", "JUD", "COP"})
# roles that lead or speak for the body their of-phrase names ("the head of the central bank,
# Ali Musa"), unlike "the son of", "the lawyer of", whose body is someone else's
_BODY_OFFICES = frozenset({"head", "chief", "boss", "governor", "director", "chairman", "chairwoman", "chair",
                           "president", "leader", "secretary", "commander", "speaker", "spokesman", "spokeswoman",
                           "spokesperson"})
# what a party calls itself besides "party", with a political family's word in its name
_PARTY_HEADS = frozenset({"movement", "front", "alliance", "union", "congress", "rally", "league", "coalition", "bloc"})
_BANK_WORDS = frozenset({"bank", "banco", "banque", "banca"})  # "Bank of Canada", "Banco Santander", "Banque de France"
# what only a company has: its shares, and a chief executive ("Kelmora's shares", "the CEO of Kelmora")
_TRADED = frozenset({"shares", "stock", "shareholders", "stockholders", "ceo", "cfo", "coo"})
_THE_STATE = re.compile(r"\bthe\s+state\b", re.IGNORECASE)
_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"})  # a gender, no role
_REBEL_WORDS = frozenset({"rebel", "insurgent", "guerrilla", "militant", "separatist", "jihadist"})
_GOVERNING = frozenset({"ruling", "governing"})  # a party so called is in power, not in opposition
STATE_SECTORS = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY", "IGO"})  # bodies whose names say what they are

__all__ = [
    "ADMIN_NOUNS", "HOME_KEY", "LOCATIVE", "NAME_CHARS", "NER_LABELS", "PLACES_KEY", "RECENT", "SUFFIXES",
    "Cand", "Cluster", "Resolver", "actors_step", "candidates", "gazetteer", "home_country", "name_words",
    "person_key", "relabelled_place", "slug",
]


_PAIRS: dict[int, tuple[ActorKnowledge, dict[tuple[str, str], KnownActor]]] = {}


def _people_by_pair(kb: ActorKnowledge) -> dict[tuple[str, str], KnownActor]:
    """The knowledge base's people by (first name as nickname-normalised, surname) of each of
    their names, built once per knowledge base: "Mike Pompeo" finds "Michael R. Pompeo"."""
    cached = _PAIRS.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    table: dict[tuple[str, str], KnownActor] = {}
    for a in kb.actors:
        if a.kind != "person":
            continue
        for n in (a.name, *a.aliases):
            w = name_words(n)
            if len(w) >= 2:
                table.setdefault((kb.nickname_of.get(w[0], w[0]), w[-1]), a)
    _PAIRS[id(kb)] = (kb, table)
    return table


# Pronouns are mentions, never names: an actor's aliases are what it is called ("Pompeo",
# "the secretary"), not "it" or "us".
_NOT_ALIASES = coref.PERSON_PRONOUNS | coref.PLURAL | frozenset(
    {"it", "its", "itself", "we", "us", "our", "ours", "ourselves", "i", "me", "my", "you", "your"})

class Resolver(CountryCodes):
    """Builds the clusters of one article; the coreference index rides along."""

    def __init__(self, state: DocState, kb: ActorKnowledge) -> None:
        assert state.doc is not None and state.article is not None
        self.state = state
        self.doc: Doc = state.doc
        self.text = state.article.text
        self.kb = kb
        self.date = state.article.published
        self.index = coref.CorefIndex.build(self.doc, self.text)
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, Cluster] = {}
        self.taken: list[bool] = [False] * len(self.doc)
        self.possessed: set[int] = set()  # "his" of "his government": the country's mention, not his
        # the doc's tokens made once (shared with the later steps): iterating a Doc builds every
        # Token object again per pass
        self.tokens: list[Token] = doc_tokens(self.doc)
        self.acronyms: dict[str, Cluster] = {}  # "the Patriotic Front (PF)": PF, by the text's own definition
        self.ents = _repaired_ents(self.doc, kb)
        # spans the model called people that are places ("the city of Kherson", "seized Goma")
        state.scratch[PLACES_KEY] = frozenset(
            (e.start, e.end) for e in self.ents if e.label_ in ("GPE", "LOC", "FAC") and e.label_ != e.root.ent_type_
        )

    # --- clusters -----------------------------------------------------------------
    def new(self, kind: str, key: str | None = None) -> Cluster:
        c = Cluster(cid=len(self.clusters), kind=kind)
        self.clusters.append(c)
        if key:
            self.by_key[key] = c
        self.index.kinds[c.cid] = kind
        return c

    def add(self, c: Cluster, start: int, end: int, kind: MentionKind, tokens: Span | None = None) -> None:
        """Add the char range as a mention of ``c`` (and to the coreference index).

        A mention never runs over a line break: a headline without a full stop parses into
        the first sentence ("... in nuclear talks – Iran / Iran's Foreign Ministry
        spokesperson"), so only the line holding the phrase's head is kept."""
        if "\n" in self.text[start:end]:
            head = tokens.root.idx if tokens is not None else end - 1
            line_start = self.text.rfind("\n", start, head) + 1 or start
            line_end = self.text.find("\n", head, end)
            start, end = max(start, line_start), end if line_end == -1 else line_end
            while start < end and self.text[start].isspace():
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
            if start >= end:
                return
        c.mentions.append((start, end, kind))
        rank = coref.subject_rank(tokens.root) if tokens is not None else 0
        self.index.add(start, end, c.cid, rank)
        surface = self.text[start:end]
        if surface not in c.aliases:
            c.aliases.append(surface)

    def keyed(self, kind: str, key: str) -> Cluster:
        return self.by_key.get(key) or self.new(kind, key)

    # --- people -------------------------------------------------------------------
    def pair(self, words: list[str]) -> tuple[str, str]:
        return (self.kb.nickname_of.get(words[0], words[0]), words[-1])

    def known_for(self, text: str) -> KnownActor | None:
        found = self.kb.actor_by_alias.get(text.lower())
        if found:
            return found[0]
        words = name_words(text)
        if len(words) >= 2:
            return _people_by_pair(self.kb).get(self.pair(words))
        return None

    def people(self, cands: list[Cand]) -> None:
        persons = [c for c in cands if c.kind == "person"]
        full = [c for c in persons if len(name_words(self.doc[c.start : c.end].text)) >= 2]
        single = [c for c in persons if c not in full]
        for cand in full:
            span = self.doc[cand.start : cand.end]
            words = name_words(span.text)
            known = cand.known or self.known_for(span.text)
            target = None
            for cl in self.clusters:
                if cl.kind != "person":
                    continue
                if known is not None and cl.known is known:
                    target = cl
                    break
                if any(len(w := name_words(n)) >= 2 and self.pair(w) == self.pair(words) for n in cl.names):
                    target = cl
                    break
            if target is None:
                target = self.new("person")
            target.known = target.known or known
            target.names.append(span.text)
            target.words.update(words)
            self.add(target, span.start_char, span.end_char, "name", span)
        for cand in single:
            span = self.doc[cand.start : cand.end]
            target = self.bearer(span, cand.known)
            target.names.append(span.text)
            self.add(target, span.start_char, span.end_char, "name", span)

    def bearer(self, span: Span, known: KnownActor | None) -> Cluster:
        """The person a bare name ("Kim", "Pompeo", "KJU") refers to."""
        word = span.text.lower()
        words = set(name_words(span.text))
        options = [
            cl for cl in self.clusters if cl.kind == "person"
            and ((words and words <= cl.words) or (cl.known is not None and word in (a.lower() for a in cl.known.aliases)))
        ]
        if len(options) > 1:
            # a surname ("Kim" of "Andy Kim") goes to its bearer named in the last few
            # sentences; a family name written first ("Kim" of "Kim Eui-kyeom") is not how
            # the article refers back to that person, so salience decides instead
            sent = self.index.sent_of(span.start_char)
            surname_of = {o.cid for o in options if any(name_words(n)[-1:] == [word] for n in o.names)}
            recent = [r for r in self.index.before(span.start_char) if sent - r.sent <= RECENT
                      and r.cluster in surname_of]
            if recent:
                return self.clusters[recent[-1].cluster]
            if known is not None:
                for o in options:
                    if o.known is known:
                        return o
            return max(options, key=lambda o: len(o.mentions))
        if options:
            return options[0]
        if known is not None:
            for cl in self.clusters:
                if cl.known is known:
                    return cl
        cl = self.new("person")
        cl.known = known
        cl.words.update(words)
        return cl

    # --- organisations, countries, groups -----------------------------------------
    def context_country(self, start_token: int) -> str | None:
        """A country named just before a token ("South Korea's Foreign Ministry"), or the place a
        company is based or listed in ("the Toronto-listed miner Falea", "London-based Ardent")."""
        for t in self.doc[max(0, start_token - 5) : start_token]:
            if t.lower_ in _BASED and t.i >= 2 and self.tokens[t.i - 1].text == "-":
                for width in (2, 1):
                    iso = self.country_of_place(self.doc[max(0, t.i - 1 - width) : t.i - 1].text.lower())
                    if iso:
                        return iso
        for t in reversed(self.doc[max(0, start_token - 4) : start_token]):
            for text in (t.text, self.doc[max(0, t.i - 1) : t.i + 1].text):
                low = text.lower()
                iso = self.kb.country_by_name.get(low) or self.kb.country_by_demonym.get(low)
                if iso:
                    return iso
            if t.is_punct and t.text not in ("’s", "'s", "."):
                break
        return None

    def administrations(self, cands: list[Cand]) -> list[Cand]:
        """ "the Trump administration" is an organisation, not Trump."""
        out = []
        for cand in cands:
            nxt = self.tokens[cand.end] if cand.end < len(self.doc) else None
            if cand.kind == "person" and nxt is not None and nxt.lower_ in ADMIN_NOUNS:
                span = self.doc[cand.start : cand.end + 1]
                person = self.known_for(self.doc[cand.start : cand.end].text)
                cl = self.keyed("organization", f"org:{slug(span.text)}")
                cl.names.append(span.text)
                cl.iso3 = cl.iso3 or (person.country if person else None)
                cl.sector = "GOV" if nxt.lower_ in ("administration", "government") else None
                self.add(cl, span.start_char, span.end_char, "name", span)
                self.taken[cand.end] = True
                continue
            out.append(cand)
        return out

    def org_short_names(self, cands: list[Cand]) -> list[Cand]:
        """"Falea said" after "Falea Resources": the recogniser often takes a company's short name
        for a person's surname. A one-word "person" that begins a longer organisation name given
        before, and that no person's full name contains, is that organisation's short name."""
        doc = self.doc
        person_words = {w for c in cands if c.kind == "person" and c.end - c.start > 1
                        for w in name_words(doc[c.start : c.end].text)}
        firsts: dict[str, int] = {}  # first word of a longer organisation name → where it is first named
        for c in cands:
            words = doc[c.start : c.end].text.split()
            if c.kind == "organization" and len(words) > 1:
                firsts.setdefault(words[0], c.start)
        out = []
        for cand in cands:
            text = doc[cand.start : cand.end].text
            if cand.kind == "person" and cand.known is None and cand.end - cand.start == 1 \
                    and firsts.get(text, cand.start) < cand.start and text.lower() not in person_words \
                    and self.short_form([text]):
                cand = dataclasses.replace(cand, kind="organization")
            out.append(cand)
        return out

    def others(self, cands: list[Cand]) -> None:
        doc = self.doc
        for cand in cands:
            span = doc[cand.start : cand.end]
            defined = self.acronyms.get(span.text)
            if defined is not None:  # "ECZ" after "the Electoral Commission of Zambia (ECZ)"
                self.add(defined, span.start_char, span.end_char, "name", span)
                continue
            self.other(cand, cands, span)
            self.define_acronym(span)

    def define_acronym(self, span: Span) -> None:
        """"the Patriotic Front (PF)", "Democratic Republic of Congo (DRC)": the capitals in brackets
        right after a name are the article's short name for that actor; the bracketed one is a
        mention, and so is every later use (:meth:`acronym_uses`)."""
        doc = self.doc
        k = span.end
        if k + 2 >= len(doc) or self.tokens[k].text != "(" or self.tokens[k + 2].text != ")":
            return
        abbr = self.tokens[k + 1]
        if not _ACRONYM.fullmatch(abbr.text) or abbr.text in self.acronyms or len(abbr.text) >= len(span.text):
            return
        owner = next((c for c in self.clusters if c.mentions and c.mentions[-1][:2] == (span.start_char, span.end_char)),
                     None)
        if owner is None or owner.kind not in ("organization", "country"):
            return
        self.acronyms[abbr.text] = owner
        if not self.taken[abbr.i]:
            self.taken[abbr.i] = True
            self.add(owner, abbr.idx, abbr.idx + len(abbr.text), "name", doc[abbr.i : abbr.i + 1])

    def acronym_uses(self) -> None:
        """Later uses of a defined short name the recogniser did not pick up ("The PF said",
        "PF supporters")."""
        if not self.acronyms:
            return
        for tok in self.tokens:
            cl = self.acronyms.get(tok.text)
            if cl is not None and not self.taken[tok.i]:
                self.taken[tok.i] = True
                self.add(cl, tok.idx, tok.idx + len(tok.text), "name", self.doc[tok.i : tok.i + 1])

    def other(self, cand: Cand, cands: list[Cand], span: Span) -> None:
        """One organisation, country, capital, region or demonym candidate."""
        if cand.kind == "organization":
            org = cand.org
            if cand.source == "seat" and (
                    (span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE | {"from", "across", "of"})
                    or span.root.dep_ in ("compound", "amod", "nmod")):
                return  # "talks in Brussels", "Brussels airport": the city
            if org is not None and org.generic:
                # the country inside the name ("North Korean Foreign Ministry") before the one around it
                iso = cand.iso3 or self.context_country(cand.start)
                named = self.named_institution(org, iso)
                national = self.national_body(org, iso) if named is None else None
                if named is not None:  # "Poland's central bank" after "the National Bank of Poland"
                    cl = named
                elif national is not None:  # "Congress" after "the U.S. Congress"; "U.S. Congress"'s key
                    cl = self.keyed("organization", f"org:{slug(national.name)}")
                    cl.org, cl.iso3, cl.sector = national, national.country, national.sector
                else:
                    cl = self.keyed("organization", f"org:{slug(org.name)}:{iso or ''}")
                    cl.org, cl.iso3, cl.sector = org, iso, org.sector
            elif org is not None:
                cl = self.keyed("organization", f"org:{slug(org.name)}")
                cl.org, cl.iso3, cl.sector = org, org.country, org.sector
            else:
                parent = self.parent_body(span)
                # a city opening the name only after what the text says of it: "British lender
                # Metro Bank" is no bank of a town called Metro
                # an organ of a body of no one country ("IOC Executive Board") has none either,
                # but for one its name gives ("Amnesty Kenya")
                iso = (parent.country or self.name_country(span, cities=False)) if parent is not None \
                    else self.name_country(span, cities=False) \
                    or self.context_country(cand.start) or self.described_country(span) \
                    or self.name_city(span) or self.owner_country(cand, cands)
                cl = self.org_by_name(span.text)
                if parent is not None:
                    cl.sector = cl.sector or parent.sector  # "African Union Commission": the AU's
                for other in self.clusters:  # "Poland's central bank" was named generically first
                    if other is not cl and not cl.mentions and other.kind == "organization" and other.org is not None \
                            and other.org.generic and other.iso3 == iso and self.same_institution(other.org, span.text):
                        other.org = None
                        cl = other
                        break
                cl.iso3 = cl.iso3 or iso
                described = self.described_sector(span)
                cl.sector = cl.sector or self.name_sector(span.text) or described or cand.sector \
                    or ("BUS" if self.traded(span) else None)  # cand.sector: "Amnesty Kenya" is Amnesty's
                if described == "OPP" and cl.sector in ("CVL", "NGO"):
                    cl.sector = "OPP"  # "the Union for Change, an opposition coalition": not a trade union
                if cl.sector == "OPP" and self.governing(span):
                    cl.sector = "GOV"  # "the ruling Georgian Dream party": the party in power
                if cl.sector in (None, "MIL") and self.rebel_named(span):
                    cl.sector = "REB"  # "New People's Army guerrillas": an army of rebels, not a state's
                before = self.tokens[span.start - 1] if span.start > 0 else None
                if before is not None and before.lower_ in self.kb.org_nouns and before.is_lower:
                    cl.nouns.add(before.lower_)  # "the teachers' union SUTEP" ... "the union"
            cl.names.append(span.text)
            self.add(cl, span.start_char, span.end_char, "name", span)
        elif cand.kind == "country" and cand.iso3:
            cl = self.keyed("country", f"country:{cand.iso3}")
            cl.iso3 = cand.iso3
            self.add(cl, span.start_char, span.end_char, "name", span)
        elif cand.kind == "capital" and cand.iso3:
            head = span.root.head
            # "sent weapons to Kyiv", "delivered a message to Moscow": a recipient (the model's
            # "dative") is the government; "flew to Kyiv", "talks in Moscow" are places
            if span.root.dep_ == "pobj" and head.lower_ in LOCATIVE and head.dep_ != "dative":
                return
            if span.end + 1 < len(self.doc) and self.tokens[span.end].text == "-" \
                    and self.tokens[span.end + 1].lower_ in _BASED:
                return  # "the London-based charity": where it sits, not the government
            if span.root.dep_ == "compound" and head.lower_ in ("court", "police") and head.i == span.end:
                return  # "a Moscow court", "Paris police": the body's place (see state_bodies)
            cl = self.keyed("country", f"country:{cand.iso3}")
            cl.iso3 = cand.iso3
            self.add(cl, span.start_char, span.end_char, "metonym", span)
        elif cand.kind == "region" and cand.iso3:
            # "Idaho sent 60 firefighters", "led by Virginia and California": a state acting is
            # its government; "in Oregon", "across Oregon", "Oregon counties" are places
            root = span.root
            head = root.head
            if root.dep_ == "compound" and head.i == span.end and head.lower_ in _REGION_GOVERNMENTS \
                    and not (head.i + 1 < len(self.doc) and self.tokens[head.i + 1].pos_ in ("NOUN", "PROPN")):
                # "the Quebec government asked Ottawa": the state's or province's government
                cl = self.keyed("organization", f"org:{slug(span.text)}")
                cl.names.append(f"{span.text} {head.lower_}")
                cl.iso3, cl.sector = cand.iso3, "GOV"
                self.add(cl, span.start_char, head.idx + len(head.text), "name", self.doc[span.start : head.i + 1])
                return
            # "paid compensation to the state of Minas Gerais": the state itself, not a place in it
            state_of = root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("state", "province", "government") \
                and not (head.head.dep_ == "pobj" and head.head.head.lower_ in _IN_PLACE)
            if ((root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS) and not state_of) \
                    or root.dep_ in ("compound", "amod", "nmod") or (root.dep_ == "poss" and root.head.pos_ != "NOUN"):
                return
            cl = self.keyed("organization", f"org:{slug(span.text)}")
            cl.names.append(span.text)
            cl.iso3, cl.sector = cand.iso3, "GOV"
            self.add(cl, span.start_char, span.end_char, "metonym", span)
        elif cand.kind == "demonym" and cand.iso3:
            self.demonym(cand, span)
        elif cand.kind == "people":
            self.people_group(cand)

    def people_group(self, cand: Cand) -> None:
        """ "Kurdish fighters", "Tamil rebels", "Rohingya refugees": a group named by a people of
        no one state, whose country is where its sentence is set, else the story's (see build)."""
        end = cand.end
        for width in (2, 1):
            if end + width <= len(self.doc):
                noun = self.doc[end : end + width].text.lower()
                sector = self.kb.groups.get(noun)
                after = self.tokens[end + width] if end + width < len(self.doc) else None
                if sector is not None and self.doc[end + width - 1].is_lower and not any(self.taken_tokens(end, end + width)) \
                        and not (after is not None and after.pos_ in ("NOUN", "PROPN")):
                    phrase = self.doc[cand.start : end + width]
                    cl = self.keyed("group", f"group:people:{slug(phrase.text)}")
                    cl.sector, cl.group_noun = sector, noun
                    if phrase.text not in cl.names:
                        cl.names.append(phrase.text)
                    self.add(cl, phrase.start_char, phrase.end_char, "name", phrase)
                    return

    def owner_country(self, cand: Cand, cands: list[Cand]) -> str | None:
        """The country of the body an organisation is "of" ("the Border Troops of the State
        Committee for National Security of Tajikistan"): a unit belongs where its parent does."""
        doc = self.doc
        if cand.end >= len(doc) or self.tokens[cand.end].lower_ != "of":
            return None
        at = cand.end + 2 if cand.end + 1 < len(doc) and self.tokens[cand.end + 1].lower_ == "the" else cand.end + 1
        for other in cands:
            if other.start == at and other.kind in ("organization", "country"):
                org_country = other.org.country if other.org is not None else None
                return other.iso3 or org_country or self.name_country(doc[other.start : other.end])
        return None

    def national_body(self, generic: Organization, iso: str | None) -> Organization | None:
        """The knowledge base's own entry for a country's ``generic`` body ("Congress" of the
        United States is the U.S. Congress): of country ``iso``, or — when the text does not say
        whose — the one the article already named."""
        wanted = set(name_words(generic.name))
        if iso is None:
            for cl in self.clusters:
                if cl.kind == "organization" and cl.org is not None and not cl.org.generic \
                        and cl.org.country and wanted <= set(name_words(cl.org.name)):
                    return cl.org
            return None
        for org in self.kb.organizations:
            if not org.generic and org.country == iso and org.sector == generic.sector \
                    and wanted <= set(name_words(org.name)):
                return org
        return None

    def own_house(self, cl: Cluster, country: str | None) -> Organization | None:
        """The body a generic name stands for in a country that names its own otherwise: "the
        House" of a British story is the House of Commons (the first of the country's bodies of
        that sector whose name has the words the text used; the lower house is listed first),
        where the generic entry ("House of Representatives") is not the country's name for it."""
        generic = cl.org
        if generic is None or not generic.generic or cl.iso3 is not None or country is None \
                or self.national_body(generic, country) is not None:
            return None
        used = {w for s, e, _ in cl.mentions for w in name_words(self.text[s:e])} - {"the"}
        if not used or used >= set(name_words(generic.name)):
            return None  # "the House of Representatives": the text used the generic name itself
        for org in self.kb.organizations:
            if not org.generic and org.country == country and org.sector == generic.sector \
                    and used <= set(name_words(org.name)):
                return org
        return None

    def same_institution(self, generic: Organization, name: str) -> bool:
        """Whether a country's ``generic`` organisation ("Central Bank", "Foreign Ministry")
        is the one named ``name`` ("National Bank of Poland", "Ministry of Foreign Affairs
        of Georgia"): every word of the generic name is in it, or it is a central bank."""
        words = set(name_words(name))
        wanted = set(name_words(generic.name))
        if wanted <= words:
            return True
        return generic.name.lower() == "central bank" and self.name_sector(name) == "GOV" and "bank" in words

    def named_institution(self, generic: Organization, iso: str | None) -> Cluster | None:
        """An organisation of country ``iso`` (any, when the text does not say) already named
        in full that a generic description ("Poland's central bank", "the central bank") is."""
        for cl in reversed(self.clusters):
            if cl.kind == "organization" and cl.org is None and (cl.iso3 == iso or iso is None) and any(
                self.same_institution(generic, n) for n in cl.names
            ):
                return cl
        return None

    def parent_body(self, span: Span) -> Organization | None:
        """An intergovernmental body whose name opens an unknown one's: the "African Union
        Commission", the "UN Human Rights Council", the "EU Court of Auditors" are the AU's, the
        UN's and the EU's organs, of their country code and sector."""
        words = [t.text for t in span if t.lower_ != "the"]
        for width in (3, 2, 1):
            if len(words) <= width:
                continue
            org = self.kb.org_by_alias.get(" ".join(words[:width]).lower())
            if org is not None and not org.generic and org.sector in ("IGO", "NGO"):
                return org  # and a federation's organs: "IOC Executive Board", "FIFA Ethics Committee"
        return None

    def name_country(self, span: Span, cities: bool = True) -> str | None:
        """A country named inside an organisation's name ("Kenya Human Rights Commission"), else
        (``cities``) the country of a city opening it (see :meth:`name_city`)."""
        words = [t.text for t in span]
        for width in (3, 2, 1):
            for i in range(len(words) - width + 1):
                low = " ".join(words[i : i + width]).lower()
                if low.startswith("the ") and i + width < len(words) and words[i + width][:1].isupper():
                    continue  # "the South" of "University of the South Pacific" is not South Korea
                iso = self.kb.country_by_name.get(low) or self.kb.country_by_demonym.get(low)
                if iso and low not in ("us",):
                    return iso
        return self.name_city(span) if cities else None

    def name_city(self, span: Span) -> str | None:
        """The country of a city opening an organisation's name ("Shanghai Stock Exchange")."""
        words = [t.text for t in span]
        for width in (2, 1):  # a city opening the name: "Shanghai Stock Exchange", "Istanbul Bar Association"
            if len(words) > width and not any(w.lower() in _PLAIN_NAME_WORDS or w.lower() in self.kb.org_words
                                              for w in words[:width]):
                low = " ".join(words[:width]).lower()  # ("Central Command" is no city's)
                iso = self.kb.country_by_capital.get(low) or self.kb.country_by_city.get(low)
                if iso:
                    return iso
        return None

    def country_of_place(self, low: str) -> str | None:
        """The country of a place named in a company's "X-based"/"X-listed": a country, its
        capital, a city or a state or province."""
        kb = self.kb
        return kb.country_by_name.get(low) or kb.country_by_capital.get(low) or kb.country_by_city.get(low) \
            or kb.region_country.get(low)

    def described_country(self, span: Span) -> str | None:
        """Where the noun introducing an organisation places it: "Hangxiao, a Shanghai-listed
        building products firm", "Falea, a Canadian miner"."""
        for n in self.describing_nouns(span):
            for m in n.children:
                if m.dep_ not in ("amod", "compound") or m.i > n.i:
                    continue
                if m.lower_ in _BASED:
                    place = [x for x in m.children if x.dep_ in ("npadvmod", "compound", "nmod") and x.i < m.i]
                    if place:
                        iso = self.country_of_place(self.doc[place[0].left_edge.i : place[0].i + 1].text.lower())
                        if iso:
                            return iso
                elif m.text[:1].isupper():
                    iso = self.kb.country_by_demonym.get(m.lower_) or self.kb.country_by_name.get(m.lower_)
                    if iso:
                        return iso
        return None

    def name_sector(self, text: str) -> str | None:
        """The sector of an unknown organisation from its head word ("... Commission" → NGO).

        A country's national, central or reserve bank ("National Bank of Poland", "Bank of
        England") is a government body, not a business.
        """
        found = None
        words = name_words(text)
        if len(words) >= 2 and words[-1] in self.kb.company_suffixes:
            return "BUS"  # "Volkswagen AG", "Massey Energy Co.", "Eastern Bank PLC": a company's legal name
        for w in words:
            found = self.kb.org_words.get(w, found)
        joined = f" {' '.join(words)} "
        phrases = [(joined.rfind(f" {p} "), code) for p, code in self.kb.org_words.items() if " " in p and f" {p} " in joined]
        if phrases:
            found = max(phrases)[1]  # "Interfax news agency", "Chamber of Commerce": the phrase over its last word
        political = [w for w in words if w in self.kb.party_words and w not in ("labour", "labor")]
        if political and (found in ("LEG", "CVL", "NGO", None)) and any(w in _PARTY_HEADS for w in words):
            return "OPP"  # "All Progressives Congress", "Orange Democratic Movement", "Christian Democratic Union": a party
        members = [self.kb.member_words[w] for w in words if w in self.kb.member_words]
        if members and found in ("LEG", "NGO", "CVL", None):
            return members[-1]  # "Trade Union Congress", "Paraguayan Olympic Committee": whom it gathers
        forces = [self.kb.force_words[w.removesuffix("'s")] for w in words if w.removesuffix("'s") in self.kb.force_words]
        if forces and found in ("GOV", "NGO", None):
            return forces[-1]  # "Deschutes County Sheriff's Office", "Vanuatu Police Force": whose force it is
        if found is None and len(words) >= 2 and words[-1] == "force" and words[-2] in ("air", "defence", "defense", "naval", "marine"):
            return "MIL"  # "Philippine Air Force", "Israel Defense Force"; a task or police force is not an army
        if found == "MIL" and "guard" in words and "coast" in words:
            return "COP"  # a coast guard polices the sea ("Philippine Coast Guard"), a national guard is military
        banks = [k for k, w in enumerate(words) if w in _BANK_WORDS]
        if found == "BUS" and banks:
            k = banks[0]
            central = (k > 0 and words[k - 1] in ("national", "central", "reserve", "people's", "federal")) \
                or (k + 1 < len(words) and words[k + 1] in ("central", "centrale", "nacional"))  # "Banco Central de Chile"
            rest = " ".join(words[k + 2 :]) if k + 1 < len(words) and words[k + 1] in ("of", "de", "do", "di", "du") else ""
            # "Bank of Canada" is the central bank; "Laurentian Bank of Canada", "Royal Bank of
            # Canada" are commercial banks of that country
            if central or (rest and k == 0 and rest in self.kb.country_by_name):
                return "GOV"
        if found in ("EDU", "NGO") and ("national" in words or "federal" in words or "public" in words
                                       or any(w in _REGULATED for w in words)) \
                and words[-1] in self.kb.state_heads:
            return "GOV"  # "National Hurricane Center", "Federal Emergency Management Agency", "Public Utility Commission"
        if found is None and any(w in ("organization", "organisation") for w in words):
            return "NGO"  # "World Sikh Organization of Canada": the known intergovernmental ones are listed
        if found is None and len(words) >= 2 and any(w in self.kb.business_words for w in words) \
                and not any(w in _STATE_MODIFIERS for w in words):
            return "BUS"  # "Anika Therapeutics", "Siemens Energy", "Aviatec Systems": what a company does
        return found

    def traded(self, span: Span) -> bool:
        """Whether the text speaks of an organisation's shares or its chief executive, which only a
        company has: "Shares in Anika Therapeutics fell", "Kelmora's stock", "Kelmora chief
        executive Lena Holm", "the CEO of Kelmora"."""
        end = span.end + 1 if span.end < len(self.doc) and self.tokens[span.end].text in ("'s", "’s") else span.end
        nxt = self.tokens[end] if end < len(self.doc) else None
        if nxt is not None and nxt.lower_ in _TRADED and not nxt.is_title:
            return True
        root = span.root
        head = root.head
        return root.dep_ == "pobj" and head.lower_ in ("of", "in") and head.head.lower_ in _TRADED and head.head.i < head.i

    def governing(self, span: Span) -> bool:
        """Whether a party is introduced as the one in power: "the ruling Georgian Dream party",
        "the governing Syriza party", "Georgian Dream, the ruling party"."""
        words = _GOVERNING
        if any(t.lower_ in words for t in self.doc[max(0, span.start - 3) : span.start]):
            return True
        return any(m.lower_ in words for n in self.describing_nouns(span) for m in n.children if m.dep_ == "amod")

    def rebel_named(self, span: Span) -> bool:
        """Whether the text calls an organisation rebels: "New People's Army guerrillas", "the
        Arakan Army, an insurgent group", "the rebel Kachin Independence Army"."""
        for n in self.describing_nouns(span):
            if self.kb.groups.get(n.lower_) == "REB" or self.kb.org_anaphora.get(n.lower_) == frozenset({"REB"}):
                return True
            if any(m.dep_ in ("amod", "compound") and m.lower_ in _REBEL_WORDS for m in n.children):
                return True
        nxt = self.tokens[span.end] if span.end < len(self.doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and self.kb.groups.get(nxt.lower_) == "REB":
            return True
        prev = self.tokens[span.start - 1] if span.start > 0 else None
        return prev is not None and prev.lower_ in _REBEL_WORDS

    def described_sector(self, span: Span) -> str | None:
        """An organisation's sector from the noun the text introduces it with ("the freight
        operator Lijnvracht", "Lijnvracht, a rail company")."""
        if span.end + 1 < len(self.doc) and self.tokens[span.end].is_lower:
            phrase = f"{self.tokens[span.end].lower_} {self.tokens[span.end + 1].lower_}"
            if phrase in self.kb.org_words:
                return self.kb.org_words[phrase]  # "the Vostok news agency": media, not a state agency
        for n in self.describing_nouns(span):
            w = n.lower_
            if w == "opposition" or any(m.dep_ in ("compound", "amod") and m.lower_ == "opposition" for m in n.children):
                return "OPP"  # "the opposition Movement for Solidarity", "X, an opposition coalition"
            found = self.kb.org_anaphora.get(w)
            if found and len(found) == 1 and next(iter(found)) in _STATE_SECTORS:
                return next(iter(found))  # "Luxembourg's privacy *regulator*": a state body, whatever it oversees
            for m in n.children:  # "a digital rights group", "a civil society group"
                if m.dep_ in ("compound", "amod") and m.lower_ in self.kb.org_words and m.lower_ not in self.kb.org_anaphora:
                    return self.kb.org_words[m.lower_]
                if m.dep_ in ("compound", "amod") and m.lower_ in self.kb.business_words and w in self.kb.org_anaphora:
                    return "BUS"  # "the mining group Anglo American", "the energy company"
            if found:  # an ambiguous noun gives its name-word sector only if it is one of its senses
                if len(found) == 1:
                    return next(iter(found))  # "a private military *company*": the modifier said nothing
                return self.kb.org_words.get(w) if self.kb.org_words.get(w) in found else None
            if w in self.kb.org_words:
                return self.kb.org_words[w]
        return None

    def describing_nouns(self, span: Span) -> list[Token]:
        """The nouns the text introduces a name with: an appositive or a noun just before it
        ("the freight operator Lijnvracht", "Lijnvracht, a rail company")."""
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i == span.end):
            nouns.append(root.head)  # "Lijnvracht, a rail company"; "the leftist Free Peru party"
        prev = self.tokens[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.pos_ == "NOUN" or (prev.pos_ == "PROPN" and prev.is_lower)):
            nouns.append(prev)  # the model tags a lower-case "union" before a name PROPN at times
        if prev is not None and prev.text == "," and span.start >= 2:
            noun = self.tokens[span.start - 2]  # "the country's largest Islamist party, Jamaat-e-Islami"
            if noun.pos_ == "NOUN" and noun.lower_ in self.kb.org_words:
                nouns.append(noun)
        known = root.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None
        if known is not None and known.head.lemma_.lower() == "know" and known.head.head.pos_ == "NOUN":
            nouns.append(known.head.head)  # "The French regulator, known as CNIL"
        return nouns

    def org_by_name(self, text: str) -> Cluster:
        """An organisation the knowledge base does not know: join by name or acronym."""
        key = f"org:{slug(text)}"
        if key in self.by_key:
            return self.by_key[key]
        acronym = "".join(w[0] for w in text.split() if w[:1].isupper())
        words = text.split()
        bare = self.without_kind(text)
        for cl in self.clusters:
            if cl.kind != "organization":
                continue
            if cl.org is not None:
                # "Amazon" after "Amazon.com Inc.": the short form of a known company named in full
                if cl.org.sector == "BUS" and any(self.short_of(words, n) for n in cl.names):
                    return cl
                continue
            for n in cl.names:
                if bare == self.without_kind(n):
                    return cl  # "the National Rally party" ... "National Rally"
                if (n.isupper() and n == acronym) or (text.isupper() and text == "".join(w[0] for w in n.split() if w[:1].isupper())):
                    return cl
                # the short form of a name given in full: "Cascadia" after "Cascadia Power & Light",
                # or before it, in a headline ("Skybridge pilots' strike halted" ... "Skybridge Airways")
                if self.short_of(words, n):
                    return cl
                full = n.split()
                if len(words) > len(full) and words[: len(full)] == full and self.short_form(full):
                    return cl
        return self.new("organization", key)

    def short_of(self, words: list[str], name: str) -> bool:
        """Whether ``words`` begin the longer ``name`` as its short form ("Amazon" of "Amazon.com
        Inc.": a web name's domain is no part of it)."""
        full = [_WEB_DOMAIN.sub("", w) for w in name.split()]
        return len(full) > len(words) and full[: len(words)] == words and self.short_form(words)

    def without_kind(self, name: str) -> str:
        """A name without a trailing lower-case word for what it is: "National Rally party" →
        "National Rally" (a capitalised "Party" is part of the name)."""
        head, _, last = name.rpartition(" ")
        return head if head and last.islower() and last in self.kb.org_nouns else name

    def short_form(self, words: list[str]) -> bool:
        """Whether the first words of a longer name can stand for it: a distinctive name, not a
        place, a nationality or a word saying what kind of body it is ("National", "Kenya")."""
        low = " ".join(words).lower()
        if low in self.kb.country_by_name or low in self.kb.country_by_demonym or low in self.kb.country_by_city \
                or low in self.kb.country_by_capital or low in self.kb.org_by_alias:
            return False
        return not any(w.lower() in self.kb.org_words or w.lower() in _PLAIN_NAME_WORDS for w in words)

    def demonym(self, cand: Cand, span: Span) -> None:
        """ "North Korean officials" → a group; "the North Koreans" → the country itself."""
        doc = self.doc
        assert cand.iso3 is not None
        end = cand.end
        after = self.tokens[end + 1] if end + 1 < len(doc) else None
        if end < len(doc) and self.tokens[end].lower_ in self.kb.country_groups and not self.taken[end] \
                and not (after is not None and after.pos_ in ("NOUN", "PROPN")):
            # "the Lebanese government", "Congolese authorities": the country itself
            phrase = doc[cand.start : end + 1]
            cl = self.keyed("country", f"country:{cand.iso3}")
            cl.iso3 = cand.iso3
            self.add(cl, phrase.start_char, phrase.end_char, "name", phrase)
            return
        for width in (2, 1):
            if end + width <= len(doc):
                noun = doc[end : end + width].text.lower()
                sector = self.kb.groups.get(noun)
                if sector is not None and not any(self.taken_tokens(end, end + width)):
                    phrase = doc[cand.start : end + width]
                    cl = self.keyed("group", f"group:{cand.iso3}:{sector}:{slug(noun)}")
                    cl.iso3, cl.sector, cl.group_noun = cand.iso3, sector, noun
                    cl.names.append(phrase.text)
                    self.add(cl, phrase.start_char, phrase.end_char, "name", phrase)
                    return
        for width in (2, 1):  # "the Chinese embassy", "Egyptian presidency", "Cameroonian security forces"
            if end + width <= len(doc):
                noun = " ".join(t.lower_ for t in doc[end : end + width])
                sector = self.kb.state_bodies.get(noun)
                after = self.tokens[end + width] if end + width < len(doc) else None
                if sector is not None and not any(self.taken_tokens(end, end + width)) \
                        and not (after is not None and after.pos_ in ("NOUN", "PROPN")):
                    phrase = doc[cand.start : end + width]
                    cl = self.state_body(cand.iso3, sector, noun)
                    self.add(cl, phrase.start_char, phrase.end_char, "name", phrase)
                    return
        low = span.text.lower()
        if low.endswith("s") and low in self.kb.country_by_demonym:
                cl = self.keyed("country", f"country:{cand.iso3}")
                cl.iso3 = cand.iso3
                self.add(cl, span.start_char, span.end_char, "metonym", span)

    def taken_tokens(self, start: int, end: int) -> list[bool]:
        return self.taken[start:end]

    # --- titles and appositives ---------------------------------------------------
    def find_titles(self, tokens: list[Token]) -> list[tuple[int, int, str]]:
        """Longest knowledge-base titles in a token run: (first index, end index, title)."""
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            best = None
            for j in range(min(len(tokens), i + 7), i, -1):
                t = self.kb.title(" ".join(tok.text for tok in tokens[i:j]))
                if t is not None:
                    best = (i, j, t.title)
                    break
            if best:
                found.append(best)
                i = best[1]
            else:
                i += 1
        return found

    def learn(self, cl: Cluster, tokens: list[Token], sentence: Span, phrase_tokens: list[Token] | None = None) -> None:
        """Roles, country, sector and gender from the words around a person's name."""
        if not tokens:
            return
        titles = self.find_titles(tokens)
        words = [t.lower_ for t in tokens]
        # "former student leader Ivan Lau": the run of title words starts after "former student"
        before = [t.lower_ for t in self.doc[max(0, tokens[0].i - 2) : tokens[0].i]]
        for i, _j, title in titles:
            k = i + len(before)  # the title's place in before + words
            former = "former" in (before + words)[max(0, k - 2) : k + 1] or "ex" in words[max(0, i - 2) : i]
            t = self.kb.titles[title.lower()]
            if t.gender and cl.gender is None:
                cl.gender = t.gender
            if title in _HONORIFICS:
                continue
            if not former and self.index.quoted(tokens[0].idx):
                cl.quoted_titles.append(title)
            elif not former:
                cl.titles.append(title)
                if t.sector:
                    cl.sectors.append(t.sector)
        # organisations and countries named in the run; "former CIA analyst" is history
        named = len(cl.countries) + len(cl.org_sectors)
        countries = len(cl.countries)
        for k, tok in enumerate(tokens):
            if "former" in words[max(0, k - 2) : k]:
                continue
            for ref in self.index.refs:
                if ref.start == tok.idx and self.clusters[ref.cluster].kind in ("organization", "country"):
                    other = self.clusters[ref.cluster]
                    if other.iso3:
                        cl.countries.append(other.iso3)
                    if other.kind == "organization" and other.sector:
                        cl.org_sectors.append(other.sector)
                    elif other.kind == "organization" and other is not cl:
                        cl.bodies.append(ref.cluster)  # "JetBlue president Joanna Geraghty"
            if tok.lower_ == "opposition" and k + 1 < len(tokens) and tokens[k + 1].lower_ != "to" and (
                    tokens[k + 1].lower_ in self.kb.title_words or tokens[k + 1].lower_ in self.kb.person_nouns
                    or tokens[k + 1].lower_ in ("figure", "politician", "activist", "member")):
                cl.org_sectors.append("OPP")  # "opposition lawmaker", "an opposition figure" (GUIDE: OPP)
            elif tok.lower_ in self.kb.groups and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") \
                    and tok.head.head.lower_ in self.kb.title_heads and tok.head.head.i < tok.i:
                cl.org_sectors.append(self.kb.groups[tok.lower_])  # "a spokesman for the militants", "leader of the protesters"
            elif tok.lower_ in self.kb.force_words:
                cl.org_sectors.append(self.kb.force_words[tok.lower_])  # "coastguard spokesman", "police commissioner"
            elif tok.lower_ in self.kb.org_words and k + 1 < len(tokens) and tokens[k + 1].text in ("'s", "’s"):
                cl.org_sectors.append(self.kb.org_words[tok.lower_])  # "the party's secretary general, Esther Mbappe"
            iso = self.kb.country_by_demonym.get(tok.lower_) if tok.text[:1].isupper() else None
            if iso is None and k + 1 < len(tokens):
                iso = self.kb.country_by_demonym.get(f"{tok.lower_} {tokens[k + 1].lower_}")
            if iso is None and tok.is_title:  # "Balochistan Chief Minister", "Bavarian ...": a state of its country
                iso = next((self.kb.region_country[r] for w in (3, 2, 1) if k + w <= len(tokens)
                            and (r := " ".join(t.lower_ for t in tokens[k : k + w])) in self.kb.region_country), None)
            if iso:
                cl.countries.append(iso)
        if len(cl.countries) + len(cl.org_sectors) == named and "former" not in words:
            self.possessor_affiliation(cl, tokens)
        if len(cl.countries) == countries and "former" not in words:
            self.named_body_affiliation(cl, tokens)
        if len(cl.countries) + len(cl.org_sectors) == named and "former" not in words:
            self.title_body(cl, words)
        if phrase_tokens:
            head = [t for t in phrase_tokens if t.dep_ != "det"]
            phrase = "".join(t.text_with_ws for t in head).strip()
            if phrase and len(head) <= 8:
                cl.roles_text.append(phrase)
            if cl.evidence is None:
                cl.evidence = Offsets(sentence.start_char, sentence.end_char)

    def possessor_affiliation(self, cl: Cluster, tokens: list[Token]) -> None:
        """ "Its spokesperson, Liu Dejun" after the China Coast Guard, "the EU said its special
        representative, Annette Weber, ...", "Norway, whose envoy Dag Nylander": the title is of
        the organisation or country the possessive stands for."""
        first = tokens[0]
        cands = [*tokens, self.tokens[first.i - 1]] if first.i > 0 else list(tokens)
        for tok in cands:
            if tok.lower_ not in ("its", "whose") or tok.dep_ != "poss":
                continue
            cid = self.possessor(tok)
            if cid is None:
                return
            self.affiliate(cl, self.clusters[cid])
            return

    @staticmethod
    def affiliate(cl: Cluster, other: Cluster) -> None:
        """A person's title is of ``other``: its country, and the sector of a body (not a country's)."""
        if other.iso3:
            cl.countries.append(other.iso3)
        if other.kind != "country" and other.sector:
            cl.org_sectors.append(other.sector)

    def named_body_affiliation(self, cl: Cluster, tokens: list[Token]) -> None:
        """ "..., the Philippine Coast Guard said. ... coastguard spokesman Jay Tarriela said": a
        lower-case noun for a body in a title is the body of that name the text named last, in
        this or the two sentences before."""
        for tok in tokens:
            word = tok.lower_
            if not tok.is_lower or (word not in self.kb.org_words and word not in self.kb.force_words):
                continue
            sent = self.index.sent_of(tok.idx)
            for ref in reversed(self.index.before(tok.idx)):
                if sent - ref.sent > 2:
                    break
                other = self.clusters[ref.cluster]
                if other.kind != "organization" or ref.quoted:
                    continue
                names = [*other.names, *([other.org.name, *other.org.aliases] if other.org is not None else [])]
                words = {w for n in names for w in name_words(n)}
                words |= {"".join(name_words(n)[k : k + 2]) for n in names for k in range(len(name_words(n)) - 1)}
                if word in words:
                    self.affiliate(cl, other)
                    return
            return

    def possessor(self, tok: Token) -> int | None:
        """The organisation or country "its" or "whose" stands for: the antecedent of the relative
        clause ("Norway, whose envoy"), the subject of a clause "its" is in, else the only
        organisation or country named before it in this sentence, or in the last."""
        index = self.index
        if tok.lower_ == "whose":
            head = tok
            while head.dep_ != "relcl" and head.head is not head:
                head = head.head
            if head.dep_ != "relcl":
                return None
            ante = head.head
            for ref in index.refs:
                if ref.start <= ante.idx < ref.end and index.kinds.get(ref.cluster) in ("organization", "country"):
                    return ref.cluster
            return None
        if index.quoted(tok.idx):
            return None
        # "the EU said its special representative ...": the subject of a clause it is inside
        for anc in tok.ancestors:
            for subj in (c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i):
                lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                inside = [r for r in index.before(tok.idx) if lo <= r.start < hi and not r.quoted
                          and index.kinds.get(r.cluster) in ("organization", "country")]
                if inside:
                    return inside[-1].cluster
        # else the one organisation or country of this sentence so far, or of the last one:
        # "Meta has clashed with regulators. Ireland's commission fined it ... Its chief executive"
        # names two, and which one "its" means the words do not say
        sent = index.sent_of(tok.idx)
        near: dict[int, set[int]] = {0: set(), 1: set()}
        for ref in reversed(index.before(tok.idx)):
            distance = sent - ref.sent
            if distance > 1:
                break
            if ref.end <= tok.idx and not ref.quoted and index.kinds.get(ref.cluster) in ("organization", "country"):
                near[distance].add(ref.cluster)
        found = near[0] or near[1]
        return next(iter(found)) if len(found) == 1 else None

    def title_body(self, cl: Cluster, words: list[str]) -> None:
        """ "Energy Commissioner Dan Jorgensen" naming no body: a commissioner of the body the
        story names whose offices the title is of (``title_bodies``: the European Commission);
        "High Commissioner" is a diplomat's title."""
        for k, w in enumerate(words):
            body = self.kb.title_bodies.get(w)
            if body is None or (k > 0 and words[k - 1] == "high"):
                continue
            for other in self.clusters:
                if other.org is not None and other.org.name.lower() == body.lower() and other.mentions:
                    if other.iso3:
                        cl.countries.append(other.iso3)
                    if other.sector:
                        cl.org_sectors.append(other.sector)
                    return

    def left_run(self, start: int) -> list[Token]:
        """The title-like words right before a name: "U.S. national security adviser"."""
        words = _title_words(self.kb)
        run: list[Token] = []
        i = start - 1
        sent_start = self.tokens[start].sent.start
        while i >= sent_start:
            t = self.tokens[i]
            ok = (t.lower_ in words or t.lower_ in self.kb.force_words or t.text in ("’s", "'s", "-")
                  or t.lower_ in ("of", "for", "former", "deputy", "senior", "top")
                  or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in ("the",))
                  # "EU foreign policy chief", "UN human rights chief": a modifier of the title's noun
                  or (run and t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "ADJ") and t.head.i == run[0].i
                      and t.is_alpha and not t.is_stop))
            if not ok:
                break
            run.insert(0, t)
            i -= 1
        if run and run[-1].lower_ in ("for", "of"):
            return []  # "a spokeswoman for McCarthy", "the lawyer of X": someone else's title
        return run

    def titles_and_appositives(self) -> None:
        doc = self.doc
        for cl in self.clusters:
            if cl.kind != "person":
                continue
            for start, end, kind in list(cl.mentions):
                if kind != "name":
                    continue
                span = doc.char_span(start, end)
                if span is None:
                    continue
                run = self.left_run(span.start)
                if run:
                    self.learn(cl, run, span.sent)
                    title_span = doc[run[0].i : span.end]
                    if title_span.text not in cl.aliases and self.find_titles(run):
                        cl.aliases.append(title_span.text)
                root = span.root
                for child in root.children:
                    # "Pompeo himself": spaCy makes the reflexive an appositive; it is no role
                    if child.dep_ == "appos" and child.i >= span.end and child.pos_ != "PRON":
                        sub = list(doc[child.left_edge.i : child.i + 1])
                        self.learn(cl, list(child.subtree), span.sent, sub)
                        self.role_phrase(cl, sub)
                self.leader_of(cl, span)
                if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
                    head = root.head
                    sub = list(doc[head.left_edge.i : head.i + 1])
                    # "The head *of the central bank*, Yemi Cardoso": the body the role is of counts too
                    around = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < span.start
                              for t in c.subtree if t.i < span.start] if head.lower_ in _BODY_OFFICES else []
                    self.learn(cl, sub + around, span.sent, sub)
                    self.role_phrase(cl, sub)

    def leader_of(self, cl: Cluster, span: Span) -> None:
        """ "The IMF mission, led by Ivanna Petrova", "a delegation headed by X": the leader is of
        the organisation (or country) the led noun names, when the text says no more of them."""
        root = span.root
        by = root.head
        if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent" or cl.countries or cl.org_sectors:
            return
        verb = by.head
        if verb.lemma_.lower() not in ("lead", "head", "chair") or verb.dep_ != "acl":
            return
        noun = verb.head
        for tok in noun.subtree:
            if tok.i >= verb.i:
                break
            for ref in self.index.refs:
                if ref.start == tok.idx and self.clusters[ref.cluster].kind in ("organization", "country", "group"):
                    self.affiliate(cl, self.clusters[ref.cluster])
                    return

    def role_phrase(self, cl: Cluster, tokens: list[Token]) -> None:
        """An appositive noun phrase ("the special representative") becomes a role mention."""
        if not tokens or len(tokens) > 10 or any(t.ent_type_ == "PERSON" for t in tokens):
            return
        if all(t.like_num or t.is_punct for t in tokens):
            return  # "Jordan Bardella, 28, ...": an age, not a role
        first, last = tokens[0], tokens[-1]
        while last.is_punct and last.i > first.i:
            last = self.tokens[last.i - 1]
        start, end = first.idx, last.idx + len(last.text)
        if any(s <= start < e or start <= s < end for s, e, _ in cl.mentions):
            return
        self.add(cl, start, end, "role", self.doc[first.i : last.i + 1])

    # --- role nouns and pronouns --------------------------------------------------
    def known_titles(self) -> None:
        """Feed each person's titles (text and knowledge base, on the date) to coref."""
        for cl in self.clusters:
            if not cl.titles and cl.known is None:
                cl.titles = cl.quoted_titles
            titles = list(cl.titles)
            if cl.known is not None:
                role = cl.known.role_on(self.date)
                if role is not None:
                    titles.append(role.title)
                if cl.gender is None:
                    cl.gender = cl.known.gender
            if cl.gender is None and cl.kind == "person" and cl.names:
                full = max(cl.names, key=lambda n: len(name_words(n)))
                words = name_words(full)
                if len(words) >= 2:  # the given name as written: "Jean-Claude", not "Jean"
                    cl.gender = self.kb.gender_of_given_name(full.split()[0].strip(".,"))
            self.index.titles[cl.cid] = titles
            self.index.genders[cl.cid] = cl.gender

    def role_nouns(self) -> None:
        """ "the secretary", "the special representative" → the actor holding that title."""
        doc = self.doc
        covered = {(s, e) for cl in self.clusters for s, e, _ in cl.mentions}
        for t in self.tokens:
            if t.lower_ != "the" or t.i + 1 >= len(doc):
                continue
            for width in range(min(5, len(doc) - t.i - 1), 0, -1):
                words = doc[t.i + 1 : t.i + 1 + width]
                phrase = " ".join(w.lower_ for w in words)
                wanted = self.kb.role_nouns.get(phrase)
                if wanted is None:
                    continue
                after = self.tokens[words.end] if words.end < len(doc) else None
                if after is not None and (after.pos_ == "PROPN" or (after.lower_ == "of" and phrase not in ("secretary of state",))):
                    break
                if words[-1].tag_ in ("NNS", "NNPS"):
                    break
                start, end = t.idx, words.end_char
                if any(s <= start < e or start <= s < end for s, e in covered):
                    break
                # "Trump praised the leader" is not Trump: not a cluster named in the same clause
                verb = self.verb_of(words[-1])
                same_sentence = {
                    r.cluster for r in self.index.before(start)
                    if r.sent == self.index.sent_of(start) and self.verb_of(self.token_at(r.start)) == verb
                }
                cid = self.apposed_person(t)
                if cid is None:
                    cid = coref.resolve_role_cluster(self.index, wanted, start, exclude=same_sentence)
                if cid is not None:
                    self.add(self.clusters[cid], start, end, "role", doc[t.i : words.end])
                    covered.add((start, end))
                break

    def apposed_person(self, the: Token) -> int | None:
        """"Kim Eui-kyeom, the spokesman for President Moon": a role right after a person's name and
        a comma is that person, however the parser attached it."""
        if the.i < 2 or self.tokens[the.i - 1].text != ",":
            return None
        before = self.tokens[the.i - 2]
        owner = self.mention_cluster(before.idx)
        if owner is None or owner[0].kind != "person" or owner[1][2] != "name" \
                or owner[1][1] != before.idx + len(before.text):
            return None
        return owner[0].cid

    def token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    @staticmethod
    def verb_of(token: Token | None) -> int | None:
        """The index of the verb whose clause holds ``token`` (None outside any)."""
        while token is not None:
            if token.pos_ in ("VERB", "AUX"):
                return int(token.i)
            if token.head == token:
                return None
            token = token.head
        return None

    def org_nouns(self) -> None:
        """ "the ministry", "the agency", "the international federation" → an organisation.

        The noun refers back to the last organisation with that word in its name ("the bank"
        → National Bank of Poland), else — for the nouns of ``org_anaphora`` in roles.yaml —
        to the last organisation of a fitting sector ("the agency" → World Food Programme).
        A described one nothing was named for ("the ethics commission") is an organisation
        of its own, named by the phrase.
        """
        doc = self.doc
        heads = self.kb.org_nouns | {"administration", "organisation", "organization"}
        covered = [(s, e) for cl in self.clusters for s, e, _ in cl.mentions]
        for t in self.tokens[:-1]:
            if t.lower_ != "the":
                continue
            office = self.title_office(t)
            if office is not None:
                covered.append(office)
                continue
            j = t.i + 1
            while j < len(doc) - 1 and j - t.i <= 3 and self.tokens[j].pos_ in ("ADJ", "NOUN") and self.tokens[j].lower_ not in heads \
                    and (self.tokens[j].text.islower() or (self.tokens[j].pos_ == "ADJ" and self.tokens[j].lower_ in self.kb.country_by_demonym)):
                j += 1  # "the (French) firm"
            noun = self.tokens[j]
            w = noun.lower_
            # a plural only for the nouns that name a group as one body ("the rebels" → M23)
            plural_body = noun.tag_ == "NNS" and w in self.kb.org_anaphora
            singular = noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_lower)  # "the bloc" tagged NNP
            if w not in heads or (not singular and not plural_body) or self.index.quoted(noun.idx):
                continue
            after = self.tokens[j + 1] if j + 1 < len(doc) else None
            if after is not None and (after.pos_ in ("PROPN", "NOUN") or (after.lower_ == "of" and after.head.i == j)):
                continue  # "the bank governor", "the commission of inquiry"; not "accused the company of"
            start, end = t.idx, noun.idx + len(noun.text)
            if any(s < end and start < e for s, e in covered):
                continue
            adjectives = [x.lower_ for x in doc[t.i + 1 : j] if x.pos_ == "ADJ"]
            cl = self.org_referent(w, start, adjectives)
            nouns = [x for x in doc[t.i + 1 : j] if x.pos_ == "NOUN"]
            if cl is None and nouns:  # "the (independent) ethics commission"
                name = " ".join(x.text for x in doc[nouns[0].i : j + 1])
                cl = self.keyed("organization", f"org:{slug(name)}")
                cl.names.append(name)
                cl.sector = cl.sector or self.kb.org_words.get(w)
            if cl is not None:
                self.add(cl, start, end, "role", doc[t.i : j + 1])
                covered.append((start, end))

    def country_nouns(self) -> None:
        """ "the government", "the authorities" → the country whose government acts; "the
        country", "the island nation" → the country last named.

        A government named as an organisation ("the Trump administration", a "... Government"
        body) was taken by :meth:`org_nouns` already. The rest is the government of the
        article's home country when that country is named, else of the country last named;
        "the country" as a place ("across the country", "in the country") is no actor.
        """
        doc = self.doc
        covered = [(s, e) for cl in self.clusters for s, e, _ in cl.mentions]
        countries = {cl.iso3: cl for cl in self.clusters if cl.kind == "country" and cl.iso3 and cl.mentions}
        home = self.home_country(sorted((c for c in self.clusters if c.mentions), key=lambda c: min(m[0] for m in c.mentions)))
        for t in self.tokens[:-1]:
            if t.lower_ != "the":
                continue
            j = t.i + 1
            while j < len(doc) - 1 and j - t.i <= 3 and self.tokens[j].lower_ not in self.kb.country_nouns \
                    and self.tokens[j].pos_ in ("ADJ", "NOUN", "PROPN") and self.tokens[j].ent_type_ not in ("NORP", "GPE"):
                j += 1
            noun = self.tokens[j]
            kind = self.kb.country_nouns.get(noun.lower_)
            if kind is None or (kind == "government" and self.another_government(self.tokens[t.i + 1 : j])):
                continue  # "the federal government" is the country's; "the previous government" another
            if j + 1 < len(doc) and (self.tokens[j + 1].pos_ in ("PROPN", "NOUN") or self.tokens[j + 1].text in ("-",)):
                continue
            start, end = t.idx, noun.idx + len(noun.text)
            if any(s < end and start < e for s, e in covered):
                continue
            if kind == "government" and noun.dep_ == "pobj" \
                    and noun.head.lower_ in LOCATIVE | {"across", "throughout", "within", "from", "of"}:
                continue
            sent = self.index.sent_of(start)
            last: Cluster | None = None
            for ref in reversed(self.index.before(start)):
                if sent - ref.sent > 2 * WINDOW:
                    break
                cl = self.clusters[ref.cluster]
                if cl.kind == "country":
                    last = cl
                    break
            target = None
            if kind == "government" and home in self.kb.country_names:
                target = countries.get(home)
                if target is None:  # the home country's government, the country itself never named
                    target = self.keyed("organization", f"org:government:{home}")
                    if not target.names:
                        target.names.append(f"{self.kb.country_names[home]} government")
                    target.iso3, target.sector = home, "GOV"
            target = target or last
            if target is None:
                continue
            self.add(target, start, end, "role", doc[t.i : j + 1])
            covered.append((start, end))

    def another_government(self, modifiers: list[Token]) -> bool:
        """Whether words before "government" make it another one than the country's own ("the
        previous government"; not "the federal government", roles.yaml government_modifiers)."""
        return any(w.lower_ not in self.kb.government_modifiers for w in modifiers)

    def own_countries(self) -> None:
        """"said his government would", "his landlocked country", "Petro's government": the country
        of the person the possessive refers to, one actor with it (a possessive pronoun is then no
        mention of the person; a possessive name stays one, nested)."""
        doc = self.doc
        for t in self.tokens[:-1]:
            if t.dep_ != "poss" or self.index.quoted(t.idx):
                continue
            pronoun = t.lower_ in ("his", "her")
            if not pronoun and t.pos_ != "PROPN":
                continue
            noun = t.head
            if noun.i <= t.i or noun.i - t.i > 4 or self.taken[noun.i]:
                continue
            kind = self.kb.country_nouns.get(noun.lower_)
            between = [w for w in self.tokens[t.i + 1 : noun.i] if w.dep_ != "case"]
            if kind is None or (kind == "government" and self.another_government(between)):
                continue
            if any(w.pos_ not in ("ADJ", "NOUN") for w in between) or any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in noun.children if kind == "government"):
                continue
            if pronoun:
                cid = coref.resolve_pronoun_token(self.index, t)
                start = t.idx
            else:  # "Petro's government": the person whose name it is
                ref = next((r for r in self.index.refs if r.start <= t.idx < r.end), None)
                cid, start = (ref.cluster, ref.start) if ref is not None else (None, t.idx)
            person = self.clusters[cid] if cid is not None else None
            if person is None or person.kind != "person":
                continue
            iso = self.codes(person)[0]
            if iso is None or iso not in self.kb.country_names:
                continue
            cl = self.keyed("country", f"country:{iso}")
            cl.iso3 = iso
            self.add(cl, start, noun.idx + len(noun.text), "role", doc[t.left_edge.i if not pronoun else t.i : noun.i + 1])
            if pronoun:
                self.possessed.add(t.i)

    def known_as(self) -> None:
        """"the mission, known as UNMISS": a description the text names right away is that actor,
        whatever the description was first taken for (here the Security Council)."""
        for t in self.tokens[:-2]:
            if t.lower_ != "known" or t.dep_ != "acl" or self.tokens[t.i + 1].lower_ != "as":
                continue
            name = next((c for c in self.tokens[t.i + 1].children if c.dep_ == "pobj"), None)
            if name is None:
                continue
            owner = self.mention_cluster(t.head.idx)
            named = self.mention_cluster(name.idx)
            if owner is None or named is None or owner[0] is named[0] or owner[1][2] != "role" \
                    or owner[0].kind != named[0].kind or named[0].kind not in ("organization", "group"):
                continue
            cl, mention = owner
            cl.mentions.remove(mention)
            named[0].mentions.append(mention)
            for ref in self.index.refs:
                if ref.start == mention[0] and ref.cluster == cl.cid:
                    ref.cluster = named[0].cid

    def mention_cluster(self, char: int) -> tuple[Cluster, tuple[int, int, MentionKind]] | None:
        """The cluster with a mention holding the character, and that mention."""
        for cl in self.clusters:
            for m in cl.mentions:
                if m[0] <= char < m[1]:
                    return cl, m
        return None

    def state_bodies(self) -> None:
        """ "police said", "the military", "Pakistan's military" → that country's body.

        A body named only by what it is (``state_bodies`` in roles.yaml) belongs to the country
        that owns it in the phrase, else to the one country whose places its sentence names,
        else to the article's home country — like the government. One actor a body and
        country: "the army" and then "the military" are the same forces, and a body the text
        named already ("the Indian army", "Egyptian police") takes the later bare mentions.
        """
        doc = self.doc
        covered = [(s, e) for cl in self.clusters for s, e, _ in cl.mentions]
        ordered = sorted((c for c in self.clusters if c.mentions), key=lambda c: min(m[0] for m in c.mentions))
        home: str | None = None
        voted = False
        firsts = {p.split()[0] for p in self.kb.state_bodies}
        for t in self.tokens:
            if t.lower_ not in firsts:
                continue
            found = None
            for width in (2, 1):
                phrase = " ".join(x.lower_ for x in doc[t.i : t.i + width])
                if t.i + width <= len(doc) and phrase in self.kb.state_bodies and (
                        self.tokens[t.i + width - 1].is_lower or (width == 1 and t.is_sent_start and t.is_title)):
                    # "police said", and "Police said" opening a sentence
                    found = (width, phrase)
                    break
            if found is None:
                continue
            width, phrase = found
            noun = self.tokens[t.i + width - 1]
            sector = self.kb.state_bodies[phrase]
            nxt = self.tokens[noun.i + 1] if noun.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text == "-"):
                continue  # "police officers", "army chief": someone else
            if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into", "within", "for"):
                continue  # "served in the army", "ran for the presidency"
            if sector in ("GOV", "JUD") and noun.dep_ not in ("nsubj", "nsubjpass") \
                    and not (noun.dep_ == "pobj" and noun.head.lower_ == "by"):
                continue  # "the presidency" acts as a subject; "won the presidency" is an office
            first = self.tokens[t.i - 1] if t.i > 0 else None
            start_tok = t.i - 1 if first is not None and first.lower_ == "the" else t.i
            iso: str | None = None
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < t.i), None)
            if owner is not None:
                iso = self.country_at(owner)
                if iso is None:
                    continue  # "its military", "Maduro's police": whose the text says, not where
                start_tok = owner.left_edge.i
            elif phrase == "court" and first is not None and first.lower_ in ("a", "an") and nxt is not None \
                    and nxt.lower_ == "in":
                start_tok = t.i - 1  # "a court in Istanbul sentenced ...": a court of that place's country
            elif phrase in ("court", "police") and (place := self.court_place(noun)) is not None:
                iso, start_tok = place  # "a Moscow court", "a Hong Kong court", "Paris police"
            elif start_tok == t.i and first is not None and first.pos_ in ("ADJ", "PROPN", "NOUN", "DET", "NUM"):
                continue  # "Indian police" (a group already), "some police", "traffic police"
            elif phrase in _OWNED_BODIES:
                continue  # "the embassy" is some other country's: only "China's embassy" says whose
            start, end = self.tokens[start_tok].idx, noun.idx + len(noun.text)
            if self.index.quoted(start) or any(s < end and t.idx < e for s, e in covered):
                continue  # (the owner's own mention is no obstacle: "Pakistan" of "Pakistan's military")
            iso = iso or self.sentence_country(noun)
            if iso is None:
                if not voted:
                    home, voted = self.home_country(ordered), True
                iso = home
            if iso not in self.kb.country_names:
                continue
            cl = self.state_body(iso, sector, phrase)
            self.add(cl, start, end, "role", doc[start_tok : noun.i + 1])
            covered.append((start, end))

    def court_place(self, noun: Token) -> tuple[str, int] | None:
        """The country of the place a court is named by ("a Moscow court", "a Hong Kong court")
        and the token the phrase starts at."""
        mods = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"]
        if not mods:
            return None
        first = min(m.left_edge.i for m in mods)
        iso = self.country_of_place(self.doc[first : noun.i].text.lower())
        if iso is None:
            return None
        det = first - 1 if first > 0 and self.tokens[first - 1].lower_ in ("a", "an", "the") else first
        return iso, det

    def the_state(self) -> None:
        """ "the state" in a story about one of a country's states ("the Oregon Department of
        Forestry ... allows the state to draw on emergency funds") is that state's government: the
        state named last within a few sentences. With none named, the phrase is left alone
        ("the state" of most stories is the country's government or an abstraction)."""
        if not _THE_STATE.search(self.text):
            return  # most articles never say it: skip the scan for state names
        doc = self.doc
        named: list[tuple[int, str]] = []  # (token index, name) of every state named
        for t in self.tokens:
            if not t.is_title:
                continue
            for width in (3, 2, 1):
                name = doc[t.i : t.i + width].text
                if t.i + width <= len(doc) and name.lower() in self.kb.region_country:
                    named.append((t.i, name))
                    break
        if not named:
            return
        covered = [(s, e) for cl in self.clusters for s, e, _ in cl.mentions]
        for t in self.tokens[:-1]:
            noun = self.tokens[t.i + 1]
            if t.lower_ != "the" or noun.lower_ != "state":
                continue
            nxt = self.tokens[noun.i + 1] if noun.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text == "-"):
                continue  # "the state fire marshal", "the state-run utility"
            if noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS:
                continue
            start, end = t.idx, noun.idx + len(noun.text)
            if self.index.quoted(start) or any(s < end and start < e for s, e in covered):
                continue
            before = [(i, n) for i, n in named if i < t.i]
            if not before or self.index.sent_of(start) - self.index.sent_of(self.tokens[before[-1][0]].idx) > 2 * WINDOW:
                continue
            name = before[-1][1]
            cl = self.keyed("organization", f"org:{slug(name)}")
            if not cl.names:
                cl.names.append(name)
            cl.iso3, cl.sector = self.kb.region_country[name.lower()], "GOV"
            self.add(cl, start, end, "role", doc[t.i : noun.i + 1])
            covered.append((start, end))

    def country_at(self, tok: Token) -> str | None:
        """The country a token's mention stands for ("Pakistan" of "Pakistan's military")."""
        for cl in self.clusters:
            if cl.kind == "country" and any(s <= tok.idx < e for s, e, _ in cl.mentions):
                return cl.iso3
        return None

    def sentence_country(self, tok: Token) -> str | None:
        """The one country whose places ``tok``'s sentence names ("police in Odesa")."""
        sent = tok.sent
        found = {
            iso for ent in self.ents
            if sent.start <= ent.start < sent.end and (iso := self.place_country(ent)) is not None
        }
        return found.pop() if len(found) == 1 else None

    def state_body(self, iso: str, sector: str, phrase: str) -> Cluster:
        """The cluster of country ``iso``'s body of ``sector`` ("police", "the military"): one
        the text named already ("Egyptian police", "the Indian army"), else a new one."""
        family = _BODY_FAMILY.get(phrase, phrase)
        for cl in self.clusters:
            if cl.iso3 == iso and cl.sector == sector and cl.kind in ("group", "organization") and (
                    cl.group_noun == phrase or any(phrase in n.lower().split() or family in n.lower().split() for n in cl.names)):
                return cl
        cl = self.keyed("organization", f"org:{slug(family)}:{iso}")
        if not cl.names:
            cl.names.append(f"{self.kb.country_names[iso]} {family}")
        cl.iso3, cl.sector = iso, sector
        return cl

    def title_office(self, the: Token) -> tuple[int, int] | None:
        """ "the Attorney General's office" → an organisation of its own, named so."""
        doc = self.doc
        k = the.i + 1
        while k < len(doc) and k - the.i <= 4 and self.tokens[k].is_title:
            k += 1
        if k == the.i + 1 or k + 1 >= len(doc) or self.tokens[k].text not in ("'s", "’s"):
            return None
        head = self.tokens[k + 1]
        if head.lower_ not in ("office", "department", "bureau", "chambers") or not self.find_titles(list(doc[the.i + 1 : k])):
            return None
        name = doc[the.i + 1 : k + 2].text
        cl = self.keyed("organization", f"org:{slug(name)}")
        cl.names.append(name)
        cl.sector = cl.sector or self.name_sector(name) or self.kb.org_words.get(head.lower_)
        start, end = the.idx, head.idx + len(head.text)
        self.add(cl, start, end, "name", doc[the.i : k + 2])
        return start, end

    def org_referent(self, word: str, offset: int, adjectives: list[str] | None = None) -> Cluster | None:
        """The organisation "the <word>" at ``offset`` refers back to (see :meth:`org_nouns`).

        Adjectives must be in the name too: "the international federation" is not the
        Brazilian confederation named before; it may be named just after ("The
        international federation, FIVB, …").
        """
        sectors = self.kb.org_anaphora.get(word)
        sent = self.index.sent_of(offset)
        fallback: Cluster | None = None
        unknown: Cluster | None = None
        inner: Cluster | None = None

        def words_of(cl: Cluster) -> set[str]:
            names = list(cl.names)
            if cl.org is not None:
                names += [cl.org.name, *cl.org.aliases]
            return {w for n in names for w in name_words(n)} | cl.nouns

        for ref in reversed(self.index.before(offset)):
            cl = self.clusters[ref.cluster]
            if cl.kind != "organization":
                continue
            words = words_of(cl)
            if adjectives and not all(a in words or self.kb.country_by_demonym.get(a) == cl.iso3 for a in adjectives):
                continue  # "the French firm" is a firm named before whose name or country says French
            if word in ("organisation", "organization") or word in cl.nouns or any(
                    name_words(n)[-1:] == [word] for n in cl.names):
                return cl
            if word in words and inner is None:
                # a word inside the name, not its head: "the airline" may be the British Airline
                # Pilots' Association only when no airline of the noun's sector is at hand
                inner = cl
            # a name of no known sector may be a company's or a group's ("the company" → Lijnvracht),
            # not a court's or an agency's: those say what they are ("District Court")
            unknown_ok = cl.sector is None and sectors is not None and not sectors <= STATE_SECTORS
            if sectors and sent - ref.sent <= 2 * WINDOW:
                if fallback is None and cl.sector in sectors:
                    fallback = cl
                elif unknown is None and unknown_ok:
                    unknown = cl
        # one of the noun's sectors before a nearer name of no known sector: "the rebels" are the
        # New People's Army named two sentences up, not the "Manobo" tribesmen just before
        fallback = fallback or (inner if inner is not None and (sectors is None or inner.sector in sectors) else None) \
            or unknown or inner
        if fallback is None and adjectives:
            for ref in self.index.refs:
                if ref.start > offset and ref.sent - sent <= 1 and self.clusters[ref.cluster].kind == "organization":
                    cl = self.clusters[ref.cluster]
                    if {word, *adjectives} <= words_of(cl):
                        return cl
        return fallback

    def office_places(self) -> None:
        """Implicit mentions of office holders evoked by a place ("on board Air Force One").

        They go into the coreference index only (a subject-less, lowest-rank reference), so
        a later "he" with no better antecedent can reach the president; they are not
        mentions of the actor (the words name a plane, not the man).
        """
        if not self.kb.office_places:
            return
        for place in self.kb.office_places:
            holder = self.kb.office_holder(place, self.date)
            if holder is None:
                continue
            for surface in (place.place, *place.aliases):
                for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", self.text):
                    if self.index.quoted(m.start()):
                        continue
                    cl = next((c for c in self.clusters if c.kind == "person" and c.known is holder), None)
                    if cl is None:
                        cl = self.new("person")
                        cl.known = holder
                        cl.words.update(name_words(holder.name))
                    if cl.gender is None and holder.gender:
                        cl.gender = holder.gender
                        self.index.genders[cl.cid] = holder.gender
                    self.index.add(m.start(), m.end(), cl.cid, 0)

    def pronouns(self) -> None:
        for t in self.tokens:
            if t.lower_ == "it":
                cid = coref.resolve_it_token(self.index, t)
                if cid is not None:
                    self.add(self.clusters[cid], t.idx, t.idx + len(t.text), "pronoun", self.doc[t.i : t.i + 1])
                continue
            if (t.lower_ not in coref.PERSON_PRONOUNS and t.lower_ not in coref.PLURAL) or t.i in self.possessed:
                continue
            cid = coref.resolve_pronoun_token(self.index, t)
            if cid is None:
                continue
            cl = self.clusters[cid]
            if cl.gender is None and t.lower_ in coref.PERSON_PRONOUNS:
                cl.gender = "male" if t.lower_ in coref.MALE else "female"
                self.index.genders[cid] = cl.gender
            self.add(cl, t.idx, t.idx + len(t.text), "pronoun", self.doc[t.i : t.i + 1])

    # --- records ------------------------------------------------------------------
    def build(self) -> list[Actor]:
        kb = self.kb
        ordered = sorted((c for c in self.clusters if c.mentions), key=lambda c: min(m[0] for m in c.mentions))
        home = self.home_country(ordered)
        self.state.scratch[HOME_KEY] = home  # later steps place unnamed groups with it
        actors: list[Actor] = []
        title_words = _title_words(kb)
        for n, cl in enumerate(ordered, start=1):
            actor_id = f"a{n}"
            self.index.actor_ids[cl.cid] = actor_id
            country, sector, roles = self.codes(cl)
            if country is None and (cl.kind in ("person", "organization") or (cl.kind == "group" and cl.group_noun)) \
                    and not (cl.org and not cl.org.generic) and cl.known is None:
                # a known organisation or person the knowledge base gives no country (the African
                # Union, its commission's chair) is of none, wherever the story is set
                country = self.local_country(cl) or home
                own = self.own_house(cl, country)
                if own is not None:  # "the House" of a British story: the House of Commons
                    cl.org, cl.iso3 = own, own.country
            name, key = self.naming(cl, country)
            if sector is None and cl.kind == "person" and cl.known is None and not cl.titles \
                    and not any(w in title_words for r in cl.roles_text for w in r.lower().split()):
                # someone with no office, title or organisation the text names, or only a civilian's
                # description ("Mohammad Iqbal, a farmer"; "Lau, 29,"): a civilian
                sector = "CVL"
            mentions = tuple(
                Mention(start=s, end=e, text=self.text[s:e], actor_id=actor_id, kind=k,
                        confidence=1.0 if k == "name" else 0.7)
                for s, e, k in sorted(set(cl.mentions))
            )
            aliases = tuple(a for a in dict.fromkeys(cl.aliases) if a != name and a.lower() not in _NOT_ALIASES)
            actors.append(Actor(
                id=actor_id, name=name, kind=cl.kind,  # type: ignore[arg-type]
                country=country, sector=sector, roles=roles, aliases=aliases, mentions=mentions,
                key=key, evidence=cl.evidence,
                confidence=1.0 if cl.known or cl.org or cl.kind == "country" else 0.8,
            ))
        _ = kb
        return actors
    def naming(self, cl: Cluster, country: str | None) -> tuple[str, str]:
        """The actor's name and cross-article key. A generic body ("the police", "the Supreme
        Court") is keyed by its country, the one the text names or else ``country``, the one
        it was placed in: one country's police force is not another's."""
        kb = self.kb
        if cl.kind == "country":
            assert cl.iso3 is not None
            return kb.country_names.get(cl.iso3, cl.iso3), f"country:{cl.iso3}"
        if cl.kind == "group":
            country_name = kb.country_names.get(cl.iso3 or "", cl.iso3 or "")
            noun = cl.group_noun or "people"
            name = max(cl.names, key=len) if cl.names else f"{country_name} {noun}"
            if cl.iso3 is None and cl.names:  # "Kurdish fighters": a people's group, of where it acts
                return name, f"group:{country}:{slug(name)}"
            return name, f"group:{cl.iso3}:{slug(noun)}"
        if cl.kind == "organization":
            if cl.org is not None:
                name = cl.org.name
                if cl.org.generic and cl.iso3:
                    name = f"{kb.country_names.get(cl.iso3, cl.iso3)} {cl.org.name}"
                return name, f"org:{slug(cl.org.name)}" + (f":{cl.iso3 or country}" if cl.org.generic else "")
            name = max(cl.names, key=len)
            return name, f"org:{slug(name)}"
        if cl.known is not None:
            return cl.known.name, person_key(cl.known.name, kb)
        names = cl.names or [self.text[s:e] for s, e, _ in cl.mentions]
        name = max(names, key=lambda x: (len(name_words(x)), len(x)))
        return name, person_key(name, kb)
    def run(self) -> list[Actor]:
        cands = candidates(self.doc, self.kb, self.ents, self.text)
        for c in cands:
            for i in range(c.start, c.end):
                self.taken[i] = True
        cands = self.org_short_names(self.administrations(cands))
        self.people(cands)
        self.others(cands)
        self.titles_and_appositives()
        self.known_titles()
        self.role_nouns()
        self.org_nouns()
        self.country_nouns()
        self.own_countries()
        self.known_as()
        self.state_bodies()
        self.the_state()
        self.office_places()
        self.acronym_uses()
        self.pronouns()
        self.companies_of_executives()
        return self.build()

    def companies_of_executives(self) -> None:
        """An organisation of no known sector whose chief executive or finance chief the text
        names is a company: "MTN chief executive Ralph Mupita", "the CEO of Vantaro"."""
        for cl in self.clusters:
            if cl.kind != "person" or not cl.bodies or cl.org_sectors:
                continue
            specific = [t.sector for t in (self.kb.title(x) for x in cl.titles) if t is not None and t.sector and not t.shared]
            if specific[:1] != ["BUS"]:
                continue
            for cid in cl.bodies:
                body = self.clusters[cid]
                if body.kind == "organization" and body.sector is None:
                    body.sector = "BUS"


@register("actors")
def actors_step(state: DocState) -> None:
    """Resolve every actor mention of the article into actors (see the module docstring)."""
    if state.doc is None or state.article is None:
        return
    kb = load_actor_knowledge(tuple(state.options.actor_files))
    resolver = Resolver(state, kb)
    state.actors.extend(resolver.run())
    state.scratch["coref"] = resolver.index
    state.scratch["actor_knowledge"] = kb

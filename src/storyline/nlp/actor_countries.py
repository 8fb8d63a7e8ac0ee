"""Country and sector of the ``actors`` step's clusters (stage 5 of :mod:`storyline.nlp.actors`).

An actor's codes come from the knowledge base on the publication date, then the text's hints
(titles, appositives, affiliations). An actor the text places nowhere takes the country of
the sentence that first names it when that sentence is set in one country's places ("Police
arrested a man in Odesa"), else the article's **home country**: the country the story is
about, voted by its people, the places it is set in and the dateline (where the reporter
files from). The home country is stored for later steps
(:func:`home_country`), so the events step gives "the government" the same country.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from storyline.knowledge.loader import ActorKnowledge
from storyline.nlp.actor_mentions import Cluster
from storyline.nlp.pipeline import DocState
from storyline.nlp.places import dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "to", "into", "across", "around", "through", "toward", "towards", "aboard"})
HOME_KEY = "actors.home_country"  # DocState.scratch: where the story happens, by people and places
PLACES_KEY = "actors.places"  # DocState.scratch: token spans of entities relabelled as places


# Bodies that act at home: a story whose only named actors are a country's court, police,
# legislature or opposition is set in that country.
_DOMESTIC_SECTORS = frozenset({"JUD", "COP", "LEG", "OPP"})


class CountryCodes:
    """Country and sector assignment, mixed into the actors step's resolver (which sets the
    attributes below)."""

    state: DocState
    doc: Doc
    text: str
    kb: ActorKnowledge
    date: str | None
    ents: list[Span]
    clusters: list[Cluster]

    def local_country(self, cl: Cluster) -> str | None:
        """Where the sentence that first names an unplaced actor happens, when it names one
        country's places only ("shelled the city of Kherson ..., regional governor Oleksandr
        Prokudin said"; "Police arrested a man in Odesa"): local officials, police and courts
        are of the place they act in, whoever else the article is about."""
        names = [s for s, _, k in cl.mentions if k == "name"]
        if not names:
            return None
        span = self.doc.char_span(min(names), min(names) + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        found = {
            iso for ent in self.ents
            if sent.start <= ent.start < sent.end and (iso := self.place_country(ent)) is not None
        }
        return found.pop() if len(found) == 1 else None

    def place_country(self, ent: Span) -> str | None:
        """The country of a place entity used as a place: "in Nakuru", "the city of Kherson",
        "outside Tbilisi" — a capital or country as the subject or object stands for a government
        instead, and says nothing about where local actors are from."""
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            return None
        root = ent.root
        while root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
            root = root.head  # "in Seoul and Washington": both are places
        head = root.head
        locative = root.dep_ == "pobj" and (
            head.lower_ in LOCATIVE - {"to", "toward", "towards"}
            or (head.lower_ == "of" and head.head.lower_ in self.kb.place_nouns)
        )
        if not locative:
            return None
        low = ent.text.lower()
        kb = self.kb
        return kb.country_by_capital.get(low) or kb.country_by_name.get(low) or kb.country_by_city.get(low)

    def home_country(self, clusters: list[Cluster]) -> str | None:
        """The article's home country: the country the story is about, voted by its people
        and the places it is set in.

        A local story names local people without saying where they are from ("Senator
        Chuck Schumer", a Kenyan judge); they take the country of the people around them.
        The dateline is where the reporter files from ("VIENNA —" over a story about Iran,
        "WASHINGTON —" over one about Venezuela), so it is one place among the others; a story
        set in two countries alike with no dateline to tell them apart has no home.
        """
        votes: Counter[str] = Counter()
        abroad: Counter[str] = Counter()  # foreign ministers: at home only when no one else is
        for cl in clusters:
            if cl.kind == "person":
                country, _, roles = self.codes(cl)
                away = {w for r in roles for w in r.lower().split()} & self.kb.posted_abroad
                if away == {"foreign"} and country in self.kb.country_names:
                    abroad[country] += 1000 + len(cl.mentions)
                if away:
                    continue  # an ambassador or envoy is a foreigner where the story happens
                if country in self.kb.country_names:  # a country: an IGO (EUR, UNO) is nobody's home
                    # one vote a person (a leader named forty times is one foreigner), the
                    # mentions only breaking ties
                    votes[country] += 1000 + len(cl.mentions)
        # where the story happens counts as much: each place it is set in ("in Tbilisi", "the city
        # of Kherson") is a vote, so one foreign envoy quoted in a Georgian story does not make its
        # protesters European
        places: set[int] = set()
        for ent in self.ents:
            iso = self.place_country(ent)
            if iso in self.kb.country_names:
                votes[iso] += 1000
                places.add(ent.start_char)
        # the dateline is one more place: where the reporter files from ("N'DJAMENA (AFP) -")
        # is mostly where the story happens, and a "VIENNA —" over a story about Iran is
        # outvoted by the Iranians and Iranian places it names
        filed = self.dateline_country()
        if votes and filed in self.kb.country_names:
            votes[filed] += 1000
        # the headline names first whose story it is ("Thai court suspends prime minister over
        # leaked call with Cambodian leader", "IOC suspends Paraguay's Olympic committee")
        headlined = self.headline_country()
        if votes and headlined in self.kb.country_names:
            votes[headlined] += 1000
        if not votes:
            # "U.S. Ambassador Harry Harris met Foreign Minister Kang Kyung-wha": with no one else
            # at home, the foreign minister who receives the envoys is
            votes = abroad
        if not votes:
            # a story that names no one and sets itself nowhere: where it is filed from, else
            # the country whose own bodies act in it ("An Ethiopian court sentenced ...": a court,
            # police or a legislature sits at home), else the country it names most ("South Korea
            # and the United States signed ...")
            filed = self.dateline_country()
            if filed is not None:
                return filed
            # a court, police or prosecutors of a country act at home, which outweighs a
            # country named as a government ("Argentine prosecutors ... the Iranian officers
            # Washington accused")
            for cl in clusters:
                if cl.kind == "organization" and cl.iso3 in self.kb.country_names and cl.sector in _DOMESTIC_SECTORS:
                    votes[cl.iso3] += len(cl.mentions)
                elif cl.kind == "group" and cl.iso3 in self.kb.country_names:
                    # ... and so do its people who act or speak ("Indian officials said", "Argentine
                    # prosecutors reopened the case"), whose story it is — not those acted on
                    # ("Police questioned the Iranian officers")
                    votes[cl.iso3] += sum(1 for s, _, _ in cl.mentions if self.subject(s))
            votes = +votes
            if not votes:
                for cl in clusters:
                    if cl.kind == "country" and cl.iso3:
                        # a country forces are sent to is where they go, not whose they are
                        # ("Troops were sent to Mali", "moved to the border with Pakistan")
                        # ... nor one told of in a relative clause ("the officers Washington accused")
                        votes[cl.iso3] += sum(1 for s, _, _ in cl.mentions if not self.destination(s) and not self.aside(s))
                votes = +votes
        if not votes:
            return None
        ranked = votes.most_common()
        leaders = [iso for iso, n in ranked if n == ranked[0][1]]
        if len(leaders) == 1:
            return leaders[0]
        filed = self.dateline_country()
        return filed if filed in leaders else None

    def _hung_from(self, start: int, through: tuple[str, ...]) -> Token | None:
        """The token the mention at ``start`` hangs from, climbing its ``through`` relations
        ("*Iranian* officers" → officers)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        root = span[0]
        while root.dep_ in through and root.head.i != root.i:
            root = root.head
        return root

    def subject(self, start: int) -> bool:
        """Whether the mention at ``start`` is the subject of its clause."""
        root = self._hung_from(start, ("compound", "amod", "conj"))
        return root is not None and root.dep_ in ("nsubj", "nsubjpass")

    def aside(self, start: int) -> bool:
        """Whether the mention at ``start`` is the subject of a relative clause ("the Iranian
        officers *Washington* accused"): something said of someone else, not the story's own act."""
        root = self._hung_from(start, ("compound",))
        return root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl"

    def destination(self, start: int) -> bool:
        """Whether the mention at ``start`` is where something goes: "to Mali", "into Ukraine",
        "the border with Pakistan"."""
        root = self._hung_from(start, ("compound", "conj"))
        if root is None or root.dep_ != "pobj":
            return False
        head = root.head
        return head.lower_ in ("to", "into", "toward", "towards") or (head.lower_ == "with" and head.head.lower_ == "border")

    def headline_country(self) -> str | None:
        """The first country the headline names, by name or demonym ("Thai court ...")."""
        title = self.state.article.title if self.state.article is not None else None
        if not title:
            return None
        words = re.findall(r"[\w'’.-]+", title)
        for i in range(len(words)):
            for n in (3, 2, 1):
                phrase = " ".join(words[i:i + n]).lower()
                phrase = phrase[:-2] if phrase.endswith(("'s", "’s")) else phrase
                iso = self.kb.country_by_name.get(phrase) or self.kb.country_by_demonym.get(phrase)
                if iso is not None:
                    return iso
        return None

    def dateline_country(self) -> str | None:
        """The country of the dateline's city ("TBILISI —", "GOMA, Democratic Republic of Congo —")."""
        line = dateline(self.text, max_paragraphs=1)
        if line is None:
            return None
        low = line[2].lower()
        return self.kb.country_by_capital.get(low) or self.kb.country_by_city.get(low) or self.kb.country_by_name.get(low)

    def codes(self, cl: Cluster) -> tuple[str | None, str | None, tuple[str, ...]]:
        """Country, sector and roles: knowledge base on the date, then the text's hints."""
        country, sector = cl.iso3, cl.sector
        roles = list(cl.titles) + list(cl.roles_text)
        if cl.known is not None:
            role = cl.known.role_on(self.date)
            country = (role.country if role is not None else None) or cl.known.country or country
            if role is not None:
                roles.insert(0, role.title)
                sector = role.sector or sector
            sector = sector or cl.known.sector
        if country is None and cl.countries:
            country = Counter(cl.countries).most_common(1)[0][0]
        org_sectors = list(cl.org_sectors)
        if sector is None and not org_sectors and cl.bodies and cl.kind == "person":
            # "JetBlue president Joanna Geraghty": the body's sector, however the text told it
            # ("... the airline said"); a body's own codes never look at people
            found = [self.codes(self.clusters[c])[1] for c in cl.bodies if self.clusters[c].kind == "organization"]
            org_sectors = [x for x in found if x]
        # a specific title before a shared one: "president and chief executive" is BUS
        specific = [t.sector for t in (self.kb.title(x) for x in cl.titles) if t is not None and t.sector and not t.shared]
        # a shared title of a body of no known sector says nothing: "SAS spokesman" is no state's
        unknown_body = cl.kind == "person" and bool(cl.bodies) and not org_sectors and not specific
        if sector is None and (org_sectors or cl.sectors) and not unknown_body:
            sector = (org_sectors or specific or cl.sectors)[0]
        if cl.kind == "country" and sector is None:
            sector = "GOV"
        if sector is None and cl.kind == "organization":  # "Boeing ... the company": what it is called
            for s, e, k in cl.mentions:
                noun = self.text[s:e].split()[-1].lower() if k == "role" else ""
                if noun in self.kb.org_words:
                    sector = self.kb.org_words[noun]
                    break
        if sector is None and cl.kind == "person" and cl.titles and not unknown_body:
            t = self.kb.title(cl.titles[0])
            sector = t.sector if t else None
        return country, sector, tuple(dict.fromkeys(r for r in roles if r))


def home_country(state: DocState) -> str | None:
    """The article's home country as the actors step voted it (``None`` before that step,
    or when the story has none): the one country unplaced groups ("the government", "the
    opposition", "police") of later steps belong to."""
    home: str | None = state.scratch.get(HOME_KEY)
    return home


def relabelled_place(state: DocState, ent: Span) -> bool:
    """Whether the actors step took ``ent`` (labelled a person by the model) for a place."""
    return (ent.start, ent.end) in state.scratch.get(PLACES_KEY, frozenset())

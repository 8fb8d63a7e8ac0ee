"""Who did it to whom: source and target of a trigger from the dependency parse.

Verb triggers: subject → source, object (or "with/to/on/against" object) → target;
passives swap them back ("was criticized by X"); infinitives and coordinated verbs inherit
the subject of their governor ("Kim refused to meet", "reaffirmed ... and pledged"), or its
object for object-control verbs ("urged Seoul to ..."); relative pronouns resolve to the noun
they modify. "X and Y met" gives X → Y. Nominal triggers: the possessor or "by" object is the
source ("Pompeo's visit"), "between X and Y" gives both, "with/to/on" objects the target,
and a light verb lends its subject ("Biegun held talks with ...").

An argument token becomes an :class:`EventActor` through the actors step's mentions
(:func:`storyline.nlp.lookup.actor_at`), falling back to the named entity or noun phrase.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.knowledge.loader import ActorKnowledge, load_actor_knowledge
from storyline.models import EventActor
from storyline.nlp.actors import home_country, relabelled_place
from storyline.nlp.events.knowledge import Lexicon
from storyline.nlp.events.triggers import Trigger, agentless_passive, light_verb
from storyline.nlp.lookup import actor_at, entity_of
from storyline.nlp.pipeline import DocState
from storyline.nlp.places import dateline_end

_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us", "me", "you"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_WH_WORDS = _RELATIVE | {"whose", "where", "when", "why", "how", "what"}
_QUANTIFIERS = frozenset({"some", "many", "several", "others", "dozens", "hundreds", "thousands", "most"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself"})
_NP_LEFT = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct", "predet"})
_SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})
# Verbs whose coordinated subject acts on each other: "Russia and Ukraine exchanged 390 prisoners".
_RECIPROCAL = frozenset({"exchange", "swap"})
# Physical deeds: done on the scene, never by whoever reports them.
_DEEDS = frozenset({"ASSAULT", "MOBILIZE"})


def compact_np(tok: Token) -> Span:
    """The noun phrase up to its head: modifiers on the left, no clauses or appositions."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in _NP_LEFT:
            start = min(start, c.left_edge.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "case" and c.i == end):
            end = c.i + 1
    return tok.doc[start:end]


def clean_name(span: Span) -> str:
    """Surface text of an argument without a leading article or a trailing possessive."""
    toks = list(span)
    while toks and (toks[0].dep_ in ("det", "predet") or toks[0].tag_ == "PRP$" or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct):
        toks = toks[:-1]
    if not toks:
        return span.text
    return span.doc[toks[0].i : toks[-1].i + 1].text


# "urged *both countries* to exercise restraint", "called on *the two sides* to resume talks":
# a counted pair of parties is the two sides the story has told (GUIDE rule 9: one event each);
# "all parties", "many countries" name no one in particular.
_SIDE_NOUNS = frozenset({"side", "country", "government", "nation", "party", "camp", "neighbour", "neighbor",
                         "rival", "leader", "capital", "army", "military", "delegation"})
_PAIR_WORDS = frozenset({"both", "two"})
_EVERYONE = frozenset({"all", "every", "any"})


def names_both_sides(tok: Token) -> bool:
    """"both countries", "the two sides", "both governments": a plural noun counted as a pair."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not tok.ent_type_ \
        and tok.lemma_.lower() in _SIDE_NOUNS and any(
            c.lower_ in _PAIR_WORDS and c.dep_ in ("det", "predet", "nummod", "quantmod", "amod") for c in tok.children)


def refers_to_pair(tok: Token) -> bool:
    """"Guterres urged *them* to exercise restraint", "called on *both* to ...": a plural pronoun
    with no plural noun before it in its sentence points back to the two sides told before."""
    if tok.lower_ not in ("them", "both") or tok.pos_ != "PRON" or tok.dep_ not in ("dobj", "pobj", "dative", "nsubj"):
        return False
    subjects = {c.i for c in tok.head.children if c.dep_ == "nsubj"}  # "officers urged them": not them
    return not any((t.tag_ in ("NNS", "NNPS") or (t.pos_ in ("NOUN", "PROPN") and t.conjuncts)) and t.i not in subjects
                   for t in tok.sent if t.i < tok.i)


def _entity_of(tok: Token) -> Span | None:
    """The entity ``tok`` is in, as a Span."""
    found = entity_of(tok)
    return Span(tok.doc, found[0], found[1], label=found[2]) if found else None


def is_actor_like(state: DocState, tok: Token, lex: Lexicon) -> bool:
    if actor_at(state, tok.idx, tok.idx + len(tok.text)) is not None:
        return True
    if tok.ent_type_ in _ACTOR_ENTS:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL
    return tok.lemma_.lower() in lex.w("actor_nouns") or tok.lower_ in lex.w("actor_nouns")


def event_actor(state: DocState, tok: Token, lex: Lexicon) -> EventActor | None:
    """The argument at ``tok`` as an EventActor (codes copied from its actor when known).

    The actor mention must cover the head word ("the former Ford Motor Co. executive" is not
    Ford); only role and group nouns ("North Korean officials") borrow the actor of a
    modifier, since the officials of North Korea act for it.
    """
    if tok.lower_ == "state" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _STATES_OF for p in c.children) for c in tok.children):
        # "declared a state of emergency (in the province)": a condition, no one named — it
        # binds the people of where it is declared, the place told or the story's country
        return EventActor(None, None, located_in(state, tok) or home_country(state), None)
    if tok.lower_ == "whose":
        whose = _whose(tok)  # "the IMF, *whose* bailout kept the country afloat": the IMF's
        return event_actor(state, whose, lex) if whose is not None else None
    group = _member_of(state, tok, lex)
    if group is not None:
        return group  # "*Members of the Nidil-CGIL union* staged a protest": the union acts
    counted = _counted(tok)
    # "were killed *by a group of gunmen*": a passive's doer is counted like a subject
    doer = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
    if counted is tok and doer:
        counted = _partitive(tok)  # "*One of the Chinese ships* rammed the vessel": a ship of China's
    if counted is not tok and doer:
        # "a group of rebels attacked", "Thousands of protesters rallied": the people counted are
        # who acts (their country and sector), told with their count
        inner = event_actor(state, counted, lex)
        if inner is None or inner.actor_id is not None:
            return inner
        return EventActor(None, clean_name(tok.doc[tok.left_edge.i:counted.i + 1]), inner.country, inner.sector)
    # "his counterpart, Kim Hyok Chol": the apposed name says more than the role noun
    if tok.ent_type_ not in ("PERSON", "ORG"):
        for c in tok.children:
            if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG"):
                tok = c
                break
    doc = tok.doc
    if tok.pos_ == "NOUN" and not tok.ent_type_ and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON" \
            and doc[tok.i + 1].ent_iob_ == "B":
        # "sentenced *opposition politician Ilya Yashin*" (spaCy: "Ilya" a conjunct of the verb):
        # a role noun right before a name is that person's title
        person = entity_of(doc[tok.i + 1])
        if person is not None:
            tok = doc[person[1] - 1]
    tries = [(tok.idx, tok.idx + len(tok.text))]
    ent = _entity_of(tok)
    if ent is not None and ent.label_ == "CARDINAL" and _bare_count(tok):
        ent = None  # "arrested *hundreds*": people, not a number
    if ent is not None:
        tries.append((ent.start_char, ent.end_char))
    np = compact_np(tok)
    if tok.lemma_.lower() in lex.w("actor_nouns") or tok.lower_ in lex.w("actor_nouns"):
        # ... not past a possessive "his"/"her": "his Brazilian counterpart" is not he
        his = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        start = his.idx + len(his.text) + 1 if his is not None and his.i < tok.i else np.start_char
        tries.append((max(start, np.start_char), np.end_char))
    for start, end in tries:
        actor = actor_at(state, start, end)
        if actor is not None:
            return EventActor(actor.id, actor.name, actor.country, actor.sector)
    if tok.lower_ == "country" and [c.lower_ for c in tok.children] == ["the"]:
        # "hours after *the country* announced ...": the country the story last named
        named = _last_country(state, tok.idx)
        if named is not None:
            return named
    if tok.pos_ == "PRON":
        speaker = _reporting_subject(tok, lex)
        if speaker is not None:
            return event_actor(state, speaker, lex)
        # an unresolved pronoun: keep the event, say who we could not tell
        if tok.lower_ in _QUANTIFIERS and tok.dep_ in ("nsubj", "nsubjpass"):
            # "*Some* threw bottles": part of the crowd just told, an unnamed group of the story's country
            return EventActor(None, tok.text, home_country(state), None)
        if tok.lower_ in ("those", "these") and any(c.dep_ in ("acl", "relcl", "amod") for c in tok.children):
            # "those detained would be charged": people of the story's country, unnamed
            words = list(tok.subtree)
            name = tok.doc[words[0].i:words[-1].i + 1].text if len(words) <= 4 else tok.text
            return EventActor(None, name, home_country(state), None)
        return EventActor(None, tok.text) if tok.lower_ in _PERSONAL else None
    if ent is not None and ent.label_ == "PERSON" and relabelled_place(state, ent):
        ent = Span(ent.doc, ent.start, ent.end, label="GPE")  # "seized Goma": a town, not a person
    name = clean_name(ent) if ent is not None and ent.label_ in _ACTOR_ENTS | {"FAC", "LOC"} else clean_name(np)
    country, sector = knowledge_codes(tok, ent, name)
    if country is None and ent is None:
        owner = _owner(state, tok, lex)
        if owner is not None and owner.country is not None:
            # "Maduro's negotiators", "the administration of President Donald Trump", "North Korea
            # executed *its* envoy": a group or role noun belongs to whom it is said to belong to
            kb = load_actor_knowledge()
            return EventActor(None, name, owner.country,
                              kb.groups.get(tok.lower_) or kb.groups.get(tok.lemma_.lower()) or owner.sector)
    if country is None and ent is None and _is_thing(tok, lex):
        # "shelled *villages in the Kharkiv region*": a thing hit is its place's country's
        country = located_in(state, tok)
        if country is not None:
            return EventActor(None, name, country, None)
    if country is None and ent is None and (_is_group_noun(tok) or _unplaced_people(tok, lex)) \
            and not _placed_elsewhere(tok):
        # "the government", "Opposition lawmakers": a group the sentence places nowhere is
        # the article's own country's
        country = home_country(state)
        if country is not None:
            kb = load_actor_knowledge()
            sector = kb.groups.get(tok.lower_) or kb.groups.get(tok.lemma_.lower())
    return EventActor(None, name, country, sector)


def _member_of(state: DocState, tok: Token, lex: Lexicon) -> EventActor | None:
    """The named body "members of" it stand for: "*members of the Los Lobos gang* attacked
    rivals", "Police detained five members of Hamas" (GUIDE: the group, not its members) — when
    the body is an actor the story names ("members of the public" stay people)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "member":
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = _child(of, "pobj") if of is not None else None
    if whole is None or whole.pos_ == "PRON":
        return None
    actor = event_actor(state, whole, lex)
    if actor is None or actor.actor_id is None:
        # "members of *the Los Lobos gang*": the name before the group noun
        named = next((c for c in whole.children if c.dep_ == "compound" and c.ent_type_ == "ORG"), None)
        actor = event_actor(state, named, lex) if named is not None else None
    return actor if actor is not None and actor.actor_id is not None else None


# "a state of emergency / siege / alert": a condition declared, not a state that acts.
_STATES_OF = frozenset({"emergency", "siege", "alert", "calamity", "disaster", "war", "exception", "alarm"})


def _whose(tok: Token) -> Token | None:
    """The noun a relative "whose" stands for: "Russia, *whose* forces attacked Kharkiv" → Russia
    (up from the possessed noun to its relative clause, whose head is the antecedent)."""
    node = tok
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head if node.head.pos_ in ("NOUN", "PROPN") else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _owner(state: DocState, tok: Token, lex: Lexicon) -> EventActor | None:
    """Whose a group or role noun is, when the phrase says so: a possessor or "of" object that
    is an actor ("Maduro's negotiators", "the administration of Donald Trump"), or a possessive
    pronoun standing for the subject of the clause ("North Korea withdrew *its* staff")."""
    kb = load_actor_knowledge()
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not (low in kb.groups or lemma in kb.groups or low in lex.w("actor_nouns")
                                  or lemma in lex.w("actor_nouns") or lemma in _ASSETS):
        return None
    for c in tok.children:
        who = c if c.dep_ == "poss" else None
        if c.dep_ == "prep" and c.lower_ == "of":
            who = next((p for p in c.children if p.dep_ == "pobj"), None)
        if who is None:
            continue
        if who.lower_ == "whose":
            whose = _whose(who)  # "Russia, whose forces attacked": Russia's forces
            return event_actor(state, whose, lex) if whose is not None else None
        if who.pos_ == "PRON" and who.lower_ in ("its", "their") and tok.dep_ in ("nsubj", "nsubjpass"):
            # "The Israeli military said *its* jets hit rocket launchers": the one reporting
            speaker = _speaker_owning(who, tok, lex)
            return event_actor(state, speaker, lex) if speaker is not None else None
        if who.pos_ == "PRON":
            if who.lower_ not in ("its", "their") or tok.dep_ not in ("dobj", "pobj"):
                return None
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            who = _child(verb, "nsubj")
            if who is None or who.pos_ == "PRON" or who.i >= tok.i:
                return None
        if who.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and actor_at(state, who.idx, who.idx + len(who.text)) is None:
            return None
        return event_actor(state, who, lex)
    return None


# Military hardware whose owner acts through it: "*its* jets hit 31 targets".
_ASSETS = frozenset({"jet", "warplane", "aircraft", "drone", "warship", "helicopter", "tank", "vessel", "ship",
                     "submarine", "bomber", "fighter"})


def _speaker_owning(pron: Token, noun: Token, lex: Lexicon) -> Token | None:
    """The subject of the verb of saying a clause with a possessed subject is reported by, when
    the possessive agrees with it: "the military said *its* troops", "Hamas said *their* fighters"
    does not agree ("their" needs several)."""
    for anc in noun.ancestors:
        if anc.lemma_.lower() in lex.w("reporting.speech_verbs"):
            subj = _child(anc, "nsubj")
            if subj is None or subj.pos_ == "PRON" or subj.i > noun.i or subj.ent_type_ == "PERSON":
                return None
            several = bool(subj.conjuncts) or subj.tag_ in ("NNS", "NNPS")
            return subj if several == (pron.lower_ == "their") else None
    return None


_STATE_BODIES = frozenset({"court", "tribunal", "parliament", "legislature", "army", "military", "navy",
                           "gendarmerie", "judiciary", "cabinet"})
_COUNTED = frozenset({"thousand", "hundred", "dozen", "score", "million"})


def _unplaced_people(tok: Token, lex: Lexicon) -> bool:
    """People the sentence names by role or number only: "directors", "representatives", "the
    staff", "40 members of the national team", "Thousands marched", and the state's bodies ("a
    military court", "parliament"): like a group noun, they are the story's own unless the phrase
    places them (the home country, as for "police")."""
    kb = load_actor_knowledge()
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in _COUNTED:
        return (tok.dep_ in ("nsubj", "nsubjpass") or _bare_count(tok)) and tok.ent_type_ in ("", "CARDINAL")
    if tok.pos_ == "NOUN" and not tok.ent_type_ and lemma in _STATE_BODIES:
        return True  # "a military court", "parliament", "the army": a body of the state the story is in
    if tok.pos_ == "NOUN" and not tok.ent_type_:
        return lemma in lex.w("person_nouns") or lemma in kb.person_nouns or low in kb.role_nouns \
            or lemma in kb.role_nouns
    # "Twenty-nine were arrested", "six of them": a bare number standing for people
    return tok.pos_ == "NUM" and tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ in ("", "CARDINAL")


def _bare_count(tok: Token) -> bool:
    """"detained *dozens*", "arrested hundreds": a count with nothing counted, the object of a verb."""
    return tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.lemma_.lower() in _COUNTED and tok.tag_ == "NNS" \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _placed_elsewhere(tok: Token) -> bool:
    """"*European* negotiators", "*Western* diplomats", "*Arab* states": the group's own modifier
    places it, though in no one country — so it is not the home country's either."""
    parties = load_actor_knowledge().party_words  # "Republican lawmakers" are placed by party only
    return any(c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "LOC")
                                                            or c.lower_ in _ABROAD)
               and c.lower_ not in parties for c in tok.children)


# Modifiers that place a group abroad, in no one country: "*foreign* governments".
_ABROAD = frozenset({"foreign", "overseas", "international"})


def _is_group_noun(tok: Token) -> bool:
    """A group noun standing alone: "the government", "lawmakers", not "the two leaders"
    (counted participants are the people already named)."""
    kb = load_actor_knowledge()
    if any(c.dep_ == "nummod" and c.lower_ in ("two", "both", "three") for c in tok.children):
        return False
    if tok.lemma_.lower() in _SIDE_NOUNS and any(c.dep_ in ("det", "predet") and c.lower_ in _EVERYONE for c in tok.children):
        return False  # "urged all parties to show restraint": everyone involved, of no one country
    return tok.pos_ == "NOUN" and (tok.lower_ in kb.groups or tok.lemma_.lower() in kb.groups)


def _last_country(state: DocState, before: int) -> EventActor | None:
    best: tuple[int, EventActor] | None = None
    for actor in state.actors:
        if actor.kind != "country":
            continue
        for m in actor.mentions:
            if m.start < before and (best is None or m.start > best[0]):
                best = (m.start, EventActor(actor.id, actor.name, actor.country, actor.sector))
    return best[1] if best is not None else None


def _reporting_subject(pron: Token, lex: Lexicon) -> Token | None:
    """"The United States said *it* had seized ...": a third-person pronoun subject of a
    reported clause stands for the one who reports it (same number: it ↔ a singular name)."""
    if pron.lower_ not in ("it", "they", "he", "she") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    if clause.dep_ == "relcl" and clause.head.head.pos_ == "VERB":
        # "seized a ship that *it* accused of ...": the one who seized it
        return _agrees(pron, _child(clause.head.head, "nsubj"))
    for anc in pron.ancestors:
        if anc.lemma_.lower() in lex.w("reporting.speech_verbs"):
            subj = _child(anc, "nsubj")
            if pron.lower_ == "it" and subj is not None and subj.tag_ == "NN" and not subj.ent_type_ and (
                    subj.lemma_.lower() in lex.w("actor_nouns") or subj.lower_ in load_actor_knowledge().org_words
                    or any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in subj.children)):
                return subj  # "The Attorney General's office said *it* would appeal"
            return _agrees(pron, subj)
    return None


def _possessor_subject(pron: Token, noun: Token, lex: Lexicon) -> Token | None:
    """The clause subject a possessive pronoun on the verb's object stands for: "Israel and
    Hamas confirmed *their* agreement", "the union ended *its* strike" (number and kind agree)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.w("owning_verbs"):
        return None  # "unless the government improves *its* offer": a reference, not a new event
    subj = subject_of(verb, lex)
    if subj is None or subj.pos_ == "PRON":
        return None
    several = bool(subj.conjuncts) or subj.tag_ in ("NNS", "NNPS")
    word = pron.lower_
    if word == "their":
        return subj if several else None
    if word == "its":
        return subj if not several and (subj.ent_type_ in ("GPE", "ORG", "NORP") or subj.pos_ == "NOUN") else None
    if word in ("his", "her"):
        return subj if not several and subj.ent_type_ == "PERSON" else None
    return None


def _agrees(pron: Token, subj: Token | None) -> Token | None:
    """``subj`` when a third-person pronoun can stand for it (number and kind agree)."""
    if subj is None or subj.pos_ == "PRON":
        return None
    plural = subj.tag_ in ("NNS", "NNPS") and subj.ent_type_ not in ("GPE", "ORG")
    if (pron.lower_ == "they") != plural:
        return None
    if pron.lower_ in ("he", "she") and subj.ent_type_ != "PERSON":
        return None
    if pron.lower_ == "it" and subj.ent_type_ not in ("GPE", "ORG", "NORP"):
        return None
    return subj


def _nationality(tok: Token) -> bool:
    """A modifier that names a nation: a NORP or GPE entity, or a known demonym the entity
    recogniser took for a name ("a *Tajik* patrol", tagged PERSON)."""
    if tok.ent_type_ in ("NORP", "GPE"):
        return True
    return tok.pos_ in ("PROPN", "ADJ") and tok.ent_type_ in ("", "PERSON") \
        and tok.lower_ in load_actor_knowledge().country_by_demonym  # not "Australian dollars" (MONEY)


def _country_of_name(kb: ActorKnowledge, text: str) -> str | None:
    key = text.lower().strip()
    return kb.country_by_name.get(key) or kb.country_by_capital.get(key) or kb.country_by_demonym.get(key)


def knowledge_codes(tok: Token, ent: Span | None, name: str) -> tuple[str | None, str | None]:
    """Country and sector of an argument no actor covers, from the knowledge files.

    The fallback for what the actors step left out: a country or capital standing for its
    government ("a visit to Pyongyang"), a known organisation, or a group noun with a
    nationality modifier ("Chinese officials" → CHN, GOV). Nothing is guessed beyond that.
    """
    kb = load_actor_knowledge()
    if ent is not None and ent.label_ in ("GPE", "LOC", "NORP"):
        code = _country_of_name(kb, ent.text)
        if code is not None:
            return code, ("GOV" if ent.label_ == "GPE" else None)
        town = kb.country_by_city.get(ent.text.lower().strip())
        if town is not None and ent.label_ != "NORP":
            return town, None  # "seized Goma", "shelled Kharkiv": a town of its country, no government
    if ent is not None and _nationality(tok) and ent.text.lower() in kb.country_by_demonym:
        return kb.country_by_demonym[ent.text.lower()], None  # "a *Tajik* patrol" (tagged PERSON)
    org = kb.org_by_alias.get(name.lower())
    if org is not None and not org.generic:
        return org.country, org.sector
    country: str | None = None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and _nationality(c):
            c_ent = _entity_of(c)
            country = _country_of_name(kb, c_ent.text if c_ent is not None else c.text)
            if country is not None:
                break
        if c.dep_ == "prep" and c.lower_ in ("in", "from") and tok.lower_ in kb.groups:
            # "Opposition lawmakers *in Seoul*", "officials in Washington": where the group sits
            place = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"), None)
            p_ent = _entity_of(place) if place is not None else None
            if p_ent is not None:
                country = _country_of_name(kb, p_ent.text)
                if country is not None:
                    break
    if country is None:
        return None, None
    return country, kb.groups.get(tok.lower_) or kb.groups.get(tok.lemma_.lower())


def _resolve_relative(tok: Token) -> Token:
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        antecedent = tok.head.head
        if antecedent.dep_ == "attr" and antecedent.head.lemma_ == "be" and antecedent.pos_ == "NOUN":
            # "Tajikistan was the first neighbour *who* deployed troops": the one the copula says
            # it is (not a cleft "It was Russia that ...": a name is the antecedent itself there)
            subj = _child(antecedent.head, "nsubj")
            if subj is not None and subj.lower_ not in ("it", "this", "that", "there", "which", "what"):
                return subj
        return antecedent
    return tok


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


# Texts someone issues, whose words are that someone's acts: "a statement condemning the attack".
_DOCUMENTS = frozenset({"statement", "letter", "communique", "communiqué", "note", "message", "declaration",
                        "resolution", "petition", "post", "tweet", "video", "memo", "notice", "report", "press"})


# Nouns of a resolve to act, whose holder does the act their infinitive tells ("Russia's *attempt*
# to seize the city"), and the verbs that make the holder their subject ("announced a plan to").
_INTENT_NOUNS = frozenset({"decision", "plan", "bid", "attempt", "effort", "move", "offer", "proposal", "threat",
                           "promise", "pledge", "commitment", "intention", "readiness", "willingness", "refusal",
                           "determination", "push", "drive", "vow", "resolve"})
_INTENT_HOLDERS = frozenset({"announce", "make", "take", "unveil", "reach", "adopt", "approve", "confirm", "defend",
                             "reaffirm", "renew", "repeat", "reiterate", "signal", "express", "launch", "step"})


def subject_of(verb: Token, lex: Lexicon, depth: int = 0) -> Token | None:
    """The doer of ``verb``: its subject, or the one it inherits from its governor."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # "PANMUNJOM, Korea — President Donald Trump on Sunday became ...": spaCy may make the
        # dateline a second subject; the one nearest the verb is the real one
        return _resolve_relative(subjects[-1])
    for aux in (c for c in verb.children if c.dep_ == "aux"):
        # "The EU mission had, however, criticised the party": spaCy may hang the subject on
        # the auxiliary when an adverb splits it from the verb
        hung = _child(aux, "nsubj")
        if hung is not None:
            return _resolve_relative(hung)
    if depth > 4 or verb.head.i == verb.i:
        return None
    head, dep = verb.head, verb.dep_
    if dep == "acl" and verb.tag_ == "VBN" and head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj" \
            and head.head.head.lemma_.lower() in ("have", "be") and head.head.head.pos_ in ("VERB", "AUX"):
        # "China has *for months* called on the council": spaCy takes "has" for the verb and the
        # participle for a modifier of the time phrase; the subject is the auxiliary's
        return subject_of(head.head.head, lex, depth + 1)
    if dep == "xcomp" or (dep == "ccomp" and verb.tag_ == "VB"):
        if head.lemma_.lower() in lex.w("object_control"):
            obj = _child(head, "dobj")
            if obj is not None:
                return obj
        raised = _child(head, "nsubjpass") if dep == "xcomp" else None
        if raised is not None:
            return _resolve_relative(raised)  # "Choe was not expected to join the talks"
        return subject_of(head, lex, depth + 1) if head.pos_ in ("VERB", "AUX", "ADJ") else None
    if dep == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and c.i < verb.i for c in head.children):
        return None  # "to walk away *rather than accept* a bad deal": the course not taken has no doer
    if dep == "conj" and head.pos_ in ("VERB", "AUX") and not _is_passive(verb) and not _shares_passive(verb) \
            and not any(c.dep_ in ("nsubj", "csubj") for c in head.children):
        # "it had been kept in the dark and *demanded* guarantees": the shared subject
        shared = _child(head, "nsubjpass")
        if shared is not None and shared.lower_ not in _RELATIVE and not _is_thing(shared, lex):
            return _resolve_relative(shared)
        speaker = _governing_speaker(head, lex) if shared is not None else None
        if speaker is not None:
            # "told Sun it was natural that such references were made and *urged* China to change
            # course": references urge no one; spaCy joined the speaker's second act to the clause
            return speaker
    if dep in ("conj", "advcl", "acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
        inherited = subject_of(head, lex, depth + 1)
        if dep == "conj" and head.dep_ == "ccomp" and inherited is not None and _is_thing(inherited, lex) \
                and head.head.lemma_.lower() in lex.w("reporting.speech_verbs"):
            # "told a briefing that the visit had been a success and *dismissed* suggestions": a
            # thing does not dismiss; the act is the speaker's, joined to the wrong clause by spaCy
            return subject_of(head.head, lex, depth + 1)
        if dep == "conj" and head.dep_ == "advcl" and inherited is not None and _is_thing(inherited, lex):
            # "said forces had killed 23 people since the protests began *and called on* the
            # authorities to investigate": protests call on no one; the act is the speaker's
            node = head.head
            for _ in range(3):
                if node.lemma_.lower() in lex.w("reporting.speech_verbs"):
                    speaker = _child(node, "nsubj")
                    return _resolve_relative(speaker) if speaker is not None else inherited
                if node.dep_ not in ("ccomp", "conj", "advcl") or node.head.i == node.i:
                    break
                node = node.head
        return inherited
    if dep == "conj" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "ROOT", "ccomp", "conj"):
        # "said it was “deeply concerned” by the reports and *called on* all parties to ...": the
        # adjective's clause has the subject
        return subject_of(head.head, lex, depth + 1) if head.dep_ == "acomp" else subject_of(head, lex, depth + 1)
    if dep == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        # "the two sides have 60 days *to hold* consultations", "had a chance to meet": the
        # infinitive's doer is the one who has the time or the chance
        return subject_of(head.head, lex, depth + 1)
    if dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in _INTENT_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "France's decision *to expel* 35 diplomats", "the EU's plan to impose sanctions",
        # "Washington announced a decision to impose tariffs": whose decision, plan or bid it is
        owner = _child(head, "poss")
        if owner is not None:
            return owner
        if head.dep_ == "dobj" and head.head.lemma_.lower() in _INTENT_HOLDERS:
            return subject_of(head.head, lex, depth + 1)
        return None
    if dep == "acl" and (verb.tag_ in ("VBG", "VBD") or (head.dep_ == "ROOT" and not _child(verb, "agent"))):
        if head.lemma_.lower() in _DOCUMENTS and verb.tag_ == "VBG":
            # "issued a statement *condemning* the attack", "sent a letter to the council *accusing*
            # Ethiopia", "said in a statement *urging* ...": whoever issues the text does what it does
            holder = head.head if head.dep_ == "dobj" else (
                head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None)
            issuer = subject_of(holder, lex, depth + 1) if holder is not None and holder.pos_ in ("VERB", "AUX") else None
            if issuer is not None:
                return issuer
        return head  # "About 200 activists protested ...": a past form misparsed as a modifier
    if dep == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
        # "reward Pyongyang for halting", "accused Seoul of caving in": the object did it
        # ... "prevented them *from marching*", "barred Kim from travelling": the object would do it
        obj = _child(head.head, "dobj") if head.lower_ in ("for", "of", "from") else None
        if obj is not None:
            return _resolve_relative(obj)
        return subject_of(head.head, lex, depth + 1)
    if dep == "pcomp" and head.lower_ in ("for", "of") and head.head.dep_ == "dobj" \
            and head.head.pos_ in ("NOUN", "PROPN") and not _is_thing(head.head, lex):
        # "accusing Ethiopian troops *of killing* civilians": spaCy hangs "of" on the object,
        # who still did it
        return _resolve_relative(head.head)
    if dep == "pcomp" and head.head.pos_ in ("NOUN", "ADJ"):
        # "his interest in holding a summit": the holder is whoever has the interest
        owner = _child(head.head, "poss")
        if owner is not None:
            return owner
        if head.head.head.pos_ in ("VERB", "AUX"):
            return subject_of(head.head.head, lex, depth + 1)
    return None


def _governing_speaker(clause: Token, lex: Lexicon) -> Token | None:
    """The subject of the verb of saying a content clause hangs from (through clauses and
    adjectives, at most three steps up)."""
    node = clause
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj", "acomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in lex.w("reporting.speech_verbs"):
            return _child(node, "nsubj")
    return None


def _is_thing(tok: Token, lex: Lexicon) -> bool:
    """A common noun that names no one: no entity, no pronoun, not a noun for people or groups."""
    return (tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() not in lex.w("actor_nouns")
            and tok.lower_ not in lex.w("actor_nouns") and tok.lemma_.lower() not in load_actor_knowledge().groups
            and tok.lemma_.lower() not in lex.w("person_nouns"))


def _opposed(noun: Token, state: DocState, lex: Lexicon) -> Token | None:
    """The modifier an "anti-" prefix sets against: "*anti-government* protests", "anti-Iran
    sanctions", "anti-China rallies" (spaCy splits "anti", "-", "Iran" into modifiers)."""
    doc = noun.doc
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "nmod") or c.i < 1:
            continue
        prefixed = doc[c.i - 1].lower_ in ("anti", "anti-") or (
            c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ == "anti")
        # a named side ("anti-Iran", "anti-NATO"); "anti-government" leaves the government to be
        # found as for any protest (the protesters' own)
        if prefixed and (_nationality(c) or c.ent_type_ in ("ORG", "PERSON")
                         or actor_at(state, c.idx, c.idx + len(c.text)) is not None):
            return c
    return None


_HOLDER_PREPS = frozenset({"for", "to", "with", "against"})


def _held_by(noun: Token, state: DocState, lex: Lexicon) -> Token | None:
    """The possessor of what a nominal event is for, to or against: "support for *ASEAN's*
    central role", "a threat to *China's* sovereignty" ("talks on Iran's programme" name a topic)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _HOLDER_PREPS:
            continue
        pobj = _child(prep, "pobj")
        owner = _child(pobj, "poss") if pobj is not None and not is_actor_like(state, pobj, lex) else None
        if owner is not None and owner.pos_ != "PRON" and is_actor_like(state, owner, lex):
            return owner
    return None


# Envoys posted somewhere: "the Russian ambassador *to Paris*" is Russia's, not France's.
_POSTED = frozenset({"ambassador", "envoy", "consul", "diplomat", "representative", "delegate", "delegation",
                     "emissary", "mission", "embassy", "attaché", "attache", "chargé", "charge"})


def _target_from_noun(noun: Token, state: DocState, lex: Lexicon) -> Token | None:
    """The participant a nominal event names: "summit *with Kim*", "*Pompeo's* invitation"."""
    opposed = _opposed(noun, state, lex)
    if opposed is not None:
        return opposed  # "imposed *anti-Iran* sanctions"
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in lex.w("noun_target_preps") and prep.lower_ != "between" \
                and not (prep.lower_ == "to" and noun.lemma_.lower() in _POSTED):
            pobj = _child(prep, "pobj")
            pobj = _partitive(pobj) if pobj is not None else None  # "sanctions on two of its banks"
            if pobj is not None and (is_actor_like(state, pobj, lex) or (
                    pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lex.w("person_nouns")
                    and noun.lemma_.lower() in lex.w("patient_nominals"))):
                return pobj  # ... "the release *of the detained journalists*": people it is done to
    owner = _child(noun, "poss")
    if owner is not None and owner.pos_ != "PRON" and is_actor_like(state, owner, lex):
        return owner
    if owner is not None and owner.lower_ in ("his", "her", "their") and noun.lemma_.lower() in lex.w("patient_nominals") \
            and actor_at(state, owner.idx, owner.idx + len(owner.text)) is not None:
        return owner  # "called for *his* immediate release": the one the story says he is
    held = _held_by(noun, state, lex)
    if held is not None:
        return held
    # "seized a *North Korean* cargo ship": the nationality of what was acted on ("banned
    # imports of *Ukrainian* grain": of the goods traded)
    for c in _goods_of(noun).children:
        if c.dep_ in ("amod", "compound", "nmod") and _nationality(c):
            return c
    # "fined *Meta* €900m": spaCy may hang the one fined on the amount
    for c in noun.children:
        if c.dep_ == "nmod" and c.ent_type_ in ("ORG", "PERSON") and noun.lemma_.lower() in lex.w("amount_nouns"):
            return c
    # "tariffs on *Chinese* steel", "sanctions against *Russian* banks": the nationality of
    # what the measure is aimed at
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            pobj = _child(prep, "pobj")
            pobj = _partitive(pobj) if pobj is not None else None
            if pobj is not None and pobj.pos_ == "NOUN":
                pobj = _goods_of(pobj)  # "a ban on imports of *Ukrainian* wheat"
                for c in pobj.children:  # ... "sanctions on *Venezuela's* oil sector"
                    if c.dep_ in ("amod", "compound", "nmod", "poss") and _nationality(c):
                        return c
                    if c.dep_ == "poss" and c.pos_ != "PRON" and is_actor_like(state, c, lex):
                        return c  # "sanctions against *the country's* energy sector"
                made = _made_in(pobj)
                if made is not None:
                    return made  # "tariffs on electric vehicles *made in China*"
                if (prep.lower_ == "against" or noun.lemma_.lower() in lex.w("projectiles")) and _is_thing(pobj, lex):
                    hit = _thing_hit(pobj, state, lex)  # "strikes against Houthi targets in Yemen"
                    if hit is not None:
                        return hit
    return None


_MADE_VERBS = frozenset({"make", "produce", "manufacture", "build", "import", "grow", "mine", "export"})
# Nouns of trade whose "of" object is the goods: "imports of Ukrainian grain", "sales of Russian oil".
_TRADE_NOUNS = frozenset({"import", "export", "shipment", "purchase", "sale", "supply", "delivery", "flow",
                          "transit", "trade"})


def _goods_of(noun: Token) -> Token:
    """The goods a trade noun is of ("imports *of Ukrainian wheat*"), else the noun itself."""
    if noun.lemma_.lower() not in _TRADE_NOUNS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    goods = _child(of, "pobj") if of is not None else None
    return goods if goods is not None and goods.pos_ in ("NOUN", "PROPN") else noun


def _made_in(goods: Token) -> Token | None:
    """The country goods come from: "vehicles *made in China*", "steel imported from Vietnam"."""
    for acl in (c for c in goods.children if c.dep_ == "acl" and c.lemma_.lower() in _MADE_VERBS):
        for prep in (p for p in acl.children if p.dep_ == "prep" and p.lower_ in ("in", "from", "by")):
            where = _child(prep, "pobj")
            if where is not None and (where.ent_type_ == "GPE" or _nationality(where)):
                return where
    return None


_CLAIMED = frozenset({"responsibility", "credit", "blame"})


def _claimed_by(noun: Token, state: DocState, lex: Lexicon) -> Token | None:
    """Who claims an act as theirs: "an al-Qaida-linked group *claimed responsibility for* the
    bombings", "the group took credit for the attack" — the one who claims it did it."""
    if noun.dep_ == "conj":
        noun = noun.head  # "for the bombing and the shooting"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.head.lemma_.lower() in _CLAIMED and prep.head.dep_ == "dobj":
        verb = prep.head.head
    elif prep.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED for c in prep.head.children):
        verb = prep.head  # spaCy: "claimed responsibility Tuesday *for* ...", the "for" on the verb
    else:
        return None
    if verb is None or verb.lemma_.lower() not in ("claim", "take", "accept", "admit", "assume"):
        return None
    doer = subject_of(verb, lex)
    return doer if doer is not None and is_actor_like(state, doer, lex) else None


def _doer_of(noun: Token, state: DocState, lex: Lexicon) -> Token | None:
    """Who did what a noun for an act or a weapon names: its "by" object, its possessor or its
    nationality ("an attack by militants", "Israel's strikes", "Russian shelling")."""
    claimed = _claimed_by(noun, state, lex)
    if claimed is not None:
        return claimed
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            pobj = _child(c, "pobj")
            if pobj is not None and is_actor_like(state, pobj, lex):
                return pobj
        if c.dep_ == "poss" and c.pos_ != "PRON" and is_actor_like(state, c, lex):
            return c
    return next((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and _nationality(c)),
                None)


_COUNT_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "score", "number", "group", "handful"})


def _counted(tok: Token) -> Token:
    """"arrested *dozens of people*", "a group of protesters was detained", "*many* of the
    defendants refused": the people counted, not the count."""
    counting = tok.pos_ in ("NOUN", "NUM") and tok.lemma_.lower() in _COUNT_NOUNS
    if not counting and not (tok.lower_ in _QUANTIFIERS and tok.pos_ in ("PRON", "ADJ", "DET", "NOUN")):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = _child(of, "pobj") if of is not None else None
    return counted if counted is not None and counted.pos_ in ("NOUN", "PROPN") else tok


# Words that take a part of a whole: "two of Russia's largest banks", "one of its ships", "each
# of the parties", "some of the rebel camps".
_PART_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "some", "several", "most", "all", "each", "both", "half", "part", "none", "either"})


def _partitive(tok: Token) -> Token:
    """"imposed sanctions on *two of Russia's largest oil companies*", "seized *one of its
    tankers*": the whole a number or quantifier picks its part from is who the act is done to
    (its possessor or nationality then places it)."""
    if not (tok.lower_ in _PART_WORDS or (tok.pos_ == "NUM" and tok.ent_type_ in ("", "CARDINAL"))):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = _child(of, "pobj") if of is not None else None
    return whole if whole is not None and whole.pos_ in ("NOUN", "PROPN") else tok


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _shares_passive(verb: Token) -> bool:
    """"was arrested by police and *charged* with sedition", "were captured and *executed*": a bare
    participle coordinated with a passive verb is passive too, with its subject (a participle
    with an object or a subject of its own is active: "had been kept in the dark and *demanded*
    guarantees")."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") \
        and _is_passive(verb.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "dative") for c in verb.children)


def agentless(verb: Token) -> bool:
    """A passive that names no doer, its own or a coordinated participle's: "four people were
    arrested", "was placed under house arrest and *charged* with treason" (not "was arrested and
    charged *by police*")."""
    return (agentless_passive(verb) or _shares_passive(verb)) and _passive_parts(verb)[1] is None


def _passive_parts(verb: Token) -> tuple[Token | None, Token | None]:
    """The passive subject and the "by" object of a passive verb, shared along coordinated
    participles: "villagers had been shot and hacked to death *by the separatists*", "was
    arrested *by police* and charged"."""
    held = _child(verb, "nsubjpass")
    if held is None and _shares_passive(verb):
        held = _child(verb.head, "nsubjpass")
    if held is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "auxpass" for c in verb.children):
        # "Mondlane ran as an independent but *was supported* by the PODEMOS party", "was arrested
        # and was charged": a passive coordinated with a clause shares its subject
        held = _child(verb.head, "nsubjpass", "nsubj")
    agent = _child(verb, "agent")
    if agent is None:
        kin = [c for c in verb.children if c.dep_ == "conj" and _shares_passive(c)]
        if _shares_passive(verb):
            kin.append(verb.head)
        agent = next((a for k in kin for a in k.children if a.dep_ == "agent"), None)
    return held, (_child(agent, "pobj") if agent is not None else None)


# Prepositions that place a thing: "villages *in* the Kharkiv region", "a base *near* Kiryat Shmona".
_PLACING_PREPS = frozenset({"in", "near", "across", "around", "outside", "inside", "along"})


def _place_country(state: DocState, place: Token) -> str | None:
    """The country a place word is in: a country, a capital or a known town, or the actor the
    actors step made of it ("southern Lebanon", "the Kharkiv region", "Guayaquil")."""
    kb = load_actor_knowledge()
    words = [place] + [c for c in place.children if c.dep_ in ("compound", "nmod")]
    for w in words:
        if w.ent_type_ not in ("GPE", "LOC") and not (w.pos_ == "PROPN" and not w.ent_type_):
            continue
        ent = _entity_of(w)
        text = (ent.text if ent is not None else w.text).lower().strip()
        code = _country_of_name(kb, text) or kb.country_by_city.get(text)
        if code is None:
            actor = actor_at(state, w.idx, w.idx + len(w.text))
            code = actor.country if actor is not None and actor.kind in ("country", "place") else None
        if code is not None:
            return code
    return None


def located_in(state: DocState, thing: Token) -> str | None:
    """The country a thing is placed in by its own phrase: "villages in the Neelum valley of
    Kashmir", "a television station in Guayaquil", "energy facilities in Odesa" (spaCy may
    hang the place on the verb: "struck targets *in southern Lebanon*")."""
    preps = list(thing.children)
    if thing.dep_ == "dobj":
        preps += [c for c in thing.head.children if c.i > thing.i]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in _PLACING_PREPS:
            pobj = _child(prep, "pobj")
            code = _place_country(state, pobj) if pobj is not None else None
            if code is not None:
                return code
    return None


def _struck_at(verb: Token, state: DocState, lex: Lexicon) -> Token | None:
    """What an attack names as hit when it names no one: the actor a target thing is of
    ("struck *Hezbollah* targets", "weapons depots belonging to the militia"), or the thing
    itself when its phrase places it in a country ("shelled villages in the Kharkiv region",
    "stormed a television station in Guayaquil": its country's, no one named)."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *things]
    things += [p for h in holders for prep in h.children if prep.dep_ == "prep"
               and prep.lower_ in ("at", "on", "to", "into", "against") for p in prep.children if p.dep_ == "pobj"]
    projectiles = lex.w("projectiles")
    for thing in things:
        if thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ or thing.lemma_.lower() in projectiles \
                or is_actor_like(state, thing, lex):
            continue
        hit = _thing_hit(thing, state, lex)
        if hit is not None:
            return hit
    return None


def _thing_hit(thing: Token, state: DocState, lex: Lexicon) -> Token | None:
    """Whose a thing attacked is: its actor modifier ("*Hezbollah* targets"), whom it belongs to
    ("a depot belonging to Hezbollah"), or the thing itself when its phrase places it in a
    country ("targets in Yemen")."""
    for c in thing.children:
        if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in ("ORG", "PERSON", "NORP") \
                and is_actor_like(state, c, lex):
            return c  # "Hezbollah targets", "Houthi positions"
        if c.dep_ == "poss" and c.pos_ != "PRON" and is_actor_like(state, c, lex):
            return c  # "strikes on *Hezbollah's* weapons depots", "an attack on Ukraine's power grid"
        if c.dep_ == "poss" and c.lower_ == "its":  # ("a shell hit *their* home": the victims')
            if actor_at(state, c.idx, c.idx + len(c.text)) is not None:
                return c  # the one the actors step says "its" is
            speaker = _speaker_owning(c, thing, lex)
            if speaker is not None:
                return speaker  # "the Philippines said Chinese vessels fired water cannon at *its* boat"
        if c.dep_ == "acl" and c.lemma_.lower() == "belong":
            owner = next((p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "to"
                          for p in prep.children if p.dep_ == "pobj"), None)
            if owner is not None and is_actor_like(state, owner, lex):
                return owner  # "a weapons depot belonging to Hezbollah"
    return thing if located_in(state, thing) is not None else None


# What kills or destroys with no one behind it: a verb of harm with such a subject is no attack.
_HAZARDS = frozenset({"earthquake", "quake", "storm", "typhoon", "hurricane", "cyclone", "flood", "flooding",
                      "landslide", "mudslide", "wildfire", "blaze", "tsunami", "heatwave", "drought", "avalanche",
                      "eruption", "disease", "outbreak", "epidemic", "pandemic", "virus", "cholera", "crash",
                      "accident", "collision", "tornado", "rain", "rains", "snowstorm", "lightning"})


def _relative_act(antecedent: Token, state: DocState, lex: Lexicon) -> Token:
    """What a relative clause's "that"/"which" stands for when the parse hung the clause on the
    place an act was aimed at: "a strike on a hospital in Gaza *that killed hundreds*" — the strike
    killed, not the hospital (nor Gaza). The act named above the place, if any; else the antecedent."""
    node = antecedent
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ("on", "in", "at", "near", "against"):
            break
        if not (_is_thing(node, lex) or node.ent_type_ in ("GPE", "LOC", "FAC")):
            break
        node = node.head.head
        act = _child(node, "dobj") if node.pos_ in ("VERB", "AUX") else node
        if act is None or act.pos_ != "NOUN" or not (
                act.lemma_.lower() in lex.nouns or act.lemma_.lower() in lex.w("projectiles")):
            if node.pos_ in ("VERB", "AUX"):
                break
            continue
        # "Russian forces carried out a strike on a mall that killed 20", "Israel launched an
        # airstrike on a school that killed ten": whoever carried it out
        light = light_verb(act, lex)
        doer = subject_of(light, lex) if light is not None else None
        return doer if doer is not None and is_actor_like(state, doer, lex) else act
    return antecedent


def verb_arguments(trig: Trigger, state: DocState, lex: Lexicon) -> tuple[Token | None, Token | None]:
    verb = trig.token
    source: Token | None
    target: Token | None = None
    head = verb.head
    hazard = head if verb.dep_ == "acl" and verb.tag_ == "VBN" else subject_of(verb, lex)
    if trig.type == "ASSAULT" and hazard is not None and hazard.lemma_.lower() in _HAZARDS \
            and not any(c.dep_ in ("amod", "compound", "poss") and (_nationality(c) or c.ent_type_ in ("ORG", "PERSON"))
                        for c in hazard.children):
        return None, None  # "a powerful earthquake (that) killed 60 people": no one attacked
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ != "ROOT" and (
            is_actor_like(state, head, lex) or head.lemma_.lower() in lex.w("person_nouns")):
        # "Japanese citizens *abducted* by North Korea": a reduced passive; "companies accused
        # of ..." names no one who does it
        agent = _child(verb, "agent")
        source = _child(agent, "pobj") if agent is not None else None
        if source is None and trig.type == "COERCE" and head.lemma_.lower() in lex.w("person_nouns"):
            # "about 30 people *held* after the crackdown", "protesters detained last week": people
            # held by no one named are held by the authorities (added by the events step)
            return None, head
        return (source, head) if source is not None else (None, None)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _child(verb, "agent") is not None and not _is_passive(verb):
        # "the agreement *signed by* Congo and Rwanda", "the sanctions imposed by Washington": a
        # reduced passive on a thing; the "by" object does it, what it is done to is the thing's
        agent = _child(verb, "agent")
        assert agent is not None
        done_to = next((p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in lex.w("verb_target_preps")
                        for p in prep.children if p.dep_ == "pobj" and is_actor_like(state, p, lex)), None)
        return _child(agent, "pobj"), done_to if done_to is not None else _target_from_noun(head, state, lex)
    if _is_passive(verb) or _shares_passive(verb):
        target, source = _passive_parts(verb)
        if source is None and verb.lemma_.lower() == "summon":
            # "Russia's ambassador was summoned *to the Armenian foreign ministry*": who summons
            source = next((p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                           for p in prep.children if p.dep_ == "pobj" and is_actor_like(state, p, lex)), None)
        if trig.type == "MOBILIZE" and source is None and target is not None \
                and _counted(target).lemma_.lower() in _FORCE_NOUNS:
            # "riot police were deployed around the palace", "additional troops were moved to the
            # border": forces deployed with no one named are the ones mobilised (the source)
            return _counted(target), _shown_to(verb, state, lex)
        if target is not None:
            target = _partitive(_resolve_relative(target))  # "all candidates *who* have been barred from running"
            if trig.type in lex.w("done_to_people"):
                target = _counted(target)  # "dozens of protesters were detained"
        if target is not None and not is_actor_like(state, target, lex):
            # "66 people had been detained": a person-like noun is the target even unlisted; one the
            # trigger needs as its object is its instrument ("troops were deployed"), unless people
            # undergo the act ("villagers were shot", "two journalists were beaten")
            person = target.pos_ in ("NOUN", "PROPN") and target.lemma_.lower() in lex.w("person_nouns")
            keep = person and (target.lemma_.lower() not in (trig.entry.objects or ())
                               or trig.type in lex.w("done_to_people"))
            # "those detained would be charged", "those responsible will be prosecuted": people
            keep = keep or (target.lower_ in ("those", "these") and any(
                c.dep_ in ("acl", "relcl", "amod") for c in target.children))
            target = target if keep else _target_from_noun(target, state, lex)
        if target is None:
            # "contracts that were signed in 2019 *with Saudi Arabia*", "sanctions were imposed *on
            # Russia*": what is done is a thing, whom it is done with or to hangs from the verb
            target = next((p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in lex.w("verb_target_preps")
                           for p in prep.children if p.dep_ == "pobj" and is_actor_like(state, p, lex)
                           and (source is None or p.i != source.i)), None)
        return source, target
    source = subject_of(verb, lex)
    if source is not None and trig.type in _DEEDS and source.dep_ == "nsubj" and source.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and source.head.lemma_.lower() in lex.w("reporting.speech_verbs") and verb in source.head.subtree:
        # "the attack began after insurgents sneaked across the border and *hit* two checkpoints,
        # local official Shah Naseem said": spaCy joined the deed to the reported clause, and the
        # one who reports a raid or an arrest is not the one who carried it out
        source = None
    if source is not None and verb.dep_ == "relcl" and verb.head.i == source.i:
        source = _relative_act(source, state, lex)
    if source is not None and not is_actor_like(state, source, lex) and (
            source.lemma_.lower() in lex.w("projectiles") or source.lemma_.lower() in lex.nouns):
        # "a shell hit their home", "clashes that killed 20": what hit, not who fired it — but "an
        # attack *by militants* killed five", "*Russian* shelling killed three" name the doer
        source = _doer_of(source, state, lex)
    obj = _child(verb, "dobj", "dative")
    if obj is None and verb.dep_ == "relcl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(t.lower_ in _WH_WORDS for t in verb.doc[verb.head.i + 1:verb.i]):
        obj = verb.head  # "the journalists *Russia detained*", "officers Washington accused of ...": a contact clause
    if obj is None and trig.entry.actor_object and not trig.entry.oprd:
        obj = _child(verb, "oprd")  # "called Moon" parsed as a predicate
    if obj is not None and obj.lower_ in _REFLEXIVE:
        obj = None  # "aligned *himself* with Trump": the target is in the preposition
    if obj is not None:
        obj = _partitive(_resolve_relative(obj))  # "a ship that it accused of ...": the ship
        if trig.type in lex.w("done_to_people"):
            obj = _counted(obj)  # "arrested dozens of people" (not "mobilized thousands of troops")
    objects = trig.entry.objects or frozenset()
    if obj is not None:
        # "deployed troops": what the trigger needs as object is its instrument, not its target;
        # "sentenced the activist", "detained three journalists": people undergo it
        person = obj.pos_ == "NOUN" and obj.lemma_.lower() in lex.w("person_nouns")
        # "detained *dozens*", "killed hundreds": a bare count of people done to
        person = person or (trig.type in lex.w("done_to_people") and _bare_count(obj))
        # ... but people ordered, detained or attacked are its target ("ordered residents to evacuate")
        instrument = obj.lemma_.lower() in objects and not (person and trig.type in lex.w("done_to_people"))
        # "urged *Western allies* to speed up deliveries": whom one urges or asks to act is
        # someone, whatever the noun (an object controlling the verb's infinitive)
        controls = trig.type in ("REQUEST", "COERCE") and obj.pos_ == "NOUN" and not obj.ent_type_ \
            and obj.tag_ == "NNS" and any(c.dep_ == "xcomp" and c.i > obj.i for c in verb.children)
        if (is_actor_like(state, obj, lex) or person) and not instrument:
            target = obj
        else:  # "condemned *Russia's* invasion of Ukraine": a reaction is aimed at the act's doer
            target = _reacted_doer(obj, source, state, lex) if trig.type in _REACTION_TYPES else None
            target = target if target is not None else _target_from_noun(obj, state, lex)
        if target is None and controls and not instrument:
            target = obj
    if target is None:
        # "walked away from the summit with Kim": prepositions may hang from a particle
        holders = [verb] + [c for c in verb.children if c.dep_ in ("prt", "advmod")]
        for prt in holders[1:]:
            # "called *on* all parties": spaCy may take the preposition for a particle with an object
            pobj = _child(prt, "pobj") if prt.lower_ in lex.w("verb_target_preps") else None
            if pobj is not None and is_actor_like(state, pobj, lex):
                target = pobj
        for prep in (p for h in holders for p in h.children if target is None):
            aimed = prep.lower_ == "at" and trig.type == "ASSAULT"  # "shot *at* protesters", "fired at"
            # "hit out *at* India's government", "lashed out at Washington", "took aim at the EU": words
            # and threats aimed at someone (not "criticised the plan at the UN", "filed at a court")
            aimed = aimed or (prep.lower_ == "at" and trig.type in _AIMED_WORDS and (
                obj.lemma_.lower() in _AIM_NOUNS if obj is not None else any(c.dep_ == "prt" for c in verb.children)))
            if prep.dep_ in ("prep", "dative") and (prep.lower_ in lex.w("verb_target_preps") or aimed) \
                    and not (prep.lower_ == "from" and trig.type == "AID"):  # "released $4m *from* the fund"
                pobj = _child(prep, "pobj")
                if pobj is None:
                    continue
                pobj = _partitive(pobj)  # "sanctions on two of its banks"
                if trig.type == "CONSULT" and prep.lower_ in ("on", "at") and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                    continue  # "met for two hours *on Russky Island*": where they met
                if trig.type == "REQUEST" and prep.lower_ == "for" and pobj.pos_ == "NOUN" and not pobj.ent_type_ \
                        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.children):
                    # "called for *a royal commission*", "asked for a new government": what is asked for
                    via = _target_from_noun(pobj, state, lex)
                    if via is not None:
                        target = via
                        break
                    continue
                # "delivered food *to displaced people*", "fired *at protesters*": people the act
                # reaches are its target, as they are as its object
                person = pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lex.w("person_nouns")
                if is_actor_like(state, pobj, lex) or person:
                    target = pobj
                    break
                via = _target_from_noun(pobj, state, lex)
                if via is not None:
                    target = via
                    break
                if trig.type in _SENT_TO and prep.lower_ in ("to", "into") and pobj.ent_type_ in ("GPE", "LOC") \
                        and _place_country(state, pobj) is not None:
                    target = pobj  # "flew food and medicine *to Port Sudan*": aid sent to a town is the country's
                    break
    if target is None:
        target = _nested_against(verb, state, lex)
    if target is None:
        target = _gerund_object(verb, source, state, lex)
    if target is None:
        target = _infinitive_party(verb, source, state, lex)
    if target is None and trig.type in _REACTION_TYPES:
        # ... not of the act's own noun ("filed its own *WTO* complaint": the forum)
        target = _maker_of(verb, source, {c.token.i for c in trig.absorbed if c.type == trig.type}, state, lex)
    if target is None and source is not None:
        # "mediate between the government and the union", "shuttled between the two sides": a
        # go-between acts on both (the conjuncts make one event each)
        between = next((p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "between"
                        for p in prep.children if p.dep_ == "pobj"), None)
        if between is not None and (is_actor_like(state, between, lex) or names_both_sides(between)):
            target = between
    if target is None and trig.type in lex.w("protest_types"):
        target = _protested_at(verb, state, lex)
    if trig.type == "CONSULT" and verb.lemma_.lower() in lex.w("movement_verbs"):
        # "would travel to Sweden for talks *with Choe Son Hui*", "flew to Geneva for talks with
        # Zarif": whom the trip is to meet, not the venue
        partner = _purpose_partner(verb, state, lex)
        if partner is not None and (source is None or partner.i != source.i):
            target = partner
        if target is None:
            # "Kim, who arrived *in Hanoi* by train": the country arrived in is visited
            target = next((p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
                           for p in prep.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"
                           and is_actor_like(state, p, lex)), None)
    if target is None and trig.type == "MOBILIZE":
        # "sent warships near Taiwan", "massed troops along the border with Ukraine", "held drills
        # off the coast of Japan": forces shown to a country are aimed at it
        target = _shown_to(verb, state, lex)
    if target is None and trig.type == "THREATEN":
        target = _conditioned(verb, source, state, lex)
    if target is None and trig.type in _GIVING:
        target = _helped_party(verb, source, state, lex)
    if target is None:
        target = _complement_subject(verb, source, state, lex)
        if target is not None and source is not None and trig.type in _OWN_SIDE_SPEAKS \
                and _own_side(state, source, target, lex):
            # "Somsak warned that *Thailand* would respond decisively", "denied that his country had
            # opened the border": the speaker's own side is who acts, not whom it is aimed at
            target = None
    if trig.entry.swap and target is not None:
        # "Trump hosted Moon": the guest visits the host; "Turkey would host the follow-up round",
        # "Qatar hosted months of talks" name no guest, and the host stays the one who acts
        source, target = target, source
    return source, target


def _reacted_doer(obj: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """Who did the act a reaction is to: "condemned *Russia's* invasion of Ukraine", "welcomed
    *Serbia's* decision", "denounced the attack *by Seleka rebels*" (PLOVER aims a condemnation at
    the doer, not at whom the act was done to). A possessor of an act done to people is that
    act's patient ("condemned Navalny's arrest"), unless an of-object names the patient ("the
    rebels' capture *of Ndele*")."""
    if not _is_thing(obj, lex):
        return None
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            pobj = _child(c, "pobj")
            if pobj is not None and (source is None or pobj.i != source.i) and is_actor_like(state, pobj, lex):
                return pobj
    owner = _child(obj, "poss")
    if owner is None or owner.pos_ == "PRON" or (source is not None and owner.i == source.i) \
            or not is_actor_like(state, owner, lex):
        return None
    patient = obj.lemma_.lower() in lex.w("patient_nominals")
    if patient and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return None
    return owner


# Speech whose that-clause may tell what the speaker's own side will do or did ("warned that Thailand
# would respond", "denied that his country had opened the border"), not what is demanded of another.
_OWN_SIDE_SPEAKS = frozenset({"THREATEN", "REJECT"})


def _own_side(state: DocState, source: Token, other: Token, lex: Lexicon) -> bool:
    """``other`` is of the speaker's own country and sector (or its country, or the speaker of it):
    Thailand for a Thai minister, Ottawa for Canada's foreign minister — not the opposition for a
    government, nor the government for the opposition."""
    a, b = event_actor(state, source, lex), event_actor(state, other, lex)
    if a is None or b is None or a.country is None or a.country != b.country:
        return False
    return a.sector is None or b.sector is None or a.sector == b.sector


def _protested_at(verb: Token, state: DocState, lex: Lexicon) -> Token | None:
    """Whose building a protest is held at: "protested outside the U.S. Embassy" (the embassy's
    country), "staged a protest outside *Rapido's* headquarters" (the owner of the building)."""
    for prep in verb.children:
        pobj = _child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ in ("outside", "at", "near") else None
        if pobj is None:
            continue
        if is_actor_like(state, pobj, lex):
            return pobj
        owner = _child(pobj, "poss")
        if owner is not None and owner.pos_ != "PRON" and is_actor_like(state, owner, lex):
            return owner
    return None


# Acts that give or back: whom their purpose helps is whom they are for.
_GIVING = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})
_HELP_VERBS = frozenset({"help", "assist", "support", "aid", "enable"})


def _helped_party(verb: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """"pledged $500 million *to help Ukraine* rebuild its grid", "approved a loan *to support
    Egypt's reforms*", "agreed to provide tanks to help Kyiv": an aid or pledge is for whom its
    purpose helps (the helper's object, or the subject spaCy gives the helped clause)."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]  # "agreed *to provide* tanks to help"
    for v in verbs:
        for helper in v.children:
            if helper.dep_ not in ("xcomp", "advcl") or helper.lemma_.lower() not in _HELP_VERBS:
                continue
            whom = _child(helper, "dobj")
            if whom is None:
                clause = _child(helper, "ccomp", "xcomp")
                whom = _child(clause, "nsubj") if clause is not None else None
            if whom is None or whom.pos_ == "PRON" or (source is not None and whom.i == source.i):
                continue
            if is_actor_like(state, whom, lex) or (whom.pos_ == "NOUN" and whom.lemma_.lower() in lex.w("person_nouns")):
                return whom
            via = _target_from_noun(whom, state, lex)
            if via is not None:
                return via
    return None


def _light_target(light: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """"the sentence that was imposed *on* the reporter", "a sentence has been handed down *to*
    Medjo": whom a passive light verb's event is done to."""
    return next((p for h in (light, *(c for c in light.children if c.dep_ == "prt"))
                 for prep in h.children if prep.dep_ == "prep" and prep.lower_ in ("on", "to", "against")
                 for p in prep.children if p.dep_ == "pobj" and is_actor_like(state, p, lex)
                 and (source is None or p.i != source.i)), None)


def _paired_nationalities(noun: Token) -> tuple[Token, Token] | None:
    """"talks between *American and North Korean* negotiators", "clashes between *Indian and
    Chinese* troops": one noun shared by two nationalities is two sides."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE"):
            other = next((o for o in c.conjuncts if o.i > c.i and o.ent_type_ in ("NORP", "GPE")), None)
            if other is not None:
                return c, other
            # "the *Iran-US* talks", "Russia-Ukraine negotiations": two names joined by a hyphen
            first = next((o for o in c.children if o.dep_ in ("compound", "nmod", "amod") and o.i == c.i - 2
                          and o.ent_type_ in ("NORP", "GPE") and c.doc[c.i - 1].text in ("-", "–")), None)
            if first is None and c.i >= 2 and c.doc[c.i - 1].text in ("-", "–"):
                # ... or both hung on the noun: "the outcome of Iran-US talks"
                before = c.doc[c.i - 2]
                first = before if before.head.i == noun.i and before.dep_ in ("amod", "compound", "nmod") \
                    and before.ent_type_ in ("NORP", "GPE") else None
            if first is not None:
                return first, c
    return None


def _purpose_partner(verb: Token, state: DocState, lex: Lexicon) -> Token | None:
    """The "with" partner of the talks a trip is "for" ("for three days of talks with Choe")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for t in prep.subtree:
            if t.dep_ == "prep" and t.lower_ == "with" and t.head.pos_ == "NOUN":
                pobj = _child(t, "pobj")
                if pobj is not None and (pobj.ent_type_ in _ACTOR_ENTS
                                         or actor_at(state, pobj.idx, pobj.idx + len(pobj.text)) is not None):
                    return pobj  # someone named ("central government officials" leave the venue)
    # "will travel to Brussels *to ask the European Commission* ...", "flew to Lausanne to meet
    # IOC president Kirsty Coventry": whom the purpose clause's verb names (its object, or the
    # partner of the talks it holds)
    for purpose in (c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                    and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)):
        met = [_child(purpose, "dobj", "dative")] + [_child(p, "pobj") for p in purpose.children
                                                      if p.dep_ == "prep" and p.lower_ == "with"]
        for whom in met:
            if whom is not None and (whom.ent_type_ in _ACTOR_ENTS
                                     or actor_at(state, whom.idx, whom.idx + len(whom.text)) is not None):
                return whom
    return None


def _maker_of(verb: Token, source: Token | None, own: set[int], state: DocState, lex: Lexicon) -> Token | None:
    """"protested against *EU* trade deals", "rejected the *IMF* conditions", "condemned NATO
    expansion": a reaction to a thing a named body's name modifies is aimed at that body."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("against", "over", "on", "to")
               for p in prep.children if p.dep_ == "pobj"]
    for thing in things:
        if not _is_thing(thing, lex) or thing.i in own:
            continue
        for c in thing.children:
            if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "PERSON") and c.i < thing.i \
                    and (source is None or c.i != source.i) and is_actor_like(state, c, lex):
                return c
    return None


_ACQUIRING = frozenset({"buy", "import", "purchase", "receive", "obtain", "acquire", "order"})


def _infinitive_party(verb: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """"agreed to sell F-16 jets *to Turkey*", "refused to hand over the suspects to Argentina",
    "agreed to buy 36 jets *from Sweden*": whom the infinitive's deal is with is the party; so is
    a named actor the infinitive is done to ("vowed to punish *Taiwan*", "threatened to overthrow
    *President Bozize*", "agreed to supply *Moldova* with gas", "vowed to retaliate *against* Israel")."""
    for inf in (c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                      for a in c.children)):
        obj = _child(inf, "dobj", "dative")
        if obj is not None and (source is None or obj.i != source.i) and obj.ent_type_ in _ACTOR_ENTS \
                and obj.ent_type_ != "NORP" and is_actor_like(state, obj, lex):
            return obj
        preps = ("to", "with", "from") if inf.lemma_.lower() in _ACQUIRING else ("to", "with", "against")
        for h in (inf, *(c for c in inf.children if c.dep_ in ("prt", "dobj"))):
            for prep in (c for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in preps):
                pobj = _child(prep, "pobj")
                if pobj is not None and (source is None or pobj.i != source.i) and pobj.ent_type_ in _ACTOR_ENTS \
                        and is_actor_like(state, pobj, lex):
                    return pobj
    return None


_ASPECT_VERBS = frozenset({"stop", "halt", "cease", "resume", "suspend", "quit", "end", "start", "begin",
                           "continue", "keep", "restart", "avoid"})


def _gerund_object(verb: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """"Moldova stopped *buying Russian gas*", "resumed importing Japanese seafood": what an
    aspect verb stops or resumes is the gerund's, and whom it touches is the gerund object's."""
    if verb.lemma_.lower() not in _ASPECT_VERBS:
        return None  # not "denies arming the group": a denial of one's own deed names no one
    for ger in (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
        obj = _child(ger, "dobj")
        if obj is None or (source is not None and obj.i == source.i):
            continue
        if is_actor_like(state, obj, lex):
            return obj
        via = _target_from_noun(obj, state, lex)
        if via is not None:
            return via
    return None


def _nested_against(verb: Token, state: DocState, lex: Lexicon) -> Token | None:
    """"filed a complaint at the World Trade Organization *against Indonesia*": spaCy may hang
    "against X" on the noun before it; it still tells whom the act is against."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for inner in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "against"):
                aimed = _child(inner, "pobj")
                if aimed is not None:
                    # "against Indonesia", "against *Indonesia's* export ban"
                    return aimed if is_actor_like(state, aimed, lex) else _target_from_noun(aimed, state, lex)
    return None


_SHOWN_PREPS = frozenset({"near", "around", "off", "along", "toward", "towards", "into"})
_STATIONED_PREPS = frozenset({"in", "inside", "to"})
_AIMED_WORDS = frozenset({"ACCUSE", "THREATEN", "REJECT"})  # what words aim "at" someone
_AIM_NOUNS = frozenset({"aim", "swipe", "jab", "dig", "potshot", "finger"})  # "took a swipe at", "pointed the finger at"
_FORCE_NOUNS = frozenset({"troop", "soldier", "force", "police", "policeman", "officer", "unit", "reinforcement",
                          "reservist", "personnel", "guard", "marine", "paratrooper", "commando", "battalion",
                          "brigade", "contingent", "peacekeeper", "gendarme", "militia", "militiaman"})
_SENT_TO = frozenset({"AID"})  # what is sent to a place (troops moved to a town may be at home)


def _shown_to(verb: Token, state: DocState, lex: Lexicon) -> Token | None:
    """The country a show of force is near: a place after near/around/off/along, or the country
    that place is of ("off the coast *of Japan*", "along the border *with Ukraine*")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    kb = load_actor_knowledge()
    for prep in (p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _SHOWN_PREPS | _STATIONED_PREPS):
        pobj = _child(prep, "pobj")
        if pobj is None:
            continue
        if prep.lower_ in _STATIONED_PREPS:
            # "kept troops *in Chad*", "deployed soldiers inside Syria": forces stationed in a
            # country (named as one, not a town: "deployed police in Lagos" is no foreign act)
            ent = _entity_of(pobj)
            if pobj.ent_type_ == "GPE" and ent is not None and _country_of_name(kb, ent.text.lower()) is not None \
                    and is_actor_like(state, pobj, lex):
                return pobj
            continue
        if pobj.ent_type_ == "GPE" and is_actor_like(state, pobj, lex):
            return pobj
        for inner in pobj.children:
            owner = _child(inner, "pobj") if inner.dep_ == "prep" and inner.lower_ in ("of", "with") else None
            if owner is not None and owner.ent_type_ == "GPE" and is_actor_like(state, owner, lex):
                return owner
    return None


_CONDITION_MARKS = frozenset({"if", "unless"})


def _conditioned(verb: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """"warned that Iran would suspend the arrangement *if Britain, France and Germany pushed* a
    resolution": a warning is aimed at the one whose act its condition names (the conjuncts make
    one event each), not at the one who would carry it out."""
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "xcomp"):
            continue
        for cond in comp.children:
            if cond.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in cond.children):
                continue
            subj = _actor_subject(cond, source, state, lex)
            if subj is not None:
                return subj
    return None


def _actor_subject(clause: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """The clause's subject when it is a named or actor-like participant other than ``source``."""
    subj = _child(clause, "nsubj", "nsubjpass")
    if subj is None or subj.pos_ == "PRON" or (source is not None and subj.i == source.i):
        return None
    return subj if is_actor_like(state, subj, lex) else None


def _complement_subject(verb: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """"demanded that Seoul pay", "complained that South Korea does not pay enough": the
    subject of a that-clause is whom a demand, complaint or warning is about."""
    for comp in verb.children:
        if comp.dep_ != "ccomp":
            continue
        subj = _actor_subject(comp, source, state, lex)
        if subj is not None:
            return subj
    return None


def noun_arguments(trig: Trigger, state: DocState, lex: Lexicon) -> tuple[Token | None, Token | None]:
    noun = trig.token
    source = _child(noun, "poss")
    if source is not None and source.pos_ == "PRON" and actor_at(state, source.idx, source.idx + len(source.text)) is None:
        # "held *their* first summit": the light verb's subject says who; "Israel and Hamas
        # confirmed *their* agreement": so does the subject of the verb it is the object of
        owner = _possessor_subject(source, noun, lex) if trig.light is None else None
        source = owner
    if source is not None and source.ent_type_ in ("DATE", "TIME"):
        source = None  # "*Wednesday's* dinner": a date, not a participant
    target: Token | None = None
    if source is not None and noun.lemma_.lower() in lex.w("patient_nominals") and not any(
            c.dep_ == "prep" and c.lower_ == "of" and _child(c, "pobj") is not None for c in noun.children):
        # "Navalny's arrest", "Khashoggi's killing", "his release": the possessor undergoes it
        # ("Russia's deportation *of* children" is Russia's deed)
        source, target = None, source
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        pobj = _child(prep, "pobj")
        if pobj is None:
            continue
        if prep.lower_ == "between":
            conj = pobj.conjuncts
            source, target = pobj, (conj[0] if conj else None)
            if target is None:
                source, target = _paired_nationalities(pobj) or (source, target)
            break
        if prep.lower_ == "by" and source is None and is_actor_like(state, pobj, lex):
            source = pobj
        elif target is None and prep.lower_ in lex.w("noun_target_preps") and is_actor_like(state, pobj, lex):
            target = pobj
        elif target is None and prep.lower_ in ("of", "over", "against", "for") and trig.type in _REACTION_TYPES:
            # "expressed its strong condemnation *of Wehbe's remarks*", "criticism of China's
            # treatment of the Uyghurs": a reaction named by a noun is aimed at the act's doer too
            target = _reacted_doer(pobj, source, state, lex)
    if source is None and trig.light is not None and trig.light.dep_ in ("acl", "relcl") and trig.light.head.i == noun.i:
        agent = _child(trig.light, "agent")
        source = _child(agent, "pobj") if agent is not None else _child(trig.light, "nsubj")
        if target is None and _is_passive(trig.light):
            target = _light_target(trig.light, source, state, lex)
    elif source is None and trig.light is not None:
        if _is_passive(trig.light):
            # "the weapons test was supervised by Kim"; "Wit, who was involved in talks"
            agent = _child(trig.light, "agent")
            source = _child(agent, "pobj") if agent is not None else None
            subj = _child(trig.light, "nsubjpass")
            if subj is not None and subj.i != noun.i and noun.dep_ == "dobj" and target is None:
                # "Zamora was issued a fine", "Iran was given a deadline": the passive subject of
                # a verb of giving receives the event
                target = _resolve_relative(subj)
            elif source is None and subj is not None and subj.i != noun.i:
                source = _resolve_relative(subj)
            if target is None:
                target = _light_target(trig.light, source, state, lex)
        elif trig.light.lemma_.lower() in lex.w("receiving_light_verbs"):
            # "the decision drew criticism *from the finance ministry*": the light verb's subject
            # undergoes the event, the "from" object does it
            undergoer = subject_of(trig.light, lex)
            source = next((p for h in (noun, trig.light) for prep in h.children
                           if prep.dep_ == "prep" and prep.lower_ == "from"
                           for p in prep.children if p.dep_ == "pobj"), None)
            if target is not None and source is not None and target.i == source.i:
                target = None
            if undergoer is not None and not is_actor_like(state, undergoer, lex):
                # "*Russia's decision* drew condemnation": the decision's owner undergoes it
                undergoer = _target_from_noun(undergoer, state, lex) or undergoer
            if undergoer is not None and (target is None or is_actor_like(state, undergoer, lex)):
                target = undergoer
        else:
            source = subject_of(trig.light, lex)
            if target is None and noun.dep_ == "dobj" and noun.head.i == trig.light.i:
                # "issued a stern warning *to Washington*", "offered its condolences to Iran",
                # "made an offer to Tehran": whom the light verb hands the event to
                target = _light_target(trig.light, source, state, lex)
    if source is None and trig.type in _DEEDS:
        source = _claimed_by(noun, state, lex)  # "the group claimed responsibility for the attack"
    if source is None and trig.type in lex.w("participant_nominals") and noun.dep_ in ("pobj", "dobj"):
        # "*At a news conference with Abe*, Trump said", "arrived in Sweden for three days of
        # *talks* with Choe", "held several rounds of *discussions*": the clause's subject took part
        verb = _clause_verb(noun)
        if verb is not None:
            source = subject_of(verb, lex)
            if source is not None and target is not None and source.i == target.i:
                source = None
            measure = event_measure(noun, lex)
            if source is not None and measure is not None and (
                    source.i == measure.i or not is_actor_like(state, source, lex)):
                # "the next round of talks is due to open": the round takes no part, nor does
                # the release in "her release came after months of talks"
                source = None
    if target is None and trig.light is not None and trig.light.pos_ in ("VERB", "AUX"):
        target = _nested_against(trig.light, state, lex)  # "filed a complaint at the WTO against Indonesia"
        if target is not None and source is not None and target.i == source.i:
            target = None
    if source is None and target is None and (occurring := occurrence_verb(noun, lex)) is not None:
        # "clashes broke out *between police and protesters*": the pair hangs from the verb
        between = next((p for prep in occurring.children if prep.dep_ == "prep" and prep.lower_ == "between"
                        for p in prep.children if p.dep_ == "pobj"), None)
        if between is not None and between.conjuncts:
            source, target = between, between.conjuncts[0]
    put_in = _undergoer(noun, trig.type)
    if put_in is not None:
        # "Lau was taken into custody", "Odinga is under investigation by the police", "a U.N.
        # helicopter came under fire": whoever is put in the state undergoes the event
        held, doer = put_in
        if source is not None and source.i == held.i:
            source = None
        source = source if source is not None else doer
        if target is None or target.i == held.i or (source is not None and target.i == source.i):
            target = held
    opposed = _opposed(noun, state, lex)
    if target is None and opposed is not None:
        target = opposed  # "*anti-government* protests", "anti-Iran sanctions": what it is against
    if target is None:
        target = _held_by(noun, state, lex)  # "Australia's support *for ASEAN's* central role"
        if target is not None and source is not None and target.i == source.i:
            target = None
    if source is None and trig.type != "CONSULT":
        # "U.S. sanctions", "North Korean demands": a nationality modifier is the source
        for c in _modifiers_of(noun):
            # "under *U.S. and U.N.* sanctions" (spaCy: nmod): one source each, by the conjuncts
            if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG") \
                    and (opposed is None or c.i != opposed.i):
                source = c
                break
    elif target is None and trig.type == "CONSULT":
        # "involved in *North Korea* talks": the country named is the other side
        modifier = _actor_modifier(noun, state)
        if modifier is not None and (source is None or modifier.i != source.i):
            target = modifier
    if target is None and trig.type in lex.w("protest_types"):
        # "staged a protest outside *Rapido's* headquarters", "held a rally outside the Russian embassy"
        for holder in (noun, trig.light):
            target = _protested_at(holder, state, lex) if holder is not None and target is None else target
        if target is not None and source is not None and target.i == source.i:
            target = None
    if target is None and trig.type == "ASSAULT":
        # "carried out strikes *against Houthi targets*", "an attack on a base in Syria"
        target = next((hit for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("against", "on", "at")
                       for p in prep.children if p.dep_ == "pobj" and _is_thing(p, lex)
                       for hit in (_thing_hit(p, state, lex),) if hit is not None
                       and (source is None or hit.i != source.i)), None)
    if target is None and trig.type == "ASSAULT":
        # "Thai shelling killed *a Cambodian farmer*", "an Israeli drone strike that killed two of
        # *its members*": whom the attack harmed, told by the verb it is the subject of
        target = _harmed_by(noun, source, state, lex)
    return source, target


def _harmed_by(noun: Token, source: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """The object of the verb of harm an attack noun is the subject of: "Russian shelling killed
    *three civilians*", "a drone strike that killed two of *its members*" (who or what it hit)."""
    verbs = [noun.head] if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
    for verb in verbs:
        if not any(entry.type == "ASSAULT" for entry in lex.verbs.get(verb.lemma_.lower(), ())):
            continue
        obj = _child(verb, "dobj")
        if obj is None or (obj.pos_ == "PRON" and obj.lower_ not in ("them", "him", "her")):
            continue
        obj = _partitive(_counted(obj))
        if source is not None and obj.i == source.i:
            continue
        if is_actor_like(state, obj, lex) or (obj.pos_ == "NOUN" and obj.lemma_.lower() in lex.w("person_nouns")):
            return obj
        hit = _target_from_noun(obj, state, lex) or (_thing_hit(obj, state, lex) if _is_thing(obj, lex) else None)
        if hit is not None:
            return hit
    return None


# A state one is put into or held in ("into custody", "under arrest", "in detention", "under
# investigation", "under sanctions", "under fire"): the types whose nominal event such a phrase
# tells, by preposition (an "in" phrase only for being held: "took part in the sanctions" is a deed).
_UNDERGONE = {"into": frozenset({"COERCE"}), "in": frozenset({"COERCE"}),
              "under": frozenset({"COERCE", "ACCUSE", "SANCTION", "ASSAULT", "THREATEN"})}


def _undergoer(noun: Token, etype: str) -> tuple[Token, Token | None] | None:
    """Who is put in or held in the state a nominal event names, and who puts them there: the
    passive subject and the agent ("was taken into custody by police"), the object and the
    subject ("Police took Lau into custody"), or the subject of "be", "remain", "come"
    ("is under investigation", "came under fire") with no doer in the clause."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or etype not in _UNDERGONE.get(prep.lower_, frozenset()):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if _is_passive(verb):
        held = _child(verb, "nsubjpass")
        agent = _child(verb, "agent")
        doer = _child(agent, "pobj") if agent is not None else None
        return (_resolve_relative(held), doer) if held is not None else None
    obj = _child(verb, "dobj")
    if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # not "spent nine months in detention"
        subj = _child(verb, "nsubj")
        return _resolve_relative(obj), (_resolve_relative(subj) if subj is not None else None)
    if verb.lemma_.lower() in ("be", "remain", "come", "stay", "fall", "go", "spend"):
        subj = _child(verb, "nsubj")
        return (_resolve_relative(subj), None) if subj is not None else None
    return None


def _modifiers_of(noun: Token) -> list[Token]:
    """The noun's children, and for a trigger that is itself a compound ("sanctions
    *resolutions*", "sanctions regime") its head's other modifiers: "the *United Nations*
    sanctions resolutions" are the UN's sanctions."""
    out = list(noun.children)
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        out += [c for c in noun.head.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")]
    return out


def _clause_verb(noun: Token) -> Token | None:
    """The verb a nominal event hangs from through prepositions and measure nouns ("three
    days *of* talks", "rounds *of* discussions", "concluded the first of two days *of* talks"),
    at most six steps up."""
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.pos_ not in ("ADP", "NOUN", "NUM") and not (node.pos_ == "ADJ" and node.dep_ in ("dobj", "pobj")):
            return None  # ... also "concluded *the first* of two days of talks"
    return None


def has_noun_arguments(trig: Trigger, state: DocState, lex: Lexicon) -> bool:
    """Whether a nominal trigger is an event here, not a mere reference ("the summit").

    GUIDE settled rules 4 and 5: a nominal event stated as fact is coded when its participants
    are identifiable in the phrase ("*her* recent trip to Moscow", "under *U.S.* sanctions",
    "*North Korea* talks", "a meeting *between* X and Y"), when a clause predicates it ("talks
    *continue*", "the summit *would take place* in February", "a working lunch *was
    cancelled*") or when it is dated ("*Wednesday's* dinner"); a bare definite reference
    ("the meeting with Kim", "the summit") points back to an event told elsewhere.
    """
    noun = trig.token
    if trig.light is None and (_time_anchor(noun, lex) or _copular_mention(noun) or _venue_reference(noun)):
        return False
    if trig.light is not None or _predicated(noun, lex) or _dated(noun) or _measured(noun, lex):
        return True
    if _child(noun, "poss") is not None:
        return True
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between" and _child(prep, "pobj") is not None:
            return True
    if _definite_reference(noun):
        return False
    if _actor_modifier(noun, state) is not None:
        return True  # "U.S. sanctions", "North Korea talks"
    if trig.entry.confidence < 0.6:
        return False  # weak nominal triggers ("negotiations", "dialogue") need more than "with X"
    for prep in noun.children:
        if prep.dep_ == "prep" and (prep.lower_ in lex.w("noun_target_preps") or prep.lower_ == "by"):
            pobj = _child(prep, "pobj")
            if pobj is not None and is_actor_like(state, pobj, lex):
                return True
    return False


def has_own_occasion(noun: Token, lex: Lexicon) -> bool:
    """A nominal event the clause predicates, dates or counts, though it names no participant:
    "talks continue", "after two days of talks", "the next meeting is planned for May"."""
    return noun.pos_ in ("NOUN", "PROPN") and (
        _predicated(noun, lex) or _dated(noun) or _measured(noun, lex) or _scheduled(noun, lex))


def occurs_unsided(noun: Token, lex: Lexicon) -> bool:
    """"Protests erupted in the capital", "demonstrations spread": the clause tells the event
    happened, with no participant named (coded with source and target null)."""
    if noun.pos_ not in ("NOUN", "PROPN") or not _predicated(noun, lex):
        return False
    # "said the protests *would* continue until the bill was scrapped": a warning, not a report
    return not _modal((event_measure(noun, lex) or noun).head, lex)


def _modal(verb: Token, lex: Lexicon) -> bool:
    """Whether a hypothetical modal governs ``verb`` ("would continue", "could resume")."""
    return any(c.dep_ == "aux" and c.lower_ in lex.w("hypothetical.modals") for c in verb.children)


def _scheduled(noun: Token, lex: Lexicon) -> bool:
    """"the next meeting is planned for May", "talks were held on Thursday": an agentless passive
    light verb with its own date."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.pos_ != "VERB" or _child(verb, "agent") is not None:
        return False
    if verb.lemma_.lower() not in lex.w("light_verbs"):
        return False
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def _time_anchor(noun: Token, lex: Lexicon) -> bool:
    """"since the Hanoi summit in February", "before the leaders' meeting": a known event used
    to tell the time of another is no new event (an indefinite one, "after talks in Pyongyang
    with Kim", still is)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in lex.w("time_anchor_preps"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "that", "this")) for c in noun.children)


def _venue_reference(noun: Token) -> bool:
    """"the Hanoi summit", "the Singapore summit in June": an event named by its venue is one
    the story already told."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    kb = load_actor_knowledge()
    for c in noun.children:
        if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = _entity_of(c)
            name = (ent.text if ent is not None else c.text).lower()
            if name not in kb.country_by_name:
                return True
    return False


def _copular_mention(noun: Token) -> bool:
    """"It was Kim's fourth trip to China": the expletive copula describes, it does not report."""
    head = noun.head
    return noun.dep_ == "attr" and head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in head.children)


def event_measure(noun: Token, lex: Lexicon) -> Token | None:
    """The measure noun a nominal event is counted in: "two *days* of talks", "the next *round*
    of talks", "*weeks* of protests"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN":
        return None
    return head.head if head.head.lemma_.lower() in lex.w("event_measures") else None


def _measured(noun: Token, lex: Lexicon) -> bool:
    """"after two days of talks", "a new round of talks", "months of indirect talks": a measured,
    indefinite stretch of the event is one occasion told as fact ("the round of talks" is not)."""
    measure = event_measure(noun, lex)
    if measure is None:
        return False
    dets = [c for c in measure.children if c.dep_ in ("det", "poss")]
    if any(c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss" for c in dets):
        return False
    if not (dets or measure.tag_ == "NNS" or any(c.dep_ == "nummod" for c in measure.children)):
        return False
    # told as fact: "would soon demand a new round of talks" asks for one, none took place
    verb = _clause_verb(noun)
    return verb is None or not _modal(verb, lex)


def _predicated(noun: Token, lex: Lexicon) -> bool:
    """"substantive talks *continue*", "negotiations *will start* again", "the lunch *was cancelled*",
    "protests *erupted*", "the next round of talks *is due to open*"."""
    return occurrence_verb(noun, lex) is not None


def occurrence_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb that predicates a nominal event as happening (see :func:`_predicated`)."""
    subj = event_measure(noun, lex) or noun
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subj.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in lex.w("occurrence_predicates"):
        return verb
    # "is due to open", "are expected to resume", "is set to begin"
    for c in verb.children:
        frame = c if c.dep_ == "acomp" and c.lower_ in lex.w("scheduling_words") else verb
        if frame is verb and verb.lower_ not in lex.w("scheduling_words"):
            continue
        for x in frame.children:
            if x.dep_ == "xcomp" and x.pos_ == "VERB" and x.lemma_.lower() in lex.w("occurrence_predicates"):
                return x
    return None


def _dated(noun: Token) -> bool:
    """"Wednesday's dinner", "the summit in June", "talks on Thursday": a date makes it one occasion."""
    for c in noun.children:
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("poss", "compound", "npadvmod"):
            return True
        if c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj"):
            return True
    return False


def _actor_modifier(noun: Token, state: DocState) -> Token | None:
    """A country or organisation named as a modifier: "*U.S.* sanctions", "*North Korea* talks",
    also of the noun a trigger modifies ("*United Nations* sanctions resolutions")."""
    kb = load_actor_knowledge()
    for c in _modifiers_of(noun):
        if c.dep_ not in ("compound", "amod", "nmod"):
            continue
        ent = _entity_of(c) if c.ent_type_ == "GPE" else None
        if ent is not None and (kb.country_by_capital.get(ent.text.lower()) or kb.country_by_city.get(ent.text.lower())) \
                and _country_of_name(kb, ent.text) in (None, kb.country_by_capital.get(ent.text.lower())) \
                and kb.country_by_name.get(ent.text.lower()) is None:
            continue  # a city names where: "the *Vienna* talks", "the Hanoi summit"
        if actor_at(state, c.idx, c.idx + len(c.text)) is not None or c.ent_type_ in ("ORG", "NORP"):
            return c
        if ent is not None and _country_of_name(load_actor_knowledge(), ent.text) is not None \
                and load_actor_knowledge().country_by_capital.get(ent.text.lower()) is None:
            return c  # "U.S. sanctions", "North Korea talks" — not the venue ("the Hanoi summit")
    return None


def _definite_reference(noun: Token) -> bool:
    """"the talks with Washington", "the summit": a definite noun without its own date or
    pair of participants refers back to an event told elsewhere; it is not a new one."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "those", "these", "this") for c in noun.children):
        return False
    for t in noun.subtree:
        if t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "prep" and t.lower_ == "between" and t.head.i == noun.i):
            return False
    return True


def _named_member(tok: Token | None, state: DocState, lex: Lexicon) -> Token | None:
    """"all countries, including China", "several clubs, among them Real Sociedad": a plural
    common noun that names its members by "including" or "among them" stands for them (the
    first; its conjuncts make one event each)."""
    if tok is None or tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.ent_type_:
        return tok
    if tok.lemma_.lower() in lex.w("representative_nouns"):
        # "the leaders of Egypt, Qatar and Turkey", "the foreign ministers of Congo and Rwanda",
        # "met officials from Germany and France", "meeting officials in Russia and China": those
        # who speak for named states stand for them (one event each, by the conjuncts)
        for c in tok.children:
            member = _child(c, "pobj") if c.dep_ == "prep" and c.lower_ in ("of", "from", "in") else None
            if member is not None and member.ent_type_ in ("GPE", "ORG", "NORP") and member.conjuncts \
                    and is_actor_like(state, member, lex):
                return member
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("including", "among"):
            member = _child(c, "pobj")
            if member is not None and member.lower_ == "them":
                member = next((g for g in member.children if g.dep_ in ("appos", "conj")), None)
            if member is not None and member.pos_ == "PROPN" and is_actor_like(state, member, lex):
                return member
    return tok


# Nouns for an act and the verb that tells it: "condemned *the attack*" ↔ "militants attacked".
_ACT_NOUNS = {"ruling": "rule", "killing": "kill", "killings": "kill", "detention": "detain", "expulsion": "expel",
              "deportation": "deport", "seizure": "seize", "invasion": "invade", "annexation": "annex",
              "closure": "close", "suspension": "suspend", "withdrawal": "withdraw", "execution": "execute",
              "conviction": "convict", "shelling": "shell", "bombing": "bomb", "imposition": "impose",
              "arrests": "arrest", "sanctions": "sanction", "tariffs": "tariff",
              "strikes": "strike", "attacks": "attack", "raids": "raid", "fines": "fine", "bans": "ban",
              "sentencing": "sentence", "verdict": "sentence", "nationalisation": "nationalise",
              "nationalization": "nationalize", "blockade": "blockade", "crackdown": "crack"}
_REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "PROTEST"})


def _act_lemma(tok: Token) -> str:
    low = tok.lower_
    return _ACT_NOUNS.get(low) or _ACT_NOUNS.get(tok.lemma_.lower()) or tok.lemma_.lower()


def _verb_forms(tok: Token) -> set[str]:
    """A verb's lemma and its regular stems ("fined" → fine, spaCy's lemma being "fin")."""
    low = tok.lower_
    forms = {_act_lemma(tok), low}
    if low.endswith("ed"):
        forms |= {low[:-1], low[:-2]}
    if low.endswith("s"):
        forms.add(low[:-1])
    return forms


def acts_told(trig: Trigger) -> frozenset[str]:
    """The words an event is told by, as verbs: its trigger, its light verb's object ("imposed
    *sanctions*", "carried out *strikes*") and the events it absorbs."""
    words = _verb_forms(trig.token)
    if trig.type not in _REACTION_TYPES:  # (what a reaction is to is no act of its own)
        words |= {_act_lemma(c) for c in trig.token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    for a in trig.absorbed:
        words |= _verb_forms(a.token)
    return frozenset(words)


def reacted_act(trig: Trigger) -> str | None:
    """The act a reaction names by a definite noun: "condemned *the attack*", "welcomed the fine",
    "criticised Monday's arrests" — as the verb that would tell it ("attack", "fine", "arrest")."""
    if trig.type not in _REACTION_TYPES or trig.entry.pos != "verb":
        return None
    obj = _child(trig.token, "dobj")
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ not in ("", "DATE") \
            or obj.lemma_.lower() in (trig.entry.objects or ()):
        return None  # ("filed the complaint": its own instrument, no reaction)
    definite = any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
                   or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")) for c in obj.children)
    return _act_lemma(obj) if definite else None


def _past_dateline(state: DocState, tok: Token | None) -> Token | None:
    """"ISLAMABAD (AP) — *Pakistan* and Afghanistan's Taliban government agreed": the parse makes
    the dateline's city the subject and the body's subject its conjunct or apposition; the first
    of those past the dateline is the argument (none: the dateline takes part in nothing)."""
    if tok is None:
        return None
    end = state.scratch.get("events.dateline_end")
    if end is None:
        end = dateline_end(state.article.text) if state.article is not None else 0
        state.scratch["events.dateline_end"] = end
    if not end or tok.idx >= end:
        return tok
    return next((c for c in tok.children if c.dep_ in ("conj", "appos") and c.idx >= end), None)


def _name_start(tok: Token) -> int:
    """Where the name ``tok`` heads begins: its run of compound parts ("Hakan *Fidan*" → Hakan)."""
    start = tok.i
    for c in sorted((c for c in tok.children if c.i < tok.i), key=lambda c: -c.i):
        if c.dep_ not in ("compound", "flat") or c.pos_ != "PROPN" or c.i != start - 1:
            break
        start = c.i
    return start


def _title_before(first: Token, name: Token) -> bool:
    """``first`` carries an "and" and, as its conjunct, a bare title or role noun that stands
    right before ``name`` ("Lavrov *and his Turkish counterpart* Hakan Fidan")."""
    start = _name_start(name)
    return any(c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < start for c in first.children) \
        and any(c.dep_ == "conj" and not c.ent_type_ and c.right_edge.i + 1 == start for c in first.children)


def _misparsed_first(tok: Token) -> Token | None:
    """The first-named of "*X* and [title] Y" that the parse hung inside Y's phrase: "Tillerson and
    Chinese Foreign Minister Wang Yi held talks" makes Tillerson a modifier of "Yi" (with the title
    as its conjunct); "Lavrov and his Turkish counterpart Hakan Fidan held talks" gives the verb two
    subjects, Lavrov with the title "counterpart" as his conjunct. Either way X is a participant
    named before Y. (Coordinated modifiers of a common noun, "U.S. and U.N. sanctions", "Thai and
    Cambodian forces", are no such thing: Y must be a name.)"""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and _title_before(c, tok):
            return c
    if tok.dep_ in ("nsubj", "nsubjpass"):
        for c in tok.head.children:
            if c.i < tok.i and c.dep_ == tok.dep_ and c.pos_ in ("PROPN", "NOUN") and _title_before(c, tok):
                return c
    return None


def _trailing_speaker(c: Token) -> bool:
    """"deployed troops to the border with Afghanistan, *army spokesman Babar Iftikhar* said": the
    speaker of a reporting clause set after the report, which the parse made a conjunct of the last
    noun before the comma (the speech verb then has no subject of its own)."""
    after = c.right_edge.i + 1
    if after >= len(c.doc) or c.left_edge.i == 0 or c.doc[c.left_edge.i - 1].text != ",":
        return False
    verb = c.doc[after]
    return verb.lemma_.lower() in ("say", "tell", "add", "report", "confirm", "announce", "state") \
        and verb.pos_ == "VERB" and not any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children)


def _later_conjuncts(tok: Token) -> list[Token]:
    """The conjuncts after ``tok``, less a title the parse split off the name it belongs to
    ("accused Tillerson and *Chinese Foreign Minister* Wang Yi": "Minister" and "Yi" both come out
    as conjuncts; the title, with nothing between it and the name, is no one of its own)."""
    later = sorted((c for c in tok.conjuncts if c.i > tok.i and not _trailing_speaker(c)), key=lambda c: c.i)
    kept = []
    for k, c in enumerate(later):
        nxt = later[k + 1] if k + 1 < len(later) else None
        if nxt is not None and c.ent_type_ not in ("PERSON", "GPE", "NORP") \
                and c.right_edge.i + 1 == nxt.left_edge.i \
                and not any(t.dep_ in ("cc", "punct") for t in c.doc[c.i + 1:nxt.i]):
            continue
        kept.append(c)
    return kept


def _repeated_preposition(tok: Token) -> list[Token]:
    """Objects of the same preposition said again for more parties: "consultations with three
    European countries, *as well as with Russia and China*", "talks with France and with Russia"
    (spaCy hangs the second "with" beside the first, or as its conjunct)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in ("prep", "conj"):
        return []
    found: list[Token] = []
    # ... or as a conjunct of the verb the event noun is the object of ("held talks with France and
    # with Russia")
    verb_level = [c for c in prep.head.head.children if c.dep_ == "conj" and c.pos_ == "ADP"] \
        if prep.head.dep_ == "dobj" else []
    for again in list(prep.conjuncts) + [c for c in prep.head.children if c.dep_ == "prep"] + verb_level:
        if again.i <= prep.i or again.lower_ != prep.lower_ or (again.dep_ != "conj" and not any(
                c.dep_ == "cc" and prep.i < c.i < again.i for c in prep.children)):
            continue
        obj = _child(again, "pobj")
        if obj is None:
            # "and with Ukraine's Foreign Minister Andrii Sybiha": spaCy may take the name for a clause
            obj = next((c for c in again.children if c.dep_ == "pcomp" and c.pos_ == "PROPN"), None)
        if obj is not None:
            found += [obj, *_later_conjuncts(obj)]
    return found


def _same_token(a: Token | None, b: Token) -> bool:
    return a is not None and a.i == b.i


def _partners(tok: Token) -> list[Token]:
    """The participants named after ``tok`` in one coordination: its later conjuncts, or, when
    ``tok`` is the misparsed first of "X and [title] Y", Y and Y's conjuncts."""
    if tok.dep_ in ("nmod", "compound") and _same_token(_misparsed_first(tok.head), tok):
        return [tok.head, *_later_conjuncts(tok.head)]
    for c in tok.head.children if tok.dep_ in ("nsubj", "nsubjpass") else ():
        if c.i > tok.i and c.dep_ == tok.dep_ and _same_token(_misparsed_first(c), tok):
            return [c, *_later_conjuncts(c)]
    return _later_conjuncts(tok)


def arguments(trig: Trigger, state: DocState, lex: Lexicon) -> list[tuple[Token | None, Token | None]]:
    """(source, target) pairs: one per coordinated participant ("accused X and Y")."""
    if trig.entry.pos in ("verb", "adj"):
        # "Sweden stood *ready* to help": an adjective of intent takes its clause's subject
        source, target = verb_arguments(trig, state, lex)
    else:
        source, target = noun_arguments(trig, state, lex)
    source, target = _past_dateline(state, source), _past_dateline(state, target)
    source, target = _named_member(source, state, lex), _named_member(target, state, lex)
    first = _misparsed_first(source) if source is not None else None
    if first is not None and source is not None and (target is None or target.i not in (first.i, source.i)):
        source = first  # "Tillerson and Chinese Foreign Minister Wang Yi held talks": Tillerson first
    other_side: Token | None = None
    if target is None:
        # "refused to meet Pompeo", "urged talks with Seoul": the absorbed event names it
        for child in trig.absorbed:
            inner = arguments(child, state, lex)[0]
            # ... but not the source's own partner in "X and Y backed the mediation"
            if inner[1] is not None and (source is None or (inner[1].i != source.i
                                                            and inner[1] not in source.conjuncts)):
                target = inner[1]
                between = trig.entry.mode == "third-party" or (
                    inner[0] is not None and inner[0].dep_ == "pobj" and inner[0].head.lower_ == "between")
                if between and inner[0] is not None and inner[0].i != inner[1].i \
                        and (source is None or (inner[0].i != source.i and inner[0] not in source.conjuncts)):
                    # "Qatar mediated talks between Hamas and Israel", "Cairo would host talks
                    # between Israel and Hamas", "urged talks between Kyiv and Moscow": the third
                    # party acts on both sides of the talks, one event each (GUIDE round 9)
                    target, other_side = inner[0], inner[1]
                break
    if target is None and trig.type == "ASSAULT" and trig.entry.pos == "verb":
        target = _struck_at(trig.token, state, lex)  # "shelled villages in the Kharkiv region"
    if source is None:
        # "20 people were killed when militants attacked a market", "killed in an attack by
        # Islamist militants": the act of the same kind it absorbs names the doer
        for child in trig.absorbed:
            if child.type != trig.type:
                continue
            doer = arguments(child, state, lex)[0][0]
            if doer is not None and (target is None or (doer.i != target.i and doer not in target.conjuncts)):
                source = doer
                break
    if source is None and trig.entry.pos == "noun" and trig.type in _SYMMETRIC \
            and (target is None or target.head.i == trig.token.i):
        paired = _paired_nationalities(trig.token)
        if paired is not None:
            return [paired]  # "the Iran-US talks", "U.S.-China trade talks": the two named
    reciprocal = trig.entry.pos == "verb" and target is None and trig.token.lemma_.lower() in _RECIPROCAL
    # (not the "by" objects of a passive done to someone: "Modi was received by Biden and his wife"
    # is each of them receiving Modi)
    done_to = target is not None and trig.entry.pos == "verb" and _is_passive(trig.token)
    # ... nor "Pompeo and Bolton met *(with) Kim*": a partner named as the object is met by each
    partner = target
    if partner is not None and partner.dep_ == "pobj" and partner.head.lower_ == "of" and partner.head.head.dep_ in ("pobj", "dobj"):
        partner = partner.head.head  # "met with *much of* the Senate", "met two of the envoys"
    met_with = partner is not None and ((partner.dep_ == "pobj" and partner.head.lower_ == "with"
                                         and partner.head.head.i == trig.token.i)
                                        or (partner.dep_ == "dobj" and partner.head.i == trig.token.i))
    if source is not None and (trig.type in _SYMMETRIC or reciprocal) and trig.entry.mode != "third-party" \
            and (target is None or (trig.type == "CONSULT" and not met_with) or trig.entry.joint) and not done_to:
        # (not co-mediators: "talks mediated by Qatar, Egypt and the United States" are no
        # talks between Qatar and Egypt, each mediates)
        conj = _partners(source)
        if conj:
            return [(source, conj[0])]  # "Trump and Kim met": Trump → Kim
        paired = _paired_nationalities(source) if (target is None or trig.entry.joint) and source.pos_ == "NOUN" else None
        if paired is not None:
            return [paired]  # "U.S. and Chinese officials met": the United States → China
    # ... and one coordinated with the source is someone too, unless a singular thing ("greeted by
    # senior officials *and a line of children*"; "he and a few dozen colleagues" are people)
    sources = [source] + ([c for c in _partners(source) if c.tag_ == "NNS" or not _is_thing(c, lex)]
                          if source is not None else [])
    # a conjunct of a participant is one when it names someone ("demanded the resignation of X
    # *and an extraordinary assembly*": the assembly is asked for, not asked)
    targets = [target] + ([c for c in _partners(target) if not _is_thing(c, lex)] if target is not None else [])
    if target is not None:
        targets += [c for c in _repeated_preposition(target) if not _is_thing(c, lex) and c not in targets]
    if other_side is not None and other_side not in targets:
        targets.append(other_side)
    if target is not None and len(targets) == 1 and target.pos_ == "NOUN":
        # "spoke with his *Pakistani and Afghan* counterparts", "sanctions on Russian and Iranian
        # firms": one noun shared by two nationalities is two targets (GUIDE rule 9)
        paired = _paired_nationalities(target)
        if paired is not None and (source is None or source.i not in (paired[0].i, paired[1].i)):
            target, targets = paired[0], list(paired)
    pairs = [(source, target)]
    for s in sources[:3]:
        for t in targets[:3]:
            if (s, t) != (source, target) and (s is None or t is None or (s.i != t.i and t not in s.conjuncts)):
                pairs.append((s, t))
    return pairs

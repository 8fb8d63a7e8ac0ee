"""Finding the words that make an event: verb and noun triggers from the PLOVER lexicon.

A trigger is a token whose lemma is in ``plover.yaml`` and whose constraints hold
("impose" counts only with "sanctions"/"tariffs"..., "talk" only with "with"/"to").
Nominal triggers ("summit", "visit", "sanctions") are events only when something makes
them one: a light verb ("held talks"), a possessor ("Pompeo's visit") or a participant
("the summit between X and Y"); a bare "the summit" is a reference, not a new event.

One construction makes one event: a trigger governed by another trigger ("declined to
meet", "invitation to meet", "met ... to discuss") is *absorbed* into its governor, which
may take its mode from it (a refused meeting is REJECT with mode ``meet``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from storyline.knowledge.loader import load_actor_knowledge
from storyline.nlp.events.knowledge import Lexicon, TriggerEntry
from storyline.nlp.lookup import span_tokens

# Entity types that make a noun part of a name rather than an event word
# ("the Stimson Center", "Trump Tower").
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "WORK_OF_ART", "LAW", "PRODUCT", "NORP"})
# Dependency labels a trigger may hang from when it is absorbed into a governing trigger.
_ABSORB_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "advcl",
                          "nsubjpass", "attr", "oprd", "compound", "nmod", "dative", "conj", "advmod", "prt"})
_PREP_DEPS = frozenset({"prep", "prt", "advmod", "agent", "dative"})
_RELATIVE = frozenset({"which", "that", "who", "whom"})
# Subordinators of a clause that tells its own event, not a complement ("a day *after* X withdrew").
_TEMPORAL_MARKS = frozenset({"after", "before", "since", "because", "when", "while", "whereas", "although",
                             "though", "once", "until", "as"})
# Prepositions that set a nominal event as the circumstance of another, not its content.
_CIRCUMSTANCE_PREPS = frozenset({"during", "at", "after", "before", "since", "ahead", "following"})
_ACTOR_OBJECT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
_PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
# The pseudo-word a `subjects` list names to accept any named person, organisation or country as the doer.
ACTOR_DOER = "@actor"
# Holders of an office, whose of-phrase names the body they lead ("the president *of the federation*").
_OFFICE_HEADS = frozenset({"president", "chairman", "chairwoman", "chair", "head", "chief", "director", "secretary",
                           "minister", "governor", "commander", "official", "ambassador", "envoy", "spokesman"})
# The pseudo-lemma an `objects` list names to accept any person as the object ("freed *Ndongo*").
PERSON_OBJECT = "@person"
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "dative", "attr"})
# Heads of an amount whose "of" object names who acts ("thousands of workers", "a group of soldiers").
_QUANTITY_HEADS = frozenset({"thousand", "hundred", "dozen", "million", "score", "group", "crowd", "number",
                             "lot", "band", "busload", "column", "unit", "team", "batch", "contingent"})


@dataclass
class Trigger:
    """A matched trigger, before its arguments are known."""

    token: Token
    entry: TriggerEntry
    light: Token | None = None  # the light verb of a nominal event ("held" talks)
    absorbed: list[Trigger] = field(default_factory=list)
    parent: Trigger | None = None
    called: bool = False  # a protest told by the call for it ("called for a general strike"): still to come

    @property
    def type(self) -> str:
        return self.entry.type

    @property
    def clause(self) -> Token:
        """The token whose clause carries tense, negation and modality for this event."""
        return self.light if self.light is not None else self.token


def _a_person(tok: Token, lex: Lexicon) -> bool:
    """A named person, a personal pronoun or a word for people ("freed *Ndongo*", "beat *them*")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in _PERSONAL_PRONOUNS or tok.lemma_.lower() in lex.w("person_nouns")


def _prep_objects(tok: Token, prep_word: str) -> set[str]:
    """The lemmas of the objects of ``tok``'s preposition ``prep_word`` ("with missiles"), and what
    an amount there is of ("with 100 million yuan *in* humanitarian *assistance*")."""
    pobjs = [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == prep_word
             for p in prep.children if p.dep_ == "pobj"]
    return {p.lemma_.lower() for p in pobjs} | {
        g.lemma_.lower() for p in pobjs if p.ent_type_ == "MONEY" for q in p.children
        if q.dep_ == "prep" and q.lower_ == "in" for g in q.children if g.dep_ == "pobj"}


def _object_lemmas(tok: Token, lex: Lexicon | None = None) -> set[str]:
    """The lemmas of what ``tok`` acts on, with ``@person`` when that is a person (with ``lex``)."""
    out: set[str] = set()
    objects: list[Token] = []
    for c in (*tok.children, *_shared_patient(tok)):
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            if c.lower_ in _RELATIVE and tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
                # "sanctions, which will be maintained", "an accord *that* the ministers signed"
                # (spaCy: acl): the antecedent is the object
                c = tok.head
            out.update({c.lemma_.lower(), c.lower_})
            if c.ent_type_ == "MONEY":  # "pledged $9bn", "gave £10m": an amount is money, however written
                out.add("money")
            objects.append(c)
            # "sent doctors, nurses and *rescue teams*", "medical squads, search and rescue teams"
            # (spaCy may hang the list on an apposition): every listed thing, with its modifiers
            listed = [*c.conjuncts, *(a for g in c.children if g.dep_ == "appos" for a in (g, *g.conjuncts))]
            for cc in listed:
                out.update({cc.lemma_.lower(), cc.lower_})
                objects.append(cc)
            for n in (c, *listed):
                # "missile launch", "nuclear test": the compound can carry the meaning too
                out.update(g.lemma_.lower() for g in n.children if g.dep_ in ("compound", "nummod"))
                # "search and *rescue* teams": a coordinated modifier
                out.update(k.lemma_.lower() for g in n.children if g.dep_ in ("compound", "nmod") for k in g.conjuncts)
                # "declared *martial law*": an adjective and its noun listed as one object, so the
                # entry need not accept every "law"
                out.update(f"{g.lemma_.lower()} {n.lemma_.lower()}" for g in n.children if g.dep_ in ("amod", "compound"))
                if lex is not None:
                    out |= _carried(n, lex)
            # "a barrage of projectiles", "a pair of missiles": the of-object is what was fired;
            # "143 tons of *relief* material": with its own compound; not "the president *of the
            # federation*" (a person of a body is the person)
            of_person = lex is not None and (c.lemma_.lower() in lex.w("person_nouns") or c.lemma_.lower() in _OFFICE_HEADS)
            # "ordered a partial withdrawal *of Russian troops*": the of-phrase of a withdrawal or a release
            # is what that act moves back or frees, not what the verb acts on (the noun is the event)
            undone = lex is not None and c.pos_ == "NOUN" and any(
                n.type in ("RETREAT", "CONCEDE") for n in lex.nouns.get(c.lemma_.lower(), ()))
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ == "of" and not undone:
                    # ... nor "residents *of the town*": where the people are from
                    # "50 tonnes of rice *and medicine*": every listed thing
                    pobjs = [a for p in prep.children if p.dep_ == "pobj" for a in (p, *p.conjuncts)]
                    counted = [p for p in pobjs if not (of_person and lex is not None and (
                        p.ent_type_ in _ACTOR_OBJECT_ENTS or p.lemma_.lower() in lex.w("actor_nouns") or _a_place(p, lex)))]
                    # (with the surface form, as for the object itself: spaCy lemmatises "doses" as "dos")
                    out.update(w for p in counted for w in (p.lemma_.lower(), p.lower_))
                    out.update(g.lemma_.lower() for p in counted for g in p.children if g.dep_ == "compound")
                    if lex is None or c.lemma_.lower() not in lex.w("place_nouns"):
                        # "captured the town *of Kabo*": the of-phrase of a place names it, even
                        # when spaCy takes the name for a person's
                        objects.extend(counted)
                if prep.dep_ == "prep" and prep.lower_ == "in" and lex is not None and (
                        c.ent_type_ == "MONEY" or c.lemma_.lower() in lex.w("amount_nouns")):
                    # "granted 2 billion euros *in aid*", "$5 million in loans": what the amount is of
                    out.update(p.lemma_.lower() for p in prep.children if p.dep_ == "pobj")
        if c.dep_ == "ccomp" and c.tag_ == "VB":
            # "allow *inspectors* to return": spaCy may make the object the infinitive's subject;
            # "allow a team *of observers* to monitor": what the amount counts
            subjects = [g for g in c.children if g.dep_ == "nsubj"]
            out.update(g.lemma_.lower() for g in subjects)
            out.update(p.lemma_.lower() for g in subjects if g.lemma_.lower() in _QUANTITY_HEADS
                       for q in g.children if q.dep_ == "prep" and q.lower_ == "of" for p in q.children if p.dep_ == "pobj")
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            # "stopped making, testing and using nuclear weapons": the activities stopped
            for g in (c, *c.conjuncts):
                out.update({g.lemma_.lower(), g.lower_})
    if any(c.dep_ == "dobj" and c.ent_type_ in _ACTOR_OBJECT_ENTS for c in tok.children):
        out |= _prep_objects(tok, "with")  # "supplied *Ukraine* with missiles", "hit Canada with tariffs"
    if any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in tok.children):
        out |= _prep_objects(tok, "in")  # "pledged 35 million dollars *in* cyclone recovery *aid*" (hung on the verb)
    if tok.dep_ == "amod" and tok.tag_ == "VBD" and tok.head.pos_ == "NOUN":
        # "India and Pakistan *massed* troops", "test-*fired* two missiles": a finite verb spaCy
        # took for a modifier of its object
        out.update({tok.head.lemma_.lower(), tok.head.lower_})
        objects.append(tok.head)
    if (tok.dep_ == "relcl" or (tok.dep_ == "acl" and (tok.tag_ == "VBN" or any(c.dep_ == "nsubj" for c in tok.children)))) \
            and tok.head.pos_ == "NOUN" and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in tok.children):
        # "a decision it has also *appealed*", "a penalty the company is still *contesting*"
        out.update({tok.head.lemma_.lower(), tok.head.lower_})
        objects.append(tok.head)
    if lex is not None and not any(c.dep_ in ("acomp", "oprd", "xcomp", "ccomp") for c in tok.children) \
            and any(_a_person(o, lex) for o in objects):
        # "Ndongo was *freed*", "*beat* several of them", not "held him *responsible*"
        out.add(PERSON_OBJECT)
    return out


def _shared_patient(tok: Token) -> tuple[Token, ...]:
    """The subject a passive verb with none of its own shares with the passive clause it is joined to:
    "was briefly detained by police and *released* two hours later", "were detained and questioned
    before *being released* without charge" (one person undergoes both)."""
    if tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return ()
    if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.head.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        verb = tok.head  # (spaCy may tag the shared participle as a past: "was detained and *released*")
    elif tok.tag_ == "VBN" and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("before", "after") \
            and any(c.dep_ == "auxpass" for c in tok.children):
        verb = tok.head.head
    else:
        return ()
    for _ in range(3):
        if verb.pos_ != "VERB":
            return ()
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is not None:
            return (patient,)
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
            return ()
        verb = verb.head  # "were detained and questioned ... before being released": the first conjunct's
    return ()


def _carried(n: Token, lex: Lexicon) -> set[str]:
    """"delivered *a convoy carrying medical supplies*", "sent a ship loaded with wheat": what the
    vehicle carries is what is sent (with the amount's of-object: "trucks carrying 750 tonnes of food")."""
    out: set[str] = set()
    for g in n.children:
        if g.dep_ != "acl" or g.lemma_.lower() not in lex.w("carrying_verbs"):
            continue
        things = [d for d in g.children if d.dep_ == "dobj"] + [
            p for prep in g.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"]
        for d in [a for t in things for a in (t, *t.conjuncts)]:
            out.add(d.lemma_.lower())
            out.update(p.lemma_.lower() for prep in d.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj")
    return out


def _has_object(tok: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)


def _infinitive_advcl(c: Token) -> bool:
    """"offered *on Wednesday* to mediate": with a phrase between, spaCy may hang the
    to-infinitive complement as an adverbial clause; one with no subject or subordinator of its
    own is still the complement ("travelled to Hanoi to meet" has no complement-taking verb)."""
    return c.dep_ == "advcl" and c.tag_ == "VB" and c.i > c.head.i \
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) \
        and not any(g.dep_ in ("nsubj", "mark") for g in c.children)


def _has_xcomp(tok: Token) -> bool:
    # "offered to", "wanted the sanctions *lifted*" (a small clause with its own subject)
    return any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and c.tag_ == "VB")
               or (c.dep_ == "ccomp" and c.tag_ == "VBN" and any(g.dep_ == "nsubj" for g in c.children))
               or _infinitive_advcl(c)
               for c in tok.children)


def _preps(tok: Token) -> set[str]:
    """Prepositions and particles of ``tok``, except those heading a date ("fired *on* Saturday")."""
    out = set()
    for c in tok.children:
        if c.dep_ not in _PREP_DEPS or c.i < tok.i:
            continue  # a fronted phrase ("*On* the flight home, Trump called Moon") is no particle
        if any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children):
            continue
        out.add(c.lower_)
    return out


def _modifiers(tok: Token) -> set[str]:
    """Words that say what a nominal event is about: "*missile* test", "withdrawal *of troops*"."""
    out = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")} | {
        c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
    }
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                if p.dep_ == "pobj":
                    out.add(p.lemma_.lower())
                    out.update(g.lemma_.lower() for g in p.children if g.dep_ in ("compound", "amod"))
        if prep.dep_ == "prep" and prep.lower_ == "on":
            # "a ban *on imports*", "restrictions *on travel*": what the measure is on
            out.update(p.lemma_.lower() for p in prep.children if p.dep_ == "pobj")
    return out


def _actor_object(tok: Token, e: TriggerEntry) -> bool:
    """"called Moon from Air Force One" (a person called), "calling Bolton *a war monger*"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and not e.oprd:
        # "Trump called Moon from Air Force One": spaCy may take the lone name for a predicate
        oprds = [c for c in tok.children if c.dep_ == "oprd"]
        if len(oprds) == 1 and oprds[0].ent_type_ == "PERSON":
            return not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    if obj is None or not (obj.ent_type_ in _ACTOR_OBJECT_ENTS or obj.lower_ in _OBJECT_PRONOUNS):
        return False
    has_oprd = any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
    if e.oprd:
        return has_oprd
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
           for c in tok.children):
        return False  # "Canada joined the United States *in imposing* sanctions": the deed done together is the event
    return not has_oprd and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in tok.children)


def _is_bare(tok: Token) -> bool:
    """"and he had refused": no object, complement or argument-taking preposition."""
    if any(c.dep_ in _COMPLEMENT_DEPS for c in tok.children):
        return False
    return not (_preps(tok) - {"so", "again", "then", "also", "later", "now", "still", "outright", "flatly"})


def _a_place(tok: Token, lex: Lexicon) -> bool:
    """A town, region or site: a place entity, a place noun, or a city of the bundled table
    (spaCy takes "Goma" for a person)."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in lex.w("place_nouns"):
        return True
    return tok.pos_ == "PROPN" and tok.lower_ in load_actor_knowledge().country_by_city


def _doer(tok: Token) -> Token | None:
    """Who does ``tok``: its subject, the "by" object of a passive, else its governor's subject
    ("the court *suspended* the law and *ordered* ...", "the judge refused to *block* it")."""
    node = tok
    for _ in range(3):
        for c in node.children:
            if c.dep_ == "nsubj":
                return c
            if c.dep_ == "agent":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _doer_is(tok: Token, words: frozenset[str]) -> bool:
    doer = _doer(tok)
    if doer is not None and doer.lower_ in _RELATIVE and tok.dep_ == "relcl":
        doer = tok.head  # "a missile *that* struck the hospital"
    if doer is None:
        return False
    if ACTOR_DOER in words and (doer.ent_type_ in _ACTOR_OBJECT_ENTS or doer.lower_ in _PERSONAL_PRONOUNS
                                or doer.lower_ == "it"):
        return True  # "*Bolivia* had turned to Russia"
    # "*rescue* teams", "a *medical* team", "a U.N. *disaster* assessment team": the words that say
    # what kind of doer it is
    names = {doer.lower_, doer.lemma_.lower()} | {c.lower_ for c in doer.children if c.dep_ in ("compound", "amod")} \
        | {g.lower_ for c in doer.children if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")}
    amount = doer
    for _ in range(2):  # "*hundreds of thousands of workers* walked off the job": who the amount counts
        if not (amount.pos_ == "NUM" or amount.lemma_.lower() in _QUANTITY_HEADS):
            break
        counted = [p for c in amount.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        if not counted:
            break
        amount = counted[0]
        names |= {amount.lower_, amount.lemma_.lower()}
    return bool(names & words)


def on_condition(clause: Token) -> bool:
    """Whether the clause has an if/unless clause of its own ("he would meet him *if Kim saw the
    message*")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in clause.children)


def _conditional(tok: Token) -> bool:
    """A future act on a condition: "would *respond* if attacked", "will *review* its aid unless"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children) \
        and on_condition(tok)


# Modals of an act that may still come (a hostile act someone could do is a threat: GUIDE round 10).
_POSSIBLE_MODALS = frozenset({"could", "might", "may"})


def _to_come(tok: Token, lex: Lexicon) -> bool:
    """An act still to come, not denied: "China *would retaliate*", "could hit back", "is preparing to
    retaliate" (a governor of intent); not "would not retaliate", "retaliated on Friday"."""
    children = list(tok.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in lex.w("hypothetical.future_modals") | _POSSIBLE_MODALS for c in children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex.w("hypothetical.future_governors") \
        and not any(c.dep_ == "neg" for c in tok.head.children)


def _hostile_word(tok: Token, lex: Lexicon) -> bool:
    """A word of force or reprisal ("measures", "force") or a hostile event noun ("tariffs", "sanctions")."""
    lemma = tok.lemma_.lower()
    return lemma in lex.w("threat_words") or any(e.type in lex.w("considered_hostile") for e in lex.nouns.get(lemma, ()))


def _verb_ok(tok: Token, e: TriggerEntry, lex: Lexicon) -> bool:
    if not e.constrained:
        return True
    if e.intransitive and _has_object(tok):
        return False
    if e.particles and not _preps(tok) & e.particles:
        return False
    if e.future and not _to_come(tok, lex):
        return False
    if not e.argument_constrained:
        return True  # "called off", "withdrew" with no object: nothing more to check
    if e.future and not (e.preps or e.objects is not None or e.xcomp or e.bare or e.complements or e.subjects):
        return True  # "China would retaliate": the time is the constraint
    if e.future and e.preps:
        # "will respond *with tariffs*": what it answers with is hostile, not "would respond in close
        # cooperation *with the United States*"
        return any(p.dep_ == "pobj" and _hostile_word(p, lex) for c in tok.children
                   if c.dep_ == "prep" and c.lower_ in e.preps for p in (*c.children, *(
                       g for q in c.children if q.dep_ == "pobj" for g in q.conjuncts)))
    if e.conditional:
        if not _conditional(tok):
            return False
        if e.objects is None:
            return True
    if e.subjects and not _doer_is(tok, e.subjects):
        return False
    if e.subjects and not (e.preps or e.objects is not None or e.xcomp or e.bare or e.actor_object or e.joint
                           or e.complements):
        return True
    if e.complements:
        # "found them *guilty*", "found six activists *guilty*" (spaCy: a modifier of the object)
        # "pleaded *not* guilty": the negation of a predicative complement
        # "called both sides *to restraint*": the object of "to" is a complement too
        # "pulled *out of* the deal": the object of the particle's own preposition; the subject is never one
        # ("the *court* took a decision" is not "took them to *court*")
        near = [*(c for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass")),
                # (after the object: "held *several responsible* positions" is an attribute, not a complement)
                *(g for c in tok.children if c.dep_ in ("dobj", "acomp") for g in c.children
                  if c.dep_ == "acomp" or g.i > c.i),
                # "challenge the disqualifications *at the High Court*": spaCy may hang the phrase on the object
                *(g for c in tok.children if c.dep_ == "dobj" for q in c.children
                  if q.dep_ == "prep" and q.lower_ in ("at", "before") for g in q.children if g.dep_ == "pobj"),
                # "called both sides *to restraint*", "put *on trial*", "placed *in detention*", "would
                # challenge it *at the High Court*", "*before the Constitutional Court*" (not the
                # place of an idiom: "the hearing took place *in court*", "took part in ...")
                *(g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "in", "into", "at", "before")
                  and not (c.lower_ == "in" and any(o.dep_ == "dobj" and o.lower_ in ("place", "part")
                                                    for o in tok.children))
                  for g in c.children if g.dep_ == "pobj"),
                *(g for c in tok.children if c.dep_ in _PREP_DEPS and c.lower_ in ("out", "away")
                  for q in (*c.children, *(q for q in tok.children if q.dep_ == "prep" and q.lower_ == "of"))
                  if q.dep_ == "prep" for g in q.children if g.dep_ == "pobj")]
        # "added them to its *sanctions list*": a complement may be named with its compound
        if any(c.lower_ in e.complements or any(f"{g.lower_} {c.lower_}" in e.complements
                                                for g in c.children if g.dep_ == "compound") for c in near):
            return True
    if e.actor_object:
        return _actor_object(tok, e)
    if e.bare and _is_bare(tok):
        return True
    if e.joint and any(c.dep_ == "nsubj" and (c.conjuncts or _paired_modifiers(c)) for c in tok.children):
        return True  # "police and protesters clashed", "Indian and Chinese troops clashed"
    if e.preps and _preps(tok) & e.preps:
        if not e.places:
            return True
        # "withdraw from *Goma*": a place, not "withdraw from the talks"
        # "pulled *out of* the town": the place may hang from the particle's own preposition
        return any(p.dep_ == "pobj" and _a_place(p, lex)
                   for c in tok.children if c.dep_ in _PREP_DEPS and c.lower_ in e.preps
                   for p in (*c.children, *(g for q in c.children if q.dep_ == "prep" for g in q.children)))
    if e.objects is not None:
        if e.objects and _object_lemmas(tok, lex) & e.objects:
            return True
        if not e.objects and _has_object(tok):
            return True
    if e.xcomp and _has_xcomp(tok):
        # "declined to comment", "asked not to be identified": no event is refused or asked for
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") or _infinitive_advcl(c)]
        return not all(c.lemma_.lower() in lex.w("negation.non_event_complements") for c in comps)
    return False


def verb_lemmas(tok: Token) -> tuple[str, ...]:
    """spaCy's lemma, and for a past form the one it sometimes misses ("fined" → "fin",
    "staged" → "stag"): the surface form without its "-d"."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and not lemma.endswith("e") and low[:-1] != lemma:
        return (lemma, low[:-1])
    return (lemma,)


def _a_state(tok: Token, lex: Lexicon) -> bool:
    """"the president, who *opposes* the government on the issue": a present-tense relative
    clause describes where someone stands, it reports no act; so does a stance verb in the
    present ("two thirds of French people *oppose* the reform", "which *have opposed* it")."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    present = tok.tag_ in ("VBZ", "VBP") and not auxes
    if tok.lemma_.lower() in lex.w("stance_verbs"):
        perfect = tok.dep_ == "relcl" and any(a.lower_ in ("has", "have") for a in auxes)
        return present or perfect
    return tok.dep_ == "relcl" and present


def _aimed(tok: Token) -> bool:
    """"fired about 20 rockets *at* an army base", "launched drones *on* Kyiv": the weapons are
    aimed at something (a launch "into the sea" or "toward the Sea of Japan" is a test)."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
               and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
               for c in tok.children)  # not "fired ... *on Saturday*"


def _by_non_agent(tok: Token, lex: Lexicon) -> bool:
    """"a hurricane *killing* at least 31 people", "shelling that *killed* nine": no one attacks
    here — a natural cause, or an attack already told by its own noun."""
    doer = _doer(tok)
    if doer is not None and doer.lower_ in _RELATIVE and tok.dep_ == "relcl":
        doer = tok.head
    if doer is None and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBG":
        doer = tok.head  # "Hurricane Renata, *killing* at least 31 people"
    if doer is None:
        return False
    words = {doer.lower_, doer.lemma_.lower()} | {c.lower_ for c in doer.children if c.dep_ == "compound"}
    # "two days of artillery and small-arms *fire* killed ...": what the measure noun is of
    words |= {t.lemma_.lower() for p in doer.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    if words & lex.w("non_agents"):
        return True
    return doer.pos_ == "NOUN" and any(e.type == "ASSAULT" for e in lex.nouns.get(doer.lemma_.lower(), ())) \
        and _names_its_attacker(doer)


def _names_its_attacker(noun: Token) -> bool:
    """"*Indian* shelling", "*Russia's* attack", "an attack *by* militants": the attack noun is
    told as an event with its attacker, so what it killed is the same event; "an attack on a
    police station killed three" names no one, and the killing is the event told."""
    for c in noun.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _ACTOR_OBJECT_ENTS:
            return True
        if c.dep_ == "prep" and c.lower_ == "by":
            return True
    return False


def _threat_words(tok: Token, lex: Lexicon) -> bool:
    return any(t.lemma_.lower() in lex.w("threat_words") for t in tok.subtree)


def _a_threat(tok: Token, lex: Lexicon) -> bool:
    """A warning is a threat when it is aimed at someone ("warned Washington against
    interfering", "warned Seoul not to ...") or announces what the speaker's side will do or
    what follows on a condition ("warned that his country might be forced to find a new
    way", "warned that shipping firms will face consequences if ..."); a warning of a danger
    ("warned that small firms would be squeezed", "warned of shortages") threatens no one."""
    children = list(tok.children)
    if any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ == "against") for c in children):
        return True
    for c in children:
        if c.dep_ == "prep" and c.lower_ == "of" and _threat_words(c, lex):
            return True
        if c.dep_ != "ccomp":
            continue
        if _threat_words(c, lex) or any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                        for t in c.subtree for m in t.children):
            return True
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and _pays_for_it(c, subj, lex):
            return True
        if subj is not None and (subj.lower_ in ("we", "i") or any(
                g.dep_ == "poss" and g.lower_ in ("his", "her", "its", "their", "our") for g in subj.children)):
            return True
        if subj is not None and _own_side(subj, tok) and _announces_hostile_act(c, lex):
            return True
    return False


def _pays_for_it(clause: Token, subj: Token, lex: Lexicon) -> bool:
    """"warned that *the United States* would pay a heavy price", "that they will pay dearly": a
    named party told it will pay is threatened (not "consumers would pay the price")."""
    if clause.lemma_.lower() != "pay" or not (subj.pos_ == "PROPN" or subj.lower_ in _PERSONAL_PRONOUNS):
        return False
    return any(c.dep_ in ("dobj", "advmod") and c.lemma_.lower() in lex.w("threat_paid") for c in clause.children)


def _own_side(subj: Token, warning: Token) -> bool:
    """The one who warns, or a pronoun that can be them ("the delegation warned that *it* would ...")."""
    if subj.lower_ in ("it", "they", "he", "she"):
        return True
    warner = next((c for c in warning.children if c.dep_ == "nsubj"), None)
    return warner is not None and warner.lemma_.lower() == subj.lemma_.lower() and subj.pos_ == "PROPN"


def _announces_hostile_act(clause: Token, lex: Lexicon) -> bool:
    """"warned that it would *veto* the text", "warned that they would *strike* again": what the
    warner says it will do is a hostile act (a warning of a mere danger, "it would be difficult",
    names none)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "could") for c in clause.children):
        return False
    hostile = lex.w("considered_hostile")
    for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
        e = match_verb(verb, lex)
        if e is not None and e.type in hostile:
            return True
    return False


def negated_will(tok: Token) -> bool:
    """"will not tolerate", "would never accept": a negated statement of what one will do."""
    children = list(tok.children)
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo") for c in children)


def _to_the_press(tok: Token, lex: Lexicon) -> bool:
    """"briefed *reporters*", "spoke to *journalists*": telling the press is speech, no meeting."""
    press = lex.w("press_nouns")
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in press:
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in press for p in c.children):
            return True
    return False


def match_verb(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    if tok.pos_ != "VERB":
        return None
    if tok.tag_ == "VBG" and tok.dep_ == "amod":
        return None  # "*consulting* companies", "the *ruling* party": an attribute, not an act
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "of" and (
            tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in _QUANTITY_HEADS):
        return None  # "thousands of *striking* teachers": spaCy's verb is the people's attribute
    if _a_state(tok, lex):
        return None
    for lemma in verb_lemmas(tok):
        for e in lex.verbs.get(lemma, ()):
            if e.type == "THREATEN" and lemma in lex.w("warning_verbs") and not _a_threat(tok, lex):
                continue
            if e.type == "THREATEN" and lemma in lex.w("negation.threat_verbs") and not negated_will(tok):
                continue  # "would not *tolerate*" threatens; "the regime tolerated dissent" does not
            if e.type == "ASSAULT" and _by_non_agent(tok, lex):
                continue
            if e.type == "MOBILIZE" and e.mode == "weapons" and _aimed(tok):
                continue  # "fired rockets *at* an army base": an attack, not a weapons test
            if e.type == "PROTEST" and _doer_is(tok, lex.w("market_nouns")):
                continue  # "shares rallied", "the dollar rallied against the euro"
            if e.type == "ACCUSE" and any(p.type in lex.w("protest_types") for p in lex.verbs.get(lemma, ())) \
                    and _doer_is(tok, lex.w("crowd_nouns")):
                continue  # "hundreds of people gathered to protest the law": a demonstration (GUIDE rule 8)
            if e.objects and lemma in lex.w("evaluative.naming_verbs") and any(c.dep_ == "oprd" for c in tok.children):
                continue  # "what it *called* a strike drill": naming something is not calling a strike
            if e.type == "CONSULT" and (_to_the_press(tok, lex) or (
                    lemma in lex.w("sourcing_passives") and agentless_passive(tok))):
                continue  # "said a diplomat *who has been briefed* on the arrangements": a sourcing formula
            if _verb_ok(tok, e, lex):
                return e
    return None


def match_adjective(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"willing to meet", "open to a summit": predicative adjectives of intent."""
    if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "amod", "oprd", "advcl", "xcomp", "ROOT", "conj"):
        return None
    for e in lex.adjectives.get(tok.lemma_.lower(), ()):
        if _verb_ok(tok, e, lex):
            return e
    return None


def match_noun(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NAME_ENTS:
        return None
    for e in lex.nouns.get(tok.lemma_.lower(), ()):
        if e.forms and tok.lower_ not in e.forms:
            continue
        if e.objects is not None and not (_modifiers(tok) & e.objects):
            continue
        if e.preps and not ({c.lower_ for c in tok.children if c.dep_ == "prep"} & e.preps):
            continue  # "in contact *with* X", not "Washington's main contact"
        if e.heads and not (tok.dep_ == "pobj" and tok.head.lower_ in e.heads) and not _done_by(tok, e.heads):
            continue  # "were *on* strike", "*carried out* strikes", not "a missile strike"
        if e.subjects and not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB"
                               and _doer_is(tok.head, e.subjects)):
            continue  # "*Japan* voiced concern over the arrests", not "doctors expressed concern about his health"
        return e
    return None


def _paired_modifiers(noun: Token) -> bool:
    """"*Indian and Chinese* troops": one noun shared by two coordinated nationalities."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")
               and any(o.ent_type_ in ("NORP", "GPE") for o in c.conjuncts) for c in noun.children)


def _done_by(tok: Token, verbs: frozenset[str]) -> bool:
    """A noun carried out by one of these verbs, or told happening by one: "*carried out* strikes",
    "strikes were *conducted*", "the strikes *carried out* by Israel", "fighting *erupted*"."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and _lemma_in(tok.head, verbs):
        return True
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and _lemma_in(tok.head, verbs) \
            and not any(c.dep_ == "dobj" for c in tok.head.children):
        return True  # "heavy fighting *erupted*": an intransitive verb of occurring
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _lemma_in(c, verbs) for c in tok.children)


def _title_word(tok: Token, sent_start: int) -> bool:
    """A capitalised word right after an opening quotation mark, inside a sentence: a title."""
    if tok.i <= sent_start + 1 or not tok.text[:1].isupper():
        return False
    return tok.doc[tok.i - 1].text in ("“", '"', "‘")


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """Whether the verb's lemma is listed, with the past forms spaCy mislemmatises ("staged" → "stag")."""
    return any(lemma in words for lemma in verb_lemmas(tok))


def light_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb a nominal event is done with: "*held* talks", "*took part in* talks"."""
    for c in tok.children:
        # "the drills *held* by the allies", "the moratorium Kim had *declared*"
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _lemma_in(c, lex.w("light_verbs")) \
                and not any(g.dep_ == "dobj" and g.lower_ not in _RELATIVE for g in c.children) \
                and (c.dep_ == "relcl" or c.tag_ == "VBN"):
            return c
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head if _lemma_in(head, lex.w("light_verbs")) else None
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "into"):
        verb = head.head
        if verb.pos_ == "VERB" and _lemma_in(verb, lex.w("light_verbs")):
            return verb
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in lex.w("attendance_verbs"):
        return head.head  # "he would *go to* the union meeting on Thursday"
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX") \
            and head.head.lemma_.lower() in ("be", "go", "remain", "stay") and any(
                e.type in lex.w("protest_types") for e in lex.nouns.get(tok.lemma_.lower(), ())):
        return head.head  # "teachers *were on* strike", "workers *went on* strike"
    if tok.dep_ == "conj":
        return light_verb(head, lex) if head.pos_ in ("NOUN", "PROPN") else None
    return None


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """Every trigger of the sentence, governors first, absorbed triggers attached to them."""
    found: dict[int, Trigger] = {}
    for tok in span_tokens(sent):
        if tok.ent_type_ in ("WORK_OF_ART", "DATE", "TIME") or _title_word(tok, sent.start):
            continue  # "the author of “Talking to Pyongyang”": a title; "in *March* 2024": a date
        e = match_verb(tok, lex) or match_adjective(tok, lex)
        if e is not None and e.mode == "cancel" and agentless_passive(tok):
            # "a planned working lunch was cancelled": no one walked out; the meeting is the
            # event, negated (GUIDE settled rule 1)
            e = None
        if e is None:
            e = match_noun(tok, lex)
            if e is not None:
                found[tok.i] = Trigger(tok, e, light=light_verb(tok, lex))
            continue
        found[tok.i] = Trigger(tok, e)
    _intents(found, lex)
    _told_by_its_verb(found)
    for trig in found.values():
        if trig.parent is not None:
            continue
        parent = _governing_trigger(trig.token, found, sent)
        if parent is not None and parent.parent is not trig:
            trig.parent = parent
            parent.absorbed.append(trig)
    calls: list[Trigger] = []
    for trig in found.values():
        protest = next((c for c in trig.absorbed if c.type in lex.w("protest_types")), None)
        if trig.parent is None and trig.type == "REQUEST" and protest is not None:
            # "Opposition parties *called for* a general strike", "urging residents to boycott
            # elections": calling a strike or a boycott is the protest itself, led by those who
            # call it, and a request to those asked to join it
            calls.append(Trigger(trig.token, trig.entry, light=trig.light))
            trig.entry = replace(trig.entry, type=protest.type, mode=protest.entry.mode)
            trig.called = True
    return [t for t in found.values() if t.parent is None] + calls


def _told_by_its_verb(found: dict[int, Trigger]) -> None:
    """"the agreement *signed* by Congo and Rwanda in Doha", "the joint exercises *suspended* in 2018":
    a verb in a reduced relative clause tells the noun's own event or acts on it, so
    the noun is absorbed into the verb rather than the verb into a noun that may be a mere
    reference; so does a relative clause whose pronoun is the verb's object ("the accord *that*
    the two ministers *signed* in June")."""
    for trig in found.values():
        tok = trig.token
        relative = tok.dep_ in ("acl", "relcl") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _RELATIVE for c in tok.children)
        if trig.entry.pos != "verb" or not ((tok.dep_ == "acl" and tok.tag_ == "VBN") or relative) \
                or trig.parent is not None:
            continue
        noun = found.get(tok.head.i)
        if noun is None or noun.entry.pos != "noun" or noun.parent is not None or (
                noun.light is not None and not (relative and noun.light.i == tok.i)):
            continue  # "the sanctions which the US *imposed*": the verb is the noun's own light verb
        if noun.type != trig.type and (relative or noun.token.lemma_.lower() not in (trig.entry.objects or ())):
            # of another type, and not what the verb acts on ("exercises *suspended*" is); "restored
            # sanctions *that* had been lifted": the relative clause tells the noun's past, not its event
            continue
        noun.parent = trig
        trig.absorbed.append(noun)


def agentless_passive(tok: Token) -> bool:
    children = list(tok.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _wished_of_others(tok: Token) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    for c in tok.children:
        if c.dep_ == "ccomp" and c.tag_ == "VBN":
            inner = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is not None and (subj is None or inner.lower_ != subj.lower_):
                return True
        if c.dep_ == "xcomp" and any(g.dep_ == "dobj" for g in tok.children):
            return True
    return False


def _hoped_clauses(tok: Token) -> list[Token]:
    """The content clauses of a hope ("hoped *that X would meet*"), not a temporal clause
    spaCy hangs on it ("a day *after* Trump walked away")."""
    return [c for c in tok.children if c.dep_ == "ccomp"
            and not any(m.dep_ == "mark" and m.lower_ in _TEMPORAL_MARKS for m in c.children)]


def _hoped_of_others(tok: Token, lex: Lexicon) -> bool:
    """A hope (not a demand) that *others* act is no event; "hoped the two Koreas would
    continue to cooperate" includes the one who hopes and stays a stated intent."""
    if not set(verb_lemmas(tok)) & lex.w("hopes"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    for c in _hoped_clauses(tok):
        inner = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if inner is None or (subj is not None and inner.lower_ == subj.lower_) or inner.pos_ == "PRON":
            continue
        if {t.lower_ for t in inner.subtree} & lex.w("plural_references"):
            continue
        return True
    return False


def _intents(found: dict[int, Trigger], lex: Lexicon) -> None:
    """"hoped to resume negotiations", "wanted a third summit": a wish governing a cooperative
    event is a stated intent (AGREE) that absorbs the event; a wish over anything else is none."""
    wanted = lex.w("intended_types")
    for i, trig in list(found.items()):
        if not trig.entry.intent:
            continue
        if _hoped_of_others(trig.token, lex):
            # "China hoped North Korea and the United States would meet": a view, with the
            # meeting it hopes for
            for clause in _hoped_clauses(trig.token):
                for tok in clause.subtree:
                    found.pop(tok.i, None)
            del found[i]
            continue
        if _wished_of_others(trig.token):
            # "North Korea had wanted the sanctions lifted", "wants Seoul to pay more": a wish
            # that someone else act is a demand (REQUEST), whatever the act
            trig.entry = replace(trig.entry, type="REQUEST", intent=False)
            continue
        inner = [found[t.i] for c in trig.token.children if c.dep_ in ("xcomp", "ccomp", "dobj")
                 for t in c.subtree if t.i in found and t.i != i]
        if not any(t.type in wanted for t in inner):
            del found[i]
            continue
        for t in inner:
            if t.parent is None and t.type in wanted:
                t.parent = trig
                trig.absorbed.append(t)


def _governing_trigger(tok: Token, found: dict[int, Trigger], sent: Span) -> Trigger | None:
    """The nearest trigger this one hangs from, along argument-like edges (≤ 4 hops).

    The path may pass through prepositions and through the nominal trigger's own light
    verb, but not through an unrelated noun ("companies accused of ..." stays its own event).
    """
    own = found.get(tok.i)
    if own is not None and own.light is not None and own.light.head.i == tok.i:
        return None  # "the drills held by the allies had been scaled down": told as its own event
    node = tok
    for _ in range(4):
        if node.dep_ not in _ABSORB_DEPS or node.head.i == node.i:
            return None
        if node.dep_ == "conj" and node.pos_ == "VERB":
            if node.tag_ == "VB" and node.head.dep_ in ("ccomp", "xcomp") and node.head.head.i in found:
                # "demanded that armed groups end hostilities *and withdraw*", "urged them to stop
                # and *withdraw*": a bare verb coordinated in a trigger's complement is in it too
                # (a finite one is the main clause's, misparsed: "urged them to release the
                # detainees and *called on* the IMF")
                return found[node.head.head.i] if found[node.head.head.i] is not own else None
            return None  # coordinated verbs are separate events ("reaffirmed ... and pledged")
        if node.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS
                                                   for c in node.children):
            return None  # "protested ... a day *after* North Korea withdrew", "*as* workers walked out": its own event
        if node.dep_ == "advcl" and any(p.dep_ == "prep" and p.lower_ in _TEMPORAL_MARKS and p.i < node.i
                                        and p.right_edge.i + 1 == node.left_edge.i for p in node.head.children):
            # "lodged a protest on Tuesday *after Beijing* on Monday *suspended* imports": spaCy may take the
            # subordinator for a preposition governing the clause's subject; the clause is its own event
            return None
        head = node.head
        if node.i == tok.i and node.dep_ == "advcl" and node.tag_ == "VBG" and own is not None \
                and head.i in found and found[head.i].type != own.type \
                and not any(c.dep_ in ("mark", "aux") for c in node.children):
            return None  # "fined Meta €200m, *accusing* it of ...": a second act told alongside, not a complement
        if node.dep_ == "pcomp" and head.lower_ == "for" and head.head.i in found \
                and found[head.head.i].type == "COERCE":
            return None  # "arrested *for calling on* his supporters to attack": what they did, told as fact
        if node.dep_ == "prep" and node.lower_ in _CIRCUMSTANCE_PREPS and tok.pos_ in ("NOUN", "PROPN"):
            return None  # "met Lavrov *during her trip to Moscow*": the trip is its own event
        if head.i in found and found[head.i] is not found.get(tok.i):
            return found[head.i]
        if head.pos_ in ("NOUN", "PROPN", "PRON") and head.i not in found:
            return None
        if head.pos_ == "VERB" and head.i != tok.i:
            trig = found.get(tok.i)
            if trig is None or trig.light is None or head.i != trig.light.i:
                return None
        node = head
    return None

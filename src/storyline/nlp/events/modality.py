"""Did it happen, will it, and who says so: negation, hypothetical/future, attribution.

All three read the chain of governors above a trigger ("could *meet*", "plans to *meet*",
"if they *meet*", "failed to *reach* a deal", "South Korean media reports that X *met*"),
stopping at the verb of saying: what the reporter says someone *said* is attributed to
that someone, but the saying does not make the content hypothetical or negated.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from storyline.models import Quote
from storyline.nlp.events.arguments import clean_name, compact_np, event_measure
from storyline.nlp.events.knowledge import Lexicon
from storyline.nlp.events.triggers import Trigger
from storyline.nlp.lookup import actor_at, span_tokens
from storyline.nlp.pipeline import DocState

# Edges along which a governor's modality reaches the event.
_MODAL_EDGES = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp", "prep", "pobj", "dobj", "conj",
                          "attr", "acomp", "nsubjpass", "oprd", "amod"})


def governors(tok: Token, lex: Lexicon, limit: int = 6) -> Iterator[Token]:
    """Heads above ``tok`` along modal edges, stopping below a verb of saying."""
    for head, _ in _governed(tok, lex, limit):
        yield head


def _governed(tok: Token, lex: Lexicon, limit: int = 6) -> Iterator[tuple[Token, str]]:
    """Heads above ``tok`` along modal edges with the edge each is reached by (see :func:`governors`)."""
    node = tok
    for _ in range(limit):
        if node.dep_ not in _MODAL_EDGES or node.head.i == node.i:
            return
        head = node.head
        if head.lemma_.lower() in lex.w("reporting.speech_verbs") and node.dep_ in ("ccomp", "xcomp", "advcl"):
            return
        yield head, node.dep_
        node = head


# Marks of a clause that tells what happened before or since its governor's time.
_PAST_MARKS = frozenset({"after", "since"})


def _told_as_past(clause: Token) -> bool:
    """"would take countermeasures *after the United States imposed* sanctions", "will retaliate
    now that ... *since* Israel *had struck*": a temporal clause in the past (simple past after
    "after" or "since", or any past perfect) happened, whatever its governor's modality."""
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    perfect = any(a.lower_ == "had" for a in auxes)
    simple_past = clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
    return bool(marks & _TEMPORAL) and (perfect or (simple_past and bool(marks & _PAST_MARKS)))


_TEMPORAL = frozenset({"after", "since", "before", "when", "as", "once"})


def _neg_child(tok: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children) or any(
        c.lower_ in ("never",) for c in tok.children
    )


def is_boilerplate(trig: Trigger, lex: Lexicon) -> bool:
    """"asked not to be identified discussing ...": sourcing formulas, not events."""
    boiler = lex.w("boilerplate_governors")
    return any(g.lemma_.lower() in boiler for g in governors(trig.clause, lex, limit=3))


def is_negated(trig: Trigger, lex: Lexicon) -> bool:
    """"did not meet", "no talks were held", "failed to reach", "never visited"."""
    if trig.type == "THREATEN" and trig.token.lemma_.lower() in lex.w("negation.threat_verbs"):
        return False  # "would not tolerate": the negation makes the threat
    for tok in (trig.token, trig.light):
        if tok is not None and _neg_child(tok, lex):
            return True
    tok = trig.token
    if trig.entry.pos == "noun" and trig.light is None and tok.dep_ in ("nsubj", "nsubjpass"):
        # "a planned lunch *was cancelled*", "the ceremony *never took place*"
        head = tok.head
        called_off = head.lemma_.lower() == "call" and any(c.lower_ == "off" for c in head.children)
        if head.lemma_.lower() in lex.w("negation.cancel_verbs") or called_off or _neg_child(head, lex):
            return True
    node = trig.clause
    while node.dep_ in ("xcomp",) and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lex.w("negation.failure_verbs") or _neg_child(node, lex):
            return True
    return False


def modality(trig: Trigger, lex: Lexicon) -> tuple[bool, bool]:
    """(hypothetical, future) for the event of ``trig``."""
    modals = lex.w("hypothetical.modals")
    future_modals = lex.w("hypothetical.future_modals")
    hypothetical = future = False
    chain: list[tuple[Token, str]] = [(trig.token, "")]
    if trig.light is not None:
        chain.append((trig.light, ""))
    below = trig.clause
    for head, dep in _governed(trig.clause, lex):
        if _told_as_past(below):
            break  # what came before: "would retaliate *after* the US imposed sanctions"
        chain.append((head, dep))
        below = head
    for i, (node, edge) in enumerate(chain):
        for c in node.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in modals:
                hypothetical = True
                future = future or c.lower_ in future_modals
            if c.dep_ == "mark" and c.lower_ in lex.w("hypothetical.marks"):
                hypothetical = True
            if c.dep_ == "xcomp" and node.lower_ == "going" and any(a.lower_ in ("is", "are", "am", "'re", "'s", "was", "were") for a in node.children):
                hypothetical = future = True
        lemma = node.lemma_.lower()
        # "vowed retaliation, *accusing* Washington of ...": an act told alongside a vow or a plan
        # (a participle or adverbial clause) is not its content, though the governor's modals reach it
        if i > 0 and node is not trig.light and edge != "advcl" and lemma in lex.w("hypothetical.governors"):
            hypothetical = True
            future = future or lemma in lex.w("hypothetical.future_governors")
    if trig.called:
        hypothetical = future = True  # "called for a general strike from Wednesday": the strike is to come
    # "the next round of talks", "a new round of talks": the measure's modifiers are the event's
    measure = event_measure(trig.token, lex) if trig.entry.pos == "noun" else None
    modifiers = {c.lower_ for t in (trig.token, measure) if t is not None for c in t.children if c.dep_ in ("amod", "det")}
    if trig.entry.pos == "noun" and not _realised_light(trig, lex) and modifiers & lex.w("hypothetical.noun_modifiers"):
        hypothetical = future = True
    return hypothetical, future


def _realised_light(trig: Trigger, lex: Lexicon) -> bool:
    """A nominal event told in the past: "held a second summit", "the second summit *ended*"
    ("the next meeting *is planned* for May" is still to come)."""
    light = trig.light
    if light is not None and light.tag_ in ("VBD", "VBN") and not (
            light.lemma_.lower() in lex.w("hypothetical.future_governors")
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in light.children)):
        return True
    tok = trig.token
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return head.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _strip_np(span: Span, lex: Lexicon) -> str:
    toks = list(span)
    drop = lex.w("reporting.drop_modifiers")
    while toks and toks[0].lower_ in drop:
        toks = toks[1:]
    if not toks:
        return clean_name(span)
    return span.doc[toks[0].i : toks[-1].i + 1].text


def _speaker_text(state: DocState, subj: Token, lex: Lexicon) -> str | None:
    if subj.pos_ == "PRON":
        actor = actor_at(state, subj.idx, subj.idx + len(subj.text))
        return actor.name if actor is not None else None
    return _strip_np(compact_np(subj), lex)


def _according_to(sent: Span, lex: Lexicon) -> str | None:
    for tok in span_tokens(sent):
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return _strip_np(compact_np(pobj), lex)
    return None


def by_commentator(trig: Trigger, lex: Lexicon) -> bool:
    """"Analysts said the North was trying to split the administration by praising Trump",
    "Kim Yeon-chul, a former researcher, said ...": what commentators characterise is no event
    (GUIDE settled rules 3 and 4); only the parties' own reports are."""
    node = trig.clause
    for _ in range(6):
        if node.head.i == node.i:
            return False
        dep, head = node.dep_, node.head
        if head.lemma_.lower() in lex.w("reporting.speech_verbs") and dep in ("ccomp", "parataxis", "xcomp", "conj"):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return False
            words = {subj.lemma_.lower(), subj.lower_} | {
                t.lemma_.lower() for c in subj.children if c.dep_ == "appos" for t in c.subtree}
            return bool(words & lex.w("commentators"))
        node = head
    return False


def is_first_time(trig: Trigger) -> bool:
    """"It was the first time the two had met": a description of a meeting told already."""
    clause = trig.clause
    return clause.dep_ in ("relcl", "acl") and clause.head.lemma_.lower() == "time"


def reported_by(trig: Trigger, sent: Span, state: DocState, lex: Lexicon) -> str | None:
    """Who the event is attributed to: "according to X", "X said (that) ...", "reports that"."""
    found = _according_to(sent, lex)
    if found:
        return found
    node = trig.clause
    for _ in range(6):
        if node.head.i == node.i:
            break
        dep, head = node.dep_, node.head
        lemma = head.lemma_.lower()
        if lemma in lex.w("reporting.speech_verbs") and dep in ("ccomp", "parataxis", "advcl", "xcomp", "conj"):
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return _speaker_text(state, subj, lex)
        if head.pos_ in ("NOUN", "VERB") and lemma in lex.w("reporting.report_nouns") and dep in ("acl", "ccomp", "relcl"):
            # spaCy often tags the noun "reports" as a verb in "media reports that ..."
            return _strip_np(compact_np(head), lex)
        node = head
    # "X met Y, officials said": the saying is the root, the event its clausal child
    root = sent.root
    if root.lemma_.lower() in lex.w("reporting.speech_verbs") and trig.clause.head.i == root.i and trig.clause.dep_ in ("ccomp", "parataxis"):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return _speaker_text(state, subj, lex)
    return _quote_speaker(state.quotes, trig.token.idx)


def _quote_speaker(quotes: list[Quote], char: int) -> str | None:
    for q in quotes:
        if q.start <= char < q.end:
            sp = q.speaker
            return sp.name or sp.description
    return None


def _clause_verb(trig: Trigger) -> Token:
    """The verb that carries the event's tense and modals: its own, its light verb's, or for a
    nominal subject the verb that predicates it ("the protests *would continue*")."""
    if trig.light is not None:
        return trig.light
    tok = trig.token
    if trig.entry.pos == "noun" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def _marked(tok: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


_UNTIL = frozenset({"until", "till", "unless"})


def _awaited(clause: Token) -> bool:
    """"would not sign anything *until the teachers were released*", "a strike until Ndongo *is
    freed*": what an until-clause awaits has not happened when its governor is still to come
    (a modal, a negation, a demand) or when it is told in the present; "fought until they
    *were defeated*" happened."""
    if clause.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                            for c in clause.children):
        return True
    gov = clause.head
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in gov.children)


def is_condition(trig: Trigger, lex: Lexicon) -> bool:
    """"*If* those talks fail", "if the companies *refused* to negotiate": the condition of
    another statement is not an event anyone reports as happening; nor is an open question
    ("did not say *whether* India had struck targets", "before deciding whether to appeal")."""
    node = _clause_verb(trig)
    for _ in range(3):
        if _marked(node, frozenset({"whether"})):
            return node.dep_ in ("ccomp", "xcomp", "advcl", "pcomp")
        if _marked(node, lex.w("hypothetical.marks") - {"whether"}):
            return node.dep_ == "advcl"
        if _marked(node, _UNTIL) and node.dep_ == "advcl" and _awaited(node):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def stated_type(trig: Trigger, etype: str, lex: Lexicon) -> str:
    """Hostile acts announced on a condition are threats (PLOVER THREATEN): "she *would veto*
    the law if parliament passed it"; considered ones too: "the union would *consider strike
    action*" (GUIDE settled rule 6)."""
    verb = _clause_verb(trig)
    light = trig.light
    if etype == "AGREE" and trig.token.lemma_.lower() in lex.w("vow_words") and _vows_hostility(trig, lex):
        return "THREATEN"
    if light is not None and light.lemma_.lower() in lex.w("considering_verbs"):
        if etype in lex.w("considered_hostile"):
            return "THREATEN"
        if etype in lex.w("considered_cooperative"):
            return "AGREE"
    if etype not in lex.w("considered_hostile") or etype == "THREATEN":
        return etype
    if _prepared(verb, lex):
        return "THREATEN"  # "the EU was preparing to add Gazprom executives to its sanctions list" (GUIDE round 8)
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"} & lex.w("hypothetical.future_modals")
    if not modals or any(c.dep_ == "neg" for c in verb.children):
        return etype
    if any(c.dep_ == "advcl" and _marked(c, lex.w("threat_marks")) for c in verb.children):
        return "THREATEN"
    return etype


def _prepared(verb: Token, lex: Lexicon) -> bool:
    """A hostile measure being readied is a threat of it: "was *preparing to add* executives to its
    sanctions list", "is preparing to impose tariffs" (a trip prepared stays a planned visit)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in lex.w("preparing_verbs") \
        and not any(c.dep_ == "neg" for c in head.children)


# Verbs that only carry out their object: "take revenge", "use force", "exact retribution".
_DOING_VERBS = frozenset({"take", "use", "exact", "seek", "launch"})


def _vows_hostility(trig: Trigger, lex: Lexicon) -> bool:
    """"vowed to retaliate", "pledged to impose new sanctions": what the vow promises is hostile."""
    if any(t.type in lex.w("vowed_hostile") for t in trig.absorbed):
        return True
    if trig.absorbed:
        return False  # "ready to *strike a deal*": the vowed act is a known, unhostile one
    for c in trig.token.children:
        if c.dep_ != "xcomp":
            continue
        if c.lemma_.lower() in lex.w("vowed_acts"):
            return True  # "vowed to *retaliate*"
        if c.lemma_.lower() in _DOING_VERBS and any(g.dep_ == "dobj" and g.lemma_.lower() in lex.w("vowed_objects")
                                                    for g in c.children):
            return True  # "vowed to take *revenge*", "ready to use *force*"
    return False


def hedged_threat(trig: Trigger, etype: str, negated: bool, lex: Lexicon) -> tuple[str, bool]:
    """"He did not rule out further military action", "did not rule out a rolling strike":
    declining to exclude a hostile act keeps it on the table — a threat, not a negated refusal.
    Not accepting is refusing: "a decision Beijing has *never accepted*" (REJECT)."""
    if negated and etype == "AGREE" and trig.token.lemma_.lower() in lex.w("refused_acceptances"):
        return "REJECT", False
    if not (negated and etype == "REJECT" and trig.token.lemma_.lower() in lex.w("hedge_verbs")):
        return etype, negated
    for c in trig.token.children:
        if c.dep_ in ("dobj", "xcomp", "ccomp") and any(
                t.lemma_.lower() in lex.w("threat_words") or any(e.type in lex.w("considered_hostile")
                                                                 for e in lex.nouns.get(t.lemma_.lower(), ()))
                for t in c.subtree):
            return "THREATEN", False
    return etype, negated

"""A sitting body's business set for a day: "the Harn cabinet will consider the levy plan next week", "the
Senate roads committee may take up the toll measure on Thursday", "the budget will be approved on Monday by
the council", "the final vote on the budget by the council has been set for Friday".

A cabinet, a legislature's committee or a firm's board does its business only in session, so a piece of its
business planned for a day is its session planned for that day: the gold of real wire news keeps it as a meeting
whose one side is the body (eval/README.md, "Sessions of bodies"). The reading is held narrow, since a body's
acts are otherwise no session ("the committee approved the bill", "the cabinet will review its policy"): the
body must sit in sessions (`sitting_bodies.SESSION_BODIES`, not its holders), be the one doer of a verb or noun
of deliberating (taking up, reviewing, considering, debating, voting), the business must lie ahead (a modal, or
a verb of expecting or scheduling above it) and a day must be told for it. A condition ("will take it up when
it returns") sets no day.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.own_sessions import HOLDERS, one_session_body, told_itself
from streams.enrich.extractors.meetings.sitting_bodies import SESSION_BODIES

# the verbs of a sitting's own business; "take" only as "take up"
BUSINESS_VERBS = frozenset({"review", "consider", "debate", "discuss", "vote", "approve", "ratify", "take"})
# the nouns of a sitting's business, done "by" the body
BUSINESS_NOUNS = frozenset({"vote", "debate"})
# the items a sitting takes up from its order of business; a body reviewing complaints or a case inquires over
# weeks, which is no sitting of one day
_ITEMS = frozenset({"bill", "proposal", "plan", "measure", "budget", "motion", "resolution", "draft", "decree",
                    "amendment", "legislation", "package", "scheme", "treaty", "accord", "agreement", "nomination",
                    "offer", "bid", "merger", "recommendation", "request", "law", "reform", "programme", "program"})
_AHEAD_AUX = frozenset({"will", "may", "might", "shall", "'ll", "wo"})
_SCHEDULING = frozenset({"expect", "schedule", "due", "set", "plan", "slate"})
_AHEAD_VERBS = _SCHEDULING | {"likely", "be"}
_CONDITIONS = frozenset({"when", "if", "unless", "once", "until", "after", "before"})
_CLAUSES_APART = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis"})
_CLIMB = 3


def body_taking_up(token: Token) -> Token | None:
    """The sitting body whose business `token` (a verb or noun of deliberating) sets for a day ahead, or None."""
    if token.pos_ in ("VERB", "AUX"):
        body = _doer(token)
        governor = _ahead(token)
        clause = token
    elif token.pos_ == "NOUN" and lower_lemma(token) in BUSINESS_NOUNS and told_itself(token):
        body = _by_body(token)  # "the final vote on the budget by the council has been set for Friday"
        governor = token.head if lower_lemma(token.head) in _SCHEDULING else None
        clause = token.head
    else:
        return None
    if body is None or governor is None or _conditional(clause) or not _takes_an_item(token):
        return None
    return body if _day_told(token) or (clause is not token and _day_told(clause)) else None


def _takes_an_item(business: Token) -> bool:
    """Whether what the sitting takes up is an item of its order of business: the verb's object, the passive
    verb's subject (read through a relative "which"), or what the vote or the debate is "on"."""
    if any(c.dep_ == "prep" and c.lower_ == "at" and lower_lemma(o) in LEX.meeting_nouns
           for c in business.children for o in c.children):
        return False  # "the board should adopt the scheme at its May meeting": the meeting noun tells it
    items = [c for c in business.children if c.dep_ in ("dobj", "nsubjpass")]
    items += [o for p in business.children if p.dep_ == "prep" and p.lower_ in ("on", "over") for o in p.children
              if o.dep_ == "pobj"]
    if business.pos_ in ("VERB", "AUX") and not items:
        # "the budget, aides said, will then get approved by the council": the passive's subject, read upwards
        items = [business.head] if business.dep_ == "relcl" else subjects(business)
    return any(lower_lemma(item) in _ITEMS for item in items)


def _doer(verb: Token) -> Token | None:
    """The one sitting body that does the business: the subject, or the agent of a passive."""
    lemma = lower_lemma(verb)
    if lemma not in BUSINESS_VERBS or (lemma == "take" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
        return None
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if agent is not None:
        return agent if _sits(agent) else None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "the bill will be reviewed on Monday": by whom is not told
    sides = subjects(verb)
    return sides[0] if len(sides) == 1 and _sits(sides[0]) else None


def _by_body(noun: Token) -> Token | None:
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                 if o.dep_ == "pobj" and _sits(o)), None)


def _sits(body: Token) -> bool:
    """A body that sits in its own sessions (a cabinet, a committee, a board), not a firm's holders."""
    lemma = lower_lemma(body)
    return lemma in SESSION_BODIES and lemma not in HOLDERS and one_session_body(body)


def _ahead(verb: Token) -> Token | None:
    """The word that puts the business ahead: a modal on the verb or on the verbs it complements ("may take
    up", "is expected to review", "is to be approved")."""
    node = verb
    for _ in range(_CLIMB):
        if any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in node.children):
            return node
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        node = node.head
        if lower_lemma(node) in _AHEAD_VERBS:
            return node
    return None


def named_in_full(body: Token) -> str | None:
    """"the committee" told bare after "the Senate Roads Committee": the name the article gave the body last,
    as readers name a session after its body; None when the body has words of its own before it."""
    if any(c.dep_ != "det" for c in body.lefts):
        return None
    lemma = lower_lemma(body)
    names = [e for e in body.doc.ents if e.label_ == "ORG" and e.end <= body.i and len(e) > 1
             and lower_lemma(e[-1]) == lemma]
    if not names:
        return None
    words = [t.text for t in names[-1] if t.dep_ != "det"]
    return " ".join(words)


def _conditional(verb: Token) -> bool:
    """"will take it up when it returns": a condition, not a day set."""
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITIONS
                                         for m in c.children) for c in verb.children)


def _day_told(head: Token) -> bool:
    """Whether a day or time is told on the business or inside its object ("to reinstate the tax late this
    month"), but not in a clause of its own ("a bill passed last week")."""
    stack = [head]
    while stack:
        node = stack.pop()
        if node.ent_type_ in ("DATE", "TIME") and node.i != head.i:
            return True
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSES_APART and c.tag_ not in ("VBD", "VBN"))
    return False

"""Clauses that report nothing as having happened: conditions, questions, requests, duties, expectations.

Taboada et al. (2011, "Lexicon-based methods for sentiment analysis") ignore the sentiment words
of irrealis clauses; the news reports warnings in them too, so which clauses count, and for which
side, is decided clause kind by clause kind. The concessive clause ("although ...") is found by the
same walk up to the clause's mark.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import MAX_CLAUSE_DEPTH, SUBJECT_DEPS
from streams.enrich.extractors.sentiment.tree import dependents

# Conjunctions that open an irrealis clause: what it describes has not happened ("if the talks
# go well", "unless the crisis worsens", "a test of whether the agreements still mean anything").
# Taboada et al. (2011, "Lexicon-based methods for sentiment analysis") ignore sentiment words in
# such a clause; we do the same for conditional and indirect-question clauses only, because
# news states its warnings with modals ("factories could face layoffs") and those must count.
IRREALIS_MARKS = frozenset({"if", "unless", "whether"})
# A clause of "until" in the present tense speaks of the future (English puts a coming event in the
# present after a conjunction of time): in "until pay improves, nurses will keep leaving" or "the
# road stays shut until the bridge is safe" the improvement and the safety have not happened; the
# news is the state that lasts meanwhile. Read as irrealis, like an "if" clause. In the past tense
# ("shares rose until the bank collapsed") the event happened and counts.
PENDING_MARKS = frozenset({"until", "till"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# A clause of "before" says what came first, and what it came before mostly happened too ("the
# shares crashed before the bank collapsed"). With a word that asserts nothing ("any", "anyone",
# "either") or with "could" it says what was forestalled: in "blocked the attack before any data was
# stolen", "pulled them out before anyone was hurt", "contained the blaze before it could spread"
# nothing was stolen, hurt or spread. Read as irrealis, like an "if" clause. Non-assertive "any"
# is Quirk et al.'s (1985) term: it marks a clause that states no fact.
FORESTALL_MARKS = frozenset({"before"})
NON_ASSERTIVE = frozenset({"any", "anyone", "anybody", "anything", "either"})
FORESTALL_MODALS = frozenset({"could"})
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")
# What is asked for has not happened: in "urged the ministry to fund more buses" the buses are a
# wish, not good news (the irrealis of Taboada et al. 2011 again). Only the good words of the
# request are left out; a request to end something bad still reports the bad thing.
# The nouns of asking are read the same way: "a proposal to build a stadium", "a plea to reopen
# the ward" ("request", "appeal", "call", "demand" are both verb and noun).
REQUEST_VERBS = frozenset(
    {"urge", "request", "ask", "appeal", "call", "demand", "plead", "implore", "press"}
    | {"proposal", "plea", "suggestion"}
)
REQUEST_LINKS = frozenset({"xcomp", "ccomp", "acl"})
# What someone wants others to do or to have done is asked of them, a request without the verb: in
# "we want the dispute settled", "we want the talks to succeed", "we want the merger approved" the
# settlement, the success and the approval have not happened (Taboada et al. 2011's irrealis). What
# the subject wants to do itself ("both sides want to avoid escalation") is its aim and stance, and
# keeps its tone. A need said as a noun is read as a request too ("the need for the ministry to fund
# more buses"; the parser hangs "for X to do" off the noun as an adverbial clause); the verb is a duty
# ("the city needs to build homes", OBLIGATION_VERBS), hedged rather than left out.
WISH_VERBS = frozenset({"want", "wish"})
WISH_NOUNS = frozenset({"need"})
WISH_NOUN_LINKS = frozenset({"acl", "advcl"})
# A clause that something is important, essential or vital prescribes it: "it is important that the
# stadium succeeds quickly", "the most important thing is to keep costs down", "it is vital to win
# back the voters" name what should happen, not what has. The adjective is left out with the clause:
# it rates the priority, not a success ("an important win" keeps its rating).
PRESCRIBING = frozenset({"important", "essential", "vital", "crucial", "necessary", "imperative"})
PRESCRIBED_LINKS = frozenset({"ccomp", "xcomp", "csubj"})
# What a condition promises has not happened either: in "profits could improve if rates fall" the
# improvement is as unreal as the fall (Taboada et al. 2011 block the whole conditional sentence).
# As with a request only the good words are left out: "factories could face layoffs if the
# quarrel drags on" is a warning, and news reports warnings.
CONDITIONAL_MARKS = frozenset({"if", "unless"})
# What is owed has not happened yet: in "we have to accept it", "we must do better", "the city
# needs to build more homes" the good words name a duty or a need, not a success (modal irrealis,
# Taboada et al. 2011). They are hedged (counted half), not left out as a request's are: a duty
# still says what the speaker stands for. Bad words count in full: "we must cut the losses"
# still reports the losses.
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
OBLIGATION_VERBS = frozenset({"have", "need"})
# The standard a result is compared with is a reference, not news: in "less damage than feared",
# "sales grew less than hoped", "better than expected" the fear, the hope and the forecast are
# what the result is measured against, and the tone is the comparison's (Taboada et al. 2011 read
# such expectations as irrealis). A verb of expecting right after "than" ("than many had feared")
# rates nothing.
EXPECTATION_VERBS = frozenset(
    {"expect", "fear", "hope", "forecast", "predict", "anticipate", "think", "estimate", "project", "plan", "promise"}
)
STANDARD_REACH = 4  # "than [anyone had] feared": at most three words between "than" and the verb
# A concession is granted and set aside: in "although the talks were friendly, no deal was made"
# the reader hears the second half, as with "but" (Taboada et al. 2011 weigh such clauses down).
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas", "despite", "notwithstanding"})


def clause_mark(token: Token) -> str | None:
    """The irrealis or concessive word opening the clause the word sits in, if any: a
    subordinating "if", "unless", "whether", "although", "while", the preposition "despite", or
    an "until" of a coming event (given as "if", see PENDING_MARKS)."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        for mark in dependents(node, ("mark",)):
            if mark.lower_ in IRREALIS_MARKS or mark.lower_ in CONCESSIVE_MARKS:
                return mark.lower_
            if mark.lower_ in PENDING_MARKS and _present(node):
                return "if"
            if mark.lower_ in FORESTALL_MARKS and _forestalled(node):
                return "if"
        if node.head.i == node.i:
            return None
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in CONCESSIVE_MARKS:
            return node.head.lower_
        node = node.head
    return None


def _present(verb: Token) -> bool:
    """Whether the clause's verb, or an auxiliary of it ("until it has been fixed"), is in the
    present tense."""
    return verb.tag_ in PRESENT_TAGS or any(aux.tag_ in PRESENT_TAGS for aux in dependents(verb, ("aux", "auxpass")))


def _forestalled(verb: Token) -> bool:
    """Whether the verb of a "before" clause says what did not happen: an argument that asserts
    nothing ("any data", "anyone", "either boxer") or "could" ("before it could spread")."""
    if any(aux.lower_ in FORESTALL_MODALS for aux in dependents(verb, ("aux",))):
        return True
    return any(
        arg.lower_ in NON_ASSERTIVE or any(det.lower_ in NON_ASSERTIVE for det in dependents(arg, ("det",)))
        for arg in dependents(verb, ARGUMENT_DEPS)
    )


def requested(token: Token) -> bool:
    """Whether the word sits in what a request verb or noun asks for ("urged X to build a school",
    "a proposal to build a school"), in a wish ("we want X settled") or in a prescription ("it is
    important that X succeeds")."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.head.i == node.i:
            return False
        if _asks_for(node):
            return True
        node = node.head
    return False


def _asks_for(node: Token) -> bool:
    """Whether the word heads what its head asks for, wishes for or prescribes: "urged X [to build]",
    "we want the dispute [settled]", "the need for X [to find]", "it is important that X [succeeds]"."""
    head = node.head
    lemma = head.lemma_.lower()
    if node.dep_ in REQUEST_LINKS and lemma in REQUEST_VERBS:
        return True
    if lemma in WISH_VERBS and node.dep_ == "ccomp":  # "want [the talks] to succeed"
        return True
    if node.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() in WISH_VERBS:
        return True  # "want [the merger] approved", parsed as a participle on the object
    if node.dep_ in WISH_NOUN_LINKS and lemma in WISH_NOUNS and head.pos_ == "NOUN":
        return True
    if node.lower_ in PRESCRIBING:  # the quality of a prescription is the priority's, not praise
        frame = head if node.dep_ == "acomp" else head.head if node.dep_ == "amod" else node
        return _prescribes(frame)
    return node.dep_ in PRESCRIBED_LINKS and _prescribes(head)


def _prescribes(verb: Token) -> bool:
    """Whether a copula says that its clause is important, essential or vital ("it is vital that
    ...", "the most important thing is to ...")."""
    if verb.lemma_.lower() != "be" or not dependents(verb, tuple(PRESCRIBED_LINKS)):
        return False
    qualities = dependents(verb, ("acomp",)) + [
        word for subject in dependents(verb, SUBJECT_DEPS) for word in dependents(subject, ("amod",))
    ]
    return any(word.lower_ in PRESCRIBING for word in qualities)


def promised(token: Token) -> bool:
    """Whether the word sits in the main clause of a condition ("the region will prosper if ...")."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        for clause in dependents(node, ("advcl",)):
            if any(mark.lower_ in CONDITIONAL_MARKS for mark in dependents(clause, ("mark",))):
                return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def obliged(token: Token, verbs: frozenset[str] = OBLIGATION_VERBS) -> bool:
    """Whether the word sits in a clause of duty or need ("we have to accept it", "we must improve",
    "the town needs to attract investors"); a coordinated clause with its own subject is its own.
    With no `verbs`, only a modal of duty counts ("should", "must"): "has yet to" is no duty."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        if any(aux.lower_ in OBLIGATION_MODALS for aux in dependents(node, ("aux",))):
            return True
        if node.head.i == node.i or (node.dep_ == "conj" and dependents(node, SUBJECT_DEPS)):
            return False
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in verbs:
            return True
        node = node.head
    return False


def after_than(i: int, span: range, words: list[str], tags: list[str]) -> bool:
    """Whether word i is the verb of a "than" standard of comparison ("than [had been] feared")."""
    for j in range(i - 1, max(span.start, i - STANDARD_REACH) - 1, -1):
        if words[j] == "than":
            return True
        if tags[j] == "VERB" or tags[j] == "PUNCT":
            return False
    return False

"""Valence of the words in one stretch of a sentence, with the parse supplying the context.

VADER's `polarity_scores` reads whitespace-split words, so it cannot tell "Intelligence" in an
agency's name from the quality, sees a negation only if it stands at most three words before the
word it negates ("the reform has still not been welcomed" escapes it), and its "but" rule is quadratic in
the number of words (one 200k-character sentence would stall the stream). We keep what VADER is
good at, its rated lexicon (edited per instance, see `lexicon.py`) and its arithmetic (booster
increment, negation scalar, normalisation), and take context from spaCy's dependency parse.

A root is recognised by index (`head.i == token.i`), never by identity: spaCy builds a new Token
object on every access, so `token.head is token` is false even at a sentence's root.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token
from vaderSentiment.vaderSentiment import N_SCALAR, normalize

from streams.enrich.extractors.sentiment.direction import direction_valences
from streams.enrich.extractors.sentiment.doc_cache import per_doc
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.sides import FIRST_PERSON, side_valences
from streams.enrich.extractors.sentiment.topic import is_topic
from streams.enrich.extractors.sentiment.tree import dependents

# Entity labels that name something. Their words are labels, not opinions ("Justice Department",
# "Central Intelligence Agency", "Hope Street"); dates and quantities carry no lexicon words.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# What a degree adverb modifies: "well ahead", "well above" say how far, not how good.
DEGREE_HEADS = frozenset({"ADJ", "ADV", "ADP"})
# Function words never carry VADER's rating: "like" as a preposition, "no" as a determiner (it is
# read as a negation instead).
FUNCTION_POS = frozenset(
    {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "AUX", "NUM", "PUNCT", "SYM", "SPACE"}
)
# A negated predicate negates these dependents of it: "they are not satisfied", "did not want a
# confrontation", "the reform has still not been welcomed".
NEGATED_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "xcomp", "advmod", "dative"}
)
NEGATING_DETERMINERS = frozenset({"no", "neither"})
# "no longer", "not any more": the parse hangs the negation on the adverb, but what is denied is
# the predicate the adverb modifies ("the coach was no longer welcome").
CEASING_ADVERBS = frozenset({"longer", "more", "anymore"})
# Predicates of being or coming about: negating them denies their subject ("peace did not come").
EXISTENCE_VERBS = frozenset(
    {"be", "exist", "remain", "come", "happen", "arrive", "return", "materialise", "materialize"}
)
# A bad thing that a negated relative clause says was never done or never came about is denied, not
# reported: "jailed for a crime he did not commit", "braced for a crash that never happened", "a
# flood that never came". Verbs of being are left out: "a crisis that is not over" still is one.
DENYING_RELATIVE_VERBS = frozenset(
    {"commit", "happen", "occur", "exist", "come", "arrive", "materialise", "materialize"}
)
# A complaint of being passed over ("nobody told us", "we were never consulted") weighs as a
# refusal to engage does (the refusal group of the news lexicon rates those -1).
GRIEVANCE_VALENCE = -1.0
# That nobody has been held to account for a harm is news of impunity, bad in itself: "nobody has
# been held responsible", "no one was charged over the collapse", "not one officer was disciplined".
# Only a subject that denies everyone makes it so: "he was not charged" clears one person. It weighs
# as a grievance does; "hold" counts only with the accountability it assigns.
# A reaction reported as divided is the reporter saying the story has two sides: "the opera drew
# mixed reviews", "critics were divided", "reviewers split over the film". Only of a reaction or of
# those who react: a "split vote" or a "divided party" is a fact of its own (see `lead.py`).
DIVIDED_WORDS = frozenset({"mixed", "divided", "split"})
REACTION_NOUNS = frozenset(
    {"review", "reaction", "response", "reception", "opinion", "verdict", "critic", "reviewer", "audience"}
)
ACCOUNTING_VERBS = frozenset({"hold", "punish", "charge", "prosecute", "convict", "discipline", "sanction"})
ACCOUNTABLE_WORDS = frozenset({"responsible", "accountable", "liable"})
# A subject that denies everyone denies the predicate: "nobody wins", "nothing has improved",
# "no side benefits" (a subject with a negating determiner counts too).
NEGATING_SUBJECTS = frozenset({"nobody", "noone", "nothing", "none", "neither"})
# The links inside a noun phrase, from a modifier up to the phrase's head noun: in "the conditions
# for a productive meeting are not there" the negation of "are" reaches "productive".
PHRASE_LINKS = frozenset({"amod", "compound", "poss", "nmod", "pobj", "prep"})
# Verbs of opinion pass their negation down to the clause they report ("neg-raising", Horn 1989):
# "I don't think the decision is fair" says the decision is unfair, not that no thought was had.
NEG_RAISING_VERBS = frozenset({"think", "believe", "expect", "suppose", "imagine", "feel"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The relations by which a degree adverb attaches to the word it boosts.
BOOSTER_DEPS = frozenset({"advmod", "amod", "npadvmod"})
# A shifter's scope does not cross into another clause: in "they failed, and trade recovered" the
# recovery is not reversed.
CLAUSE_EDGES = frozenset({"conj", "advcl", "relcl", "parataxis", "acl", "appos"})
# A shifter reverses what it takes as complement: "avoid war", "the war was ended", "failed to
# agree", "without progress", "lack of trust"; not its adjuncts ("the summit ended with an agreement").
SHIFTED_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp", "pcomp", "pobj"})
# "it is premature to call X a success": the shifter is the predicate adjective, X sits in its
# sister clause.
PREDICATE_DEPS = frozenset({"acomp", "attr"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# How far above a word a shifter may stand ("lack -> of -> trust" is two steps, "premature ... to
# call the deal a success" three); beyond that the parse is too unreliable to trust.
MAX_SCOPE_STEPS = 4
# The relations of the second word of a phrase that may stand apart from its first: a verb's
# particle ("let the fans down"), adverb ("fell well short on recycling") or object ("beat
# analysts' forecasts", "denied any wrongdoing").
SPLIT_PHRASE_DEPS = ("prt", "advmod", "dobj")
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
# Where a denied harm would have happened: in "nobody was hurt in the fire" or "no injuries in the
# crash" the fire and the crash are the setting of the relief, not news of their own (the report
# is that the harm did not come about).
SETTING_PREPS = frozenset({"in", "during", "at", "after", "from"})
# The setting may also be a clause of time, whose subject is the event: "nobody was hurt when a fire
# broke out", "no one was injured as the bus overturned". Only its subject: what the event did
# besides ("when the fire destroyed forty homes") is news of its own.
SETTING_CLAUSE_WORDS = frozenset({"when", "as", "after", "while"})
# A success reached "after" a struggle ("won the title after a long fight", "the deal was signed
# after a bitter dispute", "after a long battle, this is the sweetest win") tells the struggle as
# the road to the news, which is the success, as a relief's predicament is the road to the rescue.
# Only nouns of contest and effort: what else came before ("rose after the crash") is news of its own.
STRUGGLE_NOUNS = frozenset(
    {"fight", "battle", "struggle", "fightback", "campaign", "dispute", "row", "wrangle", "standoff", "setback"}
    | {"fighting", "feud", "deadlock", "impasse", "stalemate", "strike", "walkout"}
)
STRUGGLE_PREPS = frozenset({"after", "following"})
# A settlement is the success such a struggle leads to even where no word of it is rated: "the deal
# was signed after a bitter dispute", "talks resumed after a long stalemate", "the crossing reopened
# after a row" report the outcome, and a news reader takes the tone from it, not from the backstory.
SETTLEMENT_VERBS = frozenset({"sign", "agree", "reach", "seal", "settle", "conclude", "resume", "reopen", "approve"})
SUCCESS_ARGUMENTS = ("dobj", "attr", "acomp", "nsubj", "nsubjpass")
# Verbs of relief: what someone is rescued from, survives or escapes is the predicament the news
# ends ("miners trapped after a collapse were rescued", "survived the crash", "escaped from the
# fire"); like a denied harm's setting it is no bad news of its own.
# A court's relief is the same move: what someone is acquitted or cleared of is the accusation the
# news ends ("acquitted of all charges", "cleared of misconduct"). What a point or a deal is
# salvaged from is the loss it was saved from ("salvaged a draw from a poor start").
RELIEF_VERBS = frozenset({"rescue", "survive", "escape", "free", "recover", "acquit", "clear", "salvage"})
RELIEF_PREPS = frozenset({"from", "of"})
# A rescue is also told by where it leaves people: "brought to the surface alive", "pulled alive
# from the rubble", "led to safety", "escorted safely ashore"; any verb that ends so is one of relief.
SAFE_WORDS = frozenset({"alive", "safe", "safely", "unharmed", "unhurt"})
SAFE_LINKS = ("advcl", "acomp", "oprd", "advmod", "xcomp", "dobj")
SAFETY = "safety"
RELIEF_ARGUMENTS = frozenset({"dobj", "nsubjpass", "prep"})
# The links from a word of the predicament up to the argument of the relief verb that holds it.
PREDICAMENT_LINKS = frozenset({"acl", "relcl", "prep", "agent", "pobj", "amod", "compound", "nmod", "conj"})
# What is feared has not happened: in "fears of a strike", "the threat of floods", "the risk of a
# recession" the fear carries the tone once, and the feared thing is its content (irrealis), not a
# second piece of bad news; "fears of a strike receded" is then good news as a whole.
FEAR_NOUNS = frozenset({"fear", "threat", "risk", "danger", "spectre", "specter"})
# What a reporter asks for: not answering it is no refusal ("did not respond to requests for comment").
PRESS_REQUESTS = frozenset({"request", "comment", "question", "inquiry", "enquiry", "call", "email", "message"})
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
# How many heads up a word may sit below the verb of its clause ("if the panel's work went well").
MAX_CLAUSE_DEPTH = 8
# The links from a word up to the predicate of whose object it is a part: "exploited [the trust
# of colleagues]", "a betrayal of [a loyal workforce]", "[the agreement] was delayed".
OBJECT_LINKS = frozenset({"dobj", "nsubjpass"})
NOUN_PHRASE_LINKS = frozenset({"amod", "compound", "poss", "nmod", "pobj", "conj"})
# A count that "only" or "just" restricts is fewer than hoped or feared, which turns the news the
# verb counts: "won only three of 15 games" is a losing season, "just 12% of members approved" a
# rebuff, "only two people were hurt" (a relief) reverses the hurt. The restricting adverb hangs from the number, which
# is the verb's argument or counts it. Read like a negation (VADER's scalar), since it denies the
# amount the verb would otherwise report.
RESTRICTING_ADVERBS = frozenset({"only", "just", "merely"})
COUNTED_ARGUMENTS = ("dobj", "nsubj", "nsubjpass")
# To succeed someone is to follow them in a post: "she succeeds the retiring chair", "he will be
# succeeded by his deputy" report an appointment, not VADER's success, which "succeeded in winning
# the vote" (no object) keeps.
SUCCESSION_VERBS = frozenset({"succeed"})
SUCCESSOR_LINKS = ("dobj", "agent")
# To "help" do something, with no one named as helped, only joins in the act: "the ministry will
# help fund a road survey", "the levy will help pay for buses" are announcements whose tone is the
# act's ("helped rescue the climbers" keeps the rescue's). VADER's 1.7 for "help" made such notices
# good news; "help families pay their bills" and "helps refugees" name who is helped and keep it.
CATENATIVE_VERBS = frozenset({"help"})
# To "support" a thing as a planned act is to fund or back it: "the foundation will support the
# archive project", "a grant to support the survey" are notices whose tone is the thing's, which
# the notice leaves to its own words. Said as a stance ("residents support the plan", "she
# supported the strike") or of someone ("will support the families"), VADER's rating stays.
BACKING_VERBS = frozenset({"support"})
PLANNED_MARKS = frozenset({"will", "shall", "to"})
# To commit an act says nothing of the act's worth: "the robbery he committed", "crimes committed
# by the gang", "committed an error" take their tone from what is committed. VADER's "committed"
# is the devotion of "committed to peace", which takes "to" and no object; so is kept there.
COMMIT_VERBS = frozenset({"commit"})
COMMITTED_ACT_LINKS = ("dobj", "nsubjpass")
COMMITTED_ACT_DEPS = frozenset({"relcl", "acl"})  # "the robbery [he committed]", "crimes [committed by]"
# A hedge halves rather than removes: the good news is qualified, not denied.
HEDGE_FACTOR = 0.5
# VADER's "but" rule: what comes after the contrast outweighs what came before.
BEFORE_BUT, AFTER_BUT = 0.5, 1.5
# "Too" says a quality overshoots what was needed, which news reports as a failing: "too late",
# "too expensive", "too slow", "too little" (Kennedy & Inkpen 2006 list such intensifiers among the
# valence shifters). The phrase weighs as a plain bad-news word in VADER; "too X to do Y" is a
# degree, not a complaint ("too early to say"), and a word already bad keeps its own rating.
EXCESS_VALENCE = -1.5
# A protest against an official's call ("it was never a penalty") weighs as a plain bad-news word.
DISPUTED_CALL = -1.5
DEGREE_COMPLEMENTS = ("xcomp", "ccomp")
# Connectives that open a sentence by turning against the one before: "The first half was poor.
# However, we improved after the break." The turn is "but" across a full stop.
TURN_WORDS = frozenset({"however", "but", "yet", "nevertheless", "nonetheless"})
# A bad word weighs half again as much as a good one when a sentence's sides are netted. Language
# leans positive (Boucher & Osgood 1969), so rated lexicons read mild courtesy ("ready", "hope",
# "support") as warmth and outvote the one bad fact; Taboada et al. (2011) weigh negative words by
# 1.5 to correct this. Their value, not ours: leave-one-article-out cross-validation on the first
# half of dev-real plus dev (`streams/evaluation/tone_fit.py`) picks 1.5 from 1, 1.25, 1.5, 2 in 17
# of 18 folds for statement tone (72 -> 75 of 95 matched statements) and lifts the articles'
# cross-validated polarity + 4-class from 27 to 30 of 40.
NEGATIVE_WEIGHT = 1.5


@dataclass(frozen=True, slots=True)
class PartScore:
    """Summed valences of one sentence (or the part of it inside a quote)."""

    positive: float
    negative: float
    clause: bool  # holds a verb: a statement, not a dateline or a heading
    words: tuple[tuple[int, float], ...] = ()  # (token index, valence) of each word that counted
    turns: bool = False  # opens with a contrastive connective ("However, ...", "But ...")
    # says in its own words that the news has two sides: a headline whose "but" joins good news and
    # bad ("Deal agreed, but ..."), or a divided reaction ("drew mixed reviews", "critics split")
    contrasted: bool = False

    @property
    def compound(self) -> float:
        """VADER's normalised sum, so a sentence reads on the scale VADER users know; the bad side
        weighs NEGATIVE_WEIGHT times its valence."""
        net = self.positive - NEGATIVE_WEIGHT * self.negative
        return normalize(net) if self.positive or self.negative else 0.0

    @property
    def counts(self) -> bool:
        """Whether this part is a sentence for averaging: datelines and headings are not."""
        return self.clause or bool(self.positive or self.negative)


def _is_name(token: Token) -> bool:
    if token.is_lower:
        return False
    return token.ent_type_ in NAME_LABELS or (token.pos_ == "PROPN" and not token.is_sent_start)


def _is_classifier(token: Token) -> bool:
    """A noun modifying a noun says what kind ("peace talks", "crisis meeting"), not how good."""
    return token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")


def _base_valence(token: Token, lex: NewsLexicon) -> float:
    """The word's own rating; a degree adverb has none, it boosts its head ("strongly opposes"),
    as in VADER, which skips its booster words when it sums valences."""
    if token.pos_ in FUNCTION_POS or not token.is_alpha or _is_name(token) or _is_classifier(token):
        return 0.0
    if token.dep_ == "neg":  # "no" in "no longer": a negation acts on its predicate, it rates nothing
        return 0.0
    if token.lower_ in lex.degrees and token.dep_ == "advmod" and token.head.pos_ in DEGREE_HEADS:
        return 0.0
    if token.lower_ in lex.boosters:
        return 0.0
    allowed = lex.pos_only.get(token.lower_)
    if allowed is not None and token.pos_ not in allowed:
        return 0.0
    if token.lemma_.lower() in SUCCESSION_VERBS and dependents(token, SUCCESSOR_LINKS):
        return 0.0
    if token.lemma_.lower() in COMMIT_VERBS and _commits_an_act(token):
        return 0.0
    if token.lemma_.lower() in CATENATIVE_VERBS and _only_joins(token):
        return 0.0
    if token.lemma_.lower() in BACKING_VERBS and _plans_to_fund(token, lex):
        return 0.0
    sense = lex.senses.get(token.lower_)
    if sense is not None and _qualified(token).lemma_.lower() in sense[0]:
        return sense[1]
    return lex.valence.get(token.lower_, 0.0)


def _commits_an_act(verb: Token) -> bool:
    """Whether "commit" takes an act (an object, a passive subject, or the noun its clause
    modifies) rather than the devotion of "committed to" a cause."""
    if any(prep.lower_ == "to" for prep in dependents(verb, ("prep",))):
        return False
    return verb.pos_ == "VERB" and (bool(dependents(verb, COMMITTED_ACT_LINKS)) or verb.dep_ in COMMITTED_ACT_DEPS)


def _only_joins(verb: Token) -> bool:
    """Whether the verb takes a bare verb of its own and no one it acts on ("help fund the survey")."""
    return bool(dependents(verb, ("xcomp",))) and not dependents(verb, ("dobj", "dative", "ccomp"))


def _plans_to_fund(verb: Token, lex: NewsLexicon) -> bool:
    """Whether the verb is a planned act ("will support", "to support") on an unrated thing; not a
    denied one ("will no longer support the routes" withdraws the backing, which is news)."""
    if verb.pos_ != "VERB" or _negated(verb) or not any(a.lower_ in PLANNED_MARKS for a in dependents(verb, ("aux",))):
        return False
    objects = dependents(verb, ("dobj",))
    return bool(objects) and all(
        o.pos_ == "NOUN" and o.ent_type_ not in NAME_LABELS and not any(lex.valence.get(w.lower_) for w in o.subtree)
        for o in objects
    )


def _qualified(token: Token) -> Token:
    """The noun an adjective says something of: its head ("outstanding debts") or, said of a
    subject, the subject ("the debts remain outstanding"); the word itself otherwise."""
    if token.dep_ == "amod":
        return token.head
    if token.dep_ in PREDICATE_DEPS:
        return next(iter(dependents(token.head, SUBJECT_DEPS)), token)
    return token


def _boosted(token: Token, valence: float, lex: NewsLexicon) -> float:
    """Add VADER's booster increments for degree adverbs attached to the word ("very good")."""
    for child in dependents(token, BOOSTER_DEPS):
        scalar = lex.boosters.get(child.lower_)
        if scalar is not None:
            valence += math.copysign(scalar, valence)
    return valence


def _anchor(token: Token) -> Token:
    """A conjunct takes its grammatical role from the first conjunct ("not calm or constructive").

    A conjunct with a subject of its own is a clause of its own: in "they did not own cars and she
    feared the worst" the fear is not denied.
    """
    steps = 0
    while token.dep_ == "conj" and token.head.i != token.i and steps < MAX_SCOPE_STEPS:
        if dependents(token, SUBJECT_DEPS):
            break
        token, steps = token.head, steps + 1
    return token


def _negator(token: Token, lex: NewsLexicon) -> Token | None:
    """The predicate whose negation covers this word, if any."""

    anchor = _anchor(token)
    if _negated(token):
        return token
    if anchor is not token and _negated(anchor):
        return anchor
    if _denies_argument(anchor):
        return anchor.head
    of_noun = _of_head(anchor)
    if of_noun is not None and _negated(of_noun):
        return of_noun
    phrase = _phrase_head(anchor)
    if phrase is not anchor and _denies_argument(phrase):
        return phrase.head
    return _denied_shifter_host(anchor, lex) or _denied_state(anchor) or _raised_negation(anchor)


def _denied_shifter_host(token: Token, lex: NewsLexicon) -> Token | None:
    """The negated predicate a shifting preposition hangs from: in "the plan is not without risks"
    the negation cancels "without", so the risks stand ("not against the deal" likewise)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or not _is_shifter(prep, lex) or prep.head.i == prep.i:
        return None
    return prep.head if _negated(prep.head) else None


def _denied_state(token: Token) -> Token | None:
    """The negated "be" whose prepositional complement names the state the word is in: "the
    hospital is no longer at risk", "the reef is not in danger", "the club is not under threat"
    deny the risk, as "there is no risk" does."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    host = prep.head
    return host if host.lemma_ == "be" and _negated(host) else None


def _raised_negation(token: Token) -> Token | None:
    """The negated verb of opinion whose reported clause holds the word ("I don't think [it is fair]")."""
    node = token
    for _ in range(MAX_SCOPE_STEPS):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp":  # the reported clause follows its verb: "I don't think [it is fair]"
            head = node.head
            raised = node.i > head.i and head.lemma_.lower() in NEG_RAISING_VERBS and _negated(head)
            return head if raised else None
        if node.dep_ in CLAUSE_EDGES:
            return None
        node = node.head
    return None


def _is_shifter(token: Token, lex: NewsLexicon) -> bool:
    """Whether the word is a valence shifter, alone ("avoid") or with its particle ("rule out")."""
    lemma = token.lemma_.lower()
    return lemma in lex.shifters or any(f"{lemma} {p.lower_}" in lex.shifters for p in dependents(token, ("prt",)))


def _is_fading(verb: Token, lex: NewsLexicon) -> bool:
    """Whether the verb says its subject dwindles or ends, alone ("faded", "the strike ended") or
    with the phrase of its end ("came to an end", "drew to a close"). Only without an object: the
    subject of "the war ended the boom" or "the news dimmed hopes" is what ends the other."""
    lemma = verb.lemma_.lower()
    if dependents(verb, ("dobj",)):
        return False
    if lemma in lex.fading:
        return True
    return lemma in lex.fading_verbs and any(
        f"{lemma} {prep.lower_} {end.lemma_.lower()}" in lex.fading
        for prep in dependents(verb, ("prep",))
        for end in dependents(prep, ("pobj",))
    )


def _denies_argument(token: Token) -> bool:
    """Whether the word is an argument that its negated predicate denies.

    An object is denied ("did not want a confrontation"), but a subject only by a predicate of
    being or coming about ("trust is not there", "peace did not come"): the subject of a negated
    act is the one that failed to act, and "the lack of trust would not help" still blames the lack.
    """
    head = token.head
    if token.dep_ not in NEGATED_ARGUMENTS or head.i == token.i or not _negated(head):
        return False
    return token.dep_ != "nsubj" or head.pos_ == "AUX" or head.lemma_.lower() in EXISTENCE_VERBS


def _negates(determined: Token) -> bool:
    return any(c.lower_ in NEGATING_DETERMINERS for c in dependents(determined, ("det",)))


def _negated(token: Token) -> bool:
    """Whether the word is negated itself ("not", "no"), or its subject denies it ("nobody wins",
    "not a single job will be lost"), or it is said to hold no longer ("was no longer welcome",
    "will no longer fund") or not yet ("has yet to reopen")."""
    if dependents(token, ("neg",)) or _negates(token):
        return True
    if any(dependents(a, ("neg",)) for a in dependents(token, ("advmod",)) if a.lower_ in CEASING_ADVERBS):
        return True
    if _not_yet(token):
        return True
    return any(_denied_subject(s) for s in dependents(token, SUBJECT_DEPS)) and token.pos_ in ("VERB", "AUX")


def _not_yet(token: Token) -> bool:
    """Whether the verb says its complement has not happened yet: "the bridge has yet to reopen",
    "victims are yet to be paid" deny the reopening and the payment for now."""
    return (
        token.lemma_.lower() in ("have", "be")
        and any(a.lower_ == "yet" for a in dependents(token, ("advmod",)))
        and bool(dependents(token, ("xcomp",)))
    )


def _denied_subject(subject: Token) -> bool:
    """Whether a subject denies everyone: "nobody", "no side", "not a single job", "not one patient"."""
    if subject.lower_ in NEGATING_SUBJECTS or _negates(subject) or dependents(subject, ("neg",)):
        return True
    return any(dependents(count, ("neg",)) for count in dependents(subject, ("nummod",)))


def _phrase_head(token: Token) -> Token:
    """The head noun of the noun phrase the word modifies ("productive" -> "conditions" in
    "the conditions for a productive meeting"); the word itself when it heads no phrase."""
    node = token
    for _ in range(MAX_SCOPE_STEPS):
        if node.dep_ not in PHRASE_LINKS or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN", "PRON") else token


def _of_head(token: Token) -> Token | None:
    """The noun whose "of" complement this word is: a negated noun denies its complement too
    ("no sign of a breakthrough", "no hope of agreement", "no prospect of progress")."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


def _shifter(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> Token | None:
    """The nearest valence shifter governing the word, unless another rated word stands between."""
    child = _anchor(token)
    for _ in range(MAX_SCOPE_STEPS):
        head = child.head
        if head.i == child.i or child.dep_ in CLAUSE_EDGES:
            return None
        if child.dep_ == "nsubj" and _is_fading(head, lex):
            return head
        if _is_shifter(head, lex):
            return head if child.dep_ in SHIFTED_DEPS or child.lower_ == "of" else None
        if child.dep_ in COMPLEMENT_DEPS:
            for sister in dependents(head, PREDICATE_DEPS):
                if _is_shifter(sister, lex):
                    return sister
        if polar.get(head.i) and not _shares_head(child, head, polar):
            return None
        child = head
    return None


def _shares_head(modifier: Token, noun: Token, polar: dict[int, float]) -> bool:
    """Whether an adjective leaning the same way as its rated noun only says what the noun was like:
    what is ended or avoided goes with it ("ending a bitter dispute", "averted a costly strike",
    "lifted the harsh restrictions"), where a rated noun otherwise stops a shifter's reach."""
    return modifier.dep_ == "amod" and polar.get(modifier.i, 0.0) * polar.get(noun.i, 0.0) > 0


def _shifters(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> list[Token]:
    """The shifters governing the word, nearest first, each one governing the one before.

    Shifters compose: "failed to resolve the differences" is the failure of a resolution, so the
    differences are reversed by "resolve" and the result again by "failed" (Moilanen & Pulman 2007,
    "Sentiment composition"). Stopping at the nearest shifter read it as good news.
    """
    chain: list[Token] = []
    shifter = _shifter(token, lex, polar)
    while shifter is not None and shifter not in chain and len(chain) < MAX_SCOPE_STEPS:
        chain.append(shifter)
        shifter = _shifter(shifter, lex, polar)
    return chain


def _phrase_valences(tokens: Sequence[Token], lex: NewsLexicon) -> dict[int, float]:
    """Fixed expressions: the phrase's valence sits on its first word, the others are silenced.

    Matched on lemmas or, failing that, on the words as written (the small model lemmatises rare
    words oddly: "unturned" -> "unturne"), or on the first word's lemma and the others as written.
    The doc's word forms are read once per doc.
    """
    found: dict[int, float] = {}
    if not len(tokens):
        return found
    lemmas, words, tags = _forms(tokens[0].doc)
    start, end = tokens[0].i, tokens[-1].i + 1
    starts, by_start = lex.phrase_starts, lex.phrases_by_start
    i = start
    while i < end:
        if lemmas[i] in starts or words[i] in starts:
            opened = (*by_start.get(lemmas[i], ()), *by_start.get(words[i], ()))
            for size in sorted({len(p) for p, _ in opened if len(p) <= end - i}, reverse=True):
                value = lex.phrases.get(tuple(lemmas[i : i + size]))
                if value is None:
                    value = lex.phrases.get(tuple(words[i : i + size]))
                if value is None:  # "stayed closed": a participle the parse lemmatises as a verb
                    value = lex.phrases.get((lemmas[i], *words[i + 1 : i + size]))
                if value is not None:
                    found[i] = value
                    found.update(dict.fromkeys(range(i + 1, i + size), 0.0))
                    i += size - 1
                    break
        i += 1
    for i in range(start, end):
        if tags[i] == "VERB" and lemmas[i] in starts and i not in found:
            found.update(_split_phrase(tokens[0].doc[i], lex, lemmas, found))
    return found


def _split_phrase(verb: Token, lex: NewsLexicon, lemmas: list[str], taken: dict[int, float]) -> dict[int, float]:
    """A two-word phrase whose second word is the verb's particle, adverb or object wherever it stands:
    the object of a particle verb goes between ("let the fans down", "turned the offer down"),
    and so may a degree adverb ("fell well short on recycling")."""
    for child in dependents(verb, SPLIT_PHRASE_DEPS):
        value = lex.phrases.get((lemmas[verb.i], lemmas[child.i]))
        if value is not None and child.i > verb.i and child.i not in taken:
            return {verb.i: value, child.i: 0.0}
    return {}


@per_doc
def _forms(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Every token's lower-cased lemma, lower-cased word and part of speech, by token index."""
    strings = doc.vocab.strings
    rows = doc.to_array([LEMMA, LOWER, POS]).tolist()
    return [strings[r[0]].lower() for r in rows], [strings[r[1]] for r in rows], [strings[r[2]] for r in rows]


def _is_harmed(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> bool:
    """Whether a good thing is what a bad act or event is done to ("exploited the trust").

    Moilanen & Pulman (2007) compose a verb with its object: a negative act on something good is
    negative, the good object is its victim and lends it no warmth. VADER adds the two and "a
    betrayal of a loyal workforce" comes out even. Shifters ("lack of trust") reverse instead.
    """
    child = token
    for _ in range(MAX_SCOPE_STEPS):
        head = child.head
        if head.i == child.i:
            return False
        of_link = child.dep_ == "prep" and child.lower_ == "of"
        if (child.dep_ in OBJECT_LINKS or of_link) and polar.get(head.i, 0.0) < 0:
            return not _is_shifter(head, lex)
        if not (of_link or child.dep_ in NOUN_PHRASE_LINKS):
            return False
        child = head
    return False


def _requested(token: Token) -> bool:
    """Whether the word sits in what a request verb or noun asks for ("urged X to build a school",
    "a proposal to build a school")."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.head.i == node.i:
            return False
        if node.dep_ in REQUEST_LINKS and node.head.lemma_.lower() in REQUEST_VERBS:
            return True
        node = node.head
    return False


def _promised(token: Token) -> bool:
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


def _excess_valences(doc: Doc, span: range, words: list[str], lex: NewsLexicon) -> dict[int, float]:
    """The adjectives and adverbs "too" overshoots ("too late"), rated as a failing, by token index."""
    found: dict[int, float] = {}
    for i in span:
        if words[i] != "too":
            continue
        head = doc[i].head
        if doc[i].dep_ != "advmod" or head.i == i or head.pos_ not in ("ADJ", "ADV") or head.i not in span:
            continue
        if lex.valence.get(words[head.i], 0.0) >= 0 and not dependents(head, DEGREE_COMPLEMENTS):
            found[head.i] = EXCESS_VALENCE
    return found


def _obliged(token: Token) -> bool:
    """Whether the word sits in a clause of duty or need ("we have to accept it", "we must improve",
    "the town needs to attract investors"); a coordinated clause with its own subject is its own."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        if any(aux.lower_ in OBLIGATION_MODALS for aux in dependents(node, ("aux",))):
            return True
        if node.head.i == node.i or (node.dep_ == "conj" and dependents(node, SUBJECT_DEPS)):
            return False
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in OBLIGATION_VERBS:
            return True
        node = node.head
    return False


def _relieved(token: Token) -> bool:
    """Whether the word describes the predicament a verb of relief ends ("trapped" and "collapse"
    in "miners trapped after a collapse were rescued"; "crash" in "all passengers survived the crash")."""
    node = token
    for _ in range(MAX_CLAUSE_DEPTH):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in RELIEF_ARGUMENTS and _relief_verb(head):  # "has not recovered from
            # its losses" ends nothing
            return (node.dep_ != "prep" or node.lower_ in RELIEF_PREPS) and not _negated(head)
        if node.dep_ not in PREDICAMENT_LINKS:
            return False
        node = head
    return False


def _road_to_success(token: Token, polar: dict[int, float]) -> bool:
    """Whether the word is the struggle a success came "after" ("fight" in "won after a long fight"):
    the predicate it hangs from, or one of its arguments ("the sweetest win"), is good news. What
    the struggle was like goes with it ("after a bitter dispute")."""
    host = _struggle_host(token)
    return host is not None and any(polar.get(w.i, 0.0) > 0 for w in (host, *dependents(host, SUCCESS_ARGUMENTS)))


def _settled(token: Token) -> bool:
    """Whether the word is the struggle a settlement came "after" ("dispute" in "the deal was signed
    after a bitter dispute"): the settlement ends it, so it reads as "ending a bitter dispute" does."""
    host = _struggle_host(token)
    return host is not None and host.lemma_.lower() in SETTLEMENT_VERBS


def _struggle_host(token: Token) -> Token | None:
    """The predicate that a noun of struggle (or the adjective saying what it was like) is the
    "after" complement of, directly or through a span of time ("after months of fighting"), unless
    that predicate is negated."""
    if token.dep_ == "amod":
        token = token.head
    if token.lemma_.lower() not in STRUGGLE_NOUNS:
        return None
    outer = _of_head(token) or token  # "after years of dispute"
    link = outer.head
    if outer.dep_ != "pobj" or link.lower_ not in STRUGGLE_PREPS:
        return None
    host = link.head
    return None if host.i == link.i or _negated(host) else host


def _relief_verb(verb: Token) -> bool:
    """Whether the verb is one of relief: by its meaning ("rescued", "survived") or by leaving its
    argument safe ("brought out alive", "led to safety")."""
    if verb.lemma_.lower() in RELIEF_VERBS:
        return True
    if any(w.lower_ in SAFE_WORDS for w in dependents(verb, SAFE_LINKS)):
        return True
    destinations = [o for p in dependents(verb, ("prep",)) if p.lower_ == "to" for o in dependents(p, ("pobj",))]
    return any(o.lower_ == SAFETY for o in destinations)


def _feared(token: Token, polar: dict[int, float]) -> bool:
    """Whether the word is what a rated noun of fear is of ("a strike" in "fears of a strike")."""
    noun = _of_head(token)
    return noun is not None and noun.lemma_.lower() in FEAR_NOUNS and polar.get(noun.i, 0.0) < 0


def _denied_by_relative(token: Token) -> bool:
    """Whether a negated relative clause of doing or coming about denies the word ("a crime he did
    not commit", "a storm that never came")."""
    return any(
        clause.lemma_.lower() in DENYING_RELATIVE_VERBS and _negated(clause)
        for clause in dependents(token, ("relcl",))
    )


def _denied_setting(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> bool:
    """Whether the word names where a denied harm would have happened: "fire" in "nobody was hurt
    in the fire" or "when a fire broke out", "crash" in "there were no injuries in the crash"."""
    host = _setting_host(token)
    if host is None:
        return False
    harms = [host, *dependents(host, ("attr", "nsubj", "nsubjpass"))] if host.lemma_ == "be" else [host]
    return any(polar.get(h.i, 0.0) < 0 and _negator(h, lex) is not None for h in harms)


def _setting_host(token: Token) -> Token | None:
    """The predicate the word is a setting of: through a preposition of place or time ("hurt [in]
    the fire"), or as the subject of a clause of time ("hurt [when] a fire broke out")."""
    link = token.head
    if link.head.i == link.i:
        return None
    if token.dep_ == "pobj":
        return link.head if link.dep_ == "prep" and link.lower_ in SETTING_PREPS else None
    if token.dep_ not in SUBJECT_DEPS or link.dep_ != "advcl":
        return None
    timed = any(w.lower_ in SETTING_CLAUSE_WORDS for w in dependents(link, ("advmod", "mark")))
    return link.head if timed else None


def _clause_mark(token: Token) -> str | None:
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


def _refusal(token: Token, lex: NewsLexicon, negator: Token | None) -> float:
    """Valence of a negated engagement verb with someone refusing ("the ministry will not negotiate"),
    or of a negated verb of ceasing with the activity kept up ("the players never stopped running")."""
    value = lex.refusals.get(token.lemma_.lower())
    if value is None or negator is not token or _is_partial(negator, lex) or _answers_press(token):
        return 0.0
    if value > 0 and not any(c.tag_ == "VBG" for c in dependents(token, ("xcomp",))):
        return 0.0  # "did not stop the attack" is no persistence
    return value if dependents(token, ("nsubj",)) else 0.0


def _protests_call(token: Token, negator: Token | None, lex: NewsLexicon) -> bool:
    """Whether an official's call is denied as what something was: "it was never a penalty", "that
    was not a foul" (the call is the copula's attribute and the copula is negated)."""
    return (
        negator is not None
        and token.dep_ in ("attr", "acomp")  # "never a penalty", "never offside"
        and negator.i == token.head.i
        and negator.lemma_ == "be"
        and not _is_partial(negator, lex)
    )


def _unaccounted(verb: Token, negator: Token | None) -> bool:
    """Whether the verb of holding to account is denied of everyone ("nobody has been held responsible")."""
    if negator is not verb or not any(_denied_subject(s) for s in dependents(verb, SUBJECT_DEPS)):
        return False
    return verb.lemma_.lower() != "hold" or any(
        w.lower_ in ACCOUNTABLE_WORDS for w in dependents(verb, ("acomp", "oprd", "xcomp", "ccomp"))
    )


def _grievance(token: Token, lex: NewsLexicon, negator: Token | None) -> float:
    """Valence of a negated verb of informing whose object is the speaker: "nobody told us", "they
    never asked me", "we were not consulted" complain of being passed over; "did not tell reporters"
    or "nobody asked for more money" do not."""
    if token.lemma_.lower() not in lex.grievances or negator is not token or _is_partial(negator, lex):
        return 0.0
    passed_over = [
        *dependents(token, ("dobj", "dative", "nsubjpass")),
        *(o for prep in dependents(token, ("prep",)) for o in dependents(prep, ("pobj",))),  # "listen to us"
    ]
    return GRIEVANCE_VALENCE if any(w.lower_ in FIRST_PERSON for w in passed_over) else 0.0


def _answers_press(verb: Token) -> bool:
    """Whether the verb answers the press: "did not respond to a request for comment" is the
    reporter's formula for an unanswered call, not a refusal to engage with the other side."""
    return any(
        obj.lemma_.lower() in PRESS_REQUESTS
        for prep in dependents(verb, ("prep",))
        for obj in dependents(prep, ("pobj",))
    ) or any(obj.lemma_.lower() in PRESS_REQUESTS for obj in dependents(verb, ("dobj",)))


def score_part(
    tokens: Sequence[Token], lex: NewsLexicon, hedged: bool = False, asked: bool = False
) -> PartScore:
    """Score consecutive tokens of one sentence; `hedged` when the sentence holds a hedge word,
    `asked` when it is a question, which like an "if" clause asserts nothing (Taboada et al. 2011
    count questions among the irrealis contexts whose sentiment words they ignore).

    Only the words the lexicon knows are looked at as tokens: building spaCy's Token objects for
    every word of every sentence was most of the stage's time.
    """
    if not len(tokens):
        return PartScore(0.0, 0.0, clause=False)
    doc = tokens[0].doc
    lemmas, words, tags = _forms(doc)
    span = range(tokens[0].i, tokens[-1].i + 1)
    polar = _phrase_valences(tokens, lex)
    for i, value in direction_valences(tokens, lex, lemmas, words).items():
        polar.setdefault(i, value)
    for i, value in _excess_valences(doc, span, words, lex).items():
        polar.setdefault(i, value)
    for i, value in side_valences(doc, span, lemmas, tags, lex).items():
        polar.setdefault(i, value)
    engaging = lex.refusals.keys() | lex.grievances | lex.calls | ACCOUNTING_VERBS
    rated = [i for i in span if i in polar or words[i] in lex.valence or lemmas[i] in engaging]
    conceded: set[int] = set()
    for i in rated:
        token = doc[i]
        if i not in polar:
            polar[i] = _base_valence(token, lex)
        if not polar[i] and lemmas[i] not in engaging:
            continue
        mark = _clause_mark(token)
        if lemmas[i] in EXPECTATION_VERBS and _after_than(i, span, words, tags):
            polar[i] = 0.0
            continue
        if asked or mark in IRREALIS_MARKS or (polar[i] < 0 and is_topic(token, lex)):
            polar[i] = 0.0
        elif mark is not None:
            conceded.add(i)
    for i in rated:
        if polar[i] > 0 and _is_harmed(doc[i], lex, polar):
            polar[i] = 0.0
    contrast = next((i for i in span if words[i] == "but"), None)
    spent_shifters: set[int] = set()
    valences: list[tuple[int, float]] = []
    for i in rated:
        token, valence = doc[i], polar[i]
        negator = _negator(token, lex) if valence or lemmas[i] in engaging else None
        if lemmas[i] in lex.calls and _protests_call(token, negator, lex):
            valence, negator = DISPUTED_CALL, None
        elif lemmas[i] in ACCOUNTING_VERBS and _unaccounted(token, negator):
            valence, negator = GRIEVANCE_VALENCE, None
        if not valence:
            valence, negator = _refusal(token, lex, negator) or _grievance(token, lex, negator), None
            if not valence:
                continue
        valence = _boosted(token, valence, lex)
        partial = negator is not None and _is_partial(negator, lex)
        if negator is not None and not partial:
            valence *= N_SCALAR
        if _restricted_count(token):
            valence *= N_SCALAR
        shifters = _shifters(token, lex, polar)
        valence *= N_SCALAR ** (len(shifters) + (valence < 0 and _settled(token)))
        spent_shifters.update(shifter.i for shifter in shifters)
        if valence > 0 and (_requested(token) or _promised(token)):
            continue
        if valence < 0 and (
            _denied_setting(token, lex, polar)
            or _feared(token, polar)
            or _relieved(token)
            or _road_to_success(token, polar)
            or _denied_by_relative(token)
        ):
            continue
        if valence > 0 and (hedged or partial or _obliged(token)):
            valence *= HEDGE_FACTOR
        if contrast is not None and i != contrast:
            valence *= BEFORE_BUT if i < contrast else AFTER_BUT
        if i in conceded:
            valence *= BEFORE_BUT
        valences.append((i, valence))
    kept = tuple((i, v) for i, v in valences if i not in spent_shifters)
    opening = next((i for i in span if tags[i] not in ("PUNCT", "SPACE")), None)
    return PartScore(
        positive=sum(v for _, v in kept if v > 0),
        negative=-sum(v for _, v in kept if v < 0),
        clause=any(tags[i] in ("VERB", "AUX") for i in span),
        words=kept,
        turns=opening is not None and words[opening] in TURN_WORDS,
        contrasted=any(words[i] in DIVIDED_WORDS and _divides_reaction(doc[i]) for i in span),
    )


def _divides_reaction(word: Token) -> bool:
    """Whether "mixed", "divided" or "split" is said of a reaction: the noun it qualifies ("mixed
    reviews") or the subject of its clause ("critics were divided", "reviewers split over it")."""
    said_of = [word.head] if word.dep_ == "amod" else dependents(word, SUBJECT_DEPS)
    if word.dep_ in PREDICATE_DEPS:
        said_of = dependents(word.head, SUBJECT_DEPS)
    return any(noun.lemma_.lower() in REACTION_NOUNS for noun in said_of)


def _restricted_count(verb: Token) -> bool:
    """Whether a verb's argument is a count that "only" restricts: "won [only three]", "[just two
    people] were hurt"."""
    for argument in dependents(verb, COUNTED_ARGUMENTS):
        counts = [argument] if argument.like_num else dependents(argument, ("nummod",))
        if any(a.lower_ in RESTRICTING_ADVERBS for count in counts for a in dependents(count, ("advmod",))):
            return True
    return False


def _after_than(i: int, span: range, words: list[str], tags: list[str]) -> bool:
    """Whether word i is the verb of a "than" standard of comparison ("than [had been] feared")."""
    for j in range(i - 1, max(span.start, i - STANDARD_REACH) - 1, -1):
        if words[j] == "than":
            return True
        if tags[j] == "VERB" or tags[j] == "PUNCT":
            return False
    return False


def _is_partial(negator: Token, lex: NewsLexicon) -> bool:
    """Negating a completeness adverb ("not developed fully") hedges instead of reversing."""
    return any(c.lower_ in lex.partial for c in dependents(negator, ("advmod",)))


def is_hedged(tokens: Sequence[Token], lex: NewsLexicon) -> bool:
    """Whether consecutive tokens (a span) hold a hedge word; read from the doc's lemma list, not
    from a Token per word."""
    if not len(tokens):
        return False
    lemmas = _forms(tokens[0].doc)[0]
    return any(lemmas[i] in lex.hedges for i in range(tokens[0].i, tokens[-1].i + 1))


def is_question(sentence: Sequence[Token]) -> bool:
    """Whether the sentence ends in a question mark, closing quotes and spaces aside."""
    for token in reversed(sentence):
        if not (token.is_space or token.is_quote):
            return token.text == "?"
    return False

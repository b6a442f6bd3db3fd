"""Valence of the words in one stretch of a sentence, with the parse supplying the context.

VADER's `polarity_scores` reads whitespace-split words, so it cannot tell "Intelligence" in an
agency's name from the quality, sees a negation only if it stands at most three words before the
word it negates ("the reform has still not been welcomed" escapes it), and its "but" rule is quadratic in
the number of words (one 200k-character sentence would stall the stream). We keep what VADER is
good at, its rated lexicon (edited per instance, see `lexicon.py`) and its arithmetic (booster
increment, negation scalar, normalisation), and take context from spaCy's dependency parse.

This module composes the readings, each in a module of its own: a word's own rating (`rating`,
`phrases`, `direction`, `degree`, `sides`), what denies or reverses it (`negation`, `shifters`,
`negated_acts`), the clauses that report nothing as fact (`irrealis`), the bad words that only set
the scene of good news (`backdrop`, `harm`, `protection`) or name a person by a charge (`charge`),
the bad words that name what an "anti-" body or measure opposes (`prefixes`),
what a weapon or a storm does (`force`), the examples that restate a rated kind (`examples`) and
the weight of either side of a contrast (`contrast`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token
from vaderSentiment.vaderSentiment import N_SCALAR

from streams.enrich.extractors.sentiment.achievement import achievement_valences
from streams.enrich.extractors.sentiment.backdrop import (
    denied_by_relative,
    denied_setting,
    feared,
    harmless,
    relieved,
    road_to_success,
    settled,
)
from streams.enrich.extractors.sentiment.charge import charge_label_valences
from streams.enrich.extractors.sentiment.contrast import (
    AFTER_BUT,
    BEFORE_BUT,
    DIVIDED_WORDS,
    TURN_WORDS,
    divides_reaction,
    set_aside,
)
from streams.enrich.extractors.sentiment.degree import boosted, excess_valences, restricted_count
from streams.enrich.extractors.sentiment.direction import direction_valences
from streams.enrich.extractors.sentiment.examples import restates_kind
from streams.enrich.extractors.sentiment.force import impact_valences
from streams.enrich.extractors.sentiment.forms import word_forms
from streams.enrich.extractors.sentiment.harm import custody_valences, destroyed_harm_valences, is_harmed
from streams.enrich.extractors.sentiment.involvement import denied_part_in
from streams.enrich.extractors.sentiment.irrealis import (
    EXPECTATION_VERBS,
    IRREALIS_MARKS,
    after_than,
    clause_mark,
    obliged,
    promised,
    requested,
)
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.negated_acts import (
    ACCOUNTING_VERBS,
    DISPUTED_CALL,
    GRIEVANCE_VALENCE,
    PROVISION_VERBS,
    ceased_provision,
    grievance,
    protests_call,
    refusal,
    unaccounted,
)
from streams.enrich.extractors.sentiment.negation import is_partial, negating_predicate
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.extractors.sentiment.phrases import phrase_valences
from streams.enrich.extractors.sentiment.prefixes import opposed_kind_valences
from streams.enrich.extractors.sentiment.protection import protection_valences
from streams.enrich.extractors.sentiment.provision import provision_valences
from streams.enrich.extractors.sentiment.rating import base_valence
from streams.enrich.extractors.sentiment.remedy import addressed, addressing_verb
from streams.enrich.extractors.sentiment.shifters import shifter_chain
from streams.enrich.extractors.sentiment.shortfall import SHORTFALL_VERBS, fell_short_of, shortfall
from streams.enrich.extractors.sentiment.sides import side_valences
from streams.enrich.extractors.sentiment.tone import opposed
from streams.enrich.extractors.sentiment.topic import is_topic, talk_of

# A hedge halves rather than removes: the good news is qualified, not denied.
HEDGE_FACTOR = 0.5


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
    lemmas, words, tags = word_forms(doc)
    span = range(tokens[0].i, tokens[-1].i + 1)
    polar = phrase_valences(tokens, lex)
    for i, value in direction_valences(tokens, lex, lemmas, words).items():
        polar.setdefault(i, value)
    for i, value in excess_valences(doc, span, words, lex).items():
        polar.setdefault(i, value)
    for i, value in side_valences(doc, span, lemmas, tags, lex).items():
        polar.setdefault(i, value)
    for i, value in achievement_valences(doc, span, lemmas, tags, words, lex).items():
        polar.setdefault(i, value)
    for i, value in impact_valences(doc, span, lemmas, tags, lex).items():
        polar.setdefault(i, value)
    for i, value in provision_valences(doc, span, lemmas, tags, lex).items():
        polar.setdefault(i, value)
    polar.update(destroyed_harm_valences(doc, span, lemmas, tags, lex))
    polar.update(custody_valences(doc, span, lemmas, tags, lex))
    polar.update(charge_label_valences(doc, span, lemmas, tags))
    polar.update(protection_valences(doc, span, lemmas, tags, words, lex))
    polar.update(opposed_kind_valences(doc, span, words, lex))
    engaging = _engaging(lex)
    rated = [i for i in span if i in polar or words[i] in lex.valence or lemmas[i] in engaging]
    conceded: set[int] = set()
    alternatives = set_aside(words, tags, span)
    for i in rated:
        token = doc[i]
        if i not in polar:
            polar[i] = base_valence(token, lex)
        if not polar[i] and lemmas[i] not in engaging:
            continue
        mark = clause_mark(token)
        if lemmas[i] in EXPECTATION_VERBS and after_than(i, span, words, tags):
            polar[i] = 0.0
            continue
        if asked or mark in IRREALIS_MARKS or i in alternatives or (polar[i] < 0 and is_topic(token, lex)):
            polar[i] = 0.0
        elif mark is not None:
            conceded.add(i)
    for i in rated:
        if polar[i] > 0 and is_harmed(doc[i], lex, polar):
            polar[i] = 0.0
    examples = [i for i in rated if polar[i] and restates_kind(doc[i], polar)]
    for i in examples:
        polar[i] = 0.0
    contrast = next((i for i in span if words[i] == "but"), None)
    spent_shifters: set[int] = set()
    valences: list[tuple[int, float]] = []
    sides = [0.0, 0.0]  # the net valence of the asserted clauses and of a concession, before it is set aside
    for i in rated:
        token, valence = doc[i], polar[i]
        negator = negating_predicate(token, lex) if valence or lemmas[i] in engaging else None
        if lemmas[i] in lex.calls and protests_call(token, negator, lex):
            valence, negator = DISPUTED_CALL, None
        elif lemmas[i] in ACCOUNTING_VERBS and unaccounted(token, negator):
            valence, negator = GRIEVANCE_VALENCE, None
        if not valence:
            valence = (
                refusal(token, lex, negator)
                or grievance(token, lex, negator)
                or ceased_provision(token, negator)
                or shortfall(token, negator)
            )
            negator = None
            if not valence:
                continue
        # A harm that a verb of addressing works on is not reversed by what denies or undoes the work:
        # "did not address the shortage", "refused to address the shortage" leave it standing, and
        # so does a refused talk about it ("refused to discuss the famine").
        # Nor is one that someone denies a part in ("denied responsibility for a blaze", `involvement`).
        worked_on = valence < 0 and (
            addressing_verb(token) is not None or talk_of(token, lex) is not None or denied_part_in(token)
        )
        if worked_on:
            negator = None
        valence = boosted(token, valence, lex)
        partial = negator is not None and is_partial(negator, lex)
        if negator is not None and not partial:
            # A good thing denied as a duty ("wrestlers should not be shielded", "the fee must not be
            # waived") prescribes; it reports no bad fact, as the duty's good words report no success.
            if valence > 0 and obliged(token, verbs=frozenset()):
                continue
            valence *= N_SCALAR
        if restricted_count(token):
            valence *= N_SCALAR
        shifters = [] if worked_on else shifter_chain(token, lex, polar)
        valence *= N_SCALAR ** (len(shifters) + (valence < 0 and settled(token)))
        spent_shifters.update(shifter.i for shifter in shifters)
        if valence > 0 and (requested(token) or promised(token) or fell_short_of(token)):
            continue
        if valence < 0 and (
            denied_setting(token, lex, polar)
            or harmless(token, polar)
            or feared(token, polar)
            or relieved(token)
            or road_to_success(token, polar)
            or denied_by_relative(token)
            or addressed(token, lex)
        ):
            continue
        if valence > 0 and (hedged or partial or obliged(token)):
            valence *= HEDGE_FACTOR
        if contrast is not None and i != contrast:
            valence *= BEFORE_BUT if i < contrast else AFTER_BUT
        sides[i in conceded] += valence
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
        contrasted=opposed(*sides) or any(words[i] in DIVIDED_WORDS and divides_reaction(doc[i]) for i in span),
    )


_engaging_of: tuple[NewsLexicon, frozenset[str]] | None = None


def _engaging(lex: NewsLexicon) -> frozenset[str]:
    """Lemmas of the verbs that say something though unrated (refusing, informing, calling, holding to
    account, providing, falling short), united once per lexicon: `score_part` runs ~50 times an article."""
    global _engaging_of
    known = _engaging_of
    if known is None or known[0] is not lex:
        union = lex.refusals.keys() | lex.grievances | lex.calls | ACCOUNTING_VERBS | PROVISION_VERBS | SHORTFALL_VERBS
        known = _engaging_of = (lex, frozenset(union))
    return known[1]


def is_hedged(tokens: Sequence[Token], lex: NewsLexicon) -> bool:
    """Whether consecutive tokens (a span) hold a hedge word; read from the doc's lemma list, not
    from a Token per word."""
    if not len(tokens):
        return False
    lemmas = word_forms(tokens[0].doc)[0]
    return any(lemmas[i] in lex.hedges for i in range(tokens[0].i, tokens[-1].i + 1))


def is_question(sentence: Sequence[Token]) -> bool:
    """Whether the sentence ends in a question mark, closing quotes and spaces aside."""
    for token in reversed(sentence):
        if not (token.is_space or token.is_quote):
            return token.text == "?"
    return False

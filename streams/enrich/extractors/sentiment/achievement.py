"""Achievements: "were able to", "managed to" say that something hard was done.

News tells a success against an obstacle with a verb of ability or effort and a plain verb:
"astronomers were able to detect water", "divers managed to reach the wreck". The plain verb rates
nothing and VADER rates neither "able" nor "managed", so the good news went unheard. The phrase is
composed as the direction phrases are (Moilanen & Pulman 2007, "Sentiment composition"): the valence
sits on "able" or "managed", so a negation reverses it as it reverses any rated word ("were not able
to reach the village", "never managed to score"). "Succeed" is rated by VADER already.

Only a past, realised achievement is news: "will be able to vote", "would be able to choose" and
"are able to book online" tell a permission or a capacity, not a success; "hopes to be able to"
and "could be able to" tell a prospect.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# An achievement weighs as a moderately rated good word ("victory", 1.5 in the news layer), a plain
# failure ("doctors were unable to find the cause") as its opposite; the struggle is in the sentence's
# other words. lemma -> (the part of speech it has as a word of achievement, its valence): "able" as
# the predicate of "be", "manage" as a verb with a "to" complement, "unable" (a shifter, which
# reverses a rated complement already: only its plain failures are left to it here).
ACHIEVED_VALENCE = 1.5
ACHIEVERS = {
    "able": ("ADJ", ACHIEVED_VALENCE),
    "manage": ("VERB", ACHIEVED_VALENCE),
    "unable": ("ADJ", -ACHIEVED_VALENCE),
}
# Tags of a finished act: "was able", "managed" (past), "has been able", "has managed" (perfect).
PAST_TAGS = frozenset({"VBD", "VBN"})
# Any modal puts the achievement in a prospect or a permission ("will be able to", "could manage to").
MODAL_TAG = "MD"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
COMPLEMENT_DEPS = ("xcomp",)


def achievement_valences(
    doc: Doc, span: range, lemmas: Sequence[str], tags: Sequence[str], words: Sequence[str], lex: NewsLexicon
) -> dict[int, float]:
    """The words of achievement in the span whose plain complement was achieved, rated as good news."""
    found: dict[int, float] = {}
    for i in span:
        pos, valence = ACHIEVERS.get(lemmas[i], ("", 0.0))
        if pos != tags[i]:
            continue
        token = doc[i]
        done = [c for c in dependents(token, COMPLEMENT_DEPS) if c.pos_ == "VERB"]
        if not done or any(_rated(c, words, lex) for c in done) or _wrongdoer(token, words, lemmas, lex):
            continue
        # a failure is news in any tense ("will be unable to vote"), as a warning is
        if valence < 0 or _realised(token):
            found[i] = valence
    return found


def _realised(token: Token) -> bool:
    """Whether the achievement is told as done: the verb that carries its tense ("be" of "able", the
    verb "manage" itself) is past or perfect, with no modal and not itself a complement ("hoped to
    be able to", "is expected to manage to")."""
    verb = token.head if token.dep_ == "acomp" else token
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        return False
    auxes = dependents(verb, ("aux", "auxpass"))
    if any(aux.tag_ == MODAL_TAG for aux in auxes):
        return False
    return verb.tag_ in PAST_TAGS or any(aux.tag_ in PAST_TAGS for aux in auxes)


def _rated(verb: Token, words: Sequence[str], lex: NewsLexicon) -> bool:
    """Whether the complement rates itself ("managed to save", "was able to lose"): its own tone then
    says what was achieved, and a failure ("managed to lose") is no success."""
    return words[verb.i] in lex.valence


def _wrongdoer(token: Token, words: Sequence[str], lemmas: Sequence[str], lex: NewsLexicon) -> bool:
    """Whether who achieved it is rated bad or is a harmful agent: "thieves managed to open the safe"
    and "the virus was able to spread" are no good news."""
    verb = token.head if token.dep_ == "acomp" else token
    return any(
        lex.valence.get(words[s.i], 0.0) < 0 or lemmas[s.i] in lex.harmful for s in dependents(verb, SUBJECT_DEPS)
    )

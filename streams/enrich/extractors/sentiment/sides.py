"""Verbs of defeat read from the speaker's side.

A contest has a winner and a loser, and a quote tells which one the speaker is: "we thrashed
them" is the speaker's good news, "they thrashed us" and "we were outclassed" the speaker's bad
news. VADER rates few of these verbs, and those it rates ("defeated", "crushed") only as the
loser's word. When a first person is a party to the contest, the side it stands on decides the
tone; otherwise the verb keeps its own rating. The winner needs someone beaten: "we edged closer
to a deal" is no contest.

A verb of loss names its loser as the dative whatever the person: "the decision cost us the
game", "the strike cost the airline 40 million", "the scandal cost him his job" all report a loss;
a plain price ("the bridge will cost 3 million") has no one losing and stays unrated.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# The lemmas spaCy gives the first-person pronouns ("us" -> "we", "me" -> "I").
FIRST_PERSON = frozenset({"we", "i", "us", "me"})
# A win or a loss weighs as VADER's "defeat" (-2.0) or "victory" (+1.5 in the news layer) do,
# between the two.
SIDE_VALENCE = 1.8
# Verbs that take from their dative what their object names. A loss weighs as a moderately rated
# bad word ("losing" -1.6 in VADER), short of a defeat.
LOSS_VERBS = frozenset({"cost"})
LOSS_VALENCE = -1.2


def side_valences(doc: Doc, span: range, lemmas: list[str], tags: list[str], lex: NewsLexicon) -> dict[int, float]:
    """The valence of each verb of defeat in the span that has a first person for a party, and of
    each verb of loss that names its loser."""
    found: dict[int, float] = {}
    for i in span:
        if tags[i] != "VERB" or (lemmas[i] not in lex.contests and lemmas[i] not in LOSS_VERBS):
            continue
        verb = doc[i]
        if lemmas[i] in LOSS_VERBS:
            if dependents(verb, ("dative",)) and dependents(verb, ("dobj",)):
                found[i] = LOSS_VALENCE
        elif _first_person(dependents(verb, ("nsubj",))) and dependents(verb, ("dobj",)):
            found[i] = SIDE_VALENCE
        elif _first_person(dependents(verb, ("dobj", "nsubjpass"))):
            found[i] = -SIDE_VALENCE
    return found


def _first_person(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in FIRST_PERSON for t in tokens)

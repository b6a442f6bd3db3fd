"""What a weapon or a force of nature does to what it reaches is harm, whatever the verb says alone.

"Rockets hit a school", "a cyclone struck the coast", "a wave overturned the boat", "homes were
flattened by the storm": the news is the damage, but VADER rates none of these verbs ("hit",
"struck", "flattened", "overturned"), and they cannot be rated alone, since a song "hits" number
one, growth "flattens" and a court "overturns" a ban. So the verb takes its tone from who acts:
a verb of impact whose agent (its subject, the antecedent of a relative subject, or the noun of a
passive's "by" or "in") is a weapon or a natural force rates as a moderately bad word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# Rated as the "devastation" forms of the news layer ("razed", "wrecked"): a point below VADER's
# "destroyed" (-2.2), since an impact need not destroy.
IMPACT_VALENCE = -1.5
RELATIVE_PRONOUNS = frozenset({"that", "which"})
# A passive's agent ("flattened by the storm") or the event it happened in ("flattened in a bombing raid").
AGENT_PREPOSITIONS = frozenset({"by", "in"})


def impact_valences(doc: Doc, span: range, lemmas: list[str], tags: list[str], lex: NewsLexicon) -> dict[int, float]:
    """The verbs of impact in the span whose agent is a weapon or a natural force."""
    return {
        i: IMPACT_VALENCE
        for i in span
        if tags[i] == "VERB" and lemmas[i] in lex.impacts and any(_is_force(a, lex) for a in _agents(doc[i]))
    }


def _agents(verb: Token) -> list[Token]:
    """Who acts: the subject ("the storm hit"), the noun a relative subject stands for ("a wave that
    overturned the boat"), or a passive's "by" or "in" noun ("was flattened in a bombing raid")."""
    found = []
    for subject in dependents(verb, ("nsubj",)):
        relative = subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
        found.append(verb.head if relative else subject)
    if dependents(verb, ("nsubjpass", "auxpass")) or verb.dep_ == "acl":
        for prep in dependents(verb, ("agent", "prep")):
            if prep.lower_ in AGENT_PREPOSITIONS:
                found.extend(dependents(prep, ("pobj",)))
    return found


def _is_force(noun: Token, lex: NewsLexicon) -> bool:
    """A weapon or a force of nature by its common name; a name ("the Storm", a club) is not one, nor
    a figure of speech that says what the force is of ("a wave of optimism", "a storm of protest").
    The small tagger takes a capitalised first word for a name ("Artillery shelled the town")."""
    common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_sent_start)
    if not common or noun.lemma_.lower() not in lex.forces:
        return False
    return not any(p.lower_ == "of" for p in dependents(noun, ("prep",)))

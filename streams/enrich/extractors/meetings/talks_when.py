"""The sides of talks told by how they ended: "talks on the quota collapsed when growers and millers could not
agree", "the negotiations broke down when the owners and the players could not settle the cap". The clause
on "when" names who sat at the talks; the talks' own noun names nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma

_SETTLING_VERBS = frozenset({"fail", "agree", "disagree", "refuse", "resolve", "settle", "reach", "bridge"})


def sides_at_the_end(noun: Token) -> list[Token]:
    """The subjects of a "when" clause on the verb the talks are the subject of, when it tells them agreeing or
    failing to agree."""
    if noun.dep_ != "nsubj":
        return []
    return [s for c in noun.head.children if c.dep_ == "advcl" and lower_lemma(c) in _SETTLING_VERBS
            and any(m.lower_ == "when" for m in c.children if m.dep_ in ("advmod", "mark"))
            for s in c.children if s.dep_ == "nsubj"]

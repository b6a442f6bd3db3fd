"""A company named for the two trades it joins ("Orrin Cable and Pipe Co"), split by the model at its "and".

The model reads the part before "and" as a name of its own (often a person's: "Orrin Cable") and the rest
("Pipe Co") as the company, so "the company said" reaches a body named "Co" or nobody. When the part after
"and" is nothing but common words and a legal form, it names no firm of its own, and the part before it
(a name and a trade word, no legal form yet) is the opening of the same name. Two firms coordinated
("Orrin Cable Inc and Dalby Pipe Co") each have a legal form or a name of their own, and stay two.
"""

from __future__ import annotations

from spacy.tokens import Span

from streams.enrich.vocabulary.english_words import unknown_to_english

from ..lexicon import lexicon

_LABELS = ("ORG", "PERSON")


def trade_pair(before: Span, after: Span) -> bool:
    """Whether `before` "and" `after` is one company's name split at its "and"."""
    suffixes = lexicon().corporate_suffixes
    if before.label_ not in _LABELS or after.label_ != "ORG" or len(before) < 2 or len(after) < 2:
        return False
    if before[-1].lower_ in suffixes or after[-1].lower_ not in suffixes:
        return False
    trades = [*after[:-1], before[-1]]
    return all(t.is_title and t.is_alpha and not t.is_stop and not unknown_to_english(t) for t in trades)

"""The tone of a headline, read from its words without a parse.

The title arrives beside the text, not in the parsed doc, and parsing it would cost the stage as
much as scoring the whole article. A headline is a handful of words in telegraphic style, where
the parse is least reliable anyway, so plain word look-ups with VADER's three-word negation window
read it about as well. Words whose rating depends on the part of speech (`pos_only` in the
lexicon) are left out: without tags there is no telling "close ties" from "close the plant".
"""

from __future__ import annotations

import re

from vaderSentiment.vaderSentiment import N_SCALAR

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.scorer import PartScore

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
NEGATORS = frozenset({"not", "no", "never", "without", "nobody", "nothing", "none", "neither"})
# VADER's window: a negation reaches the three words after it.
NEGATION_WINDOW = 3


def headline_part(title: str, lex: NewsLexicon) -> tuple[PartScore, tuple[tuple[str, float], ...]]:
    """The headline's score and its rated words (the first word of a phrase stands for it)."""
    words = WORD.findall(title.lower().replace("’", "'"))
    valences: list[tuple[str, float]] = []
    i = 0
    while i < len(words):
        word = words[i]
        size, value = _phrase_at(words, i, lex)
        if size:
            i += size
        else:
            value = 0.0 if words[i] in lex.pos_only else lex.valence.get(words[i], 0.0)
            i += 1
        if value and _negated(words[max(0, i - 1 - NEGATION_WINDOW) : i - 1], lex):
            value *= N_SCALAR
        if value:
            valences.append((word, value))
    part = PartScore(
        positive=sum(v for _, v in valences if v > 0),
        negative=-sum(v for _, v in valences if v < 0),
        clause=True,
    )
    return part, tuple(valences)


def _phrase_at(words: list[str], i: int, lex: NewsLexicon) -> tuple[int, float]:
    for size in range(min(lex.longest_phrase, len(words) - i), 1, -1):
        value = lex.phrases.get(tuple(words[i : i + size]))
        if value is not None:
            return size, value
    return 0, 0.0


def _negated(before: list[str], lex: NewsLexicon) -> bool:
    return any(w in NEGATORS or w.endswith("n't") or w in lex.shifters for w in before)

"""The team's matching rules, in one place so every number means the same thing.

- statement: the predicted quote covers >= 0.5 of the gold quote's words;
- speaker: the gold surname (or organisation name) matches the predicted speaker; a country matches under
  any of its names ("U.S." and "United States");
- meeting: >= 2 participants match (all of them when gold lists fewer than two);
- polarity: the sign of the score agrees (|score| < 0.05 is neutral), or both say mixed;
- bare title: a participant whose every word is a title, a determiner, a place or a nation (and lower case
  words), with at least one title word ("the Italian foreign minister", "Sports Minister").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from streams.enrich.cast.names import is_title_part
from streams.enrich.vocabulary import places

G = TypeVar("G")
P = TypeVar("P")

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP_PREFIX = {"the"}
NEUTRAL_BAND = 0.05
_PORTFOLIO_JOINERS = frozenset({"of", "for", "and", "&"})
_LEGAL_FORMS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "lp", "ag", "cos",
    "sa", "nv", "bv", "gmbh", "spa", "srl", "pty", "bhd", "kk", "ab", "asa", "oy", "oyj", "se",
})


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def coverage(gold: str, predicted: str) -> float:
    """Share of the gold quote's words (as a multiset) that the predicted quote contains."""
    g = Counter(words(gold))
    total = sum(g.values())
    if not total:
        return 0.0
    p = Counter(words(predicted))
    return sum(min(n, p[w]) for w, n in g.items()) / total


def _name_key(name: str) -> list[str]:
    """The name's words, "'s" dropped so that "Peru's energy ministry" ends in the ministry and "Greece's
    government" still holds Greece, and a closing legal form dropped so that "Acme Ltd" does not match every
    other "... Ltd" by its last word ("Acme and Co" by "and")."""
    name = name.replace("’", "'").replace("'s ", " ").replace(".", "")
    tokens = [t for t in words(name.removesuffix("'s")) if t not in _STOP_PREFIX]
    while len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS:
        tokens.pop()
        # "Smith and Co": the "and" belongs to the legal form ("& Co" leaves no word behind)
        if len(tokens) > 1 and tokens[-1] == "and":
            tokens.pop()
    return tokens


def name_matches(gold: str | None, predicted: str | None) -> bool:
    """Surname match for people; for organisations the last word of the name (Kremlin, Post); a country by its
    code, since "U.S." and "United States" share no word."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = _name_key(gold), _name_key(predicted)
    if bool(g) and bool(p) and g[-1] in p:
        return True
    code = places.country_code(gold)
    return code is not None and code == places.country_code(predicted)


def is_bare_title(name: str) -> bool:
    """Whether a participant is only a title: no word of it could be a name ("Deputy Minister Ana Ruiz" has
    two). A portfolio is part of the title, before its title word ("Sports Minister") or after "of/for/and"
    ("Minister of Water and Forests")."""
    words_ = [w.strip(",.()") for w in name.replace("’s", "").replace("'s", "").split()]
    titled, in_portfolio = False, False
    for i, word in enumerate(words_):
        if is_title_part(word):
            titled, in_portfolio = True, False
        elif word.lower() in _PORTFOLIO_JOINERS:
            in_portfolio = in_portfolio or titled
        elif word[:1].isupper() and not (
            in_portfolio
            or (i + 1 < len(words_) and is_title_part(words_[i + 1]))
            or places.demonym_country(word)
            or places.is_known_place(word)
        ):
            return False
    return titled


def location_matches(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = " ".join(words(gold)), " ".join(words(predicted))
    return bool(g) and bool(p) and (g in p or p in g)


def polarity(label: str | None, score: float | None) -> str:
    if score is None:
        return "neutral"
    if score >= NEUTRAL_BAND:
        return "positive"
    if score <= -NEUTRAL_BAND:
        return "negative"
    return "neutral"


def polarity_agrees(gold_label: str, gold_score: float, pred_label: str, pred_score: float) -> bool:
    if gold_label == "mixed" and pred_label == "mixed":
        return True
    return polarity(gold_label, gold_score) == polarity(pred_label, pred_score)


def align(
    gold: Sequence[G], predicted: Sequence[P], score: Callable[[G, P], float], threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing, best scores first, keeping pairs at or above `threshold`."""
    candidates = sorted(
        ((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for value, gi, pi in candidates:
        if value < threshold or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs

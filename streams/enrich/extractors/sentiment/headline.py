"""The tone of a headline, read from its words without a parse.

The title arrives beside the text, not in the parsed doc, and parsing it would cost the stage as
much as scoring the whole article. A headline is a handful of words in telegraphic style, where
the parse is least reliable anyway, so plain word look-ups with VADER's three-word negation window
read it about as well. Words whose rating depends on the part of speech (`pos_only` in the
lexicon) are left out: without tags there is no telling "close ties" from "close the plant";
except after "to", where headline style puts the verb of a coming event ("Plant to close").

The lexicon's phrases are written as lemmas ("call off", "job cut"), which the parse supplies in the
body. A headline writes them inflected ("called off", "lays off", "job cuts", "strikes a deal"), so
its words are matched to a phrase through their regular English endings and the few irregular
past forms the phrases' verbs have.
"""

from __future__ import annotations

import re

from vaderSentiment.vaderSentiment import N_SCALAR

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.scorer import AFTER_BUT, BEFORE_BUT, PartScore

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# A negator acts on the words after it and rates nothing itself, as in the body's parse ("no" is a
# determiner there): VADER's -1.2 for "no" made "No one hurt" bad news before "hurt" was reversed.
NEGATORS = frozenset({"not", "no", "never", "without", "nobody", "nothing", "none", "neither"})
# VADER's window: a negation reaches the three words after it.
NEGATION_WINDOW = 3
# Inflectional endings and what replaces them to give the base form ("losses" -> "loss",
# "called" -> "call", "closing" -> "close"); a doubled consonant before -ed/-ing is undone too.
ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
# Irregular past forms of the verbs in the lexicon's phrases.
IRREGULAR = {"laid": "lay", "struck": "strike", "broke": "break", "shook": "shake", "made": "make"}


def headline_part(title: str, lex: NewsLexicon) -> tuple[PartScore, tuple[tuple[str, float], ...]]:
    """The headline's score and its rated words (the first word of a phrase stands for it)."""
    words = WORD.findall(title.lower().replace("’", "'"))
    forms = [bases(word) for word in words]
    valences: list[tuple[str, float]] = []
    contrast = words.index("but") if "but" in words[1:] else None
    i = 0
    while i < len(words):
        word, start = words[i], i
        size, value = _phrase_at(forms, i, lex)
        if size:
            i += size
        else:
            value = lex.valence.get(word, 0.0) if _rated_here(words, i, lex) and word not in NEGATORS else 0.0
            i += 1
        if value and _negated(words[max(0, i - 1 - NEGATION_WINDOW) : i - 1], lex):
            value *= N_SCALAR
        if value and contrast is not None:  # VADER's "but" rule, as in the body
            value *= BEFORE_BUT if start < contrast else AFTER_BUT
        if value:
            valences.append((word, value))
    part = PartScore(
        positive=sum(v for _, v in valences if v > 0),
        negative=-sum(v for _, v in valences if v < 0),
        clause=True,
    )
    return part, tuple(valences)


def _rated_here(words: list[str], i: int, lex: NewsLexicon) -> bool:
    """Whether the word's rating applies: always, unless it depends on a part of speech, when only a
    verb sense after "to" can be told without tags."""
    tags = lex.pos_only.get(words[i])
    return tags is None or ("VERB" in tags and i > 0 and words[i - 1] == "to")


def bases(word: str) -> set[str]:
    """The word and the base forms its ending may stand for (some are not words; they match nothing)."""
    found = {word, IRREGULAR.get(word, word)}
    for ending, replacement in ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            found.add(stem + replacement)
            if ending in ("ed", "ing") and stem[-1] == stem[-2]:
                found.add(stem[:-1])
    return found


def _phrase_at(forms: list[set[str]], i: int, lex: NewsLexicon) -> tuple[int, float]:
    """The longest phrase starting at word i (its size in words, its valence), or (0, 0.0)."""
    if not forms[i] & lex.phrase_starts:
        return 0, 0.0
    best = (0, 0.0)
    for phrase, value in lex.phrases.items():
        lemmas = [w for w in phrase if w != "-"]  # the headline's words drop hyphens
        if len(lemmas) > max(1, best[0]) and i + len(lemmas) <= len(forms) and all(
            lemma in found for lemma, found in zip(lemmas, forms[i:], strict=False)
        ):
            best = (len(lemmas), value)
    return best


def _negated(before: list[str], lex: NewsLexicon) -> bool:
    return any(w in NEGATORS or w.endswith("n't") or w in lex.shifters for w in before)

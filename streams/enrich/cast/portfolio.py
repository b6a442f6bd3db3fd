"""The portfolio after "Minister of" that the small model reads as the start of the name after it.

"Minister of Tourism Lucia Ferreira", "Secretary of Agriculture Juan Pablo Herrera": news in many countries
writes the office as "Title of Portfolio" right before the name, and the model often takes the portfolio
into the name ("Tourism Lucia Ferreira", labelled a person or a body). The portfolio is a word English lists
and no given name, which a name's first word seldom is; the title reader then finds "Minister of Tourism"
before the name as it does for any title with its "of".
"""

from __future__ import annotations

from spacy.tokens import Span

from ..english_words import unknown_to_english
from .given_names import given_name_countries
from .names import is_title_word

_MAX_PORTFOLIO = 3  # "Foreign Affairs", "Culture, Media and Sport" is rarer than the name it would eat


def name_after_portfolio(ent: Span) -> int | None:
    """Where the name starts in an entity span that opens right after "Title of"/"Title for" with portfolio
    words; None when the span does not so open, is a body's name, or leaves no two-word name that opens
    with a given name or a word English does not list."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "for") or not is_title_word(doc[ent.start - 2]):
        return None
    start = ent.start
    while (
        start - ent.start < _MAX_PORTFOLIO
        and ent.end - start > 2
        and doc[start].text[:1].isupper()
        and not unknown_to_english(doc[start])
        and not given_name_countries(doc[start].text)
    ):
        start += 1
    name = doc[start : ent.end]
    if start == ent.start or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
        return None  # "chief executive of Hollin Rail Systems" is a body's name, not a portfolio and a person's
    return start if given_name_countries(name[0].text) or unknown_to_english(name[0]) else None

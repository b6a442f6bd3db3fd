"""The portfolio after "Minister of" that the small model reads as the start of the name after it.

"Minister of Tourism Lucia Ferreira", "Secretary of Agriculture Juan Pablo Herrera": news in many countries
writes the office as "Title of Portfolio" right before the name, and the model often takes the portfolio
into the name ("Tourism Lucia Ferreira", labelled a person or a body). The portfolio is a word English lists
and no given name, which a name's first word seldom is; the title reader then finds "Minister of Tourism"
before the name as it does for any title with its "of".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ...vocabulary.english_words import TABLE, unknown_to_english
from ..given_names import given_name_countries
from ..names import is_title_word

_MAX_PORTFOLIO = 3  # "Foreign Affairs", "Culture, Media and Sport" is rarer than the name it would eat
_LINKS = ("of", "for")  # "Minister of X", "Minister for X"
_LINK_HASHES = frozenset(hash_string(link) for link in _LINKS)  # `Token.lower`, read before most spans: no string


def portfolio_word(token: Token) -> bool:
    """A capitalised word English lists (a portfolio's plural too: the tagger leaves "Prosecutions", "Affairs"
    unlemmatised as proper nouns) and no given name: a portfolio's, not a name's."""
    if not token.text[:1].isupper() or given_name_countries(token.text):
        return False
    if not unknown_to_english(token):
        return True
    lookups = token.vocab.lookups
    return token.lower_.endswith("s") and token.lower_[:-1] in lookups.get_table(TABLE)


def name_after_portfolio(ent: Span) -> int | None:
    """Where the name starts in an entity span that opens right after "Title of"/"Title for" with portfolio
    words, or after portfolio words the span left out ("Director of Public Prosecutions" read with the name
    as "Prosecutions X Y"); None when the span does not so open, is a body's name, or leaves no two-word name
    that opens with a given name or a word English does not list."""
    doc = ent.doc
    if not any(doc[k].lower in _LINK_HASHES for k in range(max(0, ent.start - _MAX_PORTFOLIO), ent.start)):
        return None  # no "of"/"for" where the title's could stand, as before most spans: no word looked up
    opening, words = ent.start, 0
    while opening > 0 and words < _MAX_PORTFOLIO - 1 and (
            portfolio_word(doc[opening - 1]) or _joins_portfolio(doc, opening - 1)):
        words += portfolio_word(doc[opening - 1])
        opening -= 1
    if opening < 2 or doc[opening - 1].lower_ not in _LINKS or not is_title_word(doc[opening - 2]):
        return None
    start = ent.start
    while start - opening < _MAX_PORTFOLIO and ent.end - start > 2 and portfolio_word(doc[start]):
        start += 1
    name = doc[start : ent.end]
    if start == opening or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
        return None  # "chief executive of Hollin Rail Systems" is a body's name, not a portfolio and a person's
    return start if given_name_countries(name[0].text) or unknown_to_english(name[0]) else None


def _joins_portfolio(doc: Doc, k: int) -> bool:
    """ "and" in "Minister of Water and Forests", "the" in "director for Lakes and the Coast": a word joining
    a portfolio's words, with a capitalised word before the "and"."""
    word = doc[k].lower_
    if word == "and":
        return k > 0 and portfolio_word(doc[k - 1])
    return word == "the" and k > 0 and doc[k - 1].lower_ == "and"


def portfolio_before(tokens: Sequence[Token]) -> bool:
    """ "Culture" before "Ana Lopes" in "Minister for Culture Ana Lopes": the word right before the name ends a
    title's portfolio, which introduces the name as its holder's as the title itself would."""
    doc, first = tokens[0].doc, tokens[0].i
    return first > 0 and name_after_portfolio(doc[first - 1 : tokens[-1].i + 1]) == first


def portfolio_holder(subject: Token) -> tuple[int, int] | None:
    """ "Minister for Culture X Y said" parsed with the title as the subject and the portfolio and name as
    its object: the (start, end) of the name after the portfolio, which is the one speaking; None else."""
    if not is_title_word(subject) or subject.pos_ != "PROPN":
        return None
    prep = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep else None
    if obj is None or obj.left_edge.i != prep.i + 1:
        return None
    run = obj.doc[obj.left_edge.i : obj.i + 1]
    start = name_after_portfolio(run)
    return (start, obj.i + 1) if start is not None else None

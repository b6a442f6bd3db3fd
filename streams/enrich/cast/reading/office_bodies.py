"""A ministry written by its office's word alone ("a Ministry spokesman said") in an article that names the one
portfolio it is: "Minister of Coastal Planning" written once, the lone "Ministry" is the Ministry of Coastal
Planning. Wire copy names the minister in full and the ministry by its word after, and a reader of the cast
wants the body's name, not the word every ministry shares.

Only a capitalised lone word: "the ministry" in lower case describes a body and names none. Only one
portfolio: an article with two ministers ("Minister of Fisheries", "Minister for Sport") leaves the word as it
is, and so does a title that names a country ("Prime Minister of Norway") or no body ("Minister of State").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from streams.enrich.vocabulary.places import country_code, is_known_place

from ..lexicon import lexicon
from .portfolio import portfolio_word

_LINKS = ("of", "for")
_MAX_PORTFOLIO = 4  # "Trade and Industry", "Economic Planning"; longer runs are more often a name after it


def _portfolios(doc: Doc, office: str) -> set[str]:
    """Each "<Office> of|for <Portfolio>" of the article, as "of Coastal Planning": capitalised words after the
    link, an "and" inside them, no place and no word that makes a title bodiless."""
    found = set()
    bodiless = lexicon().bodiless_titles
    for t in doc:
        if t.lower_ != office or not t.text[:1].isupper() or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in _LINKS:
            continue
        if t.i > 0 and doc[t.i - 1].lower_ in bodiless:
            continue  # "Prime Minister of X", "Deputy Minister for Y" is a person's office, not a ministry's
        end = t.i + 2
        while end < len(doc) and end - t.i - 2 < _MAX_PORTFOLIO and (
            (doc[end].is_alpha and portfolio_word(doc[end])) or (doc[end].lower_ == "and" and end > t.i + 2)
        ):  # "Minister of Coastal Planning Ana Ruiz": the holder's name ends the portfolio
            end += 1
        while end > t.i + 2 and doc[end - 1].lower_ == "and":
            end -= 1
        words = doc[t.i + 2 : end]
        if not words and doc[t.i + 2].text[:1].isupper():
            found.add(f"? {doc[t.i + 2].text}")  # a portfolio not read as one still makes the word ambiguous
            continue
        if not words or any(w.lower_ in bodiless for w in words):
            continue
        if is_known_place(words.text) or country_code(words.text) is not None:
            continue
        found.add(f"{doc[t.i + 1].lower_} {words.text}")
    return found


def office_body_name(ent: Span) -> str | None:
    """The full name of a lone capitalised office body ("Ministry") the article names one portfolio of, else
    None."""
    if len(ent) != 1 or not ent.text.istitle():
        return None
    office = lexicon().office_bodies.get(ent.text.lower())
    if office is None:
        return None
    portfolios = _portfolios(ent.doc, office)
    return f"{ent.text} {next(iter(portfolios))}" if len(portfolios) == 1 else None

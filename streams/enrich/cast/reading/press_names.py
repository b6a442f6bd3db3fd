"""Newspapers the recogniser does not know as such.

"The Times of <Country>": the recogniser reads the place alone and leaves the paper's word out, so the outlet
would be read as the place, or as a one-word body called after the paper's word; the name is the whole
phrase. "<Name>, a local daily, said": a foreign-language title reads as a person's name, but the apposition
says it is a newspaper's. Either way a later "the paper said" is that outlet."""

from __future__ import annotations

import calendar

from spacy.strings import hash_string
from spacy.tokens import Span, Token

from streams.enrich.vocabulary.places import is_known_place

from ..lexicon import lexicon

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)


def press_of_place(ent: Span) -> Span | None:
    """The outlet's span, as an organisation's, when a place follows a paper's name word and "of"."""
    if ent.label_ not in _PLACE_LABELS or ent.start < 2:
        return None
    doc = ent.doc
    of, word = doc[ent.start - 1], doc[ent.start - 2]
    if of.lower_ != "of" or not word.is_title or word.lower_ not in lexicon().press_name_endings:
        return None
    return Span(doc, word.i, ent.end, label="ORG")


_APPOSITION_REACH = 5  # "<Name>, a leading Sunday daily," : the words between the comma and the paper's noun


def described_as_press(ent: Span) -> bool:
    """Whether an apposition right after the name calls it a newspaper ("<Name>, a local daily,")."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("a", "an", "the"):
        return False
    nouns = lexicon().press_nouns
    for token in doc[ent.end + 2 : min(len(doc), ent.end + 2 + _APPOSITION_REACH)]:
        if token.is_punct or token.pos_ == "VERB":
            return False
        if token.lemma_.lower() in nouns and token.is_lower:
            return doc[token.i + 1].text == "," if token.i + 1 < len(doc) else False
    return False


def headed_as_press(ent: Span) -> bool:
    """Whether the name modifies a paper's noun right after it ("the <Name> newspaper said", "the <Name>
    newsletter"): the name is the outlet's, so a later "the newspaper said" or "it said" has it to refer to. The
    noun must head the name ("the <Name> newspaper group" is a company that owns papers, not one) and be no
    indefinite one."""
    doc = ent.doc
    after = _past_closing_quote(ent)
    if after >= len(doc):
        return False
    noun = doc[after]
    if not noun.is_lower or noun.lemma_.lower() not in lexicon().press_nouns or noun.dep_ == "compound":
        return False
    if is_known_place(ent.text) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False  # "the <City> newspaper", "a <City> daily" describe a paper by its place; they name none
    return ent.root.head.i == noun.i


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
_QUOTE_ORTHS = frozenset(hash_string(mark) for mark in _QUOTE_MARKS)  # `Token.orth`: no string built per word


def _past_closing_quote(ent: Span) -> int:
    """Where the words after the name start, past the closing mark when the name is set in quotation marks
    ("the \u201c<Name>\u201d newspaper"), as wire copy often sets a foreign paper's title."""
    doc = ent.doc
    quoted = ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text in _QUOTE_MARKS
    return ent.end + 1 if quoted and doc[ent.end].text in _QUOTE_MARKS else ent.end


def quoted_press(ent: Span) -> Span | None:
    """The name inside the quotation marks, as an organisation's, when a quoted title heads into a paper's noun
    ("the \u201c<Name>\u201d newspaper said"): the recogniser reads a quoted title as a work or a law, often with
    "the" and the opening mark inside the span, so the outlet would never be a voice."""
    doc = ent.doc
    if not any(doc[k].orth in _QUOTE_ORTHS for k in range(max(ent.start - 1, 0), ent.end - 1)):
        return None  # no mark right before the name or inside the span, as for most spans: nothing to read
    words = [t for t in ent if not (t.text in _QUOTE_MARKS or (t.i == ent.start and t.lower_ == "the"))]
    if not words or any(not t.text[:1].isupper() for t in words) or words[-1].i - words[0].i + 1 != len(words):
        return None
    name = Span(doc, words[0].i, words[-1].i + 1, label="ORG")
    opened = name.start > 0 and doc[name.start - 1].text in _QUOTE_MARKS
    return name if opened and headed_as_press(name) else None


def dated_press(ent: Span) -> bool:
    """ "the <Word> Day newspaper said", "<Word> Week magazine": a paper's name of capitalised words ending in a
    word of time, which the recogniser reads as a date, is the outlet's when it heads a paper's noun. A real
    date names no paper ("the Monday newspaper", "the March 3 daily"): no weekday, month or number in it."""
    return (
        ent.label_ == "DATE"
        and len(ent) > 1
        and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in _CALENDAR_WORDS for t in ent)
        and headed_as_press(ent)
    )


def unlabelled_press(run: list[Token]) -> Span | None:
    """ "The <Name> newsletter said" with no label on the name (the model seldom knows a trade paper's): a
    run of capitalised words heading into a paper's noun is that outlet's name."""
    span = Span(run[0].doc, run[0].i, run[-1].i + 1, label="ORG")
    return span if headed_as_press(span) else None

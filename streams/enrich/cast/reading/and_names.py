"""A company whose name joins two trades with "and" ("Orrin Cable and Pipe Co", "Dalby Savings and Loan
Association"), read by the words themselves where the model's spans leave it in pieces.

`trade_pair` mends the split when the model gave both halves a span. It often gives them none, or one half
only, or a span that swallows the "and": the speaker then comes out as the subject's head ("Co", "Pipe Co").
The shape alone is a company's name: capitalised name words, a trade word, "and", one or two trade words
and a legal form. A trade word is a capitalised common English word that is no body's own word ("Party",
"Council"), so "the Labour Party and Power Co" stays two, and the name words are no title or given name
("Mayor Ann Keller and X Water Co" stays a person and a company). "X and Co" (nothing between "and" and the legal
form) is one name whatever X is, a founder's given name included: "Co" alone names no one.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from streams.enrich.vocabulary.english_words import unknown_to_english

from ..given_names import given_name_gender
from ..lexicon import lexicon
from ..names import is_title_in_name

_JOINS = ("and", "&")
_BARE_ENDS = ("co", "co.", "company", "sons")  # "X and Co", "X and Sons"
_MAX_TRADES_AFTER = 2
_MAX_NAME_WORDS = 3


def _ends(token: Token) -> bool:
    lex = lexicon()
    word = token.lower_
    return token.text[:1].isupper() and (
        word in lex.corporate_suffixes or word in ("association", "trust", "sons")
    )  # not a trade ending ("X Logistics and Y Rail" are two firms)


def _trade(token: Token) -> bool:
    """A capitalised common word a firm's name may name its trade by, not a body's own word."""
    lex = lexicon()
    word = token.lower_
    body_word = word in lex.org_name_endings and word not in lex.company_name_endings
    return (
        token.is_title and token.is_alpha and not token.is_stop and not body_word
        and word not in lex.corporate_suffixes and not unknown_to_english(token)
    )


def _name_word(token: Token) -> bool:
    return (
        token.is_title and token.is_alpha and not token.is_stop
        and token.lower_ not in lexicon().corporate_suffixes
        and (token.pos_ == "PROPN" or unknown_to_english(token))
    )


def _whole_name(doc: Doc, join: Token) -> Span | None:
    """The whole company name around `join`, an "and" or "&", when the words around it have the shape."""
    end = join.i + 1
    while end < len(doc) and end - join.i <= _MAX_TRADES_AFTER and _trade(doc[end]) and not _ends(doc[end]):
        end += 1
    if end >= len(doc) or not _ends(doc[end]):
        return None
    bare = end == join.i + 1 and doc[end].lower_ in _BARE_ENDS
    if end == join.i + 1 and not bare and doc[end].lower_ in lexicon().corporate_suffixes:
        return None  # "X Steel and Ltd": no trade after "and"; "X Bank and Trust Co" has one
    if end + 1 < len(doc) and doc[end + 1].lower_ in lexicon().corporate_suffixes:
        end += 1  # "Marine Insurance Co"
    start = join.i
    if not bare:  # the trade word right before "and"
        if start == 0 or not _trade(doc[start - 1]):
            return None
        start -= 1
    opening = start
    while start > 0 and opening - start < _MAX_NAME_WORDS and _name_word(doc[start - 1]):
        start -= 1
    # "X and Co" is a firm even when X opens with a given name (a founder's: "Ann Keller and Co"); a title
    # before it still makes a person ("Mayor Ann Keller and Co")
    personal = is_title_in_name if bare else _personal
    if start == opening or any(personal(t) for t in doc[start:opening]):
        return None
    return Span(doc, start, end + 1, label="ORG")


def _personal(token: Token) -> bool:
    """A title or a given name: "Mayor Ann Keller and X Water Co" joins a person and a company."""
    return is_title_in_name(token) or given_name_gender(token.text, token.vocab) is not None


def joined_name(span: Span) -> bool:
    """Whether a name span the cast read ends in a company's name with an "and" inside it, which the parse's
    compounds stop at. A span the model drew over two bodies ("the Labour Party and X Power Co") is none."""
    doc = span.doc
    for join in (t for t in span[1:-1] if t.lower_ in _JOINS):
        name = _whole_name(doc, join)
        if name is not None and name.start >= span.start and name.end == span.end:
            return True
    return _read_whole(span)


def _read_whole(span: Span) -> bool:
    """ "X Tanning and Dyeing Co" read whole as one body: the word before the "and" may be a trade English does
    not list ("Tanning" of no word list) when the span, not the words alone, joins the halves; the words after
    it are still trade words closed by a legal form, and the words before it hold neither a legal form nor a
    body's own word, so that two bodies drawn as one ("X Corp and Y Inc", "the X Party and Y Co") stay two."""
    joins = [t for t in span[1:-1] if t.lower_ in _JOINS]
    if len(joins) != 1 or not _ends(span[-1]):
        return False
    join = joins[0]
    ends = span.end - 1
    while ends > join.i + 1 and _ends(span.doc[ends - 1]):
        ends -= 1  # "Co Ltd"
    trades = span.doc[join.i + 1 : ends]
    before = [t for t in span.doc[span.start : join.i] if t.pos_ != "DET"]
    lex = lexicon()
    return (
        0 < len(trades) <= _MAX_TRADES_AFTER
        and all(_trade(t) for t in trades)
        and len(before) >= 2
        and all(_name_word(t) or _trade(t) for t in before)
        and not any(t.lower_ in lex.org_name_endings and t.lower_ not in lex.company_name_endings for t in before)
    )


def _reaches_out(ent: Span, name: Span) -> bool:
    """Whether `ent` has a word outside `name` (a quotation mark glued on by the model is no word)."""
    return any(not t.is_punct for t in ent if not name.start <= t.i < name.end)


def whole_and_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with each company name joined at its "and" made one span, the spans inside it (or crossing into
    it from inside: "Dalby Paper and" of "Dalby Paper and Pulp Ltd") given up. A span reaching outside the
    name on both sides is the model's reading of something larger, and is kept."""
    lower = doc.to_array(LOWER)  # the "and"s found without a Token per word (iterating the doc built ~600)
    joins = np.flatnonzero((lower == doc.vocab.strings[_JOINS[0]]) | (lower == doc.vocab.strings[_JOINS[1]]))
    names = [name for i in joins.tolist() if (name := _whole_name(doc, doc[i])) is not None]
    for name in names:
        inside = [e for e in ents if e.start < name.end and name.start < e.end]
        if any(_reaches_out(e, name) for e in inside if e.label_ != "ORG" or e.start < name.start):
            continue
        ents = [e for e in ents if e not in inside]
        ents.append(name)
    return sorted(ents, key=lambda e: e.start)

"""Trades the title vocabulary does not list, read by their shape where they stand right before a name.

News introduces people by what they do far more often than by an office: "Kenyan runner X", "jazz pianist
Y", "financial controller Z". No word list holds every trade, but English makes most of them with an agent
suffix ("run-ner", "pian-ist", "investigat-or", "librar-ian"), and a common noun so made, compounded onto a
person's name (or with the name in apposition to it), is that person's trade. Words for a relation of that
shape ("her brother X", "her partner Y") say who someone is to another person, not what they do, and stay
out (lexicon's kin nouns), as do a date's words ("last summer X said": a DATE entity).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicon

_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eer")
_MIN_LENGTH = 5  # "doer", "heir": too short to be sure a suffix is one


def trade_noun(token: Token) -> bool:
    """A singular common noun with an agent suffix, no relation word, outside a date ("runner", "pianist")."""
    word = token.lower_
    lex = lexicon()
    return (
        token.tag_ == "NN"
        and token.is_alpha
        and not token.is_upper
        and not token.ent_type_
        and len(word) >= _MIN_LENGTH
        and word.endswith(_AGENT_SUFFIXES)
        and word not in lex.kin_nouns
        and word not in lex.age_nouns
    )


def trade_before_name(token: Token, first: int) -> bool:
    """ "runner" in "Kenyan runner Wanjiru Kamau": a trade noun right before the name starting at token `first`,
    compounded onto one of the name's words or taking the name as its apposition ("its pianist Ana Ruiz")."""
    if token.i != first - 1 or not trade_noun(token):
        return False
    head = token.head
    onto_name = token.dep_ == "compound" and head.i >= first and head.pos_ == "PROPN"
    return onto_name or any(c.dep_ == "appos" and c.i >= first for c in token.children)

"""Trades the title vocabulary does not list, read by their shape where they stand right before a name.

News introduces people by what they do far more often than by an office: "Kenyan runner X", "jazz pianist
Y", "financial controller Z". The common ones English makes otherwise ("playwright", "midwife", "paramedic")
are listed among lexicon.json's occupations; no word list holds every trade, but English makes most of them
with an agent suffix ("run-ner", "pian-ist", "investigat-or", "librar-ian"), and a common noun so made,
compounded onto a person's name (or with the name in apposition to it), is that person's trade. Words for a
relation of that shape ("her brother X", "her partner Y") say who someone is to another person, not what they
do, and stay out (lexicon's kin nouns), as do a date's words ("last summer X said": a DATE entity).

A trade opening a sentence is capitalised like the name after it, so the tagger calls it a proper noun and
the recogniser reads it into the name ("Sprinter Ana Ruiz"). There the word's shape still tells: an English
word with an agent suffix that no country's list gives as a given name ("Tyler", "Hunter" are), that names
no nation ("Canadian"), right before two more capitalised words (a name of its own: "Walker Hayes" is one
person, "Sprinter Walker Hayes" a sprinter) whose first is a given name, a word English does not list or one
the recogniser puts in a person's name ("Water Board Chief" is no trade and a name). The tagger reads such a
word as a noun, a proper noun or, at the head of a sentence, an imperative verb ("Violinist"), or anything
compounded onto the name.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.repairs.glued_names import SURNAME_PARTICLES, glued_hyphen
from streams.enrich.vocabulary.english_words import unknown_to_english
from streams.enrich.vocabulary.places import demonym_code, is_known_place

from .given_names import given_name_countries
from .lexicon import lexicon

_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eer")
_MIN_LENGTH = 5  # "doer", "heir": too short to be sure a suffix is one


def trade_noun(token: Token) -> bool:
    """A singular common noun with an agent suffix, no relation word, outside a date ("runner", "pianist")."""
    return token.tag_ == "NN" and not token.is_upper and not token.ent_type_ and _trade_shaped(token)


def _trade_shaped(token: Token) -> bool:
    """A word with an agent suffix, long enough for the suffix to be one, that is no relation or age word."""
    word = token.lower_
    lex = lexicon()
    return (
        token.is_alpha
        and len(word) >= _MIN_LENGTH
        and word.endswith(_AGENT_SUFFIXES)
        and word not in lex.kin_nouns
        and word not in lex.age_nouns
    )


def hyphenated_trade_end(token: Token) -> bool:
    """ "maker" of "Film-maker X", "founder" of "Co-founder Y": the lower-case English end of a hyphenated word,
    with an agent suffix, which makes the word a trade; the end of a hyphenated given name ("jin" of "Hye-jin")
    is no English word with such a suffix."""
    return token.is_lower and _trade_shaped(token) and not unknown_to_english(token)


def opening_trade(token: Token) -> bool:
    """ "Sprinter" in "Sprinter Ana Ruiz won": a capitalised trade-shaped English noun opening its sentence
    right before two capitalised words, and no given name or nation's word ("Hunter", "Canadian")."""
    if token.is_sent_start is False or not token.is_title:  # most names' words: the cheap test first
        return False
    after = token.doc[token.i + 1 : token.i + 3]
    return (
        (token.tag_ in ("NN", "NNP", "VB") or (token.dep_ == "compound" and token.i < token.head.i <= token.i + 2))
        and len(after) == 2
        and all(t.is_alpha and t.is_title for t in after)
        and _name_opens(after[0])
        and (_trade_shaped(token) or _role_noun(token))
        and token.lower_ not in lexicon().title_modifiers  # "Former", "Senior"
        and not unknown_to_english(token)
        and not given_name_countries(token.text)
        and demonym_code(token.text) is None
    )


def _role_noun(token: Token) -> bool:
    """ "Patient", "Witness", "Steward" opening "Patient Aoife Quigley, 74, said": a word English lists that names
    no body, place, nation or relation, before a name whose first word is a given name or no English word
    ("Rookie Kaito Shimizu"), is what the person is, though the recogniser may read the role and the name as one
    body; a body's or a place's word ("Police", "Oxford") says where they belong, a relation ("Grandmother")
    whom they are kin to."""
    word = token.lower_
    lex = lexicon()
    name = token.doc[token.i + 1]
    return (
        (token.ent_type_ in ("", "PERSON") or (token.ent_type_ == "ORG" and name.ent_iob_ == "I"))
        and (bool(given_name_countries(name.text)) or unknown_to_english(name))
        and word not in lex.institution_nouns
        and word not in lex.kin_nouns
        and word not in lex.age_nouns
        and not is_known_place(token.text)
    )


def _name_opens(token: Token) -> bool:
    """A given name, a word English does not list, or a word the recogniser puts in a person's name."""
    return bool(given_name_countries(token.text)) or unknown_to_english(token) or token.ent_type_ == "PERSON"


def glued_role(token: Token) -> bool:
    """ "physio Kaito Shimizu said", "asked steward Lise Aubert": a lower-case common word compounded onto the
    capitalised name right after it is what the person is or does, though the tagger may call it a proper noun
    and the recogniser read it into the name; a name's own lower-case words are its particles ("de", "van"),
    and a relation ("her brother X") says who someone is to another, not a role; nor is the lower-case end of a
    hyphenated given name ("jin" of "Hye-jin Kwon")."""
    if not token.is_lower or not token.is_alpha or token.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = token.doc
    if token.i > 0 and glued_hyphen(doc[token.i - 1]):
        return False
    name = doc[token.i + 1] if token.i + 1 < len(doc) else None
    onto_name = token.dep_ == "compound" and token.i < token.head.i and token.head.pos_ == "PROPN"
    in_name = token.ent_type_ == "PERSON" and name is not None and name.ent_iob_ == "I"  # "asked physio X Y"
    return (
        (onto_name or in_name)
        and name is not None
        and name.is_title
        and token.lower_ not in SURNAME_PARTICLES
        and token.lower_ not in lexicon().kin_nouns
    )


def trade_before_name(token: Token, first: int) -> bool:
    """ "runner" in "Kenyan runner Wanjiru Kamau": a trade noun right before the name starting at token `first`,
    compounded onto one of the name's words or taking the name as its apposition ("its pianist Ana Ruiz")."""
    if token.i != first - 1:
        return False
    if opening_trade(token) or glued_role(token):
        return True
    if not trade_noun(token):
        return False
    head = token.head
    onto_name = token.dep_ == "compound" and head.i >= first and head.pos_ == "PROPN"
    return onto_name or any(c.dep_ == "appos" and c.i >= first for c in token.children)

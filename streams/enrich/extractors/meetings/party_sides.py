"""A party or another group named by a capitalised plural is a side: "the Greens met the Liberals", "Democrats
and Republicans held talks", "talks between the Social Democrats and the Nationals".

The small model tags such names as a nationality or religion (NORP), as a place, or not at all, so the cast reads
no organisation and no side came out. When no person is named for it, the party itself is the side, as an
organisation, named as written. The model's group tag must mark one of the sentence's plurals ("the Greens met
the Nationals": either will do), or the sentence must name a party ("the Centre Party met the Nationals"), since
team nicknames ("the Sharks meet the Eagles") and regions ("the Highlands") look the same and are no parties. A
nationality's plural is a nation's side (`nationals`), never a party; a known place ("the Philippines") or a
plural the model reads as an event or a work ("the Olympics") is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.nationals import plural_demonym_code
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import demonym_code, is_known_place

_SIDE_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
_GROUP_ENTITIES = ("NORP", "", "GPE")
_NAME_PARTS = ("compound", "amod")  # "the Social Democrats", "the Free Voters"


def party_side(token: Token) -> Participant | None:
    """The organisation a capitalised plural group name in a side's role stands for, or None."""
    if token.dep_ not in _SIDE_ROLES or not _group_shaped(token):
        return None
    partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    if not (_proper(token) or any(_group_shaped(p) and _proper(p) for p in partners)):
        return None  # "Officials met ...": a common plural capitalised as the sentence's first word
    if not any((t.ent_type_ == "NORP" and _group_shaped(t)) or _party_name(t) for t in token.sent):
        return None  # "the Sharks meet the Eagles", "visit the Highlands": teams and regions, no group the model knows
    words = [*_name_words_before(token), token]
    return Participant(name=" ".join(w.text for w in words), kind="organization")


def _group_shaped(token: Token) -> bool:
    """A capitalised plural that names no nation, place or counted people ("three Nationals")."""
    text = token.text
    if token.tag_ not in ("NNPS", "NNP", "NNS") or not (text[:1].isupper() and text[1:].islower() and (
            text.endswith("s"))) or token.ent_type_ not in _GROUP_ENTITIES:
        return False
    if any(c.dep_ == "nummod" for c in token.children) or _nationality(text):
        return False
    return token.ent_type_ != "GPE" or not is_known_place(text)


def _party_name(token: Token) -> bool:
    """The last word of a party's name ("the Centre Party"): the plural it meets is a party too."""
    return token.text == "Party" and token.ent_type_ == "ORG"


def _proper(token: Token) -> bool:
    """Read as a name on its own: the model tags it a proper noun or a group (NORP), and its capital is not only
    the sentence's first letter. A common plural ("Progressives" tagged NNS) is a name beside one that is."""
    if token.i == token.sent.start:
        return token.ent_type_ == "NORP"
    return token.tag_ != "NNS"


def _nationality(text: str) -> bool:
    return bool(plural_demonym_code(text) or demonym_code(text))


def _name_words_before(token: Token) -> list[Token]:
    """The capitalised words right before the plural that are part of its name ("Social" of "Social Democrats")."""
    words: list[Token] = []
    for child in reversed(list(token.lefts)):
        if child.dep_ not in _NAME_PARTS or child.i != token.i - len(words) - 1 or not child.text[:1].isupper():
            break
        words.insert(0, child)
    return words

"""A body named by one word ("Ofwat", "Medwatch"): regulators, agencies and watchdogs the model reads as a
person, a place or nothing at all.

News introduces a person by the full name ("Ana Ruiz") and only then writes the surname alone, so one
capitalised word that opens no given name, is no surname of the article's people, no place and no title's
holder is a body's name or a mononym; the clause tells the two apart where it gives the word a body's voice:
"X said in a statement" (a person says that too, but after being named in full), "X said on its website",
"X said it would ...", "X, which ...", or a next sentence that opens "Its ...". Nothing here looks past the
word's own sentence but for that next sentence's first word.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.vocabulary.english_words import unknown_to_english
from streams.enrich.vocabulary.given_names import is_given_name
from streams.enrich.vocabulary.places import demonym_code, is_known_place

from ..given_names import given_name_countries, given_name_gender
from ..lexicon import lexicon
from ..names import is_honorific, is_title_in_name, is_title_word
from .columns import SOFT_LABELS
from .kinds import owned_as_its
from .registry import Registry

_READ_AS = frozenset({"PERSON", "GPE", "LOC", "FAC", *SOFT_LABELS})  # labels a body's one-word name is given
_STATEMENT_PREPS = ("in", "on")  # "said in a statement", "said on Tuesday in a release"


def one_word_body(ent: Span, registry: Registry) -> bool:
    """The recogniser's one-word span (a person, a place or a work by its label) is a body's name."""
    return len(ent) == 1 and ent.label_ in _READ_AS and lone_body(ent.root, registry)


def lone_body(token: Token, registry: Registry) -> bool:
    """The one-word name at `token` is a body's: no person's by any sign, and given a body's voice."""
    placed = token.dep_ == "nsubj" or any(c.dep_ == "relcl" for c in token.children)  # the cheap test first
    return placed and _lone_word(token, registry) and _speaks_as_body(token)


def _lone_word(token: Token, registry: Registry) -> bool:
    """One capitalised word, standing alone (no proper noun compounded onto it or after it), that is no given
    name, surname of the article's people, known place, nation or title, with no title or honorific before it;
    a word English lists only mid-sentence as a proper noun ("Police said" is a common noun opening a
    sentence)."""
    word = token.text
    if registry.knows_surname(word) or not (token.is_alpha and word[:1].isupper()):  # the cheap tests first
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        (unknown_to_english(token) or (token.pos_ == "PROPN" and not token.is_sent_start))
        and token.dep_ != "compound"
        and not any(c.dep_ in ("compound", "flat") for c in token.children)
        and not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper())
        and not (before is not None and (is_title_in_name(before) or is_honorific(before) or is_title_word(before)))
        and not is_title_in_name(token)
        and not given_name_countries(word)
        and given_name_gender(word, token.vocab) is None
        and not is_given_name(word)
        and not is_known_place(word)
        and demonym_code(word) is None
    )


def _speaks_as_body(token: Token) -> bool:
    """The clause gives the word a body's voice: its own "its", "it" as the subject of what it said, "in a
    statement", a "which" clause on it, or the next sentence's opening "Its"."""
    if any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
           for c in token.children):
        return True
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    return (
        bool(owned_as_its(token))
        or any(c.dep_ == "ccomp" and any(g.lower_ == "it" and g.dep_ == "nsubj" for g in c.children)
               for c in verb.children)
        or _in_a_statement(verb)
        or _next_sentence_opens_with_its(token)
    )


def _in_a_statement(verb: Token) -> bool:
    """ "said in a statement", "said in a release on Tuesday": the verb's "in"/"on" phrase is a document."""
    documents = lexicon().document_nouns
    return any(
        c.dep_ == "prep" and c.lower_ in _STATEMENT_PREPS and any(g.lemma_.lower() in documents for g in c.children)
        for c in verb.children
    )


def _next_sentence_opens_with_its(token: Token) -> bool:
    doc = token.doc
    k = token.i + 1
    while k < len(doc) and not doc[k].is_sent_start:
        k += 1
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct):
        k += 1
    return k < len(doc) and doc[k].lower_ == "its"

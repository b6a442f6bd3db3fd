"""A body the speech tag names by its field, in lower case or sentence case: "..., Norlandic transport ministry
officials said", "harbour authority sources said", "an interior ministry official said". Wire copy names a
government department or a public service this way without ever capitalising it, so the parse reads no name,
yet the field singles one body out and the unnamed people speak for it (`eval/README.md`, "Statements'
speakers": "a ministry official" when the article makes clear which ministry). The body is named as written,
a nationality before it included ("Norlandic transport ministry"), unless the article named it already.

Not a body's voice: a body noun with no field before it ("government officials", "Norlandic ministry
sources": which ministry is not said), and people who no longer serve it ("a former ministry official",
"an ex-agency source"), whom annotators leave unnamed.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from streams.enrich.vocabulary import places

from ..lexicon import lexicon
from ..reading.registry import slipped_word
from .descriptions import PAST_MARKERS, words_before

_SERVING = frozenset({"veteran"})  # a past marker that still serves ("a veteran ministry official")
_NOUNS = frozenset({"NOUN", "PROPN"})
_FIELD_TAGS = _NOUNS | {"ADJ"}


def left_the_body(head: Token) -> bool:
    """ "a former ministry official", "one ex-agency source": the person no longer speaks for the body."""
    return bool(words_before(head) & (PAST_MARKERS - _SERVING))


def place_word(token: Token) -> bool:
    """A country, a place or a nationality: whose body it is, never which one."""
    return bool(
        token.ent_type_ in ("GPE", "NORP", "LOC")
        or places.demonym_code(token.text)
        or places.country_code(token.text)
        or places.is_known_place(token.text)
    )


class FieldBody(NamedTuple):
    """A body named by its field: the field's words (a nationality included), its kind's noun, spelt right,
    and the name they make."""

    words: Span
    noun: str
    name: str


def field_body(head: Token) -> FieldBody | None:
    """The body named by its field in the words compounded on the people `head` ("Norlandic transport ministry"
    of "Norlandic transport ministry officials", the nationality included); None when
    no field body noun is compounded on it, no field word before that noun, or the words are a written name
    (capitals all through: the parse reads those as a name already)."""
    bodies = lexicon().field_body_nouns
    service = _public_service(head)
    if service is not None:
        return service
    body = head.doc[head.i - 1] if head.i else None
    if body is None or body.pos_ not in _NOUNS or not _compounded_on(body, head):
        return None
    noun = _body_noun(body, bodies)
    if noun is None:
        return None
    start = body.i
    modifiers = lexicon().ignored_role_modifiers | PAST_MARKERS
    while start > head.left_edge.i:
        word = head.doc[start - 1]
        if _joins_fields(word, start, head) and start - 1 > head.left_edge.i:
            start -= 1  # "posts and telegraphs ministry": two fields one body covers
            continue
        if not word.is_alpha or word.pos_ not in _FIELD_TAGS or word.lower_ in modifiers:
            break
        start -= 1
    words = head.doc[start : body.i]
    fields = [t for t in words if not place_word(t) and t.ent_type_ != "PERSON"]
    if not fields or fields[-1].i != body.i - 1:
        return None  # "Norlandic ministry sources": the field, right before the body noun, is what singles it out
    if all(t.text[:1].isupper() for t in head.doc[start : body.i + 1]):
        return None
    return FieldBody(words=words, noun=noun, name=f"{words.text} {noun}")


def _public_service(head: Token) -> FieldBody | None:
    """ "civil defence sources", "Coast guard officials": a public service named in two words right before the
    people (`public_service_names`), which has no kind noun for the field to sit before."""
    if head.i < 2:
        return None
    words = head.doc[head.i - 2 : head.i]
    named = words.text.lower() in lexicon().public_service_names
    if not named or not all(t.head.i in (head.i, t.i + 1) for t in words):  # both words on the people's noun
        return None
    return FieldBody(words=words[:1], noun=words[1].lower_, name=words.text)


def _compounded_on(body: Token, head: Token) -> bool:
    """The body noun set right before the people's noun, as the parse reads it ("ministry | officials"), or hung
    by it on an earlier field word the people's noun governs, when "and" joins two fields ("a fuel and mines
    ministry aide": the parse may coordinate the body noun with the first field)."""
    if body.head.i == head.i:
        return body.dep_ == "compound"
    return body.dep_ == "conj" and body.head.head.i == head.i and body.head.dep_ in ("compound", "nmod") and any(
        c.lower_ in ("and", "&") for c in body.head.children
    )


def _joins_fields(word: Token, start: int, head: Token) -> bool:
    """An "and" or "&" between two lower-case field words before the body noun ("posts and telegraphs ministry"):
    the body covers both fields, so the walk back over its field goes on past it; a body noun before it is
    another body ("union and ministry officials"), not a field."""
    if word.lower_ not in ("and", "&") or word.i == 0:
        return False
    before, after = head.doc[word.i - 1], head.doc[start]
    lex = lexicon()
    if before.lemma_.lower() in lex.institution_nouns | lex.field_body_nouns:
        return False  # "union and ministry officials": two bodies' people, neither singled out
    return before.is_lower and before.is_alpha and before.pos_ in _FIELD_TAGS and after.is_lower


def _body_noun(token: Token, bodies: frozenset[str]) -> str | None:
    """The field body noun `token` is, or the one a typist's slip made it ("minisrty"): as the parse's repair
    mended its lemma (`repairs.misspelt_nouns`), or one slip from exactly one body noun (`slipped_word`, as a
    misspelt surname is read)."""
    if token.lower_ in bodies:
        return token.lower_
    if token.tag_ == "NN" and token.lemma_.lower() in bodies:  # a plural ("services") is no body's noun
        return token.lemma_.lower()
    return slipped_word(token, bodies)

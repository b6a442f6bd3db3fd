"""A body's position told by a person: "<body> <cue> that ..., <person> said".

Why: a trailing cue usually only relays a clause that carries its own report ("Y told Z that ..., the
statement said": Y spoke, the statement passes it on; `reported._relayed_by_inner_cue`). When the inner cue's
subject is a body, though, a state or an organisation ("the league estimates that ...", "the province has
complained to the regulator that ...", "the bank recommends buying the shares"), the body spoke through
someone, and the trailing cue names who: a named person, a spokesman, officials. That person (or the body
they speak for, as the cast names it) is the speaker, and the body's position is what they said. A trailing
document or outlet ("the statement said", "the radio reported") names no one who spoke and keeps relaying.

Who is a body and who is a person is the cast's answer (`Cast.name_span`, `Cast.named_at`) and its word
lists (titles, posts, spokes-nouns), so this reads the same who-is-who as the attribution that follows.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import cast_of
from streams.enrich.cast.lexicon import lexicon as cast_lexicon
from streams.enrich.cast.names import is_title_word

_BODY_LABELS = frozenset({"ORG", "GPE"})
_BODY_KINDS = frozenset({"org", "place"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERSONAL = frozenset({"he", "she"})
# posts that name a body's people as a whole rather than a person who speaks
_COLLECTIVE = frozenset({"board", "delegation", "leadership", "management", "team"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _is_body(token: Token) -> bool:
    """A proper name of a state or an organisation (the cast's repaired spans first, the parse's label else)."""
    if token.pos_ != "PROPN":
        return False
    span = cast_of(token.doc).name_span(token.i)
    if span is not None:
        return span[2] in _BODY_KINDS
    return token.ent_type_ in _BODY_LABELS


def _is_person(token: Token) -> bool:
    """Someone who can tell a body's position: a named person, "he"/"she", or a post or spokes-noun
    ("officials", "a spokeswoman", "sources"), never a document, an outlet or a body."""
    cast = cast_of(token.doc)
    if token.pos_ == "PROPN":
        span = cast.name_span(token.i)
        return cast.named_at(token) is not None or (span is not None and span[2] == "person")
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL
    lemma = token.lemma_.lower()
    if lemma in _COLLECTIVE:
        return False
    lex = cast_lexicon()
    return is_title_word(token) or any(
        lemma in words for words in (lex.role_categories, lex.representative_nouns, lex.spokes_nouns)
    )


def told_by_a_person(inner: Token) -> bool:
    """Whether the cue `inner`, in a clause a later cue reports, is a body's position that the later cue's
    person tells: then the later cue carries the statement, not `inner`."""
    outer = inner.head
    if inner.i > outer.i:
        return False
    body, teller = _subject(inner), _subject(outer)
    return body is not None and teller is not None and _is_body(body) and _is_person(teller)

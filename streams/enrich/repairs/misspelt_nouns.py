"""A speaker's noun misspelt by one slip ("the spokeswomn said", "the company's baord said") is read as that noun.

Wire copy carries typing slips, and a slip in the noun that heads a speaker's phrase leaves the cast a word it
does not know, so the statement names nobody though its reader sees at once whose it is. A lower-case noun that
English does not list and that is one slip from exactly one of the cast's nouns for who speaks (spokespeople,
institutions and their fields' bodies, representatives, papers) gets that noun as its lemma, the cast's own
reading of a slip (`slipped_word`, as it reads a misspelt surname), so every reader of the parse sees the noun
meant. A word English lists ("beard", "aid") is never changed, nor one a slip away from two such nouns
("spokeswman": a spokesman or a spokeswoman). The tagger, meeting a word it does not know, may call it an adverb or
an adjective; one that is a clause's subject after an article ("a senior offical said") is a noun all the same,
and is tagged as the singular noun it stands for.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newswire_misspelt_nouns"
_MISREAD_TAGS = frozenset({"RB", "JJ"})  # what the tagger calls a word it does not know, besides a noun


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """The cast's nouns whose lemma says who speaks."""
    from streams.enrich.cast.lexicon import lexicon  # the cast reads parses: imported once the parse code is

    lex = lexicon()
    return (
        lex.spokes_nouns | lex.institution_nouns | lex.field_body_nouns | lex.representative_nouns
        | lex.document_nouns | lex.paper_nouns
    )


@lru_cache(maxsize=1)
def _plurals() -> dict[str, str]:
    """The speaker nouns' regular plurals, each to its noun: "offcials" is one slip from "officials"."""
    return {noun + "s": noun for noun in speaker_nouns()}


def meant_noun(token: Token) -> str | None:
    """The one speaker's noun a misspelt lower-case noun stands for, in the singular; None for any other word."""
    from streams.enrich.cast.reading.registry import slipped_word

    if token.tag_ not in ("NN", "NNS") and not _subject_read_otherwise(token):
        return None
    if not token.is_lower or token.lemma_.lower() in speaker_nouns():
        return None
    if token.tag_ != "NNS":
        return slipped_word(token, speaker_nouns())
    found = slipped_word(token, _plurals().keys())
    return _plurals()[found] if found is not None else None


def _subject_read_otherwise(token: Token) -> bool:
    """ "a senior offical said": an unknown word tagged as an adverb or an adjective that is a clause's subject
    after an article."""
    return (
        token.tag_ in _MISREAD_TAGS
        and token.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)
    )


@Language.component(FACTORY)
def misspelt_nouns(doc: Doc) -> Doc:
    for token in doc:
        meant = meant_noun(token)
        if meant is not None:
            if token.tag_ in _MISREAD_TAGS:
                token.tag_, token.pos_ = "NN", "NOUN"
            token.lemma_ = meant
    return doc


def use_misspelt_nouns(nlp: Language) -> Language:
    """Adds the repair right after the lemmatizer, whose lemmas it mends (a no-op without one, or when present)."""
    if "lemmatizer" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="lemmatizer")
    return nlp

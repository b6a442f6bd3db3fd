"""Titles written short with a full stop before a name ("Insp.", "Const.", "Capt."): one word, never a
sentence's end.

spaCy's tokenizer keeps the full stop of some abbreviations ("Dr.", "Gen.") and splits it off the rest, and
the parser then ends the sentence there: '"...," said Const. Ana Ruiz.' gives the quote's verb a sentence of
its own and the name another, so the quote has no speaker. Every abbreviation the cast's lexicon writes with
its full stop (its honorifics and title words) is made one word, as the tokenizer's own exceptions are.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language


def abbreviated_titles() -> list[str]:
    """The abbreviations as written before a name: capitalised, full stop kept ("Supt.")."""
    from streams.enrich.cast.lexicon import lexicon  # the cast reads parses: imported once the parse code is

    lex = lexicon()
    return sorted({w.capitalize() for w in (*lex.honorifics, *lex.title_words) if w.endswith(".") and len(w) > 2})


def use_abbreviated_titles(nlp: Language) -> Language:
    """Teaches the tokenizer the abbreviations; a special case the tokenizer has already is set again, unchanged."""
    for word in abbreviated_titles():
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp

""""Cos", wire copy's short form of "Companies" in a firm's name ("Varrow-Pike Cos Inc"), read as a word.

The small model reads a capitalised "Cos" as the informal "because": tagged a subordinating conjunction, it
cuts the name in two, and the legal form after it ("Inc") stands alone as the subject and the speaker. The
tokenizer gives the capitalised word the norm of the word it stands for, so the tagger reads it as part of
the name; the lower-case word is left as it is.
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language

_SHORT_FORMS = {"Cos": "companies"}


def use_companies_abbreviated(nlp: Language) -> Language:
    """Teaches the tokenizer the norm of each capitalised short form of a firm's plural."""
    for word, norm in _SHORT_FORMS.items():
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])
    return nlp

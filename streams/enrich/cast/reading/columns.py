"""The parse read once as columns, and the dependency and label sets the cast's passes share.

Why: iterating a `Doc` builds one `Token` object per word, which was most of the cast's cost; reading the few
attributes the passes filter on as arrays lets each pass make tokens only for its few candidates.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_TITLE, IS_UPPER, LOWER, POS, SENT_START
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc

from ..lexicon import lexicon

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# where a name stands in a clause: subject, object, apposition, one of a list (not "of X" after a name: that
# is where the person works, "Ana Roy of Sunder Textiles")
ARGUMENT_DEPS = frozenset({*SUBJECT_DEPS, "dobj", "dative", "appos", "conj"})
SOFT_LABELS = ("WORK_OF_ART", "PRODUCT")  # labels the small model gives names it does not know
MISREAD_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", *SOFT_LABELS})  # labels a person's name is often given


class Columns:
    """Token attributes read once as arrays, so each pass makes Token objects only for its few candidates
    (iterating a Doc builds one per word, which was most of the cast's cost). The candidate lists are picked
    with whole-column tests: a Python loop over every word's row cost as much as the rest of the reading."""

    def __init__(self, doc: Doc) -> None:
        rows = doc.to_array([POS, DEP, ENT_TYPE, LOWER, IS_TITLE, IS_UPPER, SENT_START]).reshape(-1, 7)
        pos, dep, ent, lower, title, upper, sent = rows.T
        strings = doc.vocab.strings

        def among(column: np.ndarray, names: Iterable[str]) -> np.ndarray:
            found = np.zeros(len(column), dtype=bool)
            for name in names:  # a few values each: faster than np.isin, which sorts
                found |= column == strings[name]
            return found

        propn = pos == PROPN
        subject = among(dep, SUBJECT_DEPS)
        conj = dep == strings["conj"]  # each label compared once: a whole-column test costs as much as a dozen rows
        listed = conj | (dep == strings["appos"])
        soft = (ent == 0) | among(ent, SOFT_LABELS)
        self.subjects = _where(subject)
        # a subject read as a work or a product ("'...,' Ana Ruiz said" after the quotation marks) is a name
        argument = subject | listed | among(dep, ARGUMENT_DEPS - SUBJECT_DEPS - {"conj", "appos"})
        self.unlabelled_arguments = _where(propn & argument & ((ent == 0) | (soft & subject)))
        self.unlabelled_pobjs = _where(propn & (ent == 0) & (dep == strings["pobj"]))
        self.listed = _where(propn & listed & soft)
        self.coordinated = _where(conj & (title != 0) & (pos != PRON))
        self.capitalised = _where(propn | ((pos == NOUN) & ((title != 0) | (upper != 0))))
        pronouns = np.flatnonzero(pos == PRON)  # a few dozen rows: their words looked up one by one
        genders = {strings[word] for word in lexicon().pronoun_genders}
        words = lower[pronouns].tolist()
        self.pronouns = [i for i, word in zip(pronouns.tolist(), words, strict=True) if word in genders]
        # each word's sentence start: the last index at or before it whose row opens a sentence
        opens = np.where(sent == 1, np.arange(len(sent), dtype=np.int64), 0)
        self.sent_start: list[int] = np.maximum.accumulate(opens).tolist()


def _where(mask: np.ndarray) -> list[int]:
    return np.flatnonzero(mask).tolist()

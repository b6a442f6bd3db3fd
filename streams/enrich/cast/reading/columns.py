"""The parse read once as columns, and the dependency and label sets the cast's passes share.

Why: iterating a `Doc` builds one `Token` object per word, which was most of the cast's cost; reading the few
attributes the passes filter on as arrays lets each pass make tokens only for its few candidates.
"""

from __future__ import annotations

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
    (iterating a Doc builds one per word, which was most of the cast's cost)."""

    def __init__(self, doc: Doc) -> None:
        rows = doc.to_array([POS, DEP, ENT_TYPE, LOWER, IS_TITLE, IS_UPPER, SENT_START]).tolist()
        strings = doc.vocab.strings
        subject_deps = {strings[d] for d in SUBJECT_DEPS}
        pronouns = {strings[w] for w in lexicon().pronoun_genders}
        self.subjects = [i for i, r in enumerate(rows) if r[1] in subject_deps]
        arguments = {strings[d] for d in ARGUMENT_DEPS}
        soft = {0, *(strings[label] for label in SOFT_LABELS)}
        # a subject read as a work or a product ("'...,' Ana Ruiz said" after the quotation marks) is a name
        self.unlabelled_arguments = [
            i for i, r in enumerate(rows)
            if r[0] == PROPN and r[1] in arguments and (not r[2] or (r[2] in soft and r[1] in subject_deps))
        ]
        pobj = strings["pobj"]
        self.unlabelled_pobjs = [i for i, r in enumerate(rows) if r[0] == PROPN and not r[2] and r[1] == pobj]
        conjoined = {strings[d] for d in ("conj", "appos")}
        self.listed = [i for i, r in enumerate(rows) if r[0] == PROPN and r[1] in conjoined and r[2] in soft]
        conj = strings["conj"]
        self.coordinated = [i for i, r in enumerate(rows) if r[1] == conj and r[4] and r[0] != PRON]
        self.capitalised = [i for i, r in enumerate(rows) if r[0] == PROPN or (r[0] == NOUN and (r[4] or r[5]))]
        self.pronouns = [i for i, r in enumerate(rows) if r[0] == PRON and r[3] in pronouns]
        starts, current = [], 0
        for i, r in enumerate(rows):
            current = i if r[6] == 1 else current
            starts.append(current)
        self.sent_start = starts

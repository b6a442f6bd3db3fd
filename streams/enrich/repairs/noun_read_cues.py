"""A sentence headed by a plural noun that has a subject and a clause of its own is headed by a verb.

The small English model reads the present-tense cue closing "Sales fell in the spring, X stresses." as a
plural noun ("stresses", "notes", "claims"), yet still hangs the fronted clause on it as its complement and
the name before it as its subject. A noun takes neither, so the tree contradicts itself only in its tag:
the word is the verb's third-person present form. A singular noun in that place ("X forecast that ...") is
read as the past form, the one news reports use. The tag is mended (the lemmatizer, run after the repairs,
then gives the verb's lemma) and the tree is left as the parser built it. A plural noun heading a caption
("Talks between X and Y") has no subject, and one with a relative clause has no complement.
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newswire_noun_read_cues"


def _misread(root: Token) -> bool:
    """A subject before the word and a clausal complement of it."""
    return any(c.dep_ == "nsubj" and c.i < root.i for c in root.children) and any(
        c.dep_ == "ccomp" for c in root.children
    )


@Language.component(FACTORY)
def noun_read_cues(doc: Doc) -> Doc:
    """Sentence heads tagged as nouns, found on the token arrays: most sentences are headed by a verb."""
    if not len(doc):
        return doc
    rows = doc.to_array([HEAD, TAG])
    verb_tags = {doc.vocab.strings["NNS"]: "VBZ", doc.vocab.strings["NN"]: "VBD"}
    for i in numpy.flatnonzero((rows[:, 0] == 0) & numpy.isin(rows[:, 1], list(verb_tags))).tolist():
        if _misread(doc[i]):
            doc[i].tag_ = verb_tags[doc[i].tag]
    return doc


def use_noun_read_cues(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp

"""A question put to the speaker, set off by commas between the speaker and the verb, is an aside.

The small English model reads "A B, asked at a briefing if the vote was lost, said ..." with "asked" a past
verb whose subject is "A B", and hangs it on "said" as a clause of its own: "said" is left without a subject,
so the statement has no speaker. A finite verb after the aside's closing comma with no subject of its own
contradicts that reading; the name is that verb's subject and "asked" a participle describing it, as the
parser reads "A B, asked by reporters about ..., said". Only that shape is repaired: the aside opens right
after the name's comma, closes with a comma right before the verb, and the verb has no subject.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newswire_asked_asides"
# participles that put a question to the one they describe: "asked about", "pressed on", "questioned over"
_ASIDE_WORDS = ("asked", "pressed", "questioned", "quizzed", "challenged")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis"})


def _stranded_subject(aside: Token) -> Token | None:
    """The name the parse made the aside's subject, when the shape is the one the module describes."""
    doc = aside.doc
    verb = aside.head
    if not (
        aside.i > 1
        and doc[aside.i - 1].text == ","
        and aside.tag_ in ("VBD", "VBN")
        and aside.dep_ in _CLAUSE_DEPS
        and verb.i > aside.i
        and verb.tag_ in _FINITE_TAGS
        and doc[verb.i - 1].text == ","
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        return None
    subject = next((c for c in aside.children if c.dep_ in _SUBJECTS and c.i < aside.i), None)
    if subject is None or subject.tag_ not in ("NNP", "NNPS", "NN", "NNS", "PRP"):
        return None
    return subject if subject.right_edge.i < aside.i else None  # the name and its comma, nothing after it


@Language.component(FACTORY)
def asked_asides(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    words = numpy.array([doc.vocab.strings[w] for w in _ASIDE_WORDS], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), words)).tolist():
        aside = doc[i]
        subject = _stranded_subject(aside)
        if subject is None:
            continue
        verb = aside.head
        subject.head, subject.dep_ = verb, "nsubj"
        aside.head, aside.dep_, aside.tag_ = subject, "acl", "VBN"
    return doc


def use_asked_asides(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp

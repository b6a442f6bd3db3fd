""""For" as a conjunction ("because") is not a preposition: "the talks may fail, for X has insisted that ...".

The small English model reads "for X" as a prepositional phrase of the clause before it and hangs the verb
after X on that clause as a conjunct with no subject, so the cue "has insisted" has no speaker. A noun
phrase after "for" that runs straight into an auxiliary of a verb without a subject of its own contradicts
the prepositional reading ("waited for X" is not followed by "has"): "for" then opens a clause, X is its
subject. Only that shape is repaired: the auxiliary comes right after the phrase and the verb hangs on the
word "for" itself hangs on.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newswire_conjunction_for"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "PRP"})
_CLAUSE_DEPS = frozenset({"conj", "advcl", "parataxis"})


def use_conjunction_for(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp


def _clause_verb(word: Token) -> tuple[Token, Token] | None:
    """(subject, verb) when `word` ("for") is the conjunction the module describes."""
    doc = word.doc
    subject = next((c for c in word.children if c.dep_ == "pobj"), None)
    if word.dep_ != "prep" or subject is None or subject.tag_ not in _SUBJECT_TAGS:
        return None
    after = subject.right_edge.i + 1
    if after >= len(doc) or doc[after].dep_ != "aux":
        return None
    verb = doc[after].head
    if verb.i <= after or verb.dep_ not in _CLAUSE_DEPS or verb.head.i != word.head.i:
        return None
    return None if any(c.dep_ in _SUBJECTS for c in verb.children) else (subject, verb)


@Language.component(FACTORY)
def conjunction_for(doc: Doc) -> Doc:
    """ "for" becomes the clause's conjunction, the phrase after it the verb's subject."""
    fors = numpy.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["for"]).tolist() if len(doc) else []
    clauses = [(doc[i], found) for i in fors if (found := _clause_verb(doc[i])) is not None]
    for word, (subject, verb) in clauses:
        subject.head, subject.dep_ = verb, "nsubj"
        word.head, word.dep_, verb.dep_ = verb, "mark", "advcl"
    return doc

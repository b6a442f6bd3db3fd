"""An object predicate with no object is the object.

The small English model reads "Coach X called club owner Y on Tuesday" as "called (someone) club owner":
"Y" becomes the object predicate of "called", as in "called Y a hero", though no object stands before it.
An object predicate describes an object, so one without an object contradicts itself: the phrase is the
verb's object ("called Y"), which is how every reader of the parse expects the clause. Only that shape is
repaired: a noun predicate on an active verb with neither an object nor a passive subject; "called the
plan a mistake" and "was named captain" keep their reading.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.symbols import oprd as OPRD  # the label's fixed id, as the DEP array holds it
from spacy.tokens import Doc, Token

FACTORY = "newswire_lone_predicates"
# Tags, not parts of speech: the repair runs before the attribute table derives those from the tags.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_HAS_OBJECT = frozenset({"dobj", "nsubjpass", "auxpass", "dative"})


def _lone(token: Token) -> bool:
    """A noun predicate after an active verb that has no object for it to describe."""
    verb = token.head
    return (
        token.tag_ in _NOUN_TAGS
        and verb.tag_.startswith("VB")
        and verb.i < token.i
        and not any(c.dep_ in _HAS_OBJECT for c in verb.children)
    )


@Language.component(FACTORY)
def lone_predicates(doc: Doc) -> Doc:
    predicates = [doc[i] for i, d in enumerate(doc.to_array(DEP).tolist()) if d == OPRD] if len(doc) else []
    for token in [t for t in predicates if _lone(t)]:
        token.dep_ = "dobj"
    return doc


def use_lone_predicates(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp

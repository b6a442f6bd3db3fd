"""A verb the parser hangs on the noun after it as a modifier, though it gave the verb a subject, heads
the clause.

The small English model sometimes reads "Mayor X Al-Y held talks with ..." as a noun phrase "held
talks" (as in "the held talks") with "Al-Y" still the subject of "held": a modifier has no subject, so
the tree contradicts itself. The verb is the clause's, and the noun its object, which is how every
reader of the parse (meetings' "held talks with", statements' subjects) expects the clause. Only that
self-contradicting shape is repaired: a participle that really modifies a noun ("a heated debate") has
no subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newswire_stranded_verbs"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _stranded(token: Token) -> bool:
    """A verb modifying the noun right after it that heads the sentence, with a subject of its own."""
    noun = token.head
    return (
        token.dep_ == "amod"
        and token.tag_ in ("VBD", "VBN")  # fine-grained tags: the coarse ones come after the parser
        and noun.i == token.i + 1
        and noun.dep_ == "ROOT"
        and noun.tag_ in ("NN", "NNS")
        and any(c.dep_ in _SUBJECTS and c.i < token.i for c in token.children)
    )


@Language.component(FACTORY)
def stranded_verbs(doc: Doc) -> Doc:
    """The verb becomes the root, the noun its direct object, and what hung on the noun before the verb
    (the sentence's punctuation, time and place phrases after the object stay with the noun) follows."""
    for verb in [t for t in doc if _stranded(t)]:
        noun = verb.head
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "dobj"
        for child in [c for c in noun.children if c.dep_ == "punct" or c.i < verb.i]:
            child.head = verb
    return doc


def use_stranded_verbs(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp

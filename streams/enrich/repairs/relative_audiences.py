"""A relative pronoun read as whom a relative clause's verb addresses, with the audience named after the verb,
is the subject of the predicate that follows that audience.

The small English model reads "the pay offer, which Ada Brell told reporters fell short of inflation" as
"told which (to) reporters": the pronoun becomes the verb's dative, "reporters" its object, and "fell short"
a subjectless second predicate of the sentence (or of the verb). A verb has one audience, and a finite
predicate starting right after it with no subject and no joining word contradicts the tree: the pronoun is
that predicate's subject and the predicate the verb's clause, which is how every reader of the parse (the
statements' relative cues) expects "the offer, which she said fell short". Only that shape is repaired: "the
story which she told reporters" has nothing after the audience and keeps its reading.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newswire_relative_audiences"
# Tags, not parts of speech: the repair runs before the attribute table derives those from the tags.
_PRONOUN_TAGS = frozenset({"WDT", "WP"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECTS = frozenset({"dobj", "dative"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _pronoun_object(verb: Token) -> Token | None:
    """The relative pronoun opening the verb's clause, when the parse makes it an object of the verb (or,
    for "that", a subordinating mark), in a relative clause on a noun after the sentence's verb."""
    pronoun = next(iter(verb.lefts), None)
    if pronoun is None or verb.sent.root.i > verb.i or not verb.sent.root.tag_.startswith("VB"):
        return None
    if pronoun.lower_ == "that":
        return pronoun if pronoun.dep_ in _OBJECTS or pronoun.dep_ == "mark" else None
    return pronoun if pronoun.tag_ in _PRONOUN_TAGS and pronoun.dep_ in _OBJECTS else None


def _finite_predicate(start: Token) -> Token | None:
    """The verb whose words start at `start`, when it is finite (or has a finite auxiliary) and joined by no
    conjunction."""
    if not (start.tag_.startswith("VB") or start.tag_ == "MD"):  # "told reporters about" strands its "about"
        return None
    predicate = start if start.dep_ not in ("aux", "auxpass") else start.head
    alone = predicate.left_edge.i == start.i
    return predicate if alone and _finite(predicate) else None


def _finite(predicate: Token) -> bool:
    return (
        predicate.tag_.startswith("VB")
        and (predicate.tag_ in _FINITE_TAGS or any(c.tag_ in _FINITE_TAGS for c in predicate.lefts))
        and not any(c.dep_ == "cc" for c in predicate.children)
    )


def _stray_predicate(verb: Token) -> tuple[Token, Token | None] | None:
    """The predicate after the verb's audience, and the audience when the parse made it that predicate's
    subject ("told reporters was sending ..." read as reporters sending). The audience is the verb's object
    or the predicate's first word; either way the predicate has no other subject."""
    audience = next((c for c in verb.rights if c.dep_ in _OBJECTS), None)
    if audience is not None:
        if audience.right_edge.i + 1 >= len(verb.doc):
            return None
        predicate = _finite_predicate(verb.doc[audience.right_edge.i + 1])
        if predicate is None or predicate.head.i > verb.i or _has_subject(predicate) or _stranded(audience):
            return None
        return predicate, None
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1), None)
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or subject.tag_ not in _NOUN_TAGS or subject.left_edge.i != verb.i + 1:
        return None
    return (clause, subject) if _finite(clause) and next(clause.lefts).i == subject.i else None


def _stranded(audience: Token) -> bool:
    """ "which she told reporters about": a preposition left without its object has the pronoun for one, so
    the pronoun is no one's subject."""
    return any(t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children) for t in audience.subtree)


def _has_subject(predicate: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in predicate.children)


@Language.component(FACTORY)
def relative_audiences(doc: Doc) -> Doc:
    """The pronoun becomes the predicate's subject (passive when the predicate has a passive auxiliary), the
    predicate the verb's clausal complement, and an audience read as the predicate's subject the verb's
    object."""
    relcl = doc.vocab.strings["relcl"]  # the label's id as the DEP array holds it
    clauses = [doc[i] for i, d in enumerate(doc.to_array(DEP).tolist()) if d == relcl] if len(doc) else []
    for verb in clauses:
        pronoun = _pronoun_object(verb)
        found = _stray_predicate(verb) if pronoun is not None else None
        if pronoun is None or found is None:
            continue
        predicate, audience = found
        if audience is not None:
            audience.head, audience.dep_ = verb, "dobj"
        predicate.head, predicate.dep_ = verb, "ccomp"
        passive = any(c.dep_ == "auxpass" for c in predicate.children)
        pronoun.head, pronoun.dep_ = predicate, "nsubjpass" if passive else "nsubj"
    return doc


def use_relative_audiences(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp

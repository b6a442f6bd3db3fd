"""A sentence whose subject is told with its holder in apposition is headed by the verb after it.

The small English model reads "The head of the X Federation, A B, hosted coach C D on Monday" and "A B, head
of the X Group, rang Y" as one long noun phrase: the subject's noun heads the sentence, the verb after the
closing comma becomes a modifier ("hosted coach") or a name's first word ("rang Y"), and the object an
apposition of the subject. A sentence has a verb, and a past form right after an apposition's closing comma
is one, so the tree contradicts itself. Only that shape is repaired: no word up to the object tagged as a verb
but a past form right after the second of two commas that follow the noun heading the sentence, and a noun
phrase after it whose head hangs before it. The past form becomes the root, the old head its subject, the
phrase after it its object, and what followed the object (place, time) hangs on the verb, as the parser
reads "A met coach C D in Turin on Monday".
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from streams.enrich.repairs.parenthetical_verbs import TABLE

FACTORY = "newswire_apposed_subjects"
# Tags, not parts of speech: the repair runs before the attribute table derives those from the tags.
_HEAD_TAGS = ("NN", "NNS", "NNP", "NNPS")
_PAST_TAGS = frozenset({"VBD", "VBN"})
_INNER_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod"})
_CLAUSE_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct", "advcl", "xcomp"})
_COMMAS = 2


def _past_form(token: Token) -> bool:
    """A lower-case verb form the tagger left a past form, or one the lemmatizer's tables know only as one."""
    if not token.is_lower:
        return False
    table = token.doc.vocab.lookups.get_table(TABLE) if token.doc.vocab.lookups.has_table(TABLE) else None
    return token.tag_ in _PAST_TAGS or (table is not None and token.lower in table)


def _object_head(verb: Token) -> Token | None:
    """The head of the noun phrase right after the verb, when the parse hangs it before the verb, or on the verb
    read as a participle of the subject's ("the head, called coach Y")."""
    node = verb.doc[verb.i + 1]
    while node.head.i > node.i and node.dep_ in _INNER_DEPS:
        node = node.head
    return node if node.tag_ in _HEAD_TAGS and node.head.i <= verb.i else None


def _misread(verb: Token, sent: Span) -> Token | None:
    """The object of a past form misread after an apposed subject, or None when the shape is not that one."""
    doc, root = sent.doc, sent.root
    if not (root.i < verb.i < sent.end - 1 and doc[verb.i - 1].text == "," and _past_form(verb)):
        return None
    if sum(t.text == "," for t in doc[root.i : verb.i]) < _COMMAS:
        return None
    obj = _object_head(verb)
    if obj is None or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in doc[sent.start : obj.i] if t.i != verb.i):
        return None  # a verb after the object ("rang Y on Monday to discuss the budget") is the clause's own
    return obj


def _repair(verb: Token, obj: Token, sent: Span) -> None:
    root = sent.root
    after = [c for t in root.subtree if t.i < verb.i for c in t.children if c.i > obj.i
             and c.dep_ in _CLAUSE_DEPS]  # what follows the object hangs on the verb, as the parser reads it
    after += [c for c in obj.children if c.i > obj.i and c.dep_ in ("npadvmod", "punct")]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for token in verb.doc[verb.i + 1 : obj.i]:
        if not verb.i < token.head.i <= obj.i:
            token.head = obj
    for clause in after:
        clause.head = verb


def _candidates(doc: Doc) -> list[tuple[Token, Span]]:
    """Commas after the noun that heads their sentence, read on the token arrays: most sentences are headed by
    their verb, and building spans and tokens for every comma would cost more than the repair is worth."""
    heads = numpy.array([doc.vocab.strings[t] for t in _HEAD_TAGS], dtype=numpy.uint64)
    rows = doc.to_array([HEAD, TAG])
    found = []
    for root in numpy.flatnonzero((rows[:, 0] == 0) & numpy.isin(rows[:, 1], heads)).tolist():
        sent = doc[root].sent
        found.extend((doc[i + 1], sent) for i in range(root + 1, sent.end - 2) if doc[i].text == ",")
    return found


@Language.component(FACTORY)
def apposed_subjects(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    for verb, sent in _candidates(doc):
        if sent.root.tag_ in _HEAD_TAGS and (obj := _misread(verb, sent)) is not None:
            _repair(verb, obj, sent)
    return doc


def use_apposed_subjects(nlp: Language) -> Language:
    """Adds the repair right after the parser, reading the past forms `use_parenthetical_verbs` tabled (only
    the tagger's past forms without that table)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp

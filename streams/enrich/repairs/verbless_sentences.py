"""A sentence whose only verb the tagger missed is headed by that verb.

The small English model reads rare past forms between two titled names as part of one long name phrase:
"Mayor X rang council leader Y on Tuesday" comes out as a sentence with no verb at all, "rang" a noun
compound of "Y". A word the lemmatizer's tables list only as a verb's past form (`parenthetical_verbs`
builds that table: "rang", "phoned") cannot be a noun, and a sentence has a verb, so the tree contradicts
itself twice. Only that shape is repaired: no word of the sentence tagged as a verb, a name phrase from the
sentence's start up to the past form, and the phrase's head after it. The past form becomes the root, the
phrase before it its subject, the phrase head after it its object, and what followed the object (time,
place, purpose) hangs on the verb as the parser reads "Mayor X phoned Y on Tuesday". When the parse already
made the past form the root with the name before it and an object after it, only its tag (and the name's
label, when read as the noun's modifier) is wrong, and only those are mended.
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from streams.enrich.repairs.parenthetical_verbs import TABLE

FACTORY = "newswire_verbless_sentences"
# Tags, not parts of speech: the repair runs before the attribute table derives those from the tags.
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "POS", "HYPH", "JJ"})
_OBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_ROOT_TAGS = _OBJECT_TAGS | {"JJ"}  # the past form itself may head the sentence, read as a noun or an adjective
_CLAUSE_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod", "punct", "cc", "conj", "xcomp", "acl", "relcl"})


def _verbless(sent: Span) -> bool:
    """No verb before the noun that heads the sentence: its main clause has none ("to discuss" after it
    hangs on the noun)."""
    return not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent.doc[sent.start : sent.root.i])


def _misread(verb: Token, sent: Span) -> bool:
    """A past form the tagger read as no verb, after a name phrase that opens the sentence, inside a verbless
    sentence whose head is a noun after it."""
    root = sent.root
    return (
        sent.start < verb.i < root.i
        and root.tag_ in _OBJECT_TAGS
        and _tags_in(sent.doc, sent.start, verb.i, _SUBJECT_TAGS)
        and sent.doc[verb.i - 1].tag_ in ("NNP", "NNPS", "NN", "NNS")
        and _verbless(sent)
    )


def _tags_in(doc: Doc, start: int, end: int, tags: frozenset[str]) -> bool:
    return all(doc[i].tag_ in tags for i in range(start, end))


def _repair(verb: Token, sent: Span) -> None:
    doc, root = verb.doc, sent.root
    subject = doc[verb.i - 1]
    clause = [c for c in root.children if c.i > root.i and c.dep_ in _CLAUSE_DEPS]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    for t in doc[sent.start : subject.i]:
        t.head, t.dep_ = subject, t.dep_ if t.head.i < verb.i and t.head.i != t.i else "compound"
    root.head, root.dep_ = verb, "dobj"
    for t in doc[verb.i + 1 : root.i]:
        if not verb.i < t.head.i <= root.i:
            t.head = root
    for c in clause:
        c.head = verb


def _candidates(doc: Doc) -> list[tuple[Token, Span]]:
    """Past forms before the noun that heads their sentence, read on the token arrays: most news sentences are
    headed by their verb, and building sentence spans and tokens for every past form would cost more than the
    repair is worth."""
    if not len(doc) or not doc.vocab.lookups.has_table(TABLE):
        return []
    table = doc.vocab.lookups.get_table(TABLE)
    heads = numpy.array([doc.vocab.strings[t] for t in _ROOT_TAGS], dtype=numpy.uint64)
    rows = doc.to_array([HEAD, TAG])
    found = []
    for root in numpy.flatnonzero((rows[:, 0] == 0) & numpy.isin(rows[:, 1], heads)).tolist():
        sent = doc[root].sent
        found.extend((doc[i], sent) for i in range(sent.start + 1, root + 1) if doc[i].lower in table)
    return found


def _subject_of_root(verb: Token) -> Token | None:
    """"President X rang Chancellor Y on Monday" tagged with "rang" a proper noun, "phoned" an adjective: the
    parse already made the past form the root with an object after it and the name before it as its subject,
    or as its modifier, as a noun's; only the tag (and that one label) says otherwise."""
    if verb.dep_ != "ROOT" or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.i == verb.i - 1 and c.dep_ in ("nsubj", "compound")), None)


@Language.component(FACTORY)
def verbless_sentences(doc: Doc) -> Doc:
    for verb, sent in _candidates(doc):
        if verb.tag_.startswith("VB") or not verb.is_lower:
            continue
        if (subject := _subject_of_root(verb)) is not None:
            verb.tag_, subject.dep_ = "VBD", "nsubj"
        elif _misread(verb, sent):
            _repair(verb, sent)
    return doc


def use_verbless_sentences(nlp: Language) -> Language:
    """Adds the repair right after the parser, reading the past forms `use_parenthetical_verbs` tabled (a
    no-op without that table, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp

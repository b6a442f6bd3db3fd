"""A plural subject's present-tense verb that the tagger read as a noun heads the sentence.

The small English model reads "Talks between X and the Y Federation resume tomorrow" as one noun phrase:
"resume" a noun ending the name "the Y Federation resume", and the sentence left without any verb, headed by
"Talks". A sentence has a verb, and a plural noun that opens it agrees with a bare verb form after a name;
so when no word of the sentence is tagged as a verb or modal, its head is a plural noun that opens it, and a
lower-case word the lemmatizer's tables list as a verb stands right after a name, that word is the verb. It
becomes the root, the plural noun its subject, the name before it takes back its own words, and what followed
(time, place) hangs on the verb. A noun phrase used as a headline or caption ("Talks between X and Y") has no
such word, and a sentence with any verb of its own is left as parsed.
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from streams.enrich.repairs.tabled import add_tabled_repair

FACTORY = "newswire_noun_read_verbs"
TABLE = "newswire_bare_verbs"
# Tags, not parts of speech: the repair runs before the attribute table derives those from the tags.
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_OPENING_TAGS = frozenset({"DT", "JJ", "NNS"})
_VERB_TAGS = ("VB", "MD")


def _bare_verbs(nlp: Language) -> dict[str, bool]:
    """The lower-case base forms the lemmatizer's tables list as verbs ("resume", "restart"), those that agree
    with a plural subject. Many are nouns too; the verbless sentence a plural noun opens is the guard."""
    tables = nlp.get_pipe("lemmatizer").lookups
    index = tables.get_table("lemma_index")
    return {w: True for w in index.get("verb", ()) if w.isalpha() and w.islower()}


def _opens_verbless(sent: Span) -> bool:
    """Headed by a plural noun that opens the sentence (after at most a determiner or adjective), with no verb."""
    root = sent.root
    return root.tag_ == "NNS" and all(t.tag_ in _OPENING_TAGS for t in sent.doc[sent.start : root.i + 1]) and not any(
        t.tag_.startswith(_VERB_TAGS) for t in sent)


def _misread(word: Token, sent: Span) -> bool:
    doc = word.doc
    return (
        sent.root.i < word.i - 1
        and word.tag_ in ("NN", "NNS")
        and word.is_lower
        and doc[word.i - 1].tag_ in _NAME_TAGS
        and _opens_verbless(sent)
    )


def _repair(word: Token, sent: Span) -> None:
    doc, root = word.doc, sent.root
    name = doc[word.i - 1]
    name.head, name.dep_ = word.head if word.head.i != word.i else root, word.dep_
    for t in doc[sent.start : word.i - 1]:
        if t.head.i == word.i:
            t.head = name
    after = [c for c in root.children if c.i > word.i]
    word.head, word.dep_, word.tag_ = word, "ROOT", "VBP"
    root.head, root.dep_ = word, "nsubj"
    for c in after:
        c.head = word


def _candidates(doc: Doc) -> list[tuple[Token, Span]]:
    """Listed verbs inside sentences headed by a plural noun, read on the token arrays: most news sentences are
    headed by their verb, so few sentences are looked at."""
    if not len(doc) or not doc.vocab.lookups.has_table(TABLE):
        return []
    table = doc.vocab.lookups.get_table(TABLE)
    rows = doc.to_array([HEAD, TAG])
    plural = doc.vocab.strings["NNS"]
    found = []
    for root in numpy.flatnonzero((rows[:, 0] == 0) & (rows[:, 1] == plural)).tolist():
        sent = doc[root].sent
        found.extend((doc[i], sent) for i in range(root + 2, sent.end) if doc[i].lower in table)
    return found


@Language.component(FACTORY)
def noun_read_verbs(doc: Doc) -> Doc:
    for word, sent in _candidates(doc):
        if _misread(word, sent):
            _repair(word, sent)  # the sentence now has its verb: a later word in it is no longer misread
    return doc


def use_noun_read_verbs(nlp: Language) -> Language:
    """Adds the repair right after the parser, with the table of base verb forms it reads (a no-op without a
    lemmatizer, or when present)."""
    return add_tabled_repair(nlp, FACTORY, TABLE, _bare_verbs)

""""And" written with a capital after an initialism is the conjunction: wire copy capitalises the word after
a dotted abbreviation ("the U.K. And Irish delegations met", "a team from the U.N. And local aid groups").

The small model reads the dot closing the initialism as the end of a sentence: it cuts the sentence there
(the first side and the verb land in different sentences) or, when it opens the sentence, hangs the
initialism on the verb as a loose modifier, so the first side is lost. A sentence that really starts with
"And" follows a sentence with a verb of its own; here the words since the last full stop have none.

Two components: before the parser, the word may not start a sentence; after it, an initialism hung on the
verb beside the "And" becomes the first conjunct of the noun phrase the "And" opens, as the model reads the
same words with a lower-case "and".
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

BOUNDARY = "newswire_capital_and_boundary"
PHRASE = "newswire_capital_and_phrase"
_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_LOOSE = frozenset({"npadvmod", "nsubj", "dep", "advmod", "nmod", "compound"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def use_capital_and(nlp: Language) -> Language:
    """Adds the boundary before the parser and the phrase repair right after it (no-ops without a parser)."""
    if "parser" in nlp.pipe_names and BOUNDARY not in nlp.pipe_names:
        nlp.add_pipe(BOUNDARY, before="parser")
        nlp.add_pipe(PHRASE, after="parser")
    return nlp


def _capital_ands(doc: Doc) -> list[Token]:
    """Every capital "And" of `doc`, found in one array pass: most articles have none, and both components
    run on every document."""
    hits = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["And"]).tolist()
    return [doc[i] for i in hits]


def _joining_and(token: Token) -> bool:
    """Whether the capital "And" `token` comes right after an initialism with no verb since the last full stop."""
    if token.i == 0 or not _INITIALISM.match(token.doc[token.i - 1].text):
        return False
    for before in reversed(token.doc[: token.i - 1]):
        if before.text in _SENTENCE_ENDS:
            return True
        if before.tag_.startswith("VB") or before.tag_ == "MD":
            return False
    return True


@Language.component(BOUNDARY)
def capital_and_boundary(doc: Doc) -> Doc:
    """The parser may not open a sentence at a joining "And"."""
    for token in _capital_ands(doc):
        if _joining_and(token):
            token.is_sent_start = False
    return doc


@Language.component(PHRASE)
def capital_and_phrase(doc: Doc) -> Doc:
    """ "U.K. And Irish delegations": the initialism joins the modifier after "And" as its first conjunct."""
    for token in _capital_ands(doc):
        if not _joining_and(token) or token.i + 1 >= len(doc):
            continue
        first, second = doc[token.i - 1], doc[token.i + 1]
        noun = second.head
        verb = token.head
        if (first.head.i != verb.i or first.dep_ not in _LOOSE or second.dep_ not in _MODIFIERS
                or noun.i <= second.i or noun.head.i != verb.i):
            continue
        first.head, first.dep_ = noun, "nmod"
        token.head = first
        second.head, second.dep_ = first, "conj"
    return doc

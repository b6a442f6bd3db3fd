"""A paper quoted before its author is named: "Rents will climb, a new study found. The study, written by the
Tarn Institute, ...", "according to a poll taken this week. The survey, by Norvik Research, ...".

Wire copy often opens on the paper and names who wrote it a sentence or two later. A paper noun that names no
author of its own refers to the next mention of a paper of its kind in the sentences just after it, when that one
is a definite mention ("the report") with its author after "by" or "from". An indefinite one in between ("a second
report by X") brings in a paper of its own and ends the search: never a guess.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .descriptions import is_definite
from .voices import paper_author

_SENTENCES_AHEAD = 2
# nouns that name the same kind of paper: an opinion poll is written up as a survey and back again
_KINDS = {"poll": "survey", "survey": "survey"}


def _kind(token: Token) -> str:
    lemma = token.lemma_.lower()
    return _KINDS.get(lemma, lemma)


def author_named_later(head: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """The author written after the next definite mention of the paper `head` names, within the next sentences;
    None when the paper itself names an author, or when another paper of its kind is brought in first."""
    if paper_author(head) is not None:
        return None
    kind = _kind(head)
    doc = head.doc
    sentence = head.sent
    end = sentence.end
    for _ in range(_SENTENCES_AHEAD):
        if end >= len(doc):
            break
        end = doc[end].sent.end
    for token in doc[head.i + 1 : end]:
        if token.pos_ != "NOUN" or _kind(token) != kind or in_quote(token.idx):
            continue
        if not is_definite(token) or any(c.dep_ == "poss" for c in token.children):
            return None  # "a second report by X", "Y's report": a paper of its own
        return paper_author(token)
    return None

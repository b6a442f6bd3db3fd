"""A paper quoted before its author is named: "Rents will climb, a new study found. The study, written by the
Tarn Institute, ...", "according to a poll taken this week. The survey, by Norvik Research, ...".

Wire copy often opens on the paper and names who wrote it a sentence or two later, or only at the story's end
("The institute's survey, run in May, ..."). A paper noun that names no author of its own refers to the later
definite mentions of a paper of its kind ("the report"), over those that name no one, to the first that names its
author after "by" or "from", or its owner before "'s" when that owner was written before the first mention
("the institute's report" after the institute spoke: the same paper, not another body's). An indefinite one in
between ("a second report by X") brings in a paper of its own and ends the search: never a guess.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .descriptions import is_definite
from .voices import paper_author

_SENTENCES_AHEAD = 12
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
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:  # "Y's report": the same paper only when Y was in the story before it
            return owner if _written_before(owner, head) else None
        if not is_definite(token):
            return None  # "a second report by X": a paper of its own
        author = paper_author(token)
        if author is not None:
            return author
    return None


def _written_before(owner: Token, paper: Token) -> bool:
    """Whether the owner of a later mention was in the story at the paper's first mention: a pronoun or a
    definite noun referring back ("its", "the bank's"), or a name written before it ("Acme's", after "Acme")."""
    if owner.pos_ == "PRON" or (owner.pos_ == "NOUN" and is_definite(owner)):
        return True
    if owner.pos_ != "PROPN":
        return False
    return any(t.text == owner.text for t in paper.doc[: paper.i + 1])

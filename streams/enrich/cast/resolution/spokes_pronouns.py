"""A he/she after a body's unnamed spokesperson: the body's voice, whatever that spokesperson did first.

News introduces a spokesperson with any verb ("A Velmar spokeswoman declined to say whether ...", "A spokesman at
Brakon said ...") and goes on with he/she ("She kept to the firm's line ... 'We need time,' she said"). The
pronoun then speaks for the body, as the spokesperson would (eval/README.md, statements' speakers). The
voice rule (`_voice`) only keeps a spokesperson who spoke with a matching gender; this one reads the
narrative itself, so it also holds when the spokesperson's first verb was no speech verb, or when the writer
called her a "spokesman" and went on with "she". It never passes over a named person or another subject:
the spokesperson must be the last subject before the pronoun that is not itself a he/she.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..lexicon import lexicon

_SUBJECTS = ("nsubj", "nsubjpass")
_HE_SHE = frozenset({"he", "she"})
_REACH = 2  # sentences before the pronoun's in which the spokesperson may stand


def spokesperson_before(
    pronoun: Token,
    sentence_starts: list[int],
    in_quote: Callable[[int], bool],
    in_content: Callable[[int], bool],
    named_between: Callable[[int, int], bool],
) -> Token | None:
    """The head of the unnamed spokesperson ("a spokesman", "a Velmar spokeswoman") that a he/she refers to:
    the last narrative subject before the pronoun, outside quotes and reported words, within `_REACH` sentences, that
    is not a he/she, when it is a spokesperson noun with no name of its own and no person was named since."""
    doc: Doc = pronoun.doc
    k = max(0, bisect_right(sentence_starts, pronoun.idx) - 1 - _REACH)
    floor = sentence_starts[k] if sentence_starts else 0
    spokes = lexicon().spokes_nouns
    for token in reversed(doc[: pronoun.i]):
        if token.idx < floor:
            return None
        if token.dep_ not in _SUBJECTS or in_quote(token.idx) or in_content(token.idx) or not _narrative(token):
            continue
        if token.lower_ in _HE_SHE:
            continue
        if token.lemma_.lower() not in spokes or token.ent_type_ == "PERSON":
            return None
        if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in token.children):
            return None  # "a spokesman, Ana Roy,": a named person, whom the pronoun rules already reach
        return None if named_between(token.idx, pronoun.idx) else token
    return None


def _narrative(subject: Token) -> bool:
    """Whether a subject is the narrative's own (of the sentence's main verb or one joined to it), not of a
    clause it governs ("She kept to the line that the work was complex": "work" is what she held to)."""
    verb = subject.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"

"""A word's dependents in given relations, indexed once per doc instead of found by scanning.

spaCy's `Token.children` walks every token between a word's leftmost and rightmost descendant to
find the few whose head it is, so asking for the root's children costs the whole sentence. The
scorer asks about the children of every head from a rated word up towards the root (negation,
shifters, "if" clauses), which in one long sentence, a run-on without full stops, made scoring
quadratic in its length. It only ever wants children in a few relations ("neg", "mark", ...), so
the index is keyed by relation as well: a root with thousands of conjuncts still answers at once.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.tokens import Doc, Token

from streams.enrich.doc_cache import per_doc


@per_doc
def _dependents(doc: Doc) -> dict[int, dict[str, list[int]]]:
    """Child indices (ascending) by head index, then relation; a root is not its own child. Keyed by head
    first: an ask (~1,300 an article) looks its word up once instead of building a key per relation."""
    index: dict[int, dict[str, list[int]]] = {}
    offsets = doc.to_array("HEAD").astype(np.int64)  # offsets to the head, stored unsigned
    deps = doc.to_array("DEP")
    children = np.flatnonzero(offsets)
    labels = {dep: doc.vocab.strings[dep] for dep in set(deps.tolist())}  # a few dozen, looked up once
    for i, head, dep in zip(
        children.tolist(), (children + offsets[children]).tolist(), deps[children].tolist(), strict=True
    ):
        index.setdefault(head, {}).setdefault(labels[dep], []).append(i)
    return index


def dependents(token: Token, relations: Collection[str]) -> list[Token]:
    """The token's children attached by one of `relations`, in document order like `Token.children`."""
    doc = token.doc
    by_relation = _dependents(doc).get(token.i)
    if by_relation is None:
        return []
    found = [i for dep in relations for i in by_relation.get(dep, ())]
    if len(found) > 1:
        found.sort()
    return [doc[i] for i in found]

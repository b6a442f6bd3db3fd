"""Whether an unnamed speaker is anonymous: "a senior official at the bank, who spoke on condition of
anonymity," is a person the article will not name, not the bank's voice (annotators leave such speakers
unnamed), so the organisation the phrase mentions must not be given the words."""

from __future__ import annotations

from spacy.tokens import Token

_MARKERS = frozenset({"anonymity", "anonymously"})
_WITHHELD = (("to", "be", "named"), ("to", "be", "identified"))
_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "conj", "parataxis"})  # what was said, not who said it


def speaks_anonymously(subject: Token) -> bool:
    """ "X, who asked not to be named, said", "X, speaking on condition of anonymity, said", "X said,
    speaking anonymously": read in the subject's own words and the cue verb's side clauses, never in the
    reported words."""
    verb = subject.head
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text.lower()
    if "anonym" not in clause and " to be " not in clause:
        return False  # most clauses: no token walk
    spans = [list(subject.subtree)]
    spans += [list(c.subtree) for c in verb.children if c is not subject and c.dep_ not in _CONTENT]
    for words in spans:
        lowered = [t.lower_ for t in words]
        if _MARKERS.intersection(lowered):
            return True
        if any(tuple(lowered[k : k + 3]) in _WITHHELD for k in range(len(lowered) - 2)):
            return True
    return False

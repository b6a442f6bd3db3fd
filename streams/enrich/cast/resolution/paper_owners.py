"""Whose a paper is, told where it is brought in: by a possessive pronoun ("its annual report said", "their
letter") or by the clause it is the setting of ("X, in a report adopted on Monday, backed ...", "In its review,
X made clear ...").

Why: wire copy often brings in a company's or an agency's paper this way and then lets "the report said" carry
the rest of the story; the gold gives every such line to the paper's owner. The cast read an owner only from a
name or noun before "'s" and an issuer only from a verb of speech or publishing, so these papers, and every later
"the report" referring back to them, spoke for no one.
"""

from __future__ import annotations

from spacy.tokens import Token

# possessive pronouns a paper's owner is written as ("its annual report", "their statement", "his letter")
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
# verbs whose subject is what a paper tells about rather than who wrote it ("X appeared in a report", "X
# figured in the study", "X was in the report")
_TOLD_ABOUT_VERBS = frozenset({"be", "appear", "feature", "figure"})


def pronoun_owner(paper: Token) -> Token | None:
    """The possessive pronoun written as `paper`'s owner ("its" of "its annual report"), else None."""
    return next(
        (c for c in paper.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in OWNER_PRONOUNS), None
    )


def set_in(paper: Token) -> Token | None:
    """The verb of the clause `paper` is the setting of ("X, in a report, backed ...", "In its review, X made
    clear ..."): a verb in the active voice with a subject of its own, which is then who wrote the paper; None
    for a verb whose subject is only told about in the paper ("X appeared in a report")."""
    place = paper.head
    if paper.dep_ != "pobj" or place.lower_ != "in" or place.dep_ != "prep":
        return None
    verb = place.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _TOLD_ABOUT_VERBS:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None

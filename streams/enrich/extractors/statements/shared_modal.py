"""Two bare verbs under one modal in a reported clause: "said he could not confirm or deny the sale".

A reported clause's verb may be coordinated with a speech verb that has no subject of its own; `reported`
reads such a conjunct as the reporter's second act ("said A and urged B") and stops the clause before it.
When both verbs are bare forms and the modal of the first governs them both, the second is still the
clause's own predicate (he could confirm, he could deny), and what it takes belongs to the report.
"""

from __future__ import annotations

from spacy.tokens import Token


def shares_the_modal(clause_verb: Token, conjunct: Token) -> bool:
    """`conjunct` is a bare verb coordinated with a bare clause verb that a modal governs."""
    return (
        conjunct.tag_ == "VB"
        and clause_verb.tag_ == "VB"
        and any(c.tag_ == "MD" for c in clause_verb.children)
        and not any(c.tag_ == "MD" for c in conjunct.children)
    )

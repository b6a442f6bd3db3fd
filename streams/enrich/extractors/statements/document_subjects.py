"""An act cue whose subject is a document: "the bill calls for ...", "the budget proposes ...".

A plan, a bill or an agreement sets out terms; "calls for", "proposes" or "urges" with one as subject say
what it provides, and no person or body is reported as speaking. Kept beside `unasserted`'s other grounds
for reading nothing at all; a body as subject ("the council proposes ...") still speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind
from .lexicon import lexicon

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def document_as_subject(cue: Token) -> bool:
    """An act cue whose own subject is a noun for a document, a plan or a finding."""
    if cue_kind(cue) != "act":
        return False
    lex = lexicon()
    documents = lex.provision_nouns | lex.message_nouns | lex.evidence_nouns
    return any(c.dep_ in _SUBJECT_DEPS and c.lemma_.lower() in documents for c in cue.children)

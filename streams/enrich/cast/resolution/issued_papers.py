"""Unnamed voices speaking through a paper a body put out: "officials said in a statement issued by X",
"In a statement released by X, officials said".

The people are unnamed and the phrase around them names no body; the paper their words were given in does,
through its author after "by". Without an author ("officials said in a statement") the paper names no one
and the voice stays unresolved.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.vocabulary.speech import speech_verbs

from ..lexicon import lexicon


def paper_spoken_in(subject: Token) -> Token | None:
    """The paper after "in" on the speech verb `subject` is the subject of, fronted or after the verb."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in speech_verbs():
        return None
    papers = lexicon().paper_nouns
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        paper = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if paper is not None and paper.lemma_.lower() in papers:
            return paper
    return None

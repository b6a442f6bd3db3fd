"""A person named by a charge: "the clerk accused of fraud", "suspected poacher Ana Ruiz".

News identifies people by what they are accused or suspected of, and moves on to the news: in
"officials met Ravi Menon, who is accused of smuggling weapons" or "detectives are trying to
interview a suspected arsonist" the report is the meeting and the interview. VADER rates the charge
("accused" -1.2, "suspected" -0.9) and its deed ("smuggling", "fighting") as if the sentence
reported them, so such neutral notices read as bad news. Said as the predicate ("Ravi Menon was
accused of smuggling", "prosecutors accused him"), the charge is the news and keeps its tone; so does
whatever happens to the person ("a coach accused of fraud was sacked" is bad news by "sacked").
"""

from __future__ import annotations

from spacy.tokens import Doc

from streams.enrich.extractors.sentiment.harm import WRONGDOERS
from streams.enrich.extractors.sentiment.tree import dependents

# Verbs of charging someone; as a participle on a noun they name a person by the charge.
CHARGE_VERBS = frozenset({"accuse", "suspect", "allege"})
# A charge that describes a noun: "the clerk [accused of ...]", "X, who is [accused of ...]".
DESCRIBING_LINKS = frozenset({"acl", "relcl"})
PERSON_HEADS = frozenset({"NOUN", "PROPN", "PRON"})


def charge_label_valences(doc: Doc, span: range, lemmas: list[str], tags: list[str]) -> dict[int, float]:
    """The words of a charge that names a person, rated as nothing: the clause of a charge verb on a
    noun ("accused of smuggling weapons"), and a charge said as a modifier ("suspected") with the
    wrongdoer it names ("a suspected arsonist")."""
    found: dict[int, float] = {}
    for i in span:
        if tags[i] != "VERB" or lemmas[i] not in CHARGE_VERBS:
            continue
        verb = doc[i]
        if verb.dep_ in DESCRIBING_LINKS and verb.head.pos_ in PERSON_HEADS:
            found.update((w.i, 0.0) for w in verb.subtree)
        elif verb.dep_ == "amod":
            found[i] = 0.0
            named = [verb.head, *dependents(verb.head, ("compound", "amod"))]  # "suspected [fraudster] Ana Ruiz"
            found.update((w.i, 0.0) for w in named if w.lemma_.lower() in WRONGDOERS)
    return found

"""Ministers of several countries who agreed or reaffirmed something together: "finance ministers of A, B and C
reaffirmed their pact", "trade envoys from A and B agreed to cut tariffs". No meeting word is written, but
governments' people only settle a joint position in one another's company, so annotators of real news keep the
countries as the sides of an encounter held. One country's ministers agreeing are its cabinet, and "agreed to meet"
is the planned meeting its own verb tells.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import own_subjects
from streams.enrich.extractors.meetings.group_session import DELEGATES, GOVERNMENT_PEOPLE
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

RESOLVE_VERBS = frozenset({"agree", "reaffirm"})
_MIN_COUNTRIES = 2
_CLAUSE_DEPS = ("ROOT", "conj")


def resolved_together(verb: Token) -> bool:
    """A joint-resolution verb of a main clause whose subject is the ministers (or envoys) of at least two
    countries the text names: the countries met."""
    if lower_lemma(verb) not in RESOLVE_VERBS or verb.dep_ not in _CLAUSE_DEPS:
        return False
    if any(c.dep_ in ("xcomp", "advcl") and lower_lemma(c) in LEX.meet_verbs for c in verb.children):
        return False  # "agreed to meet next month": the meeting verb tells it
    return any(_of_many_countries(s) for s in own_subjects(verb))


def _of_many_countries(subject: Token) -> bool:
    """"ministers of A, B and C", "envoys from A and B": government people of several named countries."""
    if subject.tag_ != "NNS" or not (lower_lemma(subject) in GOVERNMENT_PEOPLE | DELEGATES or (
            lower_lemma(subject) == "leader" and not any(c.dep_ in ("compound", "amod") for c in subject.children))):
        return False  # "leaders of A and B" are their governments; "business leaders" are not
    return any(len([part for part in (o, *o.conjuncts) if part.ent_type_ == "GPE"]) >= _MIN_COUNTRIES
               for p in subject.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
               for o in p.children if o.dep_ == "pobj")

"""What a visit goes to: a place, an institution one goes round, or someone met.

"Visited the X Museum", "will visit the Y factory" tell where the visitor went, not whom they met: the gold
annotations list no encounter for a visit to a site with nobody met. A body of people visited ("visited the X
Council", "the Y Union") is still met, and so is a person; "visited the X Museum and met its director, Y" meets Y
at the museum. A country visited ("visited X last week", "when he visits X") is met as its government, as the
gold writes it when the article names no host (a host named is the encounter instead: official_visits); a country
visited to attend a gathering or give a lecture there ("visit X to attend a conference") is only where one went.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.gazetteer import capital_country, country_code
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PERSON, PLACE, NameIndex
from streams.enrich.model import Participant

# what a visit is made for when it meets no host: attending, speaking, watching; a gathering or a holiday
VISIT_PURPOSES = LEX.attend_verbs | LEX.lecture_cues | LEX.oratory_verbs | LEX.visit_purpose_verbs
_GATHERINGS = LEX.open_gatherings | LEX.town_occasions | LEX.visit_gatherings | LEX.visit_leisure


def only_went_to(verb: Token, obj: Token, names: NameIndex) -> bool:
    """The object of "visit" names where the visitor went: a place, or an institution told by its site word."""
    if lower_lemma(verb) != "visit":
        return False
    label = names.label.get(obj.i)
    pair = f"{obj.doc[obj.i - 1].lower_} {obj.lower_}" if obj.i > 0 else ""
    if label == PLACE:
        return not _is_country(obj, names) or (went_to_attend(verb) and not went_for_talks(verb))
    return label != PERSON and (obj.lower_ in LEX.visited_sites or pair in LEX.visited_site_pairs)


def capital_host(verb: Token, obj: Token, names: NameIndex) -> Participant | None:
    """"a fund mission will visit C next week", C a capital: the capital stands for its country, the visit's host
    when no one is named (a host met is the encounter instead: `official_visits`), as "on a visit to C" does for
    the noun (`official_visits.capitals_visited`). Not a visit made to attend a gathering there, one its host
    invites someone to make, nor the visitor's own capital."""
    if lower_lemma(verb) != "visit" or names.label.get(obj.i) != PLACE or _is_country(obj, names):
        return None
    if went_to_attend(verb) and not went_for_talks(verb):
        return None
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
        return None  # "Y invited X to visit C": the one who asks X over is the host
    country = capital_country(names.name_at(obj))
    if country is None or any(country_code(side.name) == country_code(country)
                              for s in verb.children if s.dep_ == "nsubj" and (side := names.participant(s))):
        return None
    return Participant(name=country, kind="country")


def visited_object(verb: Token, obj: Token) -> Token:
    """"X, which she visited last month": the relative pronoun a visit takes stands for the place it hangs on."""
    if lower_lemma(verb) == "visit" and verb.dep_ == "relcl" and obj.tag_ == "WDT" and obj.dep_ == "dobj":
        return verb.head
    return obj


def went_for_talks(verb: Token) -> bool:
    """"for talks", "for three rounds of talks": the visit's purpose is talks that name no side of their own ("for
    talks with Y" meets Y, and the country is only where)."""
    talk_nouns = LEX.encounter_talks | LEX.encounter_negotiations
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            talks = [obj, *(o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
            if any(lower_lemma(t) in talk_nouns and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.children) for t in talks):
                return True
    return False


def visits_country(verb: Token) -> bool:
    """"visited X last week" with X a country (a city visited is only where)."""
    return lower_lemma(verb) == "visit" and not went_to_attend(verb) and any(c.dep_ == "dobj" and country_code(
        " ".join(t.text for t in c.subtree if t.dep_ != "det")) is not None for c in verb.children)


def went_to_attend(visit: Token) -> bool:
    """"to attend a conference", "to give a speech", "for the summit of X", "on holiday": the visit's purpose is a
    gathering held there or a private one, and the visitor meets no host as a side."""
    for child in visit.children:
        if child.dep_ in ("xcomp", "advcl", "relcl", "acl") and lower_lemma(child) in VISIT_PURPOSES:
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "on") and any(
                lower_lemma(obj) in _GATHERINGS for obj in child.children if obj.dep_ == "pobj"):
            return True
    return False



def _is_country(obj: Token, names: NameIndex) -> bool:
    start, end = names.span_of[obj.i]
    return country_code(obj.doc[start:end].text.removeprefix("the ")) is not None

"""An envoy's journey to a country: "will fly to X on Sunday", "leaves for C next week", "arrived in C to
discuss the plan", "a mission would visit C this week".

A visit told by a verb of travel is a visit all the same: an office holder, or a party a state or a body sends
(a team, a mission, a delegation), going to a country or to its capital meets that country's government, and
the gold annotations list the country beside the traveller when no host is named (a host met is the encounter
instead: `official_visits.without_hosted_visits`). The verb "visit" with a country is read in `visited_sites`;
here "visit" takes a capital, which stands for its country as it does after "a visit to". Not a visit: a
journey home (the traveller's own country), one made to attend a gathering or on holiday, a traveller with no
office ("the singer flew to X"), a city that is no capital, and "return" or "come back", which go home.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.cast import cast_of, is_office_title
from streams.enrich.cast.entity import Entity
from streams.enrich.cast.lexicon import lexicon as cast_lexicon
from streams.enrich.extractors.meetings.fronted import described_one, subjects
from streams.enrich.extractors.meetings.gazetteer import capital_country, country_code, former_state
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.visited_sites import went_for_talks, went_to_attend
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import demonym_country

_PLACE_LABELS = ("GPE", "LOC")
_NAMED = ("PERSON", "ORG", "GPE", "NORP")
# the words a journey is told by; "visit" with a country or a capital is read by `visited_sites`
JOURNEY_VERBS = LEX.abroad_journey_verbs | LEX.arrival_verbs | LEX.departure_verbs


def journey_hosts(verb: Token) -> list[Participant]:
    """The countries an envoy's journey (the verb) visits, or none when it is no such visit."""
    if verb.pos_ != "VERB" or went_to_attend(verb) or _made_to_meet_someone(verb) or _invited(verb):
        return []
    places = _destinations(verb)
    if not places:
        return []
    travellers = journey_travellers(verb)
    homes = {code for t in travellers if (code := _home(t)) is not None}
    if not travellers or not all(_sent_abroad(t) for t in travellers):
        return []
    hosts = {country for place in places if (country := _country_of(place)) is not None}
    return [Participant(name=c, kind="country") for c in sorted(hosts) if country_code(c) not in homes]


def journey_travellers(verb: Token) -> list[Token]:
    """Who travels: the verb's subjects, as `subjects` reads them ("a team going to C"); the one a "who"
    clause tells of ("X, who arrived in C")."""
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children):
        return described_one(verb.head)
    return subjects(verb)


def sender_of(traveller: Token) -> Participant | None:
    """Who a party sent abroad stands for: the country of its nationality ("a Japanese team"), or a body that is
    no company ("a World Bank mission", "a team from the X Fund"); a firm's team calls on some body there, not
    on the state (`sent_for_talks`), and a party told by nothing more is no one's."""
    if lower_lemma(traveller) not in LEX.sent_groups | LEX.state_agents:
        return None
    cast = cast_of(traveller.doc)
    for owner in _owners(traveller):
        if (country := demonym_country(owner.text)) is not None:
            return Participant(name=country, kind="country")
        entity = cast.resolve(owner)
        if entity is None and owner.ent_type_ == "ORG":  # a body the article names only here
            entity = Entity(name=_entity_name(owner), kind="org")
        if entity is not None and entity.kind == "org" and not _firm(entity):
            return Participant(name=entity.name, kind="organization")
    return None


def sent_by_a_firm(verb: Token) -> bool:
    """"a team from X Corp will visit C": a party a firm sends calls on some body there, so the capital it visits
    does not make its country a host (`visited_sites.capital_host`)."""
    return any(lower_lemma(t) in LEX.sent_groups and any(
        e is not None and e.kind == "org" and _firm(e) for e in map(cast_of(verb.doc).resolve, _owners(t)))
        for t in journey_travellers(verb))


def _owners(traveller: Token) -> list[Token]:
    """The words that tell whose a sent party is: a modifier ("a Japanese team") or "from/of X"."""
    return [m for m in traveller.children if m.dep_ in ("amod", "compound", "nmod", "poss")] + [
        o for p in traveller.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for o in p.children
        if o.dep_ == "pobj"]


def _firm(entity: Entity) -> bool:
    """A company by its legal form ("X Corp") or as the article shows it employing people; a trade word ending a
    name ("the World Bank", "the Y Fund") leaves a lender or a state's body a party it may send."""
    last = entity.name.lower().split()[-1:]
    return entity.employer or bool(last and last[0] in cast_lexicon().corporate_suffixes)


def _entity_name(token: Token) -> str:
    """The whole named entity `token` is a word of, without a leading "the"."""
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return (span.text if span is not None else token.text).removeprefix("the ")


def _made_to_meet_someone(verb: Token) -> bool:
    """"will fly to C to meet Y", "went to C for talks with Y": the journey is made for an encounter with a named
    side, which is the meeting told (the country is only where it is held)."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") or (
        c.dep_ == "prep" and c.lower_ in ("for", "with"))]  # "flew to C with Y": Y goes along or hosts
    for token in (t for purpose in purposes for t in purpose.subtree):
        met = [c for c in token.children if c.dep_ == "dobj"] if lower_lemma(token) in LEX.meet_verbs else []
        if token.dep_ == "prep" and token.lower_ == "with":  # "for talks with Y", "with Y"
            met = [c for c in token.children if c.dep_ == "pobj"]
        if any(w.ent_type_ in _NAMED or w.pos_ == "PROPN" for m in met for w in m.subtree):  # "with EC officials"
            return True
    return False


def _invited(verb: Token) -> bool:
    """"invited X to visit C": the one who invites is the host (`invitations`), the capital only where."""
    return verb.dep_ == "xcomp" and lower_lemma(verb.head) in LEX.inviting_verbs


def planned_journey(verb: Token) -> bool:
    """"flies to C today", "leaves for C on Monday": the wire's present tense tells a journey set for the day;
    "arrived in C for talks": the talks it opens are ahead, as `relations.arrival_ahead_of` reads them."""
    present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)
    arrived_for_talks = lower_lemma(verb) in LEX.arrival_verbs and went_for_talks(verb)
    return (present or arrived_for_talks) and bool(journey_hosts(verb))


def _destinations(verb: Token) -> list[Token]:
    """The places the verb goes to: "to" after a verb of travel, "in" after one of arrival, "for" after one of
    departure."""
    lemma = lower_lemma(verb)
    preps = (("to",) if lemma in LEX.abroad_journey_verbs else ()) + (
        ("in",) if lemma in LEX.arrival_verbs else ()) + (("for",) if lemma in LEX.departure_verbs else ())
    return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in preps
            for obj in prep.children if obj.dep_ == "pobj" for p in (obj, *obj.conjuncts)
            if p.ent_type_ in _PLACE_LABELS and _country_of(p) is not None]


def _place_name(place: Token) -> str:
    return " ".join(t.text for t in place.doc[place.left_edge.i : place.i + 1] if t.dep_ != "det")


def _capital(place: Token) -> str | None:
    name = _place_name(place)
    return None if country_code(name) is not None else capital_state(name, place.doc)


def _country_of(place: Token) -> str | None:
    """The country a place is, or whose capital it is."""
    name = _place_name(place)
    return name if country_code(name) is not None else capital_state(name, place.doc)


def capital_state(name: str, doc: Doc) -> str | None:
    """The country a capital stands for; in copy of an older state's time, that state, when the article names
    it (a capital told beside the state that held it then)."""
    country = capital_country(name)
    former = former_state(code) if country is not None and (code := country_code(country)) else None
    if former is None:
        return country
    return next((ent.text.removeprefix("the ") for ent in doc.ents
                 if ent.label_ == "GPE" and country_code(ent.text) == former), country)


def _sent_abroad(traveller: Token) -> bool:
    """An office holder ("the minister", "she" for one), or a party a state or a body sends ("a Japanese team",
    "a World Bank mission")."""
    if lower_lemma(traveller) in LEX.sent_groups | LEX.state_agents:
        return sender_of(traveller) is not None
    entity = cast_of(traveller.doc).resolve(traveller)
    return entity is not None and entity.kind == "person" and any(
        is_office_title(word) for _, title in entity.titles for word in title.split())


def _home(traveller: Token) -> str | None:
    """The traveller's own country: the person's as the cast places them, a party's by its nationality."""
    nation = next((country for c in traveller.children if c.dep_ in ("amod", "compound")
                   and (country := demonym_country(c.text)) is not None), None)
    if nation is not None:
        return country_code(nation)
    entity = cast_of(traveller.doc).resolve(traveller)
    return country_code(entity.affiliation) if entity is not None and entity.affiliation else None

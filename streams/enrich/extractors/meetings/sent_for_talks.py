"""Talks a party is sent or goes to a capital for: "X is sending a team to C for talks", "a Y team arrived in C
for talks".

A capital stands for its government: talks a party is sent to it for, with no side of their own, are held with
that country, and the gold annotations list the country (a name the sentence does not contain) beside the
sender, when the sender is a country or a team told by its nationality. A club or firm sending officials to
a capital for talks meets some body there, not the state. A city that is no capital names no host, nor does
the sender's own capital; a team sent for anything but talks (a tournament, a rescue, a fair) meets no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.gazetteer import capital_country, country_code
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import PLACE, NameIndex
from streams.enrich.extractors.meetings.talks_abroad import talks_of_no_side
from streams.enrich.extractors.meetings.trips import office_holder
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import demonym_country


def sides_sent_for_talks(noun: Token, names: NameIndex) -> tuple[list[Token], list[Participant]]:
    """Who sends or goes (the verb's subjects, a team told by its nationality as its country) and the host
    country of the capital the talks (the noun) are gone to for; nothing when the talks name a side, the city
    is no capital, or the party goes home."""
    verb = _going_verb(noun) if talks_of_no_side(noun) else None
    if verb is None:
        return [], []
    hosts = [host for place in _destinations(verb) if (host := _host(place, names)) is not None]
    party = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and lower_lemma(c) in LEX.sent_groups),
                 None)
    nation = _nation_of(party) if party is not None else None
    senders = [c for c in verb.children if c.dep_ == "nsubj" and c is not party]
    home = {code for n in (nation, *(names.name_at(s) for s in senders)) if n and (code := country_code(n))}
    hosts = [h for h in hosts if country_code(h) not in home]
    if hosts and not home and party is None:  # "the minister will fly to C for talks": an office holder's visit
        travellers = subjects(verb)
        if travellers and all(office_holder(t) for t in travellers):
            home = {code for t in travellers for code in _title_countries(t)}
            return senders, [Participant(name=h, kind="country") for h in hosts if country_code(h) not in home]
    if not (hosts and home):  # "the club sent its officials to C for talks" is a club's errand, not a state's
        return [], []
    return senders, [Participant(name=c, kind="country") for c in ([nation] if nation else []) + hosts]


def _title_countries(person: Token) -> set[str]:
    """The countries a traveller's titles name by nationality ("Kenyan Trade Minister"): their own capital
    is a trip home, not a visit."""
    entity = cast_of(person.doc).resolve(person)
    titles = [title for _, title in entity.titles] if entity is not None else []
    return {code for title in titles for word in title.split()
            if (country := demonym_country(word)) and (code := country_code(country))}


def _going_verb(noun: Token) -> Token | None:
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    if lower_lemma(verb) in LEX.sent_groups and verb.dep_ in ("dobj", "nsubj"):  # "sent [a team for talks]"
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and lower_lemma(verb) in LEX.sending_for_talks_verbs else None


def _destinations(verb: Token) -> list[Token]:
    holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    return [obj for holder in holders for prep in holder.children
            if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "in")
            for obj in prep.children if obj.dep_ == "pobj"]


def _host(place: Token, names: NameIndex) -> str | None:
    """The country a capital stands for; a country is taken by its own name elsewhere."""
    if names.label.get(place.i) != PLACE:
        return None
    return capital_country(names.name_at(place))


def _nation_of(party: Token) -> str | None:
    """"A Kenyan team", "a Peruvian trade delegation": the country its nationality names."""
    return next((country for c in party.children if c.dep_ in ("amod", "compound")
                 and (country := demonym_country(c.text)) is not None), None)

"""Person names the small model labels a place, an organisation or nothing, repaired by the part the clause
gives them (a verb only people do, an object only people are), and town names that stay places however
the clause treats them. Every name is invented; each cue is tested in several beats.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article

LEDE = "The dispute went on this week.\n\n"
PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)
OTHER = "Tobias Lindqvist"


def article(text: str) -> Article:
    return Article(id="m", text=LEDE + text, published_at=PUBLISHED)


def sides(nlp: Language, text: str) -> dict[str, str]:
    meetings = extract_meetings(parse(article(text), nlp))
    assert len(meetings) == 1, meetings
    return {p.name: p.kind for p in meetings[0].participants}


# the subject of "discussed" (bodies discuss as "the board", with a body word in the name) or the object of
# "phoned" is a person, though the model called the name a place, an organisation or nothing
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("During a call with Tobias Lindqvist on Tuesday, Marta Okonkwo discussed the budget.",
         "Marta Okonkwo"),  # local politics
        ("Before the final on Sunday, Valentina Greco discussed tactics with Tobias Lindqvist.",
         "Valentina Greco"),  # sport
        ("At the plant on Monday, Elif Demir discussed the wage offer with Tobias Lindqvist.",
         "Elif Demir"),  # labour
        ("Tobias Lindqvist phoned Nadia Bouzid on Tuesday to discuss the merger.", "Nadia Bouzid"),  # business
        ("Tobias Lindqvist phoned Amara Diallo on Friday to discuss the transfer.", "Amara Diallo"),  # sport
        # an unlabelled name whose words are each a town somewhere ("Tanabe", "Ibarra"), or a given name opening
        # the sentence before a surname the model labelled alone, is a person where the clause makes it one
        ("Aiko Tanabe met Tobias Lindqvist at the stadium on Tuesday.", "Aiko Tanabe"),  # sport
        ("Pablo Ibarra met Tobias Lindqvist at the factory on Monday.", "Pablo Ibarra"),  # labour
        ("Tobias Lindqvist telephoned Aiko Tanabe on Monday to discuss the strike.", "Aiko Tanabe"),  # labour
        ("Elif Demir met Tobias Lindqvist at the town hall on Friday.", "Elif Demir"),  # local politics
    ],
)
def test_a_name_misread_as_a_place_or_body_in_a_persons_part_is_a_person(
    nlp: Language, text: str, person: str
) -> None:
    found = sides(nlp, text)
    assert (found.get(person), found.get(OTHER)) == ("person", "person")


# a name shaped as a town's ("Port X", "North Y", "X Valley") speaks as a body, never as a person
@pytest.mark.parametrize(
    "text",
    [
        '"The road will close," Port Elgin said on Tuesday.',  # local politics
        '"The season is over," North Harwick said in a statement.',  # sport
        '"We will appeal," Glenford Valley said.',  # business
        '"The ferry will run," New Brora said.',  # transport
    ],
)
def test_a_name_shaped_as_a_towns_is_no_person(nlp: Language, text: str) -> None:
    doc = parse(article(text), nlp)
    found = extract_statements(doc)
    assert found and found[0].speaker is not None
    people = [e.name for e in cast_of(doc.doc).people]
    assert (found[0].speaker.name in people, people) == (False, [])

"""MEETINGS told by a verb of travel: an office holder, or a party a state or a body sends, going to a country
or its capital ("will fly to C", "leaves for C", "arrived in C to discuss", "a mission will visit C") visits
that country, met as its government when no host is named. A traveller with no office, a firm's team, a
journey home, one made to attend a gathering and one made to meet a named host are no such visit. Every
person, team and firm is invented; the places are real, as the gazetteer must know their capitals.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 5, 6, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides", "status"),
    [
        # trade
        ("Trade Minister Oru Dantek will fly to Lisbon next week, her office said.", {"Oru Dantek", "Portugal"},
         "planned"),
        # farming
        ("Farm Minister Ivo Berant, who arrived in Nairobi on Monday to discuss grain tariffs, said the mood was "
         "good.", {"Ivo Berant", "Kenya"}, "held"),
        # diplomacy
        ("Prime Minister Lise Varn leaves for Ottawa on Thursday.", {"Lise Varn", "Canada"}, "planned"),
        # fisheries
        ("A Danish trade team is going to Chile in June for a round of talks about salmon quotas.",
         {"Denmark", "Chile"}, "planned"),
        # finance
        ("A World Bank mission will visit Lima this week to review the road loan.", {"World Bank", "Peru"},
         "planned"),
        # energy: the wire's present tense sets the day; the place left is no side
        ("Oil Minister Ivo Pask leaves Madrid today for Lisbon, aides said.", {"Ivo Pask", "Portugal"}, "planned"),
        # energy: a capital told beside the older state that held it
        ("The Soviet Union agreed to buy more gas. Oil Minister Reza Amini flew to Moscow on Monday to sign the "
         "deal.", {"Reza Amini", "Soviet Union"}, "held"),
    ],
)
def test_an_envoys_journey_to_a_country_visits_it(run, text, sides, status):
    found = [(side_names(m), m.status, m.mode) for m in run(text)]
    assert found == [(sides, status, "in_person")]


@pytest.mark.parametrize(
    "text",
    [
        "Singer Ola Brenn will fly to Lisbon next week for two concerts.",  # culture: no office
        "Health Minister Piet Vang will fly to Vienna on Sunday to attend a conference on malaria.",  # a gathering
        "Peruvian Finance Minister Ana Soto flew to Lima on Friday after the vote.",  # home
        "A team from Velmar Corp will visit Tokyo next week, the carmaker said.",  # a firm's errand
        "Mayor Lena Sorb will travel to Leeds next week.",  # a city that is no capital
    ],
)
def test_other_journeys_meet_no_one(run, text):
    assert run(text) == []


def test_a_journey_made_to_meet_a_named_host_is_that_meeting(run):
    [meeting] = run("Finance Minister Tor Hald flies to Tokyo next Friday for talks with Premier Ken Oda.")
    assert side_names(meeting) == {"Tor Hald", "Ken Oda"}
    assert meeting.status == "planned"

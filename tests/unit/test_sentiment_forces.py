"""What a weapon or a force of nature does is harm: a verb of impact ("hit", "struck",
"overturned", "flattened"), unrated alone, reads as bad news when its agent is one.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit a primary school outside Kandahar on Tuesday.",  # conflict, subject
        "Warplanes pounded the port of Hodeidah for a third night.",  # conflict, aircraft
        "Artillery shelled the outskirts of Donetsk for hours.",  # conflict, capitalised first word
        "The earthquake struck shortly after dawn, Mayor Keiko Tanabe said.",  # disaster, no object
        "Floods hit the farming villages around Mymensingh for a second week.",  # farming
        "Storms battered the west coast of Scotland overnight.",  # weather
        "A wave overturned the fishing boat off Galway, the coastguard said.",  # maritime
        "Rescuers found the rowers after a gale that overturned their dinghies off Napier.",  # sport, relative subject
        "Dozens of homes were flattened by the tornado in Moore.",  # local, passive agent
        "The old grain store was flattened in a bombing raid on Sunday, Councillor Yusuf Demir said.",  # passive event
        "Lightning struck the tower of Saint Olaf's church during the service.",  # culture
    ],
)
def test_an_impact_by_a_weapon_or_a_force_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The single hit number one in Seoul last week.",  # culture: a hit song
        "The appeals court overturned the fine on Thursday.",  # courts: a ruling
        "A wave of investment swept the region after the vote.",  # business: a figure of speech
        "Researchers tracked the cyclone across the Bay of Bengal.",  # science: the force, no impact
        "The ministry tested a new missile off the coast of Hokkaido.",  # defence: no impact
        "The Melbourne Storm hit back in the second half through Tevita Lolo.",  # sport: a club's name
    ],
)
def test_the_same_verbs_without_a_force_as_agent_say_nothing_bad(statement_label, text):
    assert statement_label(text) != "negative"


def test_the_impact_verb_carries_the_harm_not_the_force(rated_words):
    words = rated_words("Mortar shells hit the market square in Aleppo.")
    assert words.get("hit", 0.0) < 0
    assert "shells" not in words

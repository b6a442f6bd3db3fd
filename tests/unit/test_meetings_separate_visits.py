"""MEETINGS told as visits one after another: "a visit to both X and Y", "met X and then Y", "met X on
Monday and later Y" are one encounter per party visited; "met X and Y together", "met both X and Y" and a
relative clause's own meeting stay as they are. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "visitor", "visited"),
    [
        # trade diplomacy
        ("Trade envoy Ingrid Solberg paid visits to both Governor Musa Bello and Mayor Carla Jimenez last week.",
         "Ingrid Solberg", ("Musa Bello", "Carla Jimenez")),
        # religion / international
        ("The archbishop, Peter Okonkwo, will visit both President Lena Virtanen and Prime Minister Raul Castillo.",
         "Peter Okonkwo", ("Lena Virtanen", "Raul Castillo")),
        # sport
        ("Coach Tariq Aziz met striker Nils Petersen on Monday and later goalkeeper Joao Alves.",
         "Tariq Aziz", ("Nils Petersen", "Joao Alves")),
        # local politics
        ("Ambassador Chen Jing met Senator Ruth Adler and then Governor Kofi Owusu.",
         "Chen Jing", ("Ruth Adler", "Kofi Owusu")),
    ],
)
def test_one_encounter_per_party_visited(run, text, visitor, visited):
    found = [side_names(m) for m in run(text)]
    for party in visited:
        others = set(visited) - {party}
        assert any({visitor, party} <= sides and not sides & others for sides in found)


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("Minister Hana Novak met Governor Omar Farouk and Mayor Lisa Grant together in Leeds.",  # local
         {"Hana Novak", "Omar Farouk", "Lisa Grant"}),
        ("Professor Kim Soo-jin met both Dr Ana Costa and Dr Femi Ade on Friday.",  # science
         {"Kim Soo-jin", "Ana Costa", "Femi Ade"}),
    ],
)
def test_a_meeting_of_all_stays_one(run, text, together):
    assert any(together <= side_names(m) for m in run(text))


def test_a_companion_told_after_later_is_not_visited(run):
    found = run("Minister Hana Novak met Governor Omar Farouk and later flew to Rome with Premier Anna Russo.")
    assert all("Anna Russo" not in side_names(m) or "Omar Farouk" in side_names(m) for m in found)

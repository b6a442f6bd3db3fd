"""MEETINGS: constructions of labour, courts and diplomatic news probed in round 18.

- bodies named only by their plural ("unions", "clubs"): a named body meeting or bargaining with them meets them as
  written, as "the board met shareholders" meets a bare group of people; facing only a person or other groups they
  stay out;
- a process noun that takes place ("mediation between X and Y began", "X is in enterprise bargaining with Y") is a
  session held; bare, it names a way of dealing ("collective bargaining with the union is a right");
- people who act for a body "at" a named organisation ("met management at X") stand for it wherever the parse hangs
  the "at"; those who only work there, and names of places, are not the body;
- a call paid on someone at a venue ("called on X at her office") is a visit held in person; an appeal ("called on X
  to resign") is not.

Every person, body and place is invented, each construction on at least three beats.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # labour / transport
        ("Coastline Rail is negotiating with unions over the new rosters.", {"Coastline Rail", "unions"}),
        # sport
        ("The Pacific Rugby Federation met clubs in Suva last Monday over the season draw.",
         {"Pacific Rugby Federation", "clubs"}),
        # health
        ("The Kestrel Hospital Trust opened talks with unions about weekend shifts.",
         {"Kestrel Hospital Trust", "unions"}),
        # energy: a bare body joined to a named one as the subject
        ("Marlowe Energy and unions will meet again this afternoon.", {"Marlowe Energy", "unions"}),
        # local: the body's management stands for it
        ("Brennock Water management and unions held talks on Friday.", {"Brennock Water", "unions"}),
    ],
)
def test_bare_bodies_facing_a_named_body_are_a_side_as_written(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Premier Olusegun Adeyemi met unions on Tuesday.",  # politics: a person meeting bodies met anyone
        "Farmers and unions will meet in the capital on Friday.",  # farming: no side named
        "Coastline Rail met with criticism from unions over the timetable.",  # transport: a reception, not talks
        "Tarrant Mills joined unions in calling for a review of the tariff.",  # business: an appeal joined
        "The Pacific Rugby Federation said clubs would be consulted on the draw.",  # sport: a wish, no encounter
        # energy: unions singled out by what follows are the ones the article names elsewhere
        "Marlowe Energy will hold talks on Thursday with unions covering its line crews.",
    ],
)
def test_bare_bodies_without_a_named_counterpart_stay_out(run, text):
    assert not any("unions" in side_names(m) or "clubs" in side_names(m) for m in run(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # courts: mediation that begins
        ("Mediation between Orsolya Farkas and Vantor Insurance began in Budapest on Monday.",
         {"Orsolya Farkas", "Vantor Insurance"}),
        # transport: bargaining that resumes
        ("Bargaining between Coastline Rail and the Train Drivers Guild resumed on Tuesday.",
         {"Coastline Rail", "Train Drivers Guild"}),
        # energy: a body in the process with another
        ("Marlowe Energy is in enterprise bargaining with the Electrical Trades Union.",
         {"Marlowe Energy", "Electrical Trades Union"}),
        # health: both sides remain in it
        ("The Kestrel Hospital Trust and the Nurses Guild remain in mediation over weekend shifts.",
         {"Kestrel Hospital Trust", "Nurses Guild"}),
    ],
)
def test_a_process_that_takes_place_is_a_session_held(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mediation between Orsolya Farkas and Vantor Insurance ended the dispute.",  # courts: what it did
        "Collective bargaining with the Electrical Trades Union is a right, Marlowe Energy said.",  # labour
        "Tarrant Mills believes in mediation with the Weavers Guild over the tariff.",  # business: a belief
        "Bargaining with the Train Drivers Guild has become difficult, Coastline Rail said.",  # transport
        "The Pacific Rugby Federation is interested in consultation with the Referees Guild.",  # sport: a wish
    ],
)
def test_a_process_named_for_a_manner_of_dealing_stays_out(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # labour
        ("The Food Workers Union met management at Halvorsen Foods on Tuesday.",
         {"Food Workers Union", "Halvorsen Foods"}),
        # technology
        ("Tomasz Nowak held talks with executives at Quantia Systems on Tuesday.", {"Tomasz Nowak", "Quantia Systems"}),
        # culture
        ("The Musicians Guild met management at the National Opera of Senegal on Friday.",
         {"Musicians Guild", "National Opera of Senegal"}),
        # energy: people who manage for it
        ("The Electrical Trades Union met managers at Marlowe Energy on Monday.",
         {"Electrical Trades Union", "Marlowe Energy"}),
    ],
)
def test_people_acting_for_a_body_at_it_stand_for_it(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # labour: a name for a place is where they met
        ("The Food Workers Union met management at the Harbourside Convention Centre on Tuesday.",
         "Harbourside Convention Centre"),
        ("Minister Dara Okonjo met workers at Halvorsen Foods on Tuesday.", "Halvorsen Foods"),  # politics: workers
        ("Health Minister Siobhan Byrne met nurses at the Kestrel Hospital Trust.", "Kestrel Hospital Trust"),  # health
    ],
)
def test_workers_and_venues_are_not_the_body(run, text, body):
    assert not any(body in side_names(m) for m in run(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # diplomacy
        ("Foreign Minister Arjun Mehta called on President Ana Ruiz at the palace on Monday.",
         {"Arjun Mehta", "Ana Ruiz"}),
        # local politics
        ("Councillor Rhys Evans called on Mayor Ngozi Okafor at her office on Tuesday.",
         {"Rhys Evans", "Ngozi Okafor"}),
        # business
        ("Hiroshi Tanabe called on Orkney Capital at its headquarters in Edinburgh.",
         {"Hiroshi Tanabe", "Orkney Capital"}),
    ],
)
def test_a_call_paid_at_a_venue_is_a_meeting_in_person(run, text, sides):
    found = [m for m in run(text) if sides <= side_names(m)]
    assert found and all(m.mode == "in_person" and m.status == "held" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Rhys Evans called on Mayor Ngozi Okafor to resign on Tuesday.",  # local politics: an appeal
        "Hiroshi Tanabe called on Orkney Capital at a rally in Leeds for a review of the takeover.",  # business
        "Senator Wanjiru Kamau called on Sunbird Airways at the town hall to drop the wage freeze.",  # labour
        "Dr Aminata Diallo called on the Musicians Guild at its office, urging it to end the strike.",  # culture
        "Coach Callum Reid called on Fenwick United players in a statement on Monday.",  # sport: no venue
    ],
)
def test_a_call_on_someone_that_asks_or_names_no_venue_is_no_meeting(run, text):
    assert run(text) == []

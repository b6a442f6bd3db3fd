"""MEETINGS: constructions of news the rules were not written on (round 14b): a summons to talk, a nation told by
its people, a visit to two people, and their look-alikes: a thing received, one body meeting to decide.

Every sentence is invented (people, firms, unions, clubs and councils are made up; cities are real), each
construction on at least three beats. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("The transport ministry has called in Solano Airways and the Pilots Guild to settle the row over rosters.",
     {"transport ministry", "Solano Airways", "Pilots Guild"}, "planned"),  # business, industrial relations
    ("Sports Minister Rafael Quintero has called in Northgate Rovers and the Players Association for talks.",
     {"Rafael Quintero", "Northgate Rovers", "Players Association"}, "planned"),  # sport
    ("Councillor Tomasz Nowak was called in by Mayor Ana Ribeiro on Monday to explain the delays.",
     {"Tomasz Nowak", "Ana Ribeiro"}, "held"),  # local politics
    ("Dr Lars Eriksen was called in by Health Minister Priya Raman on Tuesday to explain the waiting lists.",
     {"Lars Eriksen", "Priya Raman"}, "held"),  # health
    ("Dr Lars Eriksen was summoned by Health Minister Priya Raman on Tuesday to explain the waiting lists.",
     {"Lars Eriksen", "Priya Raman"}, "held"),  # health, a verb that is a summons on its own
    ("Coach Dimitri Volkov summoned club chairman Omar Haddad to explain the losses.",
     {"Dimitri Volkov", "Omar Haddad"}, "held"),  # sport
])
def test_a_summons_to_talk_is_an_encounter_in_person(run, text, sides, status):
    """Whoever calls others in to talk meets them; told as news (present perfect) the talks are still to come."""
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert (meeting.status, meeting.mode) == (status, "in_person")


@pytest.mark.parametrize("text", [
    "The city council called in the police to investigate the break-in.",  # local politics
    "Kestrel Mining called in administrators after the losses.",  # business
    "The Health Department called in the army to restore order at the clinic.",  # health
    "Coach Dimitri Volkov called in sick on Monday.",  # sport
    "Judge Amara Diallo called in at Lyon on the way home.",  # courts: a stop on a trip
    "Coach Dimitri Volkov was summoned before the inquiry to explain the payments.",  # a hearing
    "The judge summoned the witness to court to explain the delay.",  # courts
    "Captain Omar Haddad summoned the courage to explain the defeat.",  # sport: no one summoned
])
def test_help_called_in_is_no_encounter(run, text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("A border meeting is planned between the Chileans and the Peruvians to calm the row over fishing grounds.",
     {"Chileans", "Peruvians"}),  # international
    ("Talks between the Kenyans and the Ugandans will be held in Geneva next week.", {"Kenyans", "Ugandans"}),
    ("Talks between the French and the Germans on the fishing quotas will resume in Brussels on Friday.",
     {"French", "Germans"}),  # business: fisheries
])
def test_a_nation_told_by_its_people_is_a_side(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize("text", [
    "Three Germans were hurt when the French team met the Dutch coach.",  # sport: people, a team's word
    "Kenyans queued to vote on Monday, and the minister met Ugandans in Kampala.",  # bare plurals are people
])
def test_nationals_as_people_are_no_side(run, text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Mayor Ana Ribeiro paid a visit to Councillor Tomasz Nowak and union leader Kenji Watanabe on Tuesday.",
     [{"Ana Ribeiro", "Tomasz Nowak", "Kenji Watanabe"}]),  # local politics: one visit to both
    ("Health Minister Priya Raman paid a late visit to both ward manager Lars Eriksen and union steward "
     "Omar Haddad on Sunday.", [{"Priya Raman", "Lars Eriksen"}, {"Priya Raman", "Omar Haddad"}]),  # health
    ("The envoy made a visit to both Premier Helena Kowalski and the opposition leader, Tariq Mahmood, on Friday.",
     [{"envoy", "Helena Kowalski"}, {"envoy", "Tariq Mahmood"}]),  # international
])
def test_a_visit_to_two_people_meets_both(run, text, sides):
    """"A visit to both X and Y" is a visit to each (real-news gold keeps one encounter per party visited)."""
    found = [side_names(m) for m in run(text)]
    assert len(found) == len(sides) and all(group in found for group in sides)


@pytest.mark.parametrize("text", [
    "Harbour Freight Lines has told the Maritime Workers Union that 300 staff will lose their jobs. Mayor Ana "
    "Ribeiro says the city will press the firm until they receive their redundancy pay.",  # business
    "Brightwater Hospital has told the Nurses Association that the ward will close. Minister Priya Raman says "
    "she will make sure they receive back pay before the doors shut.",  # health
    "Northgate Rovers has told the Players Association that the club is in debt. The club says they will "
    "receive a bonus this year.",  # sport
    "The Oakridge City Council welcomed the ruling on Monday.",  # local politics
])
def test_a_thing_received_is_no_one_met(run, text):
    """"they receive their redundancy pay" gives money, not a visitor: "they" is no side of anything told before."""
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Premier Helena Kowalski received the Chinese delegation on Monday.", {"Helena Kowalski", "China"}),
    ("Coach Dimitri Volkov welcomed Omar Haddad to the training ground on Monday.", {"Dimitri Volkov", "Omar Haddad"}),
    ("Judge Amara Diallo received a delegation from Kestrel Mining on Tuesday.", {"Amara Diallo", "Kestrel Mining"}),
])
def test_a_visitor_received_is_met(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize("text", [
    "Striking bakery workers will meet tomorrow to weigh the new wage deal.",  # industrial relations
    "The club's members met yesterday to vote on the merger.",  # sport
    "The Oakridge councillors meet on Monday in order to take a vote on next year's rates.",  # local politics
    "The museum's trustees will meet on Friday to decide whether to sell the painting.",  # culture
    "Warehouse workers at Tamarind Foods will meet on Wednesday to vote on further stoppages.",  # business
])
def test_one_body_meeting_to_decide_is_no_encounter(run, text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Kestrel Mining and the Mineworkers Federation will meet on Friday to decide whether to extend the deal.",
     {"Kestrel Mining", "Mineworkers Federation"}),  # business
    ("Brightwater Hospital will meet the Nurses Association on Monday to weigh the revised wage deal.",
     {"Brightwater Hospital", "Nurses Association"}),  # health
    ("Northgate Rovers and the Players Association met yesterday to vote on the merger.",
     {"Northgate Rovers", "Players Association"}),  # sport
    ("Leaders of the Green Party and the Farmers Party will meet on Friday to decide on a coalition.",
     {"Green Party", "Farmers Party"}),  # politics: one subject, two bodies inside it
])
def test_two_sides_meeting_to_decide_still_meet(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides

"""MEETINGS in common news forms across beats: a group described by what follows it as the other side
("residents of the northern district"), both sides "in talks", an encounter owned by "their" ("After their
meeting on Tuesday, A and B ..."), talks that "resume on Monday", and those who agree on a resumption of talks.

Every sentence is invented. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


# --- a group described by what follows it is a side as written ------------------------------------


@pytest.mark.parametrize(("text", "person", "group", "status"), [
    ("Chief executive Marta Kaczmarek would meet the leaders of the county's three largest unions on Thursday.",
     "Marta Kaczmarek", "leaders of the county's three largest unions", "planned"),
    ("Mayor Ines Carvalho met residents of the northern district on Monday.",
     "Ines Carvalho", "residents of the northern district", "held"),
    ("Health Secretary Omar Nassar held talks with representatives of the striking nurses on Tuesday.",
     "Omar Nassar", "representatives of the striking nurses", "held"),
    ("Coach Tunde Bakare will meet officials from the regional federation on Friday.",
     "Tunde Bakare", "officials from the regional federation", "planned"),
    ("Professor Chen Wei met the directors of the national space agency on Monday.",
     "Chen Wei", "directors of the national space agency", "held"),
    ("Prime Minister Jacinta Moana will meet leaders of the island's two largest tribes on Saturday.",
     "Jacinta Moana", "leaders of the island's two largest tribes", "planned"),
])
def test_a_group_described_after_its_noun_is_a_side(run, text: str, person: str, group: str, status: str) -> None:
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == {person, group}
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "The heads of the agencies agreed on Tuesday to share data after a video call. Anna Berg and Kofi Boateng "
    "joined the call from their offices.",
    "Officials from both sides will meet in May, said Ambassador Keiko Sato and Minister Ravi Menon.",
    "Heads of three river authorities met on Tuesday. Lena Dahl, Ivo Maric and Sipho Ndlovu took part.",
])
def test_a_group_that_points_to_people_named_elsewhere_is_no_side(run, text: str) -> None:
    """"The heads of the agencies", "both sides", "three authorities": the article names their people."""
    assert all(not p.name[0].islower() for m in run(text) for p in m.participants)


# --- both sides 'in talks' ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("Minister Aisha Rahman and Ambassador Keiko Sato were in talks on Monday about the border.",
     {"Aisha Rahman", "Keiko Sato"}, "held"),
    ("Union leader Ravi Menon and chief executive Marta Kaczmarek have been in talks since Monday.",
     {"Ravi Menon", "Marta Kaczmarek"}, "held"),
    ("Coach Tunde Bakare and club president Sven Lindqvist will be in talks on Friday over a new contract.",
     {"Tunde Bakare", "Sven Lindqvist"}, "planned"),
    ("Dr Priya Raman and Professor Lars Eriksen were in talks late into the night in Uppsala.",
     {"Priya Raman", "Lars Eriksen"}, "held"),
])
def test_both_sides_in_talks_is_an_encounter(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Volta Motors is in talks to buy Kesari Steel.",
    "Volta Motors and Kesari Steel are in talks to buy Orrin Cables.",
])
def test_a_deal_in_talks_is_no_encounter(run, text: str) -> None:
    assert run(text) == []


# --- an encounter owned by 'their' ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("After their meeting on Tuesday, Mayor Ines Carvalho and Governor Maria Okafor told reporters they had "
     "made progress.", {"Ines Carvalho", "Maria Okafor"}, "held"),
    ("Before their meeting on Friday, Minister Aisha Rahman and Ambassador Keiko Sato will exchange letters.",
     {"Aisha Rahman", "Keiko Sato"}, "planned"),
    ("Dr Priya Raman and Professor Lars Eriksen said their meeting on Monday had been useful.",
     {"Priya Raman", "Lars Eriksen"}, "held"),
    ("Union leader Ravi Menon and chief executive Marta Kaczmarek said their talks would continue next week.",
     {"Ravi Menon", "Marta Kaczmarek"}, "planned"),
])
def test_their_encounter_belongs_to_the_clause_subject(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Mayor Ines Carvalho and Governor Tunde Okafor shook hands after their talks in Porto on Monday.",
    "Chief executive Marta Kaczmarek and union leader Ravi Menon embraced after their negotiations ended on Friday.",
    "Coach Lena Brandt and the federation's president, Arjun Mehta, shook hands after their meeting in Lyon.",
])
def test_their_encounter_after_a_greeting_is_one_encounter(run, text: str) -> None:
    """"A and B shook hands after their talks": the greeting closes the talks of the same two people; "after"
    sequences two encounters only when another party owns the earlier one."""
    assert len(run(text)) == 1


@pytest.mark.parametrize(("text", "pair", "third"), [
    ("Amara Okafor met Haruto Watanabe on Monday before their talks with the Quayside Workers Union.",  # labour
     {"Okafor", "Watanabe"}, "Quayside Workers Union"),
    ("Curator Ingrid Solberg met architect Rahul Mehta in Oslo after their talks with the Velmar Opera House.",
     {"Solberg", "Mehta"}, "Velmar Opera House"),  # culture
    ("Professor Mei-Ling Chou and Dr Kwame Asante met on Tuesday before their meeting with Sunda Mining Group.",
     {"Chou", "Asante"}, "Sunda Mining Group"),  # science and business
    ("Before their talks with the Bar Council, Judge Olusegun Bello met prosecutor Moana Ngata in Accra.",
     {"Bello", "Ngata"}, "Bar Council"),  # courts: the sequenced encounter told first
    ("After their meeting with Kestrel Logistics on Monday, Coach Yusuf Demir and Siobhan Brannagh held talks "
     "in Cork.", {"Demir", "Brannagh"}, "Kestrel Logistics"),  # sport and business
])
def test_their_encounter_with_another_party_is_a_second_encounter(run, text: str, pair: set[str],
                                                                  third: str) -> None:
    """"A met B before their talks with C": "their" is A and B, who meet C in another encounter; both are told,
    each with its own sides."""
    sides = sorted((surnames(m) for m in run(text)), key=len)
    assert sides == [pair, pair | {third.split()[-1]}]


def _first_and_second(meetings: list[Meeting]) -> tuple[Meeting, Meeting]:
    """The encounter of the pair and the one the pair holds with a third party, told in one sentence."""
    pair, trio = sorted(meetings, key=lambda m: len(m.participants))
    return pair, trio


@pytest.mark.parametrize(("text", "pair_day", "pair_place", "trio_day", "trio_place"), [
    ("Curator Ingrid Solberg met architect Rahul Mehta in Oslo on Monday after their talks with the Halden "
     "Institute.", "2026-03-09", "Oslo", None, None),  # culture: the verb's day and town are the pair's
    ("Coach Lena Brandt met Arjun Mehta in Lyon on Wednesday after their phone call with Ardent Sports Group.",
     "2026-03-11", "Lyon", None, None),  # sport
    ("Professor Mei-Ling Chou met Dr Kwame Asante in Nairobi on Monday after their meeting with Sunda Mining "
     "Group.", "2026-03-09", "Nairobi", None, None),  # science and business
])
def test_each_of_two_encounters_keeps_its_own_day_and_place(run, text: str, pair_day: str | None,
                                                            pair_place: str | None, trio_day: str | None,
                                                            trio_place: str | None) -> None:
    """"A met B in X on Monday after their talks with C": the verb's day and place are A and B's encounter's;
    the talks with C are another encounter and take only what their own phrase carries."""
    pair, trio = _first_and_second(run(text))
    assert (pair.date.iso if pair.date else None, pair.location.name if pair.location else None) == (
        pair_day, pair_place)
    assert (trio.date.iso if trio.date else None, trio.location.name if trio.location else None) == (
        trio_day, trio_place)


@pytest.mark.parametrize(("text", "pair_mode", "trio_mode"), [
    ("Senator Chiara Rossi met Dr Omar Haddad by video link after their meeting with Brightwater Hospital.",
     "video", "in_person"),  # health: the channel on the verb is the pair's
    ("Coach Yusuf Demir met Siobhan Brannagh after their phone call with Harbour Rovers.",
     "in_person", "phone"),  # sport: the call's channel stays on the call
    ("Minister Priya Raman spoke to Senator Lars Vikstrom by phone before their meeting with the Tasman Growers "
     "Association.", "phone", "in_person"),  # politics: "spoke to B" names the pair as "met B" does
    ("Before their video meeting with the Bar Council, Judge Olusegun Bello met prosecutor Moana Ngata in "
     "Accra.", "in_person", "video"),  # courts: the sequenced encounter told first
    ("Lin Wei met Amara Okafor after their video call with the Halden Institute.", "in_person", "video"),  # science
])
def test_each_of_two_encounters_keeps_its_own_channel(run, text: str, pair_mode: str, trio_mode: str) -> None:
    """"A met B by video link after their meeting with C": one channel word tells one encounter's mode."""
    pair, trio = _first_and_second(run(text))
    assert (pair.mode, trio.mode) == (pair_mode, trio_mode)


@pytest.mark.parametrize(("text", "pair", "third"), [
    ("Lin Wei met Amara Okafor after their phone call with the Halden Institute.",
     {"Wei", "Okafor"}, "Institute"),  # science
    ("After their call with the Bar Council, Judge Olusegun Bello met prosecutor Moana Ngata in Lisbon.",
     {"Bello", "Ngata"}, "Council"),  # courts
    ("Senator Chiara Rossi met Dr Omar Haddad after their video call with Brightwater Hospital.",
     {"Rossi", "Haddad"}, "Hospital"),  # health
    ("After their video call with the Quayside Workers Union, Amara Okafor met Haruto Watanabe in Lisbon.",
     {"Okafor", "Watanabe"}, "Union"),  # labour
])
def test_the_party_to_a_call_before_or_after_is_not_the_verbs(run, text: str, pair: set[str], third: str) -> None:
    """"A met B after their phone call with C": "with C" hangs on the call, whatever phrase holds the call;
    only a channel phrase ("spoke by telephone with C") hands its party to the verb."""
    sides = sorted((surnames(m) for m in run(text)), key=len)
    assert sides == [pair, pair | {third}]


def test_their_encounter_with_a_body_named_by_kind_is_the_one_told(run) -> None:
    """"before their talks with the union": a body told only by its kind is no side, so the talks add no
    encounter of the same two."""
    assert len(run("Amara Okafor and Haruto Watanabe met on Monday before their talks with the union.")) == 1


def test_their_encounter_needs_two_sides_named(run) -> None:
    """One person is no "their": the possessor stays unresolved and no encounter is made up."""
    assert run("After their meeting on Tuesday, Coach Tunde Bakare told reporters he was pleased.") == []


# --- talks that resume, and those who agree on them -----------------------------------------------


@pytest.mark.parametrize(("text", "sides"), [
    ("Talks between Marta Kaczmarek and Ravi Menon resume on Monday.", {"Kaczmarek", "Menon"}),
    ("Talks between striker Kwame Boateng and the club's owner, Arjun Mehta, resume on Monday.",
     {"Boateng", "Mehta"}),
    ("Talks between coach Lena Brandt and Arjun Mehta continue on Friday.", {"Brandt", "Mehta"}),
])
def test_a_verb_read_as_a_noun_keeps_the_second_side(run, text: str, sides: set[str]) -> None:
    """"Talks between A and B resume": the small model may read "B resume" as one noun phrase; B, hung on the
    clause's verb after the "and", is still A's conjunct."""
    [meeting] = run(text)
    assert surnames(meeting) == sides


@pytest.mark.parametrize(("text", "sides"), [
    ("Talks between Chief executive Marta Kaczmarek and union leader Ravi Menon resume on Monday.",
     {"Kaczmarek", "Menon"}),
    ("Talks between Mayor Ines Carvalho and Governor Maria Okafor resume on Monday.", {"Carvalho", "Okafor"}),
    ("Talks between Judge Pieter de Groot and prosecutor Dana Ashcombe resume on Monday.",
     {"Groot", "Ashcombe"}),
    ("Talks between Coach Tunde Bakare and club president Sven Lindqvist resume on Monday.",
     {"Bakare", "Lindqvist"}),
])
def test_talks_that_resume_on_a_day_are_planned(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.iso == "2026-03-16"


@pytest.mark.parametrize("text", [
    "Talks between Mayor Ines Carvalho and Governor Maria Okafor resumed on Monday.",
    "Talks between Minister Aisha Rahman and Ambassador Keiko Sato resumed on Monday after a break.",
])
def test_talks_that_resumed_were_held(run, text: str) -> None:
    [meeting] = run(text)
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == "2026-03-09"


@pytest.mark.parametrize(("text", "sides"), [
    ("Mayor Ines Carvalho and Governor Maria Okafor agreed on a resumption of talks next week.",
     {"Carvalho", "Okafor"}),
    ("Coach Tunde Bakare and club president Sven Lindqvist agreed on a new round of talks.", {"Bakare", "Lindqvist"}),
    ("Union leader Ravi Menon agreed to talks with chief executive Marta Kaczmarek on Friday.",
     {"Menon", "Kaczmarek"}),
    ("Dr Priya Raman and Professor Lars Eriksen agreed on a resumption of talks in Uppsala.", {"Raman", "Eriksen"}),
])
def test_those_who_agree_on_talks_are_their_sides(run, text: str, sides: set[str]) -> None:
    """"agreed on a resumption of talks": the talks are still to come, and those who agree hold them."""
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "planned"


def test_agreeing_on_the_need_for_talks_is_no_encounter(run) -> None:
    assert run("Minister Aisha Rahman and Ambassador Keiko Sato agreed on the need for talks.") == []

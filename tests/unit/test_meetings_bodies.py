"""MEETINGS whose sides are organisations through the people who act for them.

"Management at X", "X's negotiators", "negotiators for X and Y", "union leaders" once the union is named,
"the union", "it": the side is the organisation the cast says they stand for, unless a person of it is
named as taking part. All companies, unions, clubs, councils and institutes are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def sides(meeting: Meeting) -> dict[str, str]:
    return {p.name: p.kind for p in meeting.participants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour: management "at" a company, the other side a union
        ("Management at Kestrel Electronics met the Transit Workers Union on Tuesday.",
         {"Kestrel Electronics", "Transit Workers Union"}),
        # business: a company's negotiators, by the possessive
        ("Brenmoor Foods' negotiators met the Bakers Union on Wednesday.", {"Brenmoor Foods", "Bakers Union"}),
        # labour: one group acting "for" two bodies
        ("Negotiators for Dalmont Steel and the Steel Workers Federation met on Monday.",
         {"Dalmont Steel", "Steel Workers Federation"}),
        # local government: a council's officials and an association's representatives
        ("Harwick Council's officials met representatives of the Old Mill Association on Monday.",
         {"Harwick Council", "Old Mill Association"}),
        # science: researchers "from" and scientists "at" two institutions
        ("Researchers from the Orlan Institute held a video call with scientists at the European Space Agency "
         "on Friday.", {"Orlan Institute", "European Space Agency"}),
        ("The Orlan Institute's researchers held talks with the European Space Agency on Friday.",
         {"Orlan Institute", "European Space Agency"}),
        # sport and labour: a club's owners; "representatives of" both sides read as one name by the model
        ("Talks between the Northern Rugby Union and Harlow Athletic Club's owners collapsed on Monday.",
         {"Northern Rugby Union", "Harlow Athletic Club"}),
        ("Representatives of Kestrel Electronics and the Transit Workers Union met on Monday.",
         {"Kestrel Electronics", "Transit Workers Union"}),
    ],
)
def test_people_acting_for_a_body_stand_for_it(run, text, expected):
    [meeting] = run(text)
    assert sides(meeting) == dict.fromkeys(expected, "organization")


def test_referring_back_to_the_bodies_named_before(run):
    # labour: "the union's negotiators" and "the company's management" after both are named
    [meeting] = run("Dalmont Steel and the Steel Workers Federation resumed their dispute. The union's negotiators "
                    "met the company's management on Tuesday.")
    assert set(sides(meeting)) == {"Dalmont Steel", "Steel Workers Federation"}


def test_union_leaders_are_the_union_named_before(run):
    [meeting] = run("The Transit Workers Union held a strike. Kestrel Electronics managers met union leaders on "
                    "Friday.")
    assert set(sides(meeting)) == {"Kestrel Electronics", "Transit Workers Union"}


def test_it_and_the_union_are_the_bodies_named_before(run):
    [meeting] = run("The Transit Workers Union called a strike. Kestrel Electronics said it would meet the union "
                    "on Friday.")
    assert set(sides(meeting)) == {"Kestrel Electronics", "Transit Workers Union"}
    assert meeting.status == "planned"


_LABOUR = {"Kestrel Electronics", "Transit Workers Union"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sport: "the club" and "club officials" are the club named before, as "the union" is the union
        ("The Kelvin Rugby Club was fined. Officials of the Northern Rugby Union met the club on Monday.",
         {"Kelvin Rugby Club", "Northern Rugby Union"}),
        ("The Kelvin Rugby Club was fined. Club officials met the Northern Rugby Union on Monday.",
         {"Kelvin Rugby Club", "Northern Rugby Union"}),
        # labour: bare "management" is the employer's side, never the union in focus
        ("Kestrel Electronics plans to close its plant. Talks between management and the Transit Workers Union "
         "will take place on Monday.", _LABOUR),
        ("Kestrel Electronics plans to close a plant. The Transit Workers Union said it met management on Monday.",
         _LABOUR),
        # "its managers": the company "it" refers to
        ("Kestrel Electronics said talks between its managers and the Transit Workers Union had ended.", _LABOUR),
    ],
)
def test_a_body_referred_back_to_is_the_one_named_before(run, text, expected):
    [meeting] = run(text)
    assert sides(meeting) == dict.fromkeys(expected, "organization")


def test_management_with_no_employer_named_is_no_side(run):
    assert run("The Transit Workers Union met management on Monday.") == []


def test_union_leaders_with_no_union_named_stay_a_description(run):
    [meeting] = run("Kestrel Electronics said it would cut jobs. Union leaders met the company on Friday.")
    assert sides(meeting) == {"Union leaders": "person", "Kestrel Electronics": "organization"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # sport, science: a name ending in a body word is an organisation whatever the model tagged it
        ("Talks between the two clubs, Harlow Athletic Club and Brisford Town, ended on Monday.",
         "Harlow Athletic Club"),
        ("The Orlan Institute held a video call with Dahl Observatory on Friday.", "Dahl Observatory"),
        ("The Northern Football Federation met Brisford Laboratory on Friday.", "Brisford Laboratory"),
    ],
)
def test_a_name_ending_in_a_body_word_is_an_organisation(run, text, body):
    [meeting] = run(text)
    assert sides(meeting)[body] == "organization"


def test_a_named_person_of_a_body_is_the_side_not_the_body(run):
    [meeting] = run("Union president Mira Hol met managers from Kestrel Electronics on Monday.")
    assert sides(meeting) == {"Mira Hol": "person", "Kestrel Electronics": "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a union's name ends in a word that also spells a town: the name's shape makes it a body
        ("Brenmoor Foods took a call from the Bakers Union on Monday.", {"Brenmoor Foods", "Bakers Union"}),
        ("Mayor Lena Dahl took a call from the Harwick Water Board on Monday.", {"Lena Dahl", "Harwick Water Board"}),
    ],
)
def test_a_call_from_a_body_named_like_a_place_is_a_call_with_the_body(run, text, expected):
    [call] = run(text)
    assert set(sides(call)) == expected
    assert call.mode == "phone"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said talks would continue next week.",
        "Officials at Kestrel Electronics said talks with the union would resume.",
        "Kestrel Electronics executives praised the results on Monday.",
        "Kestrel Electronics said its managers met on Monday.",
        "Officials met on Monday.",
    ],
)
def test_one_body_alone_is_no_meeting(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour: the company and the union, then the people who act for them
        ("Talks between Halvorsen Steel and the Foundry Workers Union ended without agreement on Friday. "
         "Halvorsen Steel's chief executive Kenji Morimoto met Wanjiru Kamau, general secretary of the Foundry "
         "Workers Union, for three hours.", {"Kenji Morimoto", "Wanjiru Kamau"}),
        # local politics: a council and a developer
        ("Brightwater Council and Greenline held talks on Friday. Sam Hale of Brightwater Council met Ana Ruiz, "
         "managing director of Greenline, at the town hall.", {"Sam Hale", "Ana Ruiz"}),
        # sport: two clubs, then their chairmen
        ("Rivergate Athletic and Northport Rovers held talks about the transfer on Monday. Tanvir Hossain of "
         "Rivergate Athletic met Ingrid Halvorsen of Northport Rovers at a hotel.",
         {"Tanvir Hossain", "Ingrid Halvorsen"}),
        # health: a ministry whose minister's title names a portfolio only, by elimination
        ("Talks between the Ministry of Health and the Nurses Union of Zambia broke down on Tuesday. Health "
         "Minister Chanda Mwale met Grace Achieng, president of the Nurses Union of Zambia, for two hours.",
         {"Chanda Mwale", "Grace Achieng"}),
        # culture
        ("The Riverside Orchestra and the Musicians Guild held talks on Monday. Orchestra director Pieter van der "
         "Berg met Mei Lin Tan of the Musicians Guild at the concert hall.", {"Pieter van der Berg", "Mei Lin Tan"}),
    ],
)
def test_bodies_told_first_and_their_people_after_are_one_encounter_of_the_people(run, text, expected) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert set(sides(meetings[0])) == expected


def test_bodies_whose_people_met_on_another_day_stay_another_encounter(run) -> None:
    text = (
        "Talks between Halvorsen Steel and the Foundry Workers Union ended without agreement on Friday. "
        "Halvorsen Steel's chief executive Kenji Morimoto will meet Wanjiru Kamau of the Foundry Workers Union "
        "next week."
    )
    meetings = run(text)
    assert sorted(len(m.participants) for m in meetings) == [2, 2]
    assert {m.status for m in meetings} == {"held", "planned"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: "their" ministers, of the countries that agreed
        ("Portugal and Norway agreed that their energy ministers would meet in Oslo next month.",
         {"Portugal": "country", "Norway": "country"}),
        # business: two companies' negotiators
        ("Halvorsen Steel and Tembo Mining said their negotiators would hold talks next week.",
         {"Halvorsen Steel": "organization", "Tembo Mining": "organization"}),
        # sport: two owners written with their possessives
        ("Kenya's and Tanzania's sports ministers met in Arusha on Friday.",
         {"Kenya": "country", "Tanzania": "country"}),
    ],
)
def test_people_of_several_named_bodies_stand_for_those_bodies(run, text, expected) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert sides(meetings[0]) == expected


def test_two_people_s_deputies_are_not_those_people(run) -> None:
    text = "Ana Ruiz and Sam Hale agreed that their deputies would meet in Leeds next week."
    assert all({"Ana Ruiz", "Sam Hale"} - set(sides(m)) for m in run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour
        ("The Foundry Workers Union, represented by its general secretary Wanjiru Kamau, held talks with "
         "Kenji Morimoto on Friday.", {"Wanjiru Kamau", "Kenji Morimoto"}),
        # local politics
        ("Greenline and its managing director Ana Ruiz met Sam Hale on Friday.", {"Ana Ruiz", "Sam Hale"}),
        # science
        ("The National Institute of Ocean Science, represented by its director Ingrid Halvorsen, held talks "
         "with Raúl Jiménez on Friday.", {"Ingrid Halvorsen", "Raúl Jiménez"}),
    ],
)
def test_a_body_is_no_party_beside_the_person_named_taking_part_for_it(run, text, expected) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert set(sides(meetings[0])) == expected

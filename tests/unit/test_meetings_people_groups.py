"""MEETINGS of a body with a group of people it describes but never names: "the health board met junior
doctors", "the ministry met farmers' groups", "the league met players' representatives". Never "met demand" or
"met expectations". Bodies people form are told by whose they are or by what they are about ("patient groups",
"conservation charities"). All bodies, places and people are invented."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The health board met junior doctors on Wednesday.", "junior doctors"),  # health
        ("The agriculture ministry met farmers' groups in Nairobi on Monday.", "farmers' groups"),  # government
        ("The Harlow city council met residents' associations on Wednesday.", "residents' associations"),  # local
        ("The league met players' representatives on Tuesday.", "players' representatives"),  # sport
        ("The embassy met community leaders on Saturday.", "community leaders"),  # diplomacy
        # the cast reads the bodies as an organisation of one word: still bodies told by whose they are
        ("The Fisheries Institute met fishermen's cooperatives on Tuesday.", "fishermen's cooperatives"),  # science
        ("The Port Authority met dockers' cooperatives on Monday.", "dockers' cooperatives"),  # business
        # a trade in the singular says whose the bodies are
        ("The Education Ministry met student unions in Nairobi on Tuesday.", "student unions"),  # education
        ("The Mining Commission met worker cooperatives on Wednesday.", "worker cooperatives"),  # labour
        ("The football federation met supporters' trusts on Friday.", "supporters' trusts"),  # sport
    ],
)
def test_body_meets_a_described_group(run, text, group):
    [meeting] = run(text)
    assert group in {p.name for p in meeting.participants}
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The league met demand for tickets on Saturday.",
        "The hospital trust met the criteria for funding.",
        "The club met supporters' expectations on Saturday.",
        "The council often meets residents' associations.",
        "The league faced players' representatives in the final on Sunday.",
        "The Fisheries Institute has no plans to meet fishermen's cooperatives.",
        "The Education Ministry spoke to student unions at a press conference on Tuesday.",
        "The Rovers beat the student union team on Saturday.",
        "Night-shift cleaners welcomed the new rota on Monday.",  # a described group as subject acts: it meets no one
    ],
)
def test_what_a_body_meets_that_is_no_group_makes_no_meeting(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # health: bodies told by whom they speak for, the word an adjective to the small model
        ("Health Secretary Nomvula Dlamini met patient groups in Durban on Monday.", {"patient groups"}),
        # environment: by what they are for
        ("Environment Minister Arjun Rao met conservation charities on Thursday.", {"conservation charities"}),
        # labour: a gerund says whose trade
        ("Fisheries Minister Hine Parata held talks with fishing cooperatives on Tuesday.", {"fishing cooperatives"}),
        # culture and business: two such bodies coordinated, each a side
        ("Culture Minister Yusra Nasser met arts organisations and tenant associations on Friday.",
         {"arts organisations", "tenant associations"}),
    ],
)
def test_bodies_told_by_what_they_are_about_are_sides(run, text, groups):
    [meeting] = run(text)
    assert groups <= {p.name for p in meeting.participants}
    assert len(meeting.participants) == len(groups) + 1


@pytest.mark.parametrize(
    "text",
    [
        "Health Secretary Nomvula Dlamini met other groups last year.",  # anyone's
        "Conservation charities often meet in the village hall.",  # a habit
        "Culture Minister Yusra Nasser said arts organisations had criticised the budget.",  # no encounter
    ],
)
def test_bodies_told_by_what_they_are_about_add_no_look_alike(run, text):
    assert run(text) == []

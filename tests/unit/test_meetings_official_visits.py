"""MEETINGS told as a visit to a country with no host named ("on a state visit to X", "visited X last week")
meet the country; a site, a region, a visit made to attend a gathering or a visit whose host is named does
not. A "who" clause after a role in apposition ("Y, an aide to Z, who ...") is Y's. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # business
        ("Trade Minister Ilse Marrow spoke on exports. Marrow, on a three-day state visit to Chile, said copper "
         "sales would rise this year.", {"Ilse Marrow", "Chile"}),
        # health
        ("Health Minister Piet Vang said during an official visit to Kenya that the vaccine programme was on track.",
         {"Piet Vang", "Kenya"}),
        # culture
        ("Culture Minister Mira Tal paid a working visit to Portugal last week.", {"Mira Tal", "Portugal"}),
        # diplomacy
        ("Envoy Karl Ostrander, on a visit to Peru for border talks, said a deal was close.",
         {"Karl Ostrander", "Peru"}),
    ],
)
def test_an_official_visit_to_a_country_meets_it(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lena Sorb toured the flooded region and promised that repairs would start soon.",  # local
        "Labour leader Rui Patel, on an official visit to the factory, said the strike had cost jobs.",  # labour
        "Coach Tomas Reyl plans to visit relatives in Ghana next month.",  # sport
        "A visit by fans to Finland was cancelled, club owner Hana Lisk said.",  # sport
        "Judge Dana Kolb will visit Vietnam next month to attend a conference on court reform.",  # courts
        "Surgeon Ola Brenn visited the site of the bus crash in Uganda on Monday.",  # health
        "Singer Ola Brenn visited Uganda on holiday with her family last summer.",  # culture
        "Club chairman Ola Brenn will visit Uganda to watch the final of the cup.",  # sport
    ],
)
def test_other_visits_meet_no_one(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # courts
        ("Judge Dana Kolb spoke. Kolb, on a first visit to Vietnam since taking office, said courts needed staff.",
         "held"),
        # business
        ("Chief executive Dana Kolb said he would raise the matter when he visits Vietnam in May.", "planned"),
        # science
        ("Professor Dana Kolb said sales would rise. Kolb, who visited Vietnam last week, said demand was strong.",
         "held"),
        # diplomacy
        ("Envoy Dana Kolb praised Vietnam, which she visited last month, for its support.", "held"),
    ],
)
def test_a_visit_to_a_country_with_no_host_meets_it(run, text, status):
    [meeting] = run(text)
    assert side_names(meeting) == {"Dana Kolb", "Vietnam"}
    assert meeting.status == status
    assert meeting.location is not None and meeting.location.name == "Vietnam"


def test_a_host_named_replaces_the_country(run):
    found = run("Science Minister Piet Vang paid an official visit to Finland last week. During the visit Vang held "
                "talks with Prime Minister Ana Kreel.")
    assert [side_names(m) for m in found] == [{"Piet Vang", "Ana Kreel"}]


def test_who_after_a_role_in_apposition_tells_of_the_one_described(run):
    [meeting] = run("The firm sent the demands to Henrik Vossberg, a close aide to army leader Anton Kovac, who "
                    "visited Chile on Friday for formal talks.")
    assert side_names(meeting) == {"Henrik Vossberg", "Chile"}


def test_who_after_a_name_without_apposition_stays_its_own(run):
    [meeting] = run("The contract went to Mayor Jon Dray, who met Governor Ana Kreel on Monday.")
    assert side_names(meeting) == {"Jon Dray", "Ana Kreel"}


def test_who_after_a_role_whose_name_is_read_as_a_conjunct(run):
    [meeting] = run("The firm sent the demands to Henrik Vossberg, a close aide to Peruvian army chief Jon Dray, who "
                    "visited Portugal in May for two rounds of talks.")
    assert side_names(meeting) == {"Henrik Vossberg", "Portugal"}


def test_who_after_a_true_conjunct_stays_its_own(run):
    [meeting] = run("The firm sent the demands to Henrik Vossberg, a senior aide, and army leader Anton Kovac, who "
                    "visited Portugal in May for two rounds of talks.")
    assert side_names(meeting) == {"Anton Kovac", "Portugal"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # science
        ("Professor Hana Lisk, on a short visit to Lima, said the telescope project was funded.",
         {"Hana Lisk", "Peru"}),
        # labour
        ("Labour Minister Rui Patel said during a visit to Oslo that wages would rise.", {"Rui Patel", "Norway"}),
    ],
)
def test_a_visit_to_a_capital_meets_its_country(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Coach Tomas Reyl said during a visit to Hanoi for the summit of river nations that trade was vital.",
        "Mayor Dana Kolb, on a visit to Nairobi, met President Karl Ostrander on Monday.",
    ],
)
def test_a_capital_visited_for_a_gathering_or_a_host_is_not_its_country(run, text):
    assert all(not side_names(m) & {"Vietnam", "Kenya", "Hanoi", "Nairobi"} for m in run(text))

"""MEETINGS on freer rewordings: a day counted from the story ("met X the next day"), a side that pulls out of
talks, a meeting told as the reason of an outcome by someone who says so, and groups joined as the subject
of talks. Every sentence is invented, across beats."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def _meetings(text: str, nlp):
    return extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ingrid Solberg met the Harbour Workers Union the next day to discuss the dispute.",  # labour
        "Coach Diego Ferreira met club owner Hamid Rahimi the next morning.",  # sport
        "Rector Sofia Lindqvist of Halden University held talks with the Nordic Science Council the next day.",
    ],
)
def test_a_day_counted_from_the_story_leaves_the_past_tense_held(text, nlp):
    (meeting,) = _meetings(text, nlp)
    assert meeting.status == "held"


def test_the_next_day_of_a_plan_stays_planned(nlp):
    (meeting,) = _meetings("Mayor Ingrid Solberg will meet the Harbour Workers Union the next day.", nlp)
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ingrid Solberg withdrew from talks with the Harbour Workers Union on Tuesday.",  # local government
        "The Nurses Federation pulled out of talks with Health Secretary Priya Raman last week.",  # health
        "Foreign Minister Olu Adeyemi withdrew from talks with President Ama Owusu.",  # diplomacy
        "Mayor Ingrid Solberg quit talks with the Harbour Workers Union last month.",  # local government
        "Westbrook University exited the talks with the Ministry of Education on Friday.",  # education
    ],
)
def test_who_pulls_out_of_talks_calls_them_off(text, nlp):
    (meeting,) = _meetings(text, nlp)
    assert meeting.status == "cancelled"
    assert len(meeting.participants) == 2


def test_who_walks_out_of_talks_held_them(nlp):
    (meeting,) = _meetings("Coach Diego Ferreira walked out of talks with club owner Hamid Rahimi on Tuesday.", nlp)
    assert meeting.status == "held"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The strike could end soon after a constructive meeting with the Harbour Workers Union, Mayor Ingrid "
         "Solberg says.", {"Harbour Workers Union", "Ingrid Solberg"}),  # labour
        ("The walkout could end after a constructive meeting with Health Secretary Priya Raman, union leader Ana "
         "Costa says.", {"Priya Raman", "Ana Costa"}),  # health
        ("The merger could be completed after a meeting with investor Lena Vogt on Friday, Orbis Mining said.",
         {"Lena Vogt", "Orbis Mining"}),  # business
    ],
)
def test_the_one_telling_of_a_meeting_behind_an_outcome_is_a_side(text, sides, nlp):
    (meeting,) = _meetings(text, nlp)
    assert {p.name for p in meeting.participants} == sides


def test_an_outcome_after_talks_with_no_teller_names_no_side(nlp):
    assert _meetings("The plan was approved after talks with the union.", nlp) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Rail unions and train operators held talks on Monday.", {"Rail unions", "train operators"}),  # transport
        ("Junior doctors and hospital managers held talks on Monday.", {"Junior doctors", "hospital managers"}),
        ("Dairy farmers and grocery chains met on Tuesday.", {"Dairy farmers", "grocery chains"}),  # farming
        ("Teachers' unions and school boards held talks.", {"Teachers' unions", "school boards"}),  # education
    ],
)
def test_groups_joined_as_the_subject_of_talks_are_its_sides(text, sides, nlp):
    (meeting,) = _meetings(text, nlp)
    assert {p.name for p in meeting.participants} == sides


def test_groups_left_open_are_no_sides(nlp):
    assert _meetings("Some unions and several operators held talks.", nlp) == []


@pytest.mark.parametrize(
    "text",
    [
        "If Mayor Ingrid Solberg met the Harbour Workers Union, the dispute could end.",  # labour
        "The row could end if Coach Diego Ferreira meets club owner Hamid Rahimi on Friday.",  # sport
        "Unless Orbis Mining holds talks with the regulator, the licence lapses.",  # business
    ],
)
def test_a_meeting_set_as_a_condition_is_none(text, nlp):
    assert _meetings(text, nlp) == []


def test_a_meeting_granted_by_even_if_is_held(nlp):
    (meeting,) = _meetings("Even if Judge Maria Kowalski met the Bar Association on Tuesday, nothing changed.", nlp)
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "text",
    [
        "Rail unions and train operators welcomed the plan.",  # transport
        "Orbis Mining and the Harbour Workers Union welcomed the decision.",  # business
        "Coach Diego Ferreira and club owner Hamid Rahimi welcomed the ruling.",  # sport
        "Rector Sofia Lindqvist and Professor Chen Wei received the award in Oslo.",  # science
    ],
)
def test_a_thing_welcomed_or_received_is_no_encounter(text, nlp):
    assert _meetings(text, nlp) == []


def test_someone_received_is_met(nlp):
    (meeting,) = _meetings("President Ama Owusu received Foreign Minister Olu Adeyemi in Accra.", nlp)
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Board members met in private on Thursday.",  # business
        "Party members met in Leeds on Saturday.",  # politics
        "Union members gathered outside the factory on Monday.",  # labour
    ],
)
def test_the_members_of_one_body_meeting_is_its_own_business(text, nlp):
    assert _meetings(text, nlp) == []


def test_peers_of_many_bodies_meeting_is_an_encounter(nlp):
    (meeting,) = _meetings("EU foreign ministers met in Brussels on Monday.", nlp)
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ingrid Solberg could meet the Harbour Workers Union at some point, officials said.",  # local
        "Coach Diego Ferreira hopes to sit down with club owner Hamid Rahimi at some point.",  # sport
        "Professor Chen Wei may visit the Nordic Science Council at some point.",  # science
    ],
)
def test_a_meeting_at_some_point_names_no_day(text, nlp):
    assert _meetings(text, nlp) == []


def test_some_point_of_a_named_week_is_planned(nlp):
    (meeting,) = _meetings("President Ama Owusu will meet Chancellor Otto Brenner at some point next week.", nlp)
    assert meeting.status == "planned"

"""MEETINGS: constructions of news English found missing or misread by behavioural probes (round 8).

Every sentence is invented (people, firms, unions and clubs are made up; cities are real). Each construction
is checked on at least three beats. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


@pytest.mark.parametrize(("text", "sides"), [
    ("Chief executive Ngozi Adeyemi opened talks with Kenji Watanabe on Tuesday.", {"Adeyemi", "Watanabe"}),
    ("Union leader Siobhan Kearney opened talks with Rafael Quintero on Monday.", {"Kearney", "Quintero"}),
    ("Mayor Helena Kowalski opened talks with Tariq Mahmood on Wednesday.", {"Kowalski", "Mahmood"}),
])
def test_talks_that_were_opened_took_place(run, text, sides):
    """"open" is an offer only as an adjective ("open to talks"); talks opened with someone began."""
    [talks] = run(text)
    assert surnames(talks) == sides and talks.status == "held"


@pytest.mark.parametrize("text", [
    "Minister Ilse Brandt said she was open to talks with Marco Bellini.",
    "Coach Dimitri Volkov said he remained open to talks with Amara Diallo.",
])
def test_being_open_to_talks_is_still_an_offer(run, text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Ngozi Adeyemi and Kenji Watanabe thrashed out the takeover terms at a meeting on Tuesday.",
     {"Adeyemi", "Watanabe"}),
    ("Siobhan Kearney and Rafael Quintero hammered out a pay offer at a meeting in Leeds on Monday.",
     {"Kearney", "Quintero"}),
    ("Astrid Nyberg and Priya Raman thrashed out the funding plan at a meeting on Wednesday.",
     {"Nyberg", "Raman"}),
])
def test_terms_worked_out_at_a_meeting_are_no_contest(run, text, sides):
    """"thrash" tells a thrashing on a sports page; "thrashed out" with its particle is negotiation."""
    [meeting] = run(text)
    assert surnames(meeting) == sides


def test_a_thrashing_is_still_a_contest(run):
    assert run("Castleford Rovers thrashed Ashby Town when the sides met on Saturday.") == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Striker Amara Diallo was called in for talks with manager Dimitri Volkov on Tuesday.", {"Diallo", "Volkov"}),
    ("Regional director Tomas Lindgren was called in for talks with Ngozi Adeyemi on Monday.",
     {"Lindgren", "Adeyemi"}),
    ("Ambassador Camila Restrepo was called in for talks with Oluwaseun Bakare on Wednesday.",
     {"Restrepo", "Bakare"}),
])
def test_called_in_for_talks_is_a_summons(run, text, sides):
    [talks] = run(text)
    assert surnames(talks) == sides and talks.status == "held"


def test_calling_for_talks_is_still_a_wish(run):
    assert run("Councillor Grace Mwangi called for talks with Tariq Mahmood on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "Talks between Siobhan Kearney and Rafael Quintero are set for next week.",
    "A meeting between Ngozi Adeyemi and Kenji Watanabe has been pencilled in for next month.",
    "Helena Kowalski's meeting with Tariq Mahmood is slated for Thursday.",
    "A summit between Oluwaseun Bakare and Camila Restrepo has been scheduled for May.",
])
def test_an_encounter_on_the_schedule_is_planned(run, text):
    [meeting] = run(text)
    assert meeting.status == "planned"


def test_a_schedule_told_in_the_past_perfect_was_overtaken(run):
    [meeting] = run("A meeting between Ngozi Adeyemi and Kenji Watanabe had been pencilled in for Monday.")
    assert meeting.status == "cancelled"


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi first met Kenji Watanabe at university.",
    "Coach Dimitri Volkov and Amara Diallo met as teenagers in Melbourne.",
    "Councillor Helena Kowalski met Tariq Mahmood while both were students in Leeds.",
    "Astrid Nyberg and Li Wei met through mutual friends in 2009.",
    "Rafael Quintero and Siobhan Kearney got together in 2015 and married two years later.",
])
def test_how_two_people_came_to_know_each_other_is_no_encounter(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi and Kenji Watanabe met for the first time on Tuesday.",
    "Mayor Helena Kowalski met the residents' leader Tariq Mahmood through an interpreter on Tuesday.",
    "Coach Dimitri Volkov met Amara Diallo as part of the contract talks on Monday.",
])
def test_a_first_encounter_in_the_news_is_still_one(run, text):
    assert len(run(text)) == 1


@pytest.mark.parametrize(("text", "side"), [
    ("Chief executive Ngozi Adeyemi met shareholders of Brightwater Capital on Tuesday.", "Brightwater Capital"),
    ("Judge Miriam Okafor met lawyers for Harlow Chemicals in chambers on Tuesday.", "Harlow Chemicals"),
    ("Mayor Helena Kowalski met local residents on Tuesday.", "local residents"),
    ("Manager Dimitri Volkov met Castleford Rovers chiefs on Monday.", "Castleford Rovers chiefs"),
])
def test_stakeholders_met_as_a_group_are_a_side(run, text, side):
    """Shareholders, lawyers, residents, chiefs: a group of people one meets, counted as the body they act for
    when it is named, else as described; a bare plural ("met residents") says too little."""
    [meeting] = run(text)
    assert side in {p.name for p in meeting.participants}


def test_a_bare_plural_group_is_no_side(run):
    assert run("Mayor Helena Kowalski met residents on Tuesday.") == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Prime Minister Oluwaseun Bakare rang President Camila Restrepo on Tuesday.", {"Bakare", "Restrepo"}),
    ("Manager Dimitri Volkov rang Amara Diallo on Sunday to tell him he was dropped.", {"Volkov", "Diallo"}),
    ("Union leader Siobhan Kearney rang Rafael Quintero up on Monday.", {"Kearney", "Quintero"}),
])
def test_ringing_someone_is_a_phone_call(run, text, sides):
    [call] = run(text)
    assert surnames(call) == sides and call.mode == "phone"


@pytest.mark.parametrize("text", [
    "Mayor Helena Kowalski rang the bell to open the market on Tuesday.",
    "Kenji Watanabe's phone rang as Ngozi Adeyemi spoke.",
    "Ngozi Adeyemi rang in the new year with a profit warning, Kenji Watanabe said.",
])
def test_ringing_no_one_is_no_call(run, text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Siobhan Kearney and Rafael Quintero reconvened on Tuesday.", {"Kearney", "Quintero"}),
    ("The talks between Ngozi Adeyemi and Kenji Watanabe reconvened on Wednesday.", {"Adeyemi", "Watanabe"}),
    ("Astrid Nyberg and Li Wei reconvened in Geneva on Monday.", {"Nyberg", "Wei"}),
])
def test_sides_that_reconvene_meet_again(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides


def test_a_body_that_reconvenes_holds_its_own_session(run):
    """A parliament sitting again is a session of the body (eval/README.md, "Sessions of bodies")."""
    found = run("Parliament reconvened on Tuesday after Kenji Watanabe resigned.")
    assert [([p.name for p in m.participants], m.status) for m in found] == [(["Parliament"], "held")]


@pytest.mark.parametrize(("text", "sides"), [
    ("Halvorsen Logistics and Meridian Rail returned to the table on Tuesday.",
     {"Halvorsen Logistics", "Meridian Rail"}),
    ("The Players' Association came back to the table with the Northern Cricket Board on Monday.",
     {"Players' Association", "Northern Cricket Board"}),
    ("Ashford City Council and the Riverside Residents' Association went back to the table on Wednesday.",
     {"Ashford City Council", "Riverside Residents' Association"}),
])
def test_going_back_to_the_table_resumes_talks(run, text, sides):
    [talks] = run(text)
    assert {p.name.removeprefix("the ") for p in talks.participants} == sides


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi brought new ideas to the table, Kenji Watanabe said.",
    "Union leader Siobhan Kearney urged Rafael Quintero to return to the table.",
])
def test_a_table_no_one_went_back_to_is_no_talks(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi said she would meet Kenji Watanabe halfway on the takeover.",
    "Union leader Siobhan Kearney offered to meet Rafael Quintero half-way on pay.",
    "Ngozi Adeyemi and Kenji Watanabe met the media on Tuesday.",
    "Coach Dimitri Volkov and Amara Diallo met reporters after training on Friday.",
    "Mayor Helena Kowalski and Tariq Mahmood met the press at the town hall.",
    "Ngozi Adeyemi joined the board of Brightwater Capital on Tuesday, Kenji Watanabe said.",
    "Professor Astrid Nyberg joined the council of the Institute of Marine Biology in May, Li Wei said.",
    "Tariq Mahmood joined the committee on Tuesday, Mayor Helena Kowalski said.",
])
def test_compromises_press_calls_and_memberships_are_no_encounters(run, text):
    """"meet X halfway" offers a compromise; "met the media" is a press conference; who joins a body becomes
    a member of it."""
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi axed planned talks with Kenji Watanabe on Tuesday.",
    "Union leader Siobhan Kearney ditched talks with Rafael Quintero on Monday.",
    "Mayor Helena Kowalski axed a meeting with Tariq Mahmood on Wednesday.",
])
def test_axed_or_ditched_talks_are_cancelled(run, text):
    [talks] = run(text)
    assert talks.status == "cancelled"


@pytest.mark.parametrize(("text", "people"), [
    ("Ngozi Adeyemi held talks with Kenji Watanabe on Tuesday, with Ingrid Solberg also in attendance.",
     {"Adeyemi", "Watanabe", "Solberg"}),
    ("Mayor Helena Kowalski met Tariq Mahmood, who was accompanied by Grace Mwangi, on Tuesday.",
     {"Kowalski", "Mahmood", "Mwangi"}),
    ("Coach Dimitri Volkov met with Hiroshi Tanaka on Monday, with Sean Walsh present.",
     {"Volkov", "Tanaka", "Walsh"}),
    ("Astrid Nyberg met Li Wei, who was flanked by Jonas Becker, in Geneva on Monday.",
     {"Nyberg", "Wei", "Becker"}),
    ("Helena Kowalski held talks with Tariq Mahmood on Tuesday, with Grace Mwangi also in attendance.",
     {"Kowalski", "Mahmood", "Mwangi"}),
    ("Siobhan Kearney held talks with Rafael Quintero on Tuesday, with Dariusz Nowak also in attendance.",
     {"Kearney", "Quintero", "Nowak"}),
])
def test_who_attends_with_a_side_or_is_in_attendance_takes_part(run, text, people):
    [meeting] = run(text)
    assert surnames(meeting) == people


@pytest.mark.parametrize(("text", "sides"), [
    ("Talks held in Frankfurt on Tuesday between Ngozi Adeyemi and Kenji Watanabe ended without a deal.",
     {"Adeyemi", "Watanabe"}),
    ("Talks held in Leeds on Monday between Siobhan Kearney and Rafael Quintero broke up at midnight.",
     {"Kearney", "Quintero"}),
    ("A summit hosted in Nairobi on Friday between Oluwaseun Bakare and Camila Restrepo produced a border deal.",
     {"Bakare", "Restrepo"}),
])
def test_sides_on_the_participle_of_holding(run, text, sides):
    [talks] = run(text)
    assert surnames(talks) == sides and talks.status == "held"


@pytest.mark.parametrize(("text", "sides"), [
    ("Executives from Brightwater Capital and officials of Meridian Rail met on Tuesday.",
     {"Brightwater Capital", "Meridian Rail"}),
    ("Bosses at Halvorsen Logistics and leaders of the National Union of Rail Workers met on Monday.",
     {"Halvorsen Logistics", "National Union of Rail Workers"}),
    ("Negotiators for Ashford City Council and representatives of the Riverside Residents' Association met on "
     "Wednesday.", {"Ashford City Council", "Riverside Residents' Association"}),
])
def test_two_groups_each_of_their_body_are_two_sides(run, text, sides):
    """The small model hangs the second group on the first one's body ("officials" on "Brightwater Capital")."""
    [meeting] = run(text)
    assert {p.name.removeprefix("the ") for p in meeting.participants} == sides


@pytest.mark.parametrize(("text", "sides"), [
    ("Chief executive Ngozi Adeyemi showed Kenji Watanabe around the company's headquarters on Tuesday.",
     {"Adeyemi", "Watanabe"}),
    ("Mayor Helena Kowalski toured the new housing estate with Tariq Mahmood on Monday.", {"Kowalski", "Mahmood"}),
    ("Professor Astrid Nyberg inspected the laboratory with Li Wei on Wednesday.", {"Nyberg", "Wei"}),
    ("Manager Dimitri Volkov dined with Hiroshi Tanaka at a hotel in Melbourne on Friday.", {"Volkov", "Tanaka"}),
])
def test_a_visit_or_meal_in_someones_company_is_in_person(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides and meeting.mode == "in_person"


@pytest.mark.parametrize("text", [
    "Mayor Helena Kowalski toured the plant with reporters on Tuesday.",
    "Chief executive Ngozi Adeyemi showed Kenji Watanabe the door on Tuesday.",
    "Ngozi Adeyemi dined on lobster at the hotel, Kenji Watanabe said.",
    "Singer Amara Diallo joined Sean Walsh on stage at the festival on Saturday.",
    "Councillor Grace Mwangi will join Tariq Mahmood on the ticket in May.",
    "Professor Li Wei joined Astrid Nyberg on the panel at the congress on Tuesday.",
    "Councillor Helena Kowalski joined Tariq Mahmood on stage at the party conference on Tuesday.",
])
def test_tours_meals_and_stages_with_no_one_met_are_no_encounters(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "The summit between Oluwaseun Bakare and Camila Restrepo will no longer go ahead.",
    "Talks between Halvorsen Logistics and Meridian Rail are no longer taking place on Friday.",
    "The meeting between Coach Dimitri Volkov and Amara Diallo will no longer take place this week.",
])
def test_an_encounter_that_will_no_longer_happen_is_cancelled(run, text):
    [meeting] = run(text)
    assert meeting.status == "cancelled"


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi said talks with Kenji Watanabe were pointless.",
    "Union leader Siobhan Kearney said talks with Meridian Rail were the only way forward.",
    "Oluwaseun Bakare said talks with Camila Restrepo were premature while the border was closed.",
])
def test_talks_judged_as_a_course_to_take_are_not_held(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Talks with Kenji Watanabe were constructive, Ngozi Adeyemi said.",
    "Talks with Rafael Quintero were difficult, union leader Siobhan Kearney said on Tuesday.",
    "The talks between Mayor Helena Kowalski and Tariq Mahmood were pointless, residents said.",
])
def test_talks_judged_after_they_took_place_are_held(run, text):
    [talks] = run(text)
    assert talks.status == "held"


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi and Kenji Watanabe will meet in the second round.",
    "Tennis player Dimitri Volkov will meet Amara Diallo in the opening round in Melbourne.",
    "Candidates Helena Kowalski and Tariq Mahmood will meet in the runoff round on Sunday.",
])
def test_sides_that_meet_in_a_numbered_round_are_rivals(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Ngozi Adeyemi and Kenji Watanabe met in the second round of talks on Tuesday.",
    "Halvorsen Logistics and Meridian Rail met in a fresh round on Tuesday.",
    "Oluwaseun Bakare and Camila Restrepo met in the third round of negotiations in Nairobi on Monday.",
])
def test_a_round_of_talks_is_still_talks(run, text):
    assert len(run(text)) == 1

"""MEETINGS across beats: business, labour, sport, local government, science and diplomacy.

Every sentence is invented (people, companies, unions and federations are made up; cities and
countries are real so that places can be checked). Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


def place(meeting: Meeting) -> str | None:
    return meeting.location.name if meeting.location else None


# --- calls ------------------------------------------------------------------------------------------


def test_first_call_with_is_a_phone_call(run):
    [call] = run("In his first call with Prime Minister Lena Dahl, President Ivo Maric discussed trade.")
    assert surnames(call) == {"Dahl", "Maric"}
    assert (call.status, call.mode) == ("held", "phone")


def test_call_to_someone_names_the_one_called(run):
    [call] = run("Chancellor Piet Vries made a phone call to President Ana Ruiz late last night.")
    assert surnames(call) == {"Vries", "Ruiz"}
    assert call.mode == "phone" and call.date is not None and call.date.iso == "2026-03-11"


def test_a_round_of_calls_is_one_call_per_counterpart_on_its_own_day(run):
    found = run("President Ivo Maric made telephonic calls to the leaders of Chile and Peru on Saturday and of "
                "Spain and Italy on Sunday.")
    days = {next(p.name for p in m.participants if p.kind == "country"): m.date.iso for m in found if m.date}
    assert days == {"Chile": "2026-03-07", "Peru": "2026-03-07", "Spain": "2026-03-08", "Italy": "2026-03-08"}
    assert all(m.mode == "phone" and "Ivo Maric" in {p.name for p in m.participants} for m in found)


def test_phone_call_and_earlier_face_to_face_meeting_stay_apart(run):
    text = ("President Ana Ruiz and Chancellor Piet Vries spoke by phone on Monday, their first call since last "
            "week's face-to-face meeting in Madrid. The talks in Madrid had focused on energy. Ruiz was "
            "accompanied in Madrid by Foreign Minister Luis Vidal and Economy Minister Eva Soto.")
    found = sorted(run(text), key=lambda m: m.mode)
    assert [m.mode for m in found] == ["in_person", "phone"]
    visit, call = found
    assert place(call) is None and place(visit) == "Madrid"
    assert surnames(visit) == {"Ruiz", "Vries", "Vidal", "Soto"}
    assert surnames(call) == {"Ruiz", "Vries"}


def test_virtual_summit_is_a_video_meeting(run):
    [summit] = run("President Ana Ruiz and President Ivo Maric held a virtual summit on Monday.")
    assert summit.mode == "video"


# --- organisations and groups as parties -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Norcast Foods and the Food Workers Union held a bargaining session on Tuesday.",
         {"Norcast Foods", "Food Workers Union"}),
        ("Sports Minister Tunde Bello met with the board of the National Football Federation in Abuja on Tuesday.",
         {"Tunde Bello", "National Football Federation"}),
        ("Employment Minister Sean Doyle met management of Kestrel Electronics in Dublin on Friday.",
         {"Sean Doyle", "Kestrel Electronics"}),
        ("Researchers from Oxford University met with officials of the World Health Organization in Geneva.",
         {"Oxford University", "World Health Organization"}),
    ],
)
def test_organisations_meet_through_their_people(run, text, parties):
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == parties


def test_president_meets_several_governors(run):
    [meeting] = run("President Amadou Diallo met governors Musa Bala, Ade Cole and Ibrahim Sani at the State House "
                    "on Friday.")
    assert surnames(meeting) == {"Diallo", "Bala", "Cole", "Sani"}
    assert place(meeting) == "State House"


def test_exclusive_talks_with_a_named_bidder_are_held_by_an_unknown_channel(run):
    [talks] = run("The Receivership Office has been in exclusive talks with Karvel, a Turkish steelmaker, since March.")
    assert {p.name for p in talks.participants} == {"Receivership Office", "Karvel"}
    assert (talks.status, talks.mode) == ("held", "unknown")


# --- planned, postponed, stalled ---------------------------------------------------------------------


def test_invited_to_visit_has_the_invitee_as_visitor(run):
    [visit] = run("President Ivo Maric invited Prime Minister Lena Dahl to visit Zagreb later this year.")
    assert surnames(visit) == {"Maric", "Dahl"}
    assert (visit.status, place(visit)) == ("planned", "Zagreb")


def test_likely_to_meet_is_planned(run):
    [meeting] = run("Ana Ruiz and Ivo Maric are likely to meet in Berlin in July during the summit.")
    assert (meeting.status, place(meeting)) == ("planned", "Berlin")


def test_likely_to_be_delayed_counts_as_called_off(run):
    [meeting] = run("The trilateral meeting of foreign ministers Kenji Mori, Wang Lei and Park Jin, planned for next "
                    "month, is likely to be delayed.")
    assert meeting.status == "cancelled"


def test_cancelled_bargaining_sessions(run):
    [sessions] = run("Bargaining sessions between Norcast Foods and the Food Workers Union were cancelled last week.")
    assert sessions.status == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations between Norcast Foods and the Food Workers Union stalled on Monday after the company walked out.",
        "Talks between the company and the union have stalled.",
        "President Ana Ruiz said she would be willing to meet Chancellor Piet Vries if he asked.",
        "Chancellor Piet Vries offered to host talks with President Ana Ruiz.",
        "President Ana Ruiz has no plans to meet Chancellor Piet Vries.",
        "President Ana Ruiz will not hold talks with Chancellor Piet Vries next week.",
        "Dynamo beat Spartak 2-1 when the two teams met in Moscow on Sunday.",
        "President Ana Ruiz held a press conference in Madrid on Monday.",
        "President Ana Ruiz gave a speech on relations with Portugal.",
        "Relations between Chile and Peru have improved, and dialogue between the two countries continues.",
        "President Ana Ruiz talks to Chancellor Piet Vries every week.",
        "The opposition urged the government to resume talks with the unions.",
    ],
)
def test_no_encounter(run, text):
    assert run(text) == []


def test_resumed_talks_were_held(run):
    [talks] = run("Labour Minister Greta Olsen resumed talks with union leader Paul Dufresne on Monday.")
    assert surnames(talks) == {"Olsen", "Dufresne"} and talks.status == "held"


# --- encounters told over several sentences ----------------------------------------------------------


def test_counted_role_named_in_later_sentences_and_further_talks_planned(run):
    text = ("Two cabinet ministers have held talks with representatives of Norcast Foods. Industry Minister Ana "
            "Lopez said the talks were useful. Finance Minister Tom Reed also attended the talks and further "
            "discussions are planned next month.")
    found = sorted(run(text), key=lambda m: m.status)
    assert [m.status for m in found] == ["held", "planned"]
    assert all({"Lopez", "Reed"} <= surnames(m) for m in found)
    assert found[1].date is not None and found[1].date.text == "next month"


def test_also_met_someone_new_is_another_encounter(run):
    text = ("President Ivo Maric met Prime Minister Lena Dahl in Oslo on Monday. The president also met with Erik "
            "Lund, the chief executive of Nordvik Oil.")
    found = run(text)
    assert sorted(sorted(surnames(m)) for m in found) == [["Dahl", "Maric"], ["Lund", "Maric"]]


def test_the_last_time_they_met_is_an_earlier_encounter_with_its_own_date(run):
    text = ("Governor Paula Grant met Mayor Henry Osei in Denver on Monday. The meeting between the two comes "
            "after a long gap - the last time the meeting took place was on October 4, 2019.")
    found = run(text, published=None)
    assert sorted(m.date.iso if m.date else None for m in found if m.date and m.date.iso) == ["2019-10-04"]
    assert len(found) == 2 and all(surnames(m) == {"Grant", "Osei"} for m in found)


def test_after_the_meeting_people_are_attendees_not_a_new_encounter(run):
    text = ("President Ivo Maric met Prime Minister Lena Dahl in Oslo on Monday. After the meeting, the defence "
            "minister left the palace.")
    [meeting] = run(text)
    assert {"Maric", "Dahl"} <= surnames(meeting)


# --- places and dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Chancellor Piet Vries met Prime Minister Lena Dahl at Downing Street on Monday.", "Downing Street"),
        ("Wrexham MP Tom Reed met with Transport Minister Ana Lopez at the Department for Transport yesterday.",
         "Department for Transport"),
        ("Premier Hana Ito and six ministers were in Ottawa on Monday meeting with Prime Minister Mark Dalton.",
         "Ottawa"),
        ("Governor Paula Grant met Mayor Henry Osei at City Hall in Denver on Monday.", "Denver"),
    ],
)
def test_place(run, text, where):
    [meeting] = run(text)
    assert place(meeting) == where


@pytest.mark.parametrize("year", [1, 9999])
def test_publication_at_the_calendar_edge_does_not_raise(run, year):
    published = dt.datetime(year, 1 if year == 1 else 12, 1 if year == 1 else 31, tzinfo=dt.UTC)
    text = ("Governor Paula Grant met Mayor Henry Osei yesterday. They will meet again tomorrow and next Monday, "
            "and met on Friday, December 31 and January 1.")
    assert isinstance(run(text, published=published), list)


def test_walked_out_before_the_other_side_arrived_is_called_off(run):
    text = ("Sports Minister Tunde Bello walked out of a scheduled meeting with officials of the National Football "
            "Federation before they arrived.")
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == {"Tunde Bello", "National Football Federation"}
    assert meeting.status == "cancelled"


def test_summit_also_involving_a_third_leader_takes_in_the_pair_before(run):
    text = ("The two ministers agreed to work toward a summit between President Jae Kim and Prime Minister Taro Abe. "
            "They also discussed a trilateral summit also involving Chinese Premier Wang Lei, expected later this "
            "year.")
    found = run(text)
    assert sorted(sorted(surnames(m)) for m in found) == [["Abe", "Kim"], ["Abe", "Kim", "Lei"]]
    assert all(m.status == "planned" for m in found)


def test_executives_from_a_company_stand_for_it(run):
    [meeting] = run("Enterprise Minister Ana Lopez will meet executives from Kestrel Electronics next week.")
    assert {p.name for p in meeting.participants} == {"Ana Lopez", "Kestrel Electronics"}
    assert meeting.status == "planned"


def test_present_progressive_with_a_date_is_an_arrangement(run):
    [meeting] = run("President Ana Ruiz is meeting Chancellor Piet Vries in Berlin on Friday.")
    assert meeting.status == "planned" and meeting.date is not None and meeting.date.iso == "2026-03-13"


def test_exchanged_views_by_phone(run):
    [call] = run("President Ana Ruiz and Chancellor Piet Vries exchanged views by phone on Tuesday.")
    assert surnames(call) == {"Ruiz", "Vries"} and call.mode == "phone"


def test_trip_for_talks_gives_traveller_place_and_plan(run):
    [talks] = run("Chancellor Piet Vries will travel to Madrid next week for talks with President Ana Ruiz.")
    assert surnames(talks) == {"Vries", "Ruiz"}
    assert (talks.status, place(talks)) == ("planned", "Madrid")


def test_roles_of_the_lede_named_by_apposition_in_the_next_sentence(run):
    text = ("A meeting of health ministers from three provinces, scheduled for Friday in Halifax, has been postponed. "
            "The ministers, Lauren Cole, Pierre Morin and Nadia Sabbagh, had planned to discuss nursing.")
    [meeting] = run(text)
    assert surnames(meeting) == {"Cole", "Morin", "Sabbagh"}
    assert meeting.status == "cancelled"


def test_instead_a_video_call_is_another_encounter(run):
    text = ("Finance Minister Rosa Lima and Economy Minister Tomas Novak cancelled their meeting in Prague on "
            "Thursday. The ministers will instead hold a video call on Friday.")
    found = sorted(run(text), key=lambda m: m.status)
    assert [(m.status, m.mode) for m in found] == [("cancelled", "in_person"), ("planned", "video")]


def test_union_branch_number_is_part_of_its_name(run):
    [meeting] = run("Mayor Janet Moreau met representatives of the Quayline Transit Workers Union Local 17 on Monday.")
    assert "Quayline Transit Workers Union Local 17" in {p.name for p in meeting.participants}


def test_same_protagonist_with_different_counterparts_is_two_encounters(run):
    text = ("The Receivership Office has been in exclusive talks with Karvel, a Turkish steelmaker, since March. "
            "The Receivership Office has now reopened discussions with other bidders, thought to include Norsteel.")
    found = run(text)
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Karvel", "Receivership Office"], ["Norsteel", "Receivership Office"]]
    assert all((m.status, m.mode) == ("held", "unknown") for m in found)


def test_generic_plural_meetings_are_no_encounter(run):
    assert run("Weekly meetings between the mayor and ward councillors are part of the routine.") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("South Korean and Japanese trade officials met in Tokyo on Monday.", {"South Korea", "Japan"}),
        ("Russian and Ukrainian negotiators held talks in Istanbul on Tuesday.", {"Russia", "Ukraine"}),
    ],
)
def test_group_of_two_nationalities_is_two_countries(run, text, countries):
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == countries


@pytest.mark.parametrize(
    "second",
    ["Farm officials of the two countries met in Quito last week.",
     "The two countries held talks in Quito last week."],
)
def test_the_two_countries_are_the_last_two_named(run, second):
    [meeting] = run("Chile and Peru agreed to improve ties. " + second)
    assert {p.name for p in meeting.participants} == {"Chile", "Peru"} and place(meeting) == "Quito"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Governor Paula Grant received a courtesy call from Ambassador Henry Osei on Monday.", "in_person"),
        ("President Ana Ruiz paid a visit to Chancellor Piet Vries in Berlin on Monday.", "in_person"),
        ("President Ana Ruiz hosted a dinner for Chancellor Piet Vries in Madrid on Monday.", "in_person"),
        ("Prime Minister Lena Dahl chaired a meeting with union leader Paul Dufresne on Monday.", "in_person"),
    ],
)
def test_visits_courtesy_calls_dinners_and_chaired_meetings(run, text, mode):
    [meeting] = run(text)
    assert len(meeting.participants) == 2 and meeting.mode == mode


def test_led_talks_with_a_delegation_from_a_country(run):
    [talks] = run("Trade Minister Olu Adeyemi led talks with a delegation from Ghana in Abuja on Monday.")
    assert {p.name for p in talks.participants} == {"Olu Adeyemi", "Ghana"} and place(talks) == "Abuja"


def test_set_to_take_place_is_planned_with_its_place(run):
    [talks] = run("The talks between Chancellor Piet Vries and President Ana Ruiz are set to take place in Madrid on "
                  "Friday.")
    assert (talks.status, place(talks)) == ("planned", "Madrid")
    assert talks.date is not None and talks.date.iso == "2026-03-13"


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Piet Vries told reporters he had met President Ana Ruiz twice this year.",
        "Chancellor Piet Vries and President Ana Ruiz have met several times since 2020.",
        "Prime Minister Lena Dahl paid a visit to Russia on Monday to attend a conference.",
    ],
)
def test_tallies_and_visits_to_places_are_no_encounter(run, text):
    assert run(text) == []


def test_agreed_after_talks_and_also_present(run):
    text = ("Foreign Minister Anna Berzina and Foreign Minister Helena Korpi agreed on Wednesday to share radar data, "
            "the ministry said after talks in Riga. The meeting, held at a guest house, lasted three hours. Also "
            "present were Defence Secretary Ilze Kalna and Border Guard chief Matti Salo. Berzina said she would "
            "travel to Helsinki in December to meet Prime Minister Aarne Virta.")
    found = {m.status: m for m in run(text)}
    assert surnames(found["held"]) == {"Berzina", "Korpi", "Kalna", "Salo"} and place(found["held"]) == "Riga"
    assert surnames(found["planned"]) == {"Berzina", "Virta"}


def test_also_attended_without_object_joins_the_encounter_told(run):
    text = ("Foreign Minister Clara Vella met Foreign Minister Hedi Salah in Valletta on Wednesday. Interior Minister "
            "Joseph Camilleri and Ambassador Amira Belhadj also attended, along with coastguard commanders.")
    [meeting] = run(text)
    assert surnames(meeting) == {"Vella", "Salah", "Camilleri", "Belhadj"}


def test_had_been_due_to_meet_did_not_happen(run):
    [meeting] = run("Trade Secretary Joyce Achieng and her counterpart Abdallah Mwinyi had been due to meet in "
                    "Namanga on Monday; no new date has been set.")
    assert (meeting.status, place(meeting)) == ("cancelled", "Namanga")


# --- "we" in a quotation: the speaker the statements' attribution gives ----------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("“We met the Harbor Freight board on Tuesday and the talks went well,” said Dana Whitcombe, "
     "chief executive of Brightline Logistics.", "Whitcombe"),
    ("“We met the Northfield Rovers owners on Monday and the talks went well,” league chairman Piet Anders "
     "told reporters.", "Anders"),
    ("Councillor Mara Quint spoke after the vote.\n\n“We met the Greenway Residents Association on Tuesday "
     "and the talks went well,” she said.", "Quint"),
])
def test_we_in_a_quotation_is_the_attributed_speaker(run, text: str, speaker: str) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert speaker in surnames(meetings[0])


# --- constructions a behavioural probe found missing ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "where"),
    [
        ("Finance Minister Tove Brandt discussed the tariff plan with Chief Executive Rafael Ortiz in Valencia "
         "on Monday.", {"Brandt", "Ortiz"}, "Valencia"),
        ("Head coach Nuno Salgado discussed the transfer budget with club president Hanna Lind in Porto "
         "on Tuesday.", {"Salgado", "Lind"}, "Porto"),
        ("Professor Adaeze Nwosu discussed the telescope data with astronomer Tomas Berg in Santiago "
         "on Monday.", {"Nwosu", "Berg"}, "Santiago"),
    ],
)
def test_discussed_a_topic_with_someone(run, text, parties, where):
    """The small model hangs "with X" (and the place after X) on the topic discussed."""
    [meeting] = run(text)
    assert surnames(meeting) == parties
    assert (meeting.status, meeting.mode, place(meeting)) == ("held", "in_person", where)


@pytest.mark.parametrize(
    ("text", "parties", "status"),
    [
        ("Mayor Ines Carvalho joined council leader Petra Holm for talks on the housing plan on Monday.",
         {"Carvalho", "Holm"}, "held"),
        ("Striker Joel Amadi joined coach Marek Novak for lunch in Turin on Tuesday.", {"Amadi", "Novak"}, "held"),
        ("Chief Executive Rafael Ortiz invited union leader Sean Doyle to Dublin for talks next month.",
         {"Ortiz", "Doyle"}, "planned"),
        ("Foreign Minister Akira Sato welcomed his counterpart Lena Dahl for talks on Wednesday.",
         {"Sato", "Dahl"}, "held"),
    ],
)
def test_brought_for_an_encounter(run, text, parties, status):
    """"joined X for talks", "invited X to Y for talks": the verb's subject and object are the sides."""
    [meeting] = run(text)
    assert surnames(meeting) == parties
    assert meeting.status == status


def test_invited_to_a_city_for_talks_is_planned_there(run):
    [meeting] = run("Research Minister Olga Tamm was invited to Vienna for talks with Professor Ivo Kral.")
    assert surnames(meeting) == {"Tamm", "Kral"}
    assert (meeting.status, place(meeting)) == ("planned", "Vienna")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Chief Executive Rafael Ortiz spoke to union leader Sean Doyle on the phone last night.", "phone"),
        ("Coach Marek Novak and club president Hanna Lind spoke by video link on Monday.", "video"),
        ("Minister Akira Sato talked with Governor Petra Holm on a video call on Tuesday.", "video"),
    ],
)
def test_channel_of_a_conversation(run, text, mode):
    """"on the phone", "by video link": the channel may sit several words after the verb."""
    [meeting] = run(text)
    assert len(meeting.participants) == 2
    assert (meeting.status, meeting.mode) == ("held", mode)


@pytest.mark.parametrize(
    "text",
    [
        "Minister Akira Sato met Governor Petra Holm on the sidelines of an online forum in Osaka.",
        "Coach Marek Novak met club president Hanna Lind on the day of the virtual draw in Turin.",
        "Professor Adaeze Nwosu met astronomer Tomas Berg on the eve of the online symposium in Santiago.",
    ],
)
def test_an_online_event_named_after_on_is_no_channel(run, text):
    [meeting] = run(text)
    assert meeting.mode == "in_person"


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ines Carvalho paid a courtesy call on President Ivo Maric on Monday.",
        "The new club chairman, Joel Amadi, paid a courtesy call on league president Hanna Lind on Tuesday.",
        "Ambassador Olga Tamm paid a courtesy call on Trade Minister Rafael Ortiz on Wednesday.",
    ],
)
def test_courtesy_call_on_someone_is_a_visit(run, text):
    [meeting] = run(text)
    assert len(meeting.participants) == 2
    assert (meeting.status, meeting.mode) == ("held", "in_person")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Carvalho and council leader Petra Holm meet every month at the town hall.",
        "Coach Marek Novak and club president Hanna Lind meet every week to review the squad.",
        "Chief Executive Rafael Ortiz and union leader Sean Doyle hold talks every year in Dublin.",
    ],
)
def test_a_period_after_every_is_a_habit(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Mayor Ines Carvalho met council leader Petra Holm at the town hall on Monday.", "town hall"),
        ("Coach Marek Novak hosted club president Hanna Lind at the club's training ground on Tuesday.",
         "club's training ground"),
        ("Chief Executive Rafael Ortiz met union leader Sean Doyle at the company's headquarters on Monday.",
         "company's headquarters"),
        ("Chief Executive Rafael Ortiz met union leader Sean Doyle at the company's headquarters in Dublin.",
         "Dublin"),
        ("Professor Adaeze Nwosu met astronomer Tomas Berg at a hotel on Monday.", None),
    ],
)
def test_venue_told_without_a_name(run, text, where):
    """A definite or owned venue is where the sides met, unless a named place is told with it."""
    [meeting] = run(text)
    assert place(meeting) == where


@pytest.mark.parametrize(
    ("text", "parties", "where"),
    [
        ("Trade Minister Olga Tamm is expected to travel to Vienna next week for talks with Chief Executive "
         "Rafael Ortiz.", {"Tamm", "Ortiz"}, "Vienna"),
        ("Coach Marek Novak is due to fly to Turin on Friday for talks with striker Joel Amadi.",
         {"Novak", "Amadi"}, "Turin"),
        ("Professor Adaeze Nwosu is set to travel to Santiago next month for talks with astronomer Tomas Berg.",
         {"Nwosu", "Berg"}, "Santiago"),
    ],
)
def test_the_traveller_of_a_planned_trip_for_talks(run, text, parties, where):
    """The traveller is the subject of the plan ("is expected to travel"), not of the trip's own verb."""
    [meeting] = run(text)
    assert surnames(meeting) == parties
    assert (meeting.status, place(meeting)) == ("planned", where)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Talks between the Allied Nurses Union and the Northern Health Board are due to resume on Friday.",
         "2026-03-13"),
        ("Talks between Mayor Ines Carvalho and council leader Petra Holm are set to resume on Monday.",
         "2026-03-16"),
        ("A meeting between coach Marek Novak and club president Hanna Lind is likely to take place on Friday.",
         "2026-03-13"),
    ],
)
def test_encounter_due_to_happen_is_planned_on_its_day(run, text, iso):
    """"are due to resume": the plan is the copula's complement; its day hangs on the occurrence."""
    [meeting] = run(text)
    assert len(meeting.participants) == 2
    assert (meeting.status, meeting.date.iso if meeting.date else None) == ("planned", iso)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Chief Executive Rafael Ortiz pulled out of next week's meeting with union leader Sean Doyle.",
         "cancelled"),
        ("Coach Marek Novak backed out of a planned meeting with club president Hanna Lind.", "cancelled"),
        ("Mayor Ines Carvalho pulled out of talks with council leader Petra Holm on Tuesday.", "cancelled"),
        ("The Allied Nurses Union withdrew from talks with the Northern Health Board on Tuesday.", "cancelled"),
    ],
)
def test_who_withdraws_is_a_side(run, text, status):
    """Withdrawing from a planned encounter or from talks calls them off for the one who withdraws (walking out
    of talks under way tells they were held)."""
    [meeting] = run(text)
    assert len(meeting.participants) == 2
    assert meeting.status == status


@pytest.mark.parametrize(
    ("text", "status", "iso"),
    [
        ("Finance Minister Tove Brandt said Monday's talks with Chief Executive Rafael Ortiz were useful.",
         "held", "2026-03-09"),
        ("Coach Marek Novak said Tuesday's meeting with club president Hanna Lind had cleared the air.",
         "held", "2026-03-10"),
        ("Mayor Ines Carvalho said next week's talks with council leader Petra Holm would be difficult.",
         "planned", None),
    ],
)
def test_a_day_owning_the_encounter_is_its_date_not_a_side(run, text, status, iso):
    """"Monday's talks with X": the possessor is the day; the one reporting on talks "with X" is the other side."""
    [meeting] = run(text)
    assert len(meeting.participants) == 2
    assert (meeting.status, meeting.date.iso if meeting.date else None) == (status, iso)
    assert meeting.date is not None and "'s" not in meeting.date.text


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The two leaders met in Valencia on Tuesday. Mayor Ines Carvalho and council leader Petra Holm "
         "discussed the housing plan.", {"Carvalho", "Holm"}),
        ("The two bosses met at the club's training ground on Monday. Coach Marek Novak and chairman Hanna Lind "
         "agreed on a new contract.", {"Novak", "Lind"}),
        ("Both scientists met in Santiago on Monday. Professor Adaeze Nwosu and astronomer Tomas Berg compared "
         "their data.", {"Nwosu", "Berg"}),
    ],
)
def test_a_group_of_the_lede_named_in_the_next_sentence(run, text, parties):
    [meeting] = run(text)
    assert surnames(meeting) == parties
    assert meeting.status == "held"


def test_a_group_counted_otherwise_than_the_next_sentence_names_stays_unnamed(run):
    assert run("The two ministers met in Valencia on Tuesday. Tove Brandt, Rafael Ortiz and Olga Tamm signed "
               "the budget.") == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The finance minister met the central bank governor on Tuesday. Tove Brandt, the finance minister, and "
         "Rafael Ortiz, the governor, discussed interest rates.", {"Brandt", "Ortiz"}),
        ("The union leader met the chief executive on Monday. Sean Doyle, the union leader, said the chief "
         "executive, Hanna Lind, had offered nothing.", {"Doyle", "Lind"}),
        ("The mayor met the county executive on Monday. Mayor Ines Carvalho and County Executive Petra Holm "
         "agreed on the bridge budget.", {"Carvalho", "Holm"}),
    ],
)
def test_roles_of_the_lede_are_the_people_given_those_titles_next(run, text, parties):
    [meeting] = run(text)
    assert surnames(meeting) == parties


def test_a_longer_title_is_another_office(run):
    [meeting] = run("The president met the finance minister on Tuesday. Vice President Olga Tamm later said it "
                    "went well. Rafael Ortiz, the finance minister, said rates would stay.")
    assert {p.name for p in meeting.participants} == {"president", "Rafael Ortiz"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks between union leader Sean Doyle and Chief Executive Hanna Lind broke down on Tuesday.",
        "Talks between coach Marek Novak and club chairman Joel Amadi ended without agreement on Monday.",
        "A meeting between council leader Petra Holm and Mayor Ines Carvalho was called off.",
    ],
)
def test_a_titled_name_coordinated_with_another(run, text):
    """"union leader A and B": the small model hangs B on the name A, in apposition to the title."""
    [meeting] = run(text)
    assert len(meeting.participants) == 2 and all(p.name != p.title for p in meeting.participants)


@pytest.mark.parametrize(
    "text",
    [
        "The new coach, Marek Novak, has yet to meet club chairman Joel Amadi.",
        "Mayor Ines Carvalho is yet to speak with council leader Petra Holm about the budget.",
        "Union leader Sean Doyle hopes to meet Chief Executive Hanna Lind one day.",
        "Professor Adaeze Nwosu would like to meet astronomer Tomas Berg someday.",
    ],
)
def test_not_yet_or_some_day_is_no_encounter(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the Allied Nurses Union and the Northern Health Board are yet to begin.",
        "A summit between President Ivo Maric and Prime Minister Lena Dahl has yet to take place.",
        "A meeting between coach Marek Novak and club chairman Joel Amadi is yet to take place.",
    ],
)
def test_an_encounter_yet_to_happen_is_planned(run, text):
    [meeting] = run(text)
    assert len(meeting.participants) == 2 and meeting.status == "planned"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Allied Nurses Union and the Northern Health Board will return to the negotiating table on Friday.",
         "planned"),
        ("Union leader Sean Doyle and Chief Executive Hanna Lind were back at the bargaining table on Monday.",
         "held"),
        ("Council leader Petra Holm returned to the negotiating table with the Transit Workers Union on Tuesday.",
         "held"),
    ],
)
def test_the_negotiating_table_is_talks(run, text, status):
    [meeting] = run(text)
    assert len(meeting.participants) >= 2 and meeting.status == status


@pytest.mark.parametrize(
    ("text", "parties", "where"),
    [
        ("President Ivo Maric played host to Prime Minister Lena Dahl in Valencia on Tuesday.", {"Maric", "Dahl"},
         "Valencia"),
        ("Club chairman Joel Amadi played host to league president Hanna Lind in Turin on Monday.",
         {"Amadi", "Lind"}, "Turin"),
        ("Mayor Ines Carvalho was joined by council leader Petra Holm for talks in Porto on Tuesday.",
         {"Carvalho", "Holm"}, "Porto"),
        ("Union leader Sean Doyle spoke to Chief Executive Hanna Lind in Dublin on Monday.", {"Doyle", "Lind"},
         "Dublin"),
    ],
)
def test_hosts_and_joiners_and_their_place(run, text, parties, where):
    """"played host to X", "was joined by X for talks", "spoke to X in Y" (the place hung on X)."""
    [meeting] = run(text)
    assert surnames(meeting) == parties
    assert (meeting.status, place(meeting)) == ("held", where)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A delegation led by Trade Minister Olga Tamm met Chief Executive Rafael Ortiz in Vienna on Monday.",
         {"Tamm", "Ortiz"}),
        ("Researchers led by Professor Adaeze Nwosu met astronomer Tomas Berg in Santiago on Monday.",
         {"Nwosu", "Berg"}),
        ("Mayor Ines Carvalho received a delegation headed by union leader Sean Doyle on Monday.",
         {"Carvalho", "Doyle"}),
    ],
)
def test_a_group_led_by_someone_is_that_person(run, text, parties):
    [meeting] = run(text)
    assert surnames(meeting) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Professor Adaeze Nwosu presented the findings to Health Minister Olga Tamm at a meeting in Vienna "
         "on Monday.", {"Nwosu", "Tamm"}),
        ("Coach Marek Novak explained the new tactics to Joel Amadi, the club chairman, during a meeting on Monday.",
         {"Novak", "Amadi"}),
        ("Chief Executive Rafael Ortiz outlined the offer to union leader Sean Doyle in talks on Tuesday.",
         {"Ortiz", "Doyle"}),
    ],
)
def test_who_is_addressed_inside_a_meeting_is_a_side(run, text, parties):
    [meeting] = run(text)
    assert surnames(meeting) == parties


# --- counts, walk-outs, arrivals, channels -----------------------------------------------------------


@pytest.mark.parametrize("text, sides, iso", [
    ("Chief executive Hanna Berg met union leader Tomasz Wilk twice on Tuesday.", {"Berg", "Wilk"}, "2026-03-10"),
    ("Coach Rafael Ortiz met club owner Ingrid Solberg twice yesterday.", {"Ortiz", "Solberg"}, "2026-03-11"),
    ("Mayor Amara Diallo met Governor Piotr Nowak twice in Denver on Monday.", {"Diallo", "Nowak"}, "2026-03-09"),
])
def test_two_sittings_on_one_day_are_one_encounter(run, text, sides, iso):
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "held" and meeting.date is not None and meeting.date.iso == iso


@pytest.mark.parametrize("text", [
    "Chief executive Hanna Berg has met union leader Tomasz Wilk twice this year.",
    "Professor Lina Haddad had met Dr Kenji Mori twice since the launch.",
])
def test_a_count_over_a_period_is_a_tally(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, sides, iso", [
    ("Union leader Tomasz Wilk walked out of talks with chief executive Hanna Berg on Tuesday.",
     {"Wilk", "Berg"}, "2026-03-10"),
    ("Coach Rafael Ortiz stormed out of the planned meeting with club owner Ingrid Solberg on Monday.",
     {"Ortiz", "Solberg"}, "2026-03-09"),
    ("Councillor Amara Diallo walked out of a budget meeting with Mayor Piotr Nowak in Leeds yesterday.",
     {"Diallo", "Nowak"}, "2026-03-11"),
])
def test_a_walk_out_ends_a_meeting_that_was_held_on_its_day(run, text, sides, iso):
    [meeting] = run(text)
    assert surnames(meeting) & sides == sides
    assert meeting.status == "held" and meeting.date is not None and meeting.date.iso == iso


@pytest.mark.parametrize("text, mode", [
    ("Chief executive Hanna Berg held talks with union leader Tomasz Wilk in a video conference on Tuesday.", "video"),
    ("Professor Lina Haddad spoke with Dr Kenji Mori by satellite link from the research station.", "video"),
    ("Coach Rafael Ortiz met club owner Ingrid Solberg virtually on Monday.", "video"),
    ("Mayor Amara Diallo spoke with Governor Piotr Nowak by satellite phone during the floods.", "phone"),
    ("Minister Sara Lindgren held talks with Minister Omar Farouk in a phone call on Monday.", "phone"),
])
def test_the_channel_named_in_a_phrase_or_adverb_sets_the_mode(run, text, mode):
    [meeting] = run(text)
    assert len(meeting.participants) == 2 and meeting.mode == mode


def test_a_place_phrase_with_in_is_no_channel(run):
    [meeting] = run("Governor Piotr Nowak met Mayor Amara Diallo in the offices of an online retailer in Leeds.")
    assert meeting.mode == "in_person"


@pytest.mark.parametrize("text, sides, place_name", [
    ("Minister Sara Lindgren arrived in Vienna on Tuesday for talks with Minister Omar Farouk.",
     {"Lindgren", "Farouk"}, "Vienna"),
    ("Chief executive Hanna Berg arrived in Leeds to hold talks with union leader Tomasz Wilk.",
     {"Berg", "Wilk"}, "Leeds"),
    ("Coach Rafael Ortiz landed in Porto on Wednesday to meet club owner Ingrid Solberg.",
     {"Ortiz", "Solberg"}, "Porto"),
])
def test_an_arrival_for_talks_tells_talks_still_ahead_without_the_arrival_day(run, text, sides, place_name):
    [meeting] = run(text)
    assert surnames(meeting) == sides and place(meeting) == place_name
    assert meeting.status == "planned" and meeting.date is None


def test_an_arrival_followed_by_talks_reports_them(run):
    [meeting] = run("Professor Lina Haddad arrived in Oslo on Monday and held talks with Dr Kenji Mori.")
    assert meeting.status == "held" and meeting.date is not None and meeting.date.iso == "2026-03-09"


@pytest.mark.parametrize("text, iso", [
    ("Minister Sara Lindgren met Minister Omar Farouk in Vienna in the early hours of Wednesday.", "2026-03-11"),
    ("Chief executive Hanna Berg met union leader Tomasz Wilk in Manchester on Monday morning.", "2026-03-09"),
    ("Coach Rafael Ortiz met club owner Ingrid Solberg in Manchester on Tuesday evening.", "2026-03-10"),
    ("Professor Lina Haddad met Dr Kenji Mori in Oslo in the early hours of Monday.", "2026-03-09"),
])
def test_a_day_is_read_from_a_time_phrase_and_never_from_a_place(run, text, iso):
    [meeting] = run(text)
    assert meeting.date is not None and meeting.date.iso == iso


@pytest.mark.parametrize("text, sides", [
    ("Talks hosted by chief executive Hanna Berg with union leader Tomasz Wilk took place in Leeds on Tuesday.",
     {"Berg", "Wilk"}),
    ("Talks hosted by Professor Lina Haddad with Dr Kenji Mori took place in Oslo on Tuesday.", {"Haddad", "Mori"}),
    ("Talks hosted by club owner Ingrid Solberg with coach Rafael Ortiz took place in Porto on Tuesday.",
     {"Solberg", "Ortiz"}),
])
def test_talks_hosted_by_one_side_with_the_other(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "held" and meeting.date is not None and meeting.date.iso == "2026-03-10"


@pytest.mark.parametrize("text, iso", [
    ("Minister Sara Lindgren and Minister Omar Farouk talked by phone late on Wednesday.", "2026-03-11"),
    ("Chief executive Hanna Berg met union leader Tomasz Wilk early on Monday.", "2026-03-09"),
    ("Coach Rafael Ortiz met club owner Ingrid Solberg in Porto on Tuesday, the day before the transfer deadline.",
     "2026-03-10"),
    ("Mayor Amara Diallo met Governor Piotr Nowak in Leeds on Monday, the day after the flood.", "2026-03-09"),
])
def test_the_day_behind_a_time_adverb_or_before_an_event_phrase(run, text, iso):
    [meeting] = run(text)
    assert meeting.date is not None and meeting.date.iso == iso


def test_a_day_told_only_against_another_event_has_no_calendar_day(run):
    [meeting] = run("Professor Lina Haddad had met Dr Kenji Mori in Oslo the day before.")
    assert meeting.date is None or meeting.date.iso is None


@pytest.mark.parametrize("text", [
    "Union leader Tomasz Wilk wants to meet chief executive Hanna Berg.",
    "Coach Rafael Ortiz wished to hold talks with club owner Ingrid Solberg.",
    "Mayor Amara Diallo wants talks with Governor Piotr Nowak.",
])
def test_a_wish_to_meet_is_no_encounter(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "The summit between Minister Sara Lindgren and Minister Omar Farouk was shelved.",
    "The meeting between chief executive Hanna Berg and union leader Tomasz Wilk was scrubbed.",
    "The session between Professor Lina Haddad and Dr Kenji Mori was shelved after the storm.",
])
def test_an_encounter_that_was_shelved_is_cancelled(run, text):
    [meeting] = run(text)
    assert meeting.status == "cancelled"


@pytest.mark.parametrize("text, sides", [
    ("Chief executive Hanna Berg met union leader Tomasz Wilk face to face on Tuesday.", {"Berg", "Wilk"}),
    ("Mayor Amara Diallo met Governor Piotr Nowak face to face on Tuesday.", {"Diallo", "Nowak"}),
    ("Professor Lina Haddad met Dr Kenji Mori face to face on Tuesday.", {"Haddad", "Mori"}),
])
def test_met_face_to_face_keeps_the_one_met(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert (meeting.status, meeting.mode, meeting.date.iso if meeting.date else None) == (
        "held", "in_person", "2026-03-10")


@pytest.mark.parametrize("text, sides", [
    ("Mayor Amara Diallo scrapped a planned visit by Governor Piotr Nowak.", {"Diallo", "Nowak"}),
    ("A visit by chief executive Hanna Berg to union leader Tomasz Wilk was cancelled.", {"Berg", "Wilk"}),
    ("Club owner Ingrid Solberg cancelled a visit by coach Rafael Ortiz.", {"Solberg", "Ortiz"}),
])
def test_the_visitor_of_a_visit_by_is_a_side(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides and meeting.status == "cancelled"


@pytest.mark.parametrize("text, iso", [
    ("Chief executive Hanna Berg met union leader Tomasz Wilk for the second time this week on Tuesday.",
     "2026-03-10"),
    ("Coach Rafael Ortiz met club owner Ingrid Solberg for the third time this month on Monday.", "2026-03-09"),
    ("Mayor Amara Diallo met Governor Piotr Nowak for the first time this year on Wednesday.", "2026-03-11"),
])
def test_a_day_beats_a_period_on_the_same_word(run, text, iso):
    [meeting] = run(text)
    assert meeting.date is not None and meeting.date.iso == iso


@pytest.mark.parametrize("text", [
    "Chief executive Hanna Berg will hold talks with union leader Tomasz Wilk by phone on Friday.",
    "Coach Rafael Ortiz held talks with club owner Ingrid Solberg by phone on Monday.",
    "Professor Lina Haddad will have a discussion with Dr Kenji Mori by telephone on Friday.",
])
def test_the_channel_on_the_verb_that_holds_the_talks(run, text):
    [meeting] = run(text)
    assert meeting.mode == "phone"


@pytest.mark.parametrize("text", [
    "Minister Sara Lindgren was due to meet Minister Omar Farouk on Friday but pulled out.",
    "Coach Rafael Ortiz was to meet club owner Ingrid Solberg on Friday but withdrew.",
    "Mayor Amara Diallo was due to hold talks with Governor Piotr Nowak on Friday but pulled out.",
])
def test_a_plan_undone_by_but_pulled_out_is_cancelled(run, text):
    [meeting] = run(text)
    assert meeting.status == "cancelled"


def test_pulling_out_of_something_else_leaves_the_meeting(run):
    [meeting] = run("Chief executive Hanna Berg met union leader Tomasz Wilk on Monday but pulled out of the deal.")
    assert meeting.status == "held"


@pytest.mark.parametrize("text, iso", [
    ("Chief executive Hanna Berg met union leader Tomasz Wilk on Tuesday last week.", "2026-03-03"),
    ("Coach Rafael Ortiz will meet club owner Ingrid Solberg on Friday next week.", "2026-03-20"),
    ("Mayor Amara Diallo met Governor Piotr Nowak on Wednesday of last week.", "2026-03-04"),
])
def test_a_weekday_of_last_or_next_week_is_that_day_of_that_week(run, text, iso):
    [meeting] = run(text)
    assert meeting.date is not None and meeting.date.iso == iso


# --- a party's kind is the cast's reading of its name ------------------------------------------------

def kinds(meeting: Meeting) -> dict[str, str]:
    return {p.name: p.kind for p in meeting.participants}


# --- a name ending in a plural role is one organisation, not a group of people --------------------------

@pytest.mark.parametrize("text, org, other", [
    ("Blue Heron Partners and Tessel Bank met in Lisbon on Tuesday.", "Blue Heron Partners", "Tessel Bank"),
    ("Granite Bay Partners and the Port Workers Union met in Lisbon on Tuesday.",
     "Granite Bay Partners", "Port Workers Union"),
    ("Fernhill Medical Partners and Redwater District Council held talks on Monday.",
     "Fernhill Medical Partners", "Redwater District Council"),
    ("Aldgate Sports Partners and Corran Wanderers met in Manchester on Friday.",
     "Aldgate Sports Partners", "Corran Wanderers"),
    ("Talks between Harrow Ventures Partners and Dunmore Foods ended on Tuesday.",
     "Harrow Ventures Partners", "Dunmore Foods"),
])
def test_a_name_ending_in_a_plural_role_is_an_organisation(run, text, org, other):
    [meeting] = run(text)
    assert kinds(meeting) == {org: "organization", other: "organization"}


# --- a league named as a side is a body that meets, not a fixture ----------------------------------------

@pytest.mark.parametrize("text, league, other", [
    ("Kenji Watanabe met the Coastal Farmers League in Osaka on Tuesday.", "Coastal Farmers League", "Kenji Watanabe"),
    ("Aroha Ngata will meet the Northern Netball League in Wellington next week.",
     "Northern Netball League", "Aroha Ngata"),
    ("The Tessel Chess League held talks with Harbour Rail on Monday.", "Tessel Chess League", "Harbour Rail"),
])
def test_a_league_that_is_a_side_meets(run, text, league, other):
    [meeting] = run(text)
    assert kinds(meeting)[league] == "organization"
    assert other in kinds(meeting)


@pytest.mark.parametrize("text", [
    "The two clubs met in the Coastal League final on Saturday.",
    "Redwater Rovers met Corran Wanderers in the league on Saturday.",
    "The city will host the league final next year.",
])
def test_a_league_as_the_contest_is_still_no_meeting(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, person, body", [
    ("Priya Ramaswamy and Metro Rail met in Lisbon on Tuesday.", "Priya Ramaswamy", "Metro Rail"),
    ("Ingrid Halvorsen and the Port Workers Union met on Tuesday.", "Ingrid Halvorsen", "Port Workers Union"),
    ("Nguyen Thi Lan and Redwater District Council held talks on Monday.", "Nguyen Thi Lan",
     "Redwater District Council"),
    ("Aleksandr Petrovsky and Castlebrook University met on Tuesday.", "Aleksandr Petrovsky", "Castlebrook University"),
])
def test_a_person_and_a_body_that_met_are_both_sides(run, text, person, body):
    """"A B and C met": the small model may hang the given name on the body as a modifier with the surname,
    which owns the "and", in apposition to it; both are sides all the same."""
    [meeting] = run(text)
    assert kinds(meeting) == {person: "person", body: "organization"}


@pytest.mark.parametrize("text, body, other", [
    ("Redwater District Council held talks with Corran FC on Monday.", "Corran FC", "Redwater District Council"),
    ("The Port Workers Union met Ashby FC on Tuesday.", "Ashby FC", "Port Workers Union"),
    ("Mayor Ingrid Halvorsen will meet Ashby FC next week.", "Ashby FC", "Ingrid Halvorsen"),
    ("Kenji Watanabe held talks with Corran FC on Monday.", "Corran FC", "Kenji Watanabe"),
])
def test_a_body_the_cast_left_unread_is_named_by_its_shape(run, text, body, other):
    [meeting] = run(text)
    assert kinds(meeting)[body] == "organization"
    assert other in kinds(meeting)


@pytest.mark.parametrize("text", [
    "Ashby FC met Corran FC on Saturday.",
    "Ashby FC hosted Corran FC on Saturday.",
    "Redwater Rovers met Corran Wanderers on Saturday.",
])
def test_two_clubs_that_meet_play_a_fixture(run, text):
    assert run(text) == []


# --- encounters told with everyday verbs, and what one "meets" that is no one ---------------------------------


@pytest.mark.parametrize("text, sides", [
    ("Rosa Lindgren spent the afternoon with Haruto Sato on Monday to discuss the merger.", {"Lindgren", "Sato"}),
    ("Union leader Ciaran Doyle and Mina Farahani got together on Tuesday to discuss the pay offer.",
     {"Doyle", "Farahani"}),
    ("Coach Bruno Salgado was closeted with Yusuf Demir for two hours on Monday.", {"Salgado", "Demir"}),
    ("Councillor Agnieszka Wrobel lobbied Samuel Osei in a meeting on Tuesday.", {"Wrobel", "Osei"}),
    ("Professor Ilse Brandt dialled into a meeting with Tomasz Nowak on Monday.", {"Brandt", "Nowak"}),
    ("Ambassador Kwame Mensah entertained Foreign Minister Leila Haddad at a dinner on Monday.", {"Mensah", "Haddad"}),
])
def test_everyday_verbs_of_an_encounter_are_meetings(run, text, sides):
    """Particles ("got together", "sat down with"), time spent in someone's company, the one acted on inside a
    meeting or a meal: each tells two people who met."""
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize("text, sides", [
    ("The Federation of Dock Workers and Portline Shipping held a bargaining session on Monday.",
     {"Federation of Dock Workers", "Portline Shipping"}),
    ("Negotiators for the Union of Market Traders and Redwater District Council resumed talks on Tuesday.",
     {"Union of Market Traders", "Redwater District Council"}),
    ("The Institute of Arctic Studies and Aurora Instruments held talks on Monday.",
     {"Institute of Arctic Studies", "Aurora Instruments"}),
])
def test_a_body_whose_name_has_of_inside_keeps_its_partner(run, text, sides):
    """The small model hangs "and X" on the last word of "the Union of Market Traders", not on its head."""
    [meeting] = run(text)
    assert {p.name for p in meeting.participants} == sides


@pytest.mark.parametrize("text", [
    "Rosa Lindgren and Haruto Sato met the deadline for the bid on Tuesday.",
    "Ciaran Doyle and Mina Farahani met with fierce criticism over the pay deal on Tuesday.",
    "Bruno Salgado and Yusuf Demir met their targets this season.",
    "Agnieszka Wrobel meets Samuel Osei regularly.",
    "Ilse Brandt hosted the awards ceremony on Tuesday, with Tomasz Nowak among the winners.",
    "Kwame Mensah and Leila Haddad met expectations with the treaty, diplomats said.",
])
def test_what_is_met_or_hosted_may_be_no_encounter(run, text):
    """A deadline, a target or criticism met, a habit, a show hosted: no one met anyone."""
    assert run(text) == []


@pytest.mark.parametrize("text, sides", [
    ("Chief executive Oskar Lindahl went to see Priya Raghunathan at her office on Monday.",
     {"Lindahl", "Raghunathan"}),
    ("Mayor Chiara Bellini hosted a reception for Ahmed Karimi at the town hall on Tuesday.", {"Bellini", "Karimi"}),
    ("Coach Mateus Ferreira had a sit-down with Kofi Boateng on Monday.", {"Ferreira", "Boateng"}),
    ("Professor Hanna Virtanen met face to face with Diego Morales on Tuesday.", {"Virtanen", "Morales"}),
    ("Union leader Grace Mwangi emerged from a meeting with Lukas Becker on Monday looking pleased.",
     {"Mwangi", "Becker"}),
    ("Ambassador Farid Rahimi had a one-to-one with Sofia Andersson on Tuesday.", {"Rahimi", "Andersson"}),
])
def test_visits_meals_and_split_words_are_meetings(run, text, sides):
    """A trip to see someone, a meal given for a guest, an encounter noun the tokenizer splits at its hyphens,
    the one who comes out of a meeting: each tells two people who met."""
    [meeting] = run(text)
    assert surnames(meeting) == sides


@pytest.mark.parametrize("text", [
    "Oskar Lindahl declined to say whether he would meet Priya Raghunathan.",
    "Chiara Bellini joined the Harbourside Traders' Association as chief executive in 2019.",
    "Grace Mwangi spent three years with Portline Shipping before joining the Federation of Dock Workers.",
    "Mateus Ferreira and Kofi Boateng meet in the semi-final on Sunday.",
    "Farid Rahimi has met Governor Park Ji-ho several times since 2020.",
])
def test_open_questions_memberships_fixtures_and_tallies_are_no_meetings(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, sides", [
    ("The talks, which involved Veltra Motors and the Harbour Pilots Guild, ended on Tuesday.",
     {"Veltra Motors", "Harbour Pilots Guild"}),
    ("The meeting, which brought together the Dunmore Rugby Club and the Referees Society, ended on Monday.",
     {"Dunmore Rugby Club", "Referees Society"}),
    ("The summit, which included Ireland and Portugal, closed on Tuesday.", {"Ireland", "Portugal"}),
])
def test_a_relative_clause_lists_who_the_encounter_took_in(run, text, sides):
    meetings = run(text)
    assert any({p.name for p in m.participants} == sides for m in meetings)


@pytest.mark.parametrize("text", [
    "Oskar Lindahl said there had been a meeting of minds with Priya Raghunathan on the merger.",
    "Coach Mateus Ferreira said a meeting of minds with Kofi Boateng was close.",
    "Mayor Chiara Bellini spoke of a meeting of minds with Ahmed Karimi over the housing plan.",
])
def test_a_meeting_of_minds_is_no_meeting(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, sides", [
    ("Shop steward Nadia Petrenko and Callum Fraser sat down together on Tuesday.", {"Petrenko", "Fraser"}),
    ("Coach Ines Carvalho and Tobias Lindqvist will sit down next week to discuss a new contract.",
     {"Carvalho", "Lindqvist"}),
    ("Councillor Adaeze Okafor shook hands with Benedikt Hofer at the town hall on Tuesday.", {"Okafor", "Hofer"}),
    ("Chief executive Rajesh Iyer consulted Magnus Berg on Monday about the bid.", {"Iyer", "Berg"}),
])
def test_sitting_down_to_talk_shaking_hands_and_consulting_are_meetings(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides


@pytest.mark.parametrize("text", [
    "Nadia Petrenko and Callum Fraser sat down on the bench after the vote.",
    "Rajesh Iyer said the firm shook off the losses of Magnus Berg's era.",
    "Ines Carvalho and Tobias Lindqvist exchanged letters on Tuesday.",
])
def test_a_seat_taken_or_letters_exchanged_are_no_meetings(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, sides", [
    ("Chief executive Rajesh Iyer has invited Kwabena Asante to talks next week.", {"Iyer", "Asante"}),
    ("Mayor Adaeze Okafor invited Benedikt Hofer to a meeting at the town hall on Friday.", {"Okafor", "Hofer"}),
    ("Coach Ines Carvalho has invited Callum Fraser to a meeting next month.", {"Carvalho", "Fraser"}),
])
def test_who_invites_someone_to_talks_meets_them(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides
    assert meeting.status == "planned"


@pytest.mark.parametrize("text", [
    "Rajesh Iyer has asked to meet Magnus Berg.",
    "Union leader Nadia Petrenko requested to meet Callum Fraser.",
    "There are no plans for Mayor Adaeze Okafor to meet Benedikt Hofer.",
    "There are no plans for Ines Carvalho to hold talks with Tobias Lindqvist.",
    "Chief executive Rajesh Iyer would consider inviting Nadia Petrenko to a session later in the spring.",
])
def test_a_request_or_a_plan_denied_is_no_meeting(run, text):
    assert run(text) == []


def test_a_question_asked_at_a_meeting_keeps_the_meeting(run):
    [meeting] = run("Councillor Adaeze Okafor asked Benedikt Hofer about the budget at a meeting on Tuesday.")
    assert surnames(meeting) == {"Okafor", "Hofer"}


@pytest.mark.parametrize("text, sides", [
    ("Coach Ines Carvalho had a quiet word with Callum Fraser after training on Tuesday.", {"Carvalho", "Fraser"}),
    ("Councillor Adaeze Okafor had words with Benedikt Hofer outside the chamber on Monday.", {"Okafor", "Hofer"}),
    ("Chief executive Rajesh Iyer had a word with Tobias Lindqvist on Tuesday.", {"Iyer", "Lindqvist"}),
])
def test_a_word_had_with_someone_is_a_conversation(run, text, sides):
    [meeting] = run(text)
    assert surnames(meeting) == sides


@pytest.mark.parametrize("text", [
    "Captain Ines Carvalho shook hands with Callum Fraser before the final on Sunday.",
    "Nadia Petrenko shook hands with Tobias Lindqvist after the match.",
    "Rajesh Iyer said he had no words for Kwabena Asante.",
])
def test_a_handshake_at_a_game_or_no_words_are_no_meetings(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Rajesh Iyer criticised Magnus Ekberg at a party meeting on Tuesday.",
    "Coach Ines Carvalho praised Callum Fraser at a club meeting on Monday.",
    "Nadia Petrenko spent a day with Portline Shipping in 2019 as an intern.",
])
def test_one_talked_about_at_a_meeting_or_time_worked_somewhere_is_no_meeting(run, text):
    """Criticised or praised at a meeting, Y may be elsewhere; lobbied or urged there, Y is in it."""
    assert run(text) == []


def test_one_urged_at_a_meeting_is_in_it(run):
    [meeting] = run("Councillor Adaeze Okafor urged Benedikt Hofer at a meeting on Tuesday to rethink the plan.")
    assert surnames(meeting) == {"Okafor", "Hofer"}

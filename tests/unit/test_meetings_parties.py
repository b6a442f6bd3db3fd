"""MEETINGS: which sides an encounter has, and which look-alikes have none.

Bodies that enter, launch or resume talks; sides that put off or delay their meeting; the holders of "the
summit A and B will hold"; encounters that count their sides ("trilateral", "four-nation"); "also"
telling a second encounter; a backdrop summit that names who takes part; and the precision side: a
fixture told as an "encounter", a contest named only as the topic of a meeting. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def run(nlp):
    """The meetings of one invented article, on the session's model."""
    return lambda text: extract_meetings(parse(Article(id="p", text=text, published_at=PUBLISHED), nlp))


def names(meeting: Meeting) -> set[str]:
    return {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # business: a public body enters talks with a bidder
        ("The Harwick Port Authority has entered talks with Corven Shipping over a new lease.",
         {"Harwick Port Authority", "Corven Shipping"}),
        # sport administration: a governing body launches talks with a club
        ("The Northern Rugby Union launched talks with Harlow Athletic Club on Monday.",
         {"Northern Rugby Union", "Harlow Athletic Club"}),
        # labour: a company initiates negotiations with a federation
        ("Dalmont Steel has initiated negotiations with the Steel Workers Federation over pay.",
         {"Dalmont Steel", "Steel Workers Federation"}),
        # science: an institute enters into talks with an agency
        ("The Orlan Institute entered into talks with the European Space Agency last month.",
         {"Orlan Institute", "European Space Agency"}),
    ],
)
def test_a_body_that_enters_or_launches_talks_is_a_side(run, text: str, expected: set[str]) -> None:
    meetings = run(text)
    assert [names(m) for m in meetings] == [expected]


def test_it_that_resumes_talks_is_the_body_told_before_and_the_hedged_list_names_the_others(run) -> None:
    text = ("The Bakers Union said its members would vote next week. In March it had to resume negotiations "
            "with rival bidders, believed to include Dalmont Steel and the Corven Group.")
    assert [names(m) for m in run(text)] == [{"Bakers Union", "Dalmont Steel", "Corven Group"}]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said it would be hard to hold talks with the Old Mill Association before the vote.",
        "The coach said it would be hard to hold talks with Harlow Athletic Club before the derby.",
    ],
)
def test_an_it_of_be_is_nobody(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: three countries put off their talks
        ("Kenya, Ghana and Senegal have put off their customs talks until the budget is passed.",
         {"Kenya", "Ghana", "Senegal"}),
        # local politics: a council and an association delay their meeting
        ("Harwick Council and the Old Mill Association delayed their meeting by a week.",
         {"Harwick Council", "Old Mill Association"}),
        # science: an institute and an agency push back their talks
        ("The Orlan Institute and the European Space Agency pushed back their talks to June.",
         {"Orlan Institute", "European Space Agency"}),
        # labour: a company and a union put off their talks
        ("Brenmoor Foods and the Bakers Union put off their talks.", {"Brenmoor Foods", "Bakers Union"}),
    ],
)
def test_who_postpones_a_meeting_holds_it(run, text: str, expected: set[str]) -> None:
    meetings = run(text)
    assert [names(m) for m in meetings] == [expected]
    assert meetings[0].status in ("planned", "cancelled")


def test_pushing_for_talks_is_still_a_wish(run) -> None:
    assert run("Campaigners pushed for talks with the Old Mill Association.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: a planned summit told by a relative clause
        ("Aides are drafting the agenda of the summit that Governor Alma Reyes and Mayor Tomas Brandt will "
         "hold in Harwick in June.", {"Alma Reyes", "Tomas Brandt"}),
        # local politics: talks already held, with the other side on the clause's verb
        ("The talks that Harlow Council held with the Old Mill Association went well, the mayor said.",
         {"Harlow Council", "Old Mill Association"}),
        # business: the same with two companies
        ("The analyst said that the talks that Dalmont Steel held with Brenmoor Foods had gone well.",
         {"Dalmont Steel", "Brenmoor Foods"}),
    ],
)
def test_the_subject_of_a_relative_clause_holds_the_meeting(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


def test_a_backdrop_summit_that_names_a_newcomer_is_another_encounter_of_the_sentence(run) -> None:
    text = ("Aides are drafting the agenda of the summit that Governor Park Ji-ho and Mayor Anna Berg will hold "
            "in Harwick in June, at the fringe of a regional summit also gathering Senator Marta Ruiz.")
    found = {frozenset(names(m)): m.status for m in run(text)}
    assert found == {frozenset({"Park Ji-ho", "Anna Berg"}): "planned",  # the hyphenated given name kept whole
                     frozenset({"Park Ji-ho", "Anna Berg", "Marta Ruiz"}): "planned"}  # its sentence's tense


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: "three-nation" counts the countries told before
        ("Officials from Kenya, Ghana and Senegal met in Nairobi on Monday. Kenya also plans to delay the "
         "three-nation summit that was due in May.", [{"Kenya", "Ghana", "Senegal"}] * 2),
        # trade: "trilateral" with no side named
        ("Chile, Peru and Bolivia signed a border accord on Monday. Their trade ministers will hold the "
         "trilateral talks in Lima in April.", [{"Chile", "Peru", "Bolivia"}]),
    ],
)
def test_an_encounter_that_counts_its_sides_takes_the_countries_told_before(run, text: str,
                                                                            expected: list[set[str]]) -> None:
    assert [names(m) for m in run(text)] == expected


def test_also_on_the_verb_that_calls_off_a_meeting_tells_a_second_encounter(run) -> None:
    text = ("Harwick Council and the Old Mill Association will meet on Friday. The council is also expected to "
            "postpone its talks with the Old Mill Association scheduled for next month.")
    assert len(run(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # rugby: a fixture told as an encounter, the score as tries
        "Harlow outscored their opponents four tries to three in a thrilling encounter at the stadium.",
        # football
        "It was a bruising encounter between Harlow Athletic and Kestrel Rovers, settled by a late goal in the "
        "final.",
        # cricket: the encounter with no partner
        "Kestrel Rovers won a tense encounter on Sunday.",
    ],
)
def test_a_fixture_told_as_an_encounter_is_no_meeting(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sport administration: the cup is the subject of the meeting
        ("Sports Minister Alma Reyes met with the Northern Football Federation on Monday to plan the stadium "
         "works for the cup.", {"Alma Reyes", "Northern Football Federation"}),
        # local politics: the league is the topic
        ("Mayor Tomas Brandt met Harlow Athletic Club's owners on Friday to discuss the league's new stadium "
         "rules.", {"Tomas Brandt", "Harlow Athletic Club"}),
        # business: a sponsor meets a club about a tournament
        ("Corven Shipping met the Northern Rugby Union on Tuesday to negotiate a sponsorship of the "
         "tournament.", {"Corven Shipping", "Northern Rugby Union"}),
    ],
)
def test_a_contest_named_in_a_purpose_clause_is_the_topic(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


def test_two_teams_meeting_in_a_final_still_tell_a_contest(run) -> None:
    assert run("Harlow Athletic and Kestrel Rovers met in the final on Saturday.") == []


@pytest.mark.parametrize(
    "text",
    [
        # local politics: a statutory process, not a sitting
        "Issues around consultation with the Harwick Water Board are still open, the councillor added.",
        # labour: collective bargaining as a way of dealing
        "The Bakers Union wants collective bargaining with Brenmoor Foods to start again.",
        # sport: negotiation as the way forward
        "The club said negotiation with the Northern Rugby Union was its last resort.",
    ],
)
def test_a_bare_process_noun_is_no_encounter(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # science: one consultation held
        ("The Orlan Institute held a consultation with the European Space Agency on Monday.",
         {"Orlan Institute", "European Space Agency"}),
        # labour: a negotiation session
        ("Brenmoor Foods and the Bakers Union held a negotiation session on Monday.",
         {"Brenmoor Foods", "Bakers Union"}),
    ],
)
def test_a_counted_process_noun_is_one_encounter(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour: the union reports the sessions the company called off
        ("The Bakers Union said Brenmoor Foods had cancelled two of the three planned bargaining sessions.",
         {"Brenmoor Foods", "Bakers Union"}),
        # sport administration
        ("Harlow Athletic Club said the Northern Rugby Union had called off two out of the four scheduled "
         "negotiating sessions.", {"Northern Rugby Union", "Harlow Athletic Club"}),
        # local politics
        ("Harwick Council said the Harwick Water Board had scrapped one of the two mediation sessions.",
         {"Harwick Water Board", "Harwick Council"}),
    ],
)
def test_a_body_reporting_on_negotiations_called_off_by_the_other_is_a_side(run, text: str,
                                                                           expected: set[str]) -> None:
    meetings = run(text)
    assert [names(m) for m in meetings] == [expected]
    assert meetings[0].status == "cancelled"


def test_a_person_reporting_a_cancelled_meeting_is_no_side(run) -> None:
    text = "The ministry said President Alma Reyes cancelled the meeting with the Orlan Institute."
    assert [names(m) for m in run(text)] == [{"Alma Reyes", "Orlan Institute"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour: the union speaks after meeting management
        ("Management at Dalmont Steel refused to reopen the plant, the Steel Workers Federation said after a "
         "meeting in Harwick.", {"Dalmont Steel", "Steel Workers Federation"}),
        # science
        ("The European Space Agency would keep the launch date, the Orlan Institute said after talks on Monday.",
         {"European Space Agency", "Orlan Institute"}),
        # sport: supporters after meeting the club
        ("Officials at Harlow Athletic Club insisted the stadium must close, the Kestrel Supporters Trust said "
         "after a meeting on Friday.", {"Harlow Athletic Club", "Kestrel Supporters Trust"}),
        # diplomacy: two sides told, the ministry only reports
        ("Kenya and Ghana agreed to cut tariffs, the ministry said after talks.", {"Kenya", "Ghana"}),
    ],
)
def test_who_speaks_after_a_meeting_about_the_one_side_told_met_that_side(run, text: str,
                                                                         expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour: bargaining that resumes is sessions, not the bare process
        ("Brenmoor Foods and the Bakers Union will resume bargaining on Thursday.", {"Brenmoor Foods", "Bakers Union"}),
        # sport administration
        ("Harlow Athletic Club and the Northern Rugby Union began negotiation on Monday.",
         {"Harlow Athletic Club", "Northern Rugby Union"}),
    ],
)
def test_a_process_noun_that_takes_place_is_an_encounter(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # diplomacy
        "A trilateral summit of Kenya, Ghana and Senegal has been postponed.",
        # trade
        "The summit of Kenya, Ghana and Senegal was put off because of the floods.",
        # science cooperation
        "The meeting of Kenya, Ghana and Senegal on the shared telescope was called off.",
    ],
)
def test_countries_listed_after_of_are_the_sides(run, text: str) -> None:
    meetings = run(text)
    assert [names(m) for m in meetings] == [{"Kenya", "Ghana", "Senegal"}]
    assert meetings[0].status == "cancelled"


def test_a_city_after_of_is_still_a_place(run) -> None:
    assert run("The talks of Geneva ended without a deal.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local politics: a governor's list hung on the verb by the model
        ("President Alma Reyes met governors Tomas Brandt, Marta Ruiz and Pablo Ortiz at the state house.",
         {"Alma Reyes", "Tomas Brandt", "Marta Ruiz", "Pablo Ortiz"}),
        # sport: players named in apposition
        ("Coach Tomas Brandt met players Alma Reyes and Pablo Ortiz on Monday.",
         {"Tomas Brandt", "Alma Reyes", "Pablo Ortiz"}),
        # labour: shop stewards named in apposition
        ("Chief executive Marta Ruiz met shop stewards Alma Reyes and Pablo Ortiz on Monday.",
         {"Marta Ruiz", "Alma Reyes", "Pablo Ortiz"}),
    ],
)
def test_a_plural_role_named_right_after_is_those_people(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: one call with three leaders
        ("President Alma Reyes spoke with the leaders of Kenya, Ghana and Senegal by phone on Monday.",
         {"Alma Reyes", "Kenya", "Ghana", "Senegal"}),
        # business: the heads of two companies
        ("Chief executive Marta Ruiz talked with the presidents of Dalmont Steel and Brenmoor Foods on Tuesday.",
         {"Marta Ruiz", "Dalmont Steel", "Brenmoor Foods"}),
    ],
)
def test_talking_with_plural_office_holders_of_named_bodies_is_an_encounter(run, text: str,
                                                                           expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


def test_talking_to_unnamed_office_holders_is_not(run) -> None:
    assert run("The minister spoke to ministers about the budget.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local politics
        ("Mayor Tomas Brandt will meet the Old Mill Association at a meeting chaired by Harwick Council on Friday.",
         {"Tomas Brandt", "Old Mill Association", "Harwick Council"}),
        # labour
        ("Chief executive Marta Ruiz met the Bakers Union at a summit organised by the Food Workers Federation.",
         {"Marta Ruiz", "Bakers Union", "Food Workers Federation"}),
        # science
        ("Director Alma Reyes will meet Corven Shipping at a roundtable hosted by the Orlan Institute next week.",
         {"Alma Reyes", "Corven Shipping", "Orlan Institute"}),
    ],
)
def test_who_leads_the_encounter_where_a_meeting_happens_takes_part(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transport Minister Tomas Brandt, the Minister for Rail, met Marta Ruiz on Monday.",
         {"Tomas Brandt", "Marta Ruiz"}),
        ("Alma Reyes, the new Chancellor, met Pablo Ortiz of the Bakers Union on Monday.",
         {"Alma Reyes", "Pablo Ortiz"}),
    ],
)
def test_a_title_in_apposition_is_no_one_more_person(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Rovers will host the derby against Harlow Athletic on Sunday.",
        "Harwick hosted the tournament in 2019 and the Orlan Institute hosted the final.",
    ],
)
def test_hosting_a_contest_meets_no_one(run, text: str) -> None:
    assert run(text) == []


def test_a_contest_hosted_in_a_purpose_clause_leaves_the_meeting(run) -> None:
    text = "Sports Minister Alma Reyes met Dalmont Steel in March to discuss its bid to host the tournament."
    assert [names(m) for m in run(text)] == [{"Alma Reyes", "Dalmont Steel"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # science
        ("The Orlan Institute and the European Space Agency signed a deal after two days of talks in Paris.",
         {"Orlan Institute", "European Space Agency"}),
        # labour
        ("Brenmoor Foods and the Bakers Union reached a pay deal after hours of negotiations.",
         {"Brenmoor Foods", "Bakers Union"}),
        # diplomacy
        ("Kenya and Ghana will hold a new round of talks in Nairobi next week.", {"Kenya", "Ghana"}),
    ],
)
def test_a_measure_of_talks_stands_for_the_talks(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local politics
        ("Harwick Council summoned the Old Mill Association to talks on Friday.",
         {"Harwick Council", "Old Mill Association"}),
        # sport
        ("The Northern Rugby Union summoned Harlow Athletic Club's owners to a meeting next week.",
         {"Northern Rugby Union", "Harlow Athletic Club"}),
        # business
        ("Corven Shipping summoned Dalmont Steel's chief executive Marta Ruiz to a meeting on Monday.",
         {"Corven Shipping", "Marta Ruiz"}),
    ],
)
def test_who_summons_someone_to_a_meeting_meets_them(run, text: str, expected: set[str]) -> None:
    assert [names(m) for m in run(text)] == [expected]


def test_inviting_comments_meets_no_one(run) -> None:
    assert run("The minister invited comments on the plan to a meeting of experts.") == []


@pytest.mark.parametrize(
    "text",
    [
        # local politics: a refusal
        "Harwick Council refused to enter talks with the Old Mill Association.",
        # labour: an appeal
        "The Bakers Union urged Brenmoor Foods to hold talks with the Steel Workers Federation.",
        # diplomacy: a wish
        "Kenya sought to launch talks with Ghana.",
        # science: an offer
        "The Orlan Institute offered to enter talks with the European Space Agency.",
        # negated
        "The Orlan Institute has not entered talks with the European Space Agency.",
    ],
)
def test_refused_wished_offered_or_negated_talks_are_no_encounter(run, text: str) -> None:
    assert run(text) == []


def test_agreed_talks_are_planned(run) -> None:
    meetings = run("Kenya agreed to hold talks with Ghana next week.")
    assert [names(m) for m in meetings] == [{"Kenya", "Ghana"}]
    assert meetings[0].status == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: the host country of the last talks is where, not who
        ("Chile and Peru held talks on Friday in Spain. The two nations' ministers will meet again in June.",
         [{"Chile", "Peru"}, {"Chile", "Peru"}]),
        # trade: a time zone is when
        ("Kenya and Ghana signed an accord on Sunday (France time). Officials of the two countries will meet "
         "again in May.", [{"Kenya", "Ghana"}]),
        # science: a crisis abroad
        ("Kenya and Ghana signed a telescope accord in Nairobi on Sunday, weeks after a crisis in France. "
         "Officials of the two countries will meet again in May.", [{"Kenya", "Ghana"}]),
    ],
)
def test_a_country_named_as_where_or_when_is_not_one_of_the_counted_sides(run, text: str,
                                                                         expected: list[set[str]]) -> None:
    assert [names(m) for m in run(text)] == expected


def test_a_name_modifying_an_unnamed_body_is_no_side(run) -> None:
    assert run("Governor Alma Reyes met the Brandt campaign on Monday.") == []

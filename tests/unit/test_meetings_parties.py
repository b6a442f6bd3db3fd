"""MEETINGS: which sides an encounter has, and which look-alikes have none.

Bodies that enter, launch or resume talks; sides that put off or delay their meeting; the holders of "the
summit A and B will hold"; encounters that count their sides ("trilateral", "four-nation") or list countries
after "of"; who speaks after a meeting about the one side told; a body reporting negotiations the other
called off; measures of talks; who summons someone or leads the gathering where a meeting happens; plural
roles named right after; and the precision side: fixtures told as encounters, contests hosted, bare process
nouns, wishes, refusals and offers. Comments name the pattern; every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


SIDES = [  # each encounter the text tells, by the names of its sides
    # enters talks
    ("The Harwick Port Authority has entered talks with Corven Shipping over a new lease.",
     [{"Corven Shipping", "Harwick Port Authority"}]),
    ("The Northern Rugby Union launched talks with Harlow Athletic Club on Monday.",
     [{"Harlow Athletic Club", "Northern Rugby Union"}]),
    ("Dalmont Steel has initiated negotiations with the Steel Workers Federation over pay.",
     [{"Dalmont Steel", "Steel Workers Federation"}]),
    ("The Orlan Institute entered into talks with the European Space Agency last month.",
     [{"European Space Agency", "Orlan Institute"}]),
    # it resumes talks
    ("The Bakers Union said its members would vote next week. In March it had to resume "
     "negotiations with rival bidders, believed to include Dalmont Steel and the Corven Group.",
     [{"Bakers Union", "Corven Group", "Dalmont Steel"}]),
    # relative clause holder
    ("Aides are drafting the agenda of the summit that Governor Alma Reyes and Mayor Tomas "
     "Brandt will hold in Harwick in June.",
     [{"Alma Reyes", "Tomas Brandt"}]),
    ("The talks that Harlow Council held with the Old Mill Association went well, the mayor "
     "said.",
     [{"Harlow Council", "Old Mill Association"}]),
    ("The analyst said that the talks that Dalmont Steel held with Brenmoor Foods had gone "
     "well.",
     [{"Brenmoor Foods", "Dalmont Steel"}]),
    # counted sides
    ("Officials from Kenya, Ghana and Senegal met in Nairobi on Monday. Kenya also plans to "
     "delay the three-nation summit that was due in May.",
     [{"Ghana", "Kenya", "Senegal"}, {"Ghana", "Kenya", "Senegal"}]),
    ("Chile, Peru and Bolivia signed a border accord on Monday. Their trade ministers will "
     "hold trilateral talks in Lima in April.",
     [{"Bolivia", "Chile", "Peru"}]),
    # contest in purpose clause
    ("Sports Minister Alma Reyes met with the Northern Football Federation on Monday to plan "
     "the stadium works for the cup.",
     [{"Alma Reyes", "Northern Football Federation"}]),
    ("Mayor Tomas Brandt met Harlow Athletic Club's owners on Friday to discuss the league's "
     "new stadium rules.",
     [{"Harlow Athletic Club", "Tomas Brandt"}]),
    ("Corven Shipping met the Northern Rugby Union on Tuesday to negotiate a sponsorship of "
     "the tournament.",
     [{"Corven Shipping", "Northern Rugby Union"}]),
    # host contest in purpose clause
    ("Sports Minister Alma Reyes met Dalmont Steel in March to discuss its bid to host the "
     "tournament.",
     [{"Alma Reyes", "Dalmont Steel"}]),
    # counted process noun
    ("The Orlan Institute held a consultation with the European Space Agency on Monday.",
     [{"European Space Agency", "Orlan Institute"}]),
    ("Brenmoor Foods and the Bakers Union held a negotiation session on Monday.",
     [{"Bakers Union", "Brenmoor Foods"}]),
    # reporter of cancelled meeting
    ("The ministry said President Alma Reyes cancelled the meeting with the Orlan Institute.",
     [{"Alma Reyes", "Orlan Institute"}]),
    # speaks after meeting
    ("Management at Dalmont Steel refused to reopen the plant, the Steel Workers Federation "
     "said after a meeting in Harwick.",
     [{"Dalmont Steel", "Steel Workers Federation"}]),
    ("The European Space Agency would keep the launch date, the Orlan Institute said after "
     "talks on Monday.",
     [{"European Space Agency", "Orlan Institute"}]),
    ("Officials at Harlow Athletic Club insisted the stadium must close, the Kestrel "
     "Supporters Trust said after a meeting on Friday.",
     [{"Harlow Athletic Club", "Kestrel Supporters Trust"}]),
    ("Kenya and Ghana agreed to cut tariffs, the ministry said after talks.",
     [{"Ghana", "Kenya"}]),
    # process noun takes place
    ("Brenmoor Foods and the Bakers Union will resume bargaining on Thursday.",
     [{"Bakers Union", "Brenmoor Foods"}]),
    ("Harlow Athletic Club and the Northern Rugby Union began negotiation on Monday.",
     [{"Harlow Athletic Club", "Northern Rugby Union"}]),
    # plural role named
    ("President Alma Reyes met governors Tomas Brandt, Marta Ruiz and Pablo Ortiz at the state "
     "house.",
     [{"Alma Reyes", "Marta Ruiz", "Pablo Ortiz", "Tomas Brandt"}]),
    ("Coach Tomas Brandt met players Alma Reyes and Pablo Ortiz on Monday.",
     [{"Alma Reyes", "Pablo Ortiz", "Tomas Brandt"}]),
    ("Chief executive Marta Ruiz met shop stewards Alma Reyes and Pablo Ortiz on Monday.",
     [{"Alma Reyes", "Marta Ruiz", "Pablo Ortiz"}]),
    # plural office holders
    ("President Alma Reyes spoke with the leaders of Kenya, Ghana and Senegal by phone on "
     "Monday.",
     [{"Alma Reyes", "Ghana", "Kenya", "Senegal"}]),
    ("Chief executive Marta Ruiz talked with the presidents of Dalmont Steel and Brenmoor "
     "Foods on Tuesday.",
     [{"Brenmoor Foods", "Dalmont Steel", "Marta Ruiz"}]),
    # organiser of venue
    ("Mayor Tomas Brandt will meet the Old Mill Association at a meeting chaired by Harwick "
     "Council on Friday.",
     [{"Harwick Council", "Old Mill Association", "Tomas Brandt"}]),
    ("Chief executive Marta Ruiz met the Bakers Union at a summit organised by the Food "
     "Workers Federation.",
     [{"Bakers Union", "Food Workers Federation", "Marta Ruiz"}]),
    ("Director Alma Reyes will meet Corven Shipping at a roundtable hosted by the Orlan "
     "Institute next week.",
     [{"Alma Reyes", "Corven Shipping", "Orlan Institute"}]),
    # title in apposition
    ("Transport Minister Tomas Brandt, the Minister for Rail, met Marta Ruiz on Monday.",
     [{"Marta Ruiz", "Tomas Brandt"}]),
    ("Alma Reyes, the new Chancellor, met Pablo Ortiz of the Bakers Union on Monday.",
     [{"Alma Reyes", "Pablo Ortiz"}]),
    # measure of talks
    ("The Orlan Institute and the European Space Agency signed a deal after two days of talks "
     "in Paris.",
     [{"European Space Agency", "Orlan Institute"}]),
    ("Brenmoor Foods and the Bakers Union reached a pay deal after hours of negotiations.",
     [{"Bakers Union", "Brenmoor Foods"}]),
    ("Kenya and Ghana will hold a new round of talks in Nairobi next week.",
     [{"Ghana", "Kenya"}]),
    # summons
    ("Harwick Council summoned the Old Mill Association to talks on Friday.",
     [{"Harwick Council", "Old Mill Association"}]),
    ("The Northern Rugby Union summoned Harlow Athletic Club's owners to a meeting next week.",
     [{"Harlow Athletic Club", "Northern Rugby Union"}]),
    ("Corven Shipping summoned Dalmont Steel's chief executive Marta Ruiz to a meeting on "
     "Monday.",
     [{"Corven Shipping", "Marta Ruiz"}]),
    # country as where or when
    ("Chile and Peru held talks on Friday in Spain. The two nations' ministers will meet again "
     "in June.",
     [{"Chile", "Peru"}, {"Chile", "Peru"}]),
    ("Kenya and Ghana signed an accord on Sunday (France time). Officials of the two countries "
     "will meet again in May.",
     [{"Ghana", "Kenya"}]),
    ("Kenya and Ghana signed a telescope accord in Nairobi on Sunday, weeks after a crisis in "
     "France. Officials of the two countries will meet again in May.",
     [{"Ghana", "Kenya"}]),
]

NO_ENCOUNTER = [
    # it of be
    ("The mayor said it would be difficult to hold talks with the Old Mill Association before the "
     "vote."),
    ("The coach said it would be difficult to hold talks with Harlow Athletic Club before the "
     "derby."),
    # pushing for talks
    ("Campaigners pushed for talks with the Old Mill Association."),
    # fixture encounter
    ("Harlow beat the visitors three goals to one in a lively encounter at the "
     "stadium."),
    ("It was a bruising encounter between Harlow Athletic and Kestrel Rovers, settled by a "
     "late goal in the final."),
    ("Kestrel Rovers won a tense encounter on Sunday."),
    # teams meet in final
    ("Harlow Athletic and Kestrel Rovers met in the final on Saturday."),
    # bare process noun
    ("Issues around consultation with the Harwick Water Board are still open, the councillor "
     "added."),
    ("The Bakers Union wants collective bargaining with Brenmoor Foods to start again."),
    ("The club said negotiation with the Northern Rugby Union was its last resort."),
    # city after of
    ("The talks of Geneva ended without a deal."),
    # unnamed office holders
    ("The minister spoke to ministers about the budget."),
    # hosts contest
    ("Kestrel Rovers will host the derby against Harlow Athletic on Sunday."),
    ("Harwick hosted the tournament in 2019 and the Orlan Institute hosted the final."),
    # invites comments
    ("The minister invited comments on the plan to a meeting of experts."),
    # refused wished offered negated
    ("Harwick Council refused to enter talks with the Old Mill Association."),
    ("The Bakers Union urged Brenmoor Foods to hold talks with the Steel Workers Federation."),
    ("Kenya sought to launch talks with Ghana."),
    ("The Orlan Institute offered to enter talks with the European Space Agency."),
    ("The Orlan Institute has not entered talks with the European Space Agency."),
    # name modifies unnamed body
    ("Governor Alma Reyes met the Brandt campaign on Monday."),
]

STATUS = [  # one encounter, its sides and its status
    # called off by the other
    ("The Bakers Union said Brenmoor Foods had cancelled two of the three planned bargaining "
     "sessions.",
     {"Bakers Union", "Brenmoor Foods"}, "cancelled"),
    ("Harlow Athletic Club said the Northern Rugby Union had called off two out of five "
     "scheduled negotiating sessions.",
     {"Harlow Athletic Club", "Northern Rugby Union"}, "cancelled"),
    ("Harwick Council said the Harwick Water Board had scrapped one of the two mediation "
     "sessions.",
     {"Harwick Council", "Harwick Water Board"}, "cancelled"),
    # countries after of
    ("A trilateral summit of Kenya, Ghana and Senegal has been postponed.",
     {"Ghana", "Kenya", "Senegal"}, "cancelled"),
    ("The summit of Kenya, Ghana and Senegal was put off because of the floods.",
     {"Ghana", "Kenya", "Senegal"}, "cancelled"),
    ("The meeting of Kenya, Ghana and Senegal on the shared telescope was called off.",
     {"Ghana", "Kenya", "Senegal"}, "cancelled"),
    # agreed talks
    ("Kenya agreed to hold talks with Ghana next week.",
     {"Ghana", "Kenya"}, "planned"),
]

POSTPONED = [  # sides of a meeting put off: planned for a new date or called off, never held
    # postponed
    ("Kenya, Ghana and Senegal have put off their customs talks until the budget is passed.",
     {"Ghana", "Kenya", "Senegal"}),
    ("Harwick Council and the Old Mill Association delayed their meeting by a week.",
     {"Harwick Council", "Old Mill Association"}),
    ("The Orlan Institute and the European Space Agency pushed back their talks to June.",
     {"European Space Agency", "Orlan Institute"}),
    ("Brenmoor Foods and the Bakers Union put off their talks.",
     {"Bakers Union", "Brenmoor Foods"}),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_each_encounter_has_the_sides_the_text_names(run, text: str, expected: list[set[str]]) -> None:
    assert [side_names(m) for m in run(text)] == expected


@pytest.mark.parametrize("text", NO_ENCOUNTER)
def test_look_alikes_tell_no_encounter(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "expected", "status"), STATUS)
def test_the_encounter_has_its_sides_and_status(run, text: str, expected: set[str], status: str) -> None:
    meetings = run(text)
    assert [(side_names(m), m.status) for m in meetings] == [(expected, status)]


@pytest.mark.parametrize(("text", "expected"), POSTPONED)
def test_who_postpones_a_meeting_holds_it(run, text: str, expected: set[str]) -> None:
    meetings = run(text)
    assert [side_names(m) for m in meetings] == [expected]
    assert meetings[0].status in ("planned", "cancelled")


def test_a_backdrop_summit_that_names_a_newcomer_is_another_encounter_of_the_sentence(run) -> None:
    text = ("Aides are drafting the agenda of the summit that Governor Park Ji-ho and Mayor Anna Berg will hold "
            "in Harwick in June, at the fringe of a regional summit also gathering Senator Marta Ruiz.")
    found = {frozenset(side_names(m)): m.status for m in run(text)}
    assert found == {frozenset({"Park Ji-ho", "Anna Berg"}): "planned",  # the hyphenated given name kept whole
                     frozenset({"Park Ji-ho", "Anna Berg", "Marta Ruiz"}): "planned"}  # its sentence's tense


def test_also_on_the_verb_that_calls_off_a_meeting_tells_a_second_encounter(run) -> None:
    text = ("Harwick Council and the Old Mill Association will meet on Friday. The council is also expected to "
            "postpone its talks with the Old Mill Association scheduled for next month.")
    assert len(run(text)) == 2


# --- company and scene: people who come with a side, bodies described but never named, places the story set.
# Companions told by a participle, a witness phrase or "along with" attend the encounter; "the talks were
# attended by C" adds C; a place hung on a passive's agent or a delegation's leader is the encounter's; a body
# the article describes but never names ("the nurses' union") is a side as written; an encounter that names
# no place is where a side had just travelled in the sentence before; a bare "the capital" is the capital of
# the country last named; "Y-hosted talks" are held in Y; a lede's bare role is its holder named next.


def place(meeting: Meeting) -> str | None:
    return meeting.location.name if meeting.location else None


COMPANIONS = [
    # a participle on the subject
    ("Trade Minister Helga Brandvold, accompanied by Rui Carvalhal, met Samir Haddad in Oslo on Tuesday.",
     {"Helga Brandvold", "Rui Carvalhal", "Samir Haddad"}),
    ("Coach Bruno Menezes, flanked by Joanna Wierzbicka and Tomas Brandt, met Ravi Shankar on Friday.",
     {"Bruno Menezes", "Joanna Wierzbicka", "Tomas Brandt", "Ravi Shankar"}),
    # a participle after the clause
    ("Mayor Alma Reyes met Dieter Falk at the town hall on Monday, joined by Priya Raman.",
     {"Alma Reyes", "Dieter Falk", "Priya Raman"}),
    ("Chief executive Tomas Brandt met Samir Haddad in Lyon on Monday, accompanied by Helga Brandvold.",
     {"Tomas Brandt", "Samir Haddad", "Helga Brandvold"}),
    # a witness phrase
    ("Professor Ravi Shankar met Dieter Falk in the presence of Alma Reyes on Thursday.",
     {"Ravi Shankar", "Dieter Falk", "Alma Reyes"}),
    # who acts with a side
    ("Energy Minister Carla Neves, along with Rui Carvalhal, met Samir Haddad in Porto on Tuesday.",
     {"Carla Neves", "Rui Carvalhal", "Samir Haddad"}),
    ("Coach Bruno Menezes met Dieter Falk alongside Alma Reyes on Friday.",
     {"Bruno Menezes", "Dieter Falk", "Alma Reyes"}),
    ("Professor Ravi Shankar, together with Helga Brandvold, held talks with Tomas Brandt on Monday.",
     {"Ravi Shankar", "Helga Brandvold", "Tomas Brandt"}),
    # the meeting told, then who attended it
    ("Union leader Rui Carvalhal met Samir Haddad on Tuesday. The talks were attended by Alma Reyes.",
     {"Rui Carvalhal", "Samir Haddad", "Alma Reyes"}),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIONS)
def test_companions_attend_the_encounter(run, text, expected):
    meetings = run(text)
    assert [side_names(m) for m in meetings] == [expected]


BODIES = [  # a body described but never named is a side as written
    ("Dalmont Steel held talks with the steelworkers' union on Tuesday.", "steelworkers' union"),
    ("The health ministry met the nurses' union on Friday.", "nurses' union"),
    ("Harlow Council met the regional transport authority on Monday.", "regional transport authority"),
]


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_a_described_body_is_a_side(run, text, body):
    meetings = run(text)
    assert len(meetings) == 1
    assert body in side_names(meetings[0])
    assert len(meetings[0].participants) == 2


def test_a_bare_body_word_is_no_side(run):
    """"the union" with no description and no name before says too little: no encounter of one side."""
    assert run("Dalmont Steel held talks with the union on Tuesday.") == []


PLACES = [
    # a place on a passive's agent
    ("Foreign Minister Helga Brandvold was received by Samir Haddad in Lisbon on Tuesday.", "Lisbon"),
    ("Coach Bruno Menezes was received by Mayor Alma Reyes in Valencia on Friday.", "Valencia"),
    # a side's trip in the sentence before
    ("Health Minister Alma Reyes arrived in Nairobi on Monday. She met Dieter Falk on Tuesday.", "Nairobi"),
    ("Chief executive Tomas Brandt flew to Rotterdam on Sunday. He held talks with Rui Carvalhal on Monday.",
     "Rotterdam"),
    ("Coach Bruno Menezes travelled to Lyon on Monday. He sat down with Dieter Falk on Tuesday.", "Lyon"),
    # a bare "the capital" after the country named
    ("Professor Ravi Shankar arrived in Kenya on Monday. He met Helga Brandvold in the capital on Tuesday.",
     "Nairobi"),
    ("Mayor Alma Reyes landed in Portugal on Sunday. She met Samir Haddad in the capital on Monday.", "Lisbon"),
    # the participle that holds the talks, the trip the verb is set in, the visit under way
    ("The talks between Mayor Alma Reyes and Dieter Falk, held in Lyon on Tuesday, lasted two hours.", "Lyon"),
    ("On a visit to Nairobi, Professor Ravi Shankar met Helga Brandvold on Monday.", "Nairobi"),
    ("Chief executive Tomas Brandt, who is visiting Lisbon, held talks with Rui Carvalhal on Monday.", "Lisbon"),
    # a place hung on the leader of the delegation received
    ("Mayor Alma Reyes received a delegation led by Samir Haddad in Lisbon on Tuesday.", "Lisbon"),
    # the host place of the talks
    ("Union leader Rui Carvalhal and Tomas Brandt took part in Portugal-hosted talks on Tuesday.", "Portugal"),
    ("Helga Brandvold and Samir Haddad resumed Kenya-hosted negotiations on Monday.", "Kenya"),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_place_of_the_encounter(run, text, expected):
    meetings = run(text)
    assert len(meetings) == 1
    assert place(meetings[0]) == expected


NO_PLACE = [
    # a call has no common place, whatever trip came before
    "Health Minister Alma Reyes arrived in Nairobi on Monday. She spoke with Dieter Falk by phone on Tuesday.",
    # the trip of someone who is no side
    "Ravi Shankar arrived in Nairobi on Monday. Helga Brandvold met Samir Haddad on Tuesday.",
    # a trip told two sentences before is another scene
    "Mayor Alma Reyes arrived in Lyon on Monday. The council debated the budget. "
    "On Friday she met Tomas Brandt.",
    # "the capital" after a city names no country
    "Mayor Alma Reyes arrived in Lyon on Monday. She met Tomas Brandt in the capital on Tuesday.",
    # a past trip of the subject is another scene
    "Chief executive Tomas Brandt, who visited Lisbon last year, held talks with Rui Carvalhal on Monday.",
    # a body as host places nothing
    "Helga Brandvold and Samir Haddad took part in UN-hosted talks on Tuesday.",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place_is_guessed(run, text):
    meetings = run(text)
    assert len(meetings) == 1
    assert place(meetings[0]) is None


ROLES_NAMED_NEXT = [  # a lede's bare role is the one person the next sentence gives that office, its field added
    ("The minister met Samir Haddad on Tuesday. Labour Minister Alma Reyes said the talks were useful.",
     {"Alma Reyes", "Samir Haddad"}),
    ("The manager held talks with Dieter Falk on Friday. Club manager Rui Carvalhal said they went well.",
     {"Rui Carvalhal", "Dieter Falk"}),
    ("The secretary met Helga Brandvold on Monday. Health Secretary Tomas Brandt called the meeting useful.",
     {"Tomas Brandt", "Helga Brandvold"}),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_NAMED_NEXT)
def test_a_role_is_its_holder_named_next(run, text, expected):
    meetings = run(text)
    assert [side_names(m) for m in meetings] == [expected]


def test_a_ranked_title_is_another_office(run):
    """"Vice President X" does not hold "the president": the role stays as written."""
    meetings = run("The president met Samir Haddad on Tuesday. Vice President Alma Reyes said the talks were useful.")
    assert [side_names(m) for m in meetings] == [{"president", "Samir Haddad"}]


# --- sides the sentence of the encounter leaves elsewhere: attendees told apart, members of a group that
# meets, a lede that reports on an encounter whose sides the next sentence tells ------------------------------

ONE_ENCOUNTER = [  # each text tells one encounter, with these sides
    # an absolute "with" clause adds who is due to come
    ("Mayor Henrik Dahl will meet Rosa Quintero in Tarragona next week, with Olusegun Bamidele also due to "
     "attend.", {"Henrik Dahl", "Rosa Quintero", "Olusegun Bamidele"}),
    ("Coach Priya Raghunathan will meet club owner Tomasz Zielinski on Friday, with Kofi Asante expected to "
     "attend.", {"Priya Raghunathan", "Tomasz Zielinski", "Kofi Asante"}),
    ("Chief executive Lena Forsberg met Omar Haddad on Monday, with Jonas Birkeland also attending.",
     {"Lena Forsberg", "Omar Haddad", "Jonas Birkeland"}),
    # one more person at the encounter told before
    ("Foreign Minister Ana Ribeiro met Yusuf Demir on Tuesday. Kofi Asante was also at the meeting.",
     {"Ana Ribeiro", "Yusuf Demir", "Kofi Asante"}),
    ("Union leader Carlos Mendes met Ingrid Solberg on Tuesday. Olusegun Bamidele sat in on the talks.",
     {"Carlos Mendes", "Ingrid Solberg", "Olusegun Bamidele"}),
    ("Councillor Henrik Dahl held talks with Rosa Quintero on Monday. Jonas Birkeland also attended the meeting.",
     {"Henrik Dahl", "Rosa Quintero", "Jonas Birkeland"}),
    # a member or leader of a group that meets is a side
    ("Trade Minister Ana Ribeiro was part of a trade delegation that held talks with Yusuf Demir in Tarragona on "
     "Tuesday.",
     {"Ana Ribeiro", "Yusuf Demir"}),
    ("Coach Priya Raghunathan led a delegation that met Tomasz Zielinski on Friday.",
     {"Priya Raghunathan", "Tomasz Zielinski"}),
    ("Professor Lena Forsberg, who headed a team which met Omar Haddad in Bergen on Monday, said the talks "
     "were useful.", {"Lena Forsberg", "Omar Haddad"}),
    ("Union official Carlos Mendes was among a delegation that held talks with Ingrid Solberg on Tuesday.",
     {"Carlos Mendes", "Ingrid Solberg"}),
]


@pytest.mark.parametrize(("text", "sides"), ONE_ENCOUNTER)
def test_sides_told_apart_from_the_encounter(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert [side_names(m) for m in meetings] == [sides]


REPORTED_THEN_TOLD = [  # a lede reports on an encounter; the next sentence tells who met: one encounter
    ("Dalmont Steel insisted the wage offer was final, the Steel Workers Federation said after "
     "talks in Leeds on Tuesday. Labour Minister Ana Ribeiro was part of a team that met Yusuf Demir.",
     {"Dalmont Steel", "Steel Workers Federation", "Ana Ribeiro", "Yusuf Demir"}),
    ("Officials at the Orlan Institute insisted the telescope budget was fixed, the Space Researchers Guild said "
     "after a session on Friday. Professor Lena Forsberg headed a team which met Omar Haddad.",
     {"Orlan Institute", "Space Researchers Guild", "Lena Forsberg", "Omar Haddad"}),
    ("The Harlow Athletic Club board insisted the stadium plan stood, the Harlow Supporters Trust said after talks "
     "on Monday. Councillor Rosa Quintero led a delegation that met Tomasz Zielinski.",
     {"Harlow Athletic Club", "Harlow Supporters Trust", "Rosa Quintero", "Tomasz Zielinski"}),
]


@pytest.mark.parametrize(("text", "sides"), REPORTED_THEN_TOLD)
def test_report_then_telling_is_one_encounter(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert sides <= side_names(meetings[0])


def test_two_encounters_told_in_turn_stay_apart(run) -> None:
    """Two meetings with no side in common, neither reported on from outside: two encounters."""
    meetings = run("Foreign Minister Ana Ribeiro met Yusuf Demir on Tuesday. Trade Minister Carlos Mendes met "
                   "Ingrid Solberg on the same day.")
    assert sorted(map(sorted, map(side_names, meetings))) == [["Ana Ribeiro", "Yusuf Demir"],
                                                          ["Carlos Mendes", "Ingrid Solberg"]]


def test_a_lone_person_at_a_meeting_with_nothing_told_before_is_no_encounter(run) -> None:
    assert run("Kofi Asante was at the meeting, the agency said.") == []


CALLS = [  # a call whose side stands outside the call's noun phrase: sides and channel
    ("Coach Priya Raghunathan joined club owner Tomasz Zielinski on a video call on Tuesday.",
     {"Priya Raghunathan", "Tomasz Zielinski"}, "video"),
    ("Mayor Henrik Dahl joined Rosa Quintero and Kofi Asante on a conference call on Monday.",
     {"Henrik Dahl", "Rosa Quintero", "Kofi Asante"}, "phone"),
    ("Professor Lena Forsberg joined Omar Haddad on a phone call on Tuesday.", {"Lena Forsberg", "Omar Haddad"},
     "phone"),
    ("Union leader Carlos Mendes joined Ingrid Solberg at a meeting in Bergen on Friday.",
     {"Carlos Mendes", "Ingrid Solberg"}, "in_person"),
    ("During a call with Yusuf Demir on Tuesday, Foreign Minister Ana Ribeiro discussed the border.",
     {"Ana Ribeiro", "Yusuf Demir"}, "phone"),
    ("On a video call with Omar Haddad on Monday, chief executive Lena Forsberg said the merger would go ahead.",
     {"Lena Forsberg", "Omar Haddad"}, "video"),
    ("Councillor Rosa Quintero and Tomasz Zielinski spoke on a video call on Friday.",
     {"Rosa Quintero", "Tomasz Zielinski"}, "video"),
]


@pytest.mark.parametrize(("text", "sides", "mode"), CALLS)
def test_calls_with_a_side_outside_the_call(run, text: str, sides: set[str], mode: str) -> None:
    meetings = run(text)
    assert [(side_names(m), m.mode) for m in meetings] == [(sides, mode)]


UNNAMED_BODIES = [  # bodies the text never names are sides as written
    ("The union met management on Monday to discuss the pay offer.", {"union", "management"}),
    ("The federation met the sports ministry on Monday.", {"federation", "sports ministry"}),
    ("The club's board met the council on Tuesday over the stadium plan.", {"club's board", "council"}),
    ("The university met the research council on Thursday to discuss funding.", {"university", "research council"}),
    ("The hospital's management met the health ministry on Friday.", {"hospital's management", "health ministry"}),
    ("The works council met the company's directors on Monday.", {"works council", "company's directors"}),
    # a body the article names is named, not described
    ("The Corven Dockers Union rejected the offer. The union met the port authority's board again on Monday.",
     {"Corven Dockers Union", "port authority's board"}),
]


@pytest.mark.parametrize(("text", "sides"), UNNAMED_BODIES)
def test_unnamed_bodies_are_sides_as_written(run, text: str, sides: set[str]) -> None:
    assert [side_names(m) for m in run(text)] == [sides]


@pytest.mark.parametrize("text", [
    "The union met on Monday.",  # one body alone holds no encounter
    "Managers at the plant met the deadline on Monday.",  # a deadline is met, not a side
    "Harlow Athletic Club held talks with the council on Tuesday.",  # beside a named side a bare body is too little
])
def test_one_body_alone_is_no_encounter(run, text: str) -> None:
    assert run(text) == []


PEERS = [  # a group of peers that meets with no one else: one encounter, the group its only side
    ("EU foreign ministers met in Brussels on Monday to discuss the sanctions.", "EU foreign ministers", "Brussels"),
    ("Nordic finance ministers gathered in Oslo on Tuesday to discuss the budget rules.", "Nordic finance ministers",
     "Oslo"),
    ("The G7 leaders met on Friday.", "G7 leaders", None),
    ("Club owners met in Manchester on Thursday to discuss the broadcast deal.", "Club owners", "Manchester"),
    ("Climate scientists gathered in Uppsala on Monday to review the new data.", "Climate scientists", "Uppsala"),
]


@pytest.mark.parametrize(("text", "group", "place"), PEERS)
def test_peers_meeting_among_themselves(run, text: str, group: str, place: str | None) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == {group}
    assert (meeting.location.name if meeting.location else None) == place


@pytest.mark.parametrize("text", [
    "The tour ends before a forum in Riga next month, where regional mayors will gather.",  # a backdrop
    "Officials met on Monday.",  # a bare "officials" says too little
    "Union leaders met the deadline on Monday.",  # a deadline is met, not a side
    "Health ministers gathered in Lima for the Andean Health Forum on Monday.",  # a named forum is the news
    "The two mayors agreed that their transport chiefs should talk before the summer.",  # people told elsewhere
    "The executives warmly welcomed the fund on Monday.",  # a bare body beside people told elsewhere
])
def test_no_encounter_of_peers(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "group", "place"), [
    ("Mayor Ana Ribeiro met senior managers of the holding group of the Corven shipyard in Leeds on Tuesday.",
     "senior managers of the holding group of the Corven shipyard", "Leeds"),
    ("Professor Lena Forsberg met senior researchers of the space agency in Bergen on Monday.",
     "senior researchers of the space agency", "Bergen"),
    ("Union leader Carlos Mendes met senior directors of the regional bus operator in Porto on Thursday.",
     "senior directors of the regional bus operator", "Porto"),
])
def test_a_described_group_is_named_without_its_place(run, text: str, group: str, place: str) -> None:
    """The place an inner phrase adds is the meeting's, not part of who the group is."""
    [meeting] = run(text)
    assert group in side_names(meeting)
    assert meeting.location is not None and meeting.location.name == place

"""MEETINGS places the small model mislabels and channels that are one side's: a gazetteer town tagged as a
language or a people, a trip's destination before "where" tagged as a body, and a side who joined by video
or phone while the others met in one room.

Every sentence is invented (people, companies, unions, clubs and venues are made up; cities are real).
Publication date: Thursday 2026-03-05.
"""

from __future__ import annotations

import pytest

from streams.enrich.model import Meeting


@pytest.fixture(scope="module")
def run(thursday_meetings):
    return thursday_meetings


def _last(meetings: list[Meeting]) -> Meeting:
    assert meetings, "no meeting"
    return meetings[-1]


# --- a town the gazetteer knows is a place, whatever the model tagged it --------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "town"),
    [
        ("diplomacy", "Foreign Minister Kari Dahl met Foreign Minister Jan Nowak in Oslo on Wednesday.\n\n"
                      "The two ministers agreed to meet again in Tunis in April.", "Tunis"),
        ("sport", "Coach Mateus Oliveira met club president Siobhan Kelly on Monday.\n\n"
                  "The two agreed to meet again in Asuncion in April.", "Asuncion"),
        ("science", "Professor Wei Zhang met Dr. Amara Diallo on Monday.\n\n"
                    "The two agreed to meet again in Montevideo in April.", "Montevideo"),
    ],
)
def test_a_known_town_tagged_as_a_language_or_people_is_the_place(run, beat, text, town):
    meeting = _last(run(text))
    assert meeting.status == "planned", beat
    assert meeting.location is not None and meeting.location.name == town, beat


@pytest.mark.parametrize(
    ("beat", "text", "town"),
    [
        ("health", "Health Minister Chen Wei will travel to Lusaka on Monday, where she will hold talks with "
                   "President Mwila Banda.", "Lusaka"),
        ("business", "Chief executive Haruto Tanaka will travel to Bamako on Monday, where he will hold talks with "
                     "banker Awa Traore.", "Bamako"),
        ("culture", "Director Yuki Mori will travel to Harare on Monday, where she will hold talks with producer "
                    "Tendai Moyo.", "Harare"),
        ("agriculture", "Trade Minister Horomona Tamatea will travel to Skopje in the week of 7 December, where he and "
                        "Mr Goran Petrov are expected to hold talks on fruit exports.", "Skopje"),
    ],
)
def test_a_destination_before_where_tagged_as_a_body_is_the_place(run, beat, text, town):
    meeting = _last(run(text))
    assert meeting.status == "planned", beat
    assert meeting.location is not None and meeting.location.name == town, beat


# --- a side who joined remotely does not make the encounter remote --------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("fisheries", "Ministers Sverre Sundvik and Mette Holm met in Bergen on Tuesday. Commissioner Anton Novak "
                      "joined the session by video link from Brussels."),
        ("sport", "Coach Mateus Oliveira met club president Siobhan Kelly in Lisbon on Monday, while director Ana "
                  "Costa joined by phone."),
        ("business", "Chief executive Haruto Tanaka met investor Priya Raman in Osaka on Monday. Adviser Luis "
                     "Mendez joined the talks by video from Madrid."),
        ("courts", "Judge Helena Moreau met prosecutor Ahmed Karim in Lyon on Monday. Defence lawyer Sofia Lindgren "
                   "participated by telephone."),
    ],
)
def test_a_side_joining_remotely_leaves_a_face_to_face_encounter_in_person(run, beat, text):
    meeting = run(text)[0]
    assert (meeting.status, meeting.mode) == ("held", "in_person"), beat


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("diplomacy", "Foreign Minister Kari Dahl joined the talks with Jan Nowak by video link on Monday.", "video"),
        ("science", "Professor Wei Zhang joined the meeting with Dr. Amara Diallo by phone on Monday.", "phone"),
        ("business", "Chief executive Haruto Tanaka and banker Priya Raman held a video call on Monday; adviser "
                     "Luis Mendez joined by video too.", "video"),
    ],
)
def test_a_remote_joining_alone_still_tells_the_mode(run, beat, text, mode):
    meeting = run(text)[0]
    assert meeting.mode == mode, beat


# --- a corner of the occasion the sentence before told is in its town, on its day ------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "town", "iso"),
    [
        ("sport", "Rivals Ghana and Togo drew 1-1 in a friendly in Lome on Saturday. Sports ministers Kojo Mensah "
                  "and Edem Agbeko held talks in a stadium lounge after the match.", "Lome", "2026-02-28"),
        ("culture", "The book fair opened in Tartu on Monday. Publishers Mari Kask and Oleg Ivanov held talks in a "
                    "side room after the opening ceremony.", "Tartu", "2026-03-02"),
        ("health", "The vaccine conference ended in Kumasi on Wednesday. Health officials Achieng Wambui and Carlos "
                   "Ruiz held talks in a small office after the closing session.", "Kumasi", "2026-03-04"),
        ("courts", "The court delivered its ruling in Cusco on Tuesday. Lawyers Ahmed Karim and Sofia Lindgren held "
                   "talks in a hotel suite after the hearing.", "Cusco", "2026-03-03"),
    ],
)
def test_a_room_told_with_a_is_in_the_town_of_the_occasion_before(run, beat, text, town, iso):
    meeting = _last(run(text))
    assert meeting.location is not None and meeting.location.name == town, beat
    assert meeting.date is not None and meeting.date.iso == iso, beat


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("diplomacy", "The summit opened in Geneva on Monday. Leaders Ivan Sokolov and Jean Dubois met in a hotel "
                      "suite in Lausanne on Wednesday.", "Lausanne"),  # its own town
        ("culture", "The fair opened in Kenya on Monday. Publishers Mari Kask and Oleg Ivanov held talks in a side "
                    "room.", None),  # a country is too wide for a room
        ("business", "The fair opened in Turin and Milan on Monday. Bankers Priya Raman and Luis Mendez held talks "
                     "in a side room.", None),  # two towns: which one is unclear
        ("local politics", "Protests broke out in Lima on Monday. Ministers Rosa Quispe and Diego Salas met on "
                           "Tuesday to discuss the budget.", None),  # no corner of the occasion
    ],
)
def test_the_occasion_before_does_not_place_what_it_does_not_hold(run, beat, text, place):
    meeting = _last(run(text))
    assert (meeting.location.name if meeting.location else None) == place, beat


# --- talks counted in a measure: what came after them is no plan of them, and their phrases hang on the measure -


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("energy", "Ministers Rosa Quispe and Diego Salas agreed on gas prices after a day of talks in Quito on "
                   "Wednesday.", "2026-03-04"),
        ("labour", "Union leader Ngozi Adeyemi and Labour Minister Henrik Solberg agreed to end the strike after "
                   "three rounds of talks on Monday.", "2026-03-02"),
        ("sport", "Coach Mateus Oliveira agreed to extend his contract following two hours of talks with club "
                  "president Siobhan Kelly on Tuesday.", "2026-03-03"),
        ("science", "Professor Wei Zhang and Dr. Amara Diallo decided to share their data after a week of talks on "
                    "Monday.", "2026-03-02"),
    ],
)
def test_talks_counted_in_a_measure_before_an_agreement_were_held_on_their_day(run, beat, text, iso):
    meeting = run(text)[0]
    assert meeting.status == "held", beat
    assert meeting.date is not None and meeting.date.iso == iso, beat


# --- an occasion named after its town is held there ------------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "town"),
    [
        ("diplomacy", "Chancellor Greta Olund met President Lucas Ferreira on the sidelines of the Munich Security "
                      "Conference on Saturday.", "Munich"),
        ("culture", "Director Yuki Mori met actress Beatriz Santos at the Cannes film festival on Saturday.", "Cannes"),
        ("business", "Aviation chief Kwame Boateng met executive Ingrid Holm at the Farnborough Air Show on "
                     "Tuesday.", "Farnborough"),
        ("science", "Physicist Amara Tindall met grant officer Joel Brandvik at the Kyoto science congress on "
                    "Monday.", "Kyoto"),
        ("arts", "Curator Ana Costa met collector Tendai Moyo at the Dakar Biennale on Thursday.", "Dakar"),
    ],
)
def test_an_occasion_named_after_a_town_is_in_it(run, beat, text, town):
    meeting = run(text)[0]
    assert meeting.location is not None and meeting.location.name == town, beat


@pytest.mark.parametrize(
    ("beat", "text", "place"),
    [
        ("business", "Chief executive Haruto Tanaka met banker Priya Raman at the Kenya investment forum on "
                     "Wednesday.", None),  # a country names the topic
        ("trade", "Trade minister Olga Petrenko met investor Samuel Otieno at the Kenya investment forum in Mombasa "
                  "on Monday.", "Mombasa"),
        ("diplomacy", "Leaders Ivan Sokolov and Jean Dubois met at the Gaza summit on Monday.", None),  # a topic
    ],
)
def test_an_occasion_named_after_a_country_or_topic_places_nothing(run, beat, text, place):
    meeting = run(text)[0]
    assert (meeting.location.name if meeting.location else None) == place, beat


@pytest.mark.parametrize(
    ("beat", "text", "mode"),
    [
        ("diplomacy", "Foreign Minister Kari Dahl will join the talks with Jan Nowak by video link on Friday.",
         "video"),
        ("science", "Professor Wei Zhang will join the meeting with Dr. Amara Diallo by phone on Monday.", "phone"),
        ("health", "Health Minister Achieng Wambui is to join the session with Dr. Carlos Ruiz by video on Friday.",
         "video"),
    ],
)
def test_a_planned_remote_joining_still_tells_the_mode(run, beat, text, mode):
    assert run(text)[0].mode == mode, beat

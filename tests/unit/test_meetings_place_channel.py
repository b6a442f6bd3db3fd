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
        ("agriculture", "Trade Minister Rawiri Parata will travel to Skopje in the week of 7 December, where he and "
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
        ("fisheries", "Ministers Sverre Lindvik and Mette Holm met in Bergen on Tuesday. Commissioner Anton Novak "
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

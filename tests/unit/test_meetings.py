"""MEETINGS extractor on short invented articles (people, parties and places are made up)."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    def run(text: str, published: dt.datetime | None = THURSDAY, title: str | None = None) -> list[Meeting]:
        article = Article(id="t", text=text, title=title, published_at=published)
        return extract_meetings(parse(article, nlp))

    return run


def surnames(meeting: Meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


def test_bilateral_meeting_with_place_date_and_titles(meetings):
    text = (
        "Borovian President Anton Kovac met with his Selvanian counterpart Elena Moreau in the French city "
        "of Lyon on Tuesday, the presidency said. Kovac described the talks as frank."
    )
    [meeting] = meetings(text)
    assert surnames(meeting) == {"Kovac", "Moreau"}
    names = {p.name: p for p in meeting.participants}
    assert names["Anton Kovac"].title == "Borovian President"
    assert names["Elena Moreau"].title == "Selvanian counterpart"  # the cast's title: the role, not whose it is
    assert meeting.location is not None and meeting.location.name == "Lyon"
    assert meeting.location.country == "FR"
    assert meeting.date is not None and meeting.date.iso == "2024-03-12"
    assert (meeting.status, meeting.mode) == ("held", "in_person")
    assert text[meeting.evidence.start : meeting.evidence.end] == meeting.evidence.text
    assert meeting.evidence.text.startswith("Borovian President Anton Kovac met")


def test_multilateral_meeting_keeps_one_participant_list(meetings):
    text = "Foreign ministers Tomas Brandt, Ingrid Solberg and Marco Vitale held talks in Vienna on Monday."
    [meeting] = meetings(text)
    assert surnames(meeting) == {"Brandt", "Solberg", "Vitale"}
    assert meeting.location is not None and meeting.location.country == "AT"


def test_phone_conversation(meetings):
    text = "Chancellor Ada Lindqvist held a phone conversation with Prime Minister Rafael Ortiz on Wednesday."
    [meeting] = meetings(text)
    assert surnames(meeting) == {"Lindqvist", "Ortiz"}
    assert (meeting.mode, meeting.status) == ("phone", "held")
    assert meeting.date is not None and meeting.date.iso == "2024-03-13"


def test_spoke_by_phone(meetings):
    [meeting] = meetings("Governor Paula Grant spoke by phone with Mayor Henry Osei about the floods.")
    assert surnames(meeting) == {"Grant", "Osei"}
    assert meeting.mode == "phone"


def test_planned_meeting_has_no_invented_date(meetings):
    text = "Senator Mia Torres will meet Minister Joel Abara in Nairobi next month, aides said."
    [meeting] = meetings(text)
    assert meeting.status == "planned"
    assert meeting.location is not None and meeting.location.name == "Nairobi"
    assert meeting.date is None or meeting.date.iso is None


def test_cancelled_summit(meetings):
    text = "Premier Ivo Lund called off a planned summit with President Dara Quinn, citing the storm."
    [meeting] = meetings(text)
    assert surnames(meeting) == {"Lund", "Quinn"}
    assert meeting.status == "cancelled"


def test_lectures_and_press_talks_are_not_meetings(meetings):
    text = (
        "Professor Nina Hale gave a talk on soil chemistry at the university. "
        "Senator Ray Cole spoke to reporters after the vote. "
        "The two parties have long called for peace talks."
    )
    assert meetings(text) == []


def test_backdrop_summit_is_not_a_meeting(meetings):
    text = "Trade ministers gathered in Quito for the APEX summit, which opens on Friday."
    assert meetings(text) == []


def test_repeated_mentions_merge_into_one_event(meetings):
    text = (
        "Energy Minister Omar Haddad met Economy Minister Lena Fischer in Geneva on Monday. "
        "The talks lasted three hours. Haddad later said the meeting with Fischer had been useful."
    )
    [meeting] = meetings(text)
    assert {p.name for p in meeting.participants} == {"Omar Haddad", "Lena Fischer"}
    assert meeting.location is not None and meeting.location.name == "Geneva"
    assert meeting.date is not None and meeting.date.iso == "2024-03-11"


def test_attendees_named_in_a_later_sentence(meetings):
    text = (
        "President Ilse Varga met Prime Minister Jonas Berg in Oslo. "
        "Defence Minister Karl Mayer and Finance Minister Sofia Lind also attended the meeting."
    )
    [meeting] = meetings(text)
    assert surnames(meeting) == {"Varga", "Berg", "Mayer", "Lind"}
    assert dict((p.name, p.title) for p in meeting.participants)["Karl Mayer"] == "Defence Minister"


def test_planned_and_past_encounters_of_the_same_pair_stay_apart(meetings):
    text = (
        "President Ana Ruiz is expected to meet Chancellor Piet Vries in Madrid in June. "
        "The two leaders last met in Lisbon in January."
    )
    found = sorted(meetings(text), key=lambda m: m.status)
    assert [m.status for m in found] == ["held", "planned"]
    assert all(surnames(m) == {"Ruiz", "Vries"} for m in found)
    assert [m.location.name if m.location else None for m in found] == ["Lisbon", "Madrid"]


def test_short_form_resolves_to_full_name(meetings):
    text = "Minister Carla Mendes arrived on Sunday. Mendes met President Luis Baptista at the palace."
    [meeting] = meetings(text)
    assert {p.name for p in meeting.participants} == {"Carla Mendes", "Luis Baptista"}


def test_confidence_is_higher_for_explicit_sentences(meetings):
    [explicit] = meetings("Governor Paula Grant met Mayor Henry Osei in Nairobi on Wednesday.")
    [vague] = meetings("Paula Grant said the talks with Henry Osei were useful.")
    assert 0.0 <= vague.confidence < explicit.confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   \n\n ", "\x00\x01 met \x07 talks", "talks " * 3000, "“”‘’\"'"])
def test_pathological_inputs_do_not_raise(meetings, text):
    assert isinstance(meetings(text), list)


def test_without_publication_date_nothing_is_resolved(meetings):
    [meeting] = meetings("Governor Paula Grant met Mayor Henry Osei on Tuesday.", published=None)
    assert meeting.date is not None and meeting.date.text == "Tuesday" and meeting.date.iso is None

"""Pieces of the MEETINGS extractor: date resolution, entity repair, headline and sequence rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.merge import merge_mentions
from streams.enrich.model import DateRef, Participant
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article

THURSDAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        ("Thursday", "held", "2024-03-14"),  # the article's own weekday is that day
        ("on Tuesday", "held", "2024-03-12"),
        ("Friday", "held", "2024-03-08"),  # past report: the most recent Friday
        ("Friday", "planned", "2024-03-15"),
        ("next Monday", "planned", "2024-03-18"),
        ("yesterday", "held", "2024-03-13"),
        ("this afternoon", "held", "2024-03-14"),
        ("May 14", "held", "2024-05-14"),  # within the article's year
        ("October 2, 2023", "held", "2023-10-02"),
        ("in November", "planned", None),  # month only: not certain
        ("last November", "held", None),
        ("next week", "planned", None),
    ],
)
def test_resolve_date(text, status, expected):
    assert resolve_date(text, THURSDAY, status) == expected


@pytest.mark.parametrize(
    ("text", "status", "published", "expected"),
    [
        ("January 14", "planned", dt.date(2024, 12, 20), "2025-01-14"),  # a plan made in December
        ("December 3", "held", dt.date(2025, 1, 9), "2024-12-03"),  # a report written in January
        ("March 16 and 17", "planned", dt.date(2026, 2, 18), "2026-03-16"),  # two days: the first
        ("20-21 June", "planned", dt.date(2026, 2, 18), "2026-06-20"),
        ("December 30", None, dt.date(2026, 1, 2), "2025-12-30"),  # no status cue: the nearest year
    ],
)
def test_yearless_dates_take_the_sensible_year(text, status, published, expected):
    assert resolve_date(text, published, status) == expected


def test_no_publication_date_means_no_iso():
    assert resolve_date("Tuesday", None, "held") is None


@given(st.text(max_size=40), st.sampled_from(["held", "planned", "cancelled"]))
def test_resolve_date_never_raises(text, status):
    result = resolve_date(text, THURSDAY, status)
    assert result is None or dt.date.fromisoformat(result)


@pytest.fixture(scope="module")
def run():
    nlp = load_nlp()

    def extract(text: str, title: str | None = None):
        article = Article(id="t", text=text, title=title, published_at=dt.datetime(2024, 3, 14))
        return extract_meetings(parse(article, nlp))

    return extract


def test_person_glued_to_an_organisation_is_split_out(run):
    text = (
        "Premier Ivo Lund met Mayor Dara Quinn in Quito. Director of the National Grain Agency Viktor Orlov "
        "also attended the meeting."
    )
    [meeting] = run(text)
    people = {p.name: p.title for p in meeting.participants}
    assert "Viktor Orlov" in people
    assert people["Viktor Orlov"].startswith("Director of the National Grain Agency")


def test_preceding_discussion_with_someone_else_is_a_separate_encounter(run):
    text = (
        "Envoy Marta Kline met President Oskar Hahn in Tallinn on Monday. "
        "The meeting was preceded by a two-hour discussion with Defence Minister Leo Brandt."
    )
    found = run(text)
    assert len(found) == 2
    pairs = sorted(sorted(p.name.split()[-1] for p in m.participants) for m in found)
    assert pairs == [["Brandt", "Kline"], ["Hahn", "Kline"]]


def test_headline_names_the_role_and_the_mode(run):
    text = (
        "The Chancellor spoke to the President this morning about fishing quotas. "
        "Their discussion covered trade and energy."
    )
    [meeting] = run(text, title="Chancellor call with Harald Vesterberg")
    assert meeting.mode == "phone"
    assert [p.name for p in meeting.participants] == ["Chancellor", "Harald Vesterberg"]
    assert meeting.participants[1].title == "President"


def test_habitual_calls_are_not_an_encounter(run):
    assert run("Minister Joel Abara often speaks on the phone with President Luis Baptista.") == []


def test_participant_is_the_named_holder_of_a_title_not_the_title(nlp) -> None:
    text = "Harlow MP Ian Bexley met with the Minister for Coastal Affairs Nora Pellow in London yesterday."
    [meeting] = extract_meetings(parse(Article(id="t", text=text), nlp))
    names = {p.name: p.title for p in meeting.participants}
    assert names == {"Ian Bexley": "Harlow MP", "Nora Pellow": "Minister for Coastal Affairs"}


def test_a_city_the_model_reads_as_a_person_elsewhere_is_still_the_venue(run):
    [meeting] = run(
        "President Lia Moraes has called off a summit with her Chilean counterpart, Tomás Brandt, that was due"
        " to take place in Buenos Aires on Friday.\n\n"
        '"I will not travel to Buenos Aires to sign an empty text," Moraes said.'
    )
    assert meeting.status == "cancelled"
    assert meeting.location is not None and meeting.location.name == "Buenos Aires"
    assert {p.name for p in meeting.participants} == {"Lia Moraes", "Tomás Brandt"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Prime Minister Ivo Lund spoke at the banking forum on Monday. \"We had a useful meeting with the Prime "
         "Minister,\" said Ada Berg, who leads the bankers' group.", "Ivo Lund"),
        ("Club chairman Dara Quinn watched the match on Friday. \"We had a frank meeting with the chairman,\" "
         "captain Ola Hage said afterwards.", "Dara Quinn"),
        ("Mayor Tess Lund opened the new library on Tuesday. \"We had a good meeting with the mayor,\" said "
         "tenant leader Rui Costa.", "Tess Lund"),
    ],
)
def test_a_role_inside_a_quotation_is_the_person_the_cast_gives_it(run, text, named):
    [meeting] = run(text)
    assert named in {p.name for p in meeting.participants}


def test_an_undated_reference_to_a_day_joins_the_encounter_of_that_day():
    """"..., describing Wednesday's meeting": with no status of its own, the meeting dated Wednesday is the
    one meant, however much more is said of another encounter of the same sides."""
    union, board = Participant(name="Allied Nurses Union", kind="organization"), Participant(
        name="Northern Health Board", kind="organization")
    wednesday = DateRef(text="Wednesday", iso="2026-03-11")
    cancelled = Mention(trigger=5, sent_start=0, sent_end=1, participants=[union, board], status="cancelled",
                        strength=0.9)
    held = Mention(trigger=20, sent_start=2, sent_end=3, anaphoric=True, plural_anaphor=True,
                   antecedents=[union, board], date=wednesday, status="held", strength=0.3)
    reference = Mention(trigger=90, sent_start=4, sent_end=5, anaphoric=True, date=wednesday, strength=0.3)
    clusters = merge_mentions([cancelled, held, reference])
    dated = [c for c in clusters if any(m is reference for m in c.mentions)]
    assert len(dated) == 1 and any(m is held for m in dated[0].mentions)

"""Encounters told in other words: talks during which something else was set, a country visited for talks, a round
of talks with the body named in front of them, and the participle that only frames a statement ("Speaking to the
chamber of commerce, X said"). Invented sentences, publication date Thursday 2024-03-14."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


def _meetings(nlp, text: str):
    return extract_meetings(parse(Article(id="t", text=text, published_at=THURSDAY), nlp))


def _sides(meeting) -> set[str]:
    return {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    ("construction", "text", "sides"),
    [
        ("plan word with its own object", "Mayor Anna Vell said she and union leader Piet Orrun had fixed hiring goals "
                                          "for next year during talks on Tuesday.", {"Anna Vell", "Piet Orrun"}),
        ("plan word with its own object", "Health Minister Ines Dorow said she and Governor Rita Holm had set a "
                                          "timetable for clinic funding during talks yesterday.",
         {"Ines Dorow", "Rita Holm"}),
        ("country visited for talks", "Trade envoy Tomas Brell visited Portugal in June for formal talks, officials "
                                      "said.", {"Tomas Brell", "Portugal"}),
        ("country visited for talks", "The grant was handed to Professor Karl Wendt, who visited Finland on Tuesday "
                                      "for three rounds of talks.", {"Karl Wendt", "Finland"}),
        ("country visited for talks", "Health Minister Ines Dorow, who visited Ghana in May for talks on vaccine "
                                      "supplies, said stocks would rise.", {"Ines Dorow", "Ghana"}),
        ("body named in front of talks", "Chile wrapped up another round of OECD talks on its pension rules.",
         {"Chile", "OECD"}),
        ("body named in front of talks", "Kenya concluded another round of Vantor Athletics Federation talks on "
                                         "doping tests.", {"Kenya", "Vantor Athletics Federation"}),
    ],
)
def test_an_encounter_told_in_other_words_is_held_between_its_sides(nlp, construction, text, sides):
    [meeting] = _meetings(nlp, text)
    assert _sides(meeting) == sides, construction
    assert meeting.status == "held", construction


def test_a_meeting_that_was_set_and_called_off_stays_cancelled(nlp):
    [meeting] = _meetings(nlp, "Mayor Anna Vell had been set to meet Governor Rita Holm on Tuesday to discuss bus "
                               "fares, but the session was called off.")
    assert meeting.status == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        "Coach Lena Marsk visited Portugal last week on holiday with her family.",
        "Judge Tomas Brell visited the new factory on Tuesday for an inspection of court reform.",
        "Professor Karl Wendt visited Chile in May to receive a prize and said research grants would improve.",
        "Chile finished another round of tariff cuts on Monday.",
        "Speaking to the Rotary Club of Dunmore, Mayor Anna Vell said bus fares would rise.",
        "Speaking to the Dunmore Business Council, Chief Executive Piet Orrun said wage rises were unlikely.",
    ],
)
def test_a_plain_visit_a_round_of_cuts_or_a_framing_address_is_no_meeting(nlp, text):
    assert _meetings(nlp, text) == []


def test_speaking_with_a_person_by_phone_is_still_a_call(nlp):
    [meeting] = _meetings(nlp, "Speaking with President Elio Fanti by phone late on Friday, Mayor Anna Vell said the "
                               "deal was close.")
    assert _sides(meeting) == {"Anna Vell", "Elio Fanti"}
    assert meeting.mode == "phone"

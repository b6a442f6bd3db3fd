"""MEETINGS with a bare group as the other side of talks, consultations or negotiations: a person bargaining
with "creditors" faces a side as written; one who met, told or addressed a bare group, or spoke to the press,
does not. Every sentence is invented, across beats."""

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
    ("text", "group", "status"),
    [
        ("Summit chair Halvard Ostby held consultations with growers and millers all afternoon.",
         "growers", "held"),  # trade
        ("Finance director Marisol Quintero said she was negotiating with bondholders, whom she did not name.",
         "bondholders", "held"),  # business
        ("Health Secretary Priya Ranganathan is due to sit down for talks with nurses next week.",
         "nurses", "planned"),  # health
        ("Coach Teodor Brankovic negotiated with sponsors for three hours on Friday.", "sponsors", "held"),  # sport
    ],
)
def test_a_bare_group_is_the_other_side_of_talks(text, group, status, nlp):
    found = _meetings(text, nlp)
    assert len(found) == 1
    names = {p.name for p in found[0].participants}
    assert group in names and len(names) >= 2
    assert found[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Amara Okafor met residents on Tuesday.",  # met: anyone
        "Professor Jonas Eklund told shareholders on Tuesday that profits would rise.",  # told: no exchange
        "Ambassador Kwame Mensah addressed farmers at a rally on Tuesday.",  # addressed
        "Festival director Celine Marchetti held talks with reporters after the premiere.",  # the press
        "Judge Lionel Fairweather urged tenants to negotiate with landlords.",  # two bare groups: nobody told
    ],
)
def test_met_told_addressed_or_the_press_leave_the_group_out(text, nlp):
    assert all(len(m.participants) < 2 for m in _meetings(text, nlp))

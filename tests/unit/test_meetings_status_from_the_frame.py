"""MEETINGS status read from the finite word far above a meeting noun when no nearer verb tells it.

A meeting noun set deep in a clause ("at its board meeting next Thursday", "at the adjourned meeting") has no verb
of its own; the modal or present tense that frames it, several steps up, tells that it is still to come. A past
participle on the way ("proposals drafted at the meeting") dates it behind. Every sentence is invented;
publication date: Tuesday 2026-04-28.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 4, 28, 10, 0, tzinfo=dt.UTC)


def _meetings(nlp, text: str):
    return extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a present tense with a day to come: the session is ahead, and so is its Thursday
        ("The Varnel Savings Bank is unlikely to alter its lending rate at its board meeting next Thursday, "
         "brokers in Lisbon said.", "2026-04-30"),
        # a modal several steps above the noun
        ("Shareholders at the Korvath Mills annual meeting will be invited to back a larger board, a "
         "spokeswoman said.", None),
        ("Union head Marta Kell can raise the pay claim at a meeting with Orvane Motors in Leeds on May 18.",
         "2026-05-18"),
        ("Minister Tomas Berglund hopes Premier Ilse Marten will bring fresh offers to settle the fishing row at "
         "a meeting with President Dara Quell in Oslo on May 18.", "2026-05-18"),
    ],
)
def test_a_modal_or_dated_present_far_above_the_noun_plans_it(nlp, text, iso):
    [meeting] = _meetings(nlp, text)
    assert meeting.status == "planned"
    assert (meeting.date.iso if meeting.date else None) == iso


def test_a_participle_between_keeps_the_meeting_behind(nlp):
    text = "Premier Ilse Marten will study the proposals made at her meeting with President Dara Quell on Monday."
    [meeting] = _meetings(nlp, text)
    assert (meeting.status, meeting.date.iso if meeting.date else None) == ("held", "2026-04-27")

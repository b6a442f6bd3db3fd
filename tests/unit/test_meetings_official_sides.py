"""MEETINGS of officials with bodies, groups and envoys: a body consulted by its common name ("discussed the
plan with the port authority"), two bare groups at talks ("growers and millers agreed at talks"), the ministers
of a body of governments in session, and an envoy named after the post and the country of the posting. Every
person and body is invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # transport: a body by its common name after "discussed ... with"
        ("Harbour Minister Lina Morvald discussed the dredging plan with the port authority on Tuesday.",
         {"Lina Morvald", "port authority"}),
        # farming: "with" hung on the gerund of the topic
        ("Farm Secretary Oskar Pelleth plans to discuss ways of raising catches with the fishing council "
         "during a visit next week.",
         {"Oskar Pelleth", "fishing council"}),
        # trade: two bare groups at talks
        ("Growers and millers agreed on a cane price at talks in Dunmore on Friday.", {"growers", "millers"}),
        # labour: talks told by how they ended
        ("Talks on the rent scale collapsed last month when employers and workers failed to settle the dispute.",
         {"employers", "workers"}),
        # diplomacy: the envoy named after the country of the posting
        ("Mayor Tilde Varrow met Estonian envoy to Finland Pell Arvo on Monday.", {"Tilde Varrow", "Pell Arvo"}),
    ],
)
def test_official_sides(run: Callable[..., list[Meeting]], text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert side_names(meetings[0]) == sides


def test_delegates_of_a_body_of_nations_meet_as_the_body(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("Delegates of the Northern Grain Pact met in Vienna on Monday.")
    assert len(meetings) == 1
    assert side_names(meetings[0]) == {"Northern Grain Pact"}


def test_ministers_of_a_pact_meet_as_the_pact(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("Farm ministers of the Tarrow Farm Council met in Dunmore on Friday to review the grain accord.")
    assert len(meetings) == 1
    assert side_names(meetings[0]) == {"Tarrow Farm Council"}
    assert meetings[0].status == "held"


@pytest.mark.parametrize(
    "text",
    [
        # an address to a body, not a conversation with it
        "Harbour Minister Lina Morvald spoke about the dredging plan at the port authority on Tuesday.",
        # a chief with the body's own board
        "Chief executive Oskar Pelleth discussed the dredging plan with the board on Tuesday.",
        # a group's ministers gathered for a named summit: the summit is the backdrop
        "Farm ministers of the Tarrow Farm Council gathered in Dunmore on Friday for the Harvest Summit.",
        # a longer list of bare groups is a crowd
        "Doctors, nurses and porters gathered in Dunmore on Friday.",
        # delegates of a firm or a federation at their own congress: no other side
        "Delegates of Halden Motors met in Bergen on Monday.",
        "Delegates of the Teachers Federation gathered in Leeds on Monday.",
    ],
)
def test_no_meeting(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []

"""MEETINGS of a many-sided group in session as the news itself ("this week's meeting of the Group of Ten", "the
meeting of farm ministers"), kept apart from a body's own sitting, a session told as a setting and a meeting told
only to say when. Every person, body and place is invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "side", "status"),
    [
        # finance: a group named by how many it holds, yet to sit
        ("Treasury chief Orla Vintner said Thursday's meeting of the Group of Ten would weigh a common bond.",
         "Group of Ten", "planned"),
        # finance: the group named in figures beside another body, held
        ("Marta Quell said Tuesday's meetings of the Group of 24 and the Harbour Fund board agreed on loans.",
         "Group of 24", "held"),
        # farming: a group as written, already held
        ("Minister Pell Arvo said the meeting of farm ministers in Tessaly on Friday had settled the grain quota.",
         "farm ministers", "held"),
        # fisheries: a body counted by its member states
        ("The meeting of the eight-nation Brine Coast Council ended in Tessaly on Monday without a catch deal.",
         "Brine Coast Council", "held"),
        # health: a body's ministerial meeting is its members' ministers meeting
        ("Doctor Ama Reyl said next month's ministerial meeting of the Lowmark Health Pact would consider "
         "vaccine stocks.",
         "Lowmark Health Pact", "planned"),
        # farming: the members who hold the talks, named after "by", yet to sit
        ("A seed levy will be the main subject of talks by Varden Union farm ministers in Tessaly tomorrow.",
         "Varden Union farm ministers", "planned"),
        # health: the same, already held, told inside a report
        ("Doctor Ama Reyl said talks by Ostral Pact health ministers in Calder on Monday had settled the "
         "vaccine fund.", "Ostral Pact health ministers", "held"),
        # energy: a group's members who "held talks" with no one else hold their own session
        ("Kelvar League energy ministers held talks in Tessaly on Monday on pipeline tolls.",
         "Kelvar League energy ministers", "held"),
        # finance: a group named by its count, written before the session noun, already held
        ("Last week's G-9 meeting in Calder was widely read as a sign that rates would fall.", "G-9", "held"),
        # trade: a bloc's session yet to open
        ("The Orsk Pact meeting will open in Marrow next week, officials said.", "Orsk Pact", "planned"),
        # sport: a federation's session that ended
        ("The Velm Football Federation meeting ended in Brenn on Monday without a deal.",
         "Velm Football Federation", "held"),
        # banking: a bankers' club session yet to sit
        ("Officials said the Coastal Bankers Club meeting in Tessaly on Friday would weigh new quotas.",
         "Coastal Bankers Club", "planned"),
        # transport: a union's ministers gathering next week, the parser reading "<union> meeting" as a noun
        ("Ines Varga said rail ministers of the Tarvel Union meeting next month should back the new rules.",
         "Tarvel Union rail ministers", "planned"),
        # defence: a pact's envoys in an emergency session
        ("After a crisis meeting of Ostral Pact ambassadors, a statement called on both sides to pull back.",
         "Ostral Pact ambassadors", "held"),
        # farming: a bloc's ministers in session named with the bloc
        ("The meeting of farm ministers of the Varden Union ended in Calder on Monday without a price deal.",
         "Varden Union farm ministers", "held"),
        # trade: the bloc's name before its short form in brackets
        ("The Orsk Trade Pact (OTP) meeting will open in Marrow next week, officials said.", "Orsk Trade Pact",
         "planned"),
    ],
)
def test_group_in_session_is_a_meeting(run: Callable[..., list[Meeting]], text: str, side: str,
                                       status: str) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert side_names(meetings[0]) == {side}
    assert meetings[0].status == status


def test_unnamed_group_is_the_people_named_next(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("A meeting of transport ministers was put off last week. Rail Minister Doro Pask and her "
                   "opposite number Ivo Trenn had planned to meet in Calder on March 3.")
    assert [side_names(m) for m in meetings] == [{"Doro Pask", "Ivo Trenn"}]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Pell Arvo chatted with reporters on the sidelines of a meeting of farm ministers.",
        "Pell Arvo said tempers had cooled since the time of the spring meeting of the Tessaly Fund and the "
        "Marrow Bank.",
        "Pell Arvo said a general meeting of the Group of Ten will review the bond.",
        "Pell Arvo said the Orrin Growers Union would vote on the levy at its annual meeting on Friday.",
        "Pell Arvo said Friday's meeting of the Orrin Growers Union would review the levy.",
        "The levy was unveiled to the press during a meeting of the Group of Ten.",
        # "talks by" a day or by people who are no group's members, a press event, talks as a backdrop
        "The Orrin dockers' union wants talks by Friday on the night shifts, Pell Arvo said.",
        "Pell Arvo praised the talks by students on river clean-up at the science fair.",
        "Kelvar League energy ministers held a news conference on pipeline tolls on Monday.",
        "Traders held back ahead of talks by Varden Union farm ministers on the seed levy.",
        # a group's session named before the noun, told only as a setting; one body's own board sitting
        "Traders held back ahead of next week's G-9 meeting.",
        "Speaking at the Merrow Alliance meeting, Orla Vintner said prices would rise.",
        "On the sidelines of the Orsk Pact meeting, Pell Arvo called the talks useful.",
        "The Harbour Board meeting on Friday approved the budget.",
        "Pell Arvo and Orla Vintner spoke of preparations for the G-9 summit in Calder next week.",
        "The Tessaly Science Conference meeting opened in Calder on Monday.",
    ],
)
def test_not_a_group_in_session(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []



@pytest.mark.parametrize(
    ("text", "sides", "status"),
    [
        # finance: a session told by its members' kind, the group named in the next sentence, the minister reporting it
        ("Finance Minister Orla Vintner said this week's meeting of wealthy trading nations would weigh a bond "
         "levy. The Group of Nine plans to issue a joint statement on Friday.",
         {"Group of Nine", "Orla Vintner"}, "planned"),
        # energy: the group named first, its oil minister reporting a session already held
        ("The Kelvar Oil League has set a new target. Oil Minister Pell Arvo said Monday's meeting of the oil "
         "ministers had agreed on the quota.", {"Kelvar Oil League", "Pell Arvo"}, "held"),
        # central banking: governors of a banking club
        ("Central bank governor Ivo Trenn said Friday's meeting of the bloc's bank governors would weigh "
         "rates. The Tessaly Banking Club will publish a statement later.",
         {"Tessaly Banking Club", "Ivo Trenn"}, "planned"),
    ],
)
def test_described_session_is_the_named_group_and_its_reporter(
        run: Callable[..., list[Meeting]], text: str, sides: set[str], status: str) -> None:
    meetings = run(text)
    assert [side_names(m) for m in meetings] == [sides]
    assert meetings[0].status == status


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # two named bodies of members: the description could be either
        ("Oil Minister Pell Arvo said Friday's meeting of the oil ministers would weigh output. The Kelvar Oil "
         "League and the Marrow Council will publish statements later.", {"oil ministers"}),
        # a second group named by its count, left untagged before "ministers"
        ("Finance Minister Orla Vintner said this week's meeting of wealthy trading nations would weigh a bond "
         "levy. The Group of Nine and the Group of Six ministers plan a joint statement.",
         {"wealthy trading nations"}),
        # an analyst comments on a session he does not attend
        ("Analyst Pell Arvo of Calder Securities said this week's meeting of wealthy trading nations would weigh "
         "a bond levy. The Group of Nine plans to issue a joint statement on Friday.", {"Group of Nine"}),
    ],
)
def test_described_session_not_linked(run: Callable[..., list[Meeting]], text: str, sides: set[str]) -> None:
    assert [side_names(m) for m in run(text)] == [sides]


@pytest.mark.parametrize(
    ("text", "bloc", "members"),
    [
        # trade: the members' ministers named after "from"
        ("Trade ministers of the five-nation Kessel Pact ended talks on Monday after agreeing on port fees. But "
         "the ministers from Nepal, Bhutan, Laos and Mongolia did not back a plan on a common tariff.",
         "Kessel Pact", {"Nepal", "Bhutan", "Laos", "Mongolia"}),
        # health: delegates of the members, one country named with "the"
        ("Health ministers of the four-nation Ostral Council met in Calder on Monday over vaccine stocks. "
         "Delegates from Malawi, Zambia and the Gambia backed a shared fund.",
         "Ostral Council", {"Malawi", "Zambia", "Gambia"}),
        # sport: the federation's member nations counted and listed between dashes
        ("The Velm Football Federation meeting in Tessaly ended on Monday without a deal on transfer fees. The "
         "three nations - Nepal, Bhutan and Laos - backed the plan.",
         "Velm Football Federation", {"Nepal", "Bhutan", "Laos"}),
        # finance: a group counted by its members, the members counted and listed after a colon
        ("Officials said the G-9 meeting in Calder on Friday would weigh a common levy. The four members: Nepal, "
         "Bhutan, Laos and Mongolia backed the plan.", "G-9", {"Nepal", "Bhutan", "Laos", "Mongolia"}),
        # finance: the one member the article says will attend
        ("The Group of Nine meeting, which Nepal intends to attend, opens in Calder next week.",
         "Group of Nine", {"Nepal"}),
    ],
)
def test_bloc_session_lists_the_members_the_article_names(run: Callable[..., list[Meeting]], text: str, bloc: str,
                                                          members: set[str]) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert side_names(meetings[0]) == {bloc, *members}


def test_partners_listed_after_dashes_join_the_bloc_session(run: Callable[..., list[Meeting]]) -> None:
    text = ("The Merrow Alliance meeting in Tessaly ended on Monday without a deal on quotas. Peru boycotted a "
            "meeting of its Merrow Alliance partners: Nepal, Bhutan and Laos.")
    assert {"Merrow Alliance", "Nepal", "Bhutan", "Laos"} in [side_names(m) for m in run(text)]


@pytest.mark.parametrize(
    "text",
    [
        # countries named as the place of something else
        "Farm ministers of the five-nation Kessel Pact ended talks on Monday after agreeing on grain quotas. "
        "Exports from Nepal, Bhutan, Laos and Mongolia rose last year.",
        # the bloc's talks with a firm: not its own session
        "The five-nation Kessel Pact held talks with Corvane Shipping on Monday on port fees. Ministers from "
        "Nepal, Bhutan and Laos were not present.",
        # market actors listed after dashes, not the bloc's members
        "The Kessel Pact meeting in Tessaly ended on Monday. Its trading partners - Nepal, Bhutan and Laos - "
        "raised tariffs.",
        # a country the relative clause says something else of
        "The Ostral Pact meeting, which Laos criticised, will open in Calder next week.",
    ],
)
def test_countries_named_otherwise_do_not_join_the_session(run: Callable[..., list[Meeting]], text: str) -> None:
    assert all(not {"Nepal", "Bhutan", "Laos"} & side_names(m) for m in run(text))


@pytest.mark.parametrize(
    ("text", "body", "status"),
    [
        # commodities: an acronym whose ministers the article names
        ("ORVEX ministers agreed last month to hold prices steady. Officials said next week's ORVEX meeting would "
         "review the accord.", "ORVEX", "planned"),
        # regional politics: a council whose member states the article counts
        ("The Harn Cooperation Council has six member states. The Harn Cooperation Council summit ended in "
         "Tessaly on Monday without a deal.", "Harn Cooperation Council", "held"),
        # sport: a union of national sides, its ministers named before the body
        ("Sports ministers of the Velm Football Union differ on the levy. The Velm Football Union meeting in "
         "Calder on Friday will weigh new quotas, officials said.", "Velm Football Union", "planned"),
        # commodities: those outside the body are producers, so are those in it
        ("Several non-CAPRA producers, including Nepal and Laos, backed the plan. We took a positive view of "
         "the CAPRA meeting in Brno, said Orla Vintner.", "CAPRA", "held"),
    ],
)
def test_body_of_governments_in_session(run: Callable[..., list[Meeting]], text: str, body: str,
                                        status: str) -> None:
    meetings = [m for m in run(text) if body in side_names(m)]
    assert len(meetings) == 1
    assert side_names(meetings[0]) == {body}
    assert meetings[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        # a town's own council
        "Councillor Ana Pell said the town needs new roads. The Dorr City Council meeting on Friday approved "
        "the budget.",
        # a union's own congress, its members workers
        "The Dockers Union has 40,000 members. The Dockers Union meeting in Arlen elected a new leader on Monday.",
        # a firm's acronym
        "Tarvel Bank said profit rose. The TBK meeting on Friday approved the dividend.",
        # a body of governments' session as a backdrop
        "ORVEX ministers agreed last month to hold prices steady. Brokers kept their bets small ahead of the ORVEX "
        "meeting in Calder.",
    ],
)
def test_own_body_or_backdrop_is_no_session(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []

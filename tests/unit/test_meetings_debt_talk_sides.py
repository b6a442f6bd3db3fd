"""MEETINGS of a borrower and its lenders told through others: an outlet relaying the borrower's talks ("the
agency reported ... It said negotiations with foreign lenders begin in June"), the borrower's own nationals met
by the lenders ("sessions with the Ghanaian negotiators"), and talks "between X and its foreign bank creditors".

Every sentence is invented. Publication date: Tuesday 2026-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Kenya paid back 200 million dollars owed abroad this year, the official Veska news agency reported. It said "
     "negotiations with foreign lenders on the next stage would begin in June.",
     {"Kenya", "foreign lenders"}),
    ("Orvik Steel Corp cut its spending by ten pct, the weekly Harbour Review said. It said talks with its bank "
     "creditors would resume in April.",
     {"Orvik Steel Corp", "bank creditors"}),
])
def test_an_outlet_relaying_talks_is_no_side_the_lede_actor_is(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "planned"


def test_an_outlet_with_its_own_talks_keeps_them(run) -> None:
    [meeting] = run("The Veska news agency said it sat down with the Dawes Press Union on Monday about pay.")
    assert side_names(meeting) == {"Veska news agency", "Dawes Press Union"}


@pytest.mark.parametrize("text", [
    "Ghana reached an accord with its creditor banks on Monday, officials said. Bankers said the sessions with the "
    "Ghanaian negotiators had gone on late into the night.",
    "Peru reached an accord with its creditor banks on Monday, officials said. Bankers said the sessions with the "
    "Peruvian delegation had gone on late into the night.",
])
def test_a_countrys_own_nationals_are_its_side_not_a_second_party(run, text: str) -> None:
    meetings = run(text)
    assert meetings
    assert all(not any(n.startswith(("Ghanaian", "Peruvian")) for n in side_names(m)) for m in meetings)
    assert all(len(m.participants) >= 2 for m in meetings)


def test_another_countrys_nationals_stay_a_side(run) -> None:
    """Named as the state they act for, a side of its own (eval/README.md: a state told by its people)."""
    [meeting] = run("Chile opened trade negotiations with the Bolivian delegation on Monday, officials said.")
    assert side_names(meeting) == {"Chile", "Bolivia"}


@pytest.mark.parametrize(("text", "sides"), [
    ("Talks between Ghana and its bank creditors on a fresh loan resumed on Tuesday, bankers said.",
     {"Ghana", "bank creditors"}),
    ("Negotiations between Tarnvale Power Co and its foreign bank creditors resumed on Tuesday, bankers said.",
     {"Tarnvale Power Co", "foreign bank creditors"}),
])
def test_talks_between_a_borrower_and_its_bank_creditors(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize(("text", "sides"), [
    ("Financing talks between the Kenyan cabinet and the lenders' steering committee are near a deal, bankers "
     "said.", {"Kenyan cabinet", "lenders' steering committee"}),
    ("Funding talks between Orvik Steel Corp and its lenders resumed on Monday.", {"Orvik Steel Corp", "lenders"}),
])
def test_financing_talks_with_the_borrowers_own_lenders_are_met(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


@pytest.mark.parametrize("text", [
    "Orvik Steel Corp was granted a 200 mln dlr loan by its creditor banks, bankers said.",
    "Orvik Steel Corp issued a 300 mln dlr bond through its bank steering committee, lenders said.",
])
def test_lending_with_no_talks_is_no_meeting(run, text: str) -> None:
    assert run(text) == []


def test_a_borrower_and_its_own_lenders_share_no_head(run) -> None:
    [meeting] = run("Debt talks between Ghana and its creditor banks resumed on Monday.")
    assert "Ghana" in side_names(meeting)
    assert not any(n.startswith("Ghana ") for n in side_names(meeting))


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("The city of Marlow will meet its lenders next week.", {"Marlow", "lenders"}, "planned"),
    ("Talks between the province of Orlund and its lenders resumed on Monday.", {"Orlund", "lenders"}, "held"),
    ("Orvik Corp met the town of Delby on Monday over the plant.", {"Orvik Corp", "Delby"}, "held"),
])
def test_a_governed_place_told_by_its_kind_is_a_side(run, text: str, sides: set[str], status: str) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Orvik Corp met its lenders in the city of Dunmere on Monday.",
    "The port of Dunmere held talks with its lenders on Monday.",
])
def test_a_site_told_by_its_kind_is_no_side(run, text: str) -> None:
    assert not any("Dunmere" in n for m in run(text) for n in side_names(m))


@pytest.mark.parametrize(("text", "sides"), [
    ("The state agency said a deal was reached on Monday between a Norvath team under Treasury Minister Ilse "
     "Varga and ten creditor governments. It said negotiations with private lenders over the last stage of "
     "Norvath's debt plan will follow in May.",
     {"private lenders", "Norvath"}),
    ("Officials said negotiations with bondholders over Brenton Mills Inc's loan restructuring were planned for "
     "next week.",
     {"bondholders", "Brenton Mills Inc"}),
])
def test_lenders_owned_by_no_possessive_are_the_debtor_of_the_topic(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert side_names(meetings[-1]) == sides
    assert meetings[-1].status == "planned"


def test_a_topic_owner_the_article_does_not_name_is_no_side(run) -> None:
    meetings = run("The state agency said a deal was reached on Monday between a team under Treasury Minister Ilse "
                   "Varga and ten creditor governments. It said negotiations with private lenders over the last "
                   "stage of the country's debt plan will follow in May.")
    assert all("country" not in " ".join(side_names(m)) for m in meetings)

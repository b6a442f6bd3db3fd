"""Places read among the states of the article's own day: copy of 1987 names West Germany and the Soviet Union,
and a capital of theirs stands for them; an article of today reads today's states. Sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.vocabulary import places
from streams.ingest.article import Article

OLD = dt.datetime(1987, 4, 8, 9, 0, tzinfo=dt.UTC)
NEW = dt.datetime(2026, 4, 8, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("ask", "name", "then", "now"),
    [
        (places.capital_country, "Bonn", "West Germany", None),
        (places.capital_country, "Moscow", "Soviet Union", "Russia"),
        (places.capital_country, "Prague", "Czechoslovakia", "Czechia"),
        (places.capital_country, "Belgrade", "Yugoslavia", "Serbia"),
        (places.capital_country, "Berlin", None, "Germany"),
        (places.capital_country, "Peking", "China", "China"),
        (places.demonym_country, "West German", "West Germany", None),
        (places.demonym_country, "Yugoslav", "Yugoslavia", None),
        (places.country_capital, "West Germany", "Bonn", None),
        (places.country_capital, "East Germany", "East Berlin", None),
        (places.demonym_capital, "Czechoslovak", "Prague", None),
    ],
)
def test_a_lookup_answers_for_the_articles_day(ask, name, then, now):
    with places.era(OLD.date()):
        assert ask(name) == then
    with places.era(NEW.date()):
        assert ask(name) == now
    assert ask(name) == now  # no date: today's states


def test_one_state_shares_a_code_and_a_place_with_its_capital():
    with places.era(OLD.date()):
        assert places.country_code("West Germany") == places.place_country("Bonn") == "DE"
        assert places.country_code("Soviet Union") == places.place_country("Moscow") == "SU"
        assert places.country_code("East Germany") == "DD" != places.country_code("West Germany")


def test_a_state_is_known_until_the_day_it_ended():
    with places.era(dt.date(1990, 10, 2)):
        assert places.capital_country("Bonn") == "West Germany"
    with places.era(dt.date(1990, 10, 3)):
        assert places.capital_country("Bonn") is None


def _sides(enricher, text: str, published: dt.datetime) -> list[set[str]]:
    found = enricher.enrich(Article(id="t", text=text, published_at=published)).meetings
    return [{p.name for p in m.participants} for m in found]


@pytest.mark.parametrize(
    ("text", "then", "now"),
    [
        ("Tarvia's labour minister Ola Vinter will travel to Bonn on Monday for talks on her West German "
         "counterpart's pension plan, Tarvian aides said.",
         {"Ola Vinter", "West Germany"}, None),
        ("Fisheries Minister Pell Arnason flew to Moscow on Tuesday for talks on cod quotas, his office said.",
         {"Pell Arnason", "Soviet Union"}, {"Pell Arnason", "Russia"}),
    ],
)
def test_a_capital_visited_stands_for_the_state_of_its_day(enricher, text, then, now):
    assert then in _sides(enricher, text, OLD)
    new = _sides(enricher, text, NEW)
    assert (now in new) if now else all("West Germany" not in s for s in new)

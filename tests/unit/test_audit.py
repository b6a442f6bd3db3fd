"""The audit's comparison: a raw article is accounted for by a dead letter at its origin or an enriched
article of the same id and version; anything else old enough is reported, anything too young is not judged."""

from __future__ import annotations

from streams.monitoring.audit import RawArticle, compare

NOW = 10_000.0
SINCE, UNTIL = NOW - 3600, NOW - 600


def raw(partition: int, offset: int, article_id: str | None, version: str | None = "v1",
        age: float = 1200.0) -> RawArticle:
    return RawArticle(partition, offset, NOW - age, article_id, version)


def run(records, enriched=frozenset(), dead=frozenset()):
    return compare(records, set(enriched), set(dead), "articles.raw", SINCE, UNTIL, NOW)


def test_enriched_and_dead_lettered_articles_are_accounted_for():
    report = run([raw(0, 1, "a"), raw(1, 7, None, None), raw(2, 3, "c")],
                 enriched={("a", "v1")}, dead={(1, 7), (2, 3)})
    assert (report.checked, report.enriched, report.dead_lettered, report.unaccounted) == (3, 1, 2, [])


def test_an_article_without_outcome_is_reported_with_its_place_and_age():
    report = run([raw(1, 413, "lost", age=900.0), raw(1, 414, "done")], enriched={("done", "v1")})
    [lost] = report.unaccounted
    assert (lost.partition, lost.offset, lost.article_id, lost.age_seconds) == (1, 413, "lost", 900.0)


def test_an_enriched_older_version_does_not_account_for_a_changed_text():
    report = run([raw(0, 1, "a", "v1"), raw(0, 2, "a", "v2")], enriched={("a", "v1")})
    assert [(u.offset, u.article_id) for u in report.unaccounted] == [(2, "a")]


def test_a_dead_letter_for_another_place_does_not_count():
    report = run([raw(0, 5, None, None)], dead={(1, 5), (0, 6)})
    assert len(report.unaccounted) == 1


def test_articles_within_the_grace_period_or_before_the_window_are_not_judged():
    report = run([raw(0, 1, "young", age=60.0), raw(0, 2, "old", age=7200.0)])
    assert (report.checked, report.too_recent, report.unaccounted) == (0, 1, [])


def test_the_report_is_json():
    report = run([raw(3, 9, "x")])
    assert b'"unaccounted":[{"partition":3,"offset":9,"article_id":"x"' in report.as_json()

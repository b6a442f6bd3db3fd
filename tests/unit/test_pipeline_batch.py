"""Batch enrichment for the agent: chunking by text size, and failure isolation per article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from streams.enrich.pipeline import Enricher, EnrichmentFailed
from streams.events.deadletter import Origin
from streams.events.outgoing import ArticleProcessor
from streams.ingest.article import Article
from streams.pipeline.batch import Job, chunks, enrich_batch


def job(n: int, text: str) -> Job:
    return Job(Article(id=f"a{n}", text=text), b"{}", Origin("articles.raw", 0, n, None, f"a{n}"))


@given(st.lists(st.integers(min_value=1, max_value=50), max_size=30), st.integers(min_value=1, max_value=80))
def test_chunks_keep_every_job_in_order_within_the_text_budget(sizes, budget):
    jobs = [job(n, "x" * size) for n, size in enumerate(sizes)]
    parts = list(chunks(jobs, budget))
    assert [j for part in parts for j in part] == jobs
    for part in parts:
        assert part
        assert len(part) == 1 or sum(len(j.article.text) for j in part) <= budget


class FailsOne(Enricher):
    """A real enricher whose batch reports an extractor failure for one chosen article."""

    def __init__(self, nlp, failing_id: str) -> None:
        super().__init__(nlp)
        self.failing_id = failing_id

    def enrich_many(self, articles):
        results = super().enrich_many(articles)
        return [EnrichmentFailed("meetings", RuntimeError("boom")) if a.id == self.failing_id else r
                for a, r in zip(articles, results, strict=True)]


def test_one_failed_article_in_a_batch_is_dead_lettered_alone(nlp):
    jobs = [
        job(0, "The minister said the talks would resume on Monday.\n\nOfficials declined to comment."),
        job(1, "Farmers protested outside the parliament on Tuesday."),
        job(2, '"We are ready," the coach said after training.'),
    ]
    outcomes = enrich_batch(ArticleProcessor(FailsOne(nlp, "a1")), jobs)
    assert [o.status for o in outcomes] == ["enriched", "deadletter", "enriched"]
    assert outcomes[1].reason == "enrichment_error"
    assert [o.article.id for o in outcomes if o.article] == ["a0", "a2"]
    assert all(o.messages for o in outcomes)

"""Enriching several articles in one call of the enrichment process (no Faust here).

One `Enricher.enrich_many` parse serves the whole batch (the parser and NER step through all
paragraphs at once), and one hand-off to the child process serves many articles. `ArticleProcessor`
still owns every rule around enrichment (output limits, event contract, dead letters): it is
handed the result the batch already computed for each article, so an article that failed in
the batch is dead-lettered alone and the others go on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from streams.enrich.model import Enrichment
from streams.enrich.pipeline import EnrichmentFailed
from streams.events.deadletter import Origin
from streams.events.outgoing import ArticleProcessor, Outcome
from streams.ingest.article import Article

# Text per `enrich_many` call: ~15 typical articles. Bounds the memory of one batch's Docs
# when large articles arrive together (one article may have up to the text limit alone).
MAX_BATCH_CHARS = 60_000


@dataclass(frozen=True, slots=True)
class Job:
    """A decoded article that is new to this worker and must be enriched."""

    article: Article
    raw: bytes
    origin: Origin


class _Computed:
    """Stands in for the `Enricher` of one article: returns (or raises) what the batch computed."""

    def __init__(self, result: Enrichment | EnrichmentFailed) -> None:
        self.result = result

    def enrich(self, article: Article) -> Enrichment:
        if isinstance(self.result, EnrichmentFailed):
            raise self.result
        return self.result


def chunks(jobs: Sequence[Job], max_chars: int = MAX_BATCH_CHARS) -> Iterator[Sequence[Job]]:
    """Consecutive runs of jobs whose texts add up to at most `max_chars` (a longer job runs alone)."""
    start, size = 0, 0
    for i, job in enumerate(jobs):
        if i > start and size + len(job.article.text) > max_chars:
            yield jobs[start:i]
            start, size = i, 0
        size += len(job.article.text)
    if start < len(jobs):
        yield jobs[start:]


def enrich_batch(proc: ArticleProcessor, jobs: Sequence[Job]) -> list[Outcome]:
    """Each job's outcome, in order; runs in the enrichment process (`streams.pipeline.offload`)."""
    outcomes: list[Outcome] = []
    for chunk in chunks(jobs):
        results = proc.enricher.enrich_many([job.article for job in chunk])
        outcomes += [
            ArticleProcessor(_Computed(result), proc.limits).enrich(job.article, job.raw, job.origin)
            for job, result in zip(chunk, results, strict=True)
        ]
    return outcomes

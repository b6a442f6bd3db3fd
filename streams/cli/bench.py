"""`newswire bench`: speed and memory on generated articles or on your own."""

from __future__ import annotations

from pathlib import Path

import click

from streams.cli.common import fail


def _articles(value: str) -> int | str:
    if value.isdigit():
        return int(value)
    if not Path(value).exists():
        raise click.BadParameter(f"neither a number of articles nor an existing file or folder: {value!r}")
    return value


@click.command()
@click.option("--articles", default="100", show_default=True, metavar="N|PATH",
              help="How many articles to generate, or your own (.jsonl, .json, .txt or a folder, as for `enrich`).")
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(1),
              help="Repeats of each measurement; medians are reported.")
@click.option("--seed", default=7, show_default=True, type=int, help="Seed of the generated articles and stream.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1),
              help="Articles per Enricher.enrich_many call.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 2),
              help="Largest worker count of the pipeline runs.")
@click.option("--quick", is_flag=True, help="Smoke run: at most 12 articles, 1 repeat, 1 worker.")
@click.option("--skip-offline", is_flag=True, help="Only the Kafka side.")
@click.option("--skip-stream", is_flag=True, help="No news stream scenario (fresh articles only).")
@click.option("--skip-kafka", is_flag=True, help="Only the offline side (no broker, no workers).")
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the JSON (default bench/results/<time>.json in a checkout, else ./).")
def bench(articles: str, repeat: int, seed: int, batch_size: int, workers: int, quick: bool, skip_offline: bool,
          skip_stream: bool, skip_kafka: bool, json_out: Path | None) -> None:
    """Measure Newswire against a naive spaCy + textacy + VADER peer, on fresh articles and on a news
    stream (stories in 3–5 versions plus syndicated copies), then the Kafka pipeline.

    Prints one table (articles/s, CPU ms per article, stage timings, parse cache reuse, latency,
    peak RSS, ratios and targets) and writes the numbers as JSON. The naive peer needs the
    optional extra `bench` (textacy); without it Newswire's numbers are still measured.
    See docs/performance.md.

    Example: newswire bench --articles my.jsonl --repeat 1 --skip-kafka
    """
    from streams.bench.run import Options, run
    from streams.enrich.nlp import ModelNotInstalled

    count = _articles(articles)
    if quick:
        count = min(count, 12) if isinstance(count, int) else count
        repeat, workers = 1, 1
    options = Options(articles=count, repeat=repeat, seed=seed, batch_size=batch_size, workers=workers,
                      skip_offline=skip_offline, skip_stream=skip_stream, skip_kafka=skip_kafka, json_out=json_out)
    try:
        raise SystemExit(run(options))
    except (ModelNotInstalled, ValueError) as exc:
        fail(str(exc))

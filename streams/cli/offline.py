"""Commands that need no Kafka: `enrich` (the core on files) and `eval` (quality numbers)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import orjson

from streams.cli.common import EXIT_INVALID_INPUT, err, fail, out
from streams.cli.escaping import for_terminal
from streams.cli.text_input import text_defaults, text_options


@click.command()
@click.argument("source", metavar="PATH|-")
@click.option("--enriched", is_flag=True, help="Print one enriched-article document per article instead of events.")
@text_options
def enrich(source: str, enriched: bool, article_id: str | None, published_at: str | None) -> None:
    """Enrich articles from files, offline: JSON lines of events on stdout.

    PATH is a .txt (plain text: the first line is the title when a blank line follows
    it), .json (one article), .jsonl (one per line) or a folder of those; `-` reads stdin.
    The same core the worker runs.

    Example: newswire enrich article.json | jq 'select(.type=="meeting")'

    Example: newswire enrich note.txt --published-at 2026-04-12
    """
    defaults = text_defaults(source, article_id, published_at)
    from streams.enrich.nlp import ModelNotInstalled
    from streams.enrich.pipeline import Enricher, EnrichmentFailed
    from streams.enrich.speedups.matmul import InvalidMatmulSetting
    from streams.enrich.speedups.parse_cache import InvalidCacheSetting
    from streams.events.build import build_events
    from streams.ingest.files import NotPlainText, read_inputs

    try:
        enricher = Enricher()
    except (ModelNotInstalled, InvalidCacheSetting, InvalidMatmulSetting) as exc:
        fail(str(exc))
    bad = 0
    try:
        for record in read_inputs(source, defaults=defaults):
            if record.article is None:
                bad += 1
                err.print(f"[red]{for_terminal(record.origin)}[/]: {record.error.reason}: "
                          f"{for_terminal(record.error.message)}")
                continue
            try:
                batch = build_events(record.article, enricher.enrich(record.article))
            except EnrichmentFailed as exc:
                bad += 1
                err.print(f"[red]{for_terminal(record.origin)}[/]: enrichment_error: {for_terminal(str(exc))}")
                continue
            docs = [batch.enriched] if enriched else [e for events in batch.by_type().values() for e in events]
            sys.stdout.buffer.write(b"".join(orjson.dumps(d) + b"\n" for d in docs))
            sys.stdout.flush()
    except (FileNotFoundError, UnicodeDecodeError, NotPlainText) as exc:
        fail(str(exc))
    if bad:
        sys.exit(EXIT_INVALID_INPUT)


@click.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false hit per article.")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@click.option(
    "--half",
    type=click.Choice(["first", "second"]),
    default=None,
    help="Only the first ceil(n/2) files in name order, or the rest: write rules on one half, measure the other.",
)
def evaluate(gold_dir: Path, verbose: bool, as_json: bool, half: str | None) -> None:
    """Measure the core against annotated articles (e.g. ../shared/eval/dev).

    Prints precision/recall/F1 per event type, speaker accuracy, meeting status, mode,
    location and date accuracy, and article sentiment accuracy.

    Example: newswire eval ../shared/eval/dev-real --half first --verbose
    """
    from streams.enrich.pipeline import Enricher
    from streams.evaluation.gold import GoldFormatError
    from streams.evaluation.report import as_dict, render
    from streams.evaluation.report import evaluate as run_eval

    try:
        scores = run_eval(gold_dir, Enricher(), half=half)
    except GoldFormatError as exc:
        fail(str(exc))
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(as_dict(scores), option=orjson.OPT_INDENT_2) + b"\n")
    else:
        render(scores, out, verbose)

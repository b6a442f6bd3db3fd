"""`newswire`: run the pipeline, feed it, watch it, and measure it."""

from __future__ import annotations

import logging

import click

from streams import __version__
from streams.cli.audit import audit
from streams.cli.bench import bench
from streams.cli.common import stacks_on_sigusr1, stop_on_sigterm
from streams.cli.escaping import install_log_escaping
from streams.cli.kafka import broker, publish, tail, worker
from streams.cli.offline import enrich, evaluate
from streams.cli.replay import replay
from streams.cli.run import run
from streams.cli.stories import stories
from streams.cli.topology import topology


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(__version__, prog_name="newswire")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["debug", "info", "warning", "error"]), help="Log level on stderr.")
def cli(log_level: str) -> None:
    """Newswire: real-time news enrichment. Raw articles in; meetings, statements and sentiment out.

    Start with `newswire run` (embedded broker, a worker, the bundled samples); see each
    command's --help for examples.
    """
    install_log_escaping()
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    stop_on_sigterm()
    stacks_on_sigusr1()


for command in (run, worker, broker, publish, tail, replay, audit, enrich, evaluate, stories, topology, bench):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="newswire")

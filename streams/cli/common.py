"""What several commands share: the broker they talk to, consoles, and clean error exits."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import NoReturn

import click
from rich.console import Console

from streams.config import BROKER_ENV, ConfigError, Settings, normalise_broker

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

# Exit codes: 0 ok, 1 some input records were invalid, 2 usage or configuration error, 3 runtime failure.
EXIT_INVALID_INPUT = 1
EXIT_CONFIG = 2
EXIT_RUNTIME = 3


def fail(message: str, code: int = EXIT_CONFIG, hint: str | None = None) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    if hint:
        err.print(f"[dim]hint: {hint}[/]")
    sys.exit(code)


def broker_option(f):
    return click.option(
        "--broker", envvar=BROKER_ENV, default=None, metavar="URL",
        help=f"Kafka bootstrap, e.g. kafka://host:9092 (env {BROKER_ENV}). Default: start the embedded broker.",
    )(f)


def prefix_option(f):
    return click.option(
        "--topic-prefix", envvar="NEWSWIRE_TOPIC_PREFIX", default="", metavar="PREFIX",
        help="Prefix for every topic name (env NEWSWIRE_TOPIC_PREFIX).",
    )(f)


def apply_settings(**values: str | None) -> Settings:
    """Flags become NEWSWIRE_* variables so the Faust app (built at import) sees them too."""
    env = {
        "broker": BROKER_ENV,
        "topic_prefix": "NEWSWIRE_TOPIC_PREFIX",
        "metrics_addr": "NEWSWIRE_METRICS_ADDR",
        "partitions": "NEWSWIRE_PARTITIONS",
        "broker_kind": "NEWSWIRE_BROKER_KIND",
        "app_id": "NEWSWIRE_APP_ID",
    }
    for key, value in values.items():
        if value is not None:
            os.environ[env[key]] = str(normalise_broker(value) if key == "broker" else value)
    try:
        return Settings.from_env()
    except ConfigError as exc:
        fail(str(exc))


@contextlib.contextmanager
def broker_for(settings: Settings) -> Iterator[Settings]:
    """The configured broker, or an embedded one started here and stopped on every exit path."""
    if settings.broker:
        yield settings
        return
    from streams.broker.embedded import BrokerError, EmbeddedBroker

    try:
        with EmbeddedBroker() as broker:
            err.print(f"[dim]embedded broker on {broker.url} (memory only; log {broker.log_path})[/]")
            yield apply_settings(broker=broker.url, broker_kind="embedded")
    except BrokerError as exc:
        fail(str(exc), EXIT_RUNTIME)


def require_broker(settings: Settings) -> None:
    if not settings.broker:
        fail("no broker configured", hint=f"start one with `newswire broker` and set {BROKER_ENV} (or pass --broker)")

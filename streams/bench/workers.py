"""`newswire worker` as a child process: what the benchmark and the integration tests start.

With its own log file and metrics port; the worker runs this very interpreter and package,
whether from a checkout or an installed wheel.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import streams
from streams.broker.embedded import free_port

# The directory holding the `streams` package: the checkout's root, or site-packages.
PACKAGE_ROOT = Path(streams.__file__).resolve().parents[1]


@dataclass
class WorkerProcess:
    """`newswire worker` as a child process, with its own log file and metrics port."""

    bootstrap: str
    prefix: str
    app_id: str
    log_path: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    metrics_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        env = {
            **os.environ,
            "NEWSWIRE_BROKER": f"kafka://{self.bootstrap}",
            "NEWSWIRE_TOPIC_PREFIX": self.prefix,
            "NEWSWIRE_APP_ID": self.app_id,
            "NEWSWIRE_METRICS_ADDR": f"127.0.0.1:{self.metrics_port}",
            "NEWSWIRE_BROKER_KIND": "embedded",
            "PYTHONPATH": str(PACKAGE_ROOT),
            "NEWSWIRE_STATE_DIR": str(self.log_path.parent),
            **self.extra_env,
        }
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker", "--loglevel", "info"],
            env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=PACKAGE_ROOT,
        )
        log.close()
        return self

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 30.0) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

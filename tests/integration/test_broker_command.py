"""`newswire broker` as an operator runs it: a real Tansu child process that may die under it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from streams.broker.embedded import free_port
from streams.cli.common import EXIT_RUNTIME
from tests.integration.harness import ROOT

pytestmark = pytest.mark.integration


def children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.mark.timeout(120)
def test_the_broker_command_exits_non_zero_and_says_so_when_its_broker_process_dies(tmp_path):
    env = {**os.environ, "NEWSWIRE_STATE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "streams", "broker", "--port", str(free_port())], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        assert "embedded broker ready" in proc.stdout.readline()
        [tansu] = children(proc.pid)
        os.kill(tansu, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            proc.wait(30)
    assert proc.returncode == EXIT_RUNTIME
    assert "embedded broker exited with" in " ".join(stderr.split())

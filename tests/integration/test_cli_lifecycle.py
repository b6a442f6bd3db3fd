"""`newswire run` as supervisors and newcomers drive it: stopped by a signal, or failing at start.

The real entry point in a subprocess. Processes are read from /proc: every descendant of the
command (broker, worker, the worker's multiprocessing children) must be gone once it exits.
"""

from __future__ import annotations

import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.cli.worker_logs import READY_MARK
from tests.conftest import ROOT

pytestmark = pytest.mark.integration

NEWSWIRE = Path(sys.executable).with_name("newswire")


def _stat(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, state, start time) of a live process, None once it is gone or a zombie."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return (None if fields[0] == "Z" else (int(fields[1]), fields[0], int(fields[19])))


def descendants(root: int) -> dict[int, int]:
    """pid → start time of every process below `root`, read from /proc."""
    children: dict[int, list[int]] = {}
    start: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (info := _stat(int(entry.name))):
            children.setdefault(info[0], []).append(int(entry.name))
            start[int(entry.name)] = info[2]
    found, todo = {}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = start[child]
            todo.append(child)
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def still_running(processes: dict[int, int]) -> list[int]:
    return [pid for pid, started in processes.items() if (info := _stat(pid)) and info[2] == started]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(NEWSWIRE_STATE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    return env


def _stderr_chunks(proc: subprocess.Popen[bytes], seconds: float) -> Iterator[bytes]:
    """What the process writes to stderr, as it comes, for up to `seconds`; an empty chunk when it closes."""
    assert proc.stderr is not None
    deadline = time.monotonic() + seconds
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        while (left := deadline - time.monotonic()) > 0:
            if sel.select(min(left, 1.0)):
                chunk = os.read(proc.stderr.fileno(), 65536)
                yield chunk
                if not chunk:
                    return


def _read_until(proc: subprocess.Popen[bytes], marker: bytes, timeout: float) -> bytes:
    """stderr until `marker` (a deadline, not a sleep: the test waits for what it needs)."""
    seen = b""
    for chunk in _stderr_chunks(proc, timeout):
        assert chunk, f"stderr closed before {marker!r}: {seen.decode(errors='replace')}"
        seen += chunk
        if marker in seen:
            return seen
    raise AssertionError(f"no {marker!r} within {timeout:.0f}s: {seen.decode(errors='replace')}")


def _await_exit(proc: subprocess.Popen[bytes], tmp_path: Path, timeout: float) -> None:
    """The command's exit; one that overruns fails with every thread's stack (SIGUSR1) and the worker's log
    tail, so a stop that hangs once in a loaded run says where it waited."""
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGUSR1)
        stacks = b"".join(_stderr_chunks(proc, 3)).decode(errors="replace")
        log = tmp_path / "worker.log"
        tail = log.read_text(errors="replace")[-3000:] if log.exists() else "(no worker log)"
        pytest.fail(f"still running {timeout:.0f}s after the signal\n--- stderr ---\n{stacks}\n"
                    f"--- worker log ---\n{tail}")


def _ignore_sigint() -> None:
    """What a script's `cmd &` does to the background command: SIGINT ignored from its start."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize(("command", "signum", "background"), [
    ("run", signal.SIGTERM, False), ("run", signal.SIGINT, False), ("worker", signal.SIGTERM, False),
    ("run", signal.SIGTERM, True),
], ids=["run-SIGTERM", "run-SIGINT", "worker-SIGTERM", "run-SIGTERM-started-in-background"])
def test_a_command_stops_the_broker_worker_and_children_it_started_on_a_signal(tmp_path, command, signum,
                                                                               background):
    proc = subprocess.Popen(
        [str(NEWSWIRE), command, "--metrics-addr", "127.0.0.1:0"], env=_env(tmp_path), cwd=tmp_path,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=_ignore_sigint if background else None,
    )
    try:
        # `run` says this after its worker is ready; the worker says it itself.
        _read_until(proc, b"waiting for their events" if command == "run" else READY_MARK.encode(), timeout=180)
        deadline = time.monotonic() + 120  # the enrichment process may start just after the ready line
        while True:
            children = descendants(proc.pid)
            names = {pid: _cmdline(pid) for pid in children}
            if any(b"multiprocessing" in n for n in names.values()) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert any(b"tansu" in n for n in names.values()), names
        assert any(b"multiprocessing" in n for n in names.values()), names
        proc.send_signal(signum)
        _await_exit(proc, tmp_path, 60)
        deadline = time.monotonic() + 10  # the broker's and children's own exit, after the command's
        while still_running(children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert still_running(children) == [], {p: names[p] for p in still_running(children)}
    finally:
        for pid in still_running(descendants(proc.pid)):
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_run_names_the_workers_own_error_and_announces_nothing_before(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [str(NEWSWIRE), "run", "--once", "--metrics-addr", f"127.0.0.1:{port}"], env=_env(tmp_path),
            cwd=tmp_path, capture_output=True, timeout=180,
        )
    stderr = result.stderr.decode()
    assert result.returncode == 3, stderr
    assert f"cannot serve metrics on 127.0.0.1:{port}" in stderr
    assert f"http://127.0.0.1:{port}/metrics" not in stderr
    assert "worker ready" not in stderr and "published" not in stderr


@pytest.mark.parametrize("loglevel", ["warning", "info"])
def test_the_worker_says_it_is_ready_at_any_log_level_without_table_dumps(tmp_path, broker, loglevel):
    proc = subprocess.Popen(
        [str(NEWSWIRE), "worker", "--broker", broker.url, "--topic-prefix", f"t{tmp_path.name[-8:]}.",
         "--metrics-addr", "127.0.0.1:0", "--loglevel", loglevel],
        env={**_env(tmp_path), "NEWSWIRE_APP_ID": f"ready-{loglevel}-{os.getpid()}"}, cwd=tmp_path,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        said = _read_until(proc, READY_MARK.encode(), timeout=180).decode(errors="replace")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    ready = next(line for line in said.splitlines() if READY_MARK in line)
    assert ready.startswith(READY_MARK) and "consuming" in ready
    assert not [line for line in said.splitlines() if line.startswith(("+-", "| "))]
    if loglevel == "info":
        assert "Starting..." in said  # the info log is there, only its tables are gone

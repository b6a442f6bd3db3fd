"""Small measuring helpers: rates, percentiles, peak memory, machine load."""

from __future__ import annotations

import math
import os
import resource
import statistics
from collections.abc import Sequence
from pathlib import Path


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): a value that was actually observed."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def peak_rss_mb_self() -> float:
    """This process's peak resident set (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb_of(pid: int) -> float | None:
    """Peak resident set (VmHWM) of a running process and its descendants, or None when it is gone.

    The worker enriches in a child process, so its own VmHWM leaves the model out. The sum of
    the peaks is an upper bound on the tree's peak (they need not coincide), which is the safe
    side for a memory target.
    """
    own = vm_hwm_mb(pid)
    if own is None:
        return None
    return own + sum(vm_hwm_mb(child) or 0.0 for child in _descendants(pid))


def cpu_seconds_of(pid: int) -> float | None:
    """CPU time (user + system) so far of a running process and its live descendants, or None when it is gone.

    The pipeline's rate depends on how much of a core the enrichment child gets on a shared
    machine; its CPU per article does not, so it can be set beside the offline CPU per article.
    """
    own = _cpu_seconds(pid)
    if own is None:
        return None
    return own + sum(_cpu_seconds(child) or 0.0 for child in _descendants(pid))


def _cpu_seconds(pid: int) -> float | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # Fields after the command name, which is in parentheses and may itself hold spaces.
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _descendants(pid: int) -> list[int]:
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []
    children = []
    for task in tasks:
        try:
            children += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return [d for child in children for d in (child, *_descendants(child))]


def load_average() -> float:
    return os.getloadavg()[0]


def rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else math.nan

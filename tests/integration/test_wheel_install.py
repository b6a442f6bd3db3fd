"""A wheel built from the repository works outside the checkout (schemas and samples inside it).

The wheel is built the way `pip install .` builds it and installed without dependencies into a
fresh virtualenv; the dependencies come from the test's own environment through a `.pth` line,
which adds that directory to the path but does not run its `.pth` files, so the checkout's
editable install stays invisible and only the wheel's `streams` can be imported.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import orjson
import pytest

from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.integration


def _site_packages(venv: Path) -> Path:
    return next(venv.glob("lib/python*/site-packages"))


def test_wheel_installed_in_a_fresh_venv_enriches_a_sample_from_elsewhere(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is needed to copy the checkout")
    # Built from a clean copy of the tracked files, as a fresh clone would be.
    source = tmp_path / "source"
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           check=True, capture_output=True).stdout.split(b"\0")
    for name in filter(None, files):
        src, dst = ROOT / name.decode(), source / name.decode()
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            dst.symlink_to(os.readlink(src))
        elif src.is_file():
            shutil.copy2(src, dst)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(wheels.glob("newswire-*.whl"))

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True, timeout=300)
    (_site_packages(venv) / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSWIRE_SCHEMAS_DIR")}
    newswire = str(venv / "bin" / "newswire")
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import streams; print(streams.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(venv)), where.stdout

    assert subprocess.run([newswire, "--help"], cwd=elsewhere, env=env, capture_output=True).returncode == 0
    sample = next(SAMPLES.glob("*.json"))
    result = subprocess.run([newswire, "enrich", str(sample)], cwd=elsewhere, env=env, capture_output=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    events = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert {e["type"] for e in events} >= {"sentiment", "statement"}
    assert {e["article_id"] for e in events} == {orjson.loads(sample.read_bytes())["id"]}

"""The dev/held-out split of an annotated folder must be fixed by file names alone and cover every file once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.evaluation.gold import GoldFormatError, load_gold_dir


def _write(folder: Path, names: list[str]) -> None:
    for name in names:
        (folder / f"{name}.json").write_text(json.dumps({"id": name, "text": f"Text of {name}.", "gold": {}}))


def test_halves_split_by_name_and_cover_every_file(tmp_path: Path) -> None:
    _write(tmp_path, ["delta", "alpha", "echo", "charlie", "bravo"])
    first = [g.article.id for g in load_gold_dir(tmp_path, "first")]
    second = [g.article.id for g in load_gold_dir(tmp_path, "second")]
    assert first == ["alpha", "bravo", "charlie"]
    assert second == ["delta", "echo"]
    assert sorted(first + second) == [g.article.id for g in load_gold_dir(tmp_path)]


def test_unknown_half_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, ["alpha"])
    with pytest.raises(GoldFormatError, match="half must be one of"):
        load_gold_dir(tmp_path, "third")

"""The pool diff counts an article as moved when a statement's words or speaker, or a meeting's sides, status or
mode, differ between two runs, and never when only event ids or times do. Invented events."""

from __future__ import annotations

import json
from pathlib import Path

from eval.blind.pool_diff import moved, read_events


def _write(path: Path, events: list[dict]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    return path


def _statement(article: str, quote: str, speaker: str | None, event_id: str) -> dict:
    return {"type": "statement", "article_id": article, "quote": quote, "event_id": event_id,
            "speaker": {"name": speaker, "title": None} if speaker else None}


def _meeting(article: str, sides: list[str], status: str) -> dict:
    return {"type": "meeting", "article_id": article, "status": status, "mode": "in_person",
            "participants": [{"name": s, "kind": "person"} for s in sides]}


def test_a_new_speaker_or_status_moves_the_article_and_new_ids_do_not(tmp_path: Path) -> None:
    before = read_events(_write(tmp_path / "a.jsonl", [
        _statement("n1", "the mill would reopen", None, "e1"),
        _statement("n2", "rates would hold", "Ida Varga", "e2"),
        _meeting("n3", ["Port Ellis", "Ada Kern"], "planned"),
        {"type": "sentiment", "article_id": "n1"},
    ]))
    after = read_events(_write(tmp_path / "b.jsonl", [
        _statement("n1", "the mill would reopen", "Borne Mills", "e7"),
        _statement("n2", "rates would hold", "Ida Varga", "e8"),
        _meeting("n3", ["Ada Kern", "Port Ellis"], "held"),
    ]))
    changes = moved(before, after)
    assert {a: set(kinds) for a, kinds in changes.items()} == {"n1": {"statements"}, "n3": {"meetings"}}

"""File inputs and the offline CLI: bad records are reported with file and line, good ones go on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from streams.cli.main import cli
from streams.ingest.files import count_records, read_inputs


def test_jsonl_reports_bad_lines_and_keeps_good_ones(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": "First story."}) + "\n"
        + "{broken\n"
        + "\n"
        + json.dumps({"id": "three"}) + "\n"
        + json.dumps({"id": "four", "text": "Fourth story.", "published_at": "2026-04-01"}) + "\n"
    )
    records = list(read_inputs(str(path)))
    assert [r.origin for r in records] == [f"{path}:1", f"{path}:2", f"{path}:4", f"{path}:5"]
    assert [r.article.id if r.article else r.error.reason for r in records] == [
        "one", "not_json", "invalid_article", "four"
    ]


def test_folder_reads_txt_and_json(tmp_path):
    (tmp_path / "a.txt").write_text("Plain text story.")
    (tmp_path / "b.json").write_text(json.dumps({"id": "bee", "text": "JSON story."}))
    (tmp_path / "ignored.csv").write_text("x,y")
    assert [r.article.id for r in read_inputs(str(tmp_path))] == ["a", "bee"]


def test_enrich_command_prints_events_and_exits_1_on_bad_input(tmp_path, enricher):
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"id": "g1", "text": "The council met on Monday. \"It went well,\" the mayor said."}))
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    runner = CliRunner()
    result = runner.invoke(cli, ["enrich", str(tmp_path)])
    assert result.exit_code == 1
    events = [orjson.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {e["article_id"] for e in events} == {"g1"}
    assert [e["type"] for e in events].count("sentiment") == 1
    assert "not_object" in result.stderr


def test_missing_path_is_a_clear_error():
    result = CliRunner().invoke(cli, ["enrich", "/nonexistent/articles"])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_publish_without_broker_says_what_to_do(monkeypatch):
    monkeypatch.delenv("NEWSWIRE_BROKER", raising=False)
    result = CliRunner().invoke(cli, ["publish", "-"], input="")
    assert result.exit_code == 2
    assert "NEWSWIRE_BROKER" in result.stderr


def test_replay_without_broker_says_what_to_do(monkeypatch):
    monkeypatch.delenv("NEWSWIRE_BROKER", raising=False)
    result = CliRunner().invoke(cli, ["replay", "--dry-run"])
    assert result.exit_code == 2
    assert "NEWSWIRE_BROKER" in result.stderr


def test_audit_without_broker_says_what_to_do(monkeypatch):
    monkeypatch.delenv("NEWSWIRE_BROKER", raising=False)
    result = CliRunner().invoke(cli, ["audit"])
    assert result.exit_code == 2
    assert "NEWSWIRE_BROKER" in result.stderr


def test_every_command_has_help_with_an_example():
    assert set(cli.commands) == {"run", "worker", "broker", "publish", "tail", "replay", "audit", "enrich", "eval",
                                 "stories", "topology", "bench"}
    for name in cli.commands:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, name


@pytest.mark.timeout(60)  # the bug was a hang: opening a FIFO waits for a writer that never comes
def test_a_fifo_and_a_symlink_loop_are_reported_and_the_other_files_read(tmp_path):
    (tmp_path / "good.jsonl").write_text(json.dumps({"id": "kept", "text": "The council met on Monday."}) + "\n")
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "loop.jsonl").symlink_to(tmp_path / "loop.jsonl")
    assert count_records(str(tmp_path)) == 3  # one record each, read or reported
    records = {Path(r.origin).name: r for r in read_inputs(str(tmp_path))}
    assert records["good.jsonl:1"].article.id == "kept"
    assert records["pipe.jsonl"].error.reason == "unreadable"
    assert "not a regular file" in records["pipe.jsonl"].error.message
    assert records["loop.jsonl"].error.reason == "unreadable"
    assert "symbolic links" in records["loop.jsonl"].error.message


@pytest.mark.timeout(60)
def test_a_fifo_or_a_symlink_loop_named_directly_is_a_clear_error(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    for name in ("pipe.jsonl", "loop.json"):
        [record] = read_inputs(str(tmp_path / name))
        assert record.article is None and record.error.reason == "unreadable"
    result = CliRunner().invoke(cli, ["enrich", str(tmp_path / "pipe.jsonl")])
    assert result.exit_code == 1 and "not a regular file" in result.stderr


def test_bytes_that_are_not_utf8_reject_their_file_or_line_and_the_rest_is_read(tmp_path):
    (tmp_path / "a-scan.txt").write_bytes(b"Harbour notes\n\nThe pier re\xf6pened on Monday.")
    (tmp_path / "b-good.txt").write_text("The ferry timetable changes in May.")
    (tmp_path / "c-batch.jsonl").write_bytes(
        json.dumps({"id": "one", "text": "The school reopened."}).encode() + b"\n"
        + b'{"id": "two", "text": "caf\xe9 prices rose"}\n'
        + json.dumps({"id": "three", "text": "The bridge closed."}).encode() + b"\n"
    )
    records = {Path(r.origin).name: r for r in read_inputs(str(tmp_path))}
    assert records["a-scan.txt"].error.reason == "not_utf8"
    assert "byte 26" in records["a-scan.txt"].error.message
    assert records["c-batch.jsonl:2"].error.reason == "not_utf8"
    kept = [r.article.id for r in records.values() if r.article is not None]
    assert kept == ["b-good", "one", "three"]


def test_stdin_that_is_not_utf8_is_a_rejected_record_not_a_crash(enricher):
    result = CliRunner().invoke(cli, ["enrich", "-"], input=b"Council notes\n\nThe vote was \xff\xfe delayed.")
    assert result.exit_code == 1
    assert "<stdin>: not_utf8" in result.stderr

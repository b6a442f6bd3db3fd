"""`newswire stories --from`: offline clustering of an events file, as a table and as JSON lines."""

from __future__ import annotations

import orjson
from click.testing import CliRunner

from streams import schemas
from streams.cli.stories import stories
from tests.stories_events import meeting_event, three_reports


def _events_file(tmp_path):
    other = meeting_event("ledger-9", ["Marta Oyelaran", "Sergei Valkonen"], iso="2031-04-10",
                          published="2031-04-10")
    sentiment = {"type": "sentiment", "event_id": "0" * 32}  # other event types in the file are skipped
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in [*three_reports(), sentiment, other]))
    return path


def test_json_lines_are_the_topic_values(tmp_path):
    result = CliRunner().invoke(stories, ["--from", str(_events_file(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in result.output.splitlines()]
    assert [s["mention_count"] for s in lines] == [3, 1]
    for story in lines:
        assert schemas.errors("story.meeting.v1", story) == []


def test_table_lists_each_story_once_and_filters_by_mentions(tmp_path):
    result = CliRunner().invoke(stories, ["--from", str(_events_file(tmp_path)), "--min-mentions", "2"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "1 meeting stories" in result.output
    assert "Tallinn, EE" in result.output
    assert "Harbour Gazette" in result.output


def test_blocks_fit_80_columns_with_history_and_each_report(tmp_path):
    planned = meeting_event("notice-2", ["Marta Oyelaran", "Sergei Valkonen"], status="planned",
                            published="2031-03-01", source="Harbour Gazette")
    follow_up = meeting_event("courier-8", ["Oyelaran", "Valkonen"], published="2031-03-06", source="Baltic Courier")
    path = _events_file(tmp_path)
    path.write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in [planned, follow_up]) + path.read_bytes())
    result = CliRunner().invoke(stories, ["--from", str(path)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    blocks = result.output.split("\n\n")[1:]
    assert len(blocks) == 2
    summit = blocks[0].splitlines()
    assert summit[0] == "held Marta Oyelaran, Sergei Valkonen, Ilse Brandvold"  # names, most reported first
    assert "Tallinn, EE" in summit[1] and "5 reports, 3 sources" in summit[1]
    assert summit[2].split()[:5] == ["planned", "2031-03-01", "→", "held", "2031-03-05"]
    assert summit[3].strip() == "… 1 earlier report (--json lists them)"
    reports = summit[4:]  # one line per report, the latest four in news order; undated ones as they arrived
    assert [line.split()[0] for line in reports] == ["2031-03-05", "2031-03-05", "2031-03-06", "undated"]
    assert [" ".join(line.split()[1:3]) for line in reports][-1] == "Harbour Gazette"


def test_topic_mode_without_a_broker_is_a_usage_error(monkeypatch):
    monkeypatch.delenv("NEWSWIRE_BROKER", raising=False)
    result = CliRunner().invoke(stories, [])
    assert result.exit_code == 2

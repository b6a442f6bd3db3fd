"""What a newcomer meets first, through the real `newswire` entry point in a subprocess (no broker)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from streams.broker.embedded import free_port
from streams.topics import SCHEMA_OF
from tests.conftest import ROOT

NEWSWIRE = Path(sys.executable).with_name("newswire")
HEADLINE = "Harbour ministers agree on joint patrols"
MEETING = ("Portuguese Foreign Minister Ana Lopes met Chilean Foreign Minister Pablo Ruiz in Lisbon on Tuesday to "
           "discuss fishing quotas.\n")
BODY = MEETING + '\n"We agreed on more than we expected," Lopes said.\n'


def newswire(*args: str, stdin: str | None = None, cwd: Path | None = None, **env: str
             ) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run([str(NEWSWIRE), *args], input=stdin, capture_output=True, text=True, env=environ,
                          cwd=cwd, timeout=300)


def enriched(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [orjson.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("command", ["publish", "tail", "replay", "stories"])
def test_help_of_a_command_that_needs_a_broker_does_not_promise_an_embedded_one(command):
    result = newswire(command, "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "embedded broker" not in text
    assert "Required: start one with `newswire broker`" in text


@pytest.mark.parametrize("command", ["run", "worker"])
def test_help_of_a_command_that_starts_a_broker_says_so(command):
    assert "Default: start an embedded broker" in " ".join(newswire(command, "--help").stdout.split())


def test_topology_shows_every_schema_name_and_the_stories_agents_and_tables():
    code = "\n".join(p.read_text() for p in (ROOT / "streams").rglob("*.py"))
    agent_names = set(re.findall(r"@app\.agent\([^)]*name=\"([^\"]+)\"", code))
    table_names = set(re.findall(r"app\.Table\(\s*\"([^\"]+)\"", code))
    assert {"enrich-articles", "cluster-stories"} <= agent_names and "stories" in table_names
    result = newswire("topology", "--topic-prefix", "p[b].")
    assert result.returncode == 0, result.stderr
    for topic, schema in SCHEMA_OF.items():
        assert f"p[b].{topic}  [{schema}]" in result.stdout
    for name in agent_names | table_names:
        assert f" {name}:" in result.stdout, name


def test_txt_first_line_is_the_title_when_a_blank_line_follows(tmp_path):
    titled = tmp_path / "patrols.txt"
    titled.write_text(f"{HEADLINE}\n\n{BODY}")
    untitled = tmp_path / "plain.txt"
    untitled.write_text(f"{HEADLINE}\n{BODY}")
    (tmp_path / "harbour").mkdir()
    (tmp_path / "harbour" / "patrols.txt").write_text(BODY)
    docs = {d["article"]["id"]: d["article"] for d in enriched(newswire("enrich", str(tmp_path), "--enriched"))}
    assert set(docs) == {"patrols", "plain", "harbour/patrols"}  # in a folder: the path below it
    assert docs["patrols"]["title"] == HEADLINE
    assert docs["patrols"]["text"] == BODY.strip()
    assert docs["plain"]["title"] is None
    assert docs["plain"]["text"].startswith(HEADLINE)


def test_stdin_texts_get_stable_ids_that_differ_per_text_and_id_can_be_named():
    first = enriched(newswire("enrich", "-", "--enriched", stdin=BODY))[0]["article"]
    again = enriched(newswire("enrich", "-", "--enriched", stdin=BODY))[0]["article"]
    other = enriched(newswire("enrich", "-", "--enriched", stdin=BODY + "More text.\n"))[0]["article"]
    named = enriched(newswire("enrich", "-", "--enriched", "--id", "patrols-1", stdin=BODY))[0]["article"]
    assert first["id"] == again["id"] != other["id"]
    assert first["id"].startswith("text-")
    assert named["id"] == "patrols-1"


def test_published_at_flag_anchors_relative_dates_of_plain_text():
    without = enriched(newswire("enrich", "-", "--enriched", stdin=MEETING))[0]
    anchored = enriched(newswire("enrich", "-", "--enriched", "--published-at", "2026-04-16", stdin=MEETING))[0]
    assert without["article"]["published_at"] is None
    assert anchored["article"]["published_at"].startswith("2026-04-16")
    assert [m["date"]["iso"] for m in anchored["meetings"]] == ["2026-04-14"]  # the Tuesday before


def test_id_flag_refuses_inputs_of_several_articles(tmp_path):
    result = newswire("enrich", str(tmp_path), "--id", "x")
    assert result.returncode == 2
    assert "--id names one plain-text article" in result.stderr
    json_lines = newswire("enrich", "-", "--id", "x", stdin='{"id": "a", "text": "b"}\n')
    assert json_lines.returncode == 2
    assert "stdin holds JSON lines" in json_lines.stderr


@pytest.mark.parametrize("command", [["publish", "-"], ["tail", "--idle", "1"], ["replay", "--dry-run"],
                                     ["stories"]])
def test_unreachable_broker_is_one_clear_error_and_exit_3(command):
    result = newswire(*command, "--broker", f"127.0.0.1:{free_port()}", stdin='{"id": "a", "text": "b"}\n')
    assert result.returncode == 3, result.stderr
    assert "cannot talk to the broker" in result.stderr
    assert "Traceback" not in result.stderr and "Unclosed" not in result.stderr


def test_unknown_sasl_mechanism_is_a_configuration_error():
    result = newswire("worker", "--broker", f"127.0.0.1:{free_port()}",
                      NEWSWIRE_KAFKA_SECURITY_PROTOCOL="SASL_PLAINTEXT", NEWSWIRE_KAFKA_SASL_MECHANISM="PLAIN-TEXT")
    assert result.returncode == 2
    assert "NEWSWIRE_KAFKA_SASL_MECHANISM='PLAIN-TEXT'" in result.stderr
    assert "SCRAM-SHA-256" in result.stderr


def test_tables_are_not_squeezed_to_80_columns_when_piped(tmp_path, sample_articles):
    events = tmp_path / "events.jsonl"
    events.write_text(newswire("enrich", str(ROOT / "streams" / "samples")).stdout)
    result = newswire("stories", "--from", str(events))
    assert result.returncode == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) > 80

"""Security basics: secrets stay out of reprs, SASL/TLS pass through, nothing is evaluated."""

from __future__ import annotations

import ast
from pathlib import Path

import faust
import pytest

from streams.config import Settings

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cr3t-Pa55word"
SASL_ENV = {
    "NEWSWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
    "NEWSWIRE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
    "NEWSWIRE_KAFKA_SASL_USERNAME": "newswire",
    "NEWSWIRE_KAFKA_SASL_PASSWORD": SECRET,
}


@pytest.fixture
def sasl_env(monkeypatch) -> None:
    for name, value in SASL_ENV.items():
        monkeypatch.setenv(name, value)


def test_password_never_appears_in_settings_reprs(sasl_env):
    settings = Settings.from_env()
    assert settings.security.sasl_password == SECRET
    for text in (repr(settings), str(settings), repr(settings.security), f"{settings.security}"):
        assert SECRET not in text
        assert "newswire" in text  # the username is fine to show, and proves the field is there


def test_sasl_and_tls_pass_through_to_aiokafka(sasl_env):
    kwargs = Settings.from_env().security.aiokafka_kwargs()
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (kwargs["sasl_plain_username"], kwargs["sasl_plain_password"]) == ("newswire", SECRET)
    assert kwargs["ssl_context"] is not None


def test_sasl_and_tls_pass_through_to_faust(sasl_env, monkeypatch):
    import streams.app

    monkeypatch.setattr(streams.app, "settings", Settings.from_env())
    credentials = streams.app._credentials()
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.username, credentials.password) == ("newswire", SECRET)
    assert credentials.ssl_context is not None
    assert SECRET not in repr(credentials)


def test_plaintext_has_no_credentials(monkeypatch):
    import streams.app

    for name in SASL_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(streams.app, "settings", Settings.from_env())
    assert streams.app._credentials() is None
    assert streams.app.settings.security.aiokafka_kwargs() == {"security_protocol": "PLAINTEXT"}


def test_metrics_address_is_configurable_and_loopback_by_default(monkeypatch):
    monkeypatch.delenv("NEWSWIRE_METRICS_ADDR", raising=False)
    assert (Settings.from_env().metrics_host, Settings.from_env().metrics_port) == ("127.0.0.1", 9108)
    monkeypatch.setenv("NEWSWIRE_METRICS_ADDR", "0.0.0.0:9200")
    assert (Settings.from_env().metrics_host, Settings.from_env().metrics_port) == ("0.0.0.0", 9200)


FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "dill", "yaml"}


def test_no_input_is_ever_evaluated():
    """No eval/exec, no unpickling, no YAML in the package: input is only ever parsed as JSON."""
    offences = []
    for path in sorted((ROOT / "streams").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
                offences.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}()")
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offences += [f"{path.relative_to(ROOT)}:{node.lineno} import {n}" for n in names
                         if n.split(".")[0] in FORBIDDEN_MODULES]
    assert offences == []

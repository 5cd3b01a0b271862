"""`python -m bot run`: configuration errors exit 2 with a clear message and never show the token."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser, main

TOKEN = "123456789:AAH-very-secret-token-value-0000"


def clean_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_", "WEBHOOK_"))}
    env["BOT_ENV_FILE"] = ""
    env.update(values)
    return env


def test_run_with_a_bad_configuration_exits_2_without_showing_the_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in clean_env(TELEGRAM_BOT_TOKEN=TOKEN, BOT_MODE="webhook", BOT_FLOOD_LIMIT="lots").items():
        monkeypatch.setenv(name, value)
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("The configuration cannot be used:")
    assert "BOT_FLOOD_LIMIT must be a whole number >= 1, not 'lots'" in err
    assert "WEBHOOK_URL is required when BOT_MODE is 'webhook'" in err
    assert TOKEN.partition(":")[2] not in err


def test_run_with_a_malformed_token_does_not_echo_it(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"], capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
        env=clean_env(TELEGRAM_BOT_TOKEN="not-a-token-but-secret-words"),
    )  # fmt: skip
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN must look like" in done.stderr
    assert "secret-words" not in done.stderr + done.stdout


def test_run_without_a_token_chats_in_a_terminal(tmp_path: Path) -> None:
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=tmp_path, env=clean_env(),
    )  # fmt: skip
    os.close(terminal)
    os.write(controller, b"/sources\n\x04")
    out, err = process.communicate(timeout=60)
    os.close(controller)
    assert process.returncode == 0, err
    assert "TELEGRAM_BOT_TOKEN is not set" in err
    assert "My 5 sources:" in out


def test_run_without_a_token_and_without_a_terminal_is_a_configuration_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"], input="", capture_output=True, text=True, cwd=tmp_path,
        timeout=60, check=False, env=clean_env(),
    )  # fmt: skip
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in done.stderr
    assert done.stdout == ""


def test_the_parser_knows_run_and_chat_and_keeps_check_and_ask() -> None:
    parser = build_parser()
    for command in ("check", "ask", "run", "chat"):
        assert parser.parse_args([command]).command == command
    assert parser.parse_args(["chat", "--lang", "fr", "--database", "x.db"]).lang == "fr"


ASK_KEYS = {"question", "answered", "text", "citations", "facts", "confidence", "lang"}


def _bot(*args: str, stdin: str = "", cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, cwd=cwd,
        timeout=120, check=False, env=clean_env(),
    )  # fmt: skip


def test_ask_json_reads_one_question_per_line_and_keeps_their_order(tmp_path: Path) -> None:
    done = _bot(
        "ask", "--json", stdin="When did Azerbaijan join the UN?\n\nWhen did Azerbaijan join NATO?\n", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [set(line) for line in lines] == [ASK_KEYS, ASK_KEYS]
    joined, refused = lines
    assert joined["question"] == "When did Azerbaijan join the UN?"
    assert joined["answered"] is True
    assert joined["facts"] == ["un-membership-1992"]
    assert joined["citations"] == [
        {"source": "overview-azerbaijan-un-cooperation", "document": "002_d2274c8ab08e79db.txt", "paragraphs": [2]}
    ]
    assert "2 March 1992" in joined["text"]
    assert "Sources:" in joined["text"]
    assert 0 < joined["confidence"] <= 1
    assert joined["lang"] == "en"
    assert refused["answered"] is False
    assert refused["facts"] == []
    assert refused["citations"] == []
    assert refused["confidence"] == 0


def test_ask_json_with_the_question_as_arguments_and_the_detected_language(tmp_path: Path) -> None:
    done = _bot("ask", "--json", "Quand", "l'Azerbaïdjan", "a-t-il", "rejoint", "l'ONU", "?", cwd=tmp_path)
    (line,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert line["question"] == "Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?"
    assert line["lang"] == "fr"
    assert "2 mars 1992" in line["text"]


def test_ask_without_json_prints_the_answer_as_a_person_reads_it(tmp_path: Path) -> None:
    done = _bot("ask", "resolution", "853", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("Resolution 853")
    assert "\nSources:\n[1] " in done.stdout


def test_version(tmp_path: Path) -> None:
    from bot import __version__

    done = _bot("--version", cwd=tmp_path)
    assert done.stdout.strip().endswith(__version__)

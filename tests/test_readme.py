"""The README stays true: its transcript is what the program prints, its tables name every setting and command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.commands import ADMIN_COMMANDS, COMMANDS
from bot.config import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _chat(lines: list[str], tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_", "WEBHOOK_"))}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--database", str(tmp_path / "readme.sqlite3")],
        input="\n".join(lines) + "\n", capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
        check=True,
    )  # fmt: skip
    return done.stdout


def _transcript() -> str:
    block = re.search(r"<!-- transcript:start -->\n```\n(.*?)```\n<!-- transcript:end -->", README, re.S)
    assert block, "the README has no transcript block"
    return block.group(1)


def test_the_transcript_is_what_the_program_prints(tmp_path: Path) -> None:
    expected = _transcript()
    questions = [line[2:] for line in expected.splitlines() if line.startswith("> ")]
    assert len(questions) >= 4
    actual = _chat(questions, tmp_path)
    assert actual.strip() == expected.strip(), (
        "README.md's transcript is stale: replace the block with the output of\n"
        + "printf '%s\\n' "
        + " ".join(repr(q) for q in questions)
        + " | python -m bot chat"
    )


def _table_rows(heading: str) -> list[list[str]]:
    section = README.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("|---")]
    return [[cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]] for row in rows[1:]]


def test_every_setting_is_documented_and_nothing_else() -> None:
    documented = {row[0].strip("`") for row in _table_rows("Configuration")}
    assert documented == {spec.name for spec in SETTINGS}


def test_every_command_is_in_the_table() -> None:
    documented = {row[0].split()[0].strip("`").lstrip("/") for row in _table_rows("Commands")}
    assert documented == {spec.name for spec in (*COMMANDS, *ADMIN_COMMANDS)}


@pytest.mark.parametrize("example", [row[2].strip("`") for row in _table_rows("Commands") if row[2].startswith("`/")])
def test_every_example_command_works(example: str, tmp_path: Path) -> None:
    output = _chat([example], tmp_path)
    assert "usage" not in output.casefold(), output
    assert "went wrong" not in output, output
    assert len(output.strip().splitlines()) >= 2, output

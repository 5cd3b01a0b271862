"""The terminal chat: the same conversation in plain text, in-process and as a real `python -m bot chat`."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.chat import TerminalChat, chat
from bot.config import Settings
from bot.conversation import Conversation, EngineHolder
from bot.store import Store

ROOT = Path(__file__).resolve().parents[1]


async def talk(conversation: Conversation, *lines: str) -> str:
    out = io.StringIO()
    terminal = TerminalChat(conversation, out, user_language_code="en")
    for line in lines:
        await terminal.say(line)
    return out.getvalue()


async def test_an_answer_is_plain_text_with_numbered_choices(conversation: Conversation) -> None:
    text = await talk(conversation, "When did Azerbaijan join the UN?")
    assert text.startswith("Azerbaijan became a member of the United Nations on 2 March 1992. [1]")
    assert "<b>" not in text
    assert "[s] sources · [+] useful, [-] not useful" in text


async def test_typed_choices_press_the_buttons(conversation: Conversation, store: Store) -> None:
    text = await talk(conversation, "/timeline", "n", "s", "+")
    pages = text.split("Timeline, ")
    assert "[n] next page (2)" in pages[1]
    assert "9. " in pages[2]  # the second page
    assert "«" in pages[3]  # full citations
    assert "Thank you for your feedback!" in text
    assert (await store.stats()).feedback_up == 1


async def test_did_you_mean_choices_are_numbered(conversation: Conversation) -> None:
    refusal = await talk(conversation, "What is the capital of Mars?")
    assert "\n[1] " in refusal
    assert "•" not in refusal  # offered as numbered choices, not as bullets
    pressed = await talk(conversation, "What is the capital of Mars?", "1")
    assert len(pressed) > len(refusal)  # the suggestion was asked


async def test_a_choice_letter_without_a_keyboard_is_just_a_message(conversation: Conversation) -> None:
    text = await talk(conversation, "/lang fr", "n")
    assert "page" not in text


async def test_chat_reads_lines_until_end_of_input(holder: EngineHolder, settings: Settings, tmp_path: Path) -> None:
    out = io.StringIO()
    database = tmp_path / "chat.sqlite3"
    await chat(settings, holder, database=database, stdin=io.StringIO("/lang fr\n\n/meetings 2022\n/stats\n"),
               stdout=out)  # fmt: skip
    text = out.getvalue()
    assert "Rencontres en 2022" in text
    assert "Questions : 0" in text  # the terminal user is an admin
    assert database.exists()


async def test_quit_ends_the_chat(holder: EngineHolder, settings: Settings, tmp_path: Path) -> None:
    out = io.StringIO()
    script = "When did Azerbaijan join the UN?\n/quit\nresolution 853\n"
    await chat(settings, holder, database=None, stdin=io.StringIO(script), stdout=out)
    text = out.getvalue()
    assert "2 March 1992" in text
    assert "853" not in text  # nothing read after /quit
    assert "I don't know that command" not in text


def run_chat(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env["BOT_ENV_FILE"] = ""
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat", *args], input=script, capture_output=True, text=True, cwd=cwd,
        env=env, timeout=60, check=False,
    )  # fmt: skip


def test_python_m_bot_chat_runs_as_a_real_process_from_any_directory(tmp_path: Path) -> None:
    script = "When did Azerbaijan join the UN?\n/lang fr\nКогда Азербайджан вступил в ООН?\n/who Guteres\nn\n"
    done = run_chat(script, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Azerbaijan became a member of the United Nations on 2 March 1992." in out
    assert "Désormais, je réponds en français" in out
    assert "L'Azerbaïdjan est devenu membre" in out
    assert "António Guterres" in out
    assert done.stderr == ""  # stdin is not a terminal: no prompt, no banner
    assert not list(tmp_path.iterdir())  # nothing left behind in the working directory


def test_chat_keeps_its_state_in_a_given_database(tmp_path: Path) -> None:
    database = tmp_path / "kept.sqlite3"
    assert run_chat("/lang fr\n", "--database", str(database), cwd=ROOT).returncode == 0
    again = run_chat("/meetings 2022\n", "--database", str(database), cwd=ROOT)
    assert "Rencontres en 2022" in again.stdout

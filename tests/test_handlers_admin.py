"""Admin commands through the real update processing: refused like unknown commands, working for admins."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.loader import DEFAULT_DIR
from tests.conftest import Telegram
from tests.telegram_fakes import ADMIN_ID, user

UNKNOWN = "I don't know that command. /help lists what I can do."


def admin() -> dict[str, object]:
    return {"from_user": user(ADMIN_ID), "chat_id": ADMIN_ID}


@pytest.mark.parametrize("command", ["/stats", "/unanswered", "/reload"])
async def test_non_admins_get_exactly_the_unknown_command_reply(telegram: Telegram, command: str) -> None:
    refused = await telegram.send(command)
    unknown = await telegram.send("/frobnicate")
    assert telegram.api.texts() == [UNKNOWN]
    assert refused == unknown or [r["text"] for r in refused] == [r["text"] for r in unknown]


@pytest.mark.parametrize("command", ["/stats", "/unanswered", "/reload"])
async def test_non_admins_in_groups_get_the_same_silence_as_for_unknown_commands(
    telegram: Telegram, command: str
) -> None:
    assert await telegram.send(command, chat_type="supergroup") == []
    assert await telegram.send("/frobnicate", chat_type="supergroup") == []


async def test_stats_for_an_admin(telegram: Telegram) -> None:
    await telegram.send("When did Azerbaijan join the UN?")
    await telegram.send("What is the capital of Mars?")
    await telegram.send("/stats", **admin())  # type: ignore[arg-type]
    text = telegram.api.texts()[0]
    assert text.startswith("Questions: 2, answered: 1 (50%).")
    assert "Most asked:" in text


async def test_unanswered_for_an_admin(telegram: Telegram) -> None:
    await telegram.send("What is the capital of Mars?")
    await telegram.send("/unanswered", **admin())  # type: ignore[arg-type]
    assert telegram.api.texts() == ["Unanswered questions, latest first:\n1× What is the capital of Mars? (private)"]


async def test_reload_with_a_broken_fact_base_keeps_serving_the_old_one(telegram: Telegram, tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    broken = copy / "sources.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n- id: Not An Id\n  title: [unclosed\n", encoding="utf-8")
    holder = telegram.app.bot_data.conversation.engines
    old = holder.engine
    holder.knowledge_dir = copy
    await telegram.send("/reload", **admin())  # type: ignore[arg-type]
    lines = telegram.api.texts()[0].splitlines()
    assert lines[0].startswith("The fact base has ")
    file, line, _ = lines[1].split(":", 2)
    assert file.endswith("sources.yaml")
    assert line.isdigit()
    assert holder.engine is old
    await telegram.send("When did Azerbaijan join the UN?")
    assert "2 March 1992" in telegram.api.texts()[0]


async def test_reload_for_an_admin_swaps_in_the_new_fact_base(telegram: Telegram) -> None:
    holder = telegram.app.bot_data.conversation.engines
    old = holder.engine
    await telegram.send("/reload", **admin())  # type: ignore[arg-type]
    assert telegram.api.texts()[0].startswith("Fact base reloaded: ")
    assert holder.engine is not old

"""The bot in a terminal: the same Conversation as on Telegram, as plain text, buttons as typed choices.

Reads one message per line until end of input, so it can be scripted::

    printf 'When did Azerbaijan join the UN?\\n/lang fr\\n/meetings\\nn\\n' | python -m bot chat
"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.conversation import NOOP, Button, ButtonPress, Conversation, EngineHolder, Incoming, Keyboard, Reply
from bot.i18n import t
from bot.render import to_plain
from bot.store import Store

TERMINAL_CHAT_ID = 1
TERMINAL_USER_ID = 1
# One person at a keyboard (or a script) is no flood: the limit would only cut scripted sessions short.
TERMINAL_FLOOD_LIMIT = 1_000_000


class TerminalChat:
    """One private chat with the bot, printed to `out`."""

    def __init__(self, conversation: Conversation, out: TextIO, *, user_language_code: str | None = None) -> None:
        self.conversation = conversation
        self.out = out
        self.user_language_code = user_language_code
        self._message_id = 0
        self._keyboard_message: int | None = None
        self._choices: dict[str, Button] = {}

    async def say(self, line: str) -> None:
        """Handle one typed line: a choice offered under the last answer, or a message."""
        text = line.strip()
        if not text:
            return
        button = self._choices.get(text.lower())
        if button is not None:
            press = ButtonPress(
                chat_id=TERMINAL_CHAT_ID,
                chat_type="private",
                user_id=TERMINAL_USER_ID,
                user_language_code=self.user_language_code,
                message_id=self._keyboard_message,
                data=button.data,
            )
            outcome = await self.conversation.on_button(press)
            if outcome.notice:
                self._print(outcome.notice)
            for reply in outcome.replies:
                await self._show(reply)
            return
        incoming = Incoming(
            chat_id=TERMINAL_CHAT_ID,
            chat_type="private",
            user_id=TERMINAL_USER_ID,
            user_language_code=self.user_language_code,
            text=text,
        )
        for reply in await self.conversation.on_message(incoming):
            await self._show(reply)

    async def _show(self, reply: Reply) -> None:
        if reply.answer is not None:
            # The suggestions are offered as numbered choices below, not as bullets.
            answer = dataclasses.replace(reply.answer, suggestions=()) if reply.keyboard else reply.answer
            text = to_plain(answer, full_sources=reply.full_sources, page=reply.page)
            lang = reply.answer.lang
        else:
            text = reply.text or ""
            lang = "en"
        if not reply.edit:
            self._message_id += 1
        lines = [text]
        if reply.keyboard:
            self._keyboard_message = self._message_id
            self._choices, shown = choices(reply.keyboard, lang)
            lines += shown
        elif not reply.edit:
            self._choices = {}
        self._print("\n".join(lines))
        await self.conversation.delivered(reply, self._message_id)

    def _print(self, text: str) -> None:
        self.out.write(text + "\n\n")
        self.out.flush()


def choices(keyboard: Keyboard, lang: str) -> tuple[dict[str, Button], list[str]]:
    """The keys that press each button ('n', 's', '1', '+') and the lines that offer them."""
    keys: dict[str, Button] = {}
    suggestions: list[str] = []
    offered: list[str] = []
    for row in keyboard:
        for button in row:
            kind = button.data.split(":")[1]
            if kind == "pg":
                page = int(button.data.split(":")[3])
                key = "n" if any(b.data == NOOP for b in row[: row.index(button)]) else "p"
                keys[key] = button
                offered.append(f"{t('choice_next' if key == 'n' else 'choice_prev', lang)} ({page + 1})")
            elif kind == "src":
                keys["s"] = button
                offered.append(t("choice_sources", lang))
            elif kind == "dym":
                number = str(len(suggestions) + 1)
                keys[number] = button
                suggestions.append(f"[{number}] {button.label}")
            elif kind == "fb":
                keys["+" if button.data.endswith(":u") else "-"] = button
    if "+" in keys:
        offered.append(t("choice_feedback", lang))
    lines = ["\n".join(suggestions)] if suggestions else []
    if offered:
        lines.append(" · ".join(offered))
    return keys, lines


# What people type to leave a terminal program; the terminal only (Telegram has no end to a chat).
QUIT_COMMANDS = frozenset({"/quit", "/exit", "/q"})


async def chat(
    settings: Settings,
    engines: EngineHolder,
    *,
    database: Path | None,
    stdin: TextIO,
    stdout: TextIO,
    lang: str | None = None,
    user_language_code: str | None = None,
) -> None:
    """Chat until end of input, with a temporary database unless one is given."""
    settings = dataclasses.replace(
        settings, admin_ids=settings.admin_ids | {TERMINAL_USER_ID}, flood_limit=TERMINAL_FLOOD_LIMIT
    )
    with tempfile.TemporaryDirectory(prefix="azun-chat-") as scratch:
        async with await Store.open(database or Path(scratch) / "chat.sqlite3") as store:
            if lang is not None:
                await store.set_chat_lang(TERMINAL_CHAT_ID, lang)
            terminal = TerminalChat(
                Conversation(engines, store, settings), stdout, user_language_code=user_language_code
            )
            interactive = stdin.isatty()
            if interactive:
                print("Ask about Azerbaijan and the UN; /help lists commands; /quit or Ctrl-D quits.", file=sys.stderr)
            while True:
                if interactive:
                    stdout.write("> ")
                    stdout.flush()
                line = await asyncio.to_thread(stdin.readline)
                if not line or line.strip().casefold() in QUIT_COMMANDS:
                    break
                if not interactive and line.strip():
                    # A scripted session reads as a transcript: each question above its answer.
                    stdout.write(f"> {line.strip()}\n")
                await terminal.say(line)

"""Sending replies: HTML rendering and splitting, retries on network errors, the reply journal."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.answer import Answer, Item
from bot.conversation import Button, Reply
from handlers.delivery import markup, render, render_inline
from tests.conftest import Telegram
from tests.telegram_fakes import html_problems, message_update


def long_answer(items: int, text: str = "A <statement> & more, " * 20) -> Answer:
    return Answer(question="q", answered=True, lang="en", detected_lang="en", intent="list", headline="Many <facts>",
                  items=tuple(Item(f"{n}: {text}", (1,)) for n in range(items)))  # fmt: skip


def test_a_long_answer_is_split_at_paragraphs_into_valid_html_under_the_limit() -> None:
    parts = render(Reply(answer=long_answer(40)))
    assert len(parts) > 1
    for part in parts:
        assert html_problems(part) == []
    assert "&lt;statement&gt; &amp; more" in parts[0]


def test_plain_text_replies_are_escaped() -> None:
    (part,) = render(Reply(text="1 < 2 & <b>not bold</b>"))
    assert part == "1 &lt; 2 &amp; &lt;b&gt;not bold&lt;/b&gt;"


def test_an_inline_answer_is_one_message_with_its_citations() -> None:
    text = render_inline(long_answer(40))
    assert html_problems(text) == []


def test_the_abstract_keyboard_becomes_inline_buttons() -> None:
    keyboard = markup(((Button("« Previous", "v1:pg:AAAAAAAAAAA:0:0"), Button("2/3", "v1:nop")),))
    assert keyboard is not None
    assert [[b.callback_data for b in row] for row in keyboard.inline_keyboard] == [["v1:pg:AAAAAAAAAAA:0:0", "v1:nop"]]
    assert markup(()) is None


async def test_a_reply_is_retried_after_network_errors(telegram: Telegram) -> None:
    telegram.api.fail("sendMessage", NetworkError("connection reset"), TimedOut())
    telegram.app.bot_data.send_retry_delays = (0.0, 0.0, 0.0)
    await telegram.send("When did Azerbaijan join the UN?")
    assert len(telegram.api.sent()) == 3
    assert telegram.app.bot_data.undelivered == set()


async def test_a_flood_wait_is_waited_out(telegram: Telegram) -> None:
    too_many = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 0",
                "parameters": {"retry_after": 0}}  # fmt: skip
    telegram.api.fail("sendMessage", (429, too_many), RetryAfter(dt.timedelta(0)))
    await telegram.send("When did Azerbaijan join the UN?")
    assert len(telegram.api.sent()) == 3


async def test_a_reply_that_cannot_be_sent_is_left_for_later(
    telegram: Telegram, caplog: pytest.LogCaptureFixture
) -> None:
    telegram.api.fail("sendMessage", *[NetworkError("down")] * 3)
    update = message_update("When did Azerbaijan join the UN?", bot=telegram.app.bot)
    await telegram.process(update)
    assert telegram.app.bot_data.undelivered == {update.update_id}
    assert not await telegram.app.bot_data.store.reply_sent(update.update_id)
    assert "kept for a later attempt" in caplog.text


async def test_the_journal_records_a_sent_reply_and_stops_a_replay(telegram: Telegram) -> None:
    update = message_update("When did Azerbaijan join the UN?", bot=telegram.app.bot)
    await telegram.process(update)
    assert await telegram.app.bot_data.store.reply_sent(update.update_id)
    assert await telegram.process(update) == []  # the same update again, as after a crash

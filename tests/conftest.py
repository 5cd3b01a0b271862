"""Shared fixtures: the engine (built once), a store on a real file, settings, the core and the Telegram app."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.app import build_application
from bot.cli import load_engine
from bot.config import Settings
from bot.conversation import Conversation, EngineHolder, Incoming, Reply
from bot.engine import Engine
from bot.store import Store
from handlers.context import BotApplication
from tests import botapi_server, e2e_helpers
from tests.telegram_fakes import (
    ADMIN_ID,
    GROUP_ID,
    TOKEN,
    USER_ID,
    FakeBotApi,
    callback_update,
    inline_update,
    message_update,
)

# python-telegram-bot 22 warns (an error here) whenever it builds a RetryAfter with seconds as int; the bot
# opts in to the coming timedelta type, as bot.app.run does.
os.environ["PTB_TIMEDELTA"] = "1"

TODAY = dt.date(2024, 9, 25)  # a day with facts on it (25 September 2021 and 2025)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def engine() -> Engine:
    return load_engine()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


@pytest.fixture
async def store(db_path: Path, clock: FakeClock) -> AsyncIterator[Store]:
    async with await Store.open(db_path, clock=clock) as opened:
        yield opened


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url="http://127.0.0.1:9/bot",
        admin_ids=frozenset({ADMIN_ID}),
        database=tmp_path / "bot.sqlite3",
        flood_limit=20,
        group_repeat_seconds=120.0,
    )


@pytest.fixture
def holder(engine: Engine) -> EngineHolder:
    return EngineHolder(engine)


@pytest.fixture
def conversation(holder: EngineHolder, store: Store, settings: Settings, clock: FakeClock) -> Conversation:
    return Conversation(holder, store, settings, clock=clock, today=lambda: TODAY)


def say(text: str, **fields: Any) -> Incoming:
    """A private message from the usual user, unless fields say otherwise."""
    values: dict[str, Any] = {"chat_id": USER_ID, "chat_type": "private", "user_id": USER_ID,
                              "user_language_code": "en", "text": text}  # fmt: skip
    values.update(fields)
    return Incoming(**values)


def in_group(text: str, **fields: Any) -> Incoming:
    """A group message addressed to the bot."""
    return say(text, chat_id=GROUP_ID, chat_type="supergroup", **fields)


_delivered_ids = itertools.count(10_000)


async def deliver(conversation: Conversation, incoming: Incoming) -> list[Reply]:
    """Handle a message and report every reply as sent, as a transport does."""
    replies = await conversation.on_message(incoming)
    for reply in replies:
        await conversation.delivered(reply, next(_delivered_ids))
    return replies


async def only(replies: list[Reply]) -> Reply:
    """The single reply."""
    assert len(replies) == 1, replies
    return replies[0]


@pytest.fixture
def api() -> FakeBotApi:
    return FakeBotApi()


@pytest.fixture
async def app(
    settings: Settings, holder: EngineHolder, store: Store, api: FakeBotApi, clock: FakeClock
) -> AsyncIterator[BotApplication]:
    """The real application, with the network faked at the request boundary; initialised like at start."""
    application = build_application(settings, holder, store, request=api)
    application.bot_data.send_retry_delays = (0.0, 0.0)
    conversation = application.bot_data.conversation
    application.bot_data.conversation = Conversation(
        conversation.engines, store, settings, clock=clock, today=lambda: TODAY
    )
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    api.clear()
    yield application
    await application.shutdown()


class Telegram:
    """Drives the application like Telegram would: one update at a time, through process_update."""

    def __init__(self, application: BotApplication, api: FakeBotApi) -> None:
        self.app = application
        self.api = api

    async def send(self, text: str, **fields: Any) -> list[dict[str, Any]]:
        """Process a message; return the messages sent and edits made in reply."""
        return await self.process(message_update(text, bot=self.app.bot, **fields))

    async def press(self, data: str, *, message_id: int, **fields: Any) -> list[dict[str, Any]]:
        """Process a button press; return the messages sent and edits made in reply."""
        return await self.process(callback_update(data, message_id=message_id, bot=self.app.bot, **fields))

    async def inline(self, query: str, **fields: Any) -> list[dict[str, Any]]:
        """Process an inline query; return the results offered."""
        self.api.clear()
        await self.app.process_update(inline_update(query, bot=self.app.bot, **fields))
        (answered,) = self.api.of("answerInlineQuery")
        results: list[dict[str, Any]] = answered["results"]
        return results

    async def process(self, update: Any) -> list[dict[str, Any]]:
        self.api.clear()
        await self.app.process_update(update)
        return self.api.replies()


@pytest.fixture
def telegram(app: BotApplication, api: FakeBotApi) -> Telegram:
    return Telegram(app, api)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def server() -> AsyncIterator[botapi_server.FakeBotApi]:
    """The Bot API server on 127.0.0.1 that a module's real bot process talks to (one per test module)."""
    async with botapi_server.FakeBotApi(token=e2e_helpers.TOKEN, username=e2e_helpers.BOT_USERNAME) as api:
        yield api

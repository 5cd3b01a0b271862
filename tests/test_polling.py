"""The polling loop's crash-safe inbox, through the real application with the network faked."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from telegram.error import NetworkError, TimedOut

import bot.polling
from bot.app import ALLOWED_UPDATES
from bot.polling import Backoff, InboxPoller, serve
from bot.store import Store
from handlers.context import BotApplication
from tests.telegram_fakes import FakeBotApi, message_json

QUESTION = "When did Azerbaijan join the UN?"


def poller(app: BotApplication, **options: Any) -> InboxPoller:
    return InboxPoller(app, allowed_updates=ALLOWED_UPDATES, poll_timeout=0, backoff=Backoff(0.0, 0.0), **options)


def stop_after_polls(api: FakeBotApi, stop: asyncio.Event, polls: int) -> None:
    """Set `stop` when getUpdates has been called `polls` times."""

    async def count(params: dict[str, Any]) -> None:
        if len(api.of("getUpdates")) >= polls:
            stop.set()
        await asyncio.sleep(0)

    api.hooks["getUpdates"] = count


async def test_an_update_left_pending_in_the_inbox_is_processed_at_start(
    app: BotApplication, api: FakeBotApi, store: Store
) -> None:
    update = message_json(QUESTION, update_id=900_001)
    assert await store.inbox_add(900_001, update)
    stop = asyncio.Event()
    stop_after_polls(api, stop, 1)
    await poller(app).run(stop)
    assert len(api.sent()) == 1
    assert await store.inbox_pending() == []
    assert await store.reply_sent(900_001)
    assert api.of("getUpdates")[0]["offset"] == 900_002  # the stored update is confirmed


async def test_an_update_already_answered_is_not_answered_twice(
    app: BotApplication, api: FakeBotApi, store: Store
) -> None:
    await store.inbox_add(900_002, message_json(QUESTION, update_id=900_002))
    await store.mark_reply_sent(900_002, 1001, 5555)  # the crash came after the reply, before inbox_done
    stop = asyncio.Event()
    stop_after_polls(api, stop, 1)
    await poller(app).run(stop)
    assert api.sent() == []
    assert await store.inbox_pending() == []


async def test_updates_are_stored_before_the_next_call_confirms_them(
    app: BotApplication, api: FakeBotApi, store: Store
) -> None:
    api.updates = [message_json(QUESTION, update_id=n) for n in (10, 11)]
    stop = asyncio.Event()
    seen_at_second_call: list[int | None] = []

    async def check(params: dict[str, Any]) -> None:
        if len(api.of("getUpdates")) == 2:
            seen_at_second_call.append(await store.inbox_max_id())
            stop.set()

    api.hooks["getUpdates"] = check
    await poller(app).run(stop)
    calls = api.of("getUpdates")
    assert "offset" not in calls[0]  # first start: nothing stored yet
    assert calls[1]["offset"] == 12
    assert seen_at_second_call == [11]
    assert calls[0]["allowed_updates"] == ["message", "callback_query", "inline_query"]
    assert len(api.sent()) == 2
    assert await store.inbox_pending() == []


async def test_a_new_update_is_answered_without_a_look_in_the_journal(
    app: BotApplication, api: FakeBotApi, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[int] = []
    reply_sent = store.reply_sent

    async def counting(update_id: int) -> bool:
        looked_up.append(update_id)
        return await reply_sent(update_id)

    monkeypatch.setattr(store, "reply_sent", counting)
    api.updates = [message_json(QUESTION, update_id=n) for n in (60, 61)]
    stop = asyncio.Event()
    stop_after_polls(api, stop, 2)
    await poller(app).run(stop)
    assert len(api.sent()) == 2
    assert looked_up == []  # stored just now, with nothing in the journal: no reply can have been sent
    assert await reply_sent(60)
    assert await reply_sent(61)
    assert await store.inbox_pending() == []
    assert app.bot_data.unanswered == set()


async def test_an_update_answered_in_webhook_mode_is_not_answered_again_when_polled(
    app: BotApplication, api: FakeBotApi, store: Store
) -> None:
    await store.mark_reply_sent(70, 1001, 5555)  # answered, but Telegram never heard the webhook's 200
    api.updates = [message_json(QUESTION, update_id=70)]
    stop = asyncio.Event()
    stop_after_polls(api, stop, 2)
    await poller(app).run(stop)
    assert api.sent() == []
    assert await store.inbox_pending() == []


async def test_network_errors_while_polling_are_retried_and_never_stop_the_bot(
    app: BotApplication, api: FakeBotApi, store: Store
) -> None:
    api.updates = [message_json(QUESTION, update_id=20)]
    api.fail("getUpdates", TimedOut(), NetworkError("Bad Gateway"), (502, {"ok": False, "description": "Bad Gateway"}))
    stop = asyncio.Event()
    stop_after_polls(api, stop, 5)
    await poller(app).run(stop)
    assert len(api.sent()) == 1
    assert await store.reply_sent(20)


async def test_a_reply_that_cannot_be_sent_stays_pending_and_is_sent_later(
    app: BotApplication, api: FakeBotApi, store: Store
) -> None:
    attempts = len(app.bot_data.send_retry_delays) + 1
    api.fail("sendMessage", *[NetworkError("connection reset")] * attempts)
    api.updates = [message_json(QUESTION, update_id=30)]
    stop = asyncio.Event()
    stop_after_polls(api, stop, 2)
    inbox = poller(app, retry_pending_seconds=3600)
    await inbox.run(stop)
    assert [u for u, _ in await store.inbox_pending()] == [30]
    assert not await store.reply_sent(30)
    # the next round (or the next start) delivers it, once
    assert await inbox.process_pending() == 1
    await inbox.wait_idle()
    assert await store.reply_sent(30)
    assert await store.inbox_pending() == []
    delivered = [c for c in api.calls if c.method == "sendMessage"]
    assert len(delivered) == attempts + 1
    # processed again, it is answered as the first time, and logged once
    assert api.texts()[-1].startswith("Azerbaijan became a member of the United Nations on 2 March 1992.")
    assert (await store.stats()).questions == 1


async def test_updates_of_one_chat_are_processed_in_order(app: BotApplication, api: FakeBotApi) -> None:
    api.updates = [message_json("/lang fr", update_id=40), message_json("/meetings 2022", update_id=41)]
    stop = asyncio.Event()
    stop_after_polls(api, stop, 2)
    await poller(app).run(stop)
    assert api.texts()[1].startswith("Rencontres en 2022")


async def test_the_health_file_is_touched_every_cycle(app: BotApplication, api: FakeBotApi, tmp_path: Path) -> None:
    health = tmp_path / "run" / "healthy"
    stop = asyncio.Event()
    stop_after_polls(api, stop, 1)
    await poller(app, health_file=health).run(stop)
    assert health.exists()


async def test_under_load_the_health_file_is_touched_every_few_seconds_only(
    app: BotApplication, api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    touched: list[Path] = []
    monkeypatch.setattr(bot.polling, "_touch", touched.append)
    now = [0.0]
    stop = asyncio.Event()
    stop_after_polls(api, stop, 5)
    original = api.hooks["getUpdates"]

    async def tick(params: dict[str, Any]) -> None:
        now[0] += 4.0  # five cycles 4 s apart (at 0, 4, 8, 12 and 16 s): touched at 0 and 12 s
        await original(params)

    api.hooks["getUpdates"] = tick
    await poller(app, health_file=tmp_path / "healthy", clock=lambda: now[0]).run(stop)
    assert len(touched) == 2


async def test_serve_runs_the_whole_lifecycle_and_stops_cleanly(
    app: BotApplication, api: FakeBotApi, store: Store
) -> None:
    await app.shutdown()  # serve() initialises it itself
    api.updates = [message_json(QUESTION, update_id=50)]
    stop = asyncio.Event()
    stop_after_polls(api, stop, 2)
    await asyncio.wait_for(serve(app, stop, allowed_updates=ALLOWED_UPDATES, poll_timeout=0), timeout=10)
    methods = [c.method for c in api.calls]
    assert methods.index("getMe") < methods.index("setMyCommands") < methods.index("deleteWebhook")
    assert methods.index("deleteWebhook") < methods.index("getUpdates")
    assert len(api.sent()) == 1
    assert not app.running
    with pytest.raises(ValueError, match="closed"):
        await store.inbox_pending()  # post_shutdown closed the store


def test_backoff_doubles_up_to_its_limit_and_resets() -> None:
    backoff = Backoff(1.0, 5.0)
    assert [backoff.next() for _ in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    backoff.reset()
    assert backoff.next() == 1.0

"""Faults: the real bot process while the Bot API server fails, stalls, drops connections, or the process is killed.

After every fault the bot must still be running and every question must have exactly one answer: the messages
each user sees are counted on the server, per chat (private chats) and per asking message (groups, where the bot
quotes the question).

What the bot cannot prevent, and the tests mark as expected failures with the reason: Telegram has no idempotency
key, so a sendMessage that took effect but whose answer never reached the bot (a response later than the client's
timeout, or a process killed between Telegram accepting a reply and the reply journal recording it) is sent again.
The reply journal only stops an update from being answered again once it is marked sent; a retried or replayed
update whose first send is unknown to the bot is answered twice. Everything else is survived exactly once.

The module's process runs with short network timeouts (`Tuning`: 2 s per request, 1 s long polls, so at most
3 s for getUpdates) so that "slower than the timeout" takes seconds; the SIGKILL tests use the production values.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.polling import CONCURRENT_UPDATES
from tests.botapi_server import FakeBotApi, Fault
from tests.e2e_helpers import (
    BOT_USERNAME,
    TOKEN,
    BotProcess,
    BotRunner,
    Tuning,
    integrity_check,
    pending_updates,
    query_db,
    replies_to,
    start_bot,
    wait_quiet,
    wait_until,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

TIMING = Tuning(http_timeout=2.0, poll_timeout=1)
SLOWER = TIMING.get_updates_timeout + 1.0  # a "delay" answer the client has given up on
# Questions and a piece of their answer (a flood notice or an apology is a reply, but not an answer).
QUESTIONS = (
    ("When did Azerbaijan join the UN?", "2 March 1992"),
    ("When was Azerbaijan on the Security Council?", "2012-2013 term"),
    ("When did Ilham Aliyev meet António Guterres?", "25 September 2025"),
)
_chat_ids = itertools.count(10_001)
# Expected in the logs of a process that met faults: python-telegram-bot logs an HTML 502 page it cannot parse,
# and AIORateLimiter a 429 it stops retrying (the bot's own retries take over).
_EXPECTED_ERRORS = ("Can not load invalid JSON data", "Rate limit hit after maximum of 3 retries")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def runner(server: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotRunner]:
    bot = BotRunner(server, tmp_path_factory.mktemp("faults"), tuning=TIMING)
    await bot.start()
    first_poll = server.calls_for("getUpdates")[0]
    assert first_poll.params.get("timeout") == TIMING.poll_timeout, "the timing shim was not loaded"
    yield bot
    assert await bot.bot.stop() == 0, bot.bot.log_tail()
    logs = bot.logs()
    errors = [line for line in logs.splitlines() if " ERROR " in line or " CRITICAL " in line]
    assert [line for line in errors if not any(expected in line for expected in _EXPECTED_ERRORS)] == []
    assert "Error while handling an update" not in logs
    assert "Giving up on update" not in logs


@pytest.fixture(autouse=True)
def no_leftover_faults(server: FakeBotApi) -> None:
    server.clear_faults()


# ===== helpers ==================================================================================================


class Asked:
    """Questions put to the bot, one per chat (and user): private chats, and groups where they /ask the bot."""

    def __init__(self, server: FakeBotApi) -> None:
        self.server = server
        self.private: list[int] = []
        self.groups: dict[int, int] = {}  # group chat id -> the asking message id
        self.expected: dict[int, str] = {}

    def burst(self, private: int = 3, groups: int = 1) -> None:
        """Queue one question in each of `private` new private chats and `groups` new groups, all at once."""
        for number in range(private):
            chat = next(_chat_ids)
            question, self.expected[chat] = QUESTIONS[number % len(QUESTIONS)]
            self.server.user_message(chat, question)
            self.private.append(chat)
        for number in range(groups):
            user = next(_chat_ids)
            chat = -user
            question, self.expected[chat] = QUESTIONS[number % len(QUESTIONS)]
            text = f"/ask@{BOT_USERNAME} {question}"
            message = self.server.user_message(chat, text, chat_type="supergroup", user_id=user)["message"]
            self.groups[chat] = message["message_id"]

    @property
    def chats(self) -> list[int]:
        return self.private + list(self.groups)

    def answers(self) -> dict[int, int]:
        """How many messages each chat received (in groups: replies quoting the asking message)."""
        counts = {chat: len(self.server.messages(chat)) for chat in self.private}
        counts.update({chat: len(replies_to(self.server, chat, asked)) for chat, asked in self.groups.items()})
        return counts

    def assert_answered_once(self) -> None:
        counts = self.answers()
        assert counts == dict.fromkeys(counts, 1), counts
        for chat in self.chats:
            (message,) = self.server.messages(chat)  # in groups too, nothing else was sent
            assert self.expected[chat] in message.text, (chat, message.text)


async def fault_hit(runner: BotRunner, fault: Fault, times: int = 1) -> None:
    await wait_until(runner.server, lambda s: fault.hits >= times, runner.bot, timeout=15)


# ===== faults while the process runs ============================================================================

# (method, fault, times, options): each row a fault the bot meets while questions arrive.
FAULTS: list[Any] = [
    ("sendMessage", "429", 1, {"retry_after": 1}),
    ("sendMessage", "429", 3, {"retry_after": 1}),
    ("sendMessage", "500", 1, {"body": "json"}),
    ("sendMessage", "500", 2, {"body": "empty"}),
    ("sendMessage", "502", 1, {"body": "html"}),
    ("sendMessage", "reset", 2, {}),
    ("getUpdates", "429", 1, {"retry_after": 1}),
    ("getUpdates", "500", 1, {"body": "json"}),
    ("getUpdates", "502", 2, {"body": "html"}),
    ("getUpdates", "reset", 2, {}),
    # getUpdates answered after the timeout: test_updates_held_in_a_get_updates_answer_the_bot_gave_up_on_...
    pytest.param(
        "sendMessage",
        "delay",
        1,
        {"seconds": SLOWER},
        marks=pytest.mark.xfail(
            strict=True,
            reason="cannot be prevented: Telegram has no idempotency key. The message was delivered but its answer "
            "came after the client's timeout, so the bot retries and the user sees the answer twice "
            "(test_a_send_answered_after_the_timeout_is_retried_once_and_nothing_else_is_doubled checks the rest)",
        ),
    ),
]


@pytest.mark.parametrize(("method", "kind", "times", "options"), FAULTS)
async def test_every_question_is_answered_exactly_once_despite(
    runner: BotRunner, method: str, kind: str, times: int, options: dict[str, Any]
) -> None:
    server = runner.server
    asked = Asked(server)
    fault = server.inject(method, kind, times=times, **options)
    asked.burst(private=1, groups=0)  # wakes the long poll under way: the fault meets the calls that follow
    await fault_hit(runner, fault)
    asked.burst()  # questions that arrive while the bot meets the fault (or just after, for a single one)
    await runner.quiet(timeout=30)
    assert runner.bot.running
    assert fault.hits == times
    asked.assert_answered_once()


async def test_a_flood_wait_longer_than_the_rate_limiters_retries_is_waited_out_by_the_bots_own(
    runner: BotRunner,
) -> None:
    server = runner.server
    asked = Asked(server)
    fault = server.inject("sendMessage", "429", times=5, retry_after=1)
    asked.burst(private=1, groups=0)  # one reply in flight: all five 429s are for it
    await runner.quiet(timeout=30)
    assert fault.hits == 5
    asked.assert_answered_once()
    logs = runner.bot.stderr()
    assert "Rate limit hit after maximum of 3 retries" in logs  # AIORateLimiter gave up after 4 attempts
    assert "Sending failed (Flood control exceeded. Retry in 0:00:01), retrying in 1.0 s" in logs  # the bot did not


async def test_updates_held_in_a_get_updates_answer_the_bot_gave_up_on_are_fetched_again(runner: BotRunner) -> None:
    server = runner.server
    asked = Asked(server)
    first_call = len(server.calls)
    fault = server.inject("getUpdates", "delay", seconds=SLOWER)
    asked.burst(private=1, groups=0)
    await fault_hit(runner, fault)  # the next long poll is under way, and will answer too late
    asked.burst()
    await runner.quiet(timeout=30)
    (late,) = [c for c in server.calls[first_call:] if c.method == "getUpdates" and c.fault == "delay"]
    assert late.response, "the late answer should have carried the second burst"
    asked.assert_answered_once()
    assert "Polling failed (Timed out)" in runner.bot.stderr()


async def test_a_send_answered_after_the_timeout_is_retried_once_and_nothing_else_is_doubled(
    runner: BotRunner,
) -> None:
    """What the bot does promise when Telegram answers a sendMessage later than the client waits.

    The message took effect, so the retry shows the user the answer twice: that much cannot be prevented. But
    it happens once per late answer, only to the update whose send timed out, and once that update is marked
    sent in the reply journal it is done: nothing replays it later.
    """
    server = runner.server
    asked = Asked(server)
    first_call = len(server.calls)
    fault = server.inject("sendMessage", "delay", seconds=SLOWER)
    asked.burst()
    await fault_hit(runner, fault)
    asked.burst()
    await runner.quiet(timeout=30)
    assert runner.bot.running
    counts = asked.answers()
    assert all(count >= 1 for count in counts.values()), counts
    (late,) = [c for c in server.calls[first_call:] if c.method == "sendMessage" and c.fault == "delay"]
    doubled = {chat for chat, count in counts.items() if count > 1}
    assert doubled == {int(late.params["chat_id"])}
    assert counts[late.params["chat_id"]] == 2
    placeholders = ",".join("?" * len(counts))
    journal = query_db(
        runner.database, f"SELECT chat_id, COUNT(*) FROM reply_journal WHERE chat_id IN ({placeholders}) "
        "GROUP BY chat_id", tuple(counts),
    )  # fmt: skip
    assert dict(journal) == dict.fromkeys(counts, 1)
    assert "Sending failed (Timed out), retrying" in runner.bot.stderr()


async def test_a_short_outage_of_every_method_is_waited_out(runner: BotRunner) -> None:
    server = runner.server
    asked = Asked(server)
    server.inject("*", "502", times=None, body="html")
    asked.burst()
    await asyncio.sleep(1.5)
    asked.burst()
    server.clear_faults()
    await runner.quiet(timeout=30)
    asked.assert_answered_once()


@pytest.mark.parametrize(
    ("method", "kind", "options"),
    [
        ("answerCallbackQuery", "reset", {}),
        ("answerCallbackQuery", "500", {"body": "json"}),
        ("editMessageText", "502", {"body": "html"}),
        ("editMessageText", "reset", {}),
        ("editMessageText", "delay", {"seconds": SLOWER}),  # took effect: the retry is "not modified", harmless
    ],
)
async def test_a_button_press_is_handled_once_despite(
    runner: BotRunner, method: str, kind: str, options: dict[str, Any]
) -> None:
    chat = next(_chat_ids)
    _, (timeline,) = await runner.say(chat, "/timeline")
    following = next(b["callback_data"] for b in timeline.buttons if b["text"] == "Next »")
    fault = runner.server.inject(method, kind, **options)
    update = runner.server.press_button(chat, timeline.message_id, following)
    await runner.quiet(timeout=30)
    assert fault.hits == 1
    assert len(runner.server.messages(chat)) == 1  # nothing new was sent
    assert len(timeline.versions) == 2  # page 2, once
    if method == "answerCallbackQuery":
        assert runner.server.answered_callback(update["callback_query"]["id"]) is not None


# ===== SIGKILL ==================================================================================================


@pytest_asyncio.fixture(loop_scope="module")
async def fresh_server() -> AsyncIterator[FakeBotApi]:
    """A server of its own: a killed bot's long poll must not meet the module's bot."""
    async with FakeBotApi(token=TOKEN, username=BOT_USERNAME) as api:
        yield api


def kill_when(bot: BotProcess, condition: Callable[[FakeBotApi], bool]) -> Callable[[FakeBotApi], bool]:
    """A wait_for predicate that SIGKILLs the bot the moment `condition` holds.

    It runs inside the server's event loop, so the kill lands before the server answers another request.
    """

    def check(server: FakeBotApi) -> bool:
        if condition(server):
            bot.process.kill()
            return True
        return False

    return check


async def test_sigkill_in_the_middle_of_a_burst_loses_no_question_and_repeats_only_what_it_cannot_know(
    fresh_server: FakeBotApi, tmp_path: Path
) -> None:
    server = fresh_server
    bot = await start_bot(server, tmp_path, log_level="INFO")
    asked = Asked(server)
    asked.burst(private=20, groups=10)  # 30 questions, fetched in one batch

    def journaled_replies(s: FakeBotApi) -> int:
        return len(query_db(bot.database, "SELECT 1 FROM reply_journal"))

    # "After a few replies": a few are complete (journaled) and others are still on their way.
    await wait_until(server, kill_when(bot, lambda s: journaled_replies(s) >= 5), bot, timeout=15)
    assert await bot.process.wait() == -9
    await asyncio.sleep(0.3)  # requests the process had already written are still answered by the server

    # What the killed process left: a sound database, and a journal entry only for replies Telegram accepted.
    assert integrity_check(bot.database) == ["ok"]
    before = asked.answers()
    journaled = {chat for (chat,) in query_db(bot.database, "SELECT chat_id FROM reply_journal")}
    sent_before = {chat for chat, count in before.items() if count}
    assert 5 <= len(journaled) <= len(sent_before) < 30, "the kill should land in the middle of the burst"
    assert journaled <= sent_before  # journaled only once Telegram accepted the reply
    assert len(query_db(bot.database, "SELECT update_id FROM inbox")) == 30  # all stored before confirmed
    # Accepted by Telegram but not yet journaled: only updates in flight at the kill can be in between.
    unknown = sent_before - journaled
    assert len(unknown) <= CONCURRENT_UPDATES

    restarted = await start_bot(server, tmp_path, database=bot.database, log_level="INFO")
    await wait_quiet(server, restarted, timeout=30)
    after = asked.answers()
    assert await restarted.stop() == 0
    assert all(count >= 1 for count in after.values()), after  # no question lost
    for chat, count in after.items():
        # The journal kept every reply it knew of from being sent again; a reply sent but not yet journaled at
        # the kill is sent once more (see the module docstring); every other question is answered once.
        expected = 2 if chat in unknown else 1
        assert count == expected, (chat, count, "journaled" if chat in journaled else "not journaled")
        assert all(asked.expected[chat] in message.text for message in server.messages(chat))
    assert integrity_check(bot.database) == ["ok"]
    assert pending_updates(bot.database) == 0
    assert len(query_db(bot.database, "SELECT update_id FROM reply_journal")) == 30
    assert "update(s) left in the inbox" in restarted.stderr()


@pytest.mark.xfail(
    strict=True,
    reason="cannot be prevented: Telegram has no idempotency key. A reply Telegram accepted just before a SIGKILL, "
    "before the reply journal recorded it, is sent again when the inbox replays the update after the restart",
)
async def test_a_reply_accepted_just_before_a_sigkill_is_not_sent_again(
    fresh_server: FakeBotApi, tmp_path: Path
) -> None:
    server = fresh_server
    chat = next(_chat_ids)
    bot = await start_bot(server, tmp_path, log_level="INFO")
    server.inject("sendMessage", "delay", seconds=60)  # Telegram has the message; the bot is still waiting
    server.user_message(chat, QUESTIONS[0][0])
    await wait_until(server, kill_when(bot, lambda s: bool(s.messages(chat))), bot)
    await bot.process.wait()
    server.clear_faults()
    restarted = await start_bot(server, tmp_path, database=bot.database, log_level="INFO")
    await wait_quiet(server, restarted)
    assert await restarted.stop() == 0
    assert integrity_check(bot.database) == ["ok"]
    assert len(server.messages(chat)) == 1

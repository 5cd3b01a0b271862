"""Long polling with a crash-safe inbox.

python-telegram-bot's own polling confirms a batch of updates to Telegram (through the next getUpdates
offset) before its handlers have run, so a crash loses whatever was in flight. Here every update is
written to the store's inbox before the next getUpdates call confirms it, processed with
`Application.process_update`, and only then marked done. On start the loop first processes what the
inbox still holds; the store's reply journal keeps a replayed update from being answered twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from telegram import Update
from telegram.error import Conflict, NetworkError, RetryAfter, TelegramError, TimedOut

from handlers.context import BotApplication, BotData
from handlers.delivery import retry_after_seconds

logger = logging.getLogger(__name__)
T = TypeVar("T")

POLL_TIMEOUT_SECONDS = 30
BACKOFF_FIRST_SECONDS = 1.0
BACKOFF_LIMIT_SECONDS = 60.0
CONCURRENT_UPDATES = 8
SHUTDOWN_GRACE_SECONDS = 10.0
RETRY_PENDING_SECONDS = 60.0
MAX_DELIVERY_ROUNDS = 5  # after this many rounds of undeliverable replies an update is given up (and logged)
HOUSEKEEPING_SECONDS = 3600.0
INBOX_KEEP_SECONDS = 7 * 24 * 3600.0
# Under load a cycle takes milliseconds: touch the health file at most this often (the health check allows 120 s).
HEALTH_TOUCH_SECONDS = 10.0


class Backoff:
    """Waits that double after each failure, up to a limit, and start again after a success."""

    def __init__(self, first: float = BACKOFF_FIRST_SECONDS, limit: float = BACKOFF_LIMIT_SECONDS) -> None:
        self.first = first
        self.limit = limit
        self._next = first

    def next(self) -> float:
        """The wait before the next attempt."""
        wait = self._next
        self._next = min(self._next * 2, self.limit)
        return wait

    def reset(self) -> None:
        """Forget earlier failures."""
        self._next = self.first


class InboxPoller:
    """Fetches updates, stores them, processes them (in order within a chat) and marks them done."""

    def __init__(
        self,
        application: BotApplication,
        *,
        allowed_updates: Sequence[str],
        poll_timeout: int = POLL_TIMEOUT_SECONDS,
        health_file: Path | None = None,
        backoff: Backoff | None = None,
        concurrency: int = CONCURRENT_UPDATES,
        grace_seconds: float = SHUTDOWN_GRACE_SECONDS,
        retry_pending_seconds: float = RETRY_PENDING_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.application = application
        self.data: BotData = application.bot_data
        self.store = self.data.store
        self.allowed_updates = list(allowed_updates)
        self.poll_timeout = poll_timeout
        self.health_file = health_file
        self.backoff = backoff or Backoff()
        self.grace_seconds = grace_seconds
        self.retry_pending_seconds = retry_pending_seconds
        self._clock = clock
        self._semaphore = asyncio.Semaphore(concurrency)
        self._offset: int | None = None
        self._chains: dict[object, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._in_flight: set[int] = set()
        self._rounds: Counter[int] = Counter()
        self._touched: float | None = None

    # ----- the loop ----------------------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop` is set, then let in-flight updates finish (within the grace period)."""
        newest = await self.store.inbox_max_id()
        # Everything up to the newest stored update is safe in the inbox: confirm it with the first call.
        self._offset = None if newest is None else newest + 1
        await self.process_pending()
        last_retry = last_upkeep = self._clock()
        try:
            while not stop.is_set():
                await self._touch_health()
                wait = await self._cycle(stop)
                if wait:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), wait)
                now = self._clock()
                if now - last_retry >= self.retry_pending_seconds:
                    last_retry = now
                    await self.process_pending()
                if now - last_upkeep >= HOUSEKEEPING_SECONDS:
                    last_upkeep = now
                    await self._housekeeping()
        finally:
            await self.finish()

    async def _cycle(self, stop: asyncio.Event) -> float:
        """One getUpdates round; return how long to wait before the next (0 after a success)."""
        try:
            fetched = await _unless_stopped(
                self.application.bot.get_updates(
                    offset=self._offset, timeout=self.poll_timeout, allowed_updates=self.allowed_updates
                ),
                stop,
            )
        except RetryAfter as error:
            wait = retry_after_seconds(error)
            logger.warning("Telegram asks to wait %.0f s before polling again", wait)
            return wait
        except Conflict as error:
            wait = self.backoff.next()
            logger.warning("Another instance is polling with this token (%s); retrying in %.0f s", error, wait)
            return wait
        except (TimedOut, NetworkError) as error:
            wait = self.backoff.next()
            logger.warning("Polling failed (%s); retrying in %.0f s", self.data.settings.redact(str(error)), wait)
            return wait
        if fetched is None:
            return 0.0  # stopping
        self.backoff.reset()
        await self.store_and_dispatch(fetched)
        return 0.0

    async def store_and_dispatch(self, updates: Sequence[Update]) -> None:
        """Put a fetched batch in the inbox (before the next call confirms it), then start processing it."""
        if not updates:
            return
        # One transaction for the whole batch; the updates already stored are being (or have been) processed.
        stored = await self.store.inbox_add_many([(update.update_id, update.to_dict()) for update in updates])
        self._offset = max(self._offset or 0, max(update.update_id for update in updates) + 1)
        for update in updates:
            if update.update_id in stored:
                if not stored[update.update_id]:
                    self.data.unanswered.add(update.update_id)
                self._dispatch(update)

    async def process_pending(self) -> int:
        """Process the updates the inbox holds but has not finished (not those already under way)."""
        started = 0
        for update_id, payload in await self.store.inbox_pending():
            if update_id in self._in_flight:
                continue
            try:
                update = Update.de_json(payload, self.application.bot)
            except (TelegramError, KeyError, TypeError, ValueError):
                logger.exception("Update %d in the inbox cannot be read; dropping it", update_id)
                await self.store.inbox_done(update_id)
                continue
            self._dispatch(update)
            started += 1
        if started:
            logger.info("Processing %d update(s) left in the inbox", started)
        return started

    async def wait_idle(self) -> None:
        """Wait until every update under way is processed (for tests and shutdown)."""
        while self._tasks:
            await asyncio.wait(list(self._tasks))

    async def finish(self) -> None:
        """Give in-flight updates the grace period, then cancel them (they stay pending in the inbox)."""
        if not self._tasks:
            return
        _, late = await asyncio.wait(list(self._tasks), timeout=self.grace_seconds)
        for task in late:
            task.cancel()
        if late:
            logger.warning("Stopped %d update(s) in flight; they will be processed at the next start", len(late))
            await asyncio.wait(late)

    # ----- processing --------------------------------------------------------------------------------------
    def _dispatch(self, update: Update) -> None:
        """Process an update after the earlier ones of the same chat (chats run concurrently)."""
        key = _chat_key(update)
        previous = self._chains.get(key)
        task = asyncio.create_task(self._after(previous, update), name=f"update-{update.update_id}")
        self._chains[key] = task
        self._tasks.add(task)
        self._in_flight.add(update.update_id)

        def forget(done: asyncio.Task[None]) -> None:
            self._tasks.discard(done)
            self._in_flight.discard(update.update_id)
            if self._chains.get(key) is done:
                del self._chains[key]

        task.add_done_callback(forget)

    async def _after(self, previous: asyncio.Task[None] | None, update: Update) -> None:
        if previous is not None:
            await asyncio.wait([previous])
        async with self._semaphore:
            await self._process(update)

    async def _process(self, update: Update) -> None:
        try:
            await self.application.process_update(update)
        except Exception:
            # process_update hands handler errors to the error handler; this is a failure of that too.
            logger.exception("Update %d could not be processed", update.update_id)
        self.data.unanswered.discard(update.update_id)  # only the first attempt may skip the journal
        if update.update_id in self.data.undelivered:
            self.data.undelivered.discard(update.update_id)
            self._rounds[update.update_id] += 1
            if self._rounds[update.update_id] < MAX_DELIVERY_ROUNDS:
                return  # stays pending: process_pending tries again later, and so does the next start
            logger.error("Giving up on update %d: its reply could not be delivered", update.update_id)
        self._rounds.pop(update.update_id, None)
        await self.store.inbox_done(update.update_id)

    # ----- upkeep ------------------------------------------------------------------------------------------
    async def _touch_health(self) -> None:
        """Touch the health file (a loop that stops cycling stops touching it), at most every few seconds."""
        now = self._clock()
        if self.health_file is None or (self._touched is not None and now - self._touched < HEALTH_TOUCH_SECONDS):
            return
        self._touched = now
        try:
            await asyncio.to_thread(_touch, self.health_file)
        except OSError as error:
            logger.warning("Cannot touch the health file %s: %s", self.health_file, error)

    async def _housekeeping(self) -> None:
        pruned = await self.store.inbox_prune(INBOX_KEEP_SECONDS)
        expired = await self.data.conversation.prune()
        logger.debug("Housekeeping: %d inbox rows and %d expired answers removed", pruned, expired)


async def serve(
    application: BotApplication, stop: asyncio.Event, *, allowed_updates: Sequence[str], **options: Any
) -> None:
    """Run an application built without an Updater: start it, poll through the inbox until `stop`, stop it."""
    await _until_done(application.initialize, stop, "connect to Telegram")
    if stop.is_set():
        return
    try:
        if application.post_init:
            await application.post_init(application)
        await application.start()
        await _until_done(application.bot.delete_webhook, stop, "switch off a webhook")
        poller = InboxPoller(application, allowed_updates=allowed_updates, **options)
        await poller.run(stop)
    finally:
        if application.running:
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


async def _until_done(call: Callable[[], Awaitable[Any]], stop: asyncio.Event, what: str) -> None:
    """Call until it succeeds despite network errors (Telegram may be unreachable at start), or until stop."""
    backoff = Backoff()
    while not stop.is_set():
        try:
            await call()
            return
        except (TimedOut, NetworkError, RetryAfter) as error:
            wait = retry_after_seconds(error) if isinstance(error, RetryAfter) else backoff.next()
            logger.warning("Could not %s (%s); retrying in %.0f s", what, error, wait)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), wait)


async def _unless_stopped(call: Coroutine[Any, Any, T], stop: asyncio.Event) -> T | None:
    """The call's result, or None when `stop` is set first (the call is then cancelled)."""
    task = asyncio.ensure_future(call)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait([task, stopper], return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return None


def _chat_key(update: Update) -> object:
    chat = update.effective_chat
    if chat is not None:
        return ("chat", chat.id)
    user = update.effective_user
    return ("user", user.id) if user is not None else ("update", update.update_id)


def _touch(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()

"""The bot's SQLite store: chat settings, query log, feedback, follow-up context and delivery state."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import sqlite3
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import aiosqlite

logger = logging.getLogger(__name__)
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

BUSY_TIMEOUT_MS = 5000
FLOOD_WINDOW_SECONDS = 60.0
TOP_QUESTIONS = 5
# Repeat-guard rows are kept at least this long, so one caller's short window never prunes another's keys.
REPEAT_GUARD_HORIZON_SECONDS = 24 * 60 * 60.0
# Chats whose language and follow-up context are kept in memory (the most recently active ones).
CACHED_CHATS = 10_000
# Updates remembered as marked done with their reply (the poller marks them done right after).
RECENTLY_DONE = 1024

# Schema migrations, applied in order; PRAGMA user_version holds how many have been applied.
# APPEND ONLY: never edit or reorder an entry that has shipped, add a new one instead.
MIGRATIONS: tuple[str, ...] = (
    # 1: what the bot records about questions and answers.
    """
    CREATE TABLE chat_settings (
        chat_id    INTEGER PRIMARY KEY,
        lang       TEXT    NOT NULL,
        updated_at REAL    NOT NULL
    );
    CREATE TABLE query_log (
        id           INTEGER PRIMARY KEY,
        asked_at     REAL    NOT NULL,
        chat_id      INTEGER NOT NULL,
        chat_type    TEXT    NOT NULL,
        user_id      INTEGER,
        question     TEXT    NOT NULL,
        question_key TEXT    NOT NULL,
        answered     INTEGER NOT NULL CHECK (answered IN (0, 1)),
        facts        TEXT    NOT NULL,
        latency_ms   REAL    NOT NULL,
        lang         TEXT    NOT NULL
    );
    CREATE INDEX query_log_by_key ON query_log (question_key);
    CREATE INDEX query_log_unanswered ON query_log (answered, id);
    CREATE TABLE feedback (
        id       INTEGER PRIMARY KEY,
        voted_at REAL    NOT NULL,
        chat_id  INTEGER NOT NULL,
        user_id  INTEGER NOT NULL,
        query_id INTEGER REFERENCES query_log (id) ON DELETE SET NULL,
        facts    TEXT    NOT NULL,
        vote     INTEGER NOT NULL CHECK (vote IN (-1, 1))
    );
    CREATE UNIQUE INDEX feedback_one_vote ON feedback (user_id, query_id) WHERE query_id IS NOT NULL;
    CREATE INDEX feedback_by_query ON feedback (query_id);
    """,
    # 2: runtime state: follow-up context, the group repeat guard and crash-safe delivery.
    """
    CREATE TABLE last_answer (
        chat_id  INTEGER PRIMARY KEY,
        payload  TEXT    NOT NULL,
        saved_at REAL    NOT NULL
    );
    CREATE TABLE repeat_guard (
        chat_id    INTEGER NOT NULL,
        answer_key TEXT    NOT NULL,
        seen_at    REAL    NOT NULL,
        PRIMARY KEY (chat_id, answer_key)
    ) WITHOUT ROWID;
    CREATE INDEX repeat_guard_by_time ON repeat_guard (seen_at);
    CREATE TABLE inbox (
        update_id   INTEGER PRIMARY KEY,
        payload     TEXT    NOT NULL,
        received_at REAL    NOT NULL,
        done_at     REAL
    );
    CREATE INDEX inbox_by_done ON inbox (done_at);
    CREATE TABLE reply_journal (
        update_id  INTEGER PRIMARY KEY,
        chat_id    INTEGER NOT NULL,
        message_id INTEGER NOT NULL,
        sent_at    REAL    NOT NULL
    );
    """,
    # 3: answers shown with buttons: what a button acts on, and the group repeat guard's message ids.
    """
    CREATE TABLE shown_answer (
        token      TEXT    PRIMARY KEY,
        chat_id    INTEGER NOT NULL,
        query_id   INTEGER,
        repeat_key TEXT    NOT NULL,
        payload    TEXT    NOT NULL,
        message_id INTEGER,
        shown_at   REAL    NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX shown_answer_by_repeat ON shown_answer (chat_id, repeat_key, shown_at);
    CREATE INDEX shown_answer_by_time ON shown_answer (shown_at);
    """,
)


class StoreError(Exception):
    """The database cannot be opened or is from a newer version of the bot."""


@dataclass(frozen=True, slots=True)
class Stats:
    """Totals for the admin /stats command."""

    questions: int
    answered: int
    answer_rate: float
    top_questions: list[tuple[str, int]]
    feedback_up: int
    feedback_down: int
    chats: int


@dataclass(frozen=True, slots=True)
class UnansweredQuestion:
    """A question the bot could not answer, grouped by its normalised wording."""

    question: str
    chat_type: str
    asked_at: float
    times_asked: int


@dataclass(frozen=True, slots=True)
class ShownAnswer:
    """An answer the bot showed with buttons: what the buttons act on."""

    token: str
    chat_id: int
    query_id: int | None
    payload: dict[str, Any]
    message_id: int | None
    shown_at: float


@dataclass(frozen=True, slots=True)
class Record:
    """What to write down once a reply is delivered: the question for the log, the follow-up context.

    Written on delivery, not when the answer is made: an update processed again after a crash or a
    failed send then finds the store as it was, and is answered (and logged) the same way, once.
    """

    chat_id: int
    chat_type: str
    user_id: int | None
    question: str | None  # None: nothing to log (commands)
    answered: bool
    facts: tuple[str, ...]
    latency_ms: float
    lang: str
    context: dict[str, Any] | None  # the chat's new follow-up context, if any


@dataclass(frozen=True, slots=True)
class Delivery:
    """A reply that reached its chat as message `message_id`, and what it leaves in the store."""

    message_id: int
    record: Record | None = None  # its question for the log, the chat's follow-up context
    token: str | None = None  # the shown answer whose keyboard that message carries


class _Recent(Generic[K, V]):
    """A dict that keeps only the `size` most recently used keys (a small LRU cache)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __getitem__(self, key: K) -> V:
        self._items.move_to_end(key)
        return self._items[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self._size:
            self._items.popitem(last=False)

    def discard(self, key: K) -> None:
        self._items.pop(key, None)


def normalise_question(question: str) -> str:
    """The grouping key of a question: case-folded, whitespace collapsed."""
    return " ".join(question.casefold().split())


def _statements(script: str) -> list[str]:
    """Split a migration script into single statements (sqlite3 knows where one ends)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    leftover = [line for line in buffer.splitlines() if line.strip() and not line.strip().startswith("--")]
    if leftover:
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()!r}")
    return statements


def _to_json(value: Any) -> str:
    # allow_nan=False: NaN is not JSON and SQLite's json functions would reject the column.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _facts_json(facts: Sequence[str]) -> str:
    # A bare string is a Sequence[str] too; storing it letter by letter would be a silent bug.
    if isinstance(facts, str):
        raise TypeError("facts must be a sequence of fact ids, not a single string")
    return _to_json(list(facts))


def _payload(text: str) -> dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise StoreError(f"stored payload is not a JSON object: {type(value).__name__}")
    return value


# Rows as the statements below take them, built (and serialised to JSON) on the event loop before the trip.
_QueryRow = tuple[float, int, str, int | None, str, str, int, str, float, str]  # query_log, without id
_ShownRow = tuple[str, int, int | None, str, str, float]  # shown_answer, without message_id


def _query_row(
    now: float, chat_id: int, chat_type: str, user_id: int | None, question: str, answered: bool,
    facts: Sequence[str], latency_ms: float, lang: str,
) -> _QueryRow:  # fmt: skip
    return (now, chat_id, chat_type, user_id, question, normalise_question(question), int(answered),
            _facts_json(facts), float(latency_ms), lang)  # fmt: skip


def _delivery_row(delivery: Delivery, now: float) -> tuple[Delivery, _QueryRow | None, tuple[int, str] | None]:
    """A delivery with its query log row (if it logs a question) and (chat id, context JSON) (if it has one)."""
    record = delivery.record
    if record is None:
        return delivery, None, None
    query = None
    if record.question is not None:
        query = _query_row(now, record.chat_id, record.chat_type, record.user_id, record.question,
                           record.answered, record.facts, record.latency_ms, record.lang)  # fmt: skip
    context = None if record.context is None else (record.chat_id, _to_json(record.context))
    return delivery, query, context


def _shown_answer_row(
    chat_id: int, payload: dict[str, Any], query_id: int | None, repeat_key: str, now: float
) -> _ShownRow:
    # Random rather than a row number: a forged button cannot reach another chat's answer by counting.
    return secrets.token_urlsafe(8), chat_id, query_id, repeat_key, _to_json(payload), now


class Store:
    """The bot's SQLite database; open it with `await Store.open(path)`.

    Every method is one trip to the database thread, however many statements it runs: a trip costs far more
    than a statement (the thread and the event loop hand Python's GIL to each other and back), and a method that
    is one unit of work on that thread needs no lock, as nothing can run between its statements. Serialising to
    JSON happens before the trip, so the thread only runs SQL.

    Chat languages and follow-up contexts are also kept in memory, written through: this process is the only
    writer of its chats' rows, so the copy is what the database holds, and most messages need no read at all.
    """

    def __init__(self, db: aiosqlite.Connection, schema_version: int, clock: Callable[[], float]) -> None:
        self._db = db
        self._schema_version = schema_version
        self._clock = clock
        # The flood limiter lives in memory: it is per-process state that only matters for a minute, so
        # losing it on restart costs nothing, and keeping it out of SQLite saves a write per message.
        self._flood: dict[int, deque[float]] = {}
        self._flood_calls = 0
        self._langs: _Recent[int, str | None] = _Recent(CACHED_CHATS)
        self._contexts: _Recent[int, str | None] = _Recent(CACHED_CHATS)  # the stored JSON text
        # Updates `record_delivered` has just marked done, so that `inbox_done` need not write it again.
        self._done: _Recent[int, None] = _Recent(RECENTLY_DONE)
        self._closed = False

    @classmethod
    async def open(cls, path: Path, *, clock: Callable[[], float] = time.time) -> Store:
        """Open (creating on first start) the database at `path` and apply missing migrations."""
        path = await asyncio.to_thread(_prepare_path, path)
        # isolation_level=None: autocommit, so every transaction below is an explicit BEGIN ... COMMIT.
        db = await aiosqlite.connect(path, isolation_level=None)
        try:
            await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            rows = await db.execute_fetchall("PRAGMA journal_mode = WAL")
            mode = next(iter(rows))[0]
            if str(mode).lower() != "wal":
                logger.warning("SQLite refused WAL mode for %s (using %s)", path, mode)
            # WAL with synchronous=NORMAL: a commit survives the process being killed (the OS keeps the WAL),
            # without an fsync per commit; only a power cut can lose the last commits, never corrupt the file.
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA foreign_keys = ON")
            version = await _migrate(db)
        except BaseException as exc:
            await db.close()
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot use the database {str(path)!r}: {exc}") from exc
            raise
        return cls(db, version, clock)

    @property
    def schema_version(self) -> int:
        """How many migrations the open database has applied."""
        return self._schema_version

    async def close(self) -> None:
        """Close the database (safe to call twice); work already queued for its thread finishes first."""
        if not self._closed:
            self._closed = True
            await self._db.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- the database thread --

    async def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` on the database thread with the sqlite3 connection: one trip for all its statements.

        aiosqlite's public calls run one statement per trip and have no way to run several. `Connection._execute`
        is the call every one of them (and its cursors) goes through, the same from aiosqlite 0.20 to 0.22: it
        queues a function for the connection's thread and raises ValueError once the connection is closed. The
        store's tests exercise it, so an aiosqlite that changed it would fail them at once.
        """
        db = self._db
        submit: Callable[[Callable[[], T]], Awaitable[T]] = db._execute
        return await submit(lambda: work(db._conn))

    async def _write(self, sql: str, params: Sequence[Any]) -> tuple[int, int | None]:
        """Run one autocommitted statement; return (rowcount, lastrowid)."""
        return await self._run(lambda db: _execute(db, sql, params))

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return list(await self._db.execute_fetchall(sql, params))

    # -- chat settings --

    async def get_chat_lang(self, chat_id: int) -> str | None:
        """The language chosen for a chat, or None when never set."""
        if chat_id not in self._langs:
            rows = await self._read("SELECT lang FROM chat_settings WHERE chat_id = ?", (chat_id,))
            self._langs[chat_id] = str(rows[0][0]) if rows else None
        return self._langs[chat_id]

    async def set_chat_lang(self, chat_id: int, lang: str) -> None:
        """Remember the language for a chat."""
        await self._write(
            "INSERT INTO chat_settings (chat_id, lang, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at",
            (chat_id, lang, self._clock()),
        )
        self._langs[chat_id] = lang

    # -- query log and feedback --

    async def log_query(
        self,
        *,
        chat_id: int,
        chat_type: str,
        user_id: int | None,
        question: str,
        answered: bool,
        facts: Sequence[str],
        latency_ms: float,
        lang: str,
    ) -> int:
        """Record one question and its outcome; return the row id (the `query_id` for feedback)."""
        row = _query_row(self._clock(), chat_id, chat_type, user_id, question, answered, facts, latency_ms, lang)
        return await self._run(lambda db: _log_query(db, row))

    async def add_feedback(
        self, *, chat_id: int, user_id: int, query_id: int | None, facts: Sequence[str], vote: int
    ) -> None:
        """Record a +1/-1 vote; the same user voting on the same query again replaces the earlier vote."""
        if vote not in (1, -1):
            raise ValueError(f"vote must be 1 or -1, not {vote!r}")
        # A query id that is not (or no longer) in the log is stored as NULL rather than failing the
        # foreign key: the vote still counts, it just cannot be replaced later.
        await self._write(
            "INSERT INTO feedback (voted_at, chat_id, user_id, query_id, facts, vote) "
            "VALUES (?, ?, ?, (SELECT id FROM query_log WHERE id = ?), ?, ?) "
            "ON CONFLICT (user_id, query_id) WHERE query_id IS NOT NULL DO UPDATE SET "
            "voted_at = excluded.voted_at, chat_id = excluded.chat_id, facts = excluded.facts, "
            "vote = excluded.vote",
            (self._clock(), chat_id, user_id, query_id, _facts_json(facts), vote),
        )

    async def stats(self) -> Stats:
        """Totals over the whole query log and feedback."""

        def count(db: sqlite3.Connection) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], tuple[Any, ...]]:
            # One read transaction, so the three queries see the same state.
            with _transaction(db, "BEGIN"):
                totals = db.execute(
                    "SELECT COUNT(*), COALESCE(SUM(answered), 0), COUNT(DISTINCT chat_id) FROM query_log"
                ).fetchone()
                # SQLite fills the bare `question` column from the row holding MAX(id): the latest wording.
                top = db.execute(
                    "SELECT question, COUNT(*) AS times, MAX(id) AS latest FROM query_log "
                    "GROUP BY question_key ORDER BY times DESC, latest DESC LIMIT ?",
                    (TOP_QUESTIONS,),
                ).fetchall()
                votes = db.execute(
                    "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM feedback"
                ).fetchone()
            return totals, top, votes

        (questions, answered, chats), top, (up, down) = await self._run(count)
        return Stats(
            questions=questions,
            answered=answered,
            answer_rate=answered / questions if questions else 0.0,
            top_questions=[(str(row[0]), int(row[1])) for row in top],
            feedback_up=up,
            feedback_down=down,
            chats=chats,
        )

    async def recent_unanswered(self, limit: int = 20) -> list[UnansweredQuestion]:
        """Unanswered questions grouped by normalised wording, most recently asked first."""
        # Bare columns come from the row holding MAX(id), i.e. the latest time the question was asked.
        rows = await self._read(
            "SELECT question, chat_type, asked_at, COUNT(*), MAX(id) AS latest FROM query_log "
            "WHERE answered = 0 GROUP BY question_key ORDER BY latest DESC LIMIT ?",
            (limit,),
        )
        return [UnansweredQuestion(str(r[0]), str(r[1]), float(r[2]), int(r[3])) for r in rows]

    # -- follow-up context --

    async def save_last_answer(self, chat_id: int, payload: dict[str, Any]) -> None:
        """Keep what the bot last answered in a chat (a JSON-serialisable dict), for follow-ups."""
        text, now = _to_json(payload), self._clock()
        await self._run(lambda db: _save_last_answer(db, chat_id, text, now))
        self._contexts[chat_id] = text

    async def last_answer(self, chat_id: int) -> dict[str, Any] | None:
        """What `save_last_answer` last kept for the chat, or None."""
        if chat_id not in self._contexts:
            rows = await self._read("SELECT payload FROM last_answer WHERE chat_id = ?", (chat_id,))
            self._contexts[chat_id] = str(rows[0][0]) if rows else None
        text = self._contexts[chat_id]
        # Parsed every time: each caller gets a dict of its own, as from the database.
        return None if text is None else _payload(text)

    # -- group repeat guard and flood limit --

    async def seen_recently(self, chat_id: int, key: str, window_seconds: float) -> bool:
        """True if `key` was recorded for the chat less than `window_seconds` ago; else record it, False."""
        now = self._clock()

        def check(db: sqlite3.Connection) -> bool:
            with _transaction(db):
                db.execute(
                    "DELETE FROM repeat_guard WHERE seen_at <= ?",
                    (now - max(window_seconds, REPEAT_GUARD_HORIZON_SECONDS),),
                )
                row = db.execute(
                    "SELECT seen_at FROM repeat_guard WHERE chat_id = ? AND answer_key = ?", (chat_id, key)
                ).fetchone()
                if row is not None and now - float(row[0]) < window_seconds:
                    return True
                db.execute(
                    "INSERT INTO repeat_guard (chat_id, answer_key, seen_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (chat_id, answer_key) DO UPDATE SET seen_at = excluded.seen_at",
                    (chat_id, key, now),
                )
                return False

        return await self._run(check)

    async def allow_question(self, user_id: int, limit_per_minute: int) -> bool:
        """Whether the user may ask now (at most `limit_per_minute` in any 60 seconds); counts it if so."""
        if limit_per_minute < 1:
            raise ValueError(f"limit_per_minute must be >= 1, not {limit_per_minute!r}")
        now = self._clock()
        cutoff = now - FLOOD_WINDOW_SECONDS
        times = self._flood.setdefault(user_id, deque())
        while times and times[0] <= cutoff:
            times.popleft()
        self._flood_calls += 1
        if self._flood_calls % 256 == 0:
            # Now and then forget users who have been quiet for a minute, so the dict stays small.
            for quiet in [uid for uid, t in self._flood.items() if not t or t[-1] <= cutoff]:
                del self._flood[quiet]
        # Refused questions are not counted: a user who keeps typing is not locked out for ever.
        if len(times) >= limit_per_minute:
            return False
        times.append(now)
        self._flood[user_id] = times
        return True

    # -- crash-safe update inbox --

    async def inbox_add(self, update_id: int, payload: dict[str, Any]) -> bool:
        """Store an update before it is handled; return False (and change nothing) if already present."""
        return update_id in await self.inbox_add_many([(update_id, payload)])

    async def inbox_add_many(self, updates: Sequence[tuple[int, dict[str, Any]]]) -> dict[int, bool]:
        """Store a batch of updates in one transaction, before they are handled; those already present are left.

        Return, for each update stored now, whether the reply journal already has a reply to it (only ever true
        for an update answered in webhook mode whose answer to Telegram was lost): the caller then knows that
        the others need no look in the journal before they are answered.
        """
        now = self._clock()
        rows = [(update_id, _to_json(payload), now) for update_id, payload in updates]

        def add(db: sqlite3.Connection) -> dict[int, bool]:
            stored: dict[int, bool] = {}
            with _transaction(db):
                for row in rows:
                    inserted = db.execute(
                        "INSERT INTO inbox (update_id, payload, received_at) VALUES (?, ?, ?) "
                        "ON CONFLICT (update_id) DO NOTHING",
                        row,
                    )
                    if inserted.rowcount == 1:
                        stored[row[0]] = _reply_sent(db, row[0])
            return stored

        return await self._run(add) if rows else {}

    async def inbox_pending(self) -> list[tuple[int, dict[str, Any]]]:
        """Updates stored but not yet marked done, in update_id order."""
        rows = await self._read("SELECT update_id, payload FROM inbox WHERE done_at IS NULL ORDER BY update_id")
        return [(int(r[0]), _payload(r[1])) for r in rows]

    async def inbox_done(self, update_id: int) -> None:
        """Mark an update as handled."""
        if update_id in self._done:
            self._done.discard(update_id)  # `record_delivered` did it, with the reply
            return
        now = self._clock()
        await self._run(lambda db: _inbox_done(db, update_id, now))

    async def inbox_max_id(self) -> int | None:
        """The highest update_id stored (done or not), or None when the inbox is empty."""
        rows = await self._read("SELECT MAX(update_id) FROM inbox")
        value = rows[0][0]
        return None if value is None else int(value)

    async def inbox_prune(self, keep_seconds: float) -> int:
        """Delete done updates (and their reply journal rows) older than `keep_seconds`; return how many."""
        cutoff = self._clock() - keep_seconds

        def prune(db: sqlite3.Connection) -> int:
            with _transaction(db):
                removed = db.execute("DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?", (cutoff,)).rowcount
                # A journal row whose update is still pending must stay, or replaying it would reply twice.
                db.execute(
                    "DELETE FROM reply_journal WHERE sent_at < ? "
                    "AND update_id NOT IN (SELECT update_id FROM inbox WHERE done_at IS NULL)",
                    (cutoff,),
                )
            return removed

        return await self._run(prune)

    # -- reply journal and delivered replies --

    async def reply_sent(self, update_id: int) -> bool:
        """Whether a reply to this update was already sent."""
        return await self._run(lambda db: _reply_sent(db, update_id))

    async def mark_reply_sent(self, update_id: int, chat_id: int, message_id: int) -> None:
        """Record that the reply to this update was sent (the first record wins)."""
        now = self._clock()
        await self._run(lambda db: _mark_reply_sent(db, update_id, chat_id, message_id, now))

    async def record_delivered(
        self, deliveries: Sequence[Delivery], *, update_id: int | None = None, chat_id: int | None = None
    ) -> None:
        """Write down delivered replies, in one transaction: each one's question in the query log, the chat's
        follow-up context, and the message its keyboard is on (with the logged question, for feedback).

        With `update_id` (and the `chat_id` it came from), the same transaction records the update as answered
        in the reply journal (by the last message) and marks it done in the inbox: after a crash the store holds
        all of it or none of it, and an update is never done without being journaled.
        """
        if (update_id is None) != (chat_id is None):
            raise ValueError("update_id and chat_id go together")
        if update_id is not None and not deliveries:
            raise ValueError("an update is journaled by its last delivered message")
        now = self._clock()
        # Serialised here, before the trip: the database thread only runs SQL.
        rows = [_delivery_row(delivery, now) for delivery in deliveries]

        def record(db: sqlite3.Connection) -> None:
            with _transaction(db):
                for delivery, query, context in rows:
                    query_id = _log_query(db, query) if query is not None else None
                    if context is not None:
                        _save_last_answer(db, context[0], context[1], now)
                    if delivery.token is not None:
                        _set_shown_message(db, delivery.token, delivery.message_id, query_id)
                if update_id is not None and chat_id is not None:
                    _mark_reply_sent(db, update_id, chat_id, deliveries[-1].message_id, now)
                    _inbox_done(db, update_id, now)

        await self._run(record)
        for _, _, context in rows:
            if context is not None:
                self._contexts[context[0]] = context[1]
        if update_id is not None:
            self._done[update_id] = None

    # -- answers shown with buttons --

    async def save_shown_answer(
        self, *, chat_id: int, payload: dict[str, Any], query_id: int | None, repeat_key: str
    ) -> str:
        """Keep an answer a keyboard will act on; return its token (random, URL-safe, 11 characters)."""
        row = _shown_answer_row(chat_id, payload, query_id, repeat_key, self._clock())
        await self._run(lambda db: _save_shown_answer(db, row))
        return row[0]

    async def save_shown_answer_unless_repeat(
        self, *, chat_id: int, payload: dict[str, Any], repeat_key: str, window_seconds: float
    ) -> tuple[str | None, int | None]:
        """`recent_repeat`, then `save_shown_answer` if it found nothing, in one trip (the group repeat guard).

        Return (token, None) when the answer is kept, or (None, message id) when the same answer was delivered
        in the chat within the window (and nothing is kept).
        """
        now = self._clock()
        row = _shown_answer_row(chat_id, payload, None, repeat_key, now)

        def save(db: sqlite3.Connection) -> tuple[str | None, int | None]:
            earlier = _recent_repeat(db, chat_id, repeat_key, now - window_seconds) if window_seconds > 0 else None
            if earlier is not None:
                return None, earlier
            _save_shown_answer(db, row)
            return row[0], None

        return await self._run(save)

    async def shown_answer(self, token: str) -> ShownAnswer | None:
        """The answer kept under `token`, or None."""
        rows = await self._read(
            "SELECT token, chat_id, query_id, payload, message_id, shown_at FROM shown_answer WHERE token = ?",
            (token,),
        )
        if not rows:
            return None
        row = rows[0]
        return ShownAnswer(
            token=str(row[0]),
            chat_id=int(row[1]),
            query_id=None if row[2] is None else int(row[2]),
            payload=_payload(row[3]),
            message_id=None if row[4] is None else int(row[4]),
            shown_at=float(row[5]),
        )

    async def set_shown_message(self, token: str, message_id: int, *, query_id: int | None = None) -> None:
        """Record the message that carries the answer's keyboard, and its logged question (first record wins)."""
        await self._run(lambda db: _set_shown_message(db, token, message_id, query_id))

    async def recent_repeat(self, chat_id: int, repeat_key: str, window_seconds: float) -> int | None:
        """The message id of a delivered answer with this key shown in the chat within the window, or None."""
        if window_seconds <= 0:
            return None
        since = self._clock() - window_seconds
        return await self._run(lambda db: _recent_repeat(db, chat_id, repeat_key, since))

    async def prune_shown_answers(self, keep_seconds: float) -> int:
        """Forget answers shown more than `keep_seconds` ago (their buttons then expire); return how many."""
        rowcount, _ = await self._write("DELETE FROM shown_answer WHERE shown_at < ?", (self._clock() - keep_seconds,))
        return rowcount


# -- statements for the database thread: a store method runs one or several of them in one trip --


@contextmanager
def _transaction(db: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE") -> Iterator[None]:
    """One transaction: committed at the end, rolled back on any error (a failed COMMIT included)."""
    # IMMEDIATE takes the write lock up front, so a read-then-write never fails half-way with BUSY.
    db.execute(begin)
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _execute(db: sqlite3.Connection, sql: str, params: Sequence[Any]) -> tuple[int, int | None]:
    cursor = db.execute(sql, params)
    return cursor.rowcount, cursor.lastrowid


def _log_query(db: sqlite3.Connection, row: _QueryRow) -> int:
    row_id = db.execute(
        "INSERT INTO query_log (asked_at, chat_id, chat_type, user_id, question, question_key, answered,"
        " facts, latency_ms, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row,
    ).lastrowid
    assert row_id is not None  # an INSERT into a rowid table always has one
    return row_id


def _save_last_answer(db: sqlite3.Connection, chat_id: int, payload: str, now: float) -> None:
    db.execute(
        "INSERT INTO last_answer (chat_id, payload, saved_at) VALUES (?, ?, ?) "
        "ON CONFLICT (chat_id) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at",
        (chat_id, payload, now),
    )


def _set_shown_message(db: sqlite3.Connection, token: str, message_id: int, query_id: int | None) -> None:
    db.execute(
        "UPDATE shown_answer SET message_id = ?, query_id = COALESCE(query_id, ?) "
        "WHERE token = ? AND message_id IS NULL",
        (message_id, query_id, token),
    )


def _save_shown_answer(db: sqlite3.Connection, row: _ShownRow) -> None:
    db.execute(
        "INSERT INTO shown_answer (token, chat_id, query_id, repeat_key, payload, shown_at) VALUES (?, ?, ?, ?, ?, ?)",
        row,
    )


def _recent_repeat(db: sqlite3.Connection, chat_id: int, repeat_key: str, since: float) -> int | None:
    row = db.execute(
        "SELECT message_id FROM shown_answer WHERE chat_id = ? AND repeat_key = ? AND shown_at > ? "
        "AND message_id IS NOT NULL ORDER BY shown_at DESC LIMIT 1",
        (chat_id, repeat_key, since),
    ).fetchone()
    return None if row is None else int(row[0])


def _reply_sent(db: sqlite3.Connection, update_id: int) -> bool:
    return db.execute("SELECT 1 FROM reply_journal WHERE update_id = ?", (update_id,)).fetchone() is not None


def _mark_reply_sent(db: sqlite3.Connection, update_id: int, chat_id: int, message_id: int, now: float) -> None:
    db.execute(
        "INSERT INTO reply_journal (update_id, chat_id, message_id, sent_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (update_id) DO NOTHING",
        (update_id, chat_id, message_id, now),
    )


def _inbox_done(db: sqlite3.Connection, update_id: int, now: float) -> None:
    db.execute("UPDATE inbox SET done_at = ? WHERE update_id = ? AND done_at IS NULL", (now, update_id))


def _prepare_path(path: Path) -> Path:
    """Expand `~` and create the parent directories (blocking: run in a thread)."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


async def _migrate(db: aiosqlite.Connection) -> int:
    """Apply the migrations the database lacks, one transaction each; return the resulting version."""
    version = await _user_version(db)
    if version > len(MIGRATIONS):
        raise StoreError(
            f"the database is at schema version {version}, newer than this bot knows ({len(MIGRATIONS)}); "
            "upgrade the bot"
        )
    for number in range(version + 1, len(MIGRATIONS) + 1):
        await db.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated while we waited.
            if await _user_version(db) < number:
                for statement in _statements(MIGRATIONS[number - 1]):
                    await db.execute(statement)
                # PRAGMA takes no parameters; `number` is an int we computed, not outside input.
                await db.execute(f"PRAGMA user_version = {int(number)}")
        except BaseException:
            await db.execute("ROLLBACK")
            raise
        await db.execute("COMMIT")
    return await _user_version(db)


async def _user_version(db: aiosqlite.Connection) -> int:
    rows = await db.execute_fetchall("PRAGMA user_version")
    return int(next(iter(rows))[0])

"""The bot's SQLite store: chat settings, query log, feedback, follow-up context and delivery state."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import sqlite3
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import aiosqlite

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
FLOOD_WINDOW_SECONDS = 60.0
TOP_QUESTIONS = 5
# Repeat-guard rows are kept at least this long, so one caller's short window never prunes another's keys.
REPEAT_GUARD_HORIZON_SECONDS = 24 * 60 * 60.0

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


class Store:
    """The bot's SQLite database; open it with `await Store.open(path)`."""

    def __init__(self, db: aiosqlite.Connection, schema_version: int, clock: Callable[[], float]) -> None:
        self._db = db
        self._schema_version = schema_version
        self._clock = clock
        # One aiosqlite connection is shared by every handler: a transaction spans several awaits, and
        # without the lock another coroutine's statement could land inside it.
        self._lock = asyncio.Lock()
        # The flood limiter lives in memory: it is per-process state that only matters for a minute, so
        # losing it on restart costs nothing, and keeping it out of SQLite saves a write per message.
        self._flood: dict[int, deque[float]] = {}
        self._flood_calls = 0
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
        """Close the database (safe to call twice)."""
        if not self._closed:
            self._closed = True
            async with self._lock:
                await self._db.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Hold the lock and run the body in one IMMEDIATE transaction."""
        async with self._lock:
            # IMMEDIATE takes the write lock up front, so a read-then-write never fails half-way with BUSY.
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise
            await self._db.execute("COMMIT")

    async def _write(self, sql: str, params: Sequence[Any]) -> tuple[int, int | None]:
        """Run one autocommitted statement; return (rowcount, lastrowid)."""
        async with self._lock, self._db.execute(sql, params) as cursor:
            return cursor.rowcount, cursor.lastrowid

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        async with self._lock:
            return list(await self._db.execute_fetchall(sql, params))

    # -- chat settings --

    async def get_chat_lang(self, chat_id: int) -> str | None:
        """The language chosen for a chat, or None when never set."""
        rows = await self._read("SELECT lang FROM chat_settings WHERE chat_id = ?", (chat_id,))
        return str(rows[0][0]) if rows else None

    async def set_chat_lang(self, chat_id: int, lang: str) -> None:
        """Remember the language for a chat."""
        await self._write(
            "INSERT INTO chat_settings (chat_id, lang, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at",
            (chat_id, lang, self._clock()),
        )

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
        _, row_id = await self._write(
            "INSERT INTO query_log (asked_at, chat_id, chat_type, user_id, question, question_key, answered,"
            " facts, latency_ms, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self._clock(),
                chat_id,
                chat_type,
                user_id,
                question,
                normalise_question(question),
                int(answered),
                _facts_json(facts),
                float(latency_ms),
                lang,
            ),
        )
        assert row_id is not None  # an INSERT into a rowid table always has one
        return row_id

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
        async with self._lock:
            totals = await self._db.execute_fetchall(
                "SELECT COUNT(*), COALESCE(SUM(answered), 0), COUNT(DISTINCT chat_id) FROM query_log"
            )
            # SQLite fills the bare `question` column from the row holding MAX(id): the latest wording.
            top = await self._db.execute_fetchall(
                "SELECT question, COUNT(*) AS times, MAX(id) AS latest FROM query_log "
                "GROUP BY question_key ORDER BY times DESC, latest DESC LIMIT ?",
                (TOP_QUESTIONS,),
            )
            votes = await self._db.execute_fetchall(
                "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM feedback"
            )
        questions, answered, chats = next(iter(totals))
        up, down = next(iter(votes))
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
        await self._write(
            "INSERT INTO last_answer (chat_id, payload, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at",
            (chat_id, _to_json(payload), self._clock()),
        )

    async def last_answer(self, chat_id: int) -> dict[str, Any] | None:
        """What `save_last_answer` last kept for the chat, or None."""
        rows = await self._read("SELECT payload FROM last_answer WHERE chat_id = ?", (chat_id,))
        return _payload(rows[0][0]) if rows else None

    # -- group repeat guard and flood limit --

    async def seen_recently(self, chat_id: int, key: str, window_seconds: float) -> bool:
        """True if `key` was recorded for the chat less than `window_seconds` ago; else record it, False."""
        now = self._clock()
        async with self._transaction() as db:
            await db.execute(
                "DELETE FROM repeat_guard WHERE seen_at <= ?",
                (now - max(window_seconds, REPEAT_GUARD_HORIZON_SECONDS),),
            )
            rows = list(
                await db.execute_fetchall(
                    "SELECT seen_at FROM repeat_guard WHERE chat_id = ? AND answer_key = ?", (chat_id, key)
                )
            )
            if rows and now - float(rows[0][0]) < window_seconds:
                return True
            await db.execute(
                "INSERT INTO repeat_guard (chat_id, answer_key, seen_at) VALUES (?, ?, ?) "
                "ON CONFLICT (chat_id, answer_key) DO UPDATE SET seen_at = excluded.seen_at",
                (chat_id, key, now),
            )
            return False

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
        rowcount, _ = await self._write(
            "INSERT INTO inbox (update_id, payload, received_at) VALUES (?, ?, ?) ON CONFLICT (update_id) DO NOTHING",
            (update_id, _to_json(payload), self._clock()),
        )
        return rowcount == 1

    async def inbox_pending(self) -> list[tuple[int, dict[str, Any]]]:
        """Updates stored but not yet marked done, in update_id order."""
        rows = await self._read("SELECT update_id, payload FROM inbox WHERE done_at IS NULL ORDER BY update_id")
        return [(int(r[0]), _payload(r[1])) for r in rows]

    async def inbox_done(self, update_id: int) -> None:
        """Mark an update as handled."""
        await self._write(
            "UPDATE inbox SET done_at = ? WHERE update_id = ? AND done_at IS NULL", (self._clock(), update_id)
        )

    async def inbox_max_id(self) -> int | None:
        """The highest update_id stored (done or not), or None when the inbox is empty."""
        rows = await self._read("SELECT MAX(update_id) FROM inbox")
        value = rows[0][0]
        return None if value is None else int(value)

    async def inbox_prune(self, keep_seconds: float) -> int:
        """Delete done updates (and their reply journal rows) older than `keep_seconds`; return how many."""
        cutoff = self._clock() - keep_seconds
        async with self._transaction() as db:
            async with db.execute("DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?", (cutoff,)) as cursor:
                removed = cursor.rowcount
            # A journal row whose update is still pending must stay, or replaying it would reply twice.
            await db.execute(
                "DELETE FROM reply_journal WHERE sent_at < ? "
                "AND update_id NOT IN (SELECT update_id FROM inbox WHERE done_at IS NULL)",
                (cutoff,),
            )
        return removed

    # -- reply journal --

    async def reply_sent(self, update_id: int) -> bool:
        """Whether a reply to this update was already sent."""
        rows = await self._read("SELECT 1 FROM reply_journal WHERE update_id = ?", (update_id,))
        return bool(rows)

    async def mark_reply_sent(self, update_id: int, chat_id: int, message_id: int) -> None:
        """Record that the reply to this update was sent (the first record wins)."""
        await self._write(
            "INSERT INTO reply_journal (update_id, chat_id, message_id, sent_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (update_id) DO NOTHING",
            (update_id, chat_id, message_id, self._clock()),
        )

    # -- answers shown with buttons --

    async def save_shown_answer(
        self, *, chat_id: int, payload: dict[str, Any], query_id: int | None, repeat_key: str
    ) -> str:
        """Keep an answer a keyboard will act on; return its token (random, URL-safe, 11 characters)."""
        # Random rather than a row number: a forged button cannot reach another chat's answer by counting.
        token = secrets.token_urlsafe(8)
        await self._write(
            "INSERT INTO shown_answer (token, chat_id, query_id, repeat_key, payload, shown_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (token, chat_id, query_id, repeat_key, _to_json(payload), self._clock()),
        )
        return token

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
        await self._write(
            "UPDATE shown_answer SET message_id = ?, query_id = COALESCE(query_id, ?) "
            "WHERE token = ? AND message_id IS NULL",
            (message_id, query_id, token),
        )

    async def recent_repeat(self, chat_id: int, repeat_key: str, window_seconds: float) -> int | None:
        """The message id of a delivered answer with this key shown in the chat within the window, or None."""
        if window_seconds <= 0:
            return None
        rows = await self._read(
            "SELECT message_id FROM shown_answer WHERE chat_id = ? AND repeat_key = ? AND shown_at > ? "
            "AND message_id IS NOT NULL ORDER BY shown_at DESC LIMIT 1",
            (chat_id, repeat_key, self._clock() - window_seconds),
        )
        return int(rows[0][0]) if rows else None

    async def prune_shown_answers(self, keep_seconds: float) -> int:
        """Forget answers shown more than `keep_seconds` ago (their buttons then expire); return how many."""
        rowcount, _ = await self._write("DELETE FROM shown_answer WHERE shown_at < ?", (self._clock() - keep_seconds,))
        return rowcount


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

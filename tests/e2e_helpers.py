"""Start and stop the real bot process (`python -m bot run`) against a `FakeBotApi` on 127.0.0.1.

The process is started exactly as an operator starts it: the installed `bot` package, settings from environment
variables only, a working directory outside the repository, stdout and stderr captured to files for log
assertions. `stop()` sends SIGTERM and waits, as Docker and systemd do; `kill()` sends SIGKILL.

`Tuning` optionally shortens the process's HTTP timeouts and long-poll timeout (through a `sitecustomize` module
put first on its PYTHONPATH) so that faults like "the answer comes later than the client's timeout" take a few
seconds instead of the 15 s and 45 s the production values need (or, for a benchmark, turns the rate limiter
off). Nothing else is changed: the same command, configuration, handlers, retries, inbox and database.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sqlite3
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tests.botapi_server import FakeBotApi, SentMessage

T = TypeVar("T")

TOKEN = "123456789:AAE2e-fake-token-for-the-real-process-0123"
SECRET = TOKEN.partition(":")[2]
BOT_USERNAME = "azun_fact_bot"
ADMIN_ID = 4242
READY_SECONDS = 30.0
STOP_SECONDS = 20.0  # SHUTDOWN_GRACE_SECONDS (10 s) for updates in flight, and some
# Variables of the bot (and of the developer's shell) that must not leak into the process under test.
_OWN_PREFIXES = ("TELEGRAM_", "BOT_", "WEBHOOK_", "E2E_")
_OWN_NAMES = frozenset({"LOG_LEVEL"})

_SITECUSTOMIZE = '''"""Written by tests/e2e_helpers.py: the tuning of the bot process under test (see `Tuning`)."""

import os

import bot.app
import bot.polling

if "E2E_HTTP_TIMEOUT" in os.environ:
    bot.app.CONNECT_TIMEOUT = bot.app.READ_TIMEOUT = bot.app.WRITE_TIMEOUT = float(os.environ["E2E_HTTP_TIMEOUT"])

if "E2E_POLL_TIMEOUT" in os.environ:
    _POLL = int(os.environ["E2E_POLL_TIMEOUT"])
    _serve = bot.polling.serve

    async def _short_poll_serve(application, stop, **options):
        options.setdefault("poll_timeout", _POLL)
        return await _serve(application, stop, **options)

    bot.app.serve = _short_poll_serve

if os.environ.get("E2E_ECHO_ANSWERS"):
    # benchmarks/load.py's floor of the bot's own transport: its polling, inbox and reply journal, with the
    # answer replaced by the question's text (no conversation core, no engine, no query log).
    import handlers.commands
    import handlers.questions
    from bot.store import Delivery

    async def _echo(update, context):
        message = update.effective_message
        sent = await context.bot.send_message(message.chat_id, message.text or "?")
        await context.bot_data.store.record_delivered(
            [Delivery(sent.message_id)], update_id=update.update_id, chat_id=message.chat_id
        )

    handlers.questions.on_question = _echo
    handlers.commands.on_command = _echo

if os.environ.get("E2E_NO_RATE_LIMIT"):
    from telegram.ext import AIORateLimiter

    def _no_rate_limit(max_retries):
        return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=max_retries)

    bot.app.AIORateLimiter = _no_rate_limit
'''


@dataclass(frozen=True)
class Tuning:
    """Changes to the process under test: shorter timeouts (HTTP, getUpdates long poll), or no rate limiter."""

    http_timeout: float | None = None
    poll_timeout: int | None = None
    rate_limited: bool = True
    echo_answers: bool = False  # answer every question with its own text (the transport alone, for benchmarks)

    @property
    def get_updates_timeout(self) -> float:
        """How long the client waits for a getUpdates answer (python-telegram-bot adds the poll timeout)."""
        assert self.http_timeout is not None
        assert self.poll_timeout is not None
        return self.http_timeout + self.poll_timeout

    def env(self) -> dict[str, str]:
        """The variables the sitecustomize module reads."""
        env = {}
        if self.http_timeout is not None:
            env["E2E_HTTP_TIMEOUT"] = str(self.http_timeout)
        if self.poll_timeout is not None:
            env["E2E_POLL_TIMEOUT"] = str(self.poll_timeout)
        if not self.rate_limited:
            env["E2E_NO_RATE_LIMIT"] = "1"
        if self.echo_answers:
            env["E2E_ECHO_ANSWERS"] = "1"
        return env


class BotDiedError(AssertionError):
    """The bot process exited while a test waited for it."""


@dataclass
class BotProcess:
    """A running `python -m bot run` and the files its output goes to."""

    process: asyncio.subprocess.Process
    stdout_path: Path
    stderr_path: Path
    database: Path
    first_call: int
    """Index in `server.calls` of the first call this process can have made."""

    @property
    def running(self) -> bool:
        """Whether the process has not exited."""
        return self.process.returncode is None

    @property
    def returncode(self) -> int | None:
        """The exit status (negative: killed by that signal), None while running."""
        return self.process.returncode

    def stdout(self) -> str:
        """Everything the process printed on stdout so far."""
        return self.stdout_path.read_text(encoding="utf-8", errors="replace")

    def stderr(self) -> str:
        """Everything the process printed on stderr so far (its logs)."""
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def logs(self) -> str:
        """stdout and stderr together."""
        return self.stdout() + self.stderr()

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of stderr, for failure messages."""
        return "\n".join(self.stderr().splitlines()[-lines:])

    async def stop(self, timeout: float = STOP_SECONDS) -> int:  # noqa: ASYNC109
        """SIGTERM, then wait for the exit; SIGKILL and fail if it does not come within `timeout`."""
        if self.running:
            self.process.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            await self.kill()
            raise AssertionError(f"the bot did not stop within {timeout}s of SIGTERM:\n{self.log_tail()}") from None

    async def exited(self, timeout: float = 30.0) -> int:  # noqa: ASYNC109
        """Wait for the process to exit by itself; SIGKILL it and fail if it does not within `timeout`."""
        try:
            return await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            await self.kill()
            raise AssertionError(f"the bot was still running after {timeout}s:\n{self.log_tail()}") from None

    async def kill(self) -> int:
        """SIGKILL, as the OOM killer or a power cut would, and wait for the exit."""
        if self.running:
            self.process.kill()
        return await self.process.wait()


def bot_env(
    base_url: str,
    database: Path,
    *,
    token: str = TOKEN,
    admin_ids: Iterable[int] = (ADMIN_ID,),
    log_level: str = "DEBUG",
    tuning: Tuning | None = None,
    shim_dir: Path | None = None,
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    """The process environment: this one without the bot's variables, then the test's settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_OWN_PREFIXES) and k not in _OWN_NAMES}
    env.update(
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=base_url,
        BOT_DATABASE=str(database),
        BOT_ADMIN_IDS=",".join(str(i) for i in admin_ids),
        LOG_LEVEL=log_level,
        PYTHONUNBUFFERED="1",
    )
    if tuning is not None:
        assert shim_dir is not None
        env.update(tuning.env())
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(shim_dir), env.get("PYTHONPATH", "")) if p)
    env.update(extra or {})
    return env


async def start_bot(
    server: FakeBotApi,
    workdir: Path,
    *,
    database: Path | None = None,
    token: str = TOKEN,
    admin_ids: Iterable[int] = (ADMIN_ID,),
    log_level: str = "DEBUG",
    tuning: Tuning | None = None,
    base_url: str | None = None,
    extra_env: dict[str, str] | None = None,
    wait_ready: bool = True,
) -> BotProcess:
    """Start `python -m bot run` in `workdir/cwd` and (by default) wait until it polls `server`."""
    cwd = workdir / "cwd"
    cwd.mkdir(parents=True, exist_ok=True)
    shim_dir = None
    if tuning is not None:
        shim_dir = workdir / "shim"
        shim_dir.mkdir(exist_ok=True)
        (shim_dir / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    database = database or workdir / "bot.sqlite3"
    env = bot_env(
        base_url or server.base_url, database, token=token, admin_ids=admin_ids, log_level=log_level,
        tuning=tuning, shim_dir=shim_dir, extra=extra_env,
    )  # fmt: skip
    runs = len(await asyncio.to_thread(lambda: list(workdir.glob("stderr-*.log"))))
    stdout_path, stderr_path = workdir / f"stdout-{runs}.log", workdir / f"stderr-{runs}.log"
    first_call = len(server.calls)
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=cwd, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=out,
            stderr=err,
        )  # fmt: skip
    bot = BotProcess(process, stdout_path, stderr_path, database, first_call)
    if wait_ready:
        try:
            await wait_until(server, lambda s: polled_since(s, bot), bot, timeout=READY_SECONDS)
        except BaseException:
            await bot.kill()
            raise
    return bot


def polled_since(server: FakeBotApi, bot: BotProcess) -> bool:
    """Whether the process has called getUpdates (it has then started on whatever its inbox held)."""
    return any(call.method == "getUpdates" for call in server.calls[bot.first_call :])


async def wait_until(
    server: FakeBotApi,
    predicate: Callable[[FakeBotApi], T],
    bot: BotProcess | None = None,
    *,
    timeout: float = 10.0,  # noqa: ASYNC109
) -> T:
    """`server.wait_for`, failing at once (with the bot's last log lines) if the bot process exits."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if bot is not None and not bot.running:
            raise BotDiedError(f"the bot exited with status {bot.returncode}:\n{bot.log_tail()}")
        remaining = deadline - loop.time()
        try:
            return await server.wait_for(predicate, timeout=max(min(remaining, 0.25), 0.0))
        except TimeoutError:
            if loop.time() >= deadline:
                tail = f"\n{bot.log_tail()}" if bot is not None else ""
                raise TimeoutError(f"condition not met within {timeout}s{tail}") from None


# ----- what the users saw ---------------------------------------------------------------------------------------


def replies_to(server: FakeBotApi, chat_id: int, message_id: int) -> list[SentMessage]:
    """The bot's messages in a chat sent as replies to one message."""
    return [m for m in server.messages(chat_id) if _replied_id(m) == message_id]


def _replied_id(message: SentMessage) -> int | None:
    replied = message.versions[0].get("reply_to_message")
    return int(replied["message_id"]) if isinstance(replied, dict) else None


def sent_texts(server: FakeBotApi) -> list[str]:
    """Every text the bot made visible: messages (every version), callback notices and inline results."""
    texts: list[str] = []
    for call in server.calls:
        if not call.ok:
            continue
        if call.method in ("sendMessage", "editMessageText"):
            texts.append(str(call.params.get("text", "")))
            texts.append(str(call.params.get("reply_markup", "")))
        elif call.method == "answerCallbackQuery":
            texts.append(str(call.params.get("text", "")))
        elif call.method == "answerInlineQuery":
            texts.append(str(call.params.get("results", "")))
    return texts


# ----- the database, read from outside the process --------------------------------------------------------------


def query_db(database: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run one read-only query on the bot's database (safe while the bot runs: it uses WAL)."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5.0)) as db:
        return list(db.execute(sql, params))


def pending_updates(database: Path) -> int:
    """How many updates the inbox holds that are not done."""
    return int(query_db(database, "SELECT COUNT(*) FROM inbox WHERE done_at IS NULL")[0][0])


def integrity_check(database: Path) -> list[str]:
    """PRAGMA integrity_check (['ok'] for a sound file); opened read-write, as the bot would, to replay the WAL."""
    with contextlib.closing(sqlite3.connect(database, timeout=5.0)) as db:
        return [str(row[0]) for row in db.execute("PRAGMA integrity_check")]


async def wait_quiet(server: FakeBotApi, bot: BotProcess, *, timeout: float = 15.0) -> None:  # noqa: ASYNC109
    """Wait until the server has no unconfirmed update and the inbox holds no unfinished one.

    After that the bot sends nothing more for the updates so far: a late duplicate would have to come from an
    update still pending.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if not bot.running:
            raise BotDiedError(f"the bot exited with status {bot.returncode}:\n{bot.log_tail()}")
        if not server.pending_updates and pending_updates(bot.database) == 0 and _stored_all(server, bot):
            return
        if loop.time() >= deadline:
            raise TimeoutError(
                f"the bot is still busy after {timeout}s: {len(server.pending_updates)} update(s) unconfirmed, "
                f"{pending_updates(bot.database)} pending in the inbox\n{bot.log_tail()}"
            )
        await asyncio.sleep(0.05)


def _stored_all(server: FakeBotApi, bot: BotProcess) -> bool:
    """Whether the inbox holds the newest update the server handed out (it was confirmed, so it is stored)."""
    newest = query_db(bot.database, "SELECT MAX(update_id) FROM inbox")[0][0]
    handed_out = [u["update_id"] for c in server.calls_for("getUpdates") if c.ok for u in (c.response or [])]
    return not handed_out or (newest is not None and newest >= max(handed_out))


# ----- a bot process that tests talk to, one after another ------------------------------------------------------


class BotRunner:
    """The bot process of a test module: started once, restarted on demand, driven like users would."""

    def __init__(self, server: FakeBotApi, workdir: Path, **options: Any) -> None:
        self.server = server
        self.workdir = workdir
        self.options = options
        self.runs: list[BotProcess] = []

    @property
    def bot(self) -> BotProcess:
        """The current process."""
        return self.runs[-1]

    @property
    def database(self) -> Path:
        """The database file every run shares."""
        return self.bot.database

    async def start(self) -> BotProcess:
        """Start a process (on the same database as the previous ones) and wait until it polls."""
        database = self.runs[-1].database if self.runs else None
        self.runs.append(await start_bot(self.server, self.workdir, database=database, **self.options))
        return self.bot

    async def restart(self) -> int:
        """SIGTERM the current process, wait for it, start a new one; return the old one's exit status."""
        status = await self.bot.stop()
        await self.start()
        return status

    def logs(self) -> str:
        """The output of every run so far."""
        return "".join(run.logs() for run in self.runs)

    async def quiet(self, timeout: float = 15.0) -> None:  # noqa: ASYNC109
        """Wait until the bot has finished with every update so far."""
        await wait_quiet(self.server, self.bot, timeout=timeout)

    async def say(self, chat_id: int, text: str, **fields: Any) -> tuple[dict[str, Any], list[SentMessage]]:
        """A user writes; return their message and the bot's new messages in that chat once it is done."""
        before = len(self.server.messages(chat_id))
        update = self.server.user_message(chat_id, text, **fields)
        await self.quiet()
        return update["message"], self.server.messages(chat_id)[before:]

    async def press(
        self, chat_id: int, message_id: int, data: str, **fields: Any
    ) -> tuple[dict[str, Any] | None, list[SentMessage]]:
        """A user presses a button; return the callback answer and the bot's new messages in that chat."""
        before = len(self.server.messages(chat_id))
        update = self.server.press_button(chat_id, message_id, data, **fields)
        await self.quiet()
        return self.server.answered_callback(update["callback_query"]["id"]), self.server.messages(chat_id)[before:]

    async def inline(self, query: str, **fields: Any) -> dict[str, Any] | None:
        """A user types an inline query; return the bot's answer (results decoded), or None."""
        update = self.server.inline_query(query, **fields)
        await self.quiet()
        return self.server.inline_answer(update["inline_query"]["id"])

"""Security of the running bot: secrets never shown, SQL only parameterised, admin commands only for admins.

Forged callback data is covered end to end in tests/test_e2e.py
(`test_forged_or_foreign_callback_data_gets_a_polite_answer_and_changes_nothing`): unknown tokens, another chat's
answer, pages that do not exist and junk all get "This button has expired" and change nothing.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import re
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from tests.botapi_server import FakeBotApi
from tests.e2e_helpers import (
    ADMIN_ID,
    BOT_USERNAME,
    TOKEN,
    BotRunner,
    sent_texts,
    start_bot,
    wait_until,
)

in_module_loop = pytest.mark.asyncio(loop_scope="module")  # the async tests share the module's server

ROOT = Path(__file__).resolve().parent.parent
UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do."
WEBHOOK_SECRET = "e2e-webhook-secret_Zq8vL2xN5"
GROUP = -100_700_800


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def runner(server: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotRunner]:
    bot = BotRunner(server, tmp_path_factory.mktemp("security"))
    await bot.start()
    yield bot
    assert await bot.bot.stop() == 0
    assert_no_secret(bot.logs(), TOKEN)


def assert_no_secret(text: str, secret: str) -> None:
    """Neither the secret nor its secret part (for a token, what follows the bot id) appears in `text`."""
    for shown in (secret, secret.partition(":")[2] or secret):
        assert shown not in text, f"found {shown[:6]}... at: {text[max(text.find(shown) - 200, 0) :][:300]!r}"


# ===== the bot token ============================================================================================


@in_module_loop
async def test_the_token_never_appears_in_the_logs_nor_in_any_message(runner: BotRunner) -> None:
    server = runner.server
    # Traffic of every kind, at DEBUG level: questions, commands, buttons, inline queries ...
    _, (answer,) = await runner.say(2001, "When did Azerbaijan join the UN?")
    await runner.press(2001, answer.message_id, answer.callback_data[0])
    await runner.press(2001, answer.message_id, "v1:pg:AAAAAAAAAAA:1:0")
    await runner.say(2001, "/help")
    await runner.say(2001, "/reload")
    await runner.inline("Guterres", user_id=2002)
    await runner.say(GROUP, f"@{BOT_USERNAME} who is Guterres?", chat_type="supergroup", user_id=2003)
    # ... and failures, whose messages and tracebacks are where a URL with the token would show.
    server.inject("sendMessage", "502", body="html")
    server.inject("sendMessage", "reset")
    await runner.say(2004, "When was Azerbaijan on the Security Council?")
    server.inject("getUpdates", "reset")
    server.inject("getUpdates", "500", body="empty")
    await runner.say(2005, "/sources")
    # A whole lifecycle, shutdown included.
    assert await runner.restart() == 0
    first = runner.runs[0]
    logs = first.logs()
    for event in ("Polling failed", "Sending failed", "Application.stop() complete"):
        assert event in logs
    # The lines that would carry the token carry the mask instead (httpx is kept at WARNING by design, so its
    # request lines, which hold the URL, are not logged at all).
    assert f"Set Bot API URL: {server.base_url}***" in logs
    assert_no_secret(logs, TOKEN)
    assert_no_secret("\n".join(sent_texts(server)), TOKEN)


@in_module_loop
async def test_a_token_telegram_rejects_is_not_printed_and_the_process_exits(tmp_path: Path) -> None:
    # python-telegram-bot puts the whole token in the message of InvalidToken; it must not reach stderr.
    async with FakeBotApi(token="123456789:another-token-the-server-expects") as other:
        bot = await start_bot(other, tmp_path, wait_ready=False)
        status = await bot.exited()
    logs = bot.logs()
    assert status == 1, bot.log_tail()
    assert "Telegram rejected the bot token" in logs
    assert_no_secret(logs, TOKEN)


# ===== the webhook secret =======================================================================================


def free_port() -> int:
    with contextlib.closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@in_module_loop
async def test_the_webhook_secret_never_appears_in_the_logs_and_posts_without_it_are_refused(tmp_path: Path) -> None:
    port = free_port()
    async with FakeBotApi(token=TOKEN, username=BOT_USERNAME) as api, aiohttp.ClientSession() as http:
        bot = await start_bot(
            api, tmp_path, wait_ready=False,
            extra_env={"BOT_MODE": "webhook", "WEBHOOK_URL": "https://bot.example.org/telegram",
                       "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port), "WEBHOOK_PATH": "telegram",
                       "WEBHOOK_SECRET_TOKEN": WEBHOOK_SECRET},
        )  # fmt: skip
        try:
            await wait_until(api, lambda s: s.webhook, bot, timeout=30)
            assert api.webhook is not None
            assert api.webhook["secret_token"] == WEBHOOK_SECRET  # Telegram was told the secret ...
            url = f"http://127.0.0.1:{port}/telegram"
            await _wait_listening(port)
            forged = api.user_message(3001, "When did Azerbaijan join the UN?")
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                async with http.post(url, json=forged, headers=headers) as response:
                    assert response.status == 403
            genuine = api.user_message(3002, "When did Azerbaijan join the UN?")
            async with http.post(url, json=genuine, headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}) as r:
                assert r.status == 200
            await wait_until(api, lambda s: s.messages(3002), bot)
            await asyncio.sleep(0.3)
            assert api.messages(3001) == []  # ... and only posts that carry it are processed
        finally:
            status = await bot.stop()
    assert status == 0, bot.log_tail()
    logs = bot.logs()
    assert "'secret_token': '***'" in logs  # the call that carries the secret was logged, masked ...
    assert_no_secret(logs, WEBHOOK_SECRET)  # ... masked
    assert_no_secret(logs, TOKEN)
    assert_no_secret("\n".join(sent_texts(api)), WEBHOOK_SECRET)


async def _wait_listening(port: int, timeout: float = 10.0) -> None:  # noqa: ASYNC109
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if loop.time() > deadline:
                raise
            await asyncio.sleep(0.05)
            continue
        writer.close()
        await writer.wait_closed()
        return


# ===== admin commands ===========================================================================================


@in_module_loop
async def test_admin_commands_are_refused_to_everyone_else_exactly_like_unknown_commands(runner: BotRunner) -> None:
    user = 2101
    group = {"chat_type": "supergroup", "user_id": user}
    _, private_unknown = await runner.say(user, "/nosuchcommand")
    _, group_unknown = await runner.say(GROUP, f"/nosuchcommand@{BOT_USERNAME}", **group)
    _, group_bare_unknown = await runner.say(GROUP, "/nosuchcommand", **group)
    assert [m.text for m in private_unknown] == [m.text for m in group_unknown] == [UNKNOWN_COMMAND]
    assert group_bare_unknown == []
    for command in ("stats", "unanswered", "reload"):
        for argument in ("", " now", " 1; DROP TABLE query_log"):
            _, sent = await runner.say(user, f"/{command}{argument}")
            assert [(m.text, m.buttons) for m in sent] == [(UNKNOWN_COMMAND, [])], command
            _, sent = await runner.say(GROUP, f"/{command}@{BOT_USERNAME}{argument}", **group)
            assert [m.text for m in sent] == [UNKNOWN_COMMAND], command
            _, sent = await runner.say(GROUP, f"/{command}{argument}", **group)
            assert sent == [], command  # a bare unknown command in a group may be another bot's: silence
    # The admin's own group does not make its other members admins, and /help does not list the commands.
    _, sent = await runner.say(GROUP, f"/stats@{BOT_USERNAME}", chat_type="supergroup", user_id=user + 1)
    assert [m.text for m in sent] == [UNKNOWN_COMMAND]
    _, (help_text,) = await runner.say(user, "/help")
    assert not re.search(r"/(stats|unanswered|reload)\b", help_text.text)
    assert "Fact base reloaded" not in runner.bot.stderr()

    _, (stats,) = await runner.say(ADMIN_ID, "/stats")
    assert stats.text.startswith("Questions: ")
    _, (admin_help,) = await runner.say(ADMIN_ID, "/help")
    assert "/stats /unanswered /reload" in admin_help.text
    _, (group_stats,) = await runner.say(GROUP, f"/stats@{BOT_USERNAME}", chat_type="supergroup", user_id=ADMIN_ID)
    assert group_stats.text.startswith("Questions: ")


# ===== SQL ======================================================================================================

SQL_METHODS = frozenset({"execute", "executemany", "executescript", "execute_fetchall", "execute_insert", "_write",
                         "_read"})  # fmt: skip


def _assigned(scope: ast.AST, name: str) -> list[ast.AST]:
    """The values assigned to `name` in `scope` (and, to err on the safe side, in functions nested in it)."""
    values: list[ast.AST] = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            values.append(node.value)
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            values.append(node)  # built_sql() reports it as "+= concatenation"
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            values += [node.value] if node.value is not None else []
    return values


def _is_int_constant(node: ast.expr, module: ast.Module) -> bool:
    """An int literal, int(...), or a module-level UPPER_CASE name bound to an int literal."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "int":
        return True
    if isinstance(node, ast.Name) and node.id.isupper():
        return all(isinstance(v, ast.Constant) and isinstance(v.value, int) for v in _assigned_at_top(module, node.id))
    return False


def _assigned_at_top(module: ast.Module, name: str) -> list[ast.expr]:
    return [
        n.value
        for n in module.body
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
    ]


def built_sql(node: ast.AST, module: ast.Module, scope: ast.AST, depth: int = 0) -> str | None:
    """Why the SQL expression is built from values rather than parameterised, or None if it is not."""
    if isinstance(node, ast.JoinedStr):
        values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
        text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant)).lstrip().upper()
        # PRAGMA takes no bound parameters: an integer the code computes itself is the one safe exception.
        if values and not (text.startswith("PRAGMA ") and all(_is_int_constant(v, module) for v in values)):
            return "f-string"
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        return "% formatting" if isinstance(node.op, ast.Mod) else "+ concatenation"
    if isinstance(node, ast.AugAssign):
        return "+= concatenation"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return f".{node.func.attr}()"
    if isinstance(node, ast.Name) and depth < 5:
        for value in _assigned(scope, node.id):
            reason = built_sql(value, module, scope, depth + 1)
            if reason:
                return f"{reason} (through {node.id})"
    return None


def sql_problems(source: str, filename: str = "<source>") -> tuple[list[str], int]:
    """(problems, number of SQL calls seen) for one module's source."""
    module = ast.parse(source, filename)
    parents = {child: parent for parent in ast.walk(module) for child in ast.iter_child_nodes(parent)}
    problems: list[str] = []
    seen = 0
    for node in ast.walk(module):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args):
            continue
        if node.func.attr not in SQL_METHODS:
            continue
        seen += 1
        scope: ast.AST = node
        while scope in parents and not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            scope = parents[scope]
        reason = built_sql(node.args[0], module, scope)
        if reason:
            problems.append(f"{filename}:{node.lineno}: SQL built with {reason}")
    return problems, seen


def test_sql_is_only_ever_parameterised() -> None:
    problems: list[str] = []
    seen = 0
    for package in ("bot", "handlers"):
        for path in sorted((ROOT / package).rglob("*.py")):
            found, count = sql_problems(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
            problems += found
            seen += count
    assert problems == []
    assert seen >= 25, "the scan found too few SQL calls: has the store moved?"


@pytest.mark.parametrize(
    "snippet",
    [
        'async def f(db, x):\n    await db.execute(f"SELECT * FROM t WHERE a = {x}")',
        'async def f(db, x):\n    await db.execute("SELECT * FROM t WHERE a = %s" % x)',
        'async def f(db, x):\n    await db.execute("SELECT * FROM t WHERE a = " + x)',
        'async def f(db, x):\n    await db.execute("SELECT * FROM t WHERE a = {}".format(x))',
        'async def f(self, x):\n    sql = f"DELETE FROM t WHERE a = {x}"\n    await self._write(sql, ())',
        'async def f(db, x):\n    sql = "SELECT 1"\n    sql += x\n    await db.execute_fetchall(sql)',
        'async def f(db, name):\n    await db.execute(f"PRAGMA {name} = 1")',
    ],
)
def test_the_sql_scan_catches_sql_built_from_values(snippet: str) -> None:
    problems, seen = sql_problems(snippet)
    assert seen == 1
    assert len(problems) == 1, problems


def test_the_sql_scan_accepts_parameters_and_integer_pragmas() -> None:
    source = (
        "LIMIT_MS = 5000\n"
        "async def f(db, x, number):\n"
        '    await db.execute("SELECT * FROM t WHERE a = ? AND b = ?", (x, 1))\n'
        '    await db.execute(f"PRAGMA busy_timeout = {LIMIT_MS}")\n'
        '    await db.execute(f"PRAGMA user_version = {int(number)}")\n'
        '    sql = "SELECT 1"\n'
        "    await db.execute(sql)\n"
    )
    assert sql_problems(source) == ([], 4)

"""Tests of the fake Bot API server, driven by a real python-telegram-bot `Bot` and by raw HTTP."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    ReplyParameters,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from tests.botapi_server import (
    DEFAULT_USER_ID,
    ApiError,
    EntityParseError,
    FakeBotApi,
    detect_entities,
    format_text,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
)

TOKEN = "123456789:AAtest-token"
CHAT = 1001
READ_TIMEOUT = 0.5


def _request() -> HTTPXRequest:
    return HTTPXRequest(read_timeout=READ_TIMEOUT, connect_timeout=1.0, write_timeout=1.0, pool_timeout=1.0)


def _bot(server: FakeBotApi, token: str = TOKEN) -> Bot:
    return Bot(token, base_url=server.base_url, request=_request(), get_updates_request=_request())


def rejected(description: str) -> pytest.RaisesExc[BadRequest]:
    """Expect a BadRequest; python-telegram-bot strips "Bad Request: " and lower-cases the rest."""
    return pytest.raises(BadRequest, match="(?i)" + re.escape(description))


def _keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])


@pytest.fixture
async def server() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as srv:
        yield srv


@pytest.fixture
async def bot(server: FakeBotApi) -> AsyncIterator[Bot]:
    async with _bot(server) as b:
        yield b


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


# --------------------------------------------------------------------------------------------------
# Basics
# --------------------------------------------------------------------------------------------------


async def test_get_me(server: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.username == "azun_fact_bot"
    assert me.is_bot
    assert me.id == 123456789
    assert me.supports_inline_queries
    assert me.can_read_all_group_messages is False
    assert server.base_url == f"http://127.0.0.1:{server.port}/bot"
    assert [c.method for c in server.calls] == ["getMe", "getMe"]  # initialize() calls getMe too


async def test_wrong_token_is_invalid_token(server: FakeBotApi) -> None:
    with pytest.raises(InvalidToken):
        async with _bot(server, token="123456789:wrong"):
            pass
    assert server.calls[-1].status == 401


async def test_send_message_with_good_html(server: FakeBotApi, bot: Bot) -> None:
    text = '<b>Baku</b> &amp; <a href="https://un.org">UN</a> 😀 <i>x&lt;y</i>'
    message = await bot.send_message(CHAT, text, parse_mode="HTML", reply_markup=_keyboard("more"))
    assert message.text == "Baku & UN 😀 x<y"
    assert message.from_user is not None
    assert message.from_user.is_bot
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 4),
        ("text_link", 7, 2),
        ("italic", 13, 3),  # the emoji counts as two UTF-16 code units
    ]
    assert message.entities[1].url == "https://un.org"
    assert message.reply_markup == _keyboard("more")
    [sent] = server.messages(CHAT)
    assert sent.text == "Baku & UN 😀 x<y"
    assert sent.callback_data == ["more"]
    assert server.calls_for("sendmessage")[0].params["reply_markup"] == {
        "inline_keyboard": [[{"text": "more", "callback_data": "more"}]]
    }


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("<b>unclosed", "Can't find end tag corresponding to start tag b"),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("AT&T", 'Character "&" at byte offset 2'),
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
    ],
)
async def test_send_message_with_broken_html_is_rejected(server: FakeBotApi, bot: Bot, text: str, error: str) -> None:
    with rejected("can't parse entities: " + error):
        await bot.send_message(CHAT, text, parse_mode="HTML")
    assert server.messages(CHAT) == []
    assert server.calls[-1].error is not None
    assert server.calls[-1].error.startswith("Bad Request: ")


async def test_message_length_counts_utf16_after_parsing(server: FakeBotApi, bot: Bot) -> None:
    with rejected("message is too long"):
        await bot.send_message(CHAT, "x" * 5000)
    with rejected("message is too long"):
        await bot.send_message(CHAT, "😀" * 2049)  # 4098 UTF-16 code units
    await bot.send_message(CHAT, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")  # tags do not count
    with rejected("message text is empty"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")
    assert len(server.messages(CHAT)) == 1


async def test_inline_keyboard_validation(server: FakeBotApi, bot: Bot) -> None:
    with rejected("BUTTON_DATA_INVALID"):
        await bot.send_message(CHAT, "hi", reply_markup=_keyboard("é" * 33))  # 66 bytes
    await bot.send_message(CHAT, "hi", reply_markup=_keyboard("é" * 32))  # 64 bytes
    with rejected("Text buttons are unallowed"):
        await bot.send_message(CHAT, "hi", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("a")]]))
    both = InlineKeyboardButton("a", callback_data="x", url="https://un.org")
    with rejected("exactly one"):
        await bot.send_message(CHAT, "hi", reply_markup=InlineKeyboardMarkup([[both]]))
    link = InlineKeyboardButton("UN", url="https://un.org")
    await bot.send_message(CHAT, "hi", reply_markup=InlineKeyboardMarkup([[link]]))
    assert len(server.messages(CHAT)) == 2


async def test_reply_to_missing_message(server: FakeBotApi, bot: Bot) -> None:
    with rejected("message to be replied not found"):
        await bot.send_message(CHAT, "hi", reply_parameters=ReplyParameters(message_id=42))
    await bot.send_message(
        CHAT, "hi", reply_parameters=ReplyParameters(message_id=42, allow_sending_without_reply=True)
    )
    asked = server.user_message(CHAT, "question")
    reply = await bot.send_message(CHAT, "answer", reply_to_message_id=asked["message"]["message_id"])
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.text == "question"


# --------------------------------------------------------------------------------------------------
# Updates
# --------------------------------------------------------------------------------------------------


async def test_get_updates_offset_confirms(server: FakeBotApi, bot: Bot) -> None:
    queued = [server.user_message(CHAT, f"m{i}") for i in range(3)]
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first if u.message] == ["m0", "m1"]
    again = await bot.get_updates()  # nothing confirmed yet
    assert [u.update_id for u in again] == [q["update_id"] for q in queued]
    rest = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["m2"]
    assert await bot.get_updates(offset=rest[-1].update_id + 1) == ()
    assert server.pending_updates == []


async def test_long_poll_delivers_promptly(server: FakeBotApi, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await server.wait_for(lambda s: s.polling, timeout=2)
    started = time.monotonic()
    server.user_message(CHAT, "hello")
    updates = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 0.5
    assert updates[0].message is not None
    assert updates[0].message.text == "hello"


async def test_long_poll_times_out_empty(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=dtm.timedelta(seconds=0.3)) == ()
    assert 0.25 < time.monotonic() - started < 1.5


async def test_second_poll_terminates_the_first(server: FakeBotApi, bot: Bot) -> None:
    async with _bot(server) as other:
        first = asyncio.create_task(bot.get_updates(timeout=3))
        await server.wait_for(lambda s: s.polling, timeout=2)
        second = asyncio.create_task(other.get_updates(timeout=dtm.timedelta(seconds=0.2)))
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await first
        assert await second == ()


async def test_allowed_updates_filter(server: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "pick", reply_markup=_keyboard("a"))
    await bot.get_updates(allowed_updates=["message"])
    server.press_button(CHAT, sent.message_id, "a")
    server.user_message(CHAT, "text")
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["text"]
    assert all(u.callback_query is None for u in updates)


async def test_simulated_updates_deserialise(server: FakeBotApi, bot: Bot) -> None:
    server.user_message(-1005, "hi", chat_type="supergroup", chat_title="UN fans", user_id=7)
    reply_to = (await bot.send_message(-1005, "bot says", reply_markup=_keyboard("a"))).message_id
    raw = server.user_message(
        -1005, "/ask@azun_fact_bot about @someone_else", chat_type="supergroup", user_id=7, reply_to_message_id=reply_to
    )
    update = Update.de_json(raw, bot)
    assert update.message is not None
    assert update.message.chat.title == "UN fans"
    assert [(e.type, e.offset, e.length) for e in update.message.entities] == [
        ("bot_command", 0, 18),
        ("mention", 25, 13),
    ]
    assert update.message.reply_to_message is not None
    assert update.message.reply_to_message.from_user is not None
    assert update.message.reply_to_message.from_user.username == "azun_fact_bot"
    query = Update.de_json(server.press_button(-1005, reply_to, "forged" * 20, user_id=7), bot)
    assert query.callback_query is not None
    assert query.callback_query.data == "forged" * 20
    inline = Update.de_json(server.inline_query("baku", offset="10"), bot)
    assert inline.inline_query is not None
    assert inline.inline_query.from_user.id == DEFAULT_USER_ID


# --------------------------------------------------------------------------------------------------
# Edits, callbacks, inline queries, commands
# --------------------------------------------------------------------------------------------------


async def test_edit_message_text(server: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "<b>v1</b>", parse_mode="HTML", reply_markup=_keyboard("a"))
    with rejected("message is not modified"):
        await bot.edit_message_text("<b>v1</b>", CHAT, sent.message_id, parse_mode="HTML", reply_markup=_keyboard("a"))
    edited = await bot.edit_message_text("v1", CHAT, sent.message_id)  # no bold, no keyboard: modified
    assert isinstance(edited, object)
    assert server.messages(CHAT)[0].reply_markup is None
    with rejected("message to edit not found"):
        await bot.edit_message_text("x", CHAT, 999)
    await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=_keyboard("b"))
    [stored] = server.messages(CHAT)
    assert [v.get("text") for v in stored.versions] == ["v1", "v1", "v1"]
    assert stored.callback_data == ["b"]
    assert len(stored.edits) == 2
    assert await bot.delete_message(CHAT, sent.message_id)
    assert server.messages(CHAT)[0].deleted
    with rejected("message to delete not found"):
        await bot.delete_message(CHAT, sent.message_id)


async def test_answer_callback_query_twice(server: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "pick", reply_markup=_keyboard("a"))
    query_id = server.press_button(CHAT, sent.message_id, "a")["callback_query"]["id"]
    with rejected("MESSAGE_TOO_LONG"):
        await bot.answer_callback_query(query_id, text="x" * 201)
    assert await bot.answer_callback_query(query_id, text="done")
    assert server.answered_callback(query_id) == {"callback_query_id": query_id, "text": "done"}
    with rejected("query is too old and response timeout expired or query ID is invalid"):
        await bot.answer_callback_query(query_id)
    with rejected("query is too old"):
        await bot.answer_callback_query("12345")


async def test_answer_inline_query(server: FakeBotApi, bot: Bot) -> None:
    query_id = server.inline_query("baku")["inline_query"]["id"]

    def article(i: int, text: str = "fact") -> InlineQueryResultArticle:
        return InlineQueryResultArticle(str(i), f"Fact {i}", InputTextMessageContent(text, parse_mode="HTML"))

    with rejected("RESULTS_TOO_MUCH"):
        await bot.answer_inline_query(query_id, [article(i) for i in range(51)])
    with rejected("RESULT_ID_DUPLICATE"):
        await bot.answer_inline_query(query_id, [article(1), article(1)])
    with rejected("can't parse entities"):
        await bot.answer_inline_query(query_id, [article(1, "<b>broken")])
    assert server.inline_answer(query_id) is None
    assert await bot.answer_inline_query(query_id, [article(i) for i in range(50)], cache_time=5)
    answer = server.inline_answer(query_id)
    assert answer is not None
    assert len(answer["results"]) == 50
    assert answer["cache_time"] == 5
    with rejected("query is too old"):
        await bot.answer_inline_query(query_id, [])


async def test_commands_per_language_and_scope(server: FakeBotApi, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Начать")], language_code="ru")
    await bot.set_my_commands([BotCommand("admin", "Admin")], scope=BotCommandScopeChat(CHAT))
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.description for c in await bot.get_my_commands(language_code="ru")] == ["Начать"]
    assert await bot.get_my_commands(language_code="fr") == ()
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeChat(CHAT))] == ["admin"]
    assert server.commands(language_code="ru") == [{"command": "start", "description": "Начать"}]
    with rejected("BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start", "Upper case")])
    with rejected("BOT_COMMANDS_TOO_MUCH"):
        await bot.set_my_commands([BotCommand(f"c{i}", "x") for i in range(101)])
    with rejected("BOT_COMMAND_DESCRIPTION_INVALID"):
        await bot.set_my_commands([BotCommand("long", "x" * 257)])
    assert await bot.delete_my_commands(language_code="ru")
    assert await bot.get_my_commands(language_code="ru") == ()


async def test_other_methods(server: FakeBotApi, bot: Bot) -> None:
    assert await bot.set_my_description("Facts about Azerbaijan and the UN")
    assert await bot.set_my_short_description("Facts", language_code="en")
    assert server.descriptions[""] == "Facts about Azerbaijan and the UN"
    assert await bot.send_chat_action(CHAT, "typing")
    with pytest.raises(BadRequest):
        await bot.send_chat_action(CHAT, "dancing")
    assert await bot.set_chat_menu_button()
    chat = await bot.get_chat(CHAT)
    assert chat.id == CHAT
    assert chat.type == "private"
    with rejected("chat not found"):
        await bot.get_chat(-42)
    assert await bot.set_webhook("https://example.org/hook")
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict):
        await bot.get_updates()
    assert await bot.delete_webhook(drop_pending_updates=True)
    server.set_blocked(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "hello?")


# --------------------------------------------------------------------------------------------------
# Faults
# --------------------------------------------------------------------------------------------------


async def test_fault_429_is_retry_after(server: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # else RetryAfter emits a PTBDeprecationWarning
    fault = server.inject("sendMessage", "429", retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hi")
    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    assert server.messages(CHAT) == []
    assert fault.hits == 1
    assert server.calls[-1].fault == "429"
    assert server.calls[-1].status == 429
    await bot.send_message(CHAT, "hi")  # the fault applied once
    assert len(server.messages(CHAT)) == 1


@pytest.mark.parametrize(("kind", "body"), [("500", "json"), ("500", "html"), ("502", "html"), ("502", "empty")])
async def test_fault_5xx_is_network_error(server: FakeBotApi, bot: Bot, kind: str, body: str) -> None:
    server.inject("sendMessage", kind, body=body)
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(CHAT, "hi")
    assert not isinstance(caught.value, TimedOut | BadRequest)
    assert server.messages(CHAT) == []
    assert server.calls[-1].status == int(kind)


async def test_fault_delay_times_out_but_takes_effect(server: FakeBotApi, bot: Bot) -> None:
    server.inject("sendMessage", "delay", seconds=READ_TIMEOUT + 0.3)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "slow")
    assert [m.text for m in server.messages(CHAT)] == ["slow"]  # Telegram got it; only the answer was late
    server.inject("getMe", "delay", seconds=0.1)
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= 0.1


async def test_fault_reset_is_network_error_without_effect(server: FakeBotApi, bot: Bot) -> None:
    server.inject("sendMessage", "reset")
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(CHAT, "hi")
    assert not isinstance(caught.value, TimedOut)
    assert server.messages(CHAT) == []
    assert server.calls[-1].status == 0
    assert server.calls[-1].fault == "reset"
    await bot.send_message(CHAT, "again")  # a new connection works
    assert len(server.messages(CHAT)) == 1


async def test_faulted_get_updates_confirms_nothing(server: FakeBotApi, bot: Bot) -> None:
    server.user_message(CHAT, "one")
    [update] = await bot.get_updates()
    server.inject("*", "500", times=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.get_updates(offset=update.update_id + 1)
    assert len(server.pending_updates) == 1
    assert await bot.get_updates(offset=update.update_id + 1) == ()
    server.inject("getMe", "500", times=None)
    server.clear_faults()
    assert await bot.get_me()


async def test_inject_rejects_typos(server: FakeBotApi) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        server.inject("sendMessage", "503")
    with pytest.raises(ValueError, match="unknown method"):
        server.inject("sendMesage", "500")
    with pytest.raises(TypeError, match="no option"):
        server.inject("sendMessage", "429", seconds=3)


async def test_wait_for(server: FakeBotApi, bot: Bot) -> None:
    async def later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(CHAT, "later")

    task = asyncio.create_task(later())
    sent = await server.wait_for(lambda s: s.messages(CHAT), timeout=2)
    assert sent[0].text == "later"
    await task
    with pytest.raises(TimeoutError, match="condition not met"):
        await server.wait_for(lambda s: len(s.calls) > 100, timeout=0.05)


# --------------------------------------------------------------------------------------------------
# Raw HTTP
# --------------------------------------------------------------------------------------------------


async def _json(response: aiohttp.ClientResponse) -> Any:
    return json.loads(await response.read())


async def test_raw_http_requests(server: FakeBotApi, http: aiohttp.ClientSession) -> None:
    base = f"{server.base_url}{TOKEN}"
    async with http.get(f"{base}/GETME") as response:
        assert response.status == 200
        assert (await _json(response))["result"]["username"] == "azun_fact_bot"
    async with http.get(f"{server.base_url}123:nope/getMe") as response:
        assert response.status == 401
        assert await _json(response) == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    async with http.post(f"{base}/noSuchMethod") as response:
        assert response.status == 404
        assert await _json(response) == {"ok": False, "error_code": 404, "description": "Not Found"}
    async with http.get(f"{server.url}/elsewhere") as response:
        assert response.status == 404
    async with http.post(f"{base}/sendMessage", data=b"{not json", headers={"Content-Type": "application/json"}) as r:
        assert r.status == 400
        assert (await _json(r))["description"].startswith("Bad Request: ")
    markup = {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}
    async with http.post(f"{base}/sendMessage", json={"chat_id": CHAT, "text": "1", "reply_markup": markup}) as r:
        result = (await _json(r))["result"]
        assert result["text"] == "1"
        assert result["reply_markup"] == markup
    form = {"chat_id": str(CHAT), "text": "123", "reply_markup": json.dumps(markup)}
    async with http.post(f"{base}/sendMessage", data=form) as r:
        assert (await _json(r))["result"]["text"] == "123"  # a text that looks like JSON stays a string
    async with http.get(f"{base}/sendMessage", params={"chat_id": str(CHAT), "text": "via GET"}) as r:
        assert (await _json(r))["result"]["text"] == "via GET"
    multipart = aiohttp.FormData()
    multipart.add_field("chat_id", str(CHAT))
    multipart.add_field("text", "with a file part")
    multipart.add_field("document", b"abc", filename="a.txt")
    async with http.post(f"{base}/sendMessage", data=multipart) as r:
        assert (await _json(r))["ok"]
    assert server.calls[-1].params["document"] == {"file_name": "a.txt", "size": 3}
    assert [m.text for m in server.messages(CHAT)] == ["1", "123", "via GET", "with a file part"]


async def test_control_endpoint(server: FakeBotApi, http: aiohttp.ClientSession) -> None:
    async with http.post(f"{server.url}/_fake/user_message", json={"chat_id": 5, "text": "/start"}) as r:
        assert (await _json(r))["result"]["message"]["entities"][0]["type"] == "bot_command"
    assert len(server.pending_updates) == 1


# --------------------------------------------------------------------------------------------------
# Text parsing
# --------------------------------------------------------------------------------------------------


def test_parse_html_entities_and_tags() -> None:
    text, entities = parse_html(
        '<blockquote expandable>q</blockquote><pre><code class="language-python">x = 1</code></pre>'
        '&#x1F600;<span class="tg-spoiler">s</span><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
        "<a>no link</a><a href='tg://user?id=42'>u</a>&quot;&#39;"
    )
    assert text == "qx = 1😀s👍no linku\"'"
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [
        ("expandable_blockquote", 0, 1),
        ("pre", 1, 5),
        ("spoiler", 8, 1),
        ("custom_emoji", 9, 2),
        ("text_mention", 18, 1),
    ]
    assert entities[1]["language"] == "python"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("é<x>", 'Unsupported start tag "x" at byte offset 2'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("1<2", "Unclosed start tag at byte offset 1"),
        ('<span class="x">a</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<a href>x</a>", 'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0'),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
    ],
)
def test_parse_html_errors(text: str, error: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_html(text)
    assert str(caught.value) == error


def test_parse_html_is_lenient_about_ampersands_when_not_strict() -> None:
    assert parse_html("AT&T &nbsp;", strict=False) == ("AT&T &nbsp;", [])


def test_format_text_trims_and_checks() -> None:
    assert format_text("  <b> hi </b>\n", "HTML") == ("hi", [{"type": "bold", "offset": 0, "length": 2}])
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        format_text("x", "BBCode")


def test_parse_markdown_v2() -> None:
    text, entities = parse_markdown_v2(r"*bold* _it_ [UN](https://un.org) `a.b` 1\.0")
    assert text == "bold it UN a.b 1.0"
    assert [e["type"] for e in entities] == ["bold", "italic", "text_link", "code"]
    reserved = "Character '.' is reserved and must be escaped with the preceding '\\'"
    with pytest.raises(EntityParseError, match=re.escape(reserved)):
        parse_markdown_v2("Done.")
    with pytest.raises(EntityParseError, match="Can't find end of Bold entity at byte offset 0"):
        parse_markdown_v2("*bold")


def test_parse_markdown_legacy() -> None:
    assert parse_markdown("*b* _i_") == (
        "b i",
        [
            {"type": "bold", "offset": 0, "length": 1},
            {"type": "italic", "offset": 2, "length": 1},
        ],
    )
    with pytest.raises(EntityParseError, match="Can't find end of the entity starting at byte offset 0"):
        parse_markdown("*b")


def test_detect_entities() -> None:
    assert detect_entities("see https://un.org, @azun_fact_bot /help") == [
        {"type": "url", "offset": 4, "length": 14},
        {"type": "mention", "offset": 20, "length": 14},
        {"type": "bot_command", "offset": 35, "length": 5},
    ]


async def test_application_polls_and_replies(server: FakeBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html("<b>Salam!</b>", do_quote=True)

    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(server.base_url)
        .request(_request())
        .get_updates_request(_request())
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(timeout=1)
        server.user_message(CHAT, "/start")
        [reply] = await server.wait_for(lambda s: s.messages(CHAT), timeout=5)
        await app.updater.stop()
        await app.stop()
    assert reply.text == "Salam!"
    assert reply.entities == [{"type": "bold", "offset": 0, "length": 6}]
    assert reply.current["reply_to_message"]["text"] == "/start"
    assert server.pending_updates == []  # the updater confirmed the update when it stopped

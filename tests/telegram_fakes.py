"""Telegram faked at the request boundary: a recording BaseRequest and update factories with sensible defaults.

Handlers run through python-telegram-bot's real update processing (`Application.process_update` on real
`Update` objects); only the HTTP layer is replaced, as in python-telegram-bot's own tests/auxil.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from telegram import Bot, Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TelegramError
from telegram.request import BaseRequest, RequestData

TOKEN = "123456789:AAH-test-token-for-the-suite-xyz123"
BOT_ID = 123456789
BOT_USERNAME = "azun_fact_bot"
USER_ID = 1001
ADMIN_ID = 4242
GROUP_ID = -100200300
OTHER_GROUP_ID = -100999888
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "AzUN facts", "username": BOT_USERNAME}
TELEGRAM_ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                         "tg-spoiler", "span", "blockquote", "tg-emoji"}  # fmt: skip


@dataclass
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]


class FakeBotApi(BaseRequest):
    """Answers Bot API calls the way Telegram does (shapes only) and records every call."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []  # served by getUpdates
        self.failures: dict[str, list[TelegramError | tuple[int, dict[str, Any]]]] = defaultdict(list)
        self._message_ids = itertools.count(5000)
        self.message_ids: list[int] = []  # of the messages sent, in order
        # Coroutines run when a method is called, before it is answered (to stop a loop, to look around).
        self.hooks: dict[str, Callable[[dict[str, Any]], Awaitable[None]]] = {}

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = json.loads(json.dumps(request_data.parameters)) if request_data else {}
        self.calls.append(Call(name, params))
        if name in self.hooks:
            await self.hooks[name](params)
        if self.failures[name]:
            failure = self.failures[name].pop(0)
            if isinstance(failure, TelegramError):
                raise failure
            status, body = failure
            return status, json.dumps(body).encode()
        result = self._result(name, params)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def fail(self, method: str, *failures: TelegramError | tuple[int, dict[str, Any]]) -> None:
        """Make the next calls of `method` fail: raise the error, or answer with (status, body)."""
        self.failures[method].extend(failures)

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return {**BOT_USER, "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": True}  # fmt: skip
        if name in ("sendMessage", "editMessageText"):
            message_id = params.get("message_id") or next(self._message_ids)
            if name == "sendMessage":
                self.message_ids.append(message_id)
            chat_id = int(params["chat_id"])
            message: dict[str, Any] = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                "from": BOT_USER,
                "text": _visible(params["text"]),
            }
            if "reply_markup" in params:
                message["reply_markup"] = params["reply_markup"]
            return message
        if name == "getUpdates":
            offset = params.get("offset")
            return [u for u in self.updates if offset is None or u["update_id"] >= offset]
        return True

    # ----- what the bot did ------------------------------------------------------------------------------
    def of(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of `method`, in order."""
        return [c.params for c in self.calls if c.method == method]

    def sent(self) -> list[dict[str, Any]]:
        """Every sendMessage call."""
        return self.of("sendMessage")

    def texts(self) -> list[str]:
        """The visible text of every message sent or edited."""
        return [_visible(c.params["text"]) for c in self.calls if c.method in ("sendMessage", "editMessageText")]

    def replies(self) -> list[dict[str, Any]]:
        """Messages sent and edits made, in order."""
        return [c.params for c in self.calls if c.method in ("sendMessage", "editMessageText")]

    def clear(self) -> None:
        """Forget the calls made so far."""
        self.calls.clear()


def _visible(text: str) -> str:
    """The text of an HTML message as the user sees it."""
    stripped = []
    inside = False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">" and inside:
            inside = False
        elif not inside:
            stripped.append(ch)
    return html.unescape("".join(stripped))


def buttons(params: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, callback data) of every inline button of a sent or edited message."""
    markup = params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


def button_data(params: dict[str, Any], prefix: str) -> str:
    """The callback data of the first button whose data starts with `prefix`."""
    for _, data in buttons(params):
        if data.startswith(prefix):
            return data
    raise AssertionError(f"no button {prefix!r} in {buttons(params)}")


class _TelegramHtmlChecker(HTMLParser):
    """Checks HTML the way Telegram's parser would refuse it: unknown tags, unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_ALLOWED_TAGS:
            self.problems.append(f"unsupported tag <{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self.problems.append(f"unsupported entity &{name};")


def html_problems(text: str) -> list[str]:
    """Why Telegram would refuse this HTML message ([] when it would not), and its length."""
    checker = _TelegramHtmlChecker()
    checker.feed(text)
    checker.close()
    problems = list(checker.problems)
    if checker.stack:
        problems.append(f"unclosed {checker.stack}")
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        problems.append("a bare '&'")
    length = len(_visible(text).encode("utf-16-le")) // 2
    if length > 4096:
        problems.append(f"{length} characters, over 4096")
    return problems


# ----- update factories ----------------------------------------------------------------------------------
_update_ids = itertools.count(1)
_message_ids = itertools.count(100)


def user(user_id: int = USER_ID, *, language_code: str | None = "en", first_name: str = "Aysel") -> dict[str, Any]:
    """A Telegram user (as JSON)."""
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code is not None:
        data["language_code"] = language_code
    return data


def chat(chat_id: int | None = None, chat_type: str = "private") -> dict[str, Any]:
    """A Telegram chat (as JSON); private chats have the user's id."""
    if chat_id is None:
        chat_id = USER_ID if chat_type == "private" else GROUP_ID
    data: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type != "private":
        data["title"] = "UN history club"
    return data


def _entities(text: str) -> list[dict[str, Any]]:
    """Bot-command and mention entities, as Telegram adds them (offsets in UTF-16 code units)."""
    found = []
    position = 0
    for word in text.split(" "):
        offset = len(text[:position].encode("utf-16-le")) // 2
        length = len(word.encode("utf-16-le")) // 2
        if word.startswith("/") and position == 0 and len(word) > 1:
            found.append({"type": "bot_command", "offset": offset, "length": length})
        elif word.startswith("@") and len(word) > 1:
            clean = word.rstrip(",.:;!?")
            found.append({"type": "mention", "offset": offset, "length": len(clean.encode("utf-16-le")) // 2})
        position += len(word) + 1
    return found


def message_update(
    text: str,
    *,
    bot: Bot,
    chat_type: str = "private",
    chat_id: int | None = None,
    from_user: dict[str, Any] | None = None,
    reply_to: dict[str, Any] | None = None,
    update_id: int | None = None,
) -> Update:
    """A message update, as Telegram sends it (commands and mentions carry their entities)."""
    return Update.de_json(
        message_json(text, chat_type=chat_type, chat_id=chat_id, from_user=from_user, reply_to=reply_to,
                     update_id=update_id),
        bot,
    )  # fmt: skip


def message_json(
    text: str,
    *,
    chat_type: str = "private",
    chat_id: int | None = None,
    from_user: dict[str, Any] | None = None,
    reply_to: dict[str, Any] | None = None,
    update_id: int | None = None,
) -> dict[str, Any]:
    """The JSON of a message update."""
    message: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat(chat_id, chat_type),
        "from": from_user or user(),
        "text": text,
    }
    entities = _entities(text)
    if entities:
        message["entities"] = entities
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return {"update_id": update_id or next(_update_ids), "message": message}


def bot_message(message_id: int, chat_data: dict[str, Any], text: str = "An earlier answer") -> dict[str, Any]:
    """A message the bot sent (to reply to)."""
    return {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat_data,
        "from": BOT_USER,
        "text": text,
    }


def callback_update(
    data: str,
    *,
    message_id: int,
    chat_id: int = USER_ID,
    chat_type: str = "private",
    from_user: dict[str, Any] | None = None,
    bot: Bot,
) -> Update:
    """A press on a button of the bot's message `message_id`."""
    payload = {
        "update_id": next(_update_ids),
        "callback_query": {
            "id": str(next(_update_ids)),
            "from": from_user or user(),
            "chat_instance": "ci-1",
            "data": data,
            "message": bot_message(message_id, chat(chat_id, chat_type)),
        },
    }
    return Update.de_json(payload, bot)


def inline_update(query: str, *, from_user: dict[str, Any] | None = None, bot: Bot) -> Update:
    """An inline query '@bot <query>'."""
    payload = {
        "update_id": next(_update_ids),
        "inline_query": {"id": str(next(_update_ids)), "from": from_user or user(), "query": query, "offset": ""},
    }
    return Update.de_json(payload, bot)

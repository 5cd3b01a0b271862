"""A fake Telegram Bot API server for tests and benchmarks.

`FakeBotApi` serves the Bot API over real HTTP (aiohttp) on 127.0.0.1, so that an unmodified
python-telegram-bot `Bot` (in the same event loop or in another process) can talk to it through
``base_url``. It validates requests the way Telegram does (HTML and MarkdownV2 parsing with Telegram's
error texts, text lengths in UTF-16 code units, inline keyboards, callback and inline query answers,
bot commands), simulates users (`user_message`, `press_button`, `inline_query`), records every call
and injects faults (429, 500, 502, delays, connection resets).

Run it standalone for a manual try::

    python -m tests.botapi_server --port 8081 --token 123456:TEST
    curl -d '{"chat_id": 1, "text": "/start"}' http://127.0.0.1:8081/_fake/user_message
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import itertools
import json
import logging
import re
import signal
import socket
import string
import struct
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self, TypeVar

from aiohttp import web

__all__ = [
    "DEFAULT_TOKEN",
    "DEFAULT_USER_ID",
    "ApiError",
    "Call",
    "EntityParseError",
    "FakeBotApi",
    "Fault",
    "SentMessage",
    "detect_entities",
    "format_text",
    "parse_html",
    "parse_markdown",
    "parse_markdown_v2",
]

JSON = dict[str, Any]
T = TypeVar("T")

log = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    """A set of space-separated names."""
    return frozenset(text.split())


DEFAULT_TOKEN = "123456789:TEST-fake-bot-api-token"
DEFAULT_USER_ID = 777_000_001
"""The user behind inline queries and group messages when no `user_id` is given."""

MAX_MESSAGE_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_INLINE_RESULTS = 50
MAX_COMMANDS = 100
MAX_BUTTONS = 100
DEFAULT_ALLOWED_UPDATES = _words(
    "message edited_message channel_post edited_channel_post business_connection "
    "business_message edited_business_message deleted_business_messages inline_query "
    "chosen_inline_result callback_query shipping_query pre_checkout_query "
    "purchased_paid_media poll poll_answer my_chat_member chat_join_request chat_boost "
    "removed_chat_boost"
)
"""What Telegram sends when `allowed_updates` is empty: everything but chat_member and reactions."""

FAULT_KINDS = frozenset({"429", "500", "502", "delay", "reset"})
_FAULT_OPTIONS: dict[str, dict[str, Any]] = {
    "429": {"retry_after": 1},
    "500": {"body": "json"},
    "502": {"body": "html"},
    "delay": {"seconds": 1.0},
    "reset": {},
}
_BAD_GATEWAY_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_INTERNAL_ERROR_HTML = (
    "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
    "<center><h1>500 Internal Server Error</h1></center>\r\n</body>\r\n</html>\r\n"
)

# Parameters that python-telegram-bot sends as JSON strings inside form fields.
_JSON_PARAMS = _words(
    "reply_markup reply_parameters link_preview_options results commands scope "
    "allowed_updates entities caption_entities menu_button button media"
)
# Parameters that are strings even when they look like JSON ("123", "true", "null").
_STRING_PARAMS = _words(
    "text parse_mode caption callback_query_id inline_query_id inline_message_id url "
    "description short_description language_code action next_offset switch_pm_text "
    "switch_pm_parameter secret_token ip_address business_connection_id message_effect_id "
    "title name emoji"
)
_CHAT_ACTIONS = _words(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note"
)
_COMMAND_SCOPES = _words(
    "default all_private_chats all_group_chats all_chat_administrators chat chat_administrators chat_member"
)
_INLINE_RESULT_TYPES = _words(
    "article photo gif mpeg4_gif video audio voice document location venue contact game sticker"
)
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)


# --------------------------------------------------------------------------------------------------
# Errors and records
# --------------------------------------------------------------------------------------------------


class ApiError(Exception):
    """A Telegram-style error answer: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> JSON:
        """The JSON body Telegram sends for this error."""
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(text: str) -> ApiError:
    """A 400 error with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {text}")


@dataclass
class Call:
    """One API call as the server saw it and answered it."""

    method: str
    params: JSON
    time: float
    """`time.monotonic()` when the request arrived."""
    http_method: str = "POST"
    response: Any = None
    """The `result` of a successful call."""
    error: str | None = None
    """The error description (or a short note for faults without a JSON body)."""
    status: int | None = None
    """HTTP status; None while pending, 0 when the connection was reset."""
    fault: str | None = None
    finished: float | None = None

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.status == 200

    @property
    def done(self) -> bool:
        """Whether the server has answered (or dropped) the call."""
        return self.status is not None


@dataclass
class Fault:
    """A fault waiting for the next calls of `method` ("*" for any method)."""

    method: str
    kind: str
    remaining: int | None
    """How many more calls it applies to; None means until `clear_faults()`."""
    options: JSON
    hits: int = 0


@dataclass
class SentMessage:
    """A message the bot sent: every version of it (as sent, then each edit) as Telegram JSON."""

    chat_id: int
    message_id: int
    versions: list[JSON]
    deleted: bool = False

    @property
    def current(self) -> JSON:
        """The latest version."""
        return self.versions[-1]

    @property
    def text(self) -> str:
        """The plain text of the latest version."""
        return str(self.current.get("text", ""))

    @property
    def entities(self) -> list[JSON]:
        """The formatting entities of the latest version."""
        return list(self.current.get("entities", []))

    @property
    def reply_markup(self) -> JSON | None:
        """The inline keyboard of the latest version, if any."""
        markup = self.current.get("reply_markup")
        return markup if isinstance(markup, dict) else None

    @property
    def edits(self) -> list[JSON]:
        """The versions produced by edits, oldest first."""
        return self.versions[1:]

    @property
    def buttons(self) -> list[JSON]:
        """The inline keyboard buttons of the latest version, row by row."""
        markup = self.reply_markup or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]

    @property
    def callback_data(self) -> list[str]:
        """The callback_data of every button of the latest version."""
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]


@dataclass
class _Chat:
    """A chat the server knows: its Chat object and every message in it."""

    info: JSON
    messages: dict[int, JSON] = field(default_factory=dict)
    sent: dict[int, SentMessage] = field(default_factory=dict)
    next_message_id: int = 1
    blocked: bool = False


# --------------------------------------------------------------------------------------------------
# Text formatting (ports of tdlib's parse_html / parse_markdown_v2 / parse_markdown)
# --------------------------------------------------------------------------------------------------


class EntityParseError(Exception):
    """The text cannot be parsed with its parse_mode."""


_HTML_TAGS = _words("a b strong i em s strike del u ins tg-spoiler tg-emoji span pre code blockquote")
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_HTML_SPACES = " \t\r\n\x0b\x0c"
_TRIM = " \t\r\n\x0b\x0c"
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_LINK_SCHEMES = frozenset({"http", "https", "tg", "ton"})
_BARE_HOST_RE = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?([/?#]\S*)?", re.IGNORECASE)
_USER_LINK_RE = re.compile(r"tg://user\?id=(\d+)", re.IGNORECASE)


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units, the unit of Telegram's offsets and limits."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of `text[index]`, as tdlib reports positions."""
    return len(text[:index].encode("utf-8", "surrogatepass"))


def _checked_link(url: str) -> str | None:
    """The URL Telegram would keep for a text link, or None if it would drop the entity."""
    url = url.strip()
    if not url:
        return None
    if "://" not in url:
        return "http://" + url if _BARE_HOST_RE.fullmatch(url) else None
    scheme = url.split("://", 1)[0].lower()
    return url if scheme in _LINK_SCHEMES else None


def _link_entity(offset: int, length: int, url: str) -> JSON | None:
    """A text_link (or text_mention for tg://user?id=) entity, or None for an unusable URL."""
    user = _USER_LINK_RE.fullmatch(url.strip())
    if user:
        return {
            "type": "text_mention",
            "offset": offset,
            "length": length,
            "user": {"id": int(user.group(1)), "is_bot": False, "first_name": ""},
        }
    checked = _checked_link(url)
    if checked is None:
        return None
    return {"type": "text_link", "offset": offset, "length": length, "url": checked}


def _sorted_entities(entities: list[JSON]) -> list[JSON]:
    """Sort like tdlib and drop entities nested inside code or pre (Telegram removes them)."""
    blocks = [e for e in entities if e["type"] in ("code", "pre")]
    kept = [
        e
        for e in entities
        if not any(
            b is not e and b["offset"] <= e["offset"] and e["offset"] + e["length"] <= b["offset"] + b["length"]
            for b in blocks
        )
    ]
    return sorted(kept, key=lambda e: (e["offset"], -e["length"]))


def _decode_html_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode the character reference at `text[pos] == "&"`: (character, next index) or None."""
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        digits = string.digits
        base = 10
        if end < n and text[end] == "x":
            end += 1
            digits = string.hexdigits
            base = 16
        start = end
        while end < n and text[end] in digits:
            end += 1
        if end == start or end - pos >= 10:
            return None
        code = int(text[start:end], base)
        if code == 0 or code >= 0x10FFFF:
            return None
        char = chr(code)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        named = _NAMED_ENTITIES.get(text[pos + 1 : end])
        if named is None:
            return None
        char = named
    if end < n and text[end] == ";":
        end += 1
    return char, end


def parse_html(text: str, *, strict: bool = True) -> tuple[str, list[JSON]]:
    """Parse Telegram HTML into (plain text, entities), raising EntityParseError like Telegram.

    With `strict`, a bare "&" that starts no character reference is an error, as the Bot API
    documentation demands (Telegram itself keeps it as a literal "&").
    """
    out: list[str] = []
    entities: list[JSON] = []
    stack: list[tuple[str, str, int, int]] = []  # tag, argument, UTF-16 offset, index in `out`
    u16 = 0
    has_surrogate = False
    n = len(text)
    i = 0

    def fail(message: str) -> EntityParseError:
        return EntityParseError(message)

    while i < n:
        c = text[i]
        if c == "&":
            decoded = _decode_html_entity(text, i)
            if decoded is not None:
                char, i = decoded
                has_surrogate = has_surrogate or 0xD800 <= ord(char) <= 0xDFFF
                out.append(char)
                u16 += utf16_len(char)
                continue
            if strict:
                raise fail(
                    f'Character "&" at byte offset {_byte_offset(text, i)} is not a part of an HTML '
                    'entity and must be escaped as "&amp;"'
                )
        if c != "<":
            out.append(c)
            u16 += utf16_len(c)
            i += 1
            continue

        begin = i
        i += 1
        if i < n and text[i] == "/":
            if not stack:
                raise fail(f"Unexpected end tag at byte offset {_byte_offset(text, begin)}")
            i += 1
            name_start = i
            while i < n and text[i] not in _HTML_SPACES and text[i] != ">":
                i += 1
            end_name = text[name_start:i].lower()
            while i < n and text[i] in _HTML_SPACES:
                i += 1
            if i >= n or text[i] != ">":
                raise fail(f"Unclosed end tag at byte offset {_byte_offset(text, begin)}")
            i += 1
            tag, argument, offset, out_start = stack.pop()
            if end_name and end_name != tag:
                raise fail(
                    f"Unmatched end tag at byte offset {_byte_offset(text, begin)}, "
                    f'expected "</{tag}>", found "</{end_name}>"'
                )
            length = u16 - offset
            if length > 0:
                _close_html_tag(entities, tag, argument, offset, length, "".join(out[out_start:]))
            continue

        name_start = i
        while i < n and text[i] not in _HTML_SPACES and text[i] != ">":
            i += 1
        if i >= n:
            raise fail(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        tag = text[name_start:i].lower()
        if tag not in _HTML_TAGS:
            raise fail(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(text, begin)}')
        argument = ""
        expandable = False
        while True:
            while i < n and text[i] in _HTML_SPACES:
                i += 1
            if i >= n:
                raise fail(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
            if text[i] == ">":
                break
            attr_start = i
            while i < n and text[i] not in _HTML_SPACES and text[i] not in "=>":
                i += 1
            attribute = text[attr_start:i]
            if not attribute:
                raise fail(f'Empty attribute name in the tag "{tag}" at byte offset {_byte_offset(text, begin)}')
            while i < n and text[i] in _HTML_SPACES:
                i += 1
            if i >= n:
                raise fail(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
            if text[i] != "=":
                if tag == "blockquote" and attribute.lower() == "expandable":
                    expandable = True
                    continue
                raise fail(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {_byte_offset(text, begin)}"
                )
            i += 1
            while i < n and text[i] in _HTML_SPACES:
                i += 1
            if i >= n:
                raise fail(f'Unclosed start tag "{tag}" at byte offset {_byte_offset(text, begin)}')
            if text[i] not in "'\"":
                token_start = i
                while i < n and ((text[i].isascii() and text[i].isalnum()) or text[i] in ".-"):
                    i += 1
                value = text[token_start:i].lower()
                if i < n and text[i] not in _HTML_SPACES and text[i] != ">":
                    position = _byte_offset(text, token_start)
                    raise fail(f"Unexpected end of name token at byte offset {position}")
            else:
                quote = text[i]
                i += 1
                chars: list[str] = []
                while i < n and text[i] != quote:
                    if text[i] == "&":
                        decoded = _decode_html_entity(text, i)
                        if decoded is not None:
                            chars.append(decoded[0])
                            i = decoded[1]
                            continue
                    chars.append(text[i])
                    i += 1
                if i < n:
                    i += 1
                value = "".join(chars)
            if i >= n:
                raise fail(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
            if tag == "a" and attribute == "href":
                argument = value
            elif tag == "code" and attribute == "class" and value.startswith("language-"):
                argument = value[len("language-") :]
            elif tag == "span" and attribute == "class" and value.startswith("tg-"):
                argument = value[len("tg-") :]
            elif tag == "tg-emoji" and attribute == "emoji-id":
                argument = value
        i += 1  # the closing ">"
        if tag == "span" and argument != "spoiler":
            raise fail(f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(text, begin)}')
        if tag == "blockquote" and expandable:
            argument = "expandable"
        stack.append((tag, argument, u16, len(out)))

    if stack:
        raise fail(f"Can't find end tag corresponding to start tag {stack[-1][0]}")
    if has_surrogate:
        raise fail(
            "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched "
            "surrogate code units"
        )
    for entity in entities:
        entity.pop("_language", None)
    return "".join(out), _sorted_entities(entities)


def _close_html_tag(entities: list[JSON], tag: str, argument: str, offset: int, length: int, inner: str) -> None:
    """Append the entity for a closed HTML tag (merging <pre><code class=...> like tdlib)."""
    last = entities[-1] if entities else None
    same_range = last is not None and last["offset"] == offset and last["length"] == length
    if tag in _SIMPLE_TAGS:
        entities.append({"type": _SIMPLE_TAGS[tag], "offset": offset, "length": length})
    elif tag == "tg-emoji":
        if not argument.isdigit() or int(argument) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
        emoji: JSON = {"type": "custom_emoji", "offset": offset, "length": length}
        entities.append({**emoji, "custom_emoji_id": argument})
    elif tag == "a":
        entity = _link_entity(offset, length, argument or inner)
        if entity is not None:
            entities.append(entity)
    elif tag == "pre":
        if last is not None and same_range and last["type"] == "code" and last.get("_language"):
            last["type"] = "pre"
            last["language"] = last.pop("_language")
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif tag == "code":
        if last is not None and same_range and last["type"] == "pre" and argument:
            last["language"] = argument
        else:
            entities.append({"type": "code", "offset": offset, "length": length, "_language": argument})
    elif tag == "blockquote":
        kind = "expandable_blockquote" if argument == "expandable" else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})


_MDV2_RESERVED = "_*[]()~`>#+-=|{}.!\n"
_MDV2_TYPES = {
    "Bold": "bold",
    "Italic": "italic",
    "Underline": "underline",
    "Strikethrough": "strikethrough",
    "Spoiler": "spoiler",
    "Code": "code",
    "Pre": "pre",
    "PreCode": "pre",
    "BlockQuote": "blockquote",
}


def _reserved(char: str) -> EntityParseError:
    return EntityParseError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")


def _read_md_url(text: str, i: int) -> tuple[str, int]:
    """Read a MarkdownV2 "(url)" body starting at `i`: (url, index of ")" or len(text))."""
    url: list[str] = []
    n = len(text)
    while i < n and text[i] != ")":
        if text[i] == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            url.append(text[i + 1])
            i += 2
            continue
        url.append(text[i])
        i += 1
    return "".join(url), i


def _skip_pre_language(text: str, i: int) -> tuple[str, int]:
    """After an opening ```, read the optional language and skip one newline: (language, index)."""
    n = len(text)
    language = ""
    end = i
    while end < n and text[end] not in _HTML_SPACES and text[end] != "`":
        end += 1
    if end != i and end < n and text[end] != "`":
        language = text[i:end]
        i = end
    if i < n and text[i] in "\r\n":
        if i + 1 < n and text[i + 1] in "\r\n" and text[i] != text[i + 1]:
            i += 2
        else:
            i += 1
    return language, i


def parse_markdown_v2(text: str) -> tuple[str, list[JSON]]:
    """Parse Telegram MarkdownV2 into (plain text, entities), raising EntityParseError like Telegram."""
    out: list[str] = []
    entities: list[JSON] = []
    stack: list[list[Any]] = []  # [type, argument, UTF-16 offset, index in `text`, index in `out`]
    u16 = 0
    have_blockquote = False
    n = len(text)

    def at(k: int) -> str:
        return text[k] if k < n else ""

    i = 0
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            out.append(text[i + 1])
            u16 += 1
            i += 2
            continue
        top = stack[-1][0] if stack else None
        reserved = "`" if top in ("Code", "Pre", "PreCode") else _MDV2_RESERVED
        if c not in reserved:
            out.append(c)
            u16 += utf16_len(c)
            i += 1
            continue

        is_end = False
        if top is not None:
            if have_blockquote and c == "\n" and at(i + 1) != ">":
                is_end = True
            else:
                is_end = {
                    "Bold": c == "*",
                    "Italic": c == "_" and at(i + 1) != "_",
                    "Code": c == "`",
                    "Pre": c == "`" and at(i + 1) == "`" and at(i + 2) == "`",
                    "PreCode": c == "`" and at(i + 1) == "`" and at(i + 2) == "`",
                    "TextUrl": c == "]",
                    "Underline": c == "_" and at(i + 1) == "_",
                    "Strikethrough": c == "~",
                    "Spoiler": c == "|" and at(i + 1) == "|",
                    "CustomEmoji": c == "]",
                    "BlockQuote": False,
                }[top]

        if not is_end:
            start = i
            argument = ""
            kind: str | None
            if c == "_":
                kind = "Italic"
                if at(i + 1) == "_":
                    kind = "Underline"
                    i += 1
            elif c == "*":
                kind = "Bold"
            elif c == "~":
                kind = "Strikethrough"
            elif c == "|":
                if at(i + 1) != "|":
                    raise _reserved(c)
                kind = "Spoiler"
                i += 1
            elif c == "[":
                kind = "TextUrl"
            elif c == "`":
                kind = "Code"
                if at(i + 1) == "`" and at(i + 2) == "`":
                    argument, i = _skip_pre_language(text, i + 3)
                    kind = "PreCode" if argument else "Pre"
                    i -= 1
            elif c == "!":
                if at(i + 1) != "[":
                    raise _reserved(c)
                kind = "CustomEmoji"
                i += 1
            elif c == "\n":
                out.append("\n")
                u16 += 1
                kind = None
                if at(i + 1) == ">":
                    i += 1
                    if not have_blockquote:
                        kind = "BlockQuote"
                        have_blockquote = True
            elif c == ">" and i == 0:
                kind = "BlockQuote"
                have_blockquote = True
            else:
                raise _reserved(c)
            if kind is not None:
                stack.append([kind, argument, u16, start, len(out)])
            i += 1
            continue

        kind, argument, offset, start, out_start = stack[-1]
        if c == "\n" and kind != "BlockQuote":
            position = _byte_offset(text, start)
            raise EntityParseError(f"Can't find end of {kind} entity at byte offset {position}")
        skip = u16 == offset
        entity: JSON | None = None
        if kind in ("Underline", "Spoiler"):
            i += 1
        elif kind in ("Pre", "PreCode"):
            i += 2
        elif kind == "TextUrl":
            if at(i + 1) != "(":
                url = "".join(out[out_start:])
            else:
                url_start = i + 2
                url, i = _read_md_url(text, url_start)
                if i >= n:
                    position = _byte_offset(text, url_start)
                    raise EntityParseError(f"Can't find end of a URL at byte offset {position}")
            entity = _link_entity(offset, u16 - offset, url)
            skip = skip or entity is None
        elif kind == "CustomEmoji":
            if at(i + 1) != "(":
                raise EntityParseError("Custom emoji entity must contain a tg://emoji URL")
            url_start = i + 2
            url, i = _read_md_url(text, url_start)
            if i >= n:
                raise EntityParseError(
                    f"Can't find end of a custom emoji URL at byte offset {_byte_offset(text, url_start)}"
                )
            match = re.fullmatch(r"tg://emoji\?id=([1-9]\d*)", url)
            if match is None:
                raise EntityParseError("Custom emoji URL must have an emoji identifier")
            entity = {"type": "custom_emoji", "offset": offset, "length": 0}
            entity["custom_emoji_id"] = match.group(1)
        elif kind == "BlockQuote":
            have_blockquote = False
            out.append(c)
            u16 += 1
        if not skip:
            if entity is None:
                entity = {"type": _MDV2_TYPES[kind], "offset": offset, "length": 0}
                if kind == "PreCode":
                    entity["language"] = argument
            entity["length"] = u16 - offset
            entities.append(entity)
        stack.pop()
        i += 1

    if have_blockquote and stack and stack[-1][0] == "BlockQuote":
        offset = stack.pop()[2]
        if u16 != offset:
            entities.append({"type": "blockquote", "offset": offset, "length": u16 - offset})
    if stack:
        position = _byte_offset(text, stack[-1][3])
        raise EntityParseError(f"Can't find end of {stack[-1][0]} entity at byte offset {position}")
    return "".join(out), _sorted_entities(entities)


def parse_markdown(text: str) -> tuple[str, list[JSON]]:
    """Parse legacy Telegram Markdown into (plain text, entities), raising EntityParseError."""
    out: list[str] = []
    entities: list[JSON] = []
    u16 = 0
    n = len(text)

    def at(k: int) -> str:
        return text[k] if k < n else ""

    i = 0
    while i < n:
        c = text[i]
        if c == "\\" and at(i + 1) in ("_", "*", "`", "["):
            out.append(text[i + 1])
            u16 += 1
            i += 2
            continue
        if c not in "_*`[":
            out.append(c)
            u16 += utf16_len(c)
            i += 1
            continue
        begin = i
        end_char = "]" if c == "[" else c
        is_pre = False
        language = ""
        i += 1
        if c == "`" and at(i) == "`" and at(i + 1) == "`":
            is_pre = True
            language, i = _skip_pre_language(text, i + 2)
        offset = u16
        start = len(out)
        while i < n and (text[i] != end_char or (is_pre and not (at(i + 1) == "`" and at(i + 2) == "`"))):
            out.append(text[i])
            u16 += utf16_len(text[i])
            i += 1
        if i == n:
            position = _byte_offset(text, begin)
            raise EntityParseError(f"Can't find end of the entity starting at byte offset {position}")
        length = u16 - offset
        if length:
            if c == "_":
                entities.append({"type": "italic", "offset": offset, "length": length})
            elif c == "*":
                entities.append({"type": "bold", "offset": offset, "length": length})
            elif c == "[":
                url = "".join(out[start:])
                if at(i + 1) == "(":
                    url, i = _read_plain_url(text, i + 2)
                entity = _link_entity(offset, length, url)
                if entity is not None:
                    entities.append(entity)
            elif is_pre:
                entity = {"type": "pre", "offset": offset, "length": length}
                if language:
                    entity["language"] = language
                entities.append(entity)
            else:
                entities.append({"type": "code", "offset": offset, "length": length})
        if is_pre:
            i += 2
        i += 1
    return "".join(out), _sorted_entities(entities)


def _read_plain_url(text: str, i: int) -> tuple[str, int]:
    """Read a legacy Markdown "(url)" body starting at `i`: (url, index of ")" or len(text))."""
    end = text.find(")", i)
    end = len(text) if end < 0 else end
    return text[i:end], end


def _trim(text: str, entities: list[JSON]) -> tuple[str, list[JSON]]:
    """Strip leading and trailing whitespace like Telegram, clipping the entities."""
    left = text.lstrip(_TRIM)
    lead = utf16_len(text[: len(text) - len(left)])
    result = left.rstrip(_TRIM)
    total = utf16_len(result)
    clipped = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            clipped.append({**entity, "offset": start, "length": end - start})
    return result, clipped


def _explicit_entities(value: Any, text: str) -> list[JSON]:
    """Validate entities given as a list of MessageEntity objects instead of a parse_mode."""
    if not isinstance(value, list):
        raise bad_request("can't parse entities JSON object")
    total = utf16_len(text)
    result = []
    for entity in value:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            raise bad_request('can\'t parse MessageEntity: Field "type" must be of type String')
        offset, length = entity.get("offset"), entity.get("length")
        if not isinstance(offset, int) or not isinstance(length, int):
            raise bad_request('can\'t parse MessageEntity: Field "offset" must be of type Number')
        if offset >= 0 and length > 0 and offset + length <= total:
            result.append(dict(entity))
    return sorted(result, key=lambda e: (e["offset"], -e["length"]))


def format_text(
    text: Any,
    parse_mode: Any = None,
    entities: Any = None,
    *,
    strict_html: bool = True,
    max_length: int = MAX_MESSAGE_LENGTH,
) -> tuple[str, list[JSON]]:
    """Parse and check a message text as Telegram does: (plain text, formatting entities) or ApiError."""
    if text is None or text == "":
        raise bad_request("message text is empty")
    text = text if isinstance(text, str) else json.dumps(text)
    if entities is not None:
        plain, found = text, _explicit_entities(entities, text)
    else:
        mode = parse_mode.lower() if isinstance(parse_mode, str) else ""
        parsers: dict[str, Callable[[str], tuple[str, list[JSON]]]] = {
            "html": lambda t: parse_html(t, strict=strict_html),
            "markdownv2": parse_markdown_v2,
            "markdown": parse_markdown,
        }
        if mode and mode not in parsers:
            raise bad_request("unsupported parse_mode")
        try:
            plain, found = parsers[mode](text) if mode else (text, [])
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    plain, found = _trim(plain, found)
    length = utf16_len(plain)
    if length == 0:
        raise bad_request("message text is empty")
    if length > max_length:
        raise bad_request("message is too long")
    return plain, found


_AUTO_ENTITY_RE = re.compile(
    r"(?P<bot_command>(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@]))"
    r"|(?P<mention>(?<![\w@/])@[A-Za-z0-9_]{5,32}(?![\w@]))"
    r"|(?P<url>\bhttps?://[^\s<>\"]+[^\s<>\".,;:!?)\]'])"
)


def detect_entities(text: str) -> list[JSON]:
    """The entities Telegram finds by itself in a user's text: bot_command, mention and url."""
    entities = []
    for match in _AUTO_ENTITY_RE.finditer(text):
        kind = match.lastgroup or "url"
        start, end = match.span()
        offset, length = utf16_len(text[:start]), utf16_len(text[start:end])
        entities.append({"type": kind, "offset": offset, "length": length})
    return entities


# --------------------------------------------------------------------------------------------------
# Parameter decoding
# --------------------------------------------------------------------------------------------------


def _decode_form_value(name: str, value: str) -> Any:
    """Decode a form or query field: python-telegram-bot JSON-encodes everything but strings."""
    if name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _normalise_json_value(name: str, value: Any) -> Any:
    """Accept nested objects given as JSON strings inside a JSON body too, as Telegram does."""
    if name in _JSON_PARAMS and isinstance(value, str):
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value


def _as_int(value: Any) -> int | None:
    """An integer parameter given as a number or a numeric string, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        return int(value)
    return None


def _as_bool(value: Any) -> bool:
    """A boolean parameter the way Telegram reads it."""
    return value is True or (isinstance(value, str) and value.lower() in ("true", "1")) or value == 1


def _as_number(value: Any) -> float | None:
    """A numeric parameter given as a number or a numeric string, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return float(value)
    return None


def _load_json_param(value: Any, error: str) -> Any:
    """A nested object that could still be a JSON string (bad JSON: ApiError with `error`)."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(error) from None
    return value


def _error_body(status: int, description: str) -> JSON:
    return {"ok": False, "error_code": status, "description": description}


# --------------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------------

Handler = Callable[[JSON], Awaitable[Any]]


class FakeBotApi:
    """An in-process fake Telegram Bot API server, reached over real HTTP."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        username: str = "azun_fact_bot",
        first_name: str = "Azun Fact Bot",
        bot_id: int | None = None,
        strict_html: bool = True,
    ) -> None:
        """Create a stopped server; `start()` it or use `async with`."""
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_user: JSON = {
            "id": bot_id if bot_id is not None else (int(prefix) if prefix.isdigit() else 123456789),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.strict_html = strict_html
        self.calls: list[Call] = []
        self.webhook: JSON | None = None
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.menu_buttons: dict[int | None, JSON] = {}
        self._chats: dict[int, _Chat] = {}
        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(4_000_000_000_001)
        self._allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._polls_waiting = 0
        self._faults: list[Fault] = []
        self._callback_queries: dict[str, JSON | None] = {}
        self._inline_queries: dict[str, JSON | None] = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._changed = asyncio.Event()
        self._new_update = asyncio.Event()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._host = "127.0.0.1"
        self._port: int | None = None
        self._methods: dict[str, tuple[str, Handler]] = {
            name.lower(): (name, handler)
            for name, handler in (
                ("getMe", self._get_me),
                ("logOut", self._true),
                ("close", self._true),
                ("getUpdates", self._get_updates),
                ("setWebhook", self._set_webhook),
                ("deleteWebhook", self._delete_webhook),
                ("getWebhookInfo", self._get_webhook_info),
                ("sendMessage", self._send_message),
                ("editMessageText", self._edit_message_text),
                ("editMessageReplyMarkup", self._edit_message_reply_markup),
                ("deleteMessage", self._delete_message),
                ("answerCallbackQuery", self._answer_callback_query),
                ("answerInlineQuery", self._answer_inline_query),
                ("setMyCommands", self._set_my_commands),
                ("getMyCommands", self._get_my_commands),
                ("deleteMyCommands", self._delete_my_commands),
                ("setMyDescription", self._set_my_description),
                ("getMyDescription", self._get_my_description),
                ("setMyShortDescription", self._set_my_short_description),
                ("getMyShortDescription", self._get_my_short_description),
                ("setChatMenuButton", self._set_chat_menu_button),
                ("getChatMenuButton", self._get_chat_menu_button),
                ("sendChatAction", self._send_chat_action),
                ("getChat", self._get_chat),
            )
        }

    # ----- lifecycle ------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on host:port (port 0 picks a free port)."""
        if self._runner is not None:
            raise RuntimeError("the server is already running")
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("POST", "/_fake/{action}", self._handle_control)
        app.router.add_route("*", "/{tail:.*}", self._handle_unknown)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._closing = asyncio.Event()
        self._runner = runner
        self._host = host
        self._port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        """Answer pending long polls and delays, then close every connection."""
        if self._runner is None:
            return
        self._closing.set()
        self._signal_update()
        self._notify()
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def __aenter__(self) -> Self:
        """Start on a free port of 127.0.0.1 unless already started."""
        if self._runner is None:
            await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        await self.stop()

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        if self._port is None:
            raise RuntimeError("the server is not started")
        return self._port

    @property
    def url(self) -> str:
        """The server root, e.g. http://127.0.0.1:PORT."""
        host = "127.0.0.1" if self._host in ("0.0.0.0", "", "::") else self._host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What python-telegram-bot's `base_url` (or TELEGRAM_API_BASE_URL) takes."""
        return f"{self.url}/bot"

    # ----- recording and waiting ------------------------------------------------------------------

    def calls_for(self, method: str) -> list[Call]:
        """The recorded calls of one method (case-insensitive)."""
        name = self._canonical(method)
        return [call for call in self.calls if call.method == name]

    def messages(self, chat_id: int) -> list[SentMessage]:
        """The messages the bot sent to a chat, oldest first, with their edits and deletion."""
        chat = self._chats.get(chat_id)
        return list(chat.sent.values()) if chat else []

    def chat_messages(self, chat_id: int) -> list[JSON]:
        """Every message of a chat (users' and the bot's, current versions), oldest first."""
        chat = self._chats.get(chat_id)
        return [copy.deepcopy(m) for m in chat.messages.values()] if chat else []

    def answered_callback(self, query_id: str) -> JSON | None:
        """The parameters the bot answered a callback query with, or None if not answered."""
        return self._callback_queries.get(query_id)

    def inline_answer(self, query_id: str) -> JSON | None:
        """The parameters the bot answered an inline query with (results decoded), or None."""
        return self._inline_queries.get(query_id)

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """The commands stored for a scope and language."""
        return copy.deepcopy(self._commands.get((self._scope_key(scope), language_code), []))

    @property
    def pending_updates(self) -> list[JSON]:
        """The updates not yet confirmed by a getUpdates offset."""
        return copy.deepcopy(self._updates)

    @property
    def polling(self) -> bool:
        """Whether a getUpdates long poll is waiting right now."""
        return self._polls_waiting > 0

    async def wait_for(self, predicate: Callable[[FakeBotApi], T], timeout: float = 10.0) -> T:  # noqa: ASYNC109
        """Wait until `predicate(server)` is truthy and return its value; TimeoutError after `timeout`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            event = self._changed
            result = predicate(self)
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = ", ".join(f"{c.method}->{c.status}" for c in self.calls[-8:]) or "none"
                raise TimeoutError(f"condition not met within {timeout}s (last calls: {recent})")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    # ----- fault injection ------------------------------------------------------------------------

    def inject(self, method: str, fault: str, times: int | None = 1, **options: Any) -> Fault:
        """Make the next `times` calls of `method` ("*": any) fail with `fault` (None: until cleared).

        Faults: "429" (retry_after=1), "500" (body="json"|"html"|"empty"), "502" (body="html"|
        "empty"|"json"), "delay" (seconds=1.0; the call takes effect, the answer is held back) and
        "reset" (the connection is closed without an answer, before the call has any effect).
        """
        kind = str(fault)
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {sorted(FAULT_KINDS)}")
        unknown = set(options) - set(_FAULT_OPTIONS[kind])
        if unknown:
            raise TypeError(f"fault {kind!r} takes no option(s) {sorted(unknown)}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None)")
        name = "*" if method == "*" else self._canonical(method)
        if name != "*" and name.lower() not in self._methods:
            raise ValueError(f"unknown method {method!r}")
        entry = Fault(name, kind, times, {**_FAULT_OPTIONS[kind], **options})
        self._faults.append(entry)
        return entry

    def clear_faults(self) -> None:
        """Remove every pending fault."""
        self._faults.clear()

    def set_blocked(self, chat_id: int, blocked: bool = True) -> None:
        """Make sends to a private chat fail with 403 "bot was blocked by the user"."""
        self._private_chat(chat_id).blocked = blocked

    # ----- simulated users ------------------------------------------------------------------------

    def user_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        chat_type: str = "private",
        chat_title: str | None = None,
        reply_to_message_id: int | None = None,
    ) -> JSON:
        """Queue a `message` update from a user and return it."""
        user = self._user(chat_id, chat_type, user_id, first_name, last_name, username, language_code)
        chat = self._ensure_chat(chat_id, chat_type, chat_title, user)
        message: JSON = {
            "message_id": self._next_message_id(chat),
            "from": user,
            "chat": dict(chat.info),
            "date": int(time.time()),
            "text": text,
        }
        entities = detect_entities(text)
        if entities:
            message["entities"] = entities
        if reply_to_message_id is not None:
            replied = chat.messages.get(reply_to_message_id)
            if replied is None:
                raise ValueError(f"message {reply_to_message_id} is not in chat {chat_id}")
            message["reply_to_message"] = self._reply_copy(replied)
        chat.messages[message["message_id"]] = message
        return self._queue("message", message)

    def press_button(
        self,
        chat_id: int,
        message_id: int,
        callback_data: str,
        *,
        user_id: int | None = None,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> JSON:
        """Queue a `callback_query` update for a button of a bot message (any data) and return it."""
        chat = self._chats.get(chat_id)
        sent = chat.sent.get(message_id) if chat else None
        if chat is None or sent is None or sent.deleted:
            raise ValueError(f"the bot has no message {message_id} in chat {chat_id}")
        chat_type = str(chat.info["type"])
        user = self._user(chat_id, chat_type, user_id, first_name, last_name, username, language_code)
        query_id = str(next(self._query_ids))
        self._callback_queries[query_id] = None
        query = {
            "id": query_id,
            "from": user,
            "message": copy.deepcopy(sent.current),
            "chat_instance": str(abs(chat_id) * 7919 % 10**18 + 10**17),
            "data": callback_data,
        }
        return self._queue("callback_query", query)

    def inline_query(
        self,
        query: str,
        *,
        user_id: int = DEFAULT_USER_ID,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        offset: str = "",
        chat_type: str | None = None,
    ) -> JSON:
        """Queue an `inline_query` update and return it."""
        user = self._user(user_id, "private", user_id, first_name, last_name, username, language_code)
        query_id = str(next(self._query_ids))
        self._inline_queries[query_id] = None
        payload: JSON = {"id": query_id, "from": user, "query": query, "offset": offset}
        if chat_type is not None:
            payload["chat_type"] = chat_type
        return self._queue("inline_query", payload)

    # ----- HTTP -----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """Serve /bot<token>/<method>."""
        entry = self._methods.get(request.match_info["method"].lower())
        method = entry[0] if entry else request.match_info["method"]
        parse_error: ApiError | None = None
        try:
            params = await self._read_params(request)
        except ApiError as exc:
            params, parse_error = {}, exc
        call = Call(method=method, params=params, time=time.monotonic(), http_method=request.method)
        self.calls.append(call)
        self._notify()

        fault = self._take_fault(method) if entry else None
        if fault is not None and fault.kind != "delay":
            return self._fault_response(request, call, fault)
        if request.match_info["token"] != self.token:
            return self._finish(call, ApiError(401, "Unauthorized"))
        if entry is None:
            return self._finish(call, ApiError(404, "Not Found"))
        outcome: Any
        if parse_error is not None:
            outcome = parse_error
        else:
            try:
                outcome = await entry[1](params)
            except ApiError as exc:
                outcome = exc
        if fault is not None:
            call.fault = fault.kind
            await self._sleep(float(fault.options["seconds"]))
        return self._finish(call, outcome)

    async def _handle_unknown(self, request: web.Request) -> web.StreamResponse:
        """Any other path: Telegram's 404."""
        return web.json_response(_error_body(404, "Not Found"), status=404)

    async def _handle_control(self, request: web.Request) -> web.StreamResponse:
        """POST /_fake/<user_message|press_button|inline_query> with JSON keyword arguments."""
        action = request.match_info["action"]
        if action not in ("user_message", "press_button", "inline_query"):
            return web.json_response(_error_body(404, "Not Found"), status=404)
        try:
            kwargs = await request.json()
            update = getattr(self, action)(**kwargs)
        except (ValueError, TypeError) as exc:
            return web.json_response(_error_body(400, f"Bad Request: {exc}"), status=400)
        return web.json_response({"ok": True, "result": update})

    async def _read_params(self, request: web.Request) -> JSON:
        """Decode query, form-urlencoded, multipart and JSON parameters into JSON values."""
        fields: dict[str, str] = dict(request.query.items())
        typed: JSON = {}
        if request.body_exists:
            content_type = request.content_type
            if content_type == "application/json":
                raw = await request.read()
                if raw.strip():
                    try:
                        data = json.loads(raw)
                    except ValueError:
                        raise bad_request("can't parse JSON object") from None
                    if not isinstance(data, dict):
                        raise bad_request("can't parse JSON object")
                    typed = data
            elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        typed[key] = {"file_name": value.filename, "size": len(value.file.read())}
                    else:
                        fields[key] = str(value)
            else:
                await request.read()
        params = {key: _decode_form_value(key, value) for key, value in fields.items()}
        params.update({key: _normalise_json_value(key, value) for key, value in typed.items()})
        return params

    def _finish(self, call: Call, outcome: Any) -> web.Response:
        """Record the outcome of a call and build its JSON response."""
        if isinstance(outcome, ApiError):
            status, body = outcome.status, outcome.body()
            call.error = outcome.description
        else:
            status, body = 200, {"ok": True, "result": outcome}
            call.response = outcome
        self._complete(call, status)
        return web.json_response(body, status=status)

    def _complete(self, call: Call, status: int) -> None:
        call.status = status
        call.finished = time.monotonic()
        log.info("%s %s -> %s%s", call.method, call.params, status, f" ({call.error})" if call.error else "")
        self._notify()

    def _fault_response(self, request: web.Request, call: Call, fault: Fault) -> web.Response:
        """Answer (or drop) a faulted call; it has no effect."""
        call.fault = fault.kind
        if fault.kind == "reset":
            transport = request.transport
            if transport is not None:
                sock = transport.get_extra_info("socket")
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                transport.abort()
            call.error = "connection reset"
            self._complete(call, 0)
            return web.Response(status=500)
        if fault.kind == "429":
            retry_after = int(fault.options["retry_after"])
            description = f"Too Many Requests: retry after {retry_after}"
            error = ApiError(429, description, {"retry_after": retry_after})
            return self._finish(call, error)
        status = int(fault.kind)
        body_kind = fault.options["body"]
        if body_kind == "json":
            description = "Internal Server Error" if status == 500 else "Bad Gateway"
            return self._finish(call, ApiError(status, description))
        call.error = f"HTTP {status} ({body_kind} body)"
        self._complete(call, status)
        if body_kind == "empty":
            return web.Response(status=status)
        html = _INTERNAL_ERROR_HTML if status == 500 else _BAD_GATEWAY_HTML
        return web.Response(status=status, text=html, content_type="text/html")

    def _take_fault(self, method: str) -> Fault | None:
        """The first pending fault for `method`, consumed once."""
        for fault in self._faults:
            if fault.method in ("*", method):
                fault.hits += 1
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                return fault
        return None

    async def _sleep(self, seconds: float) -> None:
        """Sleep, cut short when the server stops."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # ----- internal helpers -----------------------------------------------------------------------

    def _canonical(self, method: str) -> str:
        entry = self._methods.get(method.lower())
        return entry[0] if entry else method

    def _notify(self) -> None:
        """Wake every `wait_for`."""
        self._changed.set()
        self._changed = asyncio.Event()

    def _signal_update(self) -> None:
        """Wake every long poll."""
        self._new_update.set()
        self._new_update = asyncio.Event()

    def _queue(self, kind: str, payload: JSON) -> JSON:
        """Queue an update (unless allowed_updates filters it out) and return a copy."""
        update = {"update_id": next(self._update_ids), kind: payload}
        if kind in self._allowed_updates:
            self._updates.append(update)
            self._signal_update()
        self._notify()
        return copy.deepcopy(update)

    def _user(
        self,
        chat_id: int,
        chat_type: str,
        user_id: int | None,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language_code: str | None,
    ) -> JSON:
        """A simulated user; in a private chat the user id is the chat id."""
        if chat_type == "private":
            if user_id is not None and user_id != chat_id:
                raise ValueError("in a private chat the user id is the chat id")
            user_id = chat_id
        user: JSON = {"id": user_id if user_id is not None else DEFAULT_USER_ID, "is_bot": False}
        user["first_name"] = first_name
        optional = {"last_name": last_name, "username": username, "language_code": language_code}
        user.update({key: value for key, value in optional.items() if value is not None})
        return user

    def _ensure_chat(self, chat_id: int, chat_type: str, title: str | None, user: JSON) -> _Chat:
        """Create or refresh the chat a simulated user writes in."""
        if chat_type == "private":
            if chat_id <= 0:
                raise ValueError("private chat ids are positive")
            info: JSON = {"id": chat_id, "type": "private"}
            info.update({k: user[k] for k in ("first_name", "last_name", "username") if k in user})
        elif chat_type in ("group", "supergroup"):
            if chat_id >= 0:
                raise ValueError("group chat ids are negative")
            known = self._chats.get(chat_id)
            title = title or (known.info.get("title") if known else None) or f"Group {-chat_id}"
            info = {"id": chat_id, "type": chat_type, "title": title}
        else:
            raise ValueError(f"unsupported chat_type {chat_type!r}")
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat(info)
        else:
            chat.info = info
        return chat

    def _private_chat(self, chat_id: int) -> _Chat:
        """A private chat, created with a placeholder user when unknown."""
        chat = self._chats.get(chat_id)
        if chat is None:
            if chat_id <= 0:
                raise bad_request("chat not found")
            info = {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}
            chat = self._chats[chat_id] = _Chat(info)
        return chat

    @staticmethod
    def _next_message_id(chat: _Chat) -> int:
        message_id = chat.next_message_id
        chat.next_message_id += 1
        return message_id

    @staticmethod
    def _reply_copy(message: JSON) -> JSON:
        """A message as it appears in reply_to_message (one level deep)."""
        replied = copy.deepcopy(message)
        replied.pop("reply_to_message", None)
        return replied

    def _chat_param(self, params: JSON, *, sending: bool = False) -> _Chat:
        """The chat named by chat_id (unknown positive ids are private chats with a user)."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        chat_id = _as_int(raw)
        if chat_id is None:
            raise bad_request("chat not found")
        chat = self._chats.get(chat_id) or self._private_chat(chat_id)
        if sending and chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    @staticmethod
    def _message_id_param(params: JSON, name: str = "message_id") -> int:
        message_id = _as_int(params.get(name))
        if message_id is None:
            raise bad_request("message identifier is not specified")
        return message_id

    def _reply_markup(self, value: Any, *, inline_only: bool = False) -> JSON | None:
        """Validate reply_markup; return it if it is an inline keyboard (the only kind shown in Message)."""
        if value is None:
            return None
        markup = _load_json_param(value, "can't parse reply keyboard markup JSON object")
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            return {"inline_keyboard": self._inline_keyboard(markup["inline_keyboard"])}
        if inline_only:
            raise bad_request("inline keyboard expected")
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise bad_request('Field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
            for row in rows:
                for button in row:
                    text = button.get("text") if isinstance(button, dict) else button
                    if not isinstance(text, str) or not text:
                        raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')
            return None
        if "remove_keyboard" in markup or "force_reply" in markup:
            return None
        raise bad_request("can't parse reply keyboard markup JSON object")

    @staticmethod
    def _inline_keyboard(rows: Any) -> list[list[JSON]]:
        """Validate an inline keyboard like Telegram and return it."""
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
        if sum(len(row) for row in rows) > MAX_BUTTONS:
            raise bad_request("REPLY_MARKUP_TOO_LONG")
        prefix = "can't parse inline keyboard button: "
        for row in rows:
            for button in row:
                if not isinstance(button, dict):
                    raise bad_request(prefix + "InlineKeyboardButton must be an Object")
                if "text" not in button:
                    raise bad_request(prefix + 'Can\'t find field "text"')
                if not isinstance(button["text"], str):
                    raise bad_request(prefix + 'Field "text" must be of type String')
                if not button["text"].strip():
                    raise bad_request("BUTTON_TEXT_INVALID")
                actions = [
                    key
                    for key in _BUTTON_ACTIONS
                    if key in button and not (key in ("url", "callback_data") and button[key] == "")
                ]
                if not actions:
                    raise bad_request(prefix + "Text buttons are unallowed in the inline keyboard")
                if len(actions) > 1:
                    raise bad_request(prefix + f"exactly one optional field must be used, not {actions}")
                action = actions[0]
                value = button[action]
                if action == "callback_data":
                    if not isinstance(value, str):
                        raise bad_request(prefix + 'Field "callback_data" must be of type String')
                    if len(value.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
                        raise bad_request("BUTTON_DATA_INVALID")
                elif action == "url":
                    if not isinstance(value, str):
                        raise bad_request(prefix + 'Field "url" must be of type String')
                    if _checked_link(value) is None:
                        raise bad_request(f"inline keyboard button URL '{value}' is invalid: Wrong HTTP URL")
                elif action in ("switch_inline_query", "switch_inline_query_current_chat") and not isinstance(
                    value, str
                ):
                    raise bad_request(prefix + f'Field "{action}" must be of type String')
        return rows

    def _reply_target(self, chat: _Chat, params: JSON) -> JSON | None:
        """The message a new message replies to (reply_parameters or reply_to_message_id)."""
        reply = _load_json_param(params.get("reply_parameters"), "can't parse reply parameters JSON object")
        allow_missing = _as_bool(params.get("allow_sending_without_reply"))
        target_chat = chat
        if isinstance(reply, dict):
            message_id = _as_int(reply.get("message_id"))
            allow_missing = allow_missing or _as_bool(reply.get("allow_sending_without_reply"))
            if reply.get("chat_id") is not None:
                other = _as_int(reply["chat_id"])
                found = self._chats.get(other) if other is not None else None
                if found is None:
                    raise bad_request("chat not found")
                target_chat = found
        elif reply is not None:
            raise bad_request("can't parse reply parameters JSON object")
        else:
            message_id = _as_int(params.get("reply_to_message_id"))
            if message_id is None:
                return None
        replied = target_chat.messages.get(message_id) if message_id is not None else None
        sent = target_chat.sent.get(message_id) if message_id is not None else None
        if replied is None or (sent is not None and sent.deleted):
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return self._reply_copy(replied)

    def _stored_bot_message(self, params: JSON, action: str) -> SentMessage | None:
        """The bot message an edit or delete refers to; None for inline messages."""
        if params.get("inline_message_id") not in (None, ""):
            return None
        chat = self._chat_param(params)
        message_id = self._message_id_param(params)
        sent = chat.sent.get(message_id)
        if sent is None or sent.deleted:
            if message_id in chat.messages:
                raise bad_request(f"message can't be {action}ed")
            raise bad_request(f"message to {action} not found")
        return sent

    @staticmethod
    def _scope_key(scope: Any) -> str:
        """A hashable key for a BotCommandScope."""
        if scope is None:
            return "default"
        if not isinstance(scope, dict) or scope.get("type") not in _COMMAND_SCOPES:
            raise bad_request("can't parse BotCommandScope: unsupported type")
        parts = [str(scope["type"])]
        if scope["type"] in ("chat", "chat_administrators", "chat_member"):
            if scope.get("chat_id") is None:
                raise bad_request("can't parse BotCommandScope: Can't find field \"chat_id\"")
            parts.append(str(scope["chat_id"]))
        if scope["type"] == "chat_member":
            if scope.get("user_id") is None:
                raise bad_request("can't parse BotCommandScope: Can't find field \"user_id\"")
            parts.append(str(scope["user_id"]))
        return ":".join(parts)

    def _commands_key(self, params: JSON) -> tuple[str, str]:
        scope = _load_json_param(params.get("scope"), "can't parse BotCommandScope JSON object")
        language = params.get("language_code") or ""
        if not isinstance(language, str) or (language and not re.fullmatch(r"[a-z]{2}", language)):
            raise bad_request("invalid language code specified")
        return self._scope_key(scope), language

    # ----- methods --------------------------------------------------------------------------------

    async def _true(self, params: JSON) -> bool:
        return True

    async def _get_me(self, params: JSON) -> JSON:
        return dict(self.bot_user)

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset"))
        limit = min(max(_as_int(params.get("limit")) or 100, 1), 100)
        timeout = max(_as_number(params.get("timeout")) or 0.0, 0.0)
        allowed = _load_json_param(params.get("allowed_updates"), "can't parse allowed updates JSON object")
        if allowed is not None:
            if not isinstance(allowed, list):
                raise bad_request("can't parse allowed updates JSON object")
            self._allowed_updates = frozenset(map(str, allowed)) or DEFAULT_ALLOWED_UPDATES
        if offset is not None:
            if offset < 0:
                self._updates = self._updates[offset:]
            else:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
        self._poll_generation += 1
        generation = self._poll_generation
        self._signal_update()  # an older long poll is terminated by this one
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        self._polls_waiting += 1
        self._notify()
        try:
            while True:
                if generation != self._poll_generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; "
                        "make sure that only one bot instance is running",
                    )
                batch = self._updates[:limit]
                remaining = deadline - loop.time()
                if batch or remaining <= 0 or self._closing.is_set():
                    return copy.deepcopy(batch)
                event = self._new_update
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), remaining)
        finally:
            self._polls_waiting -= 1

    async def _set_webhook(self, params: JSON) -> bool:
        url = params.get("url") or ""
        if not url:
            self.webhook = None
            return True
        if not isinstance(url, str) or not url.lower().startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = dict(params)
        if "allowed_updates" in params and isinstance(params["allowed_updates"], list):
            self._allowed_updates = frozenset(map(str, params["allowed_updates"])) or DEFAULT_ALLOWED_UPDATES
        if _as_bool(params.get("drop_pending_updates")):
            self._updates.clear()
        return True

    async def _delete_webhook(self, params: JSON) -> bool:
        self.webhook = None
        if _as_bool(params.get("drop_pending_updates")):
            self._updates.clear()
        return True

    async def _get_webhook_info(self, params: JSON) -> JSON:
        info: JSON = {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook:
            info["max_connections"] = _as_int(self.webhook.get("max_connections")) or 40
            if "ip_address" in self.webhook:
                info["ip_address"] = self.webhook["ip_address"]
            if self._allowed_updates != DEFAULT_ALLOWED_UPDATES:
                info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    async def _send_message(self, params: JSON) -> JSON:
        chat = self._chat_param(params, sending=True)
        text, entities = format_text(
            params.get("text"), params.get("parse_mode"), params.get("entities"), strict_html=self.strict_html
        )
        markup = self._reply_markup(params.get("reply_markup"))
        replied = self._reply_target(chat, params)
        message: JSON = {
            "message_id": self._next_message_id(chat),
            "from": dict(self.bot_user),
            "chat": dict(chat.info),
            "date": int(time.time()),
            "text": text,
        }
        if entities:
            message["entities"] = entities
        if replied is not None:
            message["reply_to_message"] = replied
        if markup is not None:
            message["reply_markup"] = markup
        chat.messages[message["message_id"]] = message
        chat.sent[message["message_id"]] = SentMessage(chat.info["id"], message["message_id"], [message])
        return copy.deepcopy(message)

    def _edit(self, sent: SentMessage, changes: JSON) -> JSON:
        """Store a new version of a bot message, or fail with "message is not modified"."""
        new = {key: value for key, value in sent.current.items() if key != "edit_date"}
        for key, value in changes.items():
            if value is None or value == []:
                new.pop(key, None)
            else:
                new[key] = value
        old = {key: value for key, value in sent.current.items() if key != "edit_date"}
        if new == old:
            raise bad_request(_NOT_MODIFIED)
        new["edit_date"] = int(time.time())
        sent.versions.append(new)
        self._chats[sent.chat_id].messages[sent.message_id] = new
        return copy.deepcopy(new)

    async def _edit_message_text(self, params: JSON) -> JSON | bool:
        text, entities = format_text(
            params.get("text"), params.get("parse_mode"), params.get("entities"), strict_html=self.strict_html
        )
        markup = self._reply_markup(params.get("reply_markup"), inline_only=True)
        sent = self._stored_bot_message(params, "edit")
        if sent is None:
            return True
        return self._edit(sent, {"text": text, "entities": entities, "reply_markup": markup})

    async def _edit_message_reply_markup(self, params: JSON) -> JSON | bool:
        markup = self._reply_markup(params.get("reply_markup"), inline_only=True)
        sent = self._stored_bot_message(params, "edit")
        if sent is None:
            return True
        return self._edit(sent, {"reply_markup": markup})

    async def _delete_message(self, params: JSON) -> bool:
        chat = self._chat_param(params)
        message_id = self._message_id_param(params)
        sent = chat.sent.get(message_id)
        if message_id not in chat.messages or (sent is not None and sent.deleted):
            raise bad_request("message to delete not found")
        if sent is not None:
            sent.deleted = True
        else:
            del chat.messages[message_id]
        return True

    async def _answer_callback_query(self, params: JSON) -> bool:
        query_id = params.get("callback_query_id")
        text = params.get("text")
        if text is not None and utf16_len(str(text)) > MAX_CALLBACK_ANSWER_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")
        key = str(query_id) if query_id is not None else ""
        if key not in self._callback_queries or self._callback_queries[key] is not None:
            raise bad_request(_QUERY_TOO_OLD)
        self._callback_queries[key] = dict(params)
        return True

    async def _answer_inline_query(self, params: JSON) -> bool:
        results = _load_json_param(params.get("results"), "can't parse inline query results JSON object")
        if not isinstance(results, list):
            raise bad_request("can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            self._check_inline_result(result, seen)
        key = str(params.get("inline_query_id") or "")
        if key not in self._inline_queries or self._inline_queries[key] is not None:
            raise bad_request(_QUERY_TOO_OLD)
        self._inline_queries[key] = {**params, "results": results}
        return True

    def _check_inline_result(self, result: Any, seen: set[str]) -> None:
        """Validate one InlineQueryResult like Telegram."""
        prefix = "can't parse inline query result: "
        if not isinstance(result, dict):
            raise bad_request(prefix + "InlineQueryResult must be an Object")
        if result.get("type") not in _INLINE_RESULT_TYPES:
            raise bad_request(prefix + "unsupported inline query result type")
        result_id = result.get("id")
        if not isinstance(result_id, str) or not 1 <= len(result_id.encode("utf-8")) <= 64:
            raise bad_request("RESULT_ID_INVALID")
        if result_id in seen:
            raise bad_request("RESULT_ID_DUPLICATE")
        seen.add(result_id)
        if result["type"] == "article":
            if not isinstance(result.get("title"), str) or not result["title"]:
                raise bad_request(prefix + 'Can\'t find field "title"')
            if not isinstance(result.get("input_message_content"), dict):
                raise bad_request(prefix + 'Can\'t find field "input_message_content"')
        content = result.get("input_message_content")
        if isinstance(content, dict) and "message_text" in content:
            format_text(
                content.get("message_text"),
                content.get("parse_mode"),
                content.get("entities"),
                strict_html=self.strict_html,
            )
        if "reply_markup" in result:
            self._reply_markup(result["reply_markup"], inline_only=True)

    async def _set_my_commands(self, params: JSON) -> bool:
        commands = _load_json_param(params.get("commands"), "can't parse commands JSON object")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict):
                raise bad_request("can't parse BotCommand: BotCommand must be an Object")
            name, description = command.get("command"), command.get("description")
            if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params)
        self._commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
        return True

    async def _get_my_commands(self, params: JSON) -> list[JSON]:
        return copy.deepcopy(self._commands.get(self._commands_key(params), []))

    async def _delete_my_commands(self, params: JSON) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    @staticmethod
    def _language(params: JSON) -> str:
        language = params.get("language_code") or ""
        if not isinstance(language, str) or (language and not re.fullmatch(r"[a-z]{2}", language)):
            raise bad_request("invalid language code specified")
        return language

    async def _set_my_description(self, params: JSON) -> bool:
        description = str(params.get("description") or "")
        if len(description) > 512:
            raise bad_request("description is too long")
        self.descriptions[self._language(params)] = description
        return True

    async def _get_my_description(self, params: JSON) -> JSON:
        return {"description": self.descriptions.get(self._language(params), "")}

    async def _set_my_short_description(self, params: JSON) -> bool:
        description = str(params.get("short_description") or "")
        if len(description) > 120:
            raise bad_request("short description is too long")
        self.short_descriptions[self._language(params)] = description
        return True

    async def _get_my_short_description(self, params: JSON) -> JSON:
        return {"short_description": self.short_descriptions.get(self._language(params), "")}

    async def _set_chat_menu_button(self, params: JSON) -> bool:
        chat_id = self._chat_param(params).info["id"] if params.get("chat_id") is not None else None
        button = _load_json_param(params.get("menu_button"), "can't parse menu button JSON object")
        if button is None:
            button = {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in ("default", "commands", "web_app"):
            raise bad_request("can't parse menu button JSON object")
        self.menu_buttons[chat_id] = button
        return True

    async def _get_chat_menu_button(self, params: JSON) -> JSON:
        chat_id = self._chat_param(params).info["id"] if params.get("chat_id") is not None else None
        return self.menu_buttons.get(chat_id, self.menu_buttons.get(None, {"type": "commands"}))

    async def _send_chat_action(self, params: JSON) -> bool:
        self._chat_param(params, sending=True)
        if params.get("action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _get_chat(self, params: JSON) -> JSON:
        chat = self._chat_param(params)
        return {
            **chat.info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }


# --------------------------------------------------------------------------------------------------
# Standalone use
# --------------------------------------------------------------------------------------------------


async def _serve(host: str, port: int, token: str, username: str) -> None:
    server = FakeBotApi(token=token, username=username)
    await server.start(host, port)
    log.info("Fake Bot API at %s (token %s)", server.base_url, token)
    example = '{"chat_id": 1, "text": "/start"}'
    log.info("Simulate a user: curl -d '%s' %s/_fake/user_message", example, server.url)
    stopped = asyncio.Event()
    with contextlib.suppress(NotImplementedError):
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopped.set)
    try:
        await stopped.wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> None:
    """Run the fake server until interrupted, logging every call."""
    parser = argparse.ArgumentParser(prog="python -m tests.botapi_server", description=main.__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--username", default="azun_fact_bot")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port, args.token, args.username))


if __name__ == "__main__":
    main()

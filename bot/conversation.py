"""The bot's conversation core, shared by Telegram and the terminal chat (no Telegram imports).

Messages come in as `Incoming`, button presses as `ButtonPress`; what to send back comes out as `Reply`
objects with an abstract keyboard of `Button`s. The core owns the chat's language, follow-up context, the
flood limit, the query log, feedback, the group repeat guard and the admin commands.

Callback data (at most 64 bytes, validated when it comes back)::

    v1:pg:<token>:<page>:<full>   show page <page> (0-based); <full> 1 = full citations
    v1:src:<token>:<page>         expand the sources of that page to full citations
    v1:dym:<token>:<n>            ask the answer's suggestion number <n> ('Did you mean')
    v1:fb:<token>:<u|d>           feedback: useful / not useful
    v1:nop                        the page counter (does nothing)

<token> names the answer kept in the store (`Store.save_shown_answer`). A press whose data does not
parse, whose answer is gone or too old, or which comes from another chat or another message gets
"This button has expired" and changes nothing.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bot.answer import Answer
from bot.commands import ADMIN_COMMAND_NAMES, COMMAND_NAMES, Commands, UsageError, starter_questions
from bot.config import Settings
from bot.engine import Engine
from bot.i18n import t
from bot.index import KnowledgeIndex
from bot.render import page_count
from bot.store import Delivery, Record, Store
from knowledge.loader import DEFAULT_DIR, FactBaseError, load_fact_base

logger = logging.getLogger(__name__)

LANGS = ("en", "fr")
CALLBACK_VERSION = "v1"
MAX_CALLBACK_BYTES = 64
# Buttons of answers older than this expire (and the rows are pruned).
BUTTON_LIFETIME_SECONDS = 30 * 24 * 60 * 60.0
FLOOD_NOTICE_WINDOW_SECONDS = 60.0
INLINE_RESULTS = 10
RELOAD_PROBLEMS_SHOWN = 10
UNANSWERED_SHOWN = 20
PRIVATE = "private"

_COMMAND = re.compile(r"^/(?P<name>[A-Za-z0-9_]{1,32})(?:@(?P<bot>[A-Za-z0-9_]+))?(?:\s+(?P<argument>.*))?$", re.S)
_ANSWER_ID = r"[A-Za-z0-9_-]{11}"
_CALLBACKS = {
    "pg": re.compile(rf"^v1:pg:(?P<token>{_ANSWER_ID}):(?P<page>\d{{1,3}}):(?P<full>[01])$"),
    "src": re.compile(rf"^v1:src:(?P<token>{_ANSWER_ID}):(?P<page>\d{{1,3}})$"),
    "dym": re.compile(rf"^v1:dym:(?P<token>{_ANSWER_ID}):(?P<n>\d)$"),
    "fb": re.compile(rf"^v1:fb:(?P<token>{_ANSWER_ID}):(?P<vote>[ud])$"),
}
NOOP = "v1:nop"


@dataclass(frozen=True, slots=True)
class Incoming:
    """A message to the bot, whatever carried it."""

    chat_id: int
    chat_type: str  # private, group, supergroup (Telegram's names); the terminal is private
    user_id: int | None
    user_language_code: str | None
    text: str
    addressed: bool = True  # False for group messages that neither command, mention nor reply to the bot
    update_id: int | None = None


@dataclass(frozen=True, slots=True)
class ButtonPress:
    """A press on one of the bot's buttons."""

    chat_id: int | None  # None when the message is not in a chat the bot knows (inline messages)
    chat_type: str
    user_id: int
    user_language_code: str | None
    message_id: int | None
    data: str
    update_id: int | None = None


@dataclass(frozen=True, slots=True)
class Button:
    """A button: what it says and the callback data it sends back."""

    label: str
    data: str


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True, slots=True)
class Reply:
    """What to send: an answer (rendered by the transport) or a plain text, and its keyboard."""

    answer: Answer | None = None
    text: str | None = None  # plain text, escaped by the transport
    keyboard: Keyboard = ()
    quote: bool = False  # reply to the asking message (group chats)
    reply_to: int | None = None  # reply to this earlier message instead (the group repeat notice)
    page: int | None = None  # the page of a long answer to show (None: the whole answer)
    full_sources: bool = False
    edit: bool = False  # replace the message whose button was pressed, instead of sending a new one
    token: str | None = None  # the stored answer the keyboard acts on: report the sent message id
    record: Record | None = None  # written once the reply is delivered (`Conversation.delivered`)

    def delivery(self, message_id: int) -> Delivery:
        """What this reply, delivered as message `message_id`, leaves in the store (`Store.record_delivered`)."""
        # An edit leaves its keyboard on the message already recorded for the token.
        return Delivery(message_id=message_id, record=self.record, token=None if self.edit else self.token)


@dataclass(frozen=True, slots=True)
class ButtonOutcome:
    """The answer to a button press: a short notice (shown by the client) and replies, if any."""

    notice: str = ""
    replies: tuple[Reply, ...] = ()


@dataclass(frozen=True, slots=True)
class InlineChoice:
    """One inline-mode result: a title and description to choose by, and the answer it sends."""

    id: str
    title: str
    description: str
    answer: Answer


class EngineHolder:
    """The engine in use; /reload swaps it in one assignment, so a question never sees half of each."""

    def __init__(self, engine: Engine, knowledge_dir: Path | None = None) -> None:
        self._engine = engine
        self._commands = Commands(engine)
        self.knowledge_dir = knowledge_dir
        self._reload_lock = asyncio.Lock()

    @property
    def engine(self) -> Engine:
        """The engine answering questions now."""
        return self._engine

    @property
    def commands(self) -> Commands:
        """The command answers built on the current engine."""
        return self._commands

    def swap(self, engine: Engine) -> None:
        """Serve `engine` from now on."""
        self._engine, self._commands = engine, Commands(engine)

    async def reload(self) -> Engine:
        """Re-read and validate the fact base and swap it in; on FactBaseError the old engine stays."""
        async with self._reload_lock:
            # Reading YAML and indexing are blocking work: keep them off the event loop.
            engine = await asyncio.to_thread(_load_engine, self.knowledge_dir or DEFAULT_DIR)
            self.swap(engine)
            return engine


def _load_engine(knowledge_dir: Path) -> Engine:
    return Engine(KnowledgeIndex(load_fact_base(knowledge_dir)))


def answer_language(user_language_code: str | None) -> str:
    """The language a user's Telegram language suggests: en or fr, English for any other."""
    return _language_code(user_language_code) or "en"


def _language_code(user_language_code: str | None) -> str | None:
    """'fr' for 'fr', 'fr-CA' or 'fr_FR.UTF-8'; None when the language is not one the bot writes."""
    code = re.split(r"[-_.@]", (user_language_code or "").strip())[0].lower()
    return code if code in LANGS else None


def repeat_key(answer: Answer) -> str:
    """What makes two answers 'the same' for the group repeat guard: their facts (or words, when none)."""
    shown = json.dumps([answer.lang, list(answer.facts) or answer.headline], ensure_ascii=False)
    return hashlib.sha256(shown.encode()).hexdigest()[:32]


def keyboard(answer: Answer, token: str, *, page: int, full: bool) -> Keyboard:
    """The buttons under an answer: paging, sources, suggestions ('Did you mean'), feedback."""
    lang = answer.lang
    rows: list[tuple[Button, ...]] = []
    pages = page_count(answer)
    if pages > 1:
        row: list[Button] = []
        if page > 0:
            row.append(Button(t("btn_prev", lang), f"v1:pg:{token}:{page - 1}:{int(full)}"))
        row.append(Button(t("btn_page", lang, page=page + 1, total=pages), NOOP))
        if page < pages - 1:
            row.append(Button(t("btn_next", lang), f"v1:pg:{token}:{page + 1}:{int(full)}"))
        rows.append(tuple(row))
    for number, suggestion in enumerate(answer.suggestions[:9]):
        rows.append((Button(suggestion.label, f"v1:dym:{token}:{number}"),))
    last: list[Button] = []
    if answer.sources and not full:
        last.append(Button(t("btn_sources", lang), f"v1:src:{token}:{page}"))
    if answer.answered and answer.facts:
        last += [
            Button(t("btn_useful", lang), f"v1:fb:{token}:u"),
            Button(t("btn_not_useful", lang), f"v1:fb:{token}:d"),
        ]
    if last:
        rows.append(tuple(last))
    for buttons in rows:
        for button in buttons:
            assert len(button.data.encode()) <= MAX_CALLBACK_BYTES, button.data
    return tuple(rows)


class Conversation:
    """Turns messages and button presses into replies."""

    def __init__(
        self,
        engines: EngineHolder,
        store: Store,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.time,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.engines = engines
        self.store = store
        self.settings = settings
        self.bot_username: str | None = None  # set once the transport knows it (Telegram's getMe)
        self._clock = clock
        self._today = today

    # ----- messages ----------------------------------------------------------------------------------------
    async def on_message(self, incoming: Incoming) -> list[Reply]:
        """The replies to one message (none for group chatter not addressed to the bot)."""
        if not incoming.addressed:
            return []
        text = incoming.text.strip()
        command = _COMMAND.match(text)
        if command and command["bot"] and self.bot_username and command["bot"].lower() != self.bot_username.lower():
            return []  # /cmd@otherbot
        known = command is None or self._knows(command["name"].lower(), incoming.user_id)
        if not known and not (command and command["bot"]) and incoming.chat_type != PRIVATE:
            return []  # in groups a bare unknown /command may be meant for another bot
        lang = await self.language(incoming.chat_id, incoming.user_language_code)
        if not await self._allowed(incoming):
            return await self._flood_notice(incoming, lang)
        if command is None:
            return await self._question(incoming, text, lang)
        if not known:
            return [self._text(incoming, t("unknown_command", lang))]
        try:
            return await self._command(incoming, command["name"].lower(), (command["argument"] or "").strip(), lang)
        except UsageError as error:
            return [self._text(incoming, str(error))]

    def _knows(self, name: str, user_id: int | None) -> bool:
        if name in COMMAND_NAMES:
            return True
        # Admin commands are invisible to others: they get exactly the unknown-command reply.
        return name in ADMIN_COMMAND_NAMES and self.settings.is_admin(user_id)

    async def _allowed(self, incoming: Incoming) -> bool:
        key = incoming.user_id if incoming.user_id is not None else incoming.chat_id
        return await self.store.allow_question(key, self.settings.flood_limit)

    async def _flood_notice(self, incoming: Incoming, lang: str) -> list[Reply]:
        # Say it once a minute; answering every extra message would be flooding in turn.
        key = f"flood:{incoming.user_id}"
        if await self.store.seen_recently(incoming.chat_id, key, FLOOD_NOTICE_WINDOW_SECONDS):
            return []
        return [self._text(incoming, t("flood", lang))]

    async def _command(self, incoming: Incoming, name: str, argument: str, lang: str) -> list[Reply]:
        commands = self.engines.commands
        match name:
            case "start":
                return await self._start(incoming, argument, lang)
            case "help":
                answer = commands.help(lang, admin=self.settings.is_admin(incoming.user_id))
            case "ask":
                if not argument:
                    raise UsageError("ask", lang)
                return await self._question(incoming, argument, lang)
            case "lang":
                return [await self._set_language(incoming, argument)]
            case "settings":
                return [await self._settings(incoming, lang)]
            case "meetings":
                answer = commands.meetings(argument, lang)
            case "resolutions":
                answer = commands.resolutions(argument, lang)
            case "timeline":
                answer = commands.timeline(argument, lang)
            case "on":
                answer = commands.on(argument, lang)
            case "today":
                answer = commands.today(self._today(), lang)
            case "who":
                answer = commands.who(argument, lang)
            case "sources":
                answer = commands.sources(lang)
            case "source":
                if not argument:
                    raise UsageError("source", lang)
                answer = commands.source(argument, lang)
            case "fact":
                if not argument:
                    raise UsageError("fact", lang)
                answer = commands.fact(argument, lang)
            case "random":
                answer = commands.random_fact(lang)
            case "stats":
                return [self._text(incoming, await self._stats(lang))]
            case "unanswered":
                return [self._text(incoming, await self._unanswered(lang))]
            case "reload":
                return [self._text(incoming, await self._reload(lang))]
            case _:  # pragma: no cover -- _knows() lets only the names above through
                raise AssertionError(name)
        return await self._show(incoming, answer, _record(incoming, answer, question=None))

    async def _start(self, incoming: Incoming, payload: str, lang: str) -> list[Reply]:
        """/start, with the deep-link payloads fact_<id> (open a fact) and q_<base64url> (ask)."""
        commands = self.engines.commands
        if payload.startswith("fact_"):
            fact_id = payload[len("fact_") :].replace("_", "-")
            if fact_id in commands.index.facts:
                answer = commands.fact(fact_id, lang)
                return await self._show(incoming, answer, _record(incoming, answer, question=None))
        elif payload.startswith("q_"):
            question = _decode_question(payload[len("q_") :])
            if question:
                return await self._question(incoming, question, lang)
        return await self._show(incoming, commands.welcome(lang), None)

    async def _question(self, incoming: Incoming, question: str, lang: str) -> list[Reply]:
        """Answer a free-text question, with the chat's last answer as follow-up context."""
        context = await self.store.last_answer(incoming.chat_id)
        started = time.perf_counter()
        answer = self.engines.engine.ask(question, context=context, lang=lang)
        latency_ms = (time.perf_counter() - started) * 1000
        record = _record(incoming, answer, question=question, latency_ms=latency_ms)
        return await self._show(incoming, answer, record)

    async def _show(self, incoming: Incoming, answer: Answer, record: Record | None) -> list[Reply]:
        """An answer as a reply with its keyboard; in groups, a pointer to it if it was just given."""
        group = incoming.chat_type != PRIVATE
        token, earlier = await self.store.save_shown_answer_unless_repeat(
            chat_id=incoming.chat_id,
            payload=answer.to_dict(),
            repeat_key=repeat_key(answer),
            window_seconds=self.settings.group_repeat_seconds if group else 0.0,
        )
        if token is None:
            return [Reply(text=t("just_answered", answer.lang), reply_to=earlier, record=record)]
        page = 0 if page_count(answer) > 1 else None
        return [
            Reply(
                answer=answer,
                keyboard=keyboard(answer, token, page=page or 0, full=False),
                quote=group,
                page=page,
                token=token,
                record=record,
            )
        ]

    async def delivered(self, reply: Reply, message_id: int) -> None:
        """Record a reply as sent: log its question, keep its context, note the message its keyboard is on.

        One transaction; a transport that journals updates records all the replies to one update, the journal
        entry and the inbox row together, with `Store.record_delivered` and `Reply.delivery`.
        """
        await self.store.record_delivered([reply.delivery(message_id)])

    def _text(self, incoming: Incoming, text: str) -> Reply:
        return Reply(text=text, quote=incoming.chat_type != PRIVATE)

    # ----- language and settings ---------------------------------------------------------------------------
    async def language(self, chat_id: int, user_language_code: str | None) -> str:
        """The chat's language: chosen with /lang, else the user's Telegram language if en/fr, else English."""
        chosen = await self.store.get_chat_lang(chat_id)
        return chosen if chosen in LANGS else answer_language(user_language_code)

    async def _set_language(self, incoming: Incoming, argument: str) -> Reply:
        lang = argument.strip().lower()
        if lang not in LANGS:
            raise UsageError("lang", await self.language(incoming.chat_id, incoming.user_language_code))
        await self.store.set_chat_lang(incoming.chat_id, lang)
        return self._text(incoming, t("lang_set", lang))

    async def _settings(self, incoming: Incoming, lang: str) -> Reply:
        chosen = await self.store.get_chat_lang(incoming.chat_id)
        name = t(f"lang_name_{lang}", lang)
        if chosen in LANGS:
            line = t("settings_lang_chosen", lang, language=name)
        elif _language_code(incoming.user_language_code) == lang:
            line = t("settings_lang_app", lang, language=name)
        else:
            line = t("settings_lang_default", lang, language=name)
        return self._text(incoming, "\n".join((t("settings_head", lang), line, t("settings_change", lang))))

    # ----- administration ----------------------------------------------------------------------------------
    async def _stats(self, lang: str) -> str:
        stats = await self.store.stats()
        lines = [
            t("stats", lang, questions=stats.questions, answered=stats.answered, rate=stats.answer_rate,
              chats=stats.chats, up=stats.feedback_up, down=stats.feedback_down)
        ]  # fmt: skip
        if stats.top_questions:
            lines.append(t("stats_top", lang))
            lines += [t("stats_top_line", lang, times=n, question=q) for q, n in stats.top_questions]
        return "\n".join(lines)

    async def _unanswered(self, lang: str) -> str:
        questions = await self.store.recent_unanswered(UNANSWERED_SHOWN)
        if not questions:
            return t("unanswered_none", lang)
        lines = [t("unanswered_head", lang)]
        lines += [
            t("unanswered_line", lang, times=q.times_asked, question=q.question, chat_type=q.chat_type)
            for q in questions
        ]
        return "\n".join(lines)

    async def _reload(self, lang: str) -> str:
        try:
            engine = await self.engines.reload()
        except FactBaseError as error:
            logger.warning("Reload refused, keeping the old fact base: %s", error)
            problems = [str(p) for p in error.problems]
            lines = [t("reload_failed", lang, count=len(problems)), *problems[:RELOAD_PROBLEMS_SHOWN]]
            if len(problems) > RELOAD_PROBLEMS_SHOWN:
                lines.append(t("reload_more", lang, count=len(problems) - RELOAD_PROBLEMS_SHOWN))
            return "\n".join(lines)
        base = engine.index.base
        logger.info("Fact base reloaded: %d facts", len(base.facts))
        return t("reload_ok", lang, facts=len(base.facts), entities=len(base.entities), sources=len(base.sources))

    # ----- buttons -----------------------------------------------------------------------------------------
    async def on_button(self, press: ButtonPress) -> ButtonOutcome:
        """What a button press does; anything unknown, forged or stale gets 'expired' and changes nothing."""
        lang = (
            await self.language(press.chat_id, press.user_language_code)
            if press.chat_id is not None
            else answer_language(press.user_language_code)
        )
        expired = ButtonOutcome(notice=t("button_expired", lang))
        if press.data == NOOP:
            return ButtonOutcome()
        kind, fields = _parse_callback(press.data)
        if kind is None or press.chat_id is None:
            return expired
        shown = await self.store.shown_answer(fields["token"])
        if (
            shown is None
            or shown.chat_id != press.chat_id
            or (shown.message_id is not None and shown.message_id != press.message_id)
            or self._clock() - shown.shown_at > BUTTON_LIFETIME_SECONDS
        ):
            return expired
        try:
            answer = Answer.from_dict(shown.payload)
        except ValueError:
            logger.warning("Stored answer %s is unreadable", shown.token)
            return expired
        pages = page_count(answer)
        match kind:
            case "pg" | "src":
                page = int(fields["page"])
                if page >= pages:
                    return expired
                full = kind == "src" or fields.get("full") == "1"
                reply = Reply(
                    answer=answer,
                    keyboard=keyboard(answer, shown.token, page=page, full=full),
                    page=page if pages > 1 else None,
                    full_sources=full,
                    edit=True,
                    token=shown.token,
                )
                return ButtonOutcome(replies=(reply,))
            case "dym":
                number = int(fields["n"])
                if number >= len(answer.suggestions):
                    return expired
                incoming = Incoming(
                    chat_id=press.chat_id,
                    chat_type=press.chat_type,
                    user_id=press.user_id,
                    user_language_code=press.user_language_code,
                    text=answer.suggestions[number].query,
                    update_id=press.update_id,
                )
                replies = await self.on_message(incoming)
                return ButtonOutcome(replies=tuple(replies))
            case "fb":
                vote = 1 if fields["vote"] == "u" else -1
                await self.store.add_feedback(
                    chat_id=press.chat_id, user_id=press.user_id, query_id=shown.query_id, facts=list(answer.facts),
                    vote=vote,
                )  # fmt: skip
                return ButtonOutcome(notice=t("feedback_thanks", lang))
            case _:  # pragma: no cover -- _parse_callback only returns the kinds above
                return expired

    # ----- inline mode -------------------------------------------------------------------------------------
    async def inline_results(
        self, query: str, user_id: int | None, user_language_code: str | None
    ) -> list[InlineChoice]:
        """Ranked answers for an inline query; starter questions when the query is empty."""
        # In a private chat the chat id is the user's id, so a /lang chosen there applies here too.
        lang = (
            await self.language(user_id, user_language_code)
            if user_id is not None
            else answer_language(user_language_code)
        )
        engine = self.engines.engine
        commands = self.engines.commands
        query = query.strip()
        answers: list[Answer] = []
        if not query:
            answers = [engine.ask(q, lang=lang) for q in starter_questions(lang)]
        else:
            main = engine.ask(query, lang=lang)
            if main.answered:
                answers.append(main)
                for item in main.items if main.is_list else ():
                    if item.fact_id:
                        answers.append(commands.fact(item.fact_id, lang))
            else:
                answers += [engine.ask(s.query, lang=lang) for s in main.suggestions if not s.query.startswith("/")]
            for entity_id in commands.resolve(query)[:2]:
                answers.append(commands.who(commands.index.entities[entity_id].name.en, lang))
        choices: list[InlineChoice] = []
        seen: set[str] = set()
        for answer in answers:
            # Two results with the same title cannot be told apart: keep the first (the better ranked).
            if not answer.answered or answer.headline in seen:
                continue
            seen.add(answer.headline)
            answer = replace(answer, suggestions=())  # an inline message has no buttons to offer them
            choices.append(
                InlineChoice(id=f"r{len(choices)}", title=_shorten(answer.headline.partition("\n")[0], 100),
                             description=_inline_description(answer), answer=answer)
            )  # fmt: skip
            if len(choices) == INLINE_RESULTS:
                break
        return choices

    # ----- upkeep ------------------------------------------------------------------------------------------
    async def prune(self) -> int:
        """Forget answers whose buttons have expired; return how many."""
        return await self.store.prune_shown_answers(BUTTON_LIFETIME_SECONDS)


def _record(incoming: Incoming, answer: Answer, *, question: str | None, latency_ms: float = 0.0) -> Record:
    """What to write down when the answer is delivered, with the context a follow-up will need
    (`Answer.follow_context`)."""
    return Record(
        chat_id=incoming.chat_id,
        chat_type=incoming.chat_type,
        user_id=incoming.user_id,
        question=question,
        answered=answer.answered,
        facts=answer.facts,
        latency_ms=latency_ms,
        lang=answer.lang,
        context=answer.follow_context,
    )


def _parse_callback(data: str) -> tuple[str | None, dict[str, str]]:
    """The kind and fields of callback data, or (None, {}) when it is not ours or malformed."""
    if len(data.encode("utf-8", "replace")) > MAX_CALLBACK_BYTES or not data.startswith(f"{CALLBACK_VERSION}:"):
        return None, {}
    for kind, pattern in _CALLBACKS.items():
        match = pattern.match(data)
        if match:
            return kind, match.groupdict()
    return None, {}


def _decode_question(payload: str) -> str | None:
    """The question in a q_<base64url> deep link (padding optional), or None when it is not one."""
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    text = " ".join(text.split())
    return text if text and text.isprintable() else None


def encode_question(question: str) -> str:
    """The deep-link payload that asks `question` (t.me/<bot>?start=q_...); at most 64 characters."""
    return "q_" + base64.urlsafe_b64encode(question.encode()).decode().rstrip("=")


def _inline_description(answer: Answer) -> str:
    parts = [item.text for item in answer.items if item.text][:2]
    if not parts and answer.sources:
        note = answer.sources[0]
        parts = [f"{note.publisher.split(' (')[0]}, {note.published}"]
    return _shorten(" · ".join(parts), 200)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

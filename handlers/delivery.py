"""Replies from the core, sent to Telegram: rendered as HTML, split under the limit, retried, journaled."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import warnings
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import ApplicationHandlerStop
from telegram.warnings import PTBDeprecationWarning

from bot.answer import Answer
from bot.conversation import Keyboard, Reply
from bot.render import page_count, split_message, to_html
from bot.store import Delivery
from handlers.context import BotContext

logger = logging.getLogger(__name__)
T = TypeVar("T")


class DeliveryError(Exception):
    """A reply could not be sent after every retry; the update stays in the inbox to be processed again."""


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    """The core's abstract keyboard as Telegram inline buttons."""
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(button.label, callback_data=button.data) for button in row] for row in keyboard]
    )


def render(reply: Reply) -> list[str]:
    """A reply as Telegram HTML messages, each under 4096 characters."""
    if reply.answer is not None:
        return to_html(reply.answer, full_sources=reply.full_sources, page=reply.page)
    return split_message(html.escape(reply.text or "", quote=False))


def render_inline(answer: Answer) -> str:
    """An answer as one message with its citations (inline results cannot be split or paged by buttons)."""
    page = 0 if page_count(answer) > 1 else None
    for full in (True, False):
        parts = to_html(answer, full_sources=full, page=page)
        if len(parts) == 1:
            return parts[0]
    return parts[0]


async def send_replies(update: Update, context: BotContext, replies: Sequence[Reply]) -> None:
    """Send (or edit) the replies to an update, then record them, the journal entry and the update done at once.

    One transaction once every reply is out: what each reply leaves (query log, follow-up context, the message
    its keyboard is on), the reply journal entry that stops a replay from answering again, and the inbox row
    marked done. If a reply cannot be delivered nothing is recorded: the update is processed again later and,
    finding the store as it was, answered (and logged) the same way, once.
    """
    data = context.bot_data
    chat = update.effective_chat
    if chat is None or not replies:
        return
    asking = update.effective_message
    sent: list[Delivery] = []
    try:
        for reply in replies:
            if reply.edit and update.callback_query is not None and update.callback_query.message is not None:
                message_id = await _edit(context, chat.id, update.callback_query.message.message_id, reply)
            else:
                message_id = await _send(context, chat.id, asking, reply)
            sent.append(reply.delivery(message_id))
    except DeliveryError:
        data.undelivered.add(update.update_id)
        raise
    except Exception:
        # Telegram refused a later reply (the update is not tried again): keep what the earlier ones left.
        if sent:
            await data.store.record_delivered(sent)
        raise
    await data.store.record_delivered(sent, update_id=update.update_id, chat_id=chat.id)


async def _send(context: BotContext, chat_id: int, asking: Message | None, reply: Reply) -> int:
    parts = render(reply)
    reply_to = reply.reply_to or (asking.message_id if reply.quote and asking is not None else None)
    message_id = 0
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        parameters = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to is not None and number == 0
            else None
        )
        sent = await with_retries(
            context,
            lambda part=part, parameters=parameters, last=last: context.bot.send_message(  # type: ignore[misc]
                chat_id, part, reply_parameters=parameters, reply_markup=markup(reply.keyboard) if last else None
            ),
        )
        message_id = sent.message_id
    return message_id


async def _edit(context: BotContext, chat_id: int, message_id: int, reply: Reply) -> int:
    parts = render(reply)
    try:
        await with_retries(
            context,
            lambda: context.bot.edit_message_text(
                parts[0], chat_id=chat_id, message_id=message_id, reply_markup=markup(reply.keyboard)
            ),
        )
    except BadRequest as error:
        # Pressing the same button twice asks for the text it already shows: nothing to do.
        if "not modified" not in error.message.lower():
            raise
    for part in parts[1:]:  # a page longer than one message (never with the usual page size)
        await with_retries(context, lambda part=part: context.bot.send_message(chat_id, part))  # type: ignore[misc]
    return message_id


async def with_retries(context: BotContext, call: Callable[[], Awaitable[T]]) -> T:
    """Run a Bot API call, retrying network errors and flood waits; DeliveryError when all attempts fail."""
    delays = context.bot_data.send_retry_delays
    for attempt in range(len(delays) + 1):
        try:
            return await call()
        except BadRequest:
            raise  # Telegram refused the request itself: sending it again cannot help
        except (TimedOut, NetworkError, RetryAfter) as error:
            if attempt == len(delays):
                raise DeliveryError(f"gave up after {attempt + 1} attempts: {error}") from error
            wait = delays[attempt]
            if isinstance(error, RetryAfter):
                wait = max(wait, retry_after_seconds(error))
            logger.warning("Sending failed (%s), retrying in %.1f s", error, wait)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")  # pragma: no cover


def retry_after_seconds(error: RetryAfter) -> float:
    """How long Telegram asks to wait, whichever type python-telegram-bot gives it in."""
    with warnings.catch_warnings():
        # v22 warns that the attribute will become a timedelta; both types are handled here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def skip_answered(update: Update, context: BotContext) -> None:
    """Stop an update whose reply was already sent (replayed from the inbox after a crash)."""
    data = context.bot_data
    if update.update_id in data.unanswered:
        # Just stored, and the journal had no reply to it: nothing to look up. A later attempt (after a
        # failed send) looks in the journal again.
        data.unanswered.discard(update.update_id)
        return
    if await data.store.reply_sent(update.update_id):
        logger.info("Update %d was already answered; not answering it twice", update.update_id)
        raise ApplicationHandlerStop

"""Button presses: paging, sources, 'Did you mean' and feedback. Every callback query is answered."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.conversation import ButtonPress
from handlers.context import BotContext
from handlers.delivery import send_replies, with_retries

logger = logging.getLogger(__name__)


async def on_button(update: Update, context: BotContext) -> None:
    """Do what the button says (or say it has expired), answer the query, then send or edit."""
    query = update.callback_query
    assert query is not None  # CallbackQueryHandler only runs on callback queries
    message = query.message
    press = ButtonPress(
        chat_id=message.chat.id if message is not None else None,
        chat_type=str(message.chat.type) if message is not None else "private",
        user_id=query.from_user.id,
        user_language_code=query.from_user.language_code,
        message_id=message.message_id if message is not None else None,
        data=query.data or "",
        update_id=update.update_id,
    )
    outcome = await context.bot_data.conversation.on_button(press)
    try:
        await with_retries(context, lambda: query.answer(outcome.notice or None))
    except BadRequest as error:
        # A query answered too late ("query is too old") is harmless; the edit below still helps.
        logger.info("Could not answer callback query %s: %s", query.id, error)
    await send_replies(update, context, outcome.replies)


def button_handler() -> CallbackQueryHandler[BotContext, None]:
    """The handler for every button (the core validates the data)."""
    return CallbackQueryHandler(on_button)

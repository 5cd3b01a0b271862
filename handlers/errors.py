"""The one error handler: log with context (secrets redacted), then tell the user briefly."""

from __future__ import annotations

import json
import logging
import traceback

from telegram import Update
from telegram.error import TelegramError

from bot.conversation import answer_language
from bot.i18n import t
from handlers.context import BotContext
from handlers.delivery import DeliveryError

logger = logging.getLogger(__name__)
LOGGED_UPDATE_CHARS = 2000


async def on_error(update: object, context: BotContext) -> None:
    """Log the error and the update it came from; send the user a short apology, never a traceback."""
    settings = context.bot_data.settings
    error = context.error
    if isinstance(error, DeliveryError):
        # Telegram is unreachable: the update stays in the inbox and is processed again later.
        logger.warning("Reply not delivered, kept for a later attempt: %s", settings.redact(str(error)))
        return
    shown = json.dumps(update.to_dict(), ensure_ascii=False) if isinstance(update, Update) else repr(update)
    trace = "".join(traceback.format_exception(error)) if error is not None else "no exception"
    logger.error(
        "Error while handling an update: %s\nUpdate: %s",
        settings.redact(trace),
        settings.redact(shown[:LOGGED_UPDATE_CHARS]),
    )
    if not isinstance(update, Update):
        return
    await _apologise(update, context)


async def _apologise(update: Update, context: BotContext) -> None:
    user = update.effective_user
    chat = update.effective_chat
    lang = answer_language(user.language_code if user else None)
    try:
        if chat is not None:
            lang = await context.bot_data.conversation.language(chat.id, user.language_code if user else None)
    except Exception:  # the store may be what failed; English will do
        logger.debug("No chat language while apologising", exc_info=True)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(t("error", lang))
        elif update.effective_message is not None and chat is not None:
            await context.bot.send_message(chat.id, t("error", lang))
    except TelegramError as error:
        logger.warning("Could not tell the user about the error: %s", context.bot_data.settings.redact(str(error)))

"""Inline mode: '@bot question' in any chat offers ranked answers, each sent with its citations."""

from __future__ import annotations

import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import InlineQueryHandler

from handlers.context import BotContext
from handlers.delivery import render_inline, with_retries

logger = logging.getLogger(__name__)

# Short: answers change when the fact base is reloaded, and a starter list is cheap to rebuild.
INLINE_CACHE_SECONDS = 30


async def on_inline_query(update: Update, context: BotContext) -> None:
    """Offer up to ten answers to the typed query, or starter questions for an empty one."""
    query = update.inline_query
    assert query is not None  # InlineQueryHandler only runs on inline queries
    user = query.from_user
    choices = await context.bot_data.conversation.inline_results(query.query, user.id, user.language_code)
    results = [
        InlineQueryResultArticle(
            id=choice.id,
            title=choice.title,
            description=choice.description,
            input_message_content=InputTextMessageContent(
                render_inline(choice.answer),
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )
        for choice in choices
    ]
    try:
        await with_retries(context, lambda: query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False))
    except BadRequest as error:
        # The user typed on, and this query is too old to answer: the next one will be answered.
        logger.info("Inline query %s not answered: %s", query.id, error)


def inline_handler() -> InlineQueryHandler[BotContext, None]:
    """The handler for inline queries."""
    return InlineQueryHandler(on_inline_query)

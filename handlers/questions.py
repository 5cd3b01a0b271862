"""Free-text questions: any text in a private chat; in groups only text addressed to the bot."""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from handlers.context import BotContext, incoming
from handlers.delivery import send_replies
from handlers.filters import ADDRESSED

QUESTIONS = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & ADDRESSED


async def on_question(update: Update, context: BotContext) -> None:
    """Answer a question from the fact base, with the chat's previous answer as context."""
    replies = await context.bot_data.conversation.on_message(incoming(update))
    await send_replies(update, context, replies)


def question_handler() -> MessageHandler[BotContext, None]:
    """The handler for questions."""
    return MessageHandler(QUESTIONS, on_question)

"""Admin commands (/stats, /unanswered, /reload): the core answers non-admins as for an unknown command."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.commands import ADMIN_COMMANDS
from handlers.context import BotContext, incoming
from handlers.delivery import send_replies


async def on_admin_command(update: Update, context: BotContext) -> None:
    """Run an admin command for an admin; anyone else gets the unknown-command reply."""
    replies = await context.bot_data.conversation.on_message(incoming(update))
    await send_replies(update, context, replies)


def admin_handler() -> CommandHandler[BotContext, None]:
    """The handler for the admin commands."""
    return CommandHandler([c.name for c in ADMIN_COMMANDS], on_admin_command, filters=filters.UpdateType.MESSAGE)

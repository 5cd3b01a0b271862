"""The public commands, and commands the bot does not know."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.commands import COMMANDS
from handlers.context import BotContext, incoming
from handlers.delivery import send_replies

# Edited messages are not answered again: only new messages.
NEW_MESSAGES = filters.UpdateType.MESSAGE


async def on_command(update: Update, context: BotContext) -> None:
    """Answer a command (/meetings, /who, /lang ...) through the conversation core."""
    replies = await context.bot_data.conversation.on_message(incoming(update))
    await send_replies(update, context, replies)


async def on_unknown_command(update: Update, context: BotContext) -> None:
    """Say that a command is unknown (in groups only when it names this bot; the core decides)."""
    replies = await context.bot_data.conversation.on_message(incoming(update))
    await send_replies(update, context, replies)


def command_handler() -> CommandHandler[BotContext, None]:
    """One handler for every public command (CommandHandler already ignores /cmd@otherbot)."""
    return CommandHandler([c.name for c in COMMANDS], on_command, filters=NEW_MESSAGES)


def unknown_command_handler() -> MessageHandler[BotContext, None]:
    """Any other command; register it after every command handler."""
    return MessageHandler(NEW_MESSAGES & filters.COMMAND, on_unknown_command)

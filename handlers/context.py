"""What every handler gets from the wiring: the typed bot_data and the context type built on it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Settings
from bot.conversation import Conversation, Incoming
from bot.store import Store

# Waits between attempts to send a reply after a network error; after the last one the reply is left
# to the inbox, which processes the update again later (the reply journal prevents doubles).
SEND_RETRY_DELAYS: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 15.0)


@dataclass
class BotData:
    """The application's bot_data: set once by `bot.app.build_application`."""

    conversation: Conversation = field(init=False)
    settings: Settings = field(init=False)
    store: Store = field(init=False)
    username: str = ""
    send_retry_delays: tuple[float, ...] = SEND_RETRY_DELAYS
    # Updates whose reply could not be sent: the polling loop keeps them pending in the inbox.
    undelivered: set[int] = field(default_factory=set)
    # Updates the polling loop has just stored in the inbox and found no reply to in the journal: their first
    # attempt need not look there again (`handlers.delivery.skip_answered`).
    unanswered: set[int] = field(default_factory=set)
    heartbeat: asyncio.Task[None] | None = None  # webhook mode's health-file toucher


BotContext = CallbackContext[ExtBot[int], dict[Any, Any], dict[Any, Any], BotData]
BotApplication = Application[ExtBot[int], BotContext, dict[Any, Any], dict[Any, Any], BotData, Any]


def incoming(update: Update) -> Incoming:
    """The core's view of a message update (the handler's filters have already decided it is addressed)."""
    message = update.effective_message
    chat = update.effective_chat
    assert message is not None
    assert chat is not None
    user = update.effective_user
    return Incoming(
        chat_id=chat.id,
        chat_type=str(chat.type),
        user_id=user.id if user else None,
        user_language_code=user.language_code if user else None,
        text=message.text or "",
        addressed=True,
        update_id=update.update_id,
    )

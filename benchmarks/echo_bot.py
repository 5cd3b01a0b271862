"""The framework's floor for benchmarks/load.py: a bare python-telegram-bot echo bot.

One Application, one MessageHandler replying with the message's text, python-telegram-bot's own polling and
defaults (no rate limiter, no database). Settings from TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL.

Run: python benchmarks/echo_bot.py
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back."""
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


def main() -> None:
    """Poll until SIGINT or SIGTERM."""
    application = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(allowed_updates=[Update.MESSAGE])


if __name__ == "__main__":
    main()

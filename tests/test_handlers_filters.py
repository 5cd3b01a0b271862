"""Which group messages are addressed to the bot."""

from __future__ import annotations

import pytest

from handlers.context import BotApplication
from handlers.filters import ADDRESSED
from tests.telegram_fakes import BOT_ID, GROUP_ID, bot_message, chat, message_update


@pytest.mark.parametrize(
    ("text", "chat_type", "addressed"),
    [
        ("any text", "private", True),
        ("any text", "supergroup", False),
        ("@azun_fact_bot when?", "supergroup", True),
        ("hey @AZUN_FACT_BOT, when?", "group", True),
        ("@other_bot when?", "supergroup", False),
        ("/meetings@azun_fact_bot", "supergroup", True),
        ("/meetings@other_bot", "supergroup", False),
        ("/meetings", "supergroup", False),  # bare commands are CommandHandler's business
        ("email me at x@azun_fact_bot.org", "supergroup", False),
    ],
)
def test_addressed(app: BotApplication, text: str, chat_type: str, addressed: bool) -> None:
    update = message_update(text, chat_type=chat_type, bot=app.bot)
    assert bool(ADDRESSED.check_update(update)) is addressed


def test_a_reply_to_the_bot_is_addressed(app: BotApplication) -> None:
    earlier = bot_message(1, chat(GROUP_ID, "supergroup"))
    assert earlier["from"]["id"] == BOT_ID
    update = message_update("and when?", chat_type="supergroup", reply_to=earlier, bot=app.bot)
    assert ADDRESSED.check_update(update)

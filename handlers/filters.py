"""Custom filters: whether a group message is addressed to this bot."""

from __future__ import annotations

from telegram import Message, MessageEntity
from telegram.constants import ChatType
from telegram.ext.filters import MessageFilter


class _AddressedToBot(MessageFilter):
    """Private messages, and group messages that mention the bot, reply to it or name it in a command."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        username = (bot.username or "").lower()
        kinds: list[str | None] = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION, MessageEntity.BOT_COMMAND]
        for entity, text in message.parse_entities(kinds).items():
            if entity.type == MessageEntity.MENTION and text[1:].lower() == username:
                return True
            if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot.id:
                return True
            if entity.type == MessageEntity.BOT_COMMAND and text.partition("@")[2].lower() == username:
                return True
        return False


ADDRESSED = _AddressedToBot(name="filters.ADDRESSED")

"""Free-text questions: private chats, groups (addressed or not), repeats, languages, follow-ups, flood."""

from __future__ import annotations

from telegram import Update

from bot.store import Store
from tests.conftest import FakeClock, Telegram
from tests.telegram_fakes import (
    BOT_ID,
    GROUP_ID,
    USER_ID,
    bot_message,
    buttons,
    chat,
    html_problems,
    message_json,
    user,
)

QUESTION = "When did Azerbaijan join the UN?"


async def test_any_text_in_a_private_chat_is_a_question(telegram: Telegram, store: Store) -> None:
    (reply,) = await telegram.send(QUESTION)
    assert reply["chat_id"] == USER_ID
    assert "reply_parameters" not in reply
    assert telegram.api.texts()[0].startswith("Azerbaijan became a member of the United Nations on 2 March 1992.")
    assert "<b>" in reply["text"]  # the direct answer first, in bold
    assert html_problems(reply["text"]) == []
    assert [label for label, _ in buttons(reply)] == ["Sources", "👍", "👎"]
    assert (await store.stats()).questions == 1


async def test_an_unanswerable_question_is_refused_with_did_you_mean(telegram: Telegram) -> None:
    (reply,) = await telegram.send("What is the capital of Mars?")
    assert telegram.api.texts()[0].startswith("I don't have that in my sources, so I won't guess.")
    assert [data.split(":")[1] for _, data in buttons(reply)] == ["dym"] * len(buttons(reply))


async def test_group_chatter_not_addressed_to_the_bot_gets_silence_and_is_not_logged(
    telegram: Telegram, store: Store
) -> None:
    assert await telegram.send(QUESTION, chat_type="supergroup") == []
    assert await telegram.send(f"ask @someone_else: {QUESTION}", chat_type="supergroup") == []
    other = bot_message(42, chat(GROUP_ID, "supergroup"))
    other["from"] = {"id": 999, "is_bot": False, "first_name": "Not the bot"}
    assert await telegram.send(QUESTION, chat_type="supergroup", reply_to=other) == []
    assert telegram.api.calls == []
    assert (await store.stats()).questions == 0


async def test_a_mention_in_a_group_is_answered_as_a_reply(telegram: Telegram) -> None:
    (reply,) = await telegram.send(f"@azun_fact_bot {QUESTION}", chat_type="supergroup")
    assert reply["chat_id"] == GROUP_ID
    assert reply["reply_parameters"]["message_id"] > 0
    assert "2 March 1992" in telegram.api.texts()[0]


async def test_a_reply_to_the_bot_in_a_group_is_answered(telegram: Telegram) -> None:
    earlier = bot_message(4321, chat(GROUP_ID, "supergroup"))
    assert earlier["from"]["id"] == BOT_ID
    (reply,) = await telegram.send(QUESTION, chat_type="supergroup", reply_to=earlier)
    assert reply["reply_parameters"]["message_id"] > 0


async def test_the_same_answer_is_not_repeated_in_a_group_within_the_window(
    telegram: Telegram, clock: FakeClock
) -> None:
    await telegram.send(f"@azun_fact_bot {QUESTION}", chat_type="supergroup")
    answer_id = _last_message_id(telegram)
    clock.advance(10)
    (again,) = await telegram.send(f"@azun_fact_bot {QUESTION}", chat_type="supergroup", from_user=user(77))
    assert telegram.api.texts() == ["I answered that just above."]
    assert again["reply_parameters"]["message_id"] == answer_id
    clock.advance(200)
    await telegram.send(f"@azun_fact_bot {QUESTION}", chat_type="supergroup")
    assert "2 March 1992" in telegram.api.texts()[0]


def _last_message_id(telegram: Telegram) -> int:
    """The id the fake Bot API gave the last message sent."""
    return telegram.api.message_ids[-1]


async def test_lang_fr_then_a_question_is_answered_in_french(telegram: Telegram) -> None:
    await telegram.send("/lang fr")
    await telegram.send("Когда Азербайджан вступил в ООН?")
    text = telegram.api.texts()[0]
    assert text.startswith("L'Azerbaïdjan est devenu membre de l'Organisation des Nations unies le 2 mars 1992.")
    assert "(Vous avez écrit en russe ; je réponds en français.)" in text


async def test_a_follow_up_is_answered_from_the_stored_context(telegram: Telegram) -> None:
    await telegram.send("Who did Jeyhun Bayramov meet in 2023?")
    await telegram.send("when was that?")
    assert "May 2023" in telegram.api.texts()[0]


async def test_the_flood_limit_is_polite(telegram: Telegram) -> None:
    limit = telegram.app.bot_data.settings.flood_limit
    for _ in range(limit):
        await telegram.send(QUESTION)
    await telegram.send(QUESTION)
    assert telegram.api.texts() == [
        "You are asking faster than I can look things up. Please wait a minute, then ask again."
    ]
    assert await telegram.send(QUESTION) == []


async def test_edited_messages_are_not_answered_again(telegram: Telegram) -> None:
    data = message_json(QUESTION)
    data["edited_message"] = data.pop("message")
    await telegram.process(Update.de_json(data, telegram.app.bot))
    assert telegram.api.calls == []

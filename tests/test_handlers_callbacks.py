"""Every kind of button through the real update processing; forged, stale and foreign presses."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest

from tests.conftest import FakeClock, Telegram
from tests.telegram_fakes import GROUP_ID, OTHER_GROUP_ID, button_data, buttons, html_problems, user

EXPIRED = "This button has expired, ask again."


async def ask(telegram: Telegram, text: str, **fields: object) -> tuple[dict[str, object], int]:
    """Send a message; return the bot's (last) reply and its message id."""
    replies = await telegram.send(text, **fields)  # type: ignore[arg-type]
    return replies[-1], telegram.api.message_ids[-1]


def callback_answer(telegram: Telegram) -> dict[str, object]:
    (answered,) = telegram.api.of("answerCallbackQuery")
    return answered


async def test_paging_edits_the_message_to_the_next_page(telegram: Telegram) -> None:
    reply, message_id = await ask(telegram, "/timeline")
    (edit,) = await telegram.press(button_data(reply, "v1:pg:"), message_id=message_id)
    assert telegram.api.calls[0].method == "answerCallbackQuery"  # the spinner stops first
    assert edit["message_id"] == message_id
    assert html_problems(edit["text"]) == []
    labels = [label for label, _ in buttons(edit)]
    assert labels[:2] == ["« Previous", labels[1]]
    assert labels[1].startswith("2/")
    (back,) = await telegram.press(button_data(edit, "v1:pg:"), message_id=message_id)
    assert buttons(back)[0][0].startswith("1/")


async def test_sources_expands_to_full_citations(telegram: Telegram) -> None:
    reply, message_id = await ask(telegram, "When did Azerbaijan join the UN?")
    assert "«" not in telegram.api.texts()[0]
    (edit,) = await telegram.press(button_data(reply, "v1:src:"), message_id=message_id)
    text = telegram.api.texts()[0]
    assert "«Cooperation between the Republic of Azerbaijan and the United Nations (overview article)», para. 2" in text
    assert [label for label, _ in buttons(edit)] == ["👍", "👎"]


async def test_pressing_sources_twice_is_harmless(telegram: Telegram) -> None:
    reply, message_id = await ask(telegram, "When did Azerbaijan join the UN?")
    data = button_data(reply, "v1:src:")
    await telegram.press(data, message_id=message_id)
    telegram.api.fail("editMessageText", BadRequest("Message is not modified: specified new message content"))
    await telegram.press(data, message_id=message_id)
    assert telegram.api.of("sendMessage") == []  # no apology: nothing went wrong


async def test_did_you_mean_answers_the_suggestion_as_a_new_message(telegram: Telegram) -> None:
    reply, message_id = await ask(telegram, "What is the capital of Mars?")
    (answer,) = await telegram.press(button_data(reply, "v1:dym:"), message_id=message_id)
    assert answer["text"] != reply["text"]
    assert "message_id" not in answer  # sent, not edited
    assert str(answer["text"]).startswith("<b>")  # an answer this time, not a refusal
    assert "reply_parameters" not in answer  # private chats need no quoting


async def test_did_you_mean_in_a_group_replies_to_the_refusal(telegram: Telegram) -> None:
    reply, message_id = await ask(telegram, "/ask What is the capital of Mars?", chat_type="supergroup")
    (answer,) = await telegram.press(button_data(reply, "v1:dym:"), message_id=message_id, chat_id=GROUP_ID,
                                     chat_type="supergroup")  # fmt: skip
    assert answer["reply_parameters"]["message_id"] == message_id


async def test_feedback_thanks_the_user_and_is_stored(telegram: Telegram) -> None:
    reply, message_id = await ask(telegram, "When did Azerbaijan join the UN?")
    assert await telegram.press(button_data(reply, "v1:fb:"), message_id=message_id) == []
    assert callback_answer(telegram)["text"] == "Thank you for your feedback!"
    stats = await telegram.app.bot_data.store.stats()
    assert stats.feedback_up == 1


@pytest.mark.parametrize(
    "data", ["nonsense", "v1:pg:AAAAAAAAAAA:0:0", "v2:pg:AAAAAAAAAAA:0:0", "v1:fb:<script>:u", "v1:dym:AAAAAAAAAAA:9"]
)
async def test_forged_or_unknown_data_gets_a_polite_answer_and_changes_nothing(telegram: Telegram, data: str) -> None:
    await ask(telegram, "/timeline")
    assert await telegram.press(data, message_id=1) == []
    assert callback_answer(telegram)["text"] == EXPIRED
    assert telegram.api.of("sendMessage") == []


async def test_a_button_pressed_in_another_chat_expires(telegram: Telegram) -> None:
    reply, message_id = await ask(telegram, "/timeline", chat_type="supergroup")
    data = button_data(reply, "v1:pg:")
    assert await telegram.press(data, message_id=message_id, chat_id=OTHER_GROUP_ID, chat_type="supergroup") == []
    assert callback_answer(telegram)["text"] == EXPIRED
    # anyone in the right group may page
    edits = await telegram.press(data, message_id=message_id, chat_id=GROUP_ID, chat_type="supergroup",
                                 from_user=user(55))  # fmt: skip
    assert len(edits) == 1


async def test_a_stale_button_expires(telegram: Telegram, clock: FakeClock) -> None:
    reply, message_id = await ask(telegram, "/timeline")
    clock.advance(40 * 24 * 3600)
    assert await telegram.press(button_data(reply, "v1:pg:"), message_id=message_id) == []
    assert callback_answer(telegram)["text"] == EXPIRED


async def test_the_page_counter_answers_silently(telegram: Telegram) -> None:
    _, message_id = await ask(telegram, "/timeline")
    assert await telegram.press("v1:nop", message_id=message_id) == []
    assert "text" not in callback_answer(telegram)

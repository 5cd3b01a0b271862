"""The error handler: a failing handler gets the user a short message, and the log holds no secret."""

from __future__ import annotations

import logging

import pytest

from tests.conftest import Telegram
from tests.telegram_fakes import TOKEN, callback_update, user


async def explode(*args: object) -> None:
    raise RuntimeError(f"boom while calling https://api.telegram.org/bot{TOKEN}/sendMessage")


@pytest.fixture
def exploding(telegram: Telegram, monkeypatch: pytest.MonkeyPatch) -> Telegram:
    """The application with a core that fails on every message and button."""
    conversation = telegram.app.bot_data.conversation
    monkeypatch.setattr(conversation, "on_message", explode)
    monkeypatch.setattr(conversation, "on_button", explode)
    return telegram


async def test_a_failing_handler_gets_the_user_a_short_apology(
    exploding: Telegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    await exploding.send("When did Azerbaijan join the UN?")
    assert exploding.api.texts() == ["Sorry, something went wrong on my side. Please try again."]
    assert "Traceback" not in exploding.api.texts()[0]
    assert "RuntimeError: boom" in caplog.text
    assert "When did Azerbaijan join the UN?" in caplog.text  # the update, for context
    secret = TOKEN.partition(":")[2]
    assert secret not in caplog.text
    assert "***" in caplog.text


async def test_the_apology_is_in_the_chat_language(exploding: Telegram) -> None:
    await exploding.send("Bonjour", from_user=user(language_code="fr"))
    assert exploding.api.texts() == ["Désolé, un problème est survenu de mon côté. Veuillez réessayer."]


async def test_a_failing_button_still_answers_the_callback_query(exploding: Telegram) -> None:
    await exploding.process(callback_update("v1:nop", message_id=1, bot=exploding.app.bot))
    (answered,) = exploding.api.of("answerCallbackQuery")
    assert answered["text"] == "Sorry, something went wrong on my side. Please try again."

"""The application's wiring: handlers in order, command menus, typed bot_data, redacted logs."""

from __future__ import annotations

import logging

import pytest
from telegram.ext import CallbackQueryHandler, CommandHandler, InlineQueryHandler, MessageHandler, TypeHandler

from bot.app import RedactingFilter, build_application, configure_logging
from bot.config import Settings
from bot.conversation import Conversation, EngineHolder
from bot.store import Store
from handlers.context import BotApplication, BotData
from tests.telegram_fakes import BOT_USERNAME, TOKEN, FakeBotApi


def test_handlers_are_registered_in_a_visible_order(app: BotApplication) -> None:
    assert [type(h) for h in app.handlers[-1]] == [TypeHandler]
    kinds = [type(h) for h in app.handlers[0]]
    assert kinds == [CommandHandler, CommandHandler, MessageHandler, MessageHandler, CallbackQueryHandler,
                     InlineQueryHandler]  # fmt: skip
    admin, public = app.handlers[0][0], app.handlers[0][1]
    assert isinstance(admin, CommandHandler)
    assert admin.commands == frozenset({"stats", "unanswered", "reload"})
    assert isinstance(public, CommandHandler)
    assert {"meetings", "who", "on", "start"} <= public.commands
    assert len(app.error_handlers) == 1


def test_bot_data_is_typed_and_filled(app: BotApplication) -> None:
    assert isinstance(app.bot_data, BotData)
    assert isinstance(app.bot_data.conversation, Conversation)
    assert app.bot_data.username == BOT_USERNAME
    assert app.bot_data.conversation.bot_username == BOT_USERNAME


async def test_post_init_registers_english_and_french_menus_for_private_chats_and_groups(
    settings: Settings, holder: EngineHolder, store: Store
) -> None:
    api = FakeBotApi()
    application = build_application(settings, holder, store, request=api)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    menus = api.of("setMyCommands")
    assert {(m["scope"]["type"], m.get("language_code")) for m in menus} == {
        (scope, lang) for scope in ("all_private_chats", "all_group_chats") for lang in (None, "en", "fr")
    }
    private_fr = next(m for m in menus if m["scope"]["type"] == "all_private_chats" and m.get("language_code") == "fr")
    assert {"command": "meetings", "description": "Rencontres, par personne ou par année"} in private_fr["commands"]
    group = next(m for m in menus if m["scope"]["type"] == "all_group_chats" and "language_code" not in m)
    assert "start" not in {c["command"] for c in group["commands"]}
    assert not {"stats", "reload"} & {c["command"] for m in menus for c in m["commands"]}
    await application.shutdown()


async def test_a_failure_to_register_menus_does_not_stop_the_bot(
    settings: Settings, holder: EngineHolder, store: Store
) -> None:
    api = FakeBotApi()
    api.fail("setMyCommands", (400, {"ok": False, "error_code": 400, "description": "Bad Request: nope"}))
    application = build_application(settings, holder, store, request=api)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    assert application.bot_data.username == BOT_USERNAME
    await application.shutdown()


async def test_webhook_mode_keeps_the_updater(settings: Settings, holder: EngineHolder, store: Store) -> None:
    assert build_application(settings, holder, store, polling=False, request=FakeBotApi()).updater is not None
    assert build_application(settings, holder, store, request=FakeBotApi()).updater is None


async def test_post_shutdown_closes_the_store(settings: Settings, holder: EngineHolder, store: Store) -> None:
    application = build_application(settings, holder, store, request=FakeBotApi())
    assert application.post_shutdown is not None
    await application.post_shutdown(application)
    with pytest.raises(ValueError, match="closed"):
        await store.stats()


def test_the_redacting_filter_hides_the_token_in_messages_arguments_and_tracebacks(settings: Settings) -> None:
    secret = TOKEN.partition(":")[2]
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "HTTP Request: POST %s", (f"https://x/bot{TOKEN}/getMe",), None
    )
    try:
        raise RuntimeError(f"failed with {secret}")
    except RuntimeError as error:
        record.exc_info = (type(error), error, error.__traceback__)
    RedactingFilter(settings.redact).filter(record)
    formatted = logging.Formatter().format(record)
    assert secret not in formatted
    assert "https://x/bot***/getMe" in formatted
    assert "RuntimeError: failed with ***" in formatted


def test_configure_logging_filters_every_handler_and_quiets_httpx(settings: Settings) -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler()
    root.addHandler(handler)
    try:
        configure_logging(settings)
        assert any(isinstance(f, RedactingFilter) for f in handler.filters)
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        root.removeHandler(handler)
        for other in root.handlers:
            for added in [f for f in other.filters if isinstance(f, RedactingFilter)]:
                other.removeFilter(added)
        logging.getLogger("httpx").setLevel(logging.NOTSET)
        logging.getLogger("httpcore").setLevel(logging.NOTSET)


def test_build_application_needs_a_token(holder: EngineHolder, store: Store) -> None:
    with pytest.raises(ValueError, match="telegram_bot_token"):
        build_application(Settings(), holder, store)

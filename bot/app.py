"""The Telegram application: assembled in one function, run by polling (crash-safe inbox) or webhook."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, Defaults, ExtBot, TypeHandler
from telegram.request import BaseRequest

from bot.commands import COMMANDS, describe
from bot.config import Settings
from bot.conversation import Conversation, EngineHolder
from bot.polling import serve
from bot.store import Store
from handlers.admin import admin_handler
from handlers.callbacks import button_handler
from handlers.commands import command_handler, unknown_command_handler
from handlers.context import BotApplication, BotData
from handlers.delivery import skip_answered
from handlers.errors import on_error
from handlers.inline import inline_handler
from handlers.questions import question_handler

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
RATE_LIMIT_RETRIES = 3  # AIORateLimiter waits out Telegram's RetryAfter this many times
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 15.0
WRITE_TIMEOUT = 15.0
POOL_TIMEOUT = 5.0
MENU_LANGS = (None, "en", "fr")  # None: the default menu, for users of any other language


def build_application(
    settings: Settings,
    engines: EngineHolder,
    store: Store,
    *,
    polling: bool = True,
    request: BaseRequest | None = None,
) -> BotApplication:
    """Assemble the bot: settings, core, handlers in the order they are tried, then the error handler.

    `request` replaces the HTTP layer (tests); `polling=False` keeps python-telegram-bot's Updater,
    which webhook mode needs.
    """
    if not settings.telegram_bot_token:
        raise ValueError("build_application needs settings.telegram_bot_token")
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .context_types(ContextTypes(bot_data=BotData))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = (
            builder.connect_timeout(CONNECT_TIMEOUT)
            .read_timeout(READ_TIMEOUT)
            .write_timeout(WRITE_TIMEOUT)
            .pool_timeout(POOL_TIMEOUT)
            .get_updates_connect_timeout(CONNECT_TIMEOUT)
            .get_updates_read_timeout(READ_TIMEOUT)
        )
    if polling:
        builder = builder.updater(None)
    application: BotApplication = builder.build()

    data = application.bot_data
    data.settings = settings
    data.store = store
    data.conversation = Conversation(engines, store, settings)

    # A replayed update that was already answered stops here, before any handler.
    application.add_handler(TypeHandler(Update, skip_answered), group=-1)
    application.add_handler(admin_handler())
    application.add_handler(command_handler())
    application.add_handler(unknown_command_handler())
    application.add_handler(question_handler())
    application.add_handler(button_handler())
    application.add_handler(inline_handler())
    application.add_error_handler(on_error)
    return application


async def _post_init(application: BotApplication) -> None:
    """Remember the bot's username (group mentions) and register the command menus."""
    data = application.bot_data
    data.username = application.bot.username
    data.conversation.bot_username = application.bot.username
    if data.settings.mode == "webhook" and data.settings.health_file is not None:
        data.heartbeat = asyncio.create_task(_heartbeat(data.settings.health_file))
    try:
        await register_commands(application.bot)
    except TelegramError as error:
        # The menus are a convenience: the bot answers commands without them.
        logger.warning("Could not register the command menus: %s", application.bot_data.settings.redact(str(error)))


async def register_commands(bot: ExtBot[int]) -> None:
    """The command menus, in English and French, for private chats and for groups."""
    scopes: tuple[tuple[BotCommandScope, bool], ...] = (
        (BotCommandScopeAllPrivateChats(), True),
        (BotCommandScopeAllGroupChats(), False),
    )
    for scope, private in scopes:
        for lang in MENU_LANGS:
            menu = [
                BotCommand(spec.name, describe(spec.name, lang or "en"))
                for spec in COMMANDS
                if private or spec.in_group_menu
            ]
            await bot.set_my_commands(menu, scope=scope, language_code=lang)


async def _post_shutdown(application: BotApplication) -> None:
    """Stop the heartbeat and close the store."""
    data = application.bot_data
    if data.heartbeat is not None:
        data.heartbeat.cancel()
    await data.store.close()


class RedactingFilter(logging.Filter):
    """Hide secrets in every log record: message, arguments and traceback (httpx logs URLs with the token)."""

    def __init__(self, redact: Callable[[str], str]) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redact(record.stack_info)
        return True


def configure_logging(settings: Settings) -> None:
    """Log to stderr at the configured level, with secrets redacted on every handler."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=settings.log_level)
    redacting = RedactingFilter(settings.redact)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redacting)
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def run(settings: Settings, engines: EngineHolder) -> None:
    """Run the bot until SIGINT or SIGTERM: polling through the inbox, or a webhook server.

    A fatal error is logged (through the redacting handlers) and ends the process with status 1: left to
    Python's default handler, its traceback would reach stderr unredacted, and python-telegram-bot puts the
    whole token in the message of a rejected token.
    """
    # Opt in to python-telegram-bot's coming timedelta durations (RetryAfter); ints warn in v22.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    try:
        if settings.mode == "webhook":
            _run_webhook(settings, engines)
        else:
            asyncio.run(_run_polling(settings, engines))
    except InvalidToken:
        logger.critical(
            "Telegram rejected the bot token (or %s is not a Bot API server): check TELEGRAM_BOT_TOKEN "
            "and TELEGRAM_API_BASE_URL",
            settings.telegram_api_base_url,
        )
        raise SystemExit(1) from None
    except Exception:
        logger.critical("The bot stopped on an unexpected error", exc_info=True)
        raise SystemExit(1) from None


async def _run_polling(settings: Settings, engines: EngineHolder) -> None:
    store = await Store.open(settings.database)
    try:
        application = build_application(settings, engines, store)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        logger.info("Polling for updates (database %s)", settings.database)
        await serve(application, stop, allowed_updates=ALLOWED_UPDATES, health_file=settings.health_file)
    finally:
        # serve() closes it on a normal stop; a failure before that (a rejected token) must close it too, or
        # aiosqlite's worker thread keeps the process alive for ever.
        await store.close()


def _run_webhook(settings: Settings, engines: EngineHolder) -> None:
    # run_webhook drives its own event loop: open the store in that same loop first.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    store = loop.run_until_complete(Store.open(settings.database))
    application = build_application(settings, engines, store, polling=False)
    logger.info(
        "Serving the webhook on %s:%d/%s", settings.webhook_listen, settings.webhook_port, settings.webhook_path
    )
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=settings.webhook_path,
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret_token,
        allowed_updates=list(ALLOWED_UPDATES),
    )


async def _heartbeat(path: Path, every: float = 30.0) -> None:
    """Touch the health file while the webhook server runs (polling touches it every cycle)."""
    while True:
        try:
            await asyncio.to_thread(path.touch)
        except OSError as error:
            logger.warning("Cannot touch the health file %s: %s", path, error)
        await asyncio.sleep(every)

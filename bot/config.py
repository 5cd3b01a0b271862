"""Settings read from environment variables and an optional `.env` file."""

from __future__ import annotations

import ipaddress
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from dotenv import dotenv_values

ENV_FILE_VARIABLE = "BOT_ENV_FILE"
DEFAULT_ENV_FILE = ".env"
APP_NAME = "azun-factbot"
MASK = "***"

TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
SECRET_TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
MODES = ("polling", "webhook")
# A URL path segment list: no query, fragment, spaces or percent-escapes to go wrong behind a proxy.
_WEBHOOK_PATH_PATTERN = re.compile(r"^[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]+)*$")
_HOSTNAME_PATTERN = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*$")


class ConfigError(Exception):
    """The settings cannot be used; the message lists every bad variable, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class _InvalidValueError(ValueError):
    """A parser's complaint: what the variable must be (the variable name is added by the caller)."""


def _shown(value: str) -> str:
    """Quote a bad value for a message."""
    # Never shortened: a cut could leave part of a misplaced secret that redaction no longer recognises.
    return repr(value)


# Parsers take the raw text (already stripped, never empty) and the merged environment, and either return
# the typed value or raise _InvalidValueError("must be ..., not 'x'") (secret parsers omit the value).


def _token(value: str, env: Mapping[str, str]) -> str:
    if not TOKEN_PATTERN.fullmatch(value):
        raise _InvalidValueError(
            "must look like '<bot id>:<secret>' (digits, a colon, then at least 20 of A-Z a-z 0-9 _ -) "
            "as given by @BotFather; the value given does not"
        )
    return value


def _http_url(value: str, env: Mapping[str, str]) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _InvalidValueError(f"must be an http:// or https:// URL, not {_shown(value)}")
    return value


def _https_url(value: str, env: Mapping[str, str]) -> str:
    parts = urlsplit(value)
    # Telegram only delivers webhooks over HTTPS.
    if parts.scheme != "https" or not parts.hostname:
        raise _InvalidValueError(f"must be an https:// URL, not {_shown(value)}")
    return value


def _admin_ids(value: str, env: Mapping[str, str]) -> frozenset[int]:
    ids: set[int] = set()
    bad: list[str] = []
    for piece in value.replace(",", " ").split():
        try:
            number = int(piece)
        except ValueError:
            bad.append(piece)
            continue
        if number <= 0:
            bad.append(piece)
        else:
            ids.add(number)
    if bad:
        raise _InvalidValueError(
            f"must be positive Telegram user ids separated by commas or spaces, not {_shown(value)} "
            f"(bad: {', '.join(_shown(b) for b in bad)})"
        )
    return frozenset(ids)


def _data_home(env: Mapping[str, str]) -> str:
    # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    configured = env.get("XDG_DATA_HOME", "").strip()
    return configured if configured and os.path.isabs(configured) else "~/.local/share"


def _database(value: str, env: Mapping[str, str]) -> Path:
    if value.startswith("$XDG_DATA_HOME"):
        value = _data_home(env) + value[len("$XDG_DATA_HOME") :]
    return Path(value).expanduser()


def _directory(value: str, env: Mapping[str, str]) -> Path:
    path = Path(value).expanduser()
    if not path.is_dir():
        raise _InvalidValueError(f"must be an existing directory, not {_shown(value)}")
    return path


def _path(value: str, env: Mapping[str, str]) -> Path:
    return Path(value).expanduser()


def _log_level(value: str, env: Mapping[str, str]) -> str:
    if value.upper() not in LOG_LEVELS:
        raise _InvalidValueError(f"must be one of {', '.join(LOG_LEVELS)}, not {_shown(value)}")
    return value.upper()


def _mode(value: str, env: Mapping[str, str]) -> str:
    if value.lower() not in MODES:
        raise _InvalidValueError(f"must be 'polling' or 'webhook', not {_shown(value)}")
    return value.lower()


def _listen(value: str, env: Mapping[str, str]) -> str:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        if not _HOSTNAME_PATTERN.fullmatch(value):
            expected = "an IP address or host name to listen on"
            raise _InvalidValueError(f"must be {expected}, not {_shown(value)}") from None
    return value


def _int_between(low: int, high: int | None) -> Callable[[str, Mapping[str, str]], int]:
    expected = f"a whole number from {low} to {high}" if high is not None else f"a whole number >= {low}"

    def parse(value: str, env: Mapping[str, str]) -> int:
        try:
            number = int(value)
        except ValueError:
            raise _InvalidValueError(f"must be {expected}, not {_shown(value)}") from None
        if number < low or (high is not None and number > high):
            raise _InvalidValueError(f"must be {expected}, not {_shown(value)}")
        return number

    return parse


def _non_negative_seconds(value: str, env: Mapping[str, str]) -> float:
    try:
        number = float(value)
    except ValueError:
        raise _InvalidValueError(f"must be a number of seconds >= 0, not {_shown(value)}") from None
    if not math.isfinite(number) or number < 0:
        raise _InvalidValueError(f"must be a number of seconds >= 0, not {_shown(value)}")
    return number


def _webhook_path(value: str, env: Mapping[str, str]) -> str:
    # Leading and trailing slashes are accepted and dropped: python-telegram-bot's url_path wants neither.
    stripped = value.strip("/")
    if not _WEBHOOK_PATH_PATTERN.fullmatch(stripped):
        raise _InvalidValueError(
            f"must be a URL path of A-Z a-z 0-9 . _ ~ - segments joined by '/', not {_shown(value)}"
        )
    return stripped


def _secret_token(value: str, env: Mapping[str, str]) -> str:
    if not SECRET_TOKEN_PATTERN.fullmatch(value):
        raise _InvalidValueError("must be 1-256 characters of A-Z a-z 0-9 _ -; the value given is not")
    return value


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One environment variable: its name, default text, help, parser and the Settings field it fills."""

    name: str
    default: str | None
    help: str
    parse: Callable[[str, Mapping[str, str]], Any]
    field: str
    secret: bool = False


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        ENV_FILE_VARIABLE,
        DEFAULT_ENV_FILE,
        "The .env file to read settings from (real environment variables win over it). "
        "A missing default .env is fine; a missing file named here is an error.",
        _path,
        "env_file",
    ),
    SettingSpec(
        "TELEGRAM_BOT_TOKEN",
        None,
        "The bot token from @BotFather. Without it `python -m bot run` chats in the terminal instead.",
        _token,
        "telegram_bot_token",
        secret=True,
    ),
    SettingSpec(
        "TELEGRAM_API_BASE_URL",
        "https://api.telegram.org/bot",
        "The Bot API base URL (python-telegram-bot's base_url), e.g. for a local Bot API server.",
        _http_url,
        "telegram_api_base_url",
    ),
    SettingSpec(
        "BOT_ADMIN_IDS",
        "",
        "Telegram user ids allowed to use admin commands, separated by commas or spaces.",
        _admin_ids,
        "admin_ids",
    ),
    SettingSpec(
        "BOT_DATABASE",
        f"$XDG_DATA_HOME/{APP_NAME}/bot.sqlite3",
        f"The SQLite database file (XDG_DATA_HOME defaults to ~/.local/share, "
        f"so usually ~/.local/share/{APP_NAME}/bot.sqlite3). Created on first start.",
        _database,
        "database",
    ),
    SettingSpec(
        "BOT_KNOWLEDGE_DIR",
        "",
        "The fact base directory. Empty means the bundled knowledge/ directory.",
        _directory,
        "knowledge_dir",
    ),
    SettingSpec(
        "LOG_LEVEL",
        "INFO",
        "Logging level: DEBUG, INFO, WARNING or ERROR (case-insensitive).",
        _log_level,
        "log_level",
    ),
    SettingSpec(
        "BOT_MODE",
        "polling",
        "How updates arrive: 'polling' (the bot asks Telegram) or 'webhook' (Telegram posts to the bot).",
        _mode,
        "mode",
    ),
    SettingSpec(
        "WEBHOOK_URL",
        None,
        "Webhook mode: the full public https URL Telegram posts updates to "
        "(e.g. https://bot.example.org/telegram). Required in webhook mode.",
        _https_url,
        "webhook_url",
    ),
    SettingSpec(
        "WEBHOOK_LISTEN",
        "0.0.0.0",  # noqa: S104 -- the bot runs in a container behind a reverse proxy by design.
        "Webhook mode: the address the built-in web server listens on.",
        _listen,
        "webhook_listen",
    ),
    SettingSpec(
        "WEBHOOK_PORT",
        "8443",
        "Webhook mode: the port the built-in web server listens on (1-65535).",
        _int_between(1, 65535),
        "webhook_port",
    ),
    SettingSpec(
        "WEBHOOK_PATH",
        "telegram",
        "Webhook mode: the URL path the built-in web server accepts updates on.",
        _webhook_path,
        "webhook_path",
    ),
    SettingSpec(
        "WEBHOOK_SECRET_TOKEN",
        None,
        "Webhook mode: the secret Telegram sends in every request so forged posts are refused; "
        "1-256 characters of A-Z a-z 0-9 _ -. Required in webhook mode.",
        _secret_token,
        "webhook_secret_token",
        secret=True,
    ),
    SettingSpec(
        "BOT_FLOOD_LIMIT",
        "20",
        "Questions one user may ask per minute before the bot asks them to slow down (>= 1).",
        _int_between(1, None),
        "flood_limit",
    ),
    SettingSpec(
        "BOT_GROUP_REPEAT_SECONDS",
        "120",
        "In group chats the same answer is not repeated within this many seconds (>= 0; 0 turns it off).",
        _non_negative_seconds,
        "group_repeat_seconds",
    ),
    SettingSpec(
        "BOT_HEALTH_FILE",
        "",
        "A heartbeat file the running bot touches regularly, for the Docker HEALTHCHECK. Empty means none.",
        _path,
        "health_file",
    ),
)

# Only for Settings built directly (tests); from_env honours XDG_DATA_HOME.
_DEFAULT_DATABASE = Path("~/.local/share", APP_NAME, "bot.sqlite3").expanduser()
_SECRET_FIELDS = frozenset(spec.field for spec in SETTINGS if spec.secret)


@dataclass(frozen=True, slots=True, repr=False)
class Settings:
    """The bot's settings; build it with `Settings.from_env()`."""

    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    admin_ids: frozenset[int] = frozenset()
    database: Path = _DEFAULT_DATABASE
    knowledge_dir: Path | None = None
    log_level: str = "INFO"
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"  # noqa: S104 -- see the WEBHOOK_LISTEN spec.
    webhook_port: int = 8443
    webhook_path: str = "telegram"
    webhook_secret_token: str | None = None
    flood_limit: int = 20
    group_repeat_seconds: float = 120.0
    health_file: Path | None = None
    env_file: Path | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the settings from `environ` (default os.environ) over the .env file; raise ConfigError."""
        env = dict(os.environ if environ is None else environ)
        problems: list[str] = []
        env_file, file_values = _read_env_file(env, problems)
        # Real environment variables win over the file.
        merged = {**file_values, **env}
        values: dict[str, Any] = {"env_file": env_file}
        for spec in SETTINGS:
            if spec.name == ENV_FILE_VARIABLE:
                continue
            # An empty variable means "not set": docker-compose and .env templates often leave `NAME=`.
            raw = merged.get(spec.name, "").strip() or spec.default or ""
            if not raw:
                continue  # the dataclass default (None or empty) applies
            try:
                values[spec.field] = spec.parse(raw, merged)
            except _InvalidValueError as exc:
                problems.append(f"{spec.name} {exc}")
        if values.get("mode") == "webhook":
            for name in ("WEBHOOK_URL", "WEBHOOK_SECRET_TOKEN"):
                # A variable that is set but bad has been reported already.
                if not merged.get(name, "").strip():
                    problems.append(f"{name} is required when BOT_MODE is 'webhook'")
        if problems:
            # A secret pasted into the wrong variable must not be echoed back either.
            secrets = _secret_strings(merged.get("TELEGRAM_BOT_TOKEN"), merged.get("WEBHOOK_SECRET_TOKEN"))
            raise ConfigError([_replace_all(p, secrets) for p in problems])
        return cls(**values)

    def redact(self, text: str) -> str:
        """Return `text` with the bot token and webhook secret replaced by `***`."""
        return _replace_all(text, _secret_strings(self.telegram_bot_token, self.webhook_secret_token))

    def is_admin(self, user_id: int | None) -> bool:
        """Whether `user_id` may use admin commands."""
        return user_id is not None and user_id in self.admin_ids

    def __repr__(self) -> str:
        shown = []
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name in _SECRET_FIELDS and value is not None:
                value = _masked(item.name, value)
                shown.append(f"{item.name}={value}")
            else:
                shown.append(f"{item.name}={value!r}")
        return f"Settings({', '.join(shown)})"

    __str__ = __repr__


def _masked(field: str, value: str) -> str:
    """The shown form of a secret: the bot id of a token (it is public), nothing of anything else."""
    if field == "telegram_bot_token":
        return f"'{value.partition(':')[0]}:{MASK}'"
    return f"'{MASK}'"


def _secret_strings(token: str | None, webhook_secret: str | None) -> list[str]:
    """The strings that must never be shown."""
    secrets = [s.strip() for s in (token, webhook_secret) if s and s.strip()]
    secret_part = (token or "").strip().partition(":")[2]
    # The part after the colon is the actual secret: hide it even when it appears on its own, unless it is
    # so short (a mistyped token) that hiding it would blank out ordinary words in the message.
    if len(secret_part) >= 8:
        secrets.append(secret_part)
    return secrets


def _replace_all(text: str, secrets: list[str]) -> str:
    """Replace every non-empty secret in `text`, longest first so a part never unmasks a whole."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def _read_env_file(env: Mapping[str, str], problems: list[str]) -> tuple[Path | None, dict[str, str]]:
    """Read the .env file named by BOT_ENV_FILE (default ./.env); a missing default file is fine."""
    named = env.get(ENV_FILE_VARIABLE, "").strip()
    path = Path(named or DEFAULT_ENV_FILE).expanduser()
    if not named and not path.exists():
        return None, {}
    if not path.is_file():
        problems.append(f"{ENV_FILE_VARIABLE} must name an existing file, not {_shown(str(path))}")
        return None, {}
    try:
        # interpolate=False: a value is used as written; expanding ${...} from the process environment
        # would make the same file mean different things in different shells.
        raw = dotenv_values(path, interpolate=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{ENV_FILE_VARIABLE}: cannot read {_shown(str(path))}: {exc.__class__.__name__}")
        return None, {}
    # A bare `NAME` line without '=' parses as None: treat it as not set.
    return path, {key: value for key, value in raw.items() if value is not None}

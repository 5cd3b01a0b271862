"""Settings: defaults, parsing, error messages, secrecy and the .env file."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from bot.config import SETTINGS, ConfigError, Settings

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
TOKEN_SECRET = TOKEN.partition(":")[2]
WEBHOOK_SECRET = "s3cr3t-Webhook_token"
HOME_DATABASE = Path("~/.local/share/azun-factbot/bot.sqlite3").expanduser()


@pytest.fixture(autouse=True)
def _no_stray_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in an empty directory so a developer's own .env is never read."""
    monkeypatch.chdir(tmp_path)


VALID_CASES: list[tuple[dict[str, str], dict[str, Any]]] = [
    (
        {},
        {
            "telegram_bot_token": None,
            "telegram_api_base_url": "https://api.telegram.org/bot",
            "admin_ids": frozenset(),
            "database": HOME_DATABASE,
            "knowledge_dir": None,
            "log_level": "INFO",
            "mode": "polling",
            "webhook_url": None,
            "webhook_listen": "0.0.0.0",
            "webhook_port": 8443,
            "webhook_path": "telegram",
            "webhook_secret_token": None,
            "flood_limit": 20,
            "group_repeat_seconds": 120.0,
            "health_file": None,
            "env_file": None,
        },
    ),
    ({"TELEGRAM_BOT_TOKEN": f"  {TOKEN}\n"}, {"telegram_bot_token": TOKEN}),
    (
        {"TELEGRAM_API_BASE_URL": "http://localhost:8081/bot"},
        {"telegram_api_base_url": "http://localhost:8081/bot"},
    ),
    ({"BOT_ADMIN_IDS": "1, 2 3,,4"}, {"admin_ids": frozenset({1, 2, 3, 4})}),
    ({"BOT_ADMIN_IDS": "   "}, {"admin_ids": frozenset()}),
    ({"XDG_DATA_HOME": "/data"}, {"database": Path("/data/azun-factbot/bot.sqlite3")}),
    # The XDG spec says a relative XDG_DATA_HOME is ignored.
    ({"XDG_DATA_HOME": "relative/dir"}, {"database": HOME_DATABASE}),
    ({"BOT_DATABASE": "~/bot.db"}, {"database": Path.home() / "bot.db"}),
    ({"BOT_DATABASE": "/var/lib/bot/bot.sqlite3"}, {"database": Path("/var/lib/bot/bot.sqlite3")}),
    ({"LOG_LEVEL": "debug"}, {"log_level": "DEBUG"}),
    ({"LOG_LEVEL": "Warning"}, {"log_level": "WARNING"}),
    (
        {
            "BOT_MODE": "Webhook",
            "WEBHOOK_URL": "https://bot.example.org/telegram",
            "WEBHOOK_SECRET_TOKEN": "x",
        },
        {"mode": "webhook", "webhook_url": "https://bot.example.org/telegram", "webhook_secret_token": "x"},
    ),
    (
        {"WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": "65535"},
        {"webhook_listen": "127.0.0.1", "webhook_port": 65535},
    ),
    ({"WEBHOOK_LISTEN": "::", "WEBHOOK_PORT": "1"}, {"webhook_listen": "::", "webhook_port": 1}),
    ({"WEBHOOK_PATH": "/hooks/tg/"}, {"webhook_path": "hooks/tg"}),
    ({"WEBHOOK_SECRET_TOKEN": "a" * 256}, {"webhook_secret_token": "a" * 256}),
    ({"BOT_FLOOD_LIMIT": "1"}, {"flood_limit": 1}),
    # An empty variable (as docker-compose templates leave them) means the default.
    ({"BOT_FLOOD_LIMIT": ""}, {"flood_limit": 20}),
    ({"BOT_GROUP_REPEAT_SECONDS": "0"}, {"group_repeat_seconds": 0.0}),
    ({"BOT_GROUP_REPEAT_SECONDS": "2.5"}, {"group_repeat_seconds": 2.5}),
    ({"BOT_HEALTH_FILE": "/tmp/heartbeat"}, {"health_file": Path("/tmp/heartbeat")}),
]


@pytest.mark.parametrize(("env", "expected"), VALID_CASES)
def test_valid_settings(env: dict[str, str], expected: dict[str, Any]) -> None:
    settings = Settings.from_env(env)
    for field, value in expected.items():
        assert getattr(settings, field) == value, field


ERROR_CASES: list[tuple[dict[str, str], str]] = [
    ({"BOT_MODE": "poll"}, "BOT_MODE must be 'polling' or 'webhook', not 'poll'"),
    ({"LOG_LEVEL": "verbose"}, "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, not 'verbose'"),
    ({"WEBHOOK_PORT": "0"}, "WEBHOOK_PORT must be a whole number from 1 to 65535, not '0'"),
    ({"WEBHOOK_PORT": "70000"}, "WEBHOOK_PORT must be a whole number from 1 to 65535, not '70000'"),
    ({"WEBHOOK_PORT": "https"}, "WEBHOOK_PORT must be a whole number from 1 to 65535, not 'https'"),
    ({"BOT_FLOOD_LIMIT": "0"}, "BOT_FLOOD_LIMIT must be a whole number >= 1, not '0'"),
    (
        {"BOT_GROUP_REPEAT_SECONDS": "-1"},
        "BOT_GROUP_REPEAT_SECONDS must be a number of seconds >= 0, not '-1'",
    ),
    (
        {"BOT_GROUP_REPEAT_SECONDS": "nan"},
        "BOT_GROUP_REPEAT_SECONDS must be a number of seconds >= 0, not 'nan'",
    ),
    (
        {"BOT_ADMIN_IDS": "12, abc, -5"},
        "BOT_ADMIN_IDS must be positive Telegram user ids separated by commas or spaces, "
        "not '12, abc, -5' (bad: 'abc', '-5')",
    ),
    (
        {"TELEGRAM_API_BASE_URL": "api.telegram.org/bot"},
        "TELEGRAM_API_BASE_URL must be an http:// or https:// URL, not 'api.telegram.org/bot'",
    ),
    ({"TELEGRAM_API_BASE_URL": "ftp://x/bot"}, "TELEGRAM_API_BASE_URL must be an http:// or https:// URL"),
    (
        {"WEBHOOK_URL": "http://bot.example.org/tg"},
        "WEBHOOK_URL must be an https:// URL, not 'http://bot.example.org/tg'",
    ),
    ({"WEBHOOK_LISTEN": "not a host!"}, "WEBHOOK_LISTEN must be an IP address or host name to listen on"),
    ({"WEBHOOK_PATH": "a b"}, "WEBHOOK_PATH must be a URL path"),
    ({"WEBHOOK_PATH": "tg?x=1"}, "WEBHOOK_PATH must be a URL path"),
    ({"TELEGRAM_BOT_TOKEN": "123456:short"}, "TELEGRAM_BOT_TOKEN must look like '<bot id>:<secret>'"),
    ({"TELEGRAM_BOT_TOKEN": "no-colon-at-all-in-this-token-xx"}, "TELEGRAM_BOT_TOKEN must look like"),
    (
        {"WEBHOOK_SECRET_TOKEN": "has spaces"},
        "WEBHOOK_SECRET_TOKEN must be 1-256 characters of A-Z a-z 0-9 _ -",
    ),
    ({"WEBHOOK_SECRET_TOKEN": "a" * 257}, "WEBHOOK_SECRET_TOKEN must be 1-256 characters"),
    (
        {"BOT_KNOWLEDGE_DIR": "/no/such/dir"},
        "BOT_KNOWLEDGE_DIR must be an existing directory, not '/no/such/dir'",
    ),
    ({"BOT_ENV_FILE": "/no/such/.env"}, "BOT_ENV_FILE must name an existing file, not '/no/such/.env'"),
    (
        {"BOT_MODE": "webhook", "WEBHOOK_SECRET_TOKEN": "x"},
        "WEBHOOK_URL is required when BOT_MODE is 'webhook'",
    ),
    (
        {"BOT_MODE": "webhook", "WEBHOOK_URL": "https://bot.example.org/tg"},
        "WEBHOOK_SECRET_TOKEN is required when BOT_MODE is 'webhook'",
    ),
]


@pytest.mark.parametrize(("env", "message"), ERROR_CASES)
def test_bad_setting_is_explained(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env(env)
    assert message in str(caught.value)


def test_every_bad_variable_is_reported_one_per_line() -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"BOT_MODE": "poll", "WEBHOOK_PORT": "0", "LOG_LEVEL": "loud", "BOT_FLOOD_LIMIT": "x"})
    lines = str(caught.value).splitlines()
    assert len(lines) == 4
    assert caught.value.problems == lines
    assert [line.split()[0] for line in lines] == ["LOG_LEVEL", "BOT_MODE", "WEBHOOK_PORT", "BOT_FLOOD_LIMIT"]


def test_webhook_mode_lists_both_missing_variables() -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"BOT_MODE": "webhook"})
    assert str(caught.value).splitlines() == [
        "WEBHOOK_URL is required when BOT_MODE is 'webhook'",
        "WEBHOOK_SECRET_TOKEN is required when BOT_MODE is 'webhook'",
    ]


def test_knowledge_dir_that_exists(tmp_path: Path) -> None:
    assert Settings.from_env({"BOT_KNOWLEDGE_DIR": str(tmp_path)}).knowledge_dir == tmp_path


def test_settings_are_frozen() -> None:
    settings = Settings.from_env({})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.flood_limit = 1  # type: ignore[misc]


# -- secrets --


def test_repr_and_str_mask_the_token_and_webhook_secret() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET_TOKEN": WEBHOOK_SECRET})
    for shown in (repr(settings), str(settings), f"{settings}", f"{settings!r}"):
        assert TOKEN_SECRET not in shown
        assert WEBHOOK_SECRET not in shown
        assert "telegram_bot_token='123456789:***'" in shown
        assert "webhook_secret_token='***'" in shown
    # The real values are still there for the code that needs them.
    assert settings.telegram_bot_token == TOKEN
    assert settings.webhook_secret_token == WEBHOOK_SECRET


def test_redact_hides_the_token_anywhere_in_a_string() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET_TOKEN": WEBHOOK_SECRET})
    text = f"POST https://api.telegram.org/bot{TOKEN}/getMe failed; secret={TOKEN_SECRET} hook={WEBHOOK_SECRET}"
    redacted = settings.redact(text)
    assert redacted == "POST https://api.telegram.org/bot***/getMe failed; secret=*** hook=***"
    assert Settings.from_env({}).redact(text) == text


@pytest.mark.parametrize(
    "env",
    [
        {"TELEGRAM_BOT_TOKEN": "123456:tooShortSecret"},
        {"TELEGRAM_BOT_TOKEN": TOKEN + " trailing words"},
        {"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_ADMIN_IDS": TOKEN},
        {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": f"api.telegram.org/bot{TOKEN}"},
        {"TELEGRAM_BOT_TOKEN": "1:x", "BOT_MODE": "webhook"},
        {"WEBHOOK_SECRET_TOKEN": "not valid!", "WEBHOOK_PATH": "not valid!"},
    ],
)
def test_errors_never_show_secrets(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env(env)
    shown = f"{caught.value}\n{caught.value!r}\n{caught.value.problems}"
    for secret in (env.get("TELEGRAM_BOT_TOKEN"), env.get("WEBHOOK_SECRET_TOKEN")):
        if secret:
            assert secret not in shown
    assert TOKEN_SECRET not in shown


# -- .env file --


def test_env_file_in_current_directory_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        f"# comment\nTELEGRAM_BOT_TOKEN={TOKEN}\nLOG_LEVEL=debug\nBOT_FLOOD_LIMIT='7'\nBARE_NAME\n",
        encoding="utf-8",
    )
    settings = Settings.from_env({"LOG_LEVEL": "error"})
    assert settings.telegram_bot_token == TOKEN
    assert settings.flood_limit == 7
    assert settings.log_level == "ERROR"
    assert settings.env_file == Path(".env")


def test_env_file_named_by_bot_env_file(tmp_path: Path) -> None:
    other = tmp_path / "conf" / "bot.env"
    other.parent.mkdir()
    other.write_text('BOT_ADMIN_IDS="10 20"\nBOT_MODE=webhook\n', encoding="utf-8")
    (tmp_path / ".env").write_text("BOT_ADMIN_IDS=99\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="WEBHOOK_URL is required"):
        Settings.from_env({"BOT_ENV_FILE": str(other)})
    settings = Settings.from_env({"BOT_ENV_FILE": str(other), "BOT_MODE": "polling"})
    assert settings.admin_ids == frozenset({10, 20})
    assert settings.env_file == other


def test_bad_value_in_env_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("WEBHOOK_PORT=eighty\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="WEBHOOK_PORT must be a whole number from 1 to 65535, not 'eighty'"):
        Settings.from_env({})


def test_env_file_values_are_not_interpolated(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("BOT_HEALTH_FILE=${HOME}/hb\n", encoding="utf-8")
    assert Settings.from_env({}).health_file == Path("${HOME}/hb")


def test_default_reads_os_environ(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for spec in SETTINGS:
        monkeypatch.delenv(spec.name, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    (tmp_path / ".env").write_text("BOT_FLOOD_LIMIT=3\nLOG_LEVEL=debug\n", encoding="utf-8")
    monkeypatch.setenv("LOG_LEVEL", "warning")
    settings = Settings.from_env()
    assert (settings.flood_limit, settings.log_level) == (3, "WARNING")


# -- the table --


def test_settings_table_covers_every_field_once() -> None:
    names = [spec.name for spec in SETTINGS]
    assert len(names) == len(set(names))
    assert {spec.field for spec in SETTINGS} == {f.name for f in dataclasses.fields(Settings)}
    for spec in SETTINGS:
        assert spec.help.strip(), spec.name
        assert spec.default is None or isinstance(spec.default, str)
    assert {"TELEGRAM_BOT_TOKEN", "BOT_MODE", "WEBHOOK_SECRET_TOKEN", "BOT_HEALTH_FILE"} <= set(names)

"""The bot's sentences: every one in English and French, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from bot.commands import ADMIN_COMMANDS, COMMANDS
from bot.i18n import BOT_MESSAGES, MESSAGES, t


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    table = MESSAGES[key]
    assert set(table) == {"en", "fr"}
    assert placeholders(table["en"]) == placeholders(table["fr"])


@pytest.mark.parametrize("spec", [*COMMANDS, *ADMIN_COMMANDS], ids=lambda s: s.name)
def test_every_command_has_a_description_fitting_telegrams_menu(spec: object) -> None:
    name = spec.name  # type: ignore[attr-defined]
    for lang in ("en", "fr"):
        assert 3 <= len(t(f"cmd_{name}", lang)) <= 256
    if spec.takes_argument:  # type: ignore[attr-defined]
        assert t(f"args_{name}", "en")
        assert t(f"example_{name}", "en").startswith(f"/{name}")


def test_the_bot_messages_are_merged_into_the_table() -> None:
    assert set(BOT_MESSAGES) <= set(MESSAGES)
    assert t("lang_set", "fr").startswith("Désormais")
    assert t("lang_set", "de") == t("lang_set", "en")  # any other language falls back to English

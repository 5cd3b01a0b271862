"""Every command through python-telegram-bot's real update processing, the network faked at the request."""

from __future__ import annotations

import pytest

from tests.conftest import Telegram
from tests.telegram_fakes import GROUP_ID, USER_ID, buttons, html_problems, user

# command -> a phrase its answer holds (good argument)
GOOD = {
    "/ask When did Azerbaijan join the UN?": "2 March 1992",
    "/meetings Guterres": "Meetings of António Guterres",
    "/meetings 2022": "Meetings in 2022",
    "/meetings": "Meetings in my sources",
    "/resolutions 822": "Resolution 822",
    "/resolutions 1993": "Resolutions of 1993",
    "/resolutions": "Resolutions in my sources",
    "/timeline 2012-2013": "Timeline of 2012–2013",
    "/timeline": "Timeline, 1992",
    "/on 2 March 1992": "On 2 March 1992:",
    "/on 02.03.1992": "On 2 March 1992:",
    "/today": "On 25 September:",
    "/who Bairamov": "Jeyhun Bayramov: ",
    "/who Guteres": "António Guterres: ",
    "/sources": "My 5 sources:",
    "/source jamnews-2021-aliyev-unga76": "Publisher: JAMnews",
    "/fact un-membership-1992": "Fact un-membership-1992 (membership).",
    "/random": "Fact ",
    "/help": "What I can do",
    "/start": "Hello! I answer questions",
    "/settings": "Settings of this chat",
    "/lang fr": "Désormais, je réponds en français",
}
# command -> its usage line (bad or missing argument)
BAD = {
    "/ask": "Usage: /ask <question>",
    "/meetings Nobody Smith": "Usage: /meetings [person | year]",
    "/resolutions many": "Usage: /resolutions [number | year]",
    "/timeline soon": "Usage: /timeline [year | from-to]",
    "/on": "Usage: /on <date>",
    "/on someday": "Usage: /on <date>",
    "/who": "Usage: /who <person or organisation>",
    "/source": "Usage: /source <source id>",
    "/source nope": "Usage: /source <source id>",
    "/fact": "Usage: /fact <fact id>",
    "/fact nope": "Usage: /fact <fact id>",
    "/lang de": "Usage: /lang en | fr",
    "/lang": "Usage: /lang en | fr",
}


@pytest.mark.parametrize(("command", "phrase"), GOOD.items())
async def test_every_command_answers(telegram: Telegram, command: str, phrase: str) -> None:
    replies = await telegram.send(command)
    assert replies, command
    text = telegram.api.texts()
    assert any(phrase in t for t in text), (command, text)
    for reply in replies:
        assert html_problems(reply["text"]) == []
        assert reply.get("parse_mode") == "HTML"
        assert reply.get("link_preview_options") == {"is_disabled": True}


@pytest.mark.parametrize(("command", "usage"), BAD.items())
async def test_a_bad_or_missing_argument_gets_the_usage_and_an_example(
    telegram: Telegram, command: str, usage: str
) -> None:
    (reply,) = await telegram.send(command)
    lines = telegram.api.texts()[0].splitlines()
    assert lines[0] == usage
    assert lines[1].startswith("Example: /")
    assert "reply_markup" not in reply


async def test_usage_comes_in_the_chat_language(telegram: Telegram) -> None:
    await telegram.send("/lang fr")
    await telegram.send("/on")
    assert telegram.api.texts() == ["Utilisation : /on <date>\nExemple : /on 2 mars 1992"]


async def test_help_examples_really_work(telegram: Telegram) -> None:
    await telegram.send("/help")
    examples = [line.rsplit("Example: ", 1)[1] for line in telegram.api.texts()[0].splitlines() if "Example: " in line]
    assert len(examples) >= 12
    for example in examples:
        await telegram.send(example)
        assert telegram.api.texts(), example
        assert not telegram.api.texts()[0].startswith("Usage:"), example


async def test_a_long_list_is_valid_html_under_the_limit_with_paging(telegram: Telegram) -> None:
    (reply,) = await telegram.send("/timeline")
    assert html_problems(reply["text"]) == []
    labels = [label for label, _ in buttons(reply)]
    assert labels[0].startswith("1/")
    assert "Next »" in labels
    assert "Sources" in labels


async def test_an_unknown_command_in_private_is_answered(telegram: Telegram) -> None:
    await telegram.send("/frobnicate")
    assert telegram.api.texts() == ["I don't know that command. /help lists what I can do."]


async def test_commands_in_groups_reply_to_the_asking_message(telegram: Telegram) -> None:
    (reply,) = await telegram.send("/meetings Guterres", chat_type="supergroup")
    assert reply["chat_id"] == GROUP_ID
    assert reply["reply_parameters"]["allow_sending_without_reply"] is True
    assert reply["reply_parameters"]["message_id"] > 0


async def test_commands_naming_this_bot_work_and_other_bots_are_ignored(telegram: Telegram) -> None:
    assert await telegram.send("/meetings@azun_fact_bot 2022", chat_type="supergroup")
    assert await telegram.send("/meetings@other_bot 2022", chat_type="supergroup") == []
    assert await telegram.send("/frobnicate", chat_type="supergroup") == []
    assert await telegram.send("/frobnicate@other_bot", chat_type="supergroup") == []
    await telegram.send("/frobnicate@azun_fact_bot", chat_type="supergroup")
    assert telegram.api.texts() == ["I don't know that command. /help lists what I can do."]


async def test_french_users_get_french_answers_to_commands(telegram: Telegram) -> None:
    await telegram.send("/meetings 2022", from_user=user(USER_ID, language_code="fr"))
    assert telegram.api.texts()[0].startswith("Rencontres en 2022")

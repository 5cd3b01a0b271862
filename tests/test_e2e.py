"""End to end: the real bot process (`python -m bot run`) talking HTTP to a fake Bot API server on 127.0.0.1.

One process serves the whole module (restarted once, to show that /lang survives a restart); each test uses its
own chats. The server validates every request as Telegram does (HTML, lengths, keyboards, replies, callback and
inline answers), so a reply Telegram would refuse fails here as a 400.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.botapi_server import FakeBotApi, SentMessage
from tests.e2e_helpers import ADMIN_ID, BOT_USERNAME, SECRET, BotRunner, query_db, replies_to, start_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")

UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do."
EXPIRED = "This button has expired, ask again."
GROUP = -100_500_600
REPOSITORY = Path(__file__).resolve().parent.parent


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def runner(server: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotRunner]:
    bot = BotRunner(server, tmp_path_factory.mktemp("e2e"))
    await bot.start()
    yield bot
    status = await bot.bot.stop()
    logs = bot.logs()
    # Checked once for the whole module: a clean stop, no error logged, no request Telegram would refuse.
    assert status == 0, bot.bot.log_tail()
    assert "Traceback" not in logs
    assert not re.search(r" (ERROR|CRITICAL) ", logs), [line for line in logs.splitlines() if " ERROR " in line]
    refused = [(c.method, c.error) for c in server.calls if c.status == 400]
    assert refused == []


def buttons(message: SentMessage) -> dict[str, str]:
    """Label -> callback data of a message's current keyboard."""
    return {b["text"]: b["callback_data"] for b in message.buttons if "callback_data" in b}


def process_cwd(pid: int) -> Path | None:
    """Where a process runs (Linux), or None where /proc cannot tell."""
    link = Path(f"/proc/{pid}/cwd")
    return link.resolve() if link.exists() else None


def replied_to(message: SentMessage) -> int | None:
    return message.versions[0].get("reply_to_message", {}).get("message_id")


# ===== private chat =============================================================================================


async def test_the_process_runs_from_another_directory_with_the_settings_of_its_environment(
    runner: BotRunner,
) -> None:
    logs = runner.bot.stderr()
    assert f"Polling for updates (database {runner.database})" in logs
    assert " DEBUG " in logs  # LOG_LEVEL=DEBUG reached the process
    assert runner.database.exists()
    cwd = process_cwd(runner.bot.process.pid) or (runner.workdir / "cwd").resolve()
    assert cwd != REPOSITORY
    assert REPOSITORY not in cwd.parents
    calls = [c.method for c in runner.server.calls[runner.bot.first_call :]]
    assert calls[0] == "getMe"
    assert calls.index("deleteWebhook") < calls.index("getUpdates")
    menus = runner.server.commands({"type": "all_private_chats"}, "fr")
    assert {"command": "lang", "description": "Répondre en anglais ou en français"} in menus


async def test_a_private_conversation_with_follow_ups_and_a_change_of_language(runner: BotRunner) -> None:
    chat = 1001
    _, (answer,) = await runner.say(chat, "When did Azerbaijan join the UN?")
    assert answer.text.startswith("Azerbaijan became a member of the United Nations on 2 March 1992.")
    assert "Sources:" in answer.text
    assert replied_to(answer) is None  # private chats are not cluttered with quotes
    assert {"Sources", "👍", "👎"} <= set(buttons(answer))

    _, (follow_up,) = await runner.say(chat, "when was that?")
    assert follow_up.text.startswith("That was on 2 March 1992.")

    _, (changed,) = await runner.say(chat, "/lang fr")
    assert changed.text == "Désormais, je réponds en français dans cette discussion."

    # A Russian question is answered in the chat's language, now French.
    _, (french,) = await runner.say(chat, "Когда Азербайджан вступил в ООН?")
    assert "2 mars 1992" in french.text
    assert "je réponds en français" in french.text
    assert "Sources" in buttons(french)


# ===== group chat ===============================================================================================


async def test_in_a_group_only_messages_addressed_to_the_bot_get_one_reply_each_quoting_the_question(
    runner: BotRunner,
) -> None:
    async def group_message(text: str, user: int, **fields: Any) -> tuple[dict[str, Any], list[SentMessage]]:
        return await runner.say(GROUP, text, chat_type="supergroup", chat_title="UN watchers", user_id=user, **fields)

    for chatter in ("hello everyone", "When did Azerbaijan join the UN?", "/timeline@otherbot", "/who@otherbot X"):
        _, sent = await group_message(chatter, 2001)
        assert sent == [], chatter

    addressed = ["/who Guterres", f"/meetings@{BOT_USERNAME} 2022", f"@{BOT_USERNAME} When was Azerbaijan on the "
                 "Security Council?"]  # fmt: skip
    for number, text in enumerate(addressed):
        asked, sent = await group_message(text, 2001 + number)
        assert len(sent) == 1, (text, [m.text for m in sent])
        assert replied_to(sent[0]) == asked["message_id"], text
        assert len(replies_to(runner.server, GROUP, asked["message_id"])) == 1

    # A reply to one of the bot's messages is addressed to it, with no mention needed.
    bot_message = runner.server.messages(GROUP)[0]
    asked, sent = await group_message(
        "When did Ilham Aliyev meet António Guterres?", 2005, reply_to_message_id=bot_message.message_id
    )
    assert len(sent) == 1
    assert replied_to(sent[0]) == asked["message_id"]
    assert "Guterres" in sent[0].text
    assert len(runner.server.messages(GROUP)) == 4


# ===== inline mode ==============================================================================================


async def test_an_inline_query_gets_valid_results_each_with_a_message_to_send(runner: BotRunner) -> None:
    answer = await runner.inline("Guterres", user_id=3001)
    assert answer is not None
    results = answer["results"]
    assert 1 <= len(results) <= 10
    assert len({r["id"] for r in results}) == len(results)
    for result in results:
        assert result["type"] == "article"
        assert result["title"].strip()
        content = result["input_message_content"]
        assert content["message_text"].strip()
        assert content["parse_mode"] == "HTML"  # and the server parsed it as Telegram would
    assert any("Guterres" in r["title"] + r["input_message_content"]["message_text"] for r in results)


async def test_an_empty_inline_query_offers_starter_questions(runner: BotRunner) -> None:
    answer = await runner.inline("", user_id=3002)
    assert answer is not None
    titles = [r["title"] for r in answer["results"]]
    assert len(titles) >= 3
    assert any("2 March 1992" in r["input_message_content"]["message_text"] for r in answer["results"])
    french = await runner.inline("", user_id=3003, language_code="fr")
    assert french is not None
    assert any("2 mars 1992" in r["input_message_content"]["message_text"] for r in french["results"])


# ===== buttons ==================================================================================================


async def test_paging_through_a_long_list_edits_the_message_in_place(runner: BotRunner) -> None:
    chat = 1003
    _, (timeline,) = await runner.say(chat, "/timeline")
    first_page = timeline.text
    keys = buttons(timeline)
    pages = next(label for label in keys if re.fullmatch(r"1/\d+", label))
    assert "Next »" in keys
    assert "« Previous" not in keys

    callback, sent = await runner.press(chat, timeline.message_id, keys["Next »"])
    assert sent == []  # no new message: the same one shows page 2
    assert callback is not None
    assert not callback.get("text")
    assert timeline.message_id == runner.server.messages(chat)[0].message_id
    page_two = runner.server.messages(chat)[0]
    assert len(page_two.versions) == 2
    assert page_two.text != first_page
    assert {"« Previous", "Next »", f"2/{pages.split('/')[1]}"} <= set(buttons(page_two))

    await runner.press(chat, timeline.message_id, buttons(page_two)["« Previous"])
    back = runner.server.messages(chat)[0]
    assert back.text == first_page
    assert len(back.versions) == 3


async def test_sources_expands_the_citations_in_place(runner: BotRunner) -> None:
    chat = 1004
    _, (answer,) = await runner.say(chat, "When was Azerbaijan on the Security Council?")
    short = answer.text
    callback, sent = await runner.press(chat, answer.message_id, buttons(answer)["Sources"])
    assert sent == []
    assert callback is not None
    expanded = runner.server.messages(chat)[0]
    assert len(expanded.versions) == 2
    assert expanded.text != short
    assert len(expanded.text) > len(short)
    assert "Sources" not in buttons(expanded)  # already expanded
    assert {"👍", "👎"} <= set(buttons(expanded))


async def test_did_you_mean_after_a_refusal_asks_the_suggestion(runner: BotRunner) -> None:
    chat = 1005
    _, (refusal,) = await runner.say(chat, "What is the capital of France?")
    assert refusal.text.startswith("I don't have that in my sources, so I won't guess.")
    suggestions = buttons(refusal)
    label = "When did Azerbaijan join the UN?"
    assert label in suggestions
    callback, (answer,) = await runner.press(chat, refusal.message_id, suggestions[label])
    assert callback is not None
    assert answer.text.startswith("Azerbaijan became a member of the United Nations on 2 March 1992.")
    assert len(runner.server.messages(chat)[0].versions) == 1  # the refusal stays as it was


async def test_feedback_buttons_record_one_vote_per_user_and_answer_briefly(runner: BotRunner) -> None:
    chat = 1006
    _, (answer,) = await runner.say(chat, "When did Azerbaijan join the UN?")
    callback, sent = await runner.press(chat, answer.message_id, buttons(answer)["👍"])
    assert sent == []
    assert callback is not None
    assert callback["text"] == "Thank you for your feedback!"
    assert query_db(runner.database, "SELECT vote FROM feedback WHERE chat_id = ?", (chat,)) == [(1,)]
    await runner.press(chat, answer.message_id, buttons(answer)["👎"])  # a change of mind replaces the vote
    assert query_db(runner.database, "SELECT vote FROM feedback WHERE chat_id = ?", (chat,)) == [(-1,)]
    assert len(runner.server.messages(chat)[0].versions) == 1


async def test_forged_or_foreign_callback_data_gets_a_polite_answer_and_changes_nothing(runner: BotRunner) -> None:
    chat, other_chat = 1007, 1008
    _, (mine,) = await runner.say(chat, "/timeline")
    _, (theirs,) = await runner.say(other_chat, "When did Azerbaijan join the UN?")
    their_token = buttons(theirs)["👍"].split(":")[2]
    forged = [
        "v1:pg:AAAAAAAAAAA:1:0",  # well formed, no such answer
        f"v1:fb:{their_token}:u",  # another chat's answer
        f"v1:pg:{their_token}:0:1",
        buttons(mine)["Next »"].replace(":1:0", ":99:0"),  # a page that does not exist
        "'; DROP TABLE inbox; --",
        "v2:pg:x",
        "\u202e\u0000<b>",
        "x" * 64,
    ]
    for data in forged:
        before = [(m.message_id, len(m.versions)) for m in runner.server.messages(chat)]
        callback, sent = await runner.press(chat, mine.message_id, data)
        assert callback is not None, data
        assert callback["text"] == EXPIRED, data
        assert sent == [], data
        assert [(m.message_id, len(m.versions)) for m in runner.server.messages(chat)] == before, data
    assert query_db(runner.database, "SELECT COUNT(*) FROM feedback WHERE chat_id IN (?, ?)", (chat, other_chat)) == [
        (0,)
    ]
    assert len(runner.server.messages(other_chat)[0].versions) == 1
    # The bot's own button still works after all that.
    _, sent = await runner.press(chat, mine.message_id, buttons(mine)["Next »"])
    assert len(runner.server.messages(chat)[0].versions) == 2


# ===== administration ===========================================================================================


async def test_admin_commands_are_refused_to_others_exactly_like_an_unknown_command(runner: BotRunner) -> None:
    user = 1009
    await runner.say(user, "Who won the 1998 World Cup?")  # something unanswered, for /unanswered
    _, (unknown,) = await runner.say(user, "/nosuchcommand")
    assert unknown.text == UNKNOWN_COMMAND
    for command in ("/stats", "/unanswered"):
        _, sent = await runner.say(user, command)
        assert [m.text for m in sent] == [UNKNOWN_COMMAND], command
        assert sent[0].buttons == unknown.buttons == []

    _, (stats,) = await runner.say(ADMIN_ID, "/stats")
    assert re.match(r"Questions: \d+, answered: \d+ \(\d+%\)\. Chats: \d+\.", stats.text), stats.text
    _, (unanswered,) = await runner.say(ADMIN_ID, "/unanswered")
    assert unanswered.text.startswith("Unanswered questions, latest first:")
    assert "Who won the 1998 World Cup? (private)" in unanswered.text


# ===== restart ==================================================================================================


async def test_the_chosen_language_survives_a_restart_of_the_process(runner: BotRunner) -> None:
    chat = 1010
    await runner.say(chat, "/lang fr")
    assert await runner.restart() == 0
    assert len(runner.runs) == 2
    assert "Application.stop() complete" in runner.runs[0].stderr()
    _, (answer,) = await runner.say(chat, "Когда Азербайджан вступил в ООН?")
    assert "2 mars 1992" in answer.text
    _, (settings,) = await runner.say(chat, "/settings")
    assert "Langue : français (choisie avec /lang)." in settings.text


# ===== configuration mistakes ===================================================================================


async def test_a_wrong_base_url_stops_the_process_with_a_clear_message(
    server: FakeBotApi, tmp_path: Path, runner: BotRunner
) -> None:
    # A common mistake: the base URL without its /bot suffix. Telegram (and the fake) answer 404.
    bot = await start_bot(server, tmp_path, base_url=server.url + "/", wait_ready=False)
    status = await bot.exited()
    assert status == 1, bot.log_tail()
    logs = bot.logs()
    assert "check TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL" in logs
    assert "Traceback" not in logs
    assert SECRET not in logs
    assert runner.bot.running  # the module's bot was not disturbed

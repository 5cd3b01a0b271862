"""The conversation core: language, follow-ups, flood limit, query log, admin, buttons, inline, deep links."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answer import Answer
from bot.config import Settings
from bot.conversation import (
    MAX_CALLBACK_BYTES,
    ButtonPress,
    Conversation,
    EngineHolder,
    Reply,
    encode_question,
    keyboard,
)
from bot.engine import Engine
from bot.store import Store
from knowledge.loader import DEFAULT_DIR
from tests.conftest import TODAY, FakeClock, deliver, in_group, only, say
from tests.telegram_fakes import ADMIN_ID, GROUP_ID, OTHER_GROUP_ID, USER_ID

EXPIRED = "This button has expired, ask again."
UNKNOWN = "I don't know that command. /help lists what I can do."


def press(data: str, reply: Reply, **fields: object) -> ButtonPress:
    values: dict[str, object] = {"chat_id": USER_ID, "chat_type": "private", "user_id": USER_ID,
                                 "user_language_code": "en", "message_id": 77, "data": data}  # fmt: skip
    values.update(fields)
    return ButtonPress(**values)  # type: ignore[arg-type]


def data_of(reply: Reply, prefix: str) -> str:
    for row in reply.keyboard:
        for button in row:
            if button.data.startswith(prefix):
                return button.data
    raise AssertionError(f"no {prefix} button in {reply.keyboard}")


async def shown(conversation: Conversation, text: str, message_id: int = 77, **fields: object) -> Reply:
    """Ask, and record the answer as delivered in message `message_id`."""
    reply = await only(await conversation.on_message(say(text, **fields)))  # type: ignore[arg-type]
    await conversation.delivered(reply, message_id)
    return reply


# ----- language ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"), [("en", "en"), ("fr", "fr"), ("fr-CA", "fr"), ("ru", "en"), ("az", "en"), (None, "en")]
)
async def test_the_chat_language_defaults_to_the_users_telegram_language(
    conversation: Conversation, code: str | None, expected: str
) -> None:
    reply = await only(await deliver(conversation, say("/meetings", user_language_code=code)))
    assert reply.answer is not None
    assert reply.answer.lang == expected


async def test_lang_is_remembered_per_chat_after_reopening_the_store(
    holder: EngineHolder, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "kept.sqlite3"
    async with await Store.open(path) as store:
        conversation = Conversation(holder, store, settings)
        reply = await only(await deliver(conversation, say("/lang fr")))
        assert reply.text == "Désormais, je réponds en français dans cette discussion."
    async with await Store.open(path) as store:
        conversation = Conversation(holder, store, settings)
        reply = await only(await deliver(conversation, say("Когда Азербайджан вступил в ООН?")))
        assert reply.answer is not None
        assert reply.answer.lang == "fr"
        assert (
            reply.answer.headline
            == "L'Azerbaïdjan est devenu membre de l'Organisation des Nations unies le 2 mars 1992."
        )
        other_chat = await only(await deliver(conversation, say("/meetings", chat_id=555, user_id=555)))
        assert other_chat.answer is not None
        assert other_chat.answer.lang == "en"


@pytest.mark.parametrize("argument", ["", "de", "english"])
async def test_lang_with_a_bad_argument_gives_its_usage(conversation: Conversation, argument: str) -> None:
    reply = await only(await deliver(conversation, say(f"/lang {argument}")))
    assert reply.text == "Usage: /lang en | fr\nExample: /lang fr"


async def test_settings_shows_the_language_and_how_to_change_it(conversation: Conversation) -> None:
    before = await only(await deliver(conversation, say("/settings", user_language_code="fr")))
    assert before.text is not None
    assert "Langue : français (celle de votre application Telegram)." in before.text
    await deliver(conversation, say("/lang en"))
    after = await only(await deliver(conversation, say("/settings")))
    assert after.text is not None
    assert "Language: English (chosen with /lang)." in after.text
    assert "/lang fr" in after.text


# ----- questions, follow-ups, query log ------------------------------------------------------------------------


async def test_a_follow_up_uses_the_stored_context(conversation: Conversation, store: Store) -> None:
    first = await only(await deliver(conversation, say("When did Azerbaijan join the UN?")))
    assert first.answer is not None
    assert first.answer.answered
    assert (await store.last_answer(USER_ID)) == first.answer.context
    follow = await only(await deliver(conversation, say("when was that?")))
    assert follow.answer is not None
    assert "2 March 1992" in follow.answer.headline


async def test_a_follow_up_after_a_command_uses_its_facts(conversation: Conversation) -> None:
    await deliver(conversation, say("/fact un-membership-1992"))
    follow = await only(await deliver(conversation, say("when was that?")))
    assert follow.answer is not None
    assert follow.answer.facts == ("un-membership-1992",)


async def test_nothing_is_recorded_until_the_reply_is_delivered(conversation: Conversation, store: Store) -> None:
    (reply,) = await conversation.on_message(say("When did Azerbaijan join the UN?"))
    assert (await store.stats()).questions == 0
    assert await store.last_answer(USER_ID) is None
    await conversation.delivered(reply, 5)
    assert (await store.stats()).questions == 1
    assert await store.last_answer(USER_ID) is not None


async def test_questions_are_logged_with_their_outcome(conversation: Conversation, store: Store) -> None:
    await deliver(conversation, say("When did Azerbaijan join the UN?"))
    await deliver(conversation, say("What is the capital of Mars?"))
    await deliver(conversation, say("/ask What is the capital of Mars?"))
    stats = await store.stats()
    assert (stats.questions, stats.answered) == (3, 1)
    unanswered = await store.recent_unanswered()
    assert [(q.question, q.times_asked) for q in unanswered] == [("What is the capital of Mars?", 2)]


async def test_group_messages_not_addressed_are_ignored_and_not_logged(
    conversation: Conversation, store: Store
) -> None:
    assert await deliver(conversation, in_group("When did Azerbaijan join the UN?", addressed=False)) == []
    assert (await store.stats()).questions == 0


async def test_ask_without_a_question_gives_its_usage(conversation: Conversation) -> None:
    reply = await only(await deliver(conversation, say("/ask")))
    assert reply.text == "Usage: /ask <question>\nExample: /ask When did Azerbaijan join the UN?"


# ----- commands: unknown, other bots, admins -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["/frobnicate", "/frobnicate@azun_fact_bot", "/stats", "/unanswered", "/reload"])
async def test_unknown_and_refused_admin_commands_get_the_same_reply(conversation: Conversation, text: str) -> None:
    conversation.bot_username = "azun_fact_bot"
    reply = await only(await deliver(conversation, say(text)))
    assert reply.text == UNKNOWN


@pytest.mark.parametrize("text", ["/frobnicate", "/stats", "/meetings@other_bot", "/frobnicate@other_bot"])
async def test_in_groups_commands_for_other_bots_get_no_reply(conversation: Conversation, text: str) -> None:
    conversation.bot_username = "azun_fact_bot"
    assert await deliver(conversation, in_group(text)) == []


async def test_an_admin_gets_stats_and_unanswered(conversation: Conversation) -> None:
    await deliver(conversation, say("What is the capital of Mars?"))
    await deliver(conversation, say("When did Azerbaijan join the UN?"))
    stats = await only(await deliver(conversation, say("/stats", user_id=ADMIN_ID, chat_id=ADMIN_ID)))
    assert stats.text is not None
    assert stats.text.startswith("Questions: 2, answered: 1 (50%). Chats: 1.")
    unanswered = await only(await deliver(conversation, say("/unanswered", user_id=ADMIN_ID, chat_id=ADMIN_ID)))
    assert unanswered.text == "Unanswered questions, latest first:\n1× What is the capital of Mars? (private)"


def broken_copy(tmp_path: Path) -> Path:
    """A copy of the fact base with one fact citing a source that does not exist."""
    copy = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    facts = copy / "facts" / "newsaz-2023-bayramov-zuev.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("source: newsaz-2023-bayramov-zuev", "source: no-such-source", 1), encoding="utf-8")
    return copy


async def test_reload_with_a_broken_fact_base_keeps_the_old_one_and_reports_file_and_line(
    engine: Engine, store: Store, settings: Settings, tmp_path: Path
) -> None:
    holder = EngineHolder(engine, broken_copy(tmp_path))
    conversation = Conversation(holder, store, settings)
    reply = await only(await deliver(conversation, say("/reload", user_id=ADMIN_ID, chat_id=ADMIN_ID)))
    assert reply.text is not None
    assert reply.text.startswith("The fact base has 1 problem(s); I keep serving the previous one:")
    assert "newsaz-2023-bayramov-zuev.yaml:" in reply.text
    assert "no-such-source" in reply.text
    line = reply.text.splitlines()[1]
    assert line.split(":")[1].isdigit()  # file:line: message
    assert holder.engine is engine
    answer = await only(await deliver(conversation, say("When did Azerbaijan join the UN?")))
    assert answer.answer is not None
    assert answer.answer.answered


async def test_reload_with_a_good_fact_base_swaps_the_engine(
    engine: Engine, store: Store, settings: Settings, tmp_path: Path
) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    holder = EngineHolder(engine, copy)
    conversation = Conversation(holder, store, settings)
    reply = await only(await deliver(conversation, say("/reload", user_id=ADMIN_ID, chat_id=ADMIN_ID)))
    assert reply.text is not None
    assert reply.text.startswith("Fact base reloaded: ")
    assert holder.engine is not engine
    assert len(holder.engine.index.facts) == len(engine.index.facts)


# ----- flood limit ---------------------------------------------------------------------------------------------


async def test_the_flood_limit_answers_politely_once_then_stays_quiet(
    holder: EngineHolder, store: Store, settings: Settings, clock: FakeClock
) -> None:
    conversation = Conversation(holder, store, Settings(flood_limit=2, database=settings.database), clock=clock)
    for _ in range(2):
        reply = await only(await deliver(conversation, say("When did Azerbaijan join the UN?")))
        assert reply.answer is not None
    polite = await only(await deliver(conversation, say("When did Azerbaijan join the UN?")))
    assert polite.text == "You are asking faster than I can look things up. Please wait a minute, then ask again."
    assert await deliver(conversation, say("When did Azerbaijan join the UN?")) == []
    assert (await store.stats()).questions == 2
    clock.advance(61)
    reply = await only(await deliver(conversation, say("When did Azerbaijan join the UN?")))
    assert reply.answer is not None


# ----- group repeat guard --------------------------------------------------------------------------------------


async def test_in_a_group_the_same_answer_is_not_repeated_within_the_window(
    conversation: Conversation, clock: FakeClock
) -> None:
    first = await only(await conversation.on_message(in_group("When did Azerbaijan join the UN?")))
    assert first.quote
    assert first.answer is not None
    await conversation.delivered(first, 901)
    clock.advance(30)
    again = await only(await deliver(conversation, in_group("when did azerbaijan join the un")))
    assert again.text == "I answered that just above."
    assert again.reply_to == 901
    clock.advance(120)
    later = await only(await deliver(conversation, in_group("When did Azerbaijan join the UN?")))
    assert later.answer is not None


async def test_private_chats_have_no_repeat_guard(conversation: Conversation) -> None:
    first = await only(await conversation.on_message(say("When did Azerbaijan join the UN?")))
    await conversation.delivered(first, 1)
    again = await only(await deliver(conversation, say("When did Azerbaijan join the UN?")))
    assert again.answer is not None
    assert not again.quote


# ----- keyboards and buttons -----------------------------------------------------------------------------------


async def test_a_long_answer_is_paged_with_a_counter(conversation: Conversation) -> None:
    reply = await shown(conversation, "/timeline")
    assert reply.page == 0
    labels = [b.label for b in reply.keyboard[0]]
    assert labels[0].startswith("1/")
    assert labels[1] == "Next »"
    nxt = await conversation.on_button(press(data_of(reply, "v1:pg:"), reply))
    (edit,) = nxt.replies
    assert edit.edit
    assert edit.page == 1
    assert [b.label for b in edit.keyboard[0]][:2] == ["« Previous", f"2/{labels[0].split('/')[1]}"]


async def test_the_sources_button_shows_the_full_citations_and_goes_away(conversation: Conversation) -> None:
    reply = await shown(conversation, "When did Azerbaijan join the UN?")
    outcome = await conversation.on_button(press(data_of(reply, "v1:src:"), reply))
    (edit,) = outcome.replies
    assert edit.edit
    assert edit.full_sources
    assert not any(b.data.startswith("v1:src:") for row in edit.keyboard for b in row)


async def test_did_you_mean_asks_the_suggestion(conversation: Conversation, store: Store) -> None:
    reply = await shown(conversation, "What is the capital of Mars?")
    assert reply.answer is not None
    assert not reply.answer.answered
    suggestions = [b for row in reply.keyboard for b in row if b.data.startswith("v1:dym:")]
    assert len(suggestions) == len(reply.answer.suggestions) >= 1
    outcome = await conversation.on_button(press(suggestions[0].data, reply))
    (answered,) = outcome.replies
    assert answered.answer is not None
    assert answered.answer.answered
    assert not answered.edit
    await conversation.delivered(answered, 78)
    assert (await store.stats()).questions == 2


async def test_feedback_is_recorded_against_the_question(conversation: Conversation, store: Store) -> None:
    reply = await shown(conversation, "When did Azerbaijan join the UN?")
    outcome = await conversation.on_button(press(data_of(reply, "v1:fb:"), reply))
    assert outcome.notice == "Thank you for your feedback!"
    up = data_of(reply, "v1:fb:")
    down = up.removesuffix(":u") + ":d"  # not replace(): a random token may itself start with 'u'
    await conversation.on_button(press(down, reply))  # changing one's mind replaces the vote
    stats = await store.stats()
    assert (stats.feedback_up, stats.feedback_down) == (0, 1)


async def test_refusals_get_no_feedback_buttons_and_answers_do(conversation: Conversation) -> None:
    refused = await shown(conversation, "What is the capital of Mars?")
    assert not any(b.data.startswith("v1:fb:") for row in refused.keyboard for b in row)
    answered = await shown(conversation, "When did Azerbaijan join the UN?")
    assert [b.label for b in answered.keyboard[-1]] == ["Sources", "👍", "👎"]


@pytest.mark.parametrize(
    "data",
    [
        "",
        "garbage",
        "v0:pg:AAAAAAAAAAA:1:0",
        "v1:pg:AAAAAAAAAAA:1:0",  # well formed, but no such answer
        "v1:pg:short:1:0",
        "v1:zz:AAAAAAAAAAA:1",
        "v1:pg:AAAAAAAAAAA:-1:0",
        "v1:dym:AAAAAAAAAAA:x",
        "v1:fb:AAAAAAAAAAA:maybe",
        "v1:pg:" + "A" * 70,
        "v1:pg:ÄÄÄÄÄÄÄÄÄÄÄ:1:0",
    ],
)
async def test_malformed_or_forged_data_expires_politely(conversation: Conversation, data: str) -> None:
    reply = await shown(conversation, "/timeline")
    outcome = await conversation.on_button(press(data, reply))
    assert outcome.notice == EXPIRED
    assert outcome.replies == ()


async def test_a_page_out_of_range_expires(conversation: Conversation) -> None:
    reply = await shown(conversation, "/timeline")
    data = data_of(reply, "v1:pg:").rsplit(":", 2)[0] + ":999:0"
    assert (await conversation.on_button(press(data, reply))).notice == EXPIRED


async def test_a_button_from_another_chat_or_message_expires(conversation: Conversation) -> None:
    reply = await shown(conversation, "/timeline", message_id=77)
    data = data_of(reply, "v1:pg:")
    assert (await conversation.on_button(press(data, reply, chat_id=OTHER_GROUP_ID))).notice == EXPIRED
    assert (await conversation.on_button(press(data, reply, message_id=78))).notice == EXPIRED
    assert (await conversation.on_button(press(data, reply, chat_id=None))).notice == EXPIRED
    assert (await conversation.on_button(press(data, reply))).replies  # the real one still works


async def test_stale_buttons_expire(conversation: Conversation, clock: FakeClock, store: Store) -> None:
    reply = await shown(conversation, "/timeline")
    clock.advance(31 * 24 * 3600)
    assert (await conversation.on_button(press(data_of(reply, "v1:pg:"), reply))).notice == EXPIRED
    assert await conversation.prune() == 1


async def test_the_page_counter_does_nothing(conversation: Conversation) -> None:
    reply = await shown(conversation, "/timeline")
    outcome = await conversation.on_button(press("v1:nop", reply))
    assert outcome.notice == ""
    assert outcome.replies == ()


def test_callback_data_fits_telegrams_64_bytes(engine: Engine) -> None:
    answer = engine.ask("What is the capital of Mars?")
    long_page = Answer.from_dict({**engine.ask("list all resolutions").to_dict()})
    for shown_answer in (answer, long_page):
        for row in keyboard(shown_answer, "A" * 11, page=999, full=True):
            for button in row:
                assert len(button.data.encode()) <= MAX_CALLBACK_BYTES


# ----- /start deep links ---------------------------------------------------------------------------------------


async def test_start_welcomes_with_starter_questions(conversation: Conversation) -> None:
    reply = await only(await deliver(conversation, say("/start")))
    assert reply.answer is not None
    assert reply.answer.intent == "welcome"
    assert len([b for row in reply.keyboard for b in row if b.data.startswith("v1:dym:")]) == 4


async def test_start_with_a_fact_payload_opens_the_fact(conversation: Conversation) -> None:
    reply = await only(await deliver(conversation, say("/start fact_un-membership-1992")))
    assert reply.answer is not None
    assert reply.answer.facts == ("un-membership-1992",)


async def test_start_with_a_question_payload_asks_it(conversation: Conversation, store: Store) -> None:
    payload = encode_question("When did Azerbaijan join the UN?")
    assert len(payload) <= 64
    reply = await only(await deliver(conversation, say(f"/start {payload}")))
    assert reply.answer is not None
    assert "un-membership-1992" in reply.answer.facts
    assert (await store.stats()).questions == 1


@pytest.mark.parametrize("payload", ["fact_nope", "q_!!!", "q_", "something"])
async def test_start_with_a_bad_payload_just_welcomes(conversation: Conversation, payload: str) -> None:
    reply = await only(await deliver(conversation, say(f"/start {payload}")))
    assert reply.answer is not None
    assert reply.answer.intent == "welcome"


# ----- inline mode ---------------------------------------------------------------------------------------------


async def test_inline_with_an_empty_query_offers_starters(conversation: Conversation) -> None:
    choices = await conversation.inline_results("", USER_ID, "en")
    assert 1 <= len(choices) <= 10
    assert all(c.answer.answered and c.answer.sources for c in choices)


async def test_inline_ranks_the_answer_first_and_adds_related(conversation: Conversation) -> None:
    choices = await conversation.inline_results("meetings with Guterres", USER_ID, "en")
    assert 2 <= len(choices) <= 10
    assert len({c.id for c in choices}) == len(choices)
    assert choices[0].answer.answered
    assert all(not c.answer.suggestions for c in choices)


async def test_inline_uses_the_language_chosen_in_the_private_chat(conversation: Conversation) -> None:
    await deliver(conversation, say("/lang fr"))
    choices = await conversation.inline_results("", USER_ID, "en")
    assert {c.answer.lang for c in choices} == {"fr"}


async def test_today_uses_the_injected_date(conversation: Conversation) -> None:
    reply = await only(await deliver(conversation, say("/today")))
    assert reply.answer is not None
    assert reply.answer.headline == f"On {TODAY.day} September:"


async def test_group_language_is_per_group(conversation: Conversation) -> None:
    await deliver(conversation, in_group("/lang fr"))
    reply = await only(await deliver(conversation, in_group("/meetings")))
    assert reply.answer is not None
    assert reply.answer.lang == "fr"
    private = await only(await deliver(conversation, say("/meetings")))
    assert private.answer is not None
    assert private.answer.lang == "en"
    assert GROUP_ID != USER_ID


async def test_a_name_the_sources_lack_can_be_swapped_in_the_next_question(conversation: Conversation) -> None:
    refused = await only(await deliver(conversation, say("When did Azerbaijan join NATO?")))
    assert refused.answer is not None
    assert not refused.answer.answered
    follow = await only(await deliver(conversation, say("and the UN?")))
    assert follow.answer is not None
    assert "2 March 1992" in follow.answer.headline  # the same question, of the UN
    again = await only(await deliver(conversation, say("and UNESCO?")))  # (refused: nothing says when it joined)
    assert again.answer is not None
    assert not again.answer.answered

"""The SQLite store, on a real file: schema, migrations and what each method does for a user."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

import bot.store as store_module
from bot.store import MIGRATIONS, Delivery, Record, Stats, Store, StoreError, UnansweredQuestion
from tests.conftest import FakeClock

HOSTILE = 'Robert\'); DROP TABLE query_log; -- "quoted" \\ %s ? :name ${x} \x00 ∑ 🇦🇿'


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "nested" / "bot.sqlite3"


@pytest.fixture
async def store(db_path: Path, clock: FakeClock) -> AsyncIterator[Store]:
    async with await Store.open(db_path, clock=clock) as opened:
        yield opened


def is_file(path: Path) -> bool:
    return path.is_file()


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


async def log(
    store: Store, question: str, *, answered: bool = True, chat_id: int = 1, chat_type: str = "private"
) -> int:
    return await store.log_query(
        chat_id=chat_id,
        chat_type=chat_type,
        user_id=42,
        question=question,
        answered=answered,
        facts=["un-membership"] if answered else [],
        latency_ms=12.5,
        lang="en",
    )


# -- the file and its schema --


async def test_first_open_creates_the_file_with_wal_and_the_full_schema(db_path: Path, clock: FakeClock) -> None:
    assert not db_path.parent.exists()
    async with await Store.open(db_path, clock=clock) as store:
        assert is_file(db_path)
        assert store.schema_version == len(MIGRATIONS)
        rows = await store._db.execute_fetchall("PRAGMA foreign_keys")
        assert next(iter(rows))[0] == 1
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert user_version(db_path) == len(MIGRATIONS)
    expected = {
        "chat_settings",
        "query_log",
        "feedback",
        "last_answer",
        "repeat_guard",
        "inbox",
        "reply_journal",
        "shown_answer",
    }
    assert expected <= tables(db_path)


async def test_reopen_keeps_data_and_the_chat_language(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.get_chat_lang(-100123) is None
        await store.set_chat_lang(-100123, "fr")
        await store.set_chat_lang(7, "ru")
        await store.set_chat_lang(7, "az")
        await log(store, "What is the UN?")
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.get_chat_lang(-100123) == "fr"
        assert await store.get_chat_lang(7) == "az"
        assert (await store.stats()).questions == 1
        assert store.schema_version == len(MIGRATIONS)


async def test_database_at_an_older_version_is_migrated_keeping_its_data(db_path: Path, clock: FakeClock) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.executescript(MIGRATIONS[0])
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO chat_settings (chat_id, lang, updated_at) VALUES (5, 'ru', 0)")
    assert "inbox" not in tables(db_path)

    async with await Store.open(db_path, clock=clock) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert await store.get_chat_lang(5) == "ru"
        assert await store.inbox_add(1, {"update_id": 1})
    assert user_version(db_path) == len(MIGRATIONS)


async def test_failed_migration_is_rolled_back(
    db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with await Store.open(db_path, clock=clock) as store:
        await store.set_chat_lang(1, "en")
    broken = "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(store_module, "MIGRATIONS", (*MIGRATIONS, broken))
    with pytest.raises(StoreError, match="no_such_table"):
        await Store.open(db_path, clock=clock)
    assert user_version(db_path) == len(MIGRATIONS)
    assert "half_done" not in tables(db_path)
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.get_chat_lang(1) == "en"


async def test_database_from_a_newer_bot_is_refused(db_path: Path, clock: FakeClock) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer than this bot knows"):
        await Store.open(db_path, clock=clock)


async def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, long enough to look like a header of a file " * 20, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.txt"):
        await Store.open(path, clock=clock)


async def test_close_twice_is_harmless(db_path: Path, clock: FakeClock) -> None:
    store = await Store.open(db_path, clock=clock)
    await store.close()
    await store.close()


# -- query log, stats and unanswered questions --


async def test_stats_on_an_empty_database(store: Store) -> None:
    assert await store.stats() == Stats(
        questions=0, answered=0, answer_rate=0.0, top_questions=[], feedback_up=0, feedback_down=0, chats=0
    )
    assert await store.recent_unanswered() == []


async def test_stats_count_questions_answers_chats_and_group_by_wording(store: Store) -> None:
    await log(store, "What is the UN?", chat_id=1)
    await log(store, "  what IS the\tun?  ", chat_id=2)
    await log(store, "Who is Guterres?", chat_id=2)
    await log(store, "Capital of Atlantis?", answered=False, chat_id=3)
    await log(store, "WHAT is the UN?", chat_id=1)

    stats = await store.stats()
    assert (stats.questions, stats.answered, stats.chats) == (5, 4, 3)
    assert stats.answer_rate == pytest.approx(0.8)
    # Grouped by case and whitespace, shown in the latest wording, most asked first.
    assert stats.top_questions[0] == ("WHAT is the UN?", 3)
    assert sorted(stats.top_questions[1:]) == [("Capital of Atlantis?", 1), ("Who is Guterres?", 1)]


async def test_top_questions_are_at_most_five(store: Store) -> None:
    for n in range(8):
        for _ in range(n + 1):
            await log(store, f"question {n}")
    top = (await store.stats()).top_questions
    assert top == [(f"question {n}", n + 1) for n in range(7, 2, -1)]


async def test_recent_unanswered_groups_and_puts_the_latest_first(store: Store, clock: FakeClock) -> None:
    await log(store, "Population of Mars?", answered=False, chat_type="group")
    clock.advance(10)
    await log(store, "answered one", answered=True)
    await log(store, "GDP of Narnia?", answered=False, chat_type="private")
    clock.advance(10)
    await log(store, "population of  mars?", answered=False, chat_type="supergroup")

    assert await store.recent_unanswered() == [
        UnansweredQuestion("population of  mars?", "supergroup", clock.now, 2),
        UnansweredQuestion("GDP of Narnia?", "private", clock.now - 10, 1),
    ]
    assert await store.recent_unanswered(limit=1) == [
        UnansweredQuestion("population of  mars?", "supergroup", clock.now, 2)
    ]


async def test_hostile_question_is_stored_verbatim(store: Store, db_path: Path) -> None:
    query_id = await log(store, HOSTILE, answered=False)
    assert query_id > 0
    assert [q.question for q in await store.recent_unanswered()] == [HOSTILE]
    assert (await store.stats()).top_questions == [(HOSTILE, 1)]
    await store.set_chat_lang(1, HOSTILE)
    assert await store.get_chat_lang(1) == HOSTILE
    assert not await store.seen_recently(1, HOSTILE, 60)
    assert await store.seen_recently(1, HOSTILE, 60)
    assert "query_log" in tables(db_path)


async def test_facts_must_be_a_list_not_a_string(store: Store) -> None:
    with pytest.raises(TypeError):
        await store.log_query(
            chat_id=1, chat_type="private", user_id=1, question="q", answered=True,
            facts="un-membership", latency_ms=1.0, lang="en",
        )  # fmt: skip


# -- feedback --


async def test_voting_again_on_the_same_answer_replaces_the_vote(store: Store) -> None:
    query_id = await log(store, "What is the UN?")
    await store.add_feedback(chat_id=1, user_id=42, query_id=query_id, facts=["f1"], vote=1)
    await store.add_feedback(chat_id=1, user_id=42, query_id=query_id, facts=["f1"], vote=-1)
    stats = await store.stats()
    assert (stats.feedback_up, stats.feedback_down) == (0, 1)

    await store.add_feedback(chat_id=1, user_id=43, query_id=query_id, facts=["f1"], vote=1)
    stats = await store.stats()
    assert (stats.feedback_up, stats.feedback_down) == (1, 1)


async def test_votes_without_a_known_query_are_all_counted(store: Store) -> None:
    await store.add_feedback(chat_id=1, user_id=42, query_id=None, facts=["f1"], vote=1)
    await store.add_feedback(chat_id=1, user_id=42, query_id=None, facts=["f1"], vote=1)
    await store.add_feedback(chat_id=1, user_id=42, query_id=9999, facts=["f2"], vote=-1)
    stats = await store.stats()
    assert (stats.feedback_up, stats.feedback_down) == (2, 1)


@pytest.mark.parametrize("vote", [0, 2, -2])
async def test_a_vote_is_plus_or_minus_one(store: Store, vote: int) -> None:
    with pytest.raises(ValueError, match="vote must be 1 or -1"):
        await store.add_feedback(chat_id=1, user_id=42, query_id=None, facts=[], vote=vote)


# -- follow-up context --


async def test_last_answer_is_kept_per_chat_and_replaced(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.last_answer(1) is None
        await store.save_last_answer(1, {"facts": ["a"], "lang": "en"})
        await store.save_last_answer(1, {"facts": ["b", "c"], "entity": "Azərbaycan", "n": 2.5})
        await store.save_last_answer(2, {"facts": []})
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.last_answer(1) == {"facts": ["b", "c"], "entity": "Azərbaycan", "n": 2.5}
        assert await store.last_answer(2) == {"facts": []}


# -- group repeat guard and flood limit --


async def test_same_answer_is_not_repeated_within_the_window(store: Store, clock: FakeClock) -> None:
    assert not await store.seen_recently(-100, "fact:un-membership", 120)
    clock.advance(119)
    assert await store.seen_recently(-100, "fact:un-membership", 120)
    # Another chat and another answer are independent.
    assert not await store.seen_recently(-200, "fact:un-membership", 120)
    assert not await store.seen_recently(-100, "fact:other", 120)
    # The window counts from when it was last posted, not from the last refusal.
    clock.advance(1)
    assert not await store.seen_recently(-100, "fact:un-membership", 120)
    clock.advance(60)
    assert await store.seen_recently(-100, "fact:un-membership", 120)


async def test_a_zero_window_never_suppresses(store: Store) -> None:
    assert not await store.seen_recently(-100, "k", 0)
    assert not await store.seen_recently(-100, "k", 0)


async def test_flood_limit_is_a_sliding_minute_per_user(store: Store, clock: FakeClock) -> None:
    assert [await store.allow_question(42, 3) for _ in range(3)] == [True, True, True]
    assert not await store.allow_question(42, 3)
    assert await store.allow_question(43, 3)  # other users are not affected
    clock.advance(30)
    assert not await store.allow_question(42, 3)  # refusals do not extend the wait...
    clock.advance(30)
    assert await store.allow_question(42, 3)  # ...a minute after the first question, one slot is free
    assert await store.allow_question(42, 3)
    assert await store.allow_question(42, 3)
    assert not await store.allow_question(42, 3)


async def test_flood_limit_must_be_positive(store: Store) -> None:
    with pytest.raises(ValueError, match="limit_per_minute"):
        await store.allow_question(1, 0)


# -- inbox and reply journal --


async def test_inbox_is_idempotent_ordered_and_survives_a_restart(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.inbox_max_id() is None
        assert await store.inbox_add(105, {"update_id": 105, "message": {"text": "c"}})
        assert await store.inbox_add(103, {"update_id": 103, "message": {"text": "a"}})
        assert await store.inbox_add(104, {"update_id": 104, "message": {"text": "b"}})
        assert not await store.inbox_add(104, {"update_id": 104, "message": {"text": "changed"}})
        await store.inbox_done(103)
    # A "crash" later: what was not done is still there, in order, unchanged.
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.inbox_pending() == [
            (104, {"update_id": 104, "message": {"text": "b"}}),
            (105, {"update_id": 105, "message": {"text": "c"}}),
        ]
        assert await store.inbox_max_id() == 105
        await store.inbox_done(104)
        await store.inbox_done(105)
        assert await store.inbox_pending() == []
        assert await store.inbox_max_id() == 105


async def test_inbox_prune_removes_only_old_done_updates(store: Store, clock: FakeClock) -> None:
    await store.inbox_add(1, {"update_id": 1})
    await store.inbox_add(2, {"update_id": 2})
    await store.inbox_done(1)
    clock.advance(3600)
    await store.inbox_add(3, {"update_id": 3})
    await store.inbox_done(3)
    assert await store.inbox_prune(keep_seconds=600) == 1  # only update 1: done and an hour old
    assert await store.inbox_pending() == [(2, {"update_id": 2})]
    assert await store.inbox_max_id() == 3
    # Re-adding a pruned update is accepted again; Telegram does not resend confirmed ones.
    assert await store.inbox_add(1, {"update_id": 1})


async def test_reply_is_recorded_once_and_survives_a_restart(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, clock=clock) as store:
        assert not await store.reply_sent(500)
        await store.mark_reply_sent(500, chat_id=1, message_id=77)
        await store.mark_reply_sent(500, chat_id=1, message_id=78)
        assert await store.reply_sent(500)
        assert not await store.reply_sent(501)
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.reply_sent(500)


async def test_prune_keeps_the_journal_of_updates_still_pending(store: Store, clock: FakeClock) -> None:
    await store.inbox_add(1, {"update_id": 1})
    await store.inbox_add(2, {"update_id": 2})
    await store.mark_reply_sent(1, chat_id=1, message_id=10)
    await store.mark_reply_sent(2, chat_id=1, message_id=11)
    await store.inbox_done(1)  # update 2 crashed after its reply was sent
    clock.advance(3600)
    await store.inbox_prune(keep_seconds=60)
    assert not await store.reply_sent(1)
    assert await store.reply_sent(2)


async def test_a_batch_of_updates_is_stored_at_once_and_only_new_ones_are_reported(store: Store) -> None:
    assert await store.inbox_add(7, {"update_id": 7, "message": {"text": "old"}})
    await store.mark_reply_sent(9, chat_id=1, message_id=90)  # answered in webhook mode, its 200 lost
    stored = await store.inbox_add_many(
        [(7, {"update_id": 7, "message": {"text": "changed"}}), (8, {"update_id": 8}), (9, {"update_id": 9})]
    )
    assert stored == {8: False, 9: True}  # 7 was there already; 9 has a reply in the journal
    assert await store.inbox_pending() == [
        (7, {"update_id": 7, "message": {"text": "old"}}),
        (8, {"update_id": 8}),
        (9, {"update_id": 9}),
    ]
    assert await store.inbox_add_many([]) == {}


def delivered_question(chat_id: int = 1, context: dict[str, object] | None = None) -> Record:
    return Record(chat_id=chat_id, chat_type="private", user_id=42, question="When did Azerbaijan join the UN?",
                  answered=True, facts=("un-membership",), latency_ms=3.0, lang="en",
                  context=context if context is not None else {"facts": ["un-membership"]})  # fmt: skip


async def test_delivered_replies_the_journal_and_the_inbox_are_recorded_together(store: Store, db_path: Path) -> None:
    await store.inbox_add(300, {"update_id": 300})
    token = await store.save_shown_answer(chat_id=1, payload={"headline": "h"}, query_id=None, repeat_key="k")
    await store.record_delivered([Delivery(5000, delivered_question(), token)], update_id=300, chat_id=1)
    assert (await store.stats()).questions == 1
    assert await store.last_answer(1) == {"facts": ["un-membership"]}
    shown = await store.shown_answer(token)
    assert shown is not None
    assert shown.message_id == 5000
    assert shown.query_id is not None  # feedback on the buttons counts for the logged question
    assert await store.reply_sent(300)
    assert await store.inbox_pending() == []
    await store.inbox_done(300)  # already done with the reply: nothing to write, nothing changes
    assert await store.inbox_pending() == []
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT message_id FROM reply_journal WHERE update_id = 300").fetchone() == (5000,)


async def test_recording_a_delivery_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    await store.inbox_add(301, {"update_id": 301})
    await store.save_last_answer(1, {"facts": ["before"]})

    def broken(db: sqlite3.Connection, update_id: int, now: float) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_module, "_inbox_done", broken)
    with pytest.raises(sqlite3.OperationalError):
        await store.record_delivered(
            [Delivery(5001, delivered_question(context={"facts": ["after"]}))], update_id=301, chat_id=1
        )
    assert (await store.stats()).questions == 0
    assert await store.last_answer(1) == {"facts": ["before"]}  # the copy in memory is untouched too
    assert not await store.reply_sent(301)
    assert [u for u, _ in await store.inbox_pending()] == [301]
    monkeypatch.undo()
    await store.record_delivered(
        [Delivery(5001, delivered_question(context={"facts": ["after"]}))], update_id=301, chat_id=1
    )
    assert await store.last_answer(1) == {"facts": ["after"]}


async def test_a_delivery_without_an_update_journals_nothing(store: Store) -> None:
    await store.record_delivered([Delivery(5002, delivered_question())])
    assert (await store.stats()).questions == 1
    with pytest.raises(ValueError, match="together"):
        await store.record_delivered([Delivery(5003)], update_id=302)
    with pytest.raises(ValueError, match="last delivered message"):
        await store.record_delivered([], update_id=302, chat_id=1)


async def test_languages_and_contexts_kept_in_memory_are_written_through(db_path: Path, clock: FakeClock) -> None:
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.get_chat_lang(1) is None
        await store.set_chat_lang(1, "fr")
        assert await store.get_chat_lang(1) == "fr"
        assert await store.last_answer(1) is None
        await store.save_last_answer(1, {"facts": ["a"]})
        context = await store.last_answer(1)
        assert context == {"facts": ["a"]}
        context["facts"].append("changed by a caller")  # type: ignore[index]
        assert await store.last_answer(1) == {"facts": ["a"]}  # every caller gets its own copy
    async with await Store.open(db_path, clock=clock) as store:
        assert await store.get_chat_lang(1) == "fr"
        assert await store.last_answer(1) == {"facts": ["a"]}


def test_the_memory_keeps_only_the_most_recently_used_chats() -> None:
    recent: store_module._Recent[int, str] = store_module._Recent(2)
    recent[1] = "a"
    recent[2] = "b"
    assert recent[1] == "a"  # 1 is now the most recently used
    recent[3] = "c"
    assert 2 not in recent
    assert (1 in recent, 3 in recent) == (True, True)


# -- many handlers at once --


async def test_concurrent_handlers_do_not_corrupt_each_other(store: Store) -> None:
    async def handler(n: int) -> bool:
        await log(store, f"q{n % 3}", chat_id=n % 4)
        repeated = await store.seen_recently(-1, "same answer", 60)
        await store.inbox_add(n, {"update_id": n})
        await store.inbox_done(n)
        return repeated

    repeated = await asyncio.gather(*(handler(n) for n in range(40)))
    assert repeated.count(False) == 1
    stats = await store.stats()
    assert (stats.questions, stats.chats) == (40, 4)
    assert await store.inbox_pending() == []
    assert await store.inbox_max_id() == 39


# -- answers shown with buttons (migration 3) --


async def test_a_shown_answer_is_kept_under_a_random_token(store: Store, clock: FakeClock) -> None:
    payload = {"headline": HOSTILE, "facts": ["un-membership"]}
    token = await store.save_shown_answer(chat_id=-100, payload=payload, query_id=None, repeat_key="k")
    other = await store.save_shown_answer(chat_id=-100, payload=payload, query_id=None, repeat_key="k")
    assert token != other
    assert len(token) == 11
    assert token.replace("-", "").replace("_", "").isalnum()
    shown = await store.shown_answer(token)
    assert shown is not None
    assert (shown.chat_id, shown.payload, shown.message_id, shown.shown_at) == (-100, payload, None, clock.now)
    assert await store.shown_answer("AAAAAAAAAAA") is None


async def test_the_message_of_a_shown_answer_is_recorded_once(store: Store) -> None:
    token = await store.save_shown_answer(chat_id=1, payload={}, query_id=7, repeat_key="k")
    await store.set_shown_message(token, 500)
    await store.set_shown_message(token, 501)
    shown = await store.shown_answer(token)
    assert shown is not None
    assert (shown.message_id, shown.query_id) == (500, 7)


async def test_recent_repeat_finds_a_delivered_answer_within_the_window(store: Store, clock: FakeClock) -> None:
    first = await store.save_shown_answer(chat_id=-5, payload={}, query_id=None, repeat_key="same")
    assert await store.recent_repeat(-5, "same", 120) is None  # not delivered yet
    await store.set_shown_message(first, 42)
    clock.advance(60)
    assert await store.recent_repeat(-5, "same", 120) == 42
    assert await store.recent_repeat(-6, "same", 120) is None
    assert await store.recent_repeat(-5, "other", 120) is None
    assert await store.recent_repeat(-5, "same", 0) is None  # the guard switched off
    clock.advance(61)
    assert await store.recent_repeat(-5, "same", 120) is None


async def test_the_repeat_check_and_the_saving_of_an_answer_go_together(store: Store, clock: FakeClock) -> None:
    token, earlier = await store.save_shown_answer_unless_repeat(
        chat_id=-5, payload={"headline": "h"}, repeat_key="same", window_seconds=120
    )
    assert token is not None
    assert earlier is None
    # Not delivered yet: no repeat, a second answer is kept.
    second, earlier = await store.save_shown_answer_unless_repeat(
        chat_id=-5, payload={}, repeat_key="same", window_seconds=120
    )
    assert second is not None
    assert earlier is None
    await store.set_shown_message(token, 42)
    clock.advance(60)
    assert await store.save_shown_answer_unless_repeat(
        chat_id=-5, payload={}, repeat_key="same", window_seconds=120
    ) == (None, 42)
    # Without a window (private chats) the answer is always kept.
    kept, earlier = await store.save_shown_answer_unless_repeat(
        chat_id=-5, payload={}, repeat_key="same", window_seconds=0
    )
    assert kept is not None
    assert earlier is None
    shown = await store.shown_answer(kept)
    assert shown is not None
    assert shown.chat_id == -5


async def test_old_shown_answers_are_pruned(store: Store, clock: FakeClock) -> None:
    old = await store.save_shown_answer(chat_id=1, payload={}, query_id=None, repeat_key="k")
    clock.advance(100)
    new = await store.save_shown_answer(chat_id=1, payload={}, query_id=None, repeat_key="k")
    assert await store.prune_shown_answers(keep_seconds=50) == 1
    assert await store.shown_answer(old) is None
    assert await store.shown_answer(new) is not None

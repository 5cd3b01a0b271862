"""Inline mode through the real update processing: starters for an empty query, ranked answers otherwise."""

from __future__ import annotations

from tests.conftest import Telegram
from tests.telegram_fakes import html_problems


async def test_an_empty_query_offers_starter_answers(telegram: Telegram) -> None:
    results = await telegram.inline("")
    assert 1 <= len(results) <= 10
    (call,) = telegram.api.of("answerInlineQuery")
    assert call["cache_time"] <= 60
    assert call["is_personal"] is False
    for result in results:
        assert result["type"] == "article"
        assert result["title"]
        assert result["description"]
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert content["link_preview_options"] == {"is_disabled": True}
        assert html_problems(content["message_text"]) == []
        assert "Sources:" in content["message_text"]  # sent with its citation


async def test_a_real_query_puts_the_answer_first(telegram: Telegram) -> None:
    results = await telegram.inline("When did Azerbaijan join the UN?")
    assert results[0]["title"].startswith("Azerbaijan became a member of the United Nations")
    assert "para. 2" in results[0]["input_message_content"]["message_text"]
    assert len({r["id"] for r in results}) == len(results) <= 10
    assert len({r["title"] for r in results}) == len(results)


async def test_a_list_query_offers_the_list_and_its_facts(telegram: Telegram) -> None:
    results = await telegram.inline("meetings with Guterres")
    assert len(results) >= 2
    assert all(len(r["id"].encode()) <= 64 for r in results)


async def test_a_query_without_an_answer_offers_no_made_up_results(telegram: Telegram) -> None:
    results = await telegram.inline("What is the capital of Mars?")
    assert all("Mars" not in r["title"] for r in results)


async def test_results_follow_the_users_language(telegram: Telegram) -> None:
    from tests.telegram_fakes import user

    results = await telegram.inline("", from_user=user(language_code="fr"))
    assert any("Sources" in r["input_message_content"]["message_text"] for r in results)
    assert results[0]["title"].startswith("L'Azerbaïdjan")


async def test_a_person_query_gives_one_line_titles(telegram: Telegram) -> None:
    # A "who" answer runs over several lines; a result's title is one line in Telegram's list.
    results = await telegram.inline("Zuev")
    assert results[0]["title"].startswith("Alexander Zuev")
    assert all("\n" not in r["title"] for r in results)

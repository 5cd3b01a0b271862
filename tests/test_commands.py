"""The commands' answers, built from the real fact base (pure: no store, no Telegram)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from bot.answer import Answer
from bot.commands import COMMANDS, Commands, UsageError, starter_questions, usage
from bot.engine import Engine
from bot.rules import fact_order


@pytest.fixture(scope="module")
def commands(engine: Engine) -> Commands:
    return Commands(engine, rng=random.Random(7))


def facts_of(answer: Answer) -> set[str]:
    return set(answer.facts)


# ----- /meetings and /resolutions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "expected", "absent"),
    [
        ("", {"aliyev-guterres-meeting-2025", "guterres-bayramov-meeting-2022", "bayramov-zuev-meeting-2023"}, set()),
        (
            "Guterres",
            {"aliyev-guterres-meeting-2025", "guterres-bayramov-meeting-2022"},
            {"bayramov-zuev-meeting-2023"},
        ),
        ("Guteres", {"aliyev-guterres-meeting-2025", "guterres-bayramov-meeting-2022"}, {"bayramov-zuev-meeting-2023"}),
        (
            "Bairamov",
            {"guterres-bayramov-meeting-2022", "bayramov-zuev-meeting-2023"},
            {"aliyev-guterres-meeting-2025"},
        ),
        ("2022", {"guterres-bayramov-meeting-2022"}, {"bayramov-zuev-meeting-2023"}),
        (
            "2012-2013",
            {"unsc-meeting-may-2012-ilham-aliyev", "unsc-un-oic-meeting-2013"},
            {"un75-high-level-meeting-2020"},
        ),
    ],
)
def test_meetings_are_filtered_by_person_or_year(
    commands: Commands, argument: str, expected: set[str], absent: set[str]
) -> None:
    answer = commands.meetings(argument, "en")
    assert answer.answered
    assert expected <= facts_of(answer)
    assert not absent & facts_of(answer)
    assert all(commands.index.facts[f].kind == "meeting" for f in answer.facts)
    assert answer.sources  # every list is cited


def test_meetings_in_a_year_without_any_say_so_and_offer_them_all(commands: Commands) -> None:
    answer = commands.meetings("1999", "en")
    assert not answer.answered
    assert answer.headline == "My sources record no meeting in 1999."
    assert [s.query for s in answer.suggestions] == ["/meetings"]


@pytest.mark.parametrize("argument", ["Nobody Smith", "!!!", "2 mars"])
def test_meetings_with_a_bad_argument_raise_usage(commands: Commands, argument: str) -> None:
    with pytest.raises(UsageError) as raised:
        commands.meetings(argument, "en")
    assert str(raised.value) == "Usage: /meetings [person | year]\nExample: /meetings Guterres"


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("822", {"unsc-resolution-822"}),
        ("No. 884", {"unsc-resolution-884"}),
        ("1993", {"unsc-resolution-822", "unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884"}),
        ("2021", {"unga-covid-vaccine-resolution-2021"}),
    ],
)
def test_resolutions_by_number_or_year(commands: Commands, argument: str, expected: set[str]) -> None:
    answer = commands.resolutions(argument, "en")
    assert answer.answered
    assert facts_of(answer) == expected


def test_all_resolutions_are_listed_in_date_order(commands: Commands) -> None:
    answer = commands.resolutions("", "en")
    dates = [commands.index.facts[f].date.start for f in answer.facts]  # type: ignore[union-attr]
    assert len(answer.facts) == len(commands.index.by_kind["resolution"])
    assert dates == sorted(dates)


def test_an_unknown_resolution_number_is_refused_honestly(commands: Commands) -> None:
    answer = commands.resolutions("999", "fr")
    assert not answer.answered
    assert answer.headline == "Mes sources ne disent rien de la résolution 999."


# ----- /timeline, /on, /today ------------------------------------------------------------------------------


def test_timeline_without_argument_holds_every_dated_fact_in_order(commands: Commands) -> None:
    answer = commands.timeline("", "en")
    dated = [commands.index.facts[i] for i in commands.index.dated_facts()]
    assert list(answer.facts) == [f.id for f in sorted(dated, key=fact_order)]
    assert answer.is_list


@pytest.mark.parametrize(("argument", "year_range"), [("2020", (2020, 2020)), ("2012-2013", (2012, 2013)),
                                                       ("from 2012 to 2013", (2012, 2013))])  # fmt: skip
def test_timeline_of_a_year_or_range(commands: Commands, argument: str, year_range: tuple[int, int]) -> None:
    answer = commands.timeline(argument, "en")
    assert answer.answered
    assert answer.facts
    for fact_id in answer.facts:
        date = commands.index.facts[fact_id].date
        assert date is not None
        assert date.start.year <= year_range[1]
        assert date.end.year >= year_range[0]


def test_timeline_of_an_empty_year_offers_the_nearest_years(commands: Commands) -> None:
    answer = commands.timeline("1999", "en")
    assert not answer.answered
    assert [s.query for s in answer.suggestions] == ["/timeline 1995", "/timeline 2000", "/timeline 2003"]


@pytest.mark.parametrize("argument", ["soon", "the nineties please", "1992 and more"])
def test_timeline_with_a_bad_argument_raises_usage(commands: Commands, argument: str) -> None:
    with pytest.raises(UsageError, match=r"^Usage: /timeline \[year \| from-to\]"):
        commands.timeline(argument, "en")


@pytest.mark.parametrize(
    "argument", ["2 March 1992", "02.03.1992", "1992-03-02", "2 mars 1992", "March 2, 1992", "2 марта 1992"]
)
def test_on_understands_the_date_formats_users_type(commands: Commands, argument: str) -> None:
    answer = commands.on(argument, "en")
    assert answer.answered
    assert answer.headline == "On 2 March 1992:"
    assert "un-membership-1992" in answer.facts


def test_on_a_day_without_facts_says_so_and_shows_the_nearest_dates(commands: Commands) -> None:
    answer = commands.on("1 January 1990", "en")
    assert not answer.answered
    assert answer.headline.startswith("My sources record nothing on 1 January 1990.")
    assert answer.items
    assert not answer.facts
    assert [s.query for s in answer.suggestions] == ["/on 1992-03-02", "/on 1992-05-06", "/on 1993"]
    assert commands.on("1993", "en").answered  # the suggestions work


@pytest.mark.parametrize("argument", ["", "tomorrow", "31 February"])
def test_on_without_a_date_raises_usage(commands: Commands, argument: str) -> None:
    with pytest.raises(UsageError, match="Example: /on 2 March 1992"):
        commands.on(argument, "en")


def test_today_finds_facts_on_this_day_in_any_year(commands: Commands) -> None:
    answer = commands.today(dt.date(2030, 9, 25), "en")
    assert answer.answered
    assert answer.headline == "On 25 September:"
    assert "aliyev-guterres-meeting-2025" in answer.facts
    assert "jamnews-2021-aliyev-unga76" not in answer.facts  # facts, not sources


def test_today_without_facts_shows_the_nearest_dates(commands: Commands) -> None:
    year = [dt.date(2030, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    empty = next(day for day in year if not commands.today(day, "en").answered)
    answer = commands.today(empty, "fr")
    assert not answer.answered
    assert answer.headline.startswith(f"Mes sources ne rapportent rien pour le {empty.day} ")
    assert answer.headline.endswith("Les dates les plus proches que je connais :")
    assert answer.items
    assert answer.suggestions


# ----- /who, /sources, /source, /fact, /random -------------------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "entity"),
    [("Bairamov", "jeyhun-bayramov"), ("Guteres", "antonio-guterres"), ("UN", "un"), ("ONU", "un"),
     ("Security Council", "un-security-council"), ("UNESCO", "unesco"), ("Jeyhun Bayramov", "jeyhun-bayramov")],
)  # fmt: skip
def test_who_finds_people_and_organisations_by_any_name(commands: Commands, argument: str, entity: str) -> None:
    answer = commands.who(argument, "en")
    assert answer.answered
    assert answer.context["entities"] == [entity]
    assert answer.headline.startswith(commands.index.entities[entity].name.en)


def test_who_card_has_description_roles_and_facts(commands: Commands) -> None:
    answer = commands.who("Bayramov", "fr")
    name = commands.index.entities["jeyhun-bayramov"].name.fr
    assert answer.headline.startswith(f"{name} : ")
    assert any(n.startswith("Fonctions dans les sources") for n in answer.notes)
    assert "guterres-bayramov-meeting-2022" in answer.facts


def test_who_with_an_ambiguous_name_offers_the_others(commands: Commands) -> None:
    answer = commands.who("Aliyev", "en")
    assert answer.answered
    assert {s.query for s in answer.suggestions} >= {"/who Heydar Aliyev"}


def test_who_with_an_unknown_name_refuses_and_suggests_people(commands: Commands) -> None:
    answer = commands.who("Nobody Smith", "en")
    assert not answer.answered
    assert answer.headline == "My sources say nothing about Nobody Smith."
    assert all(s.query.startswith("/who ") for s in answer.suggestions)


def test_who_without_argument_raises_usage(commands: Commands) -> None:
    with pytest.raises(UsageError, match="Exemple : /who Bayramov"):
        commands.who("  ", "fr")


def test_sources_lists_the_five_documents(commands: Commands) -> None:
    answer = commands.sources("en")
    assert answer.headline == "My 5 sources:"
    assert len(answer.items) == 5
    assert all(any(i.text.startswith(s) for i in answer.items) for s in commands.index.base.sources)


@pytest.mark.parametrize("argument", ["newsaz-2023-bayramov-zuev", "NEWSAZ", "newsaz-2023"])
def test_source_shows_publisher_date_basis_document_and_count(commands: Commands, argument: str) -> None:
    answer = commands.source(argument, "en")
    assert (
        answer.headline
        == "«Azerbaijani Foreign Minister Jeyhun Bayramov met UN Assistant Secretary-General Alexander Zuev»"
    )
    assert answer.notes[0] == "Publisher: News.az"
    assert answer.notes[1] == "Published: 26 May 2023"
    assert answer.notes[2].startswith("How the date is known: stated")
    assert "003_0e1298b2edd03f62.txt" in answer.notes[3]
    count = sum("newsaz-2023-bayramov-zuev" in f.source_ids for f in commands.index.facts.values())
    assert answer.notes[4] == f"Facts taken from it: {count}"


def test_source_with_an_inferred_date_explains_it(commands: Commands) -> None:
    answer = commands.source("mfa-2022-guterres-bayramov", "en")
    assert answer.notes[2].startswith("How the date is known: inferred. the article gives")


@pytest.mark.parametrize("argument", ["", "nope", "2022"])
def test_source_with_a_bad_id_raises_usage(commands: Commands, argument: str) -> None:
    with pytest.raises(UsageError, match="Example: /source newsaz-2023-bayramov-zuev"):
        commands.source(argument, "en")


def test_fact_shows_the_fact_with_date_kind_and_citation(commands: Commands) -> None:
    answer = commands.fact("un-membership-1992", "en")
    assert answer.headline == "Azerbaijan became a member of the United Nations on 2 March 1992."
    assert answer.facts == ("un-membership-1992",)
    assert answer.sources[0].source_id == "overview-azerbaijan-un-cooperation"
    assert answer.sources[0].paragraphs == (2,)
    assert "Fact un-membership-1992 (membership)." in answer.notes


def test_fact_with_an_unknown_id_raises_usage(commands: Commands) -> None:
    with pytest.raises(UsageError, match="Example: /fact un-membership-1992"):
        commands.fact("un-membership-1993", "en")


def test_random_picks_a_real_fact(engine: Engine) -> None:
    first = Commands(engine, rng=random.Random(1)).random_fact("en")
    again = Commands(engine, rng=random.Random(1)).random_fact("en")
    assert first.facts == again.facts
    assert first.facts[0] in engine.index.facts


# ----- help, welcome, usage --------------------------------------------------------------------------------


def test_help_lists_every_public_command_with_its_example(commands: Commands) -> None:
    text = "\n".join(commands.help("en").notes)
    for spec in COMMANDS:
        if spec.name != "start":
            assert f"/{spec.name}" in text
    assert "/stats" not in text
    assert "/stats" in "\n".join(commands.help("en", admin=True).notes)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_starter_questions_are_answered(engine: Engine, lang: str) -> None:
    for question in starter_questions(lang):
        assert engine.ask(question, lang=lang).answered, question


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_usage_lines_are_in_the_chat_language(lang: str) -> None:
    text = usage("meetings", lang)
    assert text.splitlines()[0] == ("Usage: /meetings [person | year]" if lang == "en"
                                    else "Utilisation : /meetings [personne | année]")  # fmt: skip
    assert text.splitlines()[1].endswith("/meetings Guterres")


def test_answers_carry_a_follow_up_context(commands: Commands) -> None:
    answer = commands.meetings("Guterres", "en")
    assert answer.context["facts"] == list(answer.facts)
    assert answer.context["list"] == list(answer.facts)
    assert answer.context["lang"] == "en"

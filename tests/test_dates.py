"""Dates as users type them, and as the bot writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dates import find_dates, format_date, format_query, resolve_relative
from knowledge.loader import parse_date
from knowledge.schema import DateSpec


@pytest.mark.parametrize(
    ("text", "start", "end", "unit"),
    [
        ("2 March 1992", "1992-03-02", "1992-03-02", "day"),
        ("March 2, 1992", "1992-03-02", "1992-03-02", "day"),
        ("March 2nd 1992", "1992-03-02", "1992-03-02", "day"),
        ("02.03.1992", "1992-03-02", "1992-03-02", "day"),
        ("2/3/1992", "1992-03-02", "1992-03-02", "day"),
        ("1992-03-02", "1992-03-02", "1992-03-02", "day"),
        ("le 2 mars 1992", "1992-03-02", "1992-03-02", "day"),
        ("1er mars 1992", "1992-03-01", "1992-03-01", "day"),
        ("2 марта 1992 года", "1992-03-02", "1992-03-02", "day"),
        ("2 mart 1992", "1992-03-02", "1992-03-02", "day"),
        ("On September 2020, 21", "2020-09-01", "2020-09-30", "month"),
        ("in 1993", "1993-01-01", "1993-12-31", "year"),
        ("в 1993 году", "1993-01-01", "1993-12-31", "year"),
        ("1993-cü ildə", "1993-01-01", "1993-12-31", "year"),
        ("September 2020", "2020-09-01", "2020-09-30", "month"),
        ("sept. 2020", "2020-09-01", "2020-09-30", "month"),
        ("en mai 2017", "2017-05-01", "2017-05-31", "month"),
        ("в сентябре 2020", "2020-09-01", "2020-09-30", "month"),
        ("2012-2013", "2012-01-01", "2013-12-31", "range"),
        ("between 2000 and 2005", "2000-01-01", "2005-12-31", "range"),
        ("the 1990s", "1990-01-01", "1999-12-31", "range"),
        ("2020-ci il dekabrın 3-də", "2020-12-03", "2020-12-03", "day"),  # the year first, then the day
        ("In 2020, what happened on 3 December?", "2020-12-03", "2020-12-03", "day"),
        ("2012-ci ilin mayında", "2012-05-01", "2012-05-31", "month"),
        # two digits, where they can only be a year
        ("в 93-м", "1993-01-01", "1993-12-31", "year"),
        ("по карабаху в 93м", "1993-01-01", "1993-12-31", "year"),
        ("в 93 году", "1993-01-01", "1993-12-31", "year"),
        ("adopted in '93", "1993-01-01", "1993-12-31", "year"),
        ("92-ci ildə", "1992-01-01", "1992-12-31", "year"),
        ("l'Azerbaïdjan a rejoint l'ONU en 92 ?", "1992-01-01", "1992-12-31", "year"),
        ("joined the un in 92", "1992-01-01", "1992-12-31", "year"),
        ("how many unsc resolutions in 93 on the conflict", "1993-01-01", "1993-12-31", "year"),
        ("la mission permanente a ouvert le 6 mai 92 c'est ca", "1992-05-06", "1992-05-06", "day"),
        ("admitted on march 2nd 92", "1992-03-02", "1992-03-02", "day"),
        ("on 2 March '92", "1992-03-02", "1992-03-02", "day"),
        # a month and two digits: its year, not that month in every year
        ("what happened in march '92", "1992-03-01", "1992-03-31", "month"),
        ("sept '20", "2020-09-01", "2020-09-30", "month"),
        ("mars 92", "1992-03-01", "1992-03-31", "month"),
        ("et la médaille d'or de l'OMPI en mars 06 ?", "2006-03-01", "2006-03-31", "month"),  # (French: no 6 March)
        ("le 6 mars 06", "2006-03-06", "2006-03-06", "day"),
        ("in the 90s", "1990-01-01", "1999-12-31", "range"),
        # a year before any source is still a year: nothing happened then, not 2 March of every year
        ("what happened on 2 March 1776", "1776-03-02", "1776-03-02", "day"),
    ],
)
def test_dates_users_type_are_understood(text: str, start: str, end: str, unit: str) -> None:
    (found,) = find_dates(text)
    assert (found.start.isoformat(), found.end.isoformat(), found.unit) == (start, end, unit)


@pytest.mark.parametrize("text", ["le 19 septembre", "19 September", "September 19", "19.09"])
def test_a_day_without_a_year_matches_that_day_in_any_year(text: str) -> None:
    (found,) = find_dates(text)
    assert not found.year_given
    assert found.matches(parse_date("2022-09-19"))
    assert not found.matches(parse_date("2022-09-20"))


@pytest.mark.parametrize(
    "text", ["31 February 2021", "2.5 million", "resolution 853", "30 countries", "13.45", "market", "Jane"]
)
def test_things_that_are_not_dates_are_not_taken_for_dates(text: str) -> None:
    assert [d for d in find_dates(text) if d.unit == "day"] == []


@pytest.mark.parametrize("text", ["en 92 pays", "in 30 countries?", "élu avec 155 voix en 2011"])
def test_two_digits_before_a_word_are_not_a_year(text: str) -> None:
    assert [d.start.year for d in find_dates(text)] in ([], [2011])


def test_strict_matching_does_not_let_a_two_year_span_confirm_one_month() -> None:
    (october,) = find_dates("October 2012")
    term = parse_date("2012..2013")
    assert october.matches(term)
    assert not october.matches(term, strict=True)


@pytest.mark.parametrize(
    ("iso", "en", "fr"),
    [
        ("1992-03-02", "2 March 1992", "2 mars 1992"),
        ("2021-12-01", "1 December 2021", "1er décembre 2021"),
        ("2004-08", "August 2004", "août 2004"),
        ("1993", "1993", "1993"),
        ("2012..2013", "2012–2013", "2012–2013"),
        ("2020-12-03..2020-12-04", "3–4 December 2020", "3–4 décembre 2020"),
    ],
)
def test_dates_are_written_for_the_language(iso: str, en: str, fr: str) -> None:
    date = parse_date(iso)
    assert (format_date(date, "en"), format_date(date, "fr")) == (en, fr)


def test_a_dayless_query_is_written_back_without_a_year() -> None:
    (found,) = find_dates("le 19 septembre")
    assert format_query(found, "fr") == "19 septembre"
    assert dt.date(2000, 9, 19) == found.start


@pytest.mark.parametrize(
    ("text", "anchor", "unit", "year_or_day"),
    [
        ("and the year before?", "2021-09-23", "day", "2020"),
        ("et l'année suivante ?", "2012-01-01", "year", "2013"),
        ("а годом позже?", "1993-01-01", "year", "1994"),
        ("and a month later?", "2004-09-22", "day", "2004-10"),
        ("and three days later?", "2020-09-24", "day", "2020-09-27"),
        ("deux jours avant ?", "2020-09-24", "day", "2020-09-22"),
        ("а через три дня он где выступал?", "2020-09-21", "day", "2020-09-24"),
        ("а за пару месяцев до этого?", "1992-05-06", "day", "1992-03"),
        ("and two months earlier?", "1992-05-06", "month", "1992-03"),
        ("une semaine plus tard ?", "2023-10-05", "day", "2023-10-12"),
        ("iki ay sonra?", "2012-11-15", "day", "2013-01"),
        ("was Azerbaijan presiding the council at that point?", "2013-10-28", "day", "2013"),
        ("l'Azerbaïdjan présidait-il le Conseil à ce moment-là ?", "2013-10-28", "day", "2013"),
    ],
)
def test_a_time_counted_from_the_previous_answer_becomes_a_date(
    text: str, anchor: str, unit: str, year_or_day: str
) -> None:
    start = parse_date(anchor).start
    resolved = resolve_relative(text, DateSpec(start, start, unit))  # type: ignore[arg-type]
    assert year_or_day in resolved
    (found,) = find_dates(resolved)
    assert found.start.isoformat().startswith(year_or_day)


def test_a_word_about_something_else_is_not_a_time_counted() -> None:
    start = parse_date("1992-05-06").start
    for text in ("а за что его наградили?", "сколько мин обезврежено за месяц?"):
        assert resolve_relative(text, DateSpec(start, start, "day")) == text


def test_a_month_is_not_counted_from_a_date_known_only_to_the_year() -> None:
    start = parse_date("2004-01-01").start
    assert resolve_relative("and a month later?", DateSpec(start, start, "year")) == "and a month later?"


def test_a_day_without_a_year_that_some_years_lack_matches_no_date_of_those_years() -> None:
    # '29 February' (or 'le 31' of a thirty-day month) asked of a 2021 fact: no such day that year, and no crash
    (query,) = find_dates("on 29 February")
    assert not query.matches(DateSpec(dt.date(2021, 2, 1), dt.date(2021, 3, 31), "month", is_range=True))


def test_things_after_that_are_after_the_previous_answers_year() -> None:
    start = parse_date("2004-10-29").start
    anchor = DateSpec(start, start, "day")  # type: ignore[arg-type]
    assert resolve_relative("and the resolutions after that?", anchor) == "and the resolutions after 2004?"
    assert resolve_relative("and after that?", anchor) == "and after that?"  # the next of a series, left as it is
    assert resolve_relative("et les résolutions après ça ?", anchor) == "et les resolutions apres 2004 ?"
    assert resolve_relative("et depuis quand ?", anchor) == "et depuis quand ?"  # since when, not since then


@pytest.mark.parametrize(
    ("text", "start", "unit"),
    [
        ("2 марта 93го", "1993-03-02", "day"),
        ("в декабре 21го", "2021-12-01", "month"),
        ("в мае 12-го", "2012-05-01", "month"),
    ],
)
def test_a_short_year_with_its_russian_ending(text: str, start: str, unit: str) -> None:
    (found,) = find_dates(text)
    assert (found.start.isoformat(), found.unit) == (start, unit)


def test_after_belongs_to_the_date_it_opens() -> None:
    (found,) = find_dates("how many mine victims after nov 2020")
    assert found.is_open
    assert "how many mine victims after nov 2020"[found.span[0] : found.span[1]] == "after nov 2020"


@pytest.mark.parametrize(
    ("text", "year"),
    [("les résolutions du CS de 93", 1993), ("the resolutions of 93", 1993), ("aid of 93 countries", None)],
)
def test_a_two_digit_year_after_of(text: str, year: int | None) -> None:
    assert [q.start.year for q in find_dates(text)] == ([year] if year else [])

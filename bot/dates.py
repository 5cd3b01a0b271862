"""Dates as users type them (2 March 1992, 02.03.1992, 2 mars 1992, 2 марта 1992, in 1993) and as we write them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from bot.text import fold
from knowledge.schema import DateSpec

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "январь", "января", "январе"),
    2: ("february", "feb", "февраль", "февраля", "феврале"),
    3: ("march", "mar", "март", "марта", "марте"),
    4: ("april", "apr", "апрель", "апреля", "апреле"),
    5: ("may", "май", "мая", "мае"),
    6: ("june", "jun", "июнь", "июня", "июне"),
    7: ("july", "jul", "июль", "июля", "июле"),
    8: ("august", "aug", "август", "августа", "августе"),
    9: ("september", "sep", "sept", "сентябрь", "сентября", "сентябре"),
    10: ("october", "oct", "октябрь", "октября", "октябре"),
    11: ("november", "nov", "ноябрь", "ноября", "ноябре"),
    12: ("december", "dec", "декабрь", "декабря", "декабре"),
}
# French month names (folded): also read before a two-digit year ('mars 06'), so they are listed apart.
_FR_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv"), 2: ("fevrier", "fevr"), 3: ("mars",), 4: ("avril", "avr"), 5: ("mai",), 6: ("juin",),
    7: ("juillet", "juil"), 8: ("aout",), 9: ("septembre",), 10: ("octobre",), 11: ("novembre",), 12: ("decembre",),
}  # fmt: skip
# Azerbaijani month names: also found alone with a case ending ('mayında'), so they are listed apart.
_AZ_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("yanvar",), 2: ("fevral",), 3: ("mart",), 4: ("aprel",), 5: ("may",), 6: ("iyun",), 7: ("iyul",),
    8: ("avqust", "avgust"), 9: ("sentyabr",), 10: ("oktyabr",), 11: ("noyabr",), 12: ("dekabr",),
}  # fmt: skip
MONTHS: dict[str, int] = {
    fold(name): number
    for table in (_MONTH_NAMES, _FR_MONTH_NAMES, _AZ_MONTH_NAMES)
    for number, names in table.items()
    for name in names
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_FR_MONTH_RE = "|".join(sorted((n for names in _FR_MONTH_NAMES.values() for n in names), key=len, reverse=True))
# Month names may carry a trailing dot ("sept.") or an Azerbaijani case ending, here folded: 'martda', 'sentyabrın',
# 'mayında', 'dekabrdan' (only these endings: 'market' is not March, nor 'Jane' January).
_AZ_CASE = r"(?:[iu]n[dt][ae]|[iu]nin|[iu]na|[iu]n|n[iu]n|[dt][ae]n?)"
_M = rf"(?P<month>{_MONTH_RE})(?:\.|{_AZ_CASE}\b)?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|eme|-?е|-?го|-?я)?"
_Y = r"(?P<year>(?:1[89]|20)\d\d)"
_SEP = r"[\s,]*(?:of\s+|de\s+)?"

_DAY_BESIDE_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:{_MONTH_RE})\b|\b(?:{_MONTH_RE})\s+(\d{{1,2}})\b"
)


def day_numbers(text: str) -> set[str]:
    """The numbers of a text that are days of a month ('27' of 'on 27 September 2020', of 'September 27')."""
    return {a or b for a, b in _DAY_BESIDE_MONTH.findall(fold(text))}


_PATTERNS = [
    # 1992-03-02 and 2020-12 (ISO)
    ("day", re.compile(rf"\b{_Y}-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b")),
    # 02.03.1992, 2/3/1992, 02-03-1992 (day first, as everywhere but the US)
    ("day", re.compile(rf"\b(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-]{_Y}\b")),
    # 1992.03.02, 1992/03/02: year first, then month and day as in ISO
    ("day", re.compile(rf"\b{_Y}[./](?P<month>[01]?\d)[./](?P<day>[0-3]?\d)\b")),
    # 12/16/2021: month first, the American way, when the day-first reading is no date (a day over 12)
    ("day", re.compile(rf"\b(?P<month>[01]?\d)[./-](?P<day>[0-3]?\d)[./-]{_Y}\b")),
    # 19.09.22, 02/03/92: a two-digit year, read as 19xx from 50 on and as 20xx below
    ("day", re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>\d\d)\b(?![./]?\d)")),
    # 2 March 1992, 2nd of March, 1992, le 2 mars 1992, 2 марта 1992 года, 2 mart 1992
    ("day", re.compile(rf"\b{_D}{_SEP}{_M}{_SEP}{_Y}\b")),
    # March 2, 1992 / March 2nd 1992 / September 2020, 21 (as one of our documents writes)
    ("day", re.compile(rf"\b{_M}\s+{_D}(?:\s*,\s*|\s+){_Y}\b")),
    ("day", re.compile(rf"\b{_Y}[\s,]+{_M}\s+{_D}\b")),
    # 6 mai 92, 2 March '92, March 2nd 92: a day and a month name make two digits a year
    ("day", re.compile(rf"\b{_D}{_SEP}{_M}{_SEP}'?(?P<year>\d\d)(?:-?го)?\b(?![.,]?\d|\s*%)")),
    ("day", re.compile(rf"\b{_M}\s+{_D}(?:\s*,\s*|\s+)'?(?P<year>\d\d)\b(?![.,]?\d|\s*%)")),
    # 2 March 1776: a year before any source, still a year (not 2 March of every year)
    ("day", re.compile(rf"\b{_D}{_SEP}{_M}{_SEP}(?P<year>1[0-7]\d\d)\b")),
    # March '92, sept. '20, mars 92: two digits after a month name are a year (with an apostrophe, or over 31)
    ("month", re.compile(rf"\b{_M}{_SEP}(?:'|’)(?P<year>\d\d)\b(?![.,]?\d|\s*%)")),
    ("month", re.compile(rf"\b{_M}{_SEP}(?P<year>[4-9]\d)\b(?![.,]?\d|\s*%)")),
    # 'en mars 06', 'juin 12': French puts the day before its month, so two digits after one are a year
    ("month", re.compile(rf"(?<!\d )\b(?P<month>{_FR_MONTH_RE})\.?\s+(?P<year>[0-2]\d)\b(?![.,:h]?\d|\s*%)")),
    # 'в декабре 21го', 'в мае 12-го': the '-го' of a year said short after its month
    ("month", re.compile(rf"\b{_M}{_SEP}(?P<year>\d\d)-?го\b")),
    # 2020-12, 12.2020, 12/2020
    ("month", re.compile(rf"\b{_Y}-(?P<month>[01]\d)\b(?!-\d)")),
    ("month", re.compile(rf"\b(?P<month>[01]?\d)[./]{_Y}\b")),
    # September 2020, sept. 2020, septembre 2020, сентябре 2020, sentyabr 2020
    ("month", re.compile(rf"\b{_M}{_SEP}{_Y}\b")),
    # 2 March, March 2, le 19 septembre, 19.09 (no year)
    ("dayless", re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]\d)\b(?![./]?\d)")),
    ("dayless", re.compile(rf"\b{_D}{_SEP}{_M}")),
    ("dayless", re.compile(rf"\b{_M}\s+{_D}\b(?!\s*\d)")),
]
_YEAR_RANGE = re.compile(
    r"(?:\b(?:from|between|de|du|entre|с|от|между)\s+)?\b(?P<a>(?:1[89]|20)\d\d)\s*(?:-|–|—|to|and|till|until|à|a|et|au|по|до|и|\.\.)\s*(?P<b>(?:1[89]|20)\d\d)\b"
)
# 'before 2020', 'après 2015', 'до 2020 года', '2020-ci ildən əvvəl': an open span of years.
_BEFORE = re.compile(
    r"\b(?:before|prior to|avant|до)\s+(?P<year>(?:1[89]|20)\d\d)\b"
    r"|\b(?P<year2>(?:1[89]|20)\d\d)\S*\s+(?:\S+\s+)?evvel\b"
)
_AFTER = re.compile(
    r"\b(?:after|since|apres|depuis|после|с)\s+(?P<year>(?:1[89]|20)\d\d)\b"
    r"|\b(?P<year2>(?:1[89]|20)\d\d)\S*\s+(?:\S+\s+)?sonra\b"
)
_DECADE = re.compile(
    r"\bthe '?(?P<decade_short>[5-9]0)'?s\b"  # 'in the 90s'
    r"|\b(?P<decade>(?:1[89]|20)\d0)\s*'?s\b|\bann[eé]es\s+(?P<decade_fr>(?:1[89]|20)\d0)\b|\b(?P<decade_ru>(?:1[89]|20)\d0)-?(?:е|х)\b"
)
_YEAR = re.compile(rf"\b{_Y}\b")
# A year in two digits where it can be nothing else: 'в 93-м', 'в 93 году', 'in '93', '93-cü ildə', and
# 'en 92 ?' / 'in 93 on ...' / 'в 93?' closing the question or a clause (not 'en 92 pays').
_SHORT_YEAR = re.compile(
    r"\bв (?P<year>\d{2})(?:-?(?:м|ем|ом)\b|\s+(?:году|г\.?)(?!\w))|\bin '(?P<year2>\d{2})\b"
    r"|\b(?P<year3>\d{2})-?(?:ci|cu|cı|cü) il(?:de|də|in|i)?\b"  # ('25 ildə' is in 25 years)
    r"|\b(?:in|en|в) (?P<year4>\d{2})(?=\s*(?:[?!.,]|$|(?:on|about|for|and|sur|pour|et|по|и)\s))"
    # 'les résolutions du CS de 93', 'the resolutions of 93': the nineties, unless a count of something follows
    r"|\b(?:de|of|from) (?P<year5>9\d)\b(?!\s*(?:%|percent|pays|countries|stran\w*|стран\w*|jours|days|ans|years"
    r"|mois|months|personnes|people|membres|members|mines|tonnes|tons|resolutions|résolutions))"
)
_AZ_MONTHS = "|".join(name for names in _AZ_MONTH_NAMES.values() for name in names)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|en|au mois de|в|во)\s+{_M}\b(?!\s*\d)|\b(?P<month_az>{_AZ_MONTHS}){_AZ_CASE}\b(?!\s*\d)"
)


SHORT_SPAN_DAYS = 7  # a span of days this short still answers 'what happened on <day>'
OPEN_START, OPEN_END = 1900, 2099  # the years an open span ('before 2020', 'since 2015') runs from or to


@dataclass(frozen=True, slots=True)
class DateQuery:
    """A date or span mentioned in a question."""

    start: dt.date
    end: dt.date
    unit: str  # day, month, year, range
    span: tuple[int, int]  # where it was found in the folded question
    year_given: bool = True  # False for "le 19 septembre": any year matches
    month: int | None = None
    day: int | None = None

    @property
    def is_open(self) -> bool:
        """'before 1993', 'since 2023': a span with one end left open."""
        return self.unit == "range" and (self.start.year == OPEN_START or self.end.year == OPEN_END)

    def may_fall_within(self, date: DateSpec) -> bool:
        """True when a day or month asked without a year ('on 30 April?') may lie inside a date known only more
        coarsely ('1993', '2012-2013'): the sources neither confirm nor rule it out."""
        if self.year_given or self.month is None or date.unit == "day":
            return False
        for year in range(date.start.year, date.end.year + 1):
            last = calendar.monthrange(year, self.month)[1]
            lo = dt.date(year, self.month, self.day or 1)
            hi = dt.date(year, self.month, self.day or last)
            if date.start <= lo and hi <= date.end:
                return True
        return False

    def matches(self, date: DateSpec, *, strict: bool = False) -> bool:
        """True when the fact's date meets this span (any year, when the user gave none).

        `strict` asks that the fact's date lie within the span: a fact dated '2012-2013' does not confirm
        'October 2012'.
        """
        if self.year_given:
            if strict:
                return self.start <= date.start and date.end <= self.end
            return date.overlaps(self.start, self.end)
        if self.month is None:
            return False
        start, end = date.start, date.end
        if date.unit == "year" or (self.day and (date.unit != "day" or (end - start).days > SHORT_SPAN_DAYS)):
            return False  # 'on 19 September' is not confirmed by 'September 1994' nor by a ten-month span
        if (end - start).days > 62:
            return False
        candidates = range(start.year, end.year + 1)
        for year in candidates:
            last = calendar.monthrange(year, self.month)[1]
            if self.day and self.day > last:
                continue  # ('on 29 February' of a year that has none)
            lo = dt.date(year, self.month, self.day or 1)
            hi = dt.date(year, self.month, self.day or last) if self.day else dt.date(year, self.month, last)
            if date.overlaps(lo, hi):
                return True
        return False


def _valid(year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _month_of(text: str) -> int:
    token = fold(text)
    if token.isdigit():
        return int(token)
    token = token.rstrip(".")
    if token in MONTHS:
        return MONTHS[token]
    for name in sorted(MONTHS, key=len, reverse=True):  # Azerbaijani case endings: "martda"
        if token.startswith(name):
            return MONTHS[name]
    return 0


def find_dates(question: str) -> list[DateQuery]:
    """Every date, month, year or range of years mentioned in `question`, longest match first."""
    text = fold(question)
    found: list[DateQuery] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for unit, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if not free(match.span()):
                continue
            month = _month_of(match.group("month"))
            day = int(match.group("day")) if unit in ("day", "dayless") else None
            if unit == "dayless":
                if not _valid(2000, month, day):
                    continue
                found.append(DateQuery(dt.date(2000, month, day or 1), dt.date(2000, month, day or 1), "day",
                                       match.span(), year_given=False, month=month, day=day))  # fmt: skip
                taken.append(match.span())
                continue
            year = int(match.group("year"))
            if year < 100:
                year += 1900 if year >= 50 else 2000
            if not _valid(year, month, day):
                continue
            if unit == "day" and day is not None:
                start = end = dt.date(year, month, day)
            else:
                start = dt.date(year, month, 1)
                end = dt.date(year, month, calendar.monthrange(year, month)[1])
            found.append(DateQuery(start, end, unit, match.span(), month=month, day=day))
            taken.append(match.span())
    for pattern, before in ((_BEFORE, True), (_AFTER, False)):
        for match in pattern.finditer(text):
            if free(match.span()):
                year = int(match.group("year") or match.group("year2"))
                inclusive = re.match(r"(since|depuis|с)\b", match.group(0)) is not None
                if before:
                    start, end = dt.date(OPEN_START, 1, 1), dt.date(year - 1, 12, 31)
                else:
                    start, end = dt.date(year if inclusive else year + 1, 1, 1), dt.date(OPEN_END, 12, 31)
                found.append(DateQuery(start, end, "range", match.span()))
                taken.append(match.span())
    for match in _YEAR_RANGE.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        if free(match.span()) and a < b:
            found.append(DateQuery(dt.date(a, 1, 1), dt.date(b, 12, 31), "range", match.span()))
            taken.append(match.span())
    for match in _DECADE.finditer(text):
        short = match.group("decade_short")  # 'in the 90s'
        decade = (
            1900 + int(short)
            if short
            else int(match.group("decade") or match.group("decade_fr") or match.group("decade_ru"))
        )
        if free(match.span()):
            found.append(DateQuery(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), "range", match.span()))
            taken.append(match.span())
    for match in _YEAR.finditer(text):
        if free(match.span()):
            year = int(match.group("year"))
            found.append(DateQuery(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", match.span()))
            taken.append(match.span())
    for match in _SHORT_YEAR.finditer(text):
        if free(match.span()):
            year = int(next(year for year in match.groups() if year))
            year += 1900 if year >= 50 else 2000
            found.append(DateQuery(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", match.span()))
            taken.append(match.span())
    for match in _MONTH_ONLY.finditer(text):
        if free(match.span()):
            month = _month_of(match.group("month") or match.group("month_az"))
            if month:
                found.append(DateQuery(dt.date(2000, month, 1), dt.date(2000, month, 1), "month", match.span(),
                                       year_given=False, month=month))  # fmt: skip
                taken.append(match.span())
    return _with_year(_joined(sorted((_opened(d, text) for d in found), key=lambda d: d.span), text))


def _with_year(found: list[DateQuery]) -> list[DateQuery]:
    """'2020-ci il dekabrın 3-də', 'in 2020, on 3 December': a year and a day (or month) without one are one date."""
    years = [d for d in found if d.unit == "year" and d.year_given]
    yearless = [d for d in found if not d.year_given and d.month]
    if len(found) != 2 or len(years) != 1 or len(yearless) != 1:
        return found
    year, part = years[0].start.year, yearless[0]
    assert part.month is not None
    if not _valid(year, part.month, part.day):
        return found
    span = (min(years[0].span[0], part.span[0]), max(years[0].span[1], part.span[1]))
    if part.day:
        day = dt.date(year, part.month, part.day)
        return [DateQuery(day, day, "day", span, month=part.month, day=part.day)]
    last = calendar.monthrange(year, part.month)[1]
    start, end = dt.date(year, part.month, 1), dt.date(year, part.month, last)
    return [DateQuery(start, end, "month", span, month=part.month)]


_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|till|until|a|et|au|jusqu au|по|до|и|ve|ile)\s*$")
_FROM = re.compile(r"\b(?:from|between|de|du|entre|с|от|между)\s+$")


def _joined(found: list[DateQuery], text: str) -> list[DateQuery]:
    """'between November 2020 and September 2021': one span from the first date to the second."""
    out: list[DateQuery] = []
    for query in found:
        if out:
            first = out[-1]
            between = text[first.span[1] : query.span[0]]
            if (
                first.year_given
                and query.year_given
                and first.unit in ("day", "month")
                and query.unit in ("day", "month")
                and _JOIN.match(between)
                and _FROM.search(text[max(0, first.span[0] - 12) : first.span[0]])
                and first.start <= query.end
            ):
                out[-1] = DateQuery(first.start, query.end, "range", (first.span[0], query.span[1]))
                continue
        out.append(query)
    return out


_SINCE = re.compile(r"\b(since|depuis|after|apres|starting|с|после|начиная с)\s+(le\s+|the\s+)?$")
_SINCE_AFTER = re.compile(
    r"\S{0,12}\s*(?:\S{1,30}\s+)?(?:sonra|b[əe]ri)\b", re.IGNORECASE
)  # '10 noyabr 2020-ci ildən sonra'


def _opened(query: DateQuery, text: str) -> DateQuery:
    """'since 10 November 2020': the span from that day on, not the day itself."""
    if query.unit not in ("day", "month") or not query.year_given:
        return query
    offset = max(0, query.span[0] - 20)
    before, after = text[offset : query.span[0]], text[query.span[1] : query.span[1] + 24]
    since = _SINCE.search(before)
    if since or _SINCE_AFTER.match(after):
        # ('after nov 2020': 'after' is the date's, not a word to find in the facts)
        start = offset + since.start() if since else query.span[0]
        return DateQuery(query.start, dt.date(OPEN_END, 12, 31), "range", (start, query.span[1]))
    return query


_EN_MONTHS = [calendar.month_name[m] for m in range(13)]
_FR_MONTHS = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]  # fmt: skip


def format_day(day: dt.date, unit: str, lang: str) -> str:
    """One date at its precision: '2 March 1992' / '2 mars 1992', 'September 2020', '1993'."""
    if unit == "year":
        return str(day.year)
    month = _FR_MONTHS[day.month] if lang == "fr" else _EN_MONTHS[day.month]
    if unit == "month":
        return f"{month} {day.year}"
    number = "1er" if (lang == "fr" and day.day == 1) else str(day.day)
    return f"{number} {month} {day.year}"


def format_date(date: DateSpec, lang: str) -> str:
    """A fact's date for readers: '2 March 1992', '2012–2013', '3–4 December 2020'."""
    if not date.is_range:
        return format_day(date.start, date.unit, lang)
    start, end = date.start, date.end
    if date.unit == "day" and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_day(end, 'day', lang)}"
    if date.unit == "month" and start.year == end.year:
        first = _FR_MONTHS[start.month] if lang == "fr" else _EN_MONTHS[start.month]
        return f"{first}–{format_day(end, 'month', lang)}"
    return f"{format_day(start, date.unit, lang)}–{format_day(end, date.unit, lang)}"


def format_query(query: DateQuery, lang: str) -> str:
    """A date the user asked about, as we would write it back."""
    if not query.year_given:
        month = _FR_MONTHS[query.month or 1] if lang == "fr" else _EN_MONTHS[query.month or 1]
        if query.day:
            return f"{query.day} {month}"
        return month
    if query.unit == "range":
        if query.start.year == OPEN_START:
            return ("avant " if lang == "fr" else "before ") + str(query.end.year + 1)
        if query.end.year == OPEN_END:
            return ("depuis " if lang == "fr" else "since ") + str(query.start.year)
        return f"{query.start.year}–{query.end.year}"
    return format_day(query.start, query.unit, lang)


# 'and the year before?', 'un mois plus tard ?', 'три дня спустя?': a time counted from the previous answer's date.
_RELATIVE = re.compile(
    r"(?P<year_back>\b(the )?(year before|previous year|prior year)\b|\ba year (earlier|before)\b|\bl ?annee (d avant"
    r"|precedente)\b|\bun an (plus tot|avant)\b|\bгодом (раньше|ранее)\b|\b(в )?предыдущ\w* год\w*"
    r"|\bbir il (evvel|once)\b)"
    r"|(?P<year_on>\b(the )?(year after|next year|following year)\b|\ba year later\b|\bl ?annee (d apres|suivante)\b"
    r"|\bun an (plus tard|apres)\b|\bгодом позже\b|\bчерез год\b|\b(в )?следующ\w* год\w*|\bbir il sonra\b)"
    r"|(?P<month_back>\b(the )?(month before|previous month)\b|\ba month( or so)? (earlier|before)\b|\ble mois (d avant"
    r"|precedent)\b|\bun mois (plus tot|avant)\b|\bмесяцем (раньше|ранее)\b|\bbir ay (evvel|once)\b)"
    r"|(?P<month_on>\b(the )?(month after|next month|following month)\b|\ba month( or so| or two)? later\b"
    r"|\ble mois (d apres|suivant)\b|\bun mois (plus tard|apres)\b|\bмесяц спустя\b|\bчерез месяц\b|\bbir ay sonra\b)"
    r"|(?P<year_same>\bat (that|the) time\b|\bat that (point|moment)\b|\ba ce moment( la)?\b|\bв тот момент\b"
    r"|\ba l epoque\b|\bcette annee[ -]?la\b|\bтогда\b|\bв то время\b"
    r"|\bo (vaxt|zaman)\b|\bhemin il\w*)"
    r"|(?P<month_same>(?<!\bof )\b(that|the same) month\b|\bce mois( la| ci)?\b|\ble meme mois\b"
    r"|\bв (тот|том же|этот) месяц\w*|\bhemin ay\w*)"
    r"|(?P<after_that>\b(after that|after this|since then|depuis (lors|ce moment( la)?)|apres (ca|cela)|после этого"
    r"|с тех пор|ondan sonra)\b"
    # 'which GA resolutions followed?', 'quelles résolutions ont suivi ?', 'какие резолюции последовали?'
    r"|\b(followed|came next|ont suivi|suivirent|последовал\w*)(?=\W*$))"
    r"|\b(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|un|une|deux|trois|quatre|cinq|six|sept|a couple of"
    r"|пару|два|две|три|четыре|пять|bir|iki|uc|dord|bes)\s+(?P<unit>days?|jours?|дн\w*|день|gun|weeks?|semaines?"
    r"|недел\w*|hefte|months?|mois|месяц\w*|ay)\s+(?P<way>later|after|earlier|before|plus tard|apres|plus tot"
    r"|avant|спустя|позже|раньше|sonra|evvel|once)\b"
    # Russian puts the way first: 'через три дня' (later), 'за пару месяцев до этого' (earlier)
    r"|\bчерез (?P<ru_on>\d{1,2} |пару |два |две |три |четыре |пять )?(?P<ru_on_unit>дн\w*|день|недел\w*|месяц\w*)"
    r"|\bза (?P<ru_back>\d{1,2} |пару |два |две |три |четыре |пять )?(?P<ru_back_unit>дн\w*|день|недел\w*|месяц\w*)"
    r" до (этого|того)\b"
)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "bir": 1, "two": 2, "deux": 2, "a couple of": 2,
                  "пару": 2, "два": 2, "две": 2, "iki": 2, "three": 3, "trois": 3, "три": 3, "uc": 3, "four": 4,
                  "quatre": 4, "четыре": 4, "dord": 4, "five": 5, "cinq": 5, "пять": 5, "bes": 5, "six": 6, "seven": 7,
                  "sept": 7}  # fmt: skip


# Times counted from today: 'last year', 'l'an dernier', 'в прошлом году', 'keçən il', 'this month'.
_CALENDAR = re.compile(
    r"(?P<last_year>\blast year\b|\bl ?(annee derniere|an dernier|an passe|annee passee)\b|\bв прошлом году\b"
    r"|\b(kecen|oten) il(de)?\b)"
    r"|(?P<this_year>\bthis year\b|\bcette annee\b(?![ -]?la\b)|\bв этом году\b|\bbu il(de)?\b)"
    r"|(?P<last_month>\blast month\b|\ble mois (dernier|passe)\b|\bв прошлом месяце\b|\b(kecen|oten) ay(da)?\b)"
    r"|(?P<this_month>\bthis month\b|\bce mois[ -]ci\b|\bв этом месяце\b|\bbu ay(da)?\b)"
    r"|(?P<ago>\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) years? ago\b"
    r"|\bil y a (?P<n_fr>\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans?\b"
    r"|\b(?P<n_ru>\d{1,2}) (год|года|лет) назад\b|\b(?P<n_az>\d{1,2}) il (evvel|once)\b)"
    r"|(?P<before_last>\b(the )?year before last\b|\bil y a deux ans\b|\bпозапрошл\w* год\w*)"
    r"|(?P<last_week>\blast week\b|\bla semaine (derniere|passee)\b|\bна прошлой неделе\b|\b(kecen|oten) hefte\b)"
    r"|(?P<today>\btoday\b|\baujourd ?hui\b|\bсегодня\b|\bbu gun\b)"
    r"|(?P<yesterday>\byesterday\b|\bhier\b|\bвчера\b|\bdunen\b)"
)
# 'what happened today?', 'anything new yesterday?': a day asked about (not 'the world today', 'still a member today')
_HAPPENED = re.compile(
    r"\b(happen\w*|anything|news|history|passe|nouveau|histoire|нового|произошло|случилось|bas verib|oldu)\b"
)


_COUNT_WORDS = {
    word: n
    for n, words in enumerate(
        ("", "one un", "two deux", "three trois", "four quatre", "five cinq", "six", "seven sept", "eight huit",
         "nine neuf", "ten dix"),
    )
    for word in words.split()
}  # fmt: skip


def resolve_calendar(text: str, today: dt.date) -> str:
    """The question with a time counted from today written as a date: 'what happened last year?' asked in 2026 is
    'what happened in 2025?' (a week becomes its month: the sources date nothing finer that recent)."""
    folded = fold(text).replace("'", " ")
    match = _CALENDAR.search(folded)
    if match is None:
        return text
    if match.group("today") or match.group("yesterday"):
        if not _HAPPENED.search(folded):
            return text
        day = today - dt.timedelta(days=1 if match.group("yesterday") else 0)
        when = f"on {day.isoformat()}"
    elif match.group("last_year") or match.group("this_year"):
        when = f"in {today.year - (1 if match.group('last_year') else 0)}"
    elif match.group("ago") or match.group("before_last"):
        count = next((g for g in (match.group(k) for k in ("n", "n_fr", "n_ru", "n_az")) if g), "2")
        years = int(count) if count.isdigit() else _COUNT_WORDS[count]
        when = f"in {today.year - years}"
    else:
        day = today - dt.timedelta(days=7) if match.group("last_week") else today
        months = day.year * 12 + day.month - 1 - (1 if match.group("last_month") else 0)
        when = f"in {months // 12}-{months % 12 + 1:02d}"
    return f"{folded[: match.start()]}{when}{folded[match.end() :]}"


def resolve_relative(text: str, anchor: DateSpec) -> str:
    """The question with a time counted from `anchor` written as a date: 'and the year before?' of a 2021 answer is
    'and in 2020?'. Unchanged when it holds no such time, or one finer than the anchor's date."""
    folded = fold(text).replace("'", " ")
    match = _RELATIVE.search(folded)
    if match is None:
        return text
    start = anchor.start
    if match.group("year_same"):  # 'кто тогда был генсеком ООН?' after 1992: in 1992
        if anchor.is_range and anchor.start.year != anchor.end.year:
            return text
        french = match.group(0).startswith(("a l epoque", "cette annee", "a ce moment"))  # (not 'in', read as English)
        return f"{folded[: match.start()]}{'en' if french else 'in'} {start.year}{folded[match.end() :]}"
    if match.group("after_that"):
        # 'and the resolutions after that?' of the 2004 agenda item: after 2004 ('and after that?' alone asks for
        # the next of a series, and is left as it is)
        rest = re.sub(
            r"\b(and|et|а|и|bes|the|les|le|la|right|just|immediately|juste|сразу)\b|\W",
            " ",
            folded[: match.start()] + folded[match.end() :],
        )
        if not rest.split():
            return text
        said = match.group("after_that")
        word = (
            "apres" if said.startswith(("apres", "depuis", "ont", "suivi")) else "после" if said[0] in "пс" else "after"
        )
        return f"{folded[: match.start()]}{word} {start.year}{folded[match.end() :]}"
    if match.group("year_back") or match.group("year_on"):
        return f"{folded[: match.start()]}{start.year + (-1 if match.group('year_back') else 1)}{folded[match.end() :]}"
    if anchor.unit == "year" or anchor.is_range:
        return text  # 'a month later' of a fact dated to the year: no month to count from
    if match.group("month_same"):  # 'was Azerbaijan presiding the Council that month?': the anchor's month
        return f"{folded[: match.start()]}in {start.year}-{start.month:02d}{folded[match.end() :]}"
    if match.group("month_back") or match.group("month_on"):
        months = start.year * 12 + start.month - 1 + (-1 if match.group("month_back") else 1)
        return f"{folded[: match.start()]}{months // 12}-{months % 12 + 1:02d}{folded[match.end() :]}"
    if match.group("ru_on_unit") or match.group("ru_back_unit"):  # 'через три дня', 'за месяц до этого'
        back = bool(match.group("ru_back_unit"))
        said = (match.group("ru_back" if back else "ru_on") or "1").strip()
        unit = match.group("ru_back_unit" if back else "ru_on_unit")
    else:
        said, unit = match.group("count"), match.group("unit")
        back = match.group("way") in ("earlier", "before", "plus tot", "avant", "раньше", "evvel", "once")
    count = int(said) if said.isdigit() else _SMALL_NUMBERS[said]
    if unit.startswith(("mo", "ме", "ay")):  # 'two months later', 'за пару месяцев до этого'
        months = start.year * 12 + start.month - 1 + (-count if back else count)
        return f"{folded[: match.start()]}{months // 12}-{months % 12 + 1:02d}{folded[match.end() :]}"
    if anchor.unit != "day":
        return text
    days = count * (7 if unit.startswith(("we", "se", "не", "he")) else 1)
    day = start + dt.timedelta(days=-days if back else days)
    return f"{folded[: match.start()]}{day.isoformat()}{folded[match.end() :]}"


# Days of the week as users name them ('on Tuesday 19 September', 'в пятницу'), Monday first (folded).
_WEEKDAYS: dict[str, int] = {
    word: day
    for day, words in enumerate(
        (
            "monday lundi понедельник",
            "tuesday mardi вторник",
            "wednesday mercredi среда среду",
            "thursday jeudi четверг",
            "friday vendredi пятница пятницу",
            "saturday samedi суббота субботу",
            "sunday dimanche воскресенье",
        )
    )
    for word in words.split()
}
WEEKDAY_WORDS = frozenset(_WEEKDAYS)


def weekday_in(folded: str) -> int | None:
    """The day of the week a folded question names (0 for Monday), or None."""
    return next((_WEEKDAYS[w] for w in re.findall(r"\w+", folded) if w in _WEEKDAYS), None)

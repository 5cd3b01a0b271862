"""Typed model of the fact base: sources, entities and facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["en", "fr"]
Precision = Literal["day", "month", "year"]

FACT_KINDS = (
    "membership",
    "meeting",
    "resolution",
    "session",
    "speech",
    "award",
    "title",
    "agreement",
    "programme",
    "conference",
    "cooperation",
    "statistic",
    "event",
    "statement",
)
ENTITY_TYPES = ("person", "organisation", "country", "place", "programme", "event", "session", "document")


@dataclass(frozen=True, slots=True)
class Text:
    """A short text in English and French."""

    en: str
    fr: str

    def get(self, lang: str) -> str:
        """The text in `lang`, English when the language is not French."""
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A date as precise as the documents allow: a day, a month, a year, or a range of them."""

    start: dt.date
    end: dt.date
    unit: Precision
    is_range: bool = False
    inferred: str | None = None  # the curator's reasoning when the date is inferred, not stated

    @property
    def precision(self) -> str:
        """day, month, year or range, as the schema names it."""
        return "range" if self.is_range else self.unit

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        """True when this date's span meets the span [start, end]."""
        return self.start <= end and start <= self.end

    def iso(self) -> str:
        """The date as the curator wrote it (ISO, `..` between range ends)."""
        first = _iso(self.start, self.unit)
        if not self.is_range:
            return first
        return f"{first}..{_iso(self.end, self.unit)}"


def _iso(day: dt.date, unit: Precision) -> str:
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a fact is stated: a source and 1-based paragraph numbers."""

    source: str
    paragraphs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number a fact states, with its unit."""

    value: float
    unit: str
    qualifier: str | None = None  # about, over, under, almost

    def display(self) -> str:
        """The value as a reader expects it: 53,000, 25%."""
        return f"{int(self.value):,}" if float(self.value).is_integer() else f"{self.value:g}"


@dataclass(frozen=True, slots=True)
class Slip:
    """An evident slip in a document: what it literally has and how we read it."""

    literal: str
    reading: str
    source: str


@dataclass(frozen=True, slots=True)
class Role:
    """A role an entity held, with its date where the documents give one."""

    title: Text
    date: DateSpec | None
    source: str | None


@dataclass(frozen=True, slots=True)
class Source:
    """One of the source documents."""

    id: str
    title: str
    publisher: Text  # a name, the same in both languages, or a description written in each
    language: str
    published: DateSpec
    published_basis: str  # stated or inferred, with the reasoning
    document: str
    date_paragraphs: tuple[int, ...] = ()  # paragraphs that only carry the dateline


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, country, place, programme, event or session."""

    id: str
    type: str
    name: Text
    aliases: tuple[str, ...]
    description: Text | None = None
    roles: tuple[Role, ...] = ()
    parent: str | None = None
    ordinal: int | None = None  # a numbered session (the 76th session of the General Assembly)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact stated by one or more documents."""

    id: str
    kind: str
    date: DateSpec | None
    statement: Text
    citations: tuple[Citation, ...]
    participants: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    place: str | None = None
    related: tuple[str, ...] = ()
    numbers: tuple[Quantity, ...] = ()
    keywords: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    conflicts_with: tuple[str, ...] = ()
    slips: tuple[Slip, ...] = ()
    note: str | None = None

    @property
    def entity_ids(self) -> tuple[str, ...]:
        """Every entity the fact names."""
        place = (self.place,) if self.place else ()
        return self.participants + self.organisations + place + self.related

    @property
    def source_ids(self) -> tuple[str, ...]:
        """The sources cited, in citation order."""
        return tuple(dict.fromkeys(c.source for c in self.citations))


@dataclass(frozen=True)
class FactBase:
    """The whole validated fact base."""

    sources: dict[str, Source]
    entities: dict[str, Entity]
    facts: dict[str, Fact]
    origin: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (file, line)

"""The bot's commands, answered from the engine and its index as `Answer`s (pure: no I/O, no Telegram).

Every command returns an `Answer`, so that rendering, paging, sources and buttons work the same for
commands and for questions. A missing or bad argument raises `UsageError`, whose message is the
command's usage line and a working example in the chat's language.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.answer import Answer, Item, SourceNote, Suggestion
from bot.dates import SHORT_SPAN_DAYS, DateQuery, find_dates, format_date, format_query
from bot.engine import Engine
from bot.i18n import join_names, t
from bot.rules import fact_order
from bot.text import tokens
from knowledge.schema import Entity, Fact

LANGS = ("en", "fr")
NEAREST_DATES = 3
FACTS_PER_NEAREST_DATE = 2
LIST_LIMIT = 200  # a timeline of the whole fact base fits; pages keep each message short


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """A command users can type; its arguments, description and example live in bot/i18n.py."""

    name: str
    takes_argument: bool = False  # shown as `args_<name>` in usage lines
    in_group_menu: bool = True  # listed in group chats' command menus
    admin: bool = False


# The order is the order of /help and of the command menus.
COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("ask", takes_argument=True),
    CommandSpec("meetings", takes_argument=True),
    CommandSpec("resolutions", takes_argument=True),
    CommandSpec("timeline", takes_argument=True),
    CommandSpec("on", takes_argument=True),
    CommandSpec("today"),
    CommandSpec("who", takes_argument=True),
    CommandSpec("sources"),
    CommandSpec("source", takes_argument=True),
    CommandSpec("fact", takes_argument=True),
    CommandSpec("random"),
    CommandSpec("lang", takes_argument=True),
    CommandSpec("settings"),
    CommandSpec("help"),
    CommandSpec("start", in_group_menu=False),
)
ADMIN_COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("stats", admin=True, in_group_menu=False),
    CommandSpec("unanswered", admin=True, in_group_menu=False),
    CommandSpec("reload", admin=True, in_group_menu=False),
)
COMMAND_NAMES = frozenset(c.name for c in COMMANDS)
ADMIN_COMMAND_NAMES = frozenset(c.name for c in ADMIN_COMMANDS)

_RESOLUTION_NUMBER = re.compile(r"^(?:n[o°º]?\.?\s*)?(\d{1,4})(?:\s*/\s*(\d{1,4}))?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def usage(command: str, lang: str) -> str:
    """The usage line of a command and a working example, in `lang`."""
    args = t(f"args_{command}", lang) if _spec(command).takes_argument else ""
    line = f"/{command} {args}".strip()
    return t("usage", lang, usage=line, example=t(f"example_{command}", lang))


def describe(command: str, lang: str) -> str:
    """A command's one-line description (command menus and /help)."""
    return t(f"cmd_{command}", lang)


def _spec(command: str) -> CommandSpec:
    for spec in (*COMMANDS, *ADMIN_COMMANDS):
        if spec.name == command:
            return spec
    raise KeyError(command)


class UsageError(Exception):
    """A command's argument is missing or bad; the message says how to use it, with an example."""

    def __init__(self, command: str, lang: str) -> None:
        self.command = command
        self.lang = lang
        super().__init__(usage(command, lang))


class Commands:
    """Answers to the commands, from one engine (a new one is made when the fact base is reloaded)."""

    def __init__(self, engine: Engine, *, rng: random.Random | None = None) -> None:
        self.engine = engine
        self.index = engine.index
        self._rng = rng or random.Random()  # picking a fact to show, not a secret
        # Whole names and aliases, for the ones the engine's word-by-word alias index skips ('UN' is also
        # a French word, so it is a stopword there).
        self._names: dict[str, set[str]] = {}
        for entity in self.index.entities.values():
            for alias in (entity.id, entity.name.en, entity.name.fr, *entity.aliases):
                self._names.setdefault(" ".join(tokens(alias)), set()).add(entity.id)

    # ----- lists -------------------------------------------------------------------------------------------
    def meetings(self, argument: str, lang: str) -> Answer:
        """/meetings [person | year]: meetings, filtered by a person (or organisation) or a year."""
        return self._kind_list("meetings", "meeting", argument, lang)

    def resolutions(self, argument: str, lang: str) -> Answer:
        """/resolutions [number | year]: resolutions, filtered by number (822, 62/243) or year."""
        argument = argument.strip()
        number = _RESOLUTION_NUMBER.match(argument)
        if argument and number and not _YEAR.match(argument):
            parts = [p for p in number.groups() if p]
            pool = set(self.index.by_kind.get("resolution", set()))
            for part in parts:
                pool &= self.index.by_number.get(part, set())
            facts = self._sorted(pool)
            label = "/".join(parts)
            if not facts:
                return self._nothing(
                    "resolutions", t("none_resolution_number", lang, number=label), lang, all_query="/resolutions"
                )
            head = t("resolutions_number_head", lang, number=label, count=len(facts))
            return self._list_answer("resolutions", head, facts, lang, question=f"resolution {label}")
        return self._kind_list("resolutions", "resolution", argument, lang)

    def _kind_list(self, command: str, kind: str, argument: str, lang: str) -> Answer:
        pool = set(self.index.by_kind.get(kind, set()))
        argument = argument.strip()
        question = f"list all {command}"
        if not argument:
            facts = self._sorted(pool)
            head = t(f"{command}_head", lang, count=len(facts))
            return self._list_answer(command, head, facts, lang, question=question)
        span = _year_span(argument)
        if span is not None:
            start, end, label = span
            facts = self._sorted(pool & set(self.index.facts_between(start, end)))
            if not facts:
                return self._nothing(command, t(f"none_{command}_in", lang, date=label), lang, all_query=f"/{command}")
            head = t(f"{command}_in_head", lang, date=label, count=len(facts))
            return self._list_answer(command, head, facts, lang, question=f"{question} in {label}")
        entity_ids = self.resolve(argument)
        if not entity_ids:
            raise UsageError(command, lang)
        entity = self.index.entities[entity_ids[0]]
        name = entity.name.get(lang)
        facts = self._sorted(f for f in pool if entity.id in self._named_by(self.index.facts[f]))
        if not facts:
            return self._nothing(command, t(f"none_{command}_of", lang, name=name), lang, all_query=f"/{command}")
        head = t(f"{command}_of_head", lang, name=name, count=len(facts))
        return self._list_answer(
            command, head, facts, lang, question=f"{question} of {entity.name.en}", entities=[entity.id]
        )

    def timeline(self, argument: str, lang: str) -> Answer:
        """/timeline [year | from-to]: dated facts in order."""
        argument = argument.strip()
        if not argument:
            facts = self._sorted(self.index.dated_facts())
            first, last = facts[0].date, facts[-1].date
            assert first is not None
            assert last is not None
            head = t("timeline_head", lang, count=len(facts), first=first.start.year, last=last.end.year)
            return self._list_answer("timeline", head, facts, lang, question="timeline")
        span = _year_span(argument)
        if span is None:
            raise UsageError("timeline", lang)
        start, end, label = span
        facts = self._sorted(self.index.facts_between(start, end))
        if not facts:
            nearest = self._nearest_years(start, end)
            suggestions = tuple(Suggestion(str(y), f"/timeline {y}") for y in nearest)
            return self._nothing("timeline", t("none_timeline", lang, date=label), lang, suggestions=suggestions)
        head = t("timeline_in_head", lang, date=label, count=len(facts))
        return self._list_answer("timeline", head, facts, lang, question=f"what happened in {label}")

    def on(self, argument: str, lang: str) -> Answer:
        """/on <date>: what happened on a day (or in a month or year), else the nearest dates."""
        dates = find_dates(argument)
        if not argument.strip() or not dates:
            raise UsageError("on", lang)
        return self._on_date(dates[0], lang, command="on")

    def today(self, day: dt.date, lang: str) -> Answer:
        """/today: facts on today's day and month, in any year; else the nearest dates."""
        query = DateQuery(day, day, "day", (0, 0), year_given=False, month=day.month, day=day.day)
        return self._on_date(query, lang, command="today")

    def _on_date(self, query: DateQuery, lang: str, *, command: str) -> Answer:
        label = format_query(query, lang)
        dated = [self.index.facts[f] for f in self.index.dated_facts()]
        if query.year_given:
            # 'On 16 December 2021' is not answered by a fact known only as '2020-2022'.
            strict = query.unit in ("day", "month")
            found = [self.index.facts[f] for f in self.index.facts_between(query.start, query.end)]
            facts = self._sorted(
                f.id for f in found if f.date is not None and (not strict or query.matches(f.date, strict=True))
            )
        else:
            facts = self._sorted(f.id for f in dated if f.date is not None and query.matches(f.date))
        if facts:
            key = "on_date_head" if query.unit == "day" else "in_period_head"
            head = t(key, lang, date=label)
            return self._list_answer(command, head, facts, lang, question=f"what happened on {label}")
        nearest = self._nearest_facts(query, dated)
        items, sources = self._cite(nearest, lang, dated=True)
        suggestions = tuple(
            Suggestion(format_date(f.date, lang), f"/on {f.date.iso().split('..')[0]}")
            for f in _one_per_date(nearest)
            if f.date is not None
        )
        return self._answer(
            command,
            lang,
            headline=f"{t('refuse_date', lang, date=label)} {t('nearest', lang)}",
            answered=False,
            items=items,
            sources=sources,
            facts=[],
            suggestions=suggestions,
            context_question=f"what happened on {label}",
        )

    def _nearest_facts(self, query: DateQuery, dated: list[Fact]) -> list[Fact]:
        """The facts of the NEAREST_DATES dates closest to the query (any year when the user gave none)."""

        def distance(fact: Fact) -> int:
            assert fact.date is not None
            if query.year_given:
                if fact.date.start > query.end:
                    return (fact.date.start - query.end).days
                return max(0, (query.start - fact.date.end).days)
            start = fact.date.start
            return abs((start.month - (query.month or 1)) * 31 + (start.day - (query.day or 15)))

        by_date: dict[tuple[dt.date, dt.date], list[Fact]] = {}
        if not query.year_given:  # the nearest days of the year: facts dated to a day or a short span
            dated = [f for f in dated if (f.date is not None and query.matches(f.date, strict=False)) or (
                f.date is not None and f.date.unit == "day" and (f.date.end - f.date.start).days <= SHORT_SPAN_DAYS
            )]  # fmt: skip
        for fact in sorted(dated, key=lambda f: (distance(f), fact_order(f))):
            assert fact.date is not None
            key = (fact.date.start, fact.date.end)
            if key in by_date or len(by_date) < NEAREST_DATES:
                bucket = by_date.setdefault(key, [])
                if len(bucket) < FACTS_PER_NEAREST_DATE:
                    bucket.append(fact)
        return sorted((f for group in by_date.values() for f in group), key=fact_order)

    def _nearest_years(self, start: dt.date, end: dt.date) -> list[int]:
        years = sorted({self.index.facts[f].date.start.year for f in self.index.dated_facts()})  # type: ignore[union-attr]
        return sorted(sorted(years, key=lambda y: min(abs(y - start.year), abs(y - end.year)))[:NEAREST_DATES])

    # ----- cards -------------------------------------------------------------------------------------------
    def who(self, argument: str, lang: str) -> Answer:
        """/who <person or organisation>: name, description, roles and the facts that name them."""
        if not argument.strip():
            raise UsageError("who", lang)
        entity_ids = self.resolve(argument)
        if not entity_ids:
            return self._answer(
                "who",
                lang,
                headline=t("refuse_unknown", lang, names=argument.strip()),
                answered=False,
                notes=(t("suggest", lang),),
                facts=[],
                suggestions=self._people_suggestions(lang),
                context_question=f"who is {argument.strip()}",
            )
        entity = self.index.entities[entity_ids[0]]
        return self._entity_card(entity, lang, others=[self.index.entities[i] for i in entity_ids[1:]])

    def _entity_card(self, entity: Entity, lang: str, *, others: Sequence[Entity] = ()) -> Answer:
        name = entity.name.get(lang)
        headline = f"{name}{_colon(lang)} {entity.description.get(lang)}" if entity.description else name
        notes: list[str] = []
        roles = [
            f"{r.title.get(lang)} ({format_date(r.date, lang)})" if r.date else r.title.get(lang) for r in entity.roles
        ]
        if roles:
            notes.append(t("about_roles", lang, roles="; ".join(roles)))
        facts = self._sorted(
            self.index.by_entity_direct.get(entity.id, set()) or self.index.by_entity.get(entity.id, set())
        )
        if not facts:
            notes.append(t("who_no_facts", lang))
        if others:
            notes.append(t("ambiguous", lang, names=join_names([o.name.get(lang) for o in others], lang)))
        items, sources = self._cite(facts, lang, dated=True)
        return self._answer(
            "who",
            lang,
            headline=headline,
            items=items,
            notes=tuple(notes),
            sources=sources,
            facts=facts,
            suggestions=tuple(Suggestion(o.name.get(lang), f"/who {o.name.get(lang)}") for o in others[:3]),
            context_question=f"who is {entity.name.en}",
            entities=[entity.id],
            intent="about",
        )

    def resolve(self, name: str) -> list[str]:
        """Entity ids a name may mean, the likeliest first ('Bairamov', 'Guteres' work; [] when none)."""
        words = tokens(name)
        if not words:
            return []
        exact = self._names.get(" ".join(words))
        if exact:
            return sorted(exact, key=lambda i: (-len(self.index.by_entity.get(i, ())), i))
        corrected = [w if w in self.index.alias_tokens else (self.index.correct_name(w) or w) for w in words]
        for candidate in (words, corrected):
            matches = [m for m in self.index.match_entities(candidate) if m.entity_ids]
            if matches:
                best = max(matches, key=lambda m: (m.end - m.start, m.exact))
                return sorted(best.entity_ids, key=lambda i: (-len(self.index.by_entity.get(i, ())), i))
        # Names the alias table cannot take on its own ('UN' is also a French word): ask the engine.
        about = self.engine.ask(f"Tell me about {name}", lang="en")
        entity = about.context.get("entity") if about.answered else None
        return [entity] if isinstance(entity, str) and entity in self.index.entities else []

    def sources(self, lang: str) -> Answer:
        """/sources: the documents every fact comes from."""
        counts = self._facts_per_source()
        items = []
        for source in self.index.base.sources.values():
            published = format_date(source.published, lang)
            items.append(
                Item(t("source_line", lang, id=source.id, publisher=source.publisher.get(lang), published=published,
                       title=source.title, count=counts.get(source.id, 0)))
            )  # fmt: skip
        return self._answer(
            "sources",
            lang,
            headline=t("sources_head", lang, count=len(items)),
            items=tuple(items),
            notes=(t("sources_more", lang),),
            facts=[],
            context_question="sources",
            intent="sources",
        )

    def source(self, argument: str, lang: str) -> Answer:
        """/source <id>: one source: publisher, date and how it is known, title, document, number of facts."""
        source_id = argument.strip().lower()
        source = self.index.base.sources.get(source_id)
        if source is None:
            matches = [s for s in self.index.base.sources if source_id and s.startswith(source_id)]
            if len(matches) != 1:
                raise UsageError("source", lang)
            source = self.index.base.sources[matches[0]]
        basis_key = "source_inferred" if source.published.inferred else "source_stated"
        notes = (
            t("source_publisher", lang, publisher=source.publisher.get(lang)),
            t("source_published", lang, date=format_date(source.published, lang)),
            t(basis_key, lang, basis=_basis(source.published_basis)),
            t("source_document", lang, document=source.document, language=source.language),
            t("source_facts", lang, count=self._facts_per_source().get(source.id, 0), id=source.id),
        )
        return self._answer(
            "source",
            lang,
            headline=f"«{source.title}»",
            notes=notes,
            facts=[],
            context_question=f"source {source.id}",
            intent="source",
        )

    def fact(self, argument: str, lang: str) -> Answer:
        """/fact <id>: one fact with its date, kind and citations."""
        fact_id = argument.strip().lower()
        fact = self.index.facts.get(fact_id)
        if fact is None:
            raise UsageError("fact", lang)
        return self._fact_card(fact, lang)

    def random_fact(self, lang: str) -> Answer:
        """/random: one fact picked at random."""
        fact_id = self._rng.choice(sorted(self.index.facts))
        return self._fact_card(self.index.facts[fact_id], lang)

    def _fact_card(self, fact: Fact, lang: str) -> Answer:
        sources, numbers = self._sources([fact], lang)
        notes = []
        if fact.date is not None:
            date = format_date(fact.date, lang)
            notes.append(t("inferred", lang, date=date) if fact.date.inferred else t("when", lang, date=date))
        named = [self.index.entities[i].name.get(lang) for i in fact.participants if i in self.index.entities]
        if named:
            notes.append(t("fact_people", lang, people=join_names(named, lang)))
        if fact.place and fact.place in self.index.entities:
            notes.append(t("fact_place", lang, place=self.index.entities[fact.place].name.get(lang)))
        notes.append(t("fact_id", lang, id=fact.id, kind=t(f"kind_{fact.kind}", lang)))
        question = next(iter(fact.questions), fact.statement.en)
        return self._answer(
            "fact",
            lang,
            headline=fact.statement.get(lang),
            items=(Item("", numbers[fact.id], fact.id),),
            notes=tuple(notes),
            sources=sources,
            facts=[fact],
            context_question=question,
            entities=list(fact.entity_ids),
            intent="what",
        )

    # ----- help and welcome --------------------------------------------------------------------------------
    def help(self, lang: str, *, admin: bool = False) -> Answer:
        """/help: every command with a working example."""
        lines = [
            t("help_line", lang, usage=usage_line(spec.name, lang), description=describe(spec.name, lang),
              example=t(f"example_{spec.name}", lang))
            for spec in COMMANDS if spec.name != "start"
        ]  # fmt: skip
        notes = [*lines, "", t("help_free_text", lang, example=t("example_question", lang))]
        if admin:
            notes += ["", t("help_admin", lang, commands=" ".join(f"/{c.name}" for c in ADMIN_COMMANDS))]
        return self._answer(
            "help", lang, headline=t("help_head", lang), notes=tuple(notes), facts=[], context_question="help",
            intent="help",
        )  # fmt: skip

    def welcome(self, lang: str) -> Answer:
        """/start without a payload: who the bot is, and questions to start with."""
        starters = tuple(Suggestion(q, q) for q in starter_questions(lang))
        return self._answer(
            "start",
            lang,
            headline=t("welcome", lang, count=len(self.index.base.sources)),
            notes=(t("welcome_more", lang),),
            facts=[],
            suggestions=starters,
            context_question="start",
            intent="welcome",
        )

    # ----- building answers --------------------------------------------------------------------------------
    def _list_answer(
        self, command: str, headline: str, facts: list[Fact], lang: str, *, question: str,
        entities: Sequence[str] = (),
    ) -> Answer:  # fmt: skip
        facts = facts[:LIST_LIMIT]
        items, sources = self._cite(facts, lang, dated=True)
        return self._answer(
            command, lang, headline=headline, items=items, sources=sources, facts=facts,
            context_question=question, entities=entities, intent="list",
        )  # fmt: skip

    def _nothing(
        self, command: str, headline: str, lang: str, *, all_query: str | None = None,
        suggestions: tuple[Suggestion, ...] = (),
    ) -> Answer:  # fmt: skip
        if all_query is not None:
            suggestions = (Suggestion(t("show_all", lang, command=all_query), all_query), *suggestions)
        notes = (t("suggest", lang),) if suggestions else ()
        return self._answer(
            command, lang, headline=headline, answered=False, notes=notes, facts=[], suggestions=suggestions,
            context_question=command,
        )  # fmt: skip

    def _answer(
        self,
        command: str,
        lang: str,
        *,
        headline: str,
        facts: Sequence[Fact],
        answered: bool = True,
        items: tuple[Item, ...] = (),
        notes: tuple[str, ...] = (),
        sources: tuple[SourceNote, ...] = (),
        suggestions: tuple[Suggestion, ...] = (),
        context_question: str,
        entities: Iterable[str] = (),
        intent: str = "list",
    ) -> Answer:
        ids = [f.id for f in facts]
        context: dict[str, Any] = {
            "question": context_question,
            "facts": ids,
            "list": [i.fact_id for i in items if i.fact_id] if len(items) > 1 else [],
            "entities": sorted(set(entities)),
            "intent": intent,
            "lang": lang,
            "command": command,
        }
        return Answer(
            question=f"/{command}",
            answered=answered,
            lang=lang,
            detected_lang=lang,
            intent=intent,
            headline=headline,
            items=items,
            notes=notes,
            sources=sources,
            facts=tuple(ids),
            confidence=1.0 if answered else 0.0,
            suggestions=suggestions,
            context=context,
        )

    def _cite(
        self, facts: Sequence[Fact], lang: str, *, dated: bool
    ) -> tuple[tuple[Item, ...], tuple[SourceNote, ...]]:
        """One item per fact (its date first when `dated`), with numbered sources."""
        sources, numbers = self._sources(facts, lang)
        items = tuple(
            Item(_dated_text(f, lang) if dated else f.statement.get(lang), numbers[f.id], f.id) for f in facts
        )
        return items, sources

    def _sources(self, facts: Sequence[Fact], lang: str) -> tuple[tuple[SourceNote, ...], dict[str, tuple[int, ...]]]:
        """Numbered sources of the facts (in order of first citation) and each fact's source numbers."""
        paragraphs: dict[str, list[int]] = {}
        for fact in facts:
            for citation in fact.citations:
                bucket = paragraphs.setdefault(citation.source, [])
                bucket.extend(p for p in citation.paragraphs if p not in bucket)
        order = list(paragraphs)
        notes = []
        for number, source_id in enumerate(order, start=1):
            source = self.index.base.sources[source_id]
            published = format_date(source.published, lang)
            if source.published.inferred:
                published += f" ({t('inferred_date', lang)})"
            notes.append(
                SourceNote(number, source_id, source.document, source.publisher.get(lang), source.title, published,
                           tuple(sorted(paragraphs[source_id])))
            )  # fmt: skip
        numbers = {f.id: tuple(order.index(s) + 1 for s in f.source_ids) for f in facts}
        return tuple(notes), numbers

    def _named_by(self, fact: Fact) -> set[str]:
        """The entities a fact names, and what they are part of (a fact naming the Security Council names the UN)."""
        named = set(fact.entity_ids)
        for ident in fact.entity_ids:
            named.update(self.index.ancestors(ident))
        return named

    def _sorted(self, fact_ids: Iterable[str]) -> list[Fact]:
        return sorted((self.index.facts[f] for f in fact_ids if f in self.index.facts), key=fact_order)

    def _facts_per_source(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for fact in self.index.facts.values():
            for source_id in fact.source_ids:
                counts[source_id] = counts.get(source_id, 0) + 1
        return counts

    def _people_suggestions(self, lang: str) -> tuple[Suggestion, ...]:
        people = [e for e in self.index.entities.values() if e.type == "person"]
        people.sort(key=lambda e: (-len(self.index.by_entity.get(e.id, ())), e.id))
        return tuple(Suggestion(e.name.get(lang), f"/who {e.name.get(lang)}") for e in people[:3])


def usage_line(command: str, lang: str) -> str:
    """'/meetings [person | year]' in `lang`."""
    args = t(f"args_{command}", lang) if _spec(command).takes_argument else ""
    return f"/{command} {args}".strip()


def starter_questions(lang: str) -> list[str]:
    """Questions the bot answers well, to start with (welcome buttons, empty inline queries)."""
    return t("starters", lang).split("|")


def _year_span(argument: str) -> tuple[dt.date, dt.date, str] | None:
    """A year or a range of years ('2012', '2012-2013', 'from 2012 to 2013'), or None."""
    dates = [d for d in find_dates(argument) if d.year_given and d.unit in ("year", "range")]
    leftover = argument
    for d in sorted(dates, key=lambda d: d.span, reverse=True):
        leftover = leftover[: d.span[0]] + leftover[d.span[1] :]
    if not dates or re.search(
        r"\w", re.sub(r"\b(from|to|de|à|a|du|au|between|and|et|entre)\b", "", leftover.casefold())
    ):
        return None
    start = min(d.start for d in dates)
    end = max(d.end for d in dates)
    label = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return start, end, label


def _dated_text(fact: Fact, lang: str) -> str:
    text = fact.statement.get(lang)
    if fact.date is None:
        return text
    prefix = format_date(fact.date, lang)
    if fact.date.inferred:
        return f"{prefix} ({t('inferred_date', lang)}){_colon(lang)} {text}"
    return text if prefix in text else f"{prefix}{_colon(lang)} {text}"


def _colon(lang: str) -> str:
    """A colon as the language sets it (French puts a space before it)."""
    return " :" if lang == "fr" else ":"


def _one_per_date(facts: Sequence[Fact]) -> list[Fact]:
    seen: set[tuple[dt.date, dt.date]] = set()
    kept = []
    for fact in facts:
        if fact.date is not None and (fact.date.start, fact.date.end) not in seen:
            seen.add((fact.date.start, fact.date.end))
            kept.append(fact)
    return kept


def _basis(text: str) -> str:
    """The curator's reasoning without its 'stated'/'inferred' label (the message says which)."""
    return re.sub(r"^(stated|inferred)\s*:?\s*", "", text.strip(), flags=re.IGNORECASE)

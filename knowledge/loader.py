"""Load the fact base from YAML, validate it, and report every problem with its file and line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.schema import (
    ENTITY_TYPES,
    FACT_KINDS,
    Citation,
    DateSpec,
    Entity,
    Fact,
    FactBase,
    Quantity,
    Role,
    Slip,
    Source,
    Text,
)

DEFAULT_DIR = Path(__file__).resolve().parent
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_PART = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
DATE_PATTERN = re.compile(rf"^{_DATE_PART}(?:\.\.{_DATE_PART})?$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the fact base."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class FactBaseError(Exception):
    """The fact base cannot be used; `problems` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the fact base:\n{lines}")


class _Node(dict[str, Any]):
    """A YAML mapping that remembers the line it starts on."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """The line where `key` is written (the record's first line when unknown)."""
        lines: dict[str, int] = getattr(self, "key_lines", {})
        return lines.get(key, self.line)


# libyaml's parser when PyYAML was built with it (several times faster), the pure-Python one otherwise.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A safe loader whose mappings carry their line numbers and reject duplicate keys."""


def _construct_node(loader: _LineLoader, node: yaml.MappingNode) -> Iterator[_Node]:
    mapping = _Node()
    mapping.line = node.start_mark.line + 1
    yield mapping
    mapping.key_lines = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping.key_lines:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping.key_lines[key] = key_node.start_mark.line + 1
    mapping.update(loader.construct_mapping(node, deep=True))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_node)
# Curators write dates as 1992-03-02 or 1992; keep them as the text they typed.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


class _Checker:
    """Collects problems while one file's records are read."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def field(
        self,
        record: _Node,
        key: str,
        convert: Callable[[Any, int], Any],
        *,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        """Read `record[key]` through `convert`; a missing or bad value is recorded as a problem."""
        if key not in record or record[key] is None:
            if required:
                self.add(record.line, f"missing required field '{key}'")
            return default
        line = record.line_of(key)
        try:
            return convert(record[key], line)
        except ValueError as exc:
            self.add(line, f"field '{key}': {exc}")
            return default

    def unknown_keys(self, record: _Node, allowed: set[str]) -> None:
        for key in record:
            if key not in allowed:
                self.add(record.line_of(key), f"unknown field '{key}' (allowed: {', '.join(sorted(allowed))})")


def _string(value: Any, _line: int) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"expected text, found {type(value).__name__}")
    text = str(value).strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def _identifier(value: Any, line: int) -> str:
    text = _string(value, line)
    if not ID_PATTERN.match(text):
        raise ValueError(f"'{text}' is not a valid id (lower-case letters, digits and single hyphens)")
    return text


def _strings(value: Any, line: int) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, found {type(value).__name__}")
    return tuple(_string(item, line) for item in value)


def _identifiers(value: Any, line: int) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list of ids, found {type(value).__name__}")
    return tuple(_identifier(item, line) for item in value)


def _name_or_text(value: Any, line: int) -> Text:
    """A name written once ('JAMnews'), or a text in English and French."""
    if isinstance(value, str):
        name = _string(value, line)
        return Text(en=name, fr=name)
    return _text(value, line)


def _text(value: Any, _line: int) -> Text:
    if not isinstance(value, dict):
        raise ValueError("expected a mapping with 'en' and 'fr'")
    missing = [lang for lang in ("en", "fr") if not value.get(lang)]
    if missing:
        raise ValueError(f"missing the {' and '.join(missing)} text")
    extra = set(value) - {"en", "fr"}
    if extra:
        raise ValueError(f"unexpected language(s) {sorted(extra)}: only 'en' and 'fr' are written")
    return Text(en=_string(value["en"], 0), fr=_string(value["fr"], 0))


def parse_date(text: str, inferred: str | None = None) -> DateSpec:
    """Parse 1992, 1992-03, 1992-03-02 or a range `A..B` of those (same precision on both ends)."""
    match = DATE_PATTERN.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not a date (use 1992, 1992-03, 1992-03-02 or a range 2012..2013)")
    first, unit = _date_part(match.group(1), match.group(2), match.group(3), want_end=False)
    if match.group(4) is None:
        last_day, _ = _date_part(match.group(1), match.group(2), match.group(3), want_end=True)
        return DateSpec(start=first, end=last_day, unit=unit, inferred=inferred)
    end, end_unit = _date_part(match.group(4), match.group(5), match.group(6), want_end=True)
    if end_unit != unit:
        raise ValueError(f"'{text}': both ends of a range need the same precision")
    if end < first:
        raise ValueError(f"'{text}': the range ends before it starts")
    return DateSpec(start=first, end=end, unit=unit, is_range=True, inferred=inferred)


def _date_part(year: str, month: str | None, day: str | None, *, want_end: bool) -> tuple[dt.date, Any]:
    y = int(year)
    try:
        if day is not None:
            return dt.date(y, int(month or 0), int(day)), "day"
        if month is not None:
            m = int(month)
            if want_end:
                following = dt.date(y + (m == 12), m % 12 + 1, 1)
                return following - dt.timedelta(days=1), "month"
            return dt.date(y, m, 1), "month"
        return (dt.date(y, 12, 31) if want_end else dt.date(y, 1, 1)), "year"
    except ValueError as exc:
        written = "-".join(part for part in (year, month, day) if part is not None)
        raise ValueError(f"{written} is not a real date ({exc})") from None


def _date_value(value: Any, line: int) -> str:
    return _string(value, line)


def _citations(value: Any, line: int) -> tuple[Citation, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError("expected a non-empty list of {source, paragraphs}")
    citations = []
    for item in value:
        if not isinstance(item, dict) or "source" not in item or "paragraphs" not in item:
            raise ValueError("each citation needs 'source' and 'paragraphs'")
        paragraphs = item["paragraphs"]
        if isinstance(paragraphs, int):
            paragraphs = [paragraphs]
        if (
            not isinstance(paragraphs, list)
            or not paragraphs
            or not all(isinstance(p, int) and not isinstance(p, bool) and p >= 1 for p in paragraphs)
        ):
            raise ValueError("paragraphs must be a list of paragraph numbers counted from 1")
        citations.append(Citation(source=_identifier(item["source"], line), paragraphs=tuple(paragraphs)))
    return tuple(citations)


def _quantities(value: Any, _line: int) -> tuple[Quantity, ...]:
    if not isinstance(value, list):
        raise ValueError("expected a list of {value, unit}")
    quantities = []
    for item in value:
        if not isinstance(item, dict) or "value" not in item or "unit" not in item:
            raise ValueError("each number needs 'value' and 'unit'")
        number = item["value"]
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise ValueError(f"number value {number!r} is not a number")
        qualifier = item.get("qualifier")
        if qualifier is not None and qualifier not in ("about", "over", "under", "almost"):
            raise ValueError(f"qualifier {qualifier!r} must be about, over, under or almost")
        quantities.append(Quantity(value=float(number), unit=_string(item["unit"], 0), qualifier=qualifier))
    return tuple(quantities)


def _slips(value: Any, _line: int) -> tuple[Slip, ...]:
    if not isinstance(value, list):
        raise ValueError("expected a list of {literal, reading, source}")
    slips = []
    for item in value:
        if not isinstance(item, dict) or not {"literal", "reading", "source"} <= set(item):
            raise ValueError("each slip needs 'literal' (what the document has), 'reading' and 'source'")
        slips.append(
            Slip(
                literal=_string(item["literal"], 0),
                reading=_string(item["reading"], 0),
                source=_identifier(item["source"], 0),
            )
        )
    return tuple(slips)


def _iter_records(path: Path, root: Path, problems: list[Problem]) -> Iterator[tuple[_Checker, _Node]]:
    rel = str(path.relative_to(root.parent)) if path.is_relative_to(root.parent) else str(path)
    checker = _Checker(rel)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
    except yaml.MarkedYAMLError as exc:
        problems.append(_syntax_problem(rel, exc))
        return
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        problems.append(Problem(rel, 0, f"cannot read: {exc}"))
        return
    if data is None:
        return
    if not isinstance(data, list):
        problems.append(Problem(rel, 1, "the file must be a YAML list of records (each starting with '- id:')"))
        return
    for position, record in enumerate(data):
        if not isinstance(record, _Node):
            line = _item_line(path, position)
            checker.add(line, f"each list item must be a mapping, found {type(record).__name__}")
            continue
        yield checker, record
    problems.extend(checker.problems)


def _syntax_problem(file: str, exc: yaml.MarkedYAMLError) -> Problem:
    """The problem for a YAML error, also naming where an unfinished quote, bracket or mapping started."""
    # libyaml notices an unclosed quote only where it gives up, often far below the line the curator must fix.
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 0
    message = f"YAML syntax: {exc.problem or exc.context}"
    if exc.problem and exc.context and exc.context_mark is not None and exc.context_mark.line + 1 != line:
        message += f" ({exc.context} started at line {exc.context_mark.line + 1})"
    return Problem(file, line, message)


def _item_line(path: Path, position: int) -> int:
    """The line of the `position`-th item of the YAML list in `path` (read again: only on this error path)."""
    node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    if isinstance(node, yaml.SequenceNode) and position < len(node.value):
        return int(node.value[position].start_mark.line) + 1
    return 0


def _yaml_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.yaml") if p.is_file()) if directory.is_dir() else []


def load_fact_base(root: Path = DEFAULT_DIR) -> FactBase:
    """Read `root`/sources.yaml, entities/*.yaml and facts/*.yaml; raise FactBaseError listing every problem."""
    problems: list[Problem] = []
    origin: dict[str, tuple[str, int]] = {}
    sources = _load_sources(root, problems, origin)
    entities = _load_entities(root, problems, origin)
    facts = _load_facts(root, problems, origin)
    _cross_check(sources, entities, facts, origin, problems)
    if problems:
        raise FactBaseError(problems)
    return FactBase(sources=sources, entities=entities, facts=facts, origin=origin)


def _register(kind: str, ident: str | None, checker: _Checker, line: int, origin: dict[str, tuple[str, int]]) -> bool:
    if ident is None:
        return False
    key = f"{kind}:{ident}"
    if key in origin:
        file, first = origin[key]
        checker.add(line, f"duplicate {kind} id '{ident}' (first defined at {file}:{first})")
        return False
    origin[key] = (checker.file, line)
    return True


SOURCE_FIELDS = {"id", "title", "publisher", "language", "published", "published_basis", "document",
                 "date_paragraphs"}  # fmt: skip


def _load_sources(root: Path, problems: list[Problem], origin: dict[str, tuple[str, int]]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    path = root / "sources.yaml"
    if not path.is_file():
        problems.append(Problem(str(path), 0, "sources.yaml is missing"))
        return sources
    for checker, rec in _iter_records(path, root, problems):
        checker.unknown_keys(rec, SOURCE_FIELDS)
        ident = checker.field(rec, "id", _identifier)
        published = checker.field(rec, "published", _date_value)
        basis = checker.field(rec, "published_basis", _string)
        date = None
        if published is not None:
            try:
                date = parse_date(published, None if (basis or "").startswith("stated") else basis)
            except ValueError as exc:
                checker.add(rec.line_of("published"), f"field 'published': {exc}")
        if basis is not None and not basis.startswith(("stated", "inferred")):
            checker.add(rec.line, "field 'published_basis' must start with 'stated' or 'inferred: <reasoning>'")
        language = checker.field(rec, "language", _string)
        if language is not None and language not in ("en", "fr", "ru", "az"):
            checker.add(rec.line_of("language"), f"field 'language': '{language}' is not one of en, fr, ru, az")
        values = (
            ident,
            checker.field(rec, "title", _string),
            checker.field(rec, "publisher", _name_or_text),
            language,
            date,
            basis,
            checker.field(rec, "document", _string),
        )
        paragraphs = checker.field(rec, "date_paragraphs", _paragraph_list, required=False, default=())
        if any(v is None for v in values) or not _register("source", ident, checker, rec.line, origin):
            continue
        sources[ident] = Source(*values, date_paragraphs=paragraphs or ())  # type: ignore[arg-type]
    return sources


def _paragraph_list(value: Any, _line: int) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(isinstance(p, int) and not isinstance(p, bool) and p >= 1 for p in value):
        raise ValueError("expected a list of paragraph numbers counted from 1")
    return tuple(value)


ENTITY_FIELDS = {"id", "type", "name", "aliases", "description", "roles", "parent", "ordinal"}


def _load_entities(root: Path, problems: list[Problem], origin: dict[str, tuple[str, int]]) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for path in _yaml_files(root / "entities"):
        for checker, rec in _iter_records(path, root, problems):
            checker.unknown_keys(rec, ENTITY_FIELDS)
            ident = checker.field(rec, "id", _identifier)
            kind = checker.field(rec, "type", _string)
            if kind is not None and kind not in ENTITY_TYPES:
                checker.add(rec.line_of("type"), f"field 'type': '{kind}' is not one of {', '.join(ENTITY_TYPES)}")
                kind = None
            name = checker.field(rec, "name", _text)
            aliases = checker.field(rec, "aliases", _strings, required=False, default=())
            description = checker.field(rec, "description", _text, required=False)
            roles = checker.field(rec, "roles", _roles, required=False, default=())
            parent = checker.field(rec, "parent", _identifier, required=False)
            ordinal = checker.field(rec, "ordinal", _positive_int, required=False)
            if ident is None or kind is None or name is None:
                continue
            if not _register("entity", ident, checker, rec.line, origin):
                continue
            entities[ident] = Entity(
                id=ident,
                type=kind,
                name=name,
                aliases=aliases or (),
                description=description,
                roles=roles or (),
                parent=parent,
                ordinal=ordinal,
            )
    return entities


def _positive_int(value: Any, _line: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{value!r} is not a positive whole number")
    return value


def _roles(value: Any, _line: int) -> tuple[Role, ...]:
    if not isinstance(value, list):
        raise ValueError("expected a list of {title: {en, fr}, date, source}")
    roles = []
    for item in value:
        if not isinstance(item, dict) or "title" not in item:
            raise ValueError("each role needs a 'title' with 'en' and 'fr'")
        date = parse_date(str(item["date"])) if item.get("date") is not None else None
        source = _identifier(item["source"], 0) if item.get("source") else None
        roles.append(Role(title=_text(item["title"], 0), date=date, source=source))
    return tuple(roles)


FACT_FIELDS = {
    "id", "kind", "date", "date_inferred", "statement", "citations", "participants", "organisations", "place",
    "related", "numbers", "keywords", "questions", "conflicts_with", "slips", "note",
}  # fmt: skip


def _load_facts(root: Path, problems: list[Problem], origin: dict[str, tuple[str, int]]) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for path in _yaml_files(root / "facts"):
        for checker, rec in _iter_records(path, root, problems):
            checker.unknown_keys(rec, FACT_FIELDS)
            ident = checker.field(rec, "id", _identifier)
            kind = checker.field(rec, "kind", _string)
            if kind is not None and kind not in FACT_KINDS:
                checker.add(rec.line_of("kind"), f"field 'kind': '{kind}' is not one of {', '.join(FACT_KINDS)}")
                kind = None
            inferred = checker.field(rec, "date_inferred", _string, required=False)
            date = None
            raw_date = checker.field(rec, "date", _date_value, required=False)
            if raw_date is not None:
                try:
                    date = parse_date(raw_date, inferred)
                except ValueError as exc:
                    checker.add(rec.line_of("date"), f"field 'date': {exc}")
            elif inferred is not None:
                checker.add(rec.line, "'date_inferred' is given but there is no 'date'")
            statement = checker.field(rec, "statement", _text)
            citations = checker.field(rec, "citations", _citations)
            ids = {
                key: checker.field(rec, key, _identifiers, required=False, default=())
                for key in ("participants", "organisations", "related", "conflicts_with")
            }
            place = checker.field(rec, "place", _identifier, required=False)
            numbers = checker.field(rec, "numbers", _quantities, required=False, default=())
            keywords = checker.field(rec, "keywords", _strings, required=False, default=())
            questions = checker.field(rec, "questions", _strings, required=False, default=())
            slips = checker.field(rec, "slips", _slips, required=False, default=())
            note = checker.field(rec, "note", _string, required=False)
            if ident is None or kind is None or statement is None or citations is None:
                continue
            if not _register("fact", ident, checker, rec.line, origin):
                continue
            facts[ident] = Fact(
                id=ident,
                kind=kind,
                date=date,
                statement=statement,
                citations=citations,
                participants=ids["participants"] or (),
                organisations=ids["organisations"] or (),
                place=place,
                related=ids["related"] or (),
                numbers=numbers or (),
                keywords=keywords or (),
                questions=questions or (),
                conflicts_with=ids["conflicts_with"] or (),
                slips=slips or (),
                note=note,
            )
    return facts


def _cross_check(
    sources: dict[str, Source],
    entities: dict[str, Entity],
    facts: dict[str, Fact],
    origin: dict[str, tuple[str, int]],
    problems: list[Problem],
) -> None:
    def report(kind: str, ident: str, message: str) -> None:
        file, line = origin.get(f"{kind}:{ident}", ("?", 0))
        problems.append(Problem(file, line, message))

    for entity in entities.values():
        if entity.parent and entity.parent not in entities:
            report("entity", entity.id, f"entity '{entity.id}': parent '{entity.parent}' is not a known entity")
        for role in entity.roles:
            if role.source and role.source not in sources:
                report("entity", entity.id, f"entity '{entity.id}': role cites unknown source '{role.source}'")
        if entity.type == "session" and entity.ordinal is None:
            report("entity", entity.id, f"session '{entity.id}' needs its 'ordinal' (76 for the 76th session)")
    for fact in facts.values():
        for field_name, ids in (
            ("participants", fact.participants),
            ("organisations", fact.organisations),
            ("related", fact.related),
            ("place", (fact.place,) if fact.place else ()),
        ):
            for ident in ids:
                if ident not in entities:
                    report("fact", fact.id, f"fact '{fact.id}': {field_name} names unknown entity '{ident}'")
        for citation in fact.citations:
            if citation.source not in sources:
                report("fact", fact.id, f"fact '{fact.id}': cites unknown source '{citation.source}'")
        for slip in fact.slips:
            if slip.source not in fact.source_ids:
                report("fact", fact.id, f"fact '{fact.id}': slip names source '{slip.source}' it does not cite")
        for other in fact.conflicts_with:
            if other == fact.id:
                report("fact", fact.id, f"fact '{fact.id}' conflicts with itself")
            elif other not in facts:
                report("fact", fact.id, f"fact '{fact.id}': conflicts_with names unknown fact '{other}'")
            elif fact.id not in facts[other].conflicts_with:
                report(
                    "fact",
                    fact.id,
                    f"fact '{fact.id}' conflicts with '{other}' but '{other}' does not link back",
                )

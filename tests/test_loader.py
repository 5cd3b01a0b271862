"""The fact base loader on broken copies of the real fact base: every problem with its file, line and cause."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from knowledge.loader import DEFAULT_DIR, FactBaseError, Problem, load_fact_base

PROJECT = Path(__file__).resolve().parent.parent

OVERVIEW_1 = "facts/overview-1-membership-security-council.yaml"
OVERVIEW_2 = "facts/overview-2-agencies-awards-forums.yaml"
OVERVIEW_3 = "facts/overview-3-war-covid-2020-2021.yaml"
AZERTAC = "facts/azertac-2025-aliyev-guterres.yaml"
JAMNEWS = "facts/jamnews-2021-aliyev-unga76.yaml"
EVENTS = "entities/events.yaml"
SOURCES = "sources.yaml"

# Lines of the real files that the cases below rewrite (each occurs in its file).
MEMBERSHIP_ID = "- id: un-membership-1992\n"
MEMBERSHIP_KIND = "  kind: membership\n"
MEMBERSHIP_DATE = "  date: 1992-03-02\n"
MEMBERSHIP_FR = "    fr: L'Azerbaïdjan est devenu membre de l'Organisation des Nations unies le 2 mars 1992.\n"
MEMBERSHIP_ORGS = "  organisations: [azerbaijan, un]\n"
MEMBERSHIP_CITATION = "    - {source: overview-azerbaijan-un-cooperation, paragraphs: [2]}\n"
MEETING_PARTICIPANTS = "  participants: [ilham-aliyev, antonio-guterres]\n"


@dataclass(frozen=True)
class Edit:
    """Replace the first `old` in `file` (relative to knowledge/) by `new`; an empty `old` writes the whole file."""

    file: str
    old: str
    new: str


@dataclass(frozen=True)
class Expected:
    """A problem the loader must report: its file, the line holding `at` (or `or_at`), words of its message."""

    file: str
    at: str
    message: tuple[str, ...]
    or_at: str | None = None
    alone: bool = True  # the only problem reported (False where a consequence is legitimately reported too)


def broken_base(tmp_path: Path, *edits: Edit) -> Path:
    """A copy of the real fact base (YAML only) with `edits` applied; returns its knowledge/ directory."""
    root = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, root, ignore=shutil.ignore_patterns("__pycache__", "*.py", "*.md"))
    for edit in edits:
        path = root / edit.file
        if not edit.old:
            path.write_text(edit.new, encoding="utf-8")
            continue
        text = path.read_text(encoding="utf-8")
        assert edit.old in text, f"the real {edit.file} no longer holds {edit.old!r}: update the test"
        path.write_text(text.replace(edit.old, edit.new, 1), encoding="utf-8")
    return root


def line_of(root: Path, file: str, text: str) -> int:
    """The 1-based line of `file` on which `text` (its first line) first occurs."""
    needle = text.strip("\n").split("\n")[0]
    for number, line in enumerate((root / file).read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{text!r} not found in {file}")


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(root)
    assert caught.value.problems, "FactBaseError without problems"
    return caught.value.problems


def matches(problem: Problem, expected: Expected, root: Path) -> bool:
    lines = {line_of(root, expected.file, expected.at)}
    if expected.or_at is not None:
        lines.add(line_of(root, expected.file, expected.or_at))
    return (
        Path(problem.file) == Path("knowledge", expected.file)
        and problem.line in lines
        and all(word.lower() in problem.message.lower() for word in expected.message)
    )


def assert_reported(problems: list[Problem], expected: Expected, root: Path) -> None:
    found = [p for p in problems if matches(p, expected, root)]
    where = f"knowledge/{expected.file}:{line_of(root, expected.file, expected.at)}"
    assert found, f"expected a problem at {where} naming {expected.message}; got:\n" + "\n".join(map(str, problems))


# (case id, edits, the one problem expected)
CASES: list[tuple[str, tuple[Edit, ...], Expected]] = [
    (
        "yaml-syntax-error",
        (Edit(OVERVIEW_1, MEMBERSHIP_KIND, "  kind: membership: extra\n"),),
        Expected(OVERVIEW_1, "kind: membership: extra", ("YAML syntax", "mapping values")),
    ),
    (
        "yaml-tab-indentation",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, MEMBERSHIP_DATE + "\tnote: tabbed\n"),),
        Expected(OVERVIEW_1, "\tnote: tabbed", ("YAML syntax", "tab")),
    ),
    (
        "duplicate-key",
        (Edit(OVERVIEW_1, MEMBERSHIP_KIND, MEMBERSHIP_KIND + "  kind: event\n"),),
        Expected(OVERVIEW_1, "  kind: event", ("duplicate key", "kind")),
    ),
    (
        "unknown-field",
        (Edit(OVERVIEW_1, MEMBERSHIP_KIND, MEMBERSHIP_KIND + "  colour: blue\n"),),
        Expected(OVERVIEW_1, "  colour: blue", ("unknown field", "colour")),
    ),
    (
        "misspelt-field",
        (Edit(OVERVIEW_1, "  citations:\n", "  citation:\n"),),
        # also "missing required field 'citations'", which is true
        Expected(OVERVIEW_1, "  citation:", ("unknown field 'citation'",), alone=False),
    ),
    (
        "missing-required-kind",
        (Edit(OVERVIEW_1, MEMBERSHIP_KIND, ""),),
        Expected(OVERVIEW_1, MEMBERSHIP_ID, ("missing required field 'kind'",)),
    ),
    (
        "empty-required-kind",
        (Edit(OVERVIEW_1, MEMBERSHIP_KIND, "  kind:\n"),),
        Expected(OVERVIEW_1, MEMBERSHIP_ID, ("missing required field 'kind'",), or_at="  kind:"),
    ),
    (
        "missing-required-citations",
        (Edit(OVERVIEW_1, "  citations:\n" + MEMBERSHIP_CITATION, ""),),
        Expected(OVERVIEW_1, MEMBERSHIP_ID, ("missing required field 'citations'",)),
    ),
    (
        "bad-kind",
        (Edit(OVERVIEW_1, MEMBERSHIP_KIND, "  kind: friendship\n"),),
        Expected(OVERVIEW_1, "  kind: friendship", ("'friendship'", "not one of", "membership")),
    ),
    (
        "date-30-february",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, "  date: 2021-02-30\n"),),
        Expected(OVERVIEW_1, "  date: 2021-02-30", ("field 'date'", "2021-02-30", "not a real date")),
    ),
    (
        "date-month-13",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, "  date: 2021-13\n"),),
        Expected(OVERVIEW_1, "  date: 2021-13", ("field 'date'", "2021-13", "not a real date")),
    ),
    (
        "date-range-backwards",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, "  date: 2021-05..2021-03\n"),),
        Expected(OVERVIEW_1, "  date: 2021-05..2021-03", ("field 'date'", "ends before it starts")),
    ),
    (
        "date-range-mixed-precision",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, "  date: 2021..2021-03\n"),),
        Expected(OVERVIEW_1, "  date: 2021..2021-03", ("field 'date'", "same precision")),
    ),
    (
        "date-not-iso",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, "  date: 2 March 1992\n"),),
        Expected(OVERVIEW_1, "  date: 2 March 1992", ("field 'date'", "is not a date")),
    ),
    (
        "date-inferred-without-date",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, "  date_inferred: from the dateline\n"),),
        Expected(OVERVIEW_1, MEMBERSHIP_ID, ("'date_inferred'", "no 'date'")),
    ),
    (
        "statement-without-fr",
        (Edit(OVERVIEW_1, MEMBERSHIP_FR, ""),),
        Expected(OVERVIEW_1, "  statement:", ("field 'statement'", "fr")),
    ),
    (
        "statement-in-german",
        (Edit(OVERVIEW_1, MEMBERSHIP_FR, MEMBERSHIP_FR + "    de: Aserbaidschan trat 1992 bei.\n"),),
        Expected(OVERVIEW_1, "  statement:", ("field 'statement'", "'de'")),
    ),
    (
        "bad-id",
        (Edit(OVERVIEW_1, MEMBERSHIP_ID, "- id: UN_Membership_1992\n"),),
        Expected(OVERVIEW_1, "- id: UN_Membership_1992", ("field 'id'", "UN_Membership_1992", "not a valid id")),
    ),
    (
        "paragraph-zero",
        (
            Edit(
                OVERVIEW_1, MEMBERSHIP_CITATION, "    - {source: overview-azerbaijan-un-cooperation, paragraphs: [0]}\n"
            ),
        ),
        Expected(OVERVIEW_1, "  citations:", ("field 'citations'", "counted from 1")),
    ),
    (
        "number-not-a-number",
        (Edit(OVERVIEW_1, MEMBERSHIP_DATE, MEMBERSHIP_DATE + "  numbers:\n    - {value: many, unit: states}\n"),),
        Expected(OVERVIEW_1, "  numbers:", ("field 'numbers'", "'many'", "not a number")),
    ),
    (
        "unknown-entity-in-participants",
        (Edit(AZERTAC, MEETING_PARTICIPANTS, "  participants: [ilham-aliyev, antonio-gutteres]\n"),),
        Expected(
            AZERTAC,
            "- id: aliyev-guterres-meeting-2025",
            ("participants", "unknown entity 'antonio-gutteres'"),
            or_at="  participants: [ilham-aliyev, antonio-gutteres]",
        ),
    ),
    (
        "unknown-entity-in-organisations",
        (Edit(OVERVIEW_1, MEMBERSHIP_ORGS, "  organisations: [azerbaijan, united-nations]\n"),),
        Expected(
            OVERVIEW_1,
            MEMBERSHIP_ID,
            ("organisations", "unknown entity 'united-nations'"),
            or_at="  organisations: [azerbaijan, united-nations]",
        ),
    ),
    (
        "unknown-source-in-citations",
        (Edit(OVERVIEW_1, MEMBERSHIP_CITATION, "    - {source: overview-azerbaijan-un, paragraphs: [2]}\n"),),
        Expected(
            OVERVIEW_1,
            MEMBERSHIP_ID,
            ("unknown source 'overview-azerbaijan-un'",),
            or_at="    - {source: overview-azerbaijan-un, paragraphs: [2]}",
        ),
    ),
    (
        # overview-2 is read after overview-1: the second definition is the one reported, naming the first.
        "duplicate-fact-id-across-files",
        (Edit(OVERVIEW_2, "- id: un-specialised-agencies-cooperation\n", MEMBERSHIP_ID),),
        Expected(
            OVERVIEW_2,
            MEMBERSHIP_ID,
            ("duplicate fact id 'un-membership-1992'", f"knowledge/{OVERVIEW_1}:"),
        ),
    ),
    (
        "conflict-linked-one-way",
        (Edit(OVERVIEW_3, "  conflicts_with: [unga76-aliyev-address-sep23]\n", ""),),
        Expected(
            JAMNEWS,
            "- id: unga76-aliyev-address-sep23",
            ("unga76-aliyev-address-sep24", "does not link back"),
            or_at="  conflicts_with: [unga76-aliyev-address-sep24]",
        ),
    ),
    (
        "conflict-with-unknown-fact",
        (Edit(OVERVIEW_1, MEMBERSHIP_ORGS, MEMBERSHIP_ORGS + "  conflicts_with: [un-membership-1993]\n"),),
        Expected(
            OVERVIEW_1,
            MEMBERSHIP_ID,
            ("unknown fact 'un-membership-1993'",),
            or_at="  conflicts_with: [un-membership-1993]",
        ),
    ),
    (
        "session-without-ordinal",
        (Edit(EVENTS, "  ordinal: 49\n", ""),),
        Expected(EVENTS, "- id: unga-49", ("session 'unga-49'", "ordinal")),
    ),
    (
        "entity-bad-type",
        (Edit(EVENTS, "- id: unga-49\n  type: session\n", "- id: unga-49\n  type: meeting\n"),),
        # the facts that name unga-49 are reported too (unknown entity): noise, but not wrong
        Expected(
            EVENTS,
            "- id: unga-49\n  type: meeting",
            ("field 'type'", "'meeting'", "not one of"),
            or_at="  type: meeting",
            alone=False,
        ),
    ),
    (
        "source-bad-language",
        (Edit(SOURCES, "  language: fr\n", "  language: french\n"),),
        Expected(SOURCES, "  language: french", ("field 'language'", "'french'")),
    ),
    (
        "source-date-paragraph-not-a-number",
        (Edit(SOURCES, "  date_paragraphs: [1]\n", "  date_paragraphs: [yes]\n"),),
        Expected(SOURCES, "  date_paragraphs: [yes]", ("field 'date_paragraphs'", "paragraph numbers")),
    ),
    (
        "top-level-mapping",
        (Edit("facts/zz-mapping.yaml", "", "id: orphan-fact\nkind: event\nstatement: {en: A, fr: B}\n"),),
        Expected("facts/zz-mapping.yaml", "id: orphan-fact", ("must be a YAML list",)),
    ),
    (
        "list-item-not-a-mapping",
        (Edit(OVERVIEW_1, MEMBERSHIP_ID, "- a fact written as plain text\n\n" + MEMBERSHIP_ID),),
        Expected(OVERVIEW_1, "- a fact written as plain text", ("must be a mapping", "str")),
    ),
]


@pytest.mark.parametrize(("edits", "expected"), [pytest.param(e, x, id=i) for i, e, x in CASES])
def test_broken_fact_base_reports_file_line_and_cause(
    tmp_path: Path, edits: tuple[Edit, ...], expected: Expected
) -> None:
    root = broken_base(tmp_path, *edits)
    problems = problems_of(root)
    assert_reported(problems, expected, root)
    if expected.alone:
        assert len(problems) == 1, "one mistake, one problem (no cascade):\n" + "\n".join(map(str, problems))
    assert not any("None" in p.message for p in problems), "\n".join(map(str, problems))


def test_unclosed_quote_names_the_line_where_it_opens(tmp_path: Path) -> None:
    """libyaml stops at the next quote, far below: the message must also name the line where the text starts."""
    opening = '    en: "Azerbaijan became a member of the United Nations on 2 March 1992.\n'
    root = broken_base(tmp_path, Edit(OVERVIEW_1, opening.replace('"', ""), opening))
    (problem,) = problems_of(root)
    start = line_of(root, OVERVIEW_1, opening)
    assert problem.line == start or f"line {start}" in problem.message, str(problem)


def test_every_problem_in_every_file_is_reported_at_once(tmp_path: Path) -> None:
    chosen = {
        "yaml-syntax-error",  # facts/overview-1 (that file stops loading)
        "unknown-entity-in-participants",  # facts/azertac
        "conflict-linked-one-way",  # facts/overview-3 edited, facts/jamnews reported
        "session-without-ordinal",  # entities/events
        "source-bad-language",  # sources.yaml
        "top-level-mapping",  # a new file
    }
    cases = [(edits, expected) for name, edits, expected in CASES if name in chosen]
    assert len(cases) == len(chosen)
    root = broken_base(tmp_path, *(edit for edits, _ in cases for edit in edits))
    problems = problems_of(root)
    for _, expected in cases:
        assert_reported(problems, expected, root)
    assert len(problems) == len(chosen), "\n".join(map(str, problems))


def test_several_problems_in_one_file_are_all_reported(tmp_path: Path) -> None:
    root = broken_base(
        tmp_path,
        Edit(OVERVIEW_1, MEMBERSHIP_KIND, "  kind: friendship\n"),
        Edit(OVERVIEW_1, MEMBERSHIP_FR, ""),
        Edit(OVERVIEW_1, "  date: 1992-05-06\n", "  date: 1992-05-32\n"),
    )
    problems = problems_of(root)
    assert_reported(problems, Expected(OVERVIEW_1, "  kind: friendship", ("friendship",)), root)
    assert_reported(problems, Expected(OVERVIEW_1, "  statement:", ("fr",)), root)
    assert_reported(problems, Expected(OVERVIEW_1, "  date: 1992-05-32", ("not a real date",)), root)
    assert len(problems) == 3, "\n".join(map(str, problems))


def test_problem_text_reads_file_colon_line(tmp_path: Path) -> None:
    root = broken_base(tmp_path, Edit(OVERVIEW_1, MEMBERSHIP_KIND, "  kind: friendship\n"))
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(root)
    line = line_of(root, OVERVIEW_1, "  kind: friendship")
    assert f"knowledge/{OVERVIEW_1}:{line}: " in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("", id="empty"),
        pytest.param("# nothing here yet\n", id="comment-only"),
        pytest.param("\n\n", id="blank"),
    ],
)
def test_empty_file_is_allowed(tmp_path: Path, content: str) -> None:
    root = broken_base(tmp_path, Edit("facts/zz-draft.yaml", "", content), Edit("entities/zz-draft.yaml", "", content))
    base = load_fact_base(root)
    assert len(base.facts) == len(load_fact_base().facts)
    assert len(base.entities) == len(load_fact_base().entities)


def test_the_real_fact_base_loads_with_origins() -> None:
    base = load_fact_base()
    assert base.facts
    assert base.entities
    assert base.sources
    file, line = base.origin["fact:un-membership-1992"]
    assert Path(file) == Path("knowledge", OVERVIEW_1)
    assert line == line_of(DEFAULT_DIR, OVERVIEW_1, MEMBERSHIP_ID)


# ===== python -m bot check, as a curator runs it ===============================================================
FILE_LINE = re.compile(r"^knowledge/[\w./-]+\.yaml:\d+: \S")


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "check", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_check_on_a_broken_base_exits_1_with_file_line_messages(tmp_path: Path) -> None:
    root = broken_base(
        tmp_path,
        Edit(OVERVIEW_1, MEMBERSHIP_DATE, "  date: 2021-02-30\n"),
        Edit(EVENTS, "  ordinal: 49\n", ""),
    )
    result = run_check("--knowledge", str(root))
    assert result.returncode == 1, result
    output = [line.strip() for line in (result.stdout + result.stderr).splitlines()]
    located = [line for line in output if FILE_LINE.match(line)]
    date_line = line_of(root, OVERVIEW_1, "  date: 2021-02-30")
    assert any(line.startswith(f"knowledge/{OVERVIEW_1}:{date_line}: ") for line in located), output
    assert any(line.startswith(f"knowledge/{EVENTS}:") and "unga-49" in line for line in located), output
    assert "Traceback" not in result.stderr


def test_check_json_on_the_real_base() -> None:
    result = run_check("--json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1, "one JSON object on one line"
    report = json.loads(result.stdout)
    assert set(report) == {"facts", "entities", "sources", "errors"}
    base = load_fact_base()
    assert report["facts"] == len(base.facts)
    assert report["entities"] == len(base.entities)
    assert report["errors"] == []
    assert [s["id"] for s in report["sources"]] == list(base.sources)
    for source in report["sources"]:
        assert set(source) == {"id", "document", "facts"}
        assert source["document"] == base.sources[source["id"]].document
        assert isinstance(source["facts"], int)
        assert source["facts"] == sum(source["id"] in f.source_ids for f in base.facts.values())
        assert source["facts"] > 0, f"source {source['id']} backs no fact"


def test_check_json_on_a_broken_base(tmp_path: Path) -> None:
    root = broken_base(tmp_path, Edit(OVERVIEW_1, MEMBERSHIP_KIND, "  kind: friendship\n"))
    result = run_check("--json", "--knowledge", str(root))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert set(report) == {"facts", "entities", "sources", "errors"}
    assert report["errors"], report
    assert all(FILE_LINE.match(error) for error in report["errors"]), report["errors"]
    line = line_of(root, OVERVIEW_1, "  kind: friendship")
    assert any(error.startswith(f"knowledge/{OVERVIEW_1}:{line}: ") for error in report["errors"])

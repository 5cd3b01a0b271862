"""The fact base against the source documents: every claim grounded, every figure covered, our own words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.text import detect_language
from knowledge.documents import default_documents_dir, read_paragraphs
from knowledge.grounding import check_citations, numbers_in, uncited_paragraphs
from knowledge.loader import Problem, load_fact_base
from knowledge.schema import Citation, DateSpec, Fact, FactBase, Quantity, Text

DOCUMENTS = default_documents_dir()

pytestmark = pytest.mark.skipif(not DOCUMENTS.is_dir(), reason=f"no source documents at {DOCUMENTS}")

BASE = load_fact_base()

# Paragraphs with a year or a number that no fact can cite: (source id, paragraph) -> why. Keep it empty when you can.
UNCITABLE: dict[tuple[str, int], str] = {}

# Facts whose statement still shares 12 or more consecutive words with a paragraph it cites (see the test below).
COPIED_WORDING: dict[str, str] = {}  # fact id -> the copied words, while a curator rewords it
SHARED_RUN = 12


@pytest.fixture(scope="module")
def paragraphs() -> dict[str, list[str]]:
    """The paragraphs of every source document, by source id."""
    return {s.id: read_paragraphs(DOCUMENTS / s.document) for s in BASE.sources.values()}


def cited_paragraphs(fact: Fact, paragraphs: dict[str, list[str]]) -> list[str]:
    return [paragraphs[c.source][n - 1] for c in fact.citations for n in c.paragraphs]


# ===== the requirements ================================================================================
def test_every_year_day_and_number_of_a_fact_is_in_a_paragraph_it_cites() -> None:
    problems = check_citations(BASE, DOCUMENTS)
    assert problems == [], "\n".join(map(str, problems))


def test_every_paragraph_with_a_year_or_number_is_cited() -> None:
    uncited = [(s, n, text) for s, n, text in uncited_paragraphs(BASE, DOCUMENTS) if (s, n) not in UNCITABLE]
    assert uncited == [], "\n".join(f"{s} paragraph {n}: {text[:120]}" for s, n, text in uncited)


def test_uncitable_exceptions_are_still_needed() -> None:
    uncited = {(s, n) for s, n, _ in uncited_paragraphs(BASE, DOCUMENTS)}
    stale = sorted(set(UNCITABLE) - uncited)
    assert stale == [], f"now cited (or without numbers): remove them from UNCITABLE: {stale}"


def test_every_source_document_exists() -> None:
    missing = [f"{s.id}: {s.document}" for s in BASE.sources.values() if not (DOCUMENTS / s.document).is_file()]
    assert missing == []


def test_every_document_is_a_source() -> None:
    documents = {p.name for p in DOCUMENTS.iterdir() if p.is_file() and p.suffix == ".txt"}
    assert documents - {s.document for s in BASE.sources.values()} == set()


def test_conflicts_are_linked_both_ways() -> None:
    one_way = [
        f"{fact.id} -> {other}"
        for fact in BASE.facts.values()
        for other in fact.conflicts_with
        if other not in BASE.facts or fact.id not in BASE.facts[other].conflicts_with
    ]
    assert one_way == []


@pytest.mark.parametrize("fact", list(BASE.facts.values()), ids=list(BASE.facts))
def test_fact_has_questions_and_a_french_statement(fact: Fact) -> None:
    assert fact.questions, "no question: users cannot be offered this fact"
    assert fact.statement.fr.strip()
    assert fact.statement.fr != fact.statement.en, "the French statement is the English one"
    assert "fr" in {detect_language(q) for q in fact.questions}, "no question in French"
    assert "en" in {detect_language(q) for q in fact.questions}, "no question in English"


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.replace("’", "'").lower())


def _runs(words: list[str], length: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}


@pytest.mark.parametrize(
    "fact",
    [
        pytest.param(
            fact,
            id=fact.id,
            marks=[pytest.mark.xfail(strict=True, reason=f"statement copies the document: {COPIED_WORDING[fact.id]}")]
            if fact.id in COPIED_WORDING
            else [],
        )
        for fact in BASE.facts.values()
    ],
)
def test_statement_is_in_our_own_words(fact: Fact, paragraphs: dict[str, list[str]]) -> None:
    """No run of 12 or more consecutive words shared between a statement (en or fr) and its cited paragraphs."""
    cited: set[tuple[str, ...]] = set()
    for text in cited_paragraphs(fact, paragraphs):
        cited |= _runs(_words(text), SHARED_RUN)
    for lang in ("en", "fr"):
        shared = _runs(_words(fact.statement.get(lang)), SHARED_RUN) & cited
        assert not shared, f"{lang} statement copies: {' '.join(sorted(shared)[0])}"


# ===== the checks themselves catch what they must =============================================================
MEMBERSHIP = BASE.facts["un-membership-1992"]  # cites overview paragraph 2 ("admitted ... on March 2", 1992)


def _with_fact(fact: Fact) -> FactBase:
    return dataclasses.replace(BASE, facts={**BASE.facts, fact.id: fact})


def _statement(en: str, fr: str) -> Callable[[Fact], Fact]:
    return lambda fact: dataclasses.replace(fact, statement=Text(en=en, fr=fr))


def _day(day: dt.date) -> DateSpec:
    return DateSpec(start=day, end=day, unit="day")


# (case, how the membership fact is changed, words the problem must name)
UNGROUNDED: list[tuple[str, Callable[[Fact], Fact], tuple[str, ...]]] = [
    (
        "year-in-statement",
        _statement(
            "Azerbaijan became a member of the United Nations on 2 March 1991.",
            "L'Azerbaïdjan est devenu membre de l'Organisation des Nations unies le 2 mars 1991.",
        ),
        ("1991", "not found"),
    ),
    (
        "number-in-statement",
        _statement(
            "Azerbaijan became the 178th member of the United Nations on 2 March 1992.",
            "L'Azerbaïdjan est devenu le 178e membre de l'Organisation des Nations unies le 2 mars 1992.",
        ),
        ("178", "not found"),
    ),
    (
        "figure-in-numbers",
        lambda fact: dataclasses.replace(fact, numbers=(Quantity(value=53001, unit="people"),)),
        ("53001", "not found"),
    ),
    (
        "day-of-the-date",
        lambda fact: dataclasses.replace(fact, date=_day(dt.date(1992, 3, 5))),
        ("5", "not found"),
    ),
    (
        "year-of-the-date",
        lambda fact: dataclasses.replace(fact, date=_day(dt.date(1993, 3, 2))),
        ("1993", "not found"),
    ),
    (
        "french-differs",
        _statement(
            "Azerbaijan became a member of the United Nations on 2 March 1992.",
            "L'Azerbaïdjan est devenu membre de l'Organisation des Nations unies le 3 mars 1992.",
        ),
        ("French", "3"),
    ),
    (
        "paragraph-beyond-the-document",
        lambda fact: dataclasses.replace(fact, citations=(Citation("overview-azerbaijan-un-cooperation", (999,)),)),
        ("no paragraph 999",),
    ),
]


@pytest.mark.parametrize(("change", "words"), [pytest.param(c, w, id=i) for i, c, w in UNGROUNDED])
def test_an_ungrounded_claim_is_reported(change: Callable[[Fact], Fact], words: tuple[str, ...]) -> None:
    cited = read_paragraphs(DOCUMENTS / BASE.sources["overview-azerbaijan-un-cooperation"].document)[1]
    assert not {"1991", "178", "53001", "5", "1993", "3"} & numbers_in(cited, with_words=True), "pick other numbers"
    problems = check_citations(_with_fact(change(MEMBERSHIP)), DOCUMENTS)
    about = [p for p in problems if "un-membership-1992" in p.message]
    assert len(about) == 1, "\n".join(map(str, problems))
    assert problems == about, "only the changed fact is reported"
    (problem,) = about
    assert all(w in problem.message for w in words), str(problem)
    assert (problem.file, problem.line) == BASE.origin["fact:un-membership-1992"]


def test_an_inferred_date_is_not_a_claim() -> None:
    """A date worked out from the publication date is recorded, but the paragraphs need not state it."""
    inferred = DateSpec(dt.date(1993, 3, 2), dt.date(1993, 3, 2), "day", inferred="from the dateline")
    assert check_citations(_with_fact(dataclasses.replace(MEMBERSHIP, date=inferred)), DOCUMENTS) == []


def test_a_missing_document_is_reported() -> None:
    source = BASE.sources["newsaz-2023-bayramov-zuev"]
    base = dataclasses.replace(
        BASE, sources={**BASE.sources, source.id: dataclasses.replace(source, document="no-such-file.txt")}
    )
    problems = check_citations(base, DOCUMENTS)
    assert [p.message for p in problems if "newsaz-2023-bayramov-zuev" in p.message and "does not exist" in p.message]


def test_a_paragraph_nobody_cites_is_reported() -> None:
    facts = {
        ident: fact
        for ident, fact in BASE.facts.items()
        if all(c.source != "newsaz-2023-bayramov-zuev" for c in fact.citations)
    }
    uncited = uncited_paragraphs(dataclasses.replace(BASE, facts=facts), DOCUMENTS)
    numbered = {n for s, n, _ in uncited if s == "newsaz-2023-bayramov-zuev"}
    assert numbered, "dropping every newsaz fact must leave its numbered paragraphs uncited"
    assert 1 not in numbered, "paragraph 1 is the dateline (date_paragraphs), covered without a fact"


def test_problems_point_at_the_fact_file_and_line() -> None:
    fact = dataclasses.replace(MEMBERSHIP, numbers=(Quantity(value=53001, unit="people"),))
    (problem,) = check_citations(_with_fact(fact), DOCUMENTS)
    assert isinstance(problem, Problem)
    assert Path(problem.file) == Path("knowledge/facts/overview-1-membership-security-council.yaml")
    assert problem.line > 0

"""Check the fact base against the source documents: citations exist, numbers are grounded, coverage."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.documents import default_documents_dir, read_paragraphs
from knowledge.loader import Problem
from knowledge.schema import Fact, FactBase

__all__ = ["check_citations", "default_documents_dir", "numbers_in", "uncited_paragraphs"]

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")
_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "first": "1", "second": "2", "third": "3", "fourth": "4", "seventh": "7",
    "million": "1000000",
}  # fmt: skip
_ROMAN = {"II": "2", "III": "3", "IV": "4", "VI": "6", "VII": "7"}
_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")\b", re.IGNORECASE)
_ROMAN_WORD = re.compile(r"\b(" + "|".join(_ROMAN) + r")\b")


def numbers_in(text: str, *, with_words: bool = False) -> set[str]:
    """The numbers written in `text` as digit strings ("53,000" -> "53000", "25%" -> "25")."""
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        if re.fullmatch(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+", raw):
            raw = re.sub(r"[,\u00a0\u202f ]", "", raw)
        raw = raw.replace(",", ".")
        found.add(raw.rstrip("0").rstrip(".") if "." in raw else raw.lstrip("0") or "0")
    if with_words:
        found.update(_WORDS[m.group(1).lower()] for m in _WORD.finditer(text))
        found.update(_ROMAN[m.group(1)] for m in _ROMAN_WORD.finditer(text))
    return found


def _number_key(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _fact_claims(fact: Fact) -> set[str]:
    """Every year, day and number the fact states, as digit strings."""
    claims = numbers_in(fact.statement.en)
    claims |= {_number_key(q.value) for q in fact.numbers}
    if fact.date is not None and fact.date.inferred is None:
        claims.add(str(fact.date.start.year))
        claims.add(str(fact.date.end.year))
        if fact.date.unit == "day":
            claims.add(str(fact.date.start.day))
            claims.add(str(fact.date.end.day))
    return claims


def check_citations(base: FactBase, documents: Path) -> list[Problem]:
    """Problems found by reading the documents: missing files, paragraphs out of range, ungrounded numbers."""
    problems: list[Problem] = []
    paragraphs: dict[str, list[str]] = {}
    for source in base.sources.values():
        file, line = base.origin.get(f"source:{source.id}", ("sources.yaml", 0))
        path = documents / source.document
        if not path.is_file():
            problems.append(Problem(file, line, f"source '{source.id}': document {path} does not exist"))
            continue
        paragraphs[source.id] = read_paragraphs(path)
        for number in source.date_paragraphs:
            if number > len(paragraphs[source.id]):
                problems.append(Problem(file, line, f"source '{source.id}': no paragraph {number}"))
    for fact in base.facts.values():
        file, line = base.origin.get(f"fact:{fact.id}", ("?", 0))
        cited_text = []
        for citation in fact.citations:
            document = paragraphs.get(citation.source)
            if document is None:
                continue
            for number in citation.paragraphs:
                if number > len(document):
                    problems.append(
                        Problem(
                            file,
                            line,
                            f"fact '{fact.id}': {citation.source} has no paragraph {number} (it has {len(document)})",
                        )
                    )
                else:
                    cited_text.append(document[number - 1])
        if not cited_text:
            continue
        grounded = numbers_in("\n".join(cited_text), with_words=True)
        missing = sorted(_fact_claims(fact) - grounded, key=lambda s: (len(s), s))
        if missing:
            problems.append(
                Problem(file, line, f"fact '{fact.id}': {', '.join(missing)} not found in the cited paragraphs")
            )
        french = numbers_in(fact.statement.fr)
        english = numbers_in(fact.statement.en)
        if french != english:
            problems.append(
                Problem(
                    file,
                    line,
                    f"fact '{fact.id}': the French statement has numbers {sorted(french)}, "
                    f"the English one {sorted(english)}",
                )
            )
    return problems


def uncited_paragraphs(base: FactBase, documents: Path) -> list[tuple[str, int, str]]:
    """Paragraphs holding a year or a number that no fact cites: (source id, paragraph, text)."""
    cited: set[tuple[str, int]] = set()
    for fact in base.facts.values():
        for citation in fact.citations:
            cited.update((citation.source, n) for n in citation.paragraphs)
    for source in base.sources.values():
        cited.update((source.id, n) for n in source.date_paragraphs)
    missing = []
    for source in base.sources.values():
        for number, text in enumerate(read_paragraphs(documents / source.document), start=1):
            if re.search(r"\d", text) and (source.id, number) not in cited:
                missing.append((source.id, number, text))
    return missing

"""Score the answer engine on a YAML set of cases (shared by the accuracy benchmark and the dev-set test)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.answer import Answer
from bot.engine import Engine
from bot.render import to_plain
from bot.text import fold

EVAL_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Outcome:
    """How the engine did on one case."""

    case: dict[str, Any]
    answer: Answer
    correct: bool
    wrong_confident: bool  # answered, but wrongly (or answered what should have been refused)
    reason: str


def load_cases(name: str) -> list[dict[str, Any]]:
    """The cases of tests/eval/<name>.yaml."""
    with (EVAL_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return list(yaml.safe_load(handle))


def run_case(engine: Engine, case: dict[str, Any]) -> Outcome:
    """Ask the case's previous questions (for context), then its question, and judge the answer."""
    context = None
    for previous in case.get("previous") or []:
        context = engine.ask(previous, context=context).context
    answer = engine.ask(case["q"], context=context)
    return judge(case, answer)


def judge(case: dict[str, Any], answer: Answer) -> Outcome:
    """Correct when answered exactly when answerable, citing an expected fact and containing the expected text."""
    if not case.get("answerable", True):
        if answer.answered:
            return Outcome(case, answer, False, True, "answered a question it should refuse")
        return Outcome(case, answer, True, False, "")
    if not answer.answered:
        return Outcome(case, answer, False, False, "refused an answerable question")
    expected = case.get("facts") or []
    cited = set(answer.facts)
    if expected:
        if case.get("all_facts"):
            missing = [f for f in expected if f not in cited]
            if missing:
                return Outcome(case, answer, False, True, f"missing facts {missing}")
        elif not cited & set(expected):
            return Outcome(case, answer, False, True, f"cited {list(answer.facts)[:4]}, expected one of {expected}")
    text = fold(to_plain(answer))
    for needle in case.get("contains") or []:
        if fold(str(needle)) not in text:
            return Outcome(case, answer, False, True, f"text lacks {needle!r}")
    return Outcome(case, answer, True, False, "")


@dataclass
class Tally:
    """Counts for one group of cases."""

    answerable: int = 0
    answered_right: int = 0
    unanswerable: int = 0
    refused: int = 0
    wrong_confident: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.case.get("answerable", True):
            self.answerable += 1
            self.answered_right += outcome.correct
        else:
            self.unanswerable += 1
            self.refused += outcome.correct
        self.wrong_confident += outcome.wrong_confident

    @property
    def answer_accuracy(self) -> float:
        return self.answered_right / self.answerable if self.answerable else 1.0

    @property
    def refusal_accuracy(self) -> float:
        return self.refused / self.unanswerable if self.unanswerable else 1.0


def tally(outcomes: list[Outcome], key: str | None = None) -> dict[str, Tally]:
    """Tallies overall (key None) or grouped by a case field such as 'lang' or 'kind'."""
    groups: dict[str, Tally] = defaultdict(Tally)
    for outcome in outcomes:
        groups["all" if key is None else str(outcome.case.get(key, "?"))].add(outcome)
    return dict(sorted(groups.items()))

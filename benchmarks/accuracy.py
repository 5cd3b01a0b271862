"""Accuracy benchmark: answer accuracy, refusal accuracy and wrong confident answers, by language and by kind.

Run: .venv/bin/python -m benchmarks.accuracy [--failures] [--part dev|heldout]
"""

from __future__ import annotations

import argparse

from bot.cli import load_engine
from tests.eval.harness import Outcome, Tally, load_cases, run_case, tally


def _row(name: str, t: Tally) -> str:
    answer = f"{t.answered_right}/{t.answerable} = {t.answer_accuracy:6.1%}" if t.answerable else "-"
    refusal = f"{t.refused}/{t.unanswerable} = {t.refusal_accuracy:6.1%}" if t.unanswerable else "-"
    return f"  {name:<10} answers {answer:<20} refusals {refusal:<20} wrong confident {t.wrong_confident}"


def main() -> None:
    """Print the tables for each part of the evaluation set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=("dev", "dev2", "heldout"), action="append")
    parser.add_argument("--failures", action="store_true", help="list every failed case")
    args = parser.parse_args()
    engine = load_engine()
    for part in args.part or ["dev", "dev2", "heldout"]:
        outcomes: list[Outcome] = [run_case(engine, case) for case in load_cases(part)]
        print(f"== {part}: {len(outcomes)} cases")
        print(_row("overall", tally(outcomes)["all"]))
        for key in ("lang", "kind"):
            print(f" by {key}:")
            for name, group in tally(outcomes, key).items():
                print(_row(name, group))
        if args.failures:
            for outcome in outcomes:
                if not outcome.correct:
                    case = outcome.case
                    print(f"  FAIL [{case.get('lang')}/{case.get('kind')}] {case['q']!r}: {outcome.reason}")
                    print(f"       -> {outcome.answer.headline[:150]!r} facts={list(outcome.answer.facts)[:3]}")
        print()


if __name__ == "__main__":
    main()

"""The tuned evaluation set as a regression guard (the held-out set is only measured, by benchmarks/accuracy.py)."""

from __future__ import annotations

from bot.engine import Engine
from tests.eval.harness import load_cases, run_case, tally

# Floors at the level reached when the engine was last tuned: raise them when it improves, never lower them.
ANSWER_FLOOR = 0.87
REFUSAL_FLOOR = 0.97


def test_dev_set_stays_at_its_tuned_level(engine: Engine) -> None:
    outcomes = [run_case(engine, case) for case in load_cases("dev")]
    overall = tally(outcomes)["all"]
    failures = [f"{o.case['q']!r}: {o.reason}" for o in outcomes if not o.correct]
    assert overall.answer_accuracy >= ANSWER_FLOOR, "\n".join(failures)
    assert overall.refusal_accuracy >= REFUSAL_FLOOR, "\n".join(failures)


def test_every_case_names_facts_that_exist(engine: Engine) -> None:
    for part in ("dev", "heldout"):
        for case in load_cases(part):
            assert set(case.get("facts") or []) <= set(engine.index.facts), case["q"]

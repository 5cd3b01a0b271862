"""Answers survive the store: to_dict and from_dict are inverses; anything else is refused."""

from __future__ import annotations

import dataclasses
import json

import pytest

from bot.answer import Answer
from bot.engine import Engine


@pytest.mark.parametrize(
    "question", ["When did Azerbaijan join the UN?", "list all resolutions", "What is the capital of Mars?"]
)
def test_an_answer_round_trips_through_json(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert Answer.from_dict(json.loads(json.dumps(answer.to_dict()))) == answer


@pytest.mark.parametrize(
    "question",
    ["When did Azerbaijan join the UN?", "list all resolutions", "What is the capital of Mars?", "Who is Guterres?",
     "What resolutions did the Security Council adopt in 1993?", "Qui est António Guterres ?"],
)  # fmt: skip
def test_to_dict_is_what_asdict_gives(engine: Engine, question: str) -> None:
    # to_dict is written out for speed; every field of the dataclass must still be in it, converted the same way.
    answer = engine.ask(question)
    assert answer.to_dict() == dataclasses.asdict(answer)
    assert list(answer.to_dict()) == [f.name for f in dataclasses.fields(Answer)]


@pytest.mark.parametrize("payload", [{}, {"question": "q"}, {"items": 3}, []])
def test_a_malformed_payload_raises_value_error(payload: object) -> None:
    with pytest.raises(ValueError, match="not an answer"):
        Answer.from_dict(payload)  # type: ignore[arg-type]

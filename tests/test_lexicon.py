"""The phrase rewrites: searched only in questions holding a word they start with, with the same result."""

from __future__ import annotations

import re

import pytest

from bot.lexicon import PHRASE_REWRITES, _starts, rewrite_phrases
from tests.eval.harness import load_cases


def _every_rewrite(text: str) -> str:
    for pattern, replacement in PHRASE_REWRITES:
        text = pattern.sub(replacement, text)
    return text


def test_guarded_rewrites_change_questions_as_all_rewrites_do() -> None:
    questions = [case["q"] for part in ("dev", "dev2") for case in load_cases(part)]
    questions += [
        "whats the SC",  # one rewrite whose output another one reads
        "TEHLÜKƏSİZLİK ŞURASI",  # capitals IGNORECASE folds its own way ('İ')
        "Şuraya seçilib?",
        "how many res did the SC adopt abt az",
        "C'est Aliyev qui a parlé ?",
    ]
    changed = [q for q in questions if _every_rewrite(q) != q]
    assert len(changed) > 20  # (the set exercises the rewrites, not only questions they leave alone)
    assert [rewrite_phrases(q) for q in questions] == [_every_rewrite(q) for q in questions]


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"\b(under|of) az\b", {"und", "of"}),
        (r"\b(a )?part of\b", {"a", "par"}),
        (r"\b[üu]zv\b", {"üzv", "uzv"}),
        (r"(?<!türk )\b(ş|s)ura\b", {"şur", "sur"}),
        (r"^(?:et )?qu'a", {"et", "qu"}),
        (r"\b(\w+)-related\b", None),  # any word
        (r"(?<=\w) n (?=\w)", None),  # not at a word's start
    ],
)
def test_what_a_rewrite_match_starts_with(pattern: str, starts: set[str] | None) -> None:
    assert _starts(list(re._parser.parse(pattern, re.IGNORECASE))) == starts  # type: ignore[attr-defined]


def test_french_texting_and_names_asked_stay_in_their_place() -> None:
    assert (
        rewrite_phrases("quel classement pr l'azerbaidjan ds le rapport")
        == "quel classement pour l'azerbaidjan dans le rapport"
    )
    assert "pour" not in rewrite_phrases("who is the az PR at the UN?")  # a permanent representative
    assert rewrite_phrases("name of the unga president who visited").startswith("who is the unga president")
    assert not rewrite_phrases("what was the name of the 2017 forum?").startswith("who")

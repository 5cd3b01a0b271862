"""Hostile input: any text a user can send is answered quickly, and rendered as valid, escaped Telegram HTML."""

from __future__ import annotations

import html
import json
import random
import re
import string
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.cli import load_engine
from bot.engine import Engine
from bot.render import TELEGRAM_LIMIT, split_message, to_html, to_plain
from tests.botapi_server import EntityParseError, parse_html, utf16_len

ANSWER_SECONDS = 1.0  # per question, even on a slow machine (a fast one answers in a few milliseconds)
HOSTILE = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return load_engine()


# ===== a strict validator of Telegram HTML =====================================================================
_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler",
         "span"}  # fmt: skip
_TOKEN = re.compile(r"<[^<>]*>?|&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|lt|gt|amp|quot);|[&<>]")
_START_TAG = re.compile(r'<([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>')
_END_TAG = re.compile(r"</([a-z-]+)\s*>")
_ATTRIBUTE = re.compile(r'([a-z-]+)(?:="([^"<>]*)")?')


def html_problems(text: str) -> list[str]:
    """What Telegram (or its documentation) would reject in `text` sent with parse_mode=HTML."""
    problems: list[str] = []
    stack: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        where = f"at {match.start()}: {token[:40]!r}"
        if token.startswith("&"):
            if token.startswith("&#"):
                code = int(token[3:-1], 16) if token.startswith("&#x") else int(token[2:-1])
                if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    problems.append(f"invalid character reference {where}")
            elif token == "&":
                problems.append(f"bare & {where}")
            continue
        if token == ">":
            problems.append(f"bare > {where}")
            continue
        end = _END_TAG.fullmatch(token)
        if end:
            if not stack or stack[-1] != end.group(1):
                problems.append(f"end tag without its start tag {where} (open: {stack})")
            else:
                stack.pop()
            continue
        start = _START_TAG.fullmatch(token)
        if not start:
            problems.append(f"not a tag {where}")
            continue
        name, attributes = start.group(1), dict(_ATTRIBUTE.findall(start.group(2)))
        if name not in _TAGS:
            problems.append(f"tag <{name}> not allowed {where}")
        allowed = {"a": {"href"}, "span": {"class"}, "code": {"class"}, "blockquote": {"expandable"}}.get(name, set())
        if set(attributes) - allowed:
            problems.append(f"attributes {sorted(set(attributes) - allowed)} not allowed {where}")
        if name == "span" and attributes.get("class") != "tg-spoiler":
            problems.append(f'<span> without class="tg-spoiler" {where}')
        stack.append(name)
    if stack:
        problems.append(f"unclosed tags {stack}")
    return problems


def visible(message: str) -> str:
    """The text Telegram shows for `message` (raises EntityParseError as Telegram would refuse it)."""
    return parse_html(message, strict=True)[0]


def assert_valid_messages(messages: list[str]) -> None:
    assert messages, "no message to send"
    for message in messages:
        assert html_problems(message) == [], (html_problems(message), message[:500])
        try:
            shown = visible(message)
        except EntityParseError as exc:  # pragma: no cover - html_problems catches it first
            pytest.fail(f"Telegram would refuse it: {exc}: {message[:500]!r}")
        assert shown.strip(), f"empty message: {message!r}"
        assert utf16_len(shown) <= TELEGRAM_LIMIT, f"{utf16_len(shown)} UTF-16 code units"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_shows_the_plain_answer(answer: Answer, messages: list[str], *, full_sources: bool) -> None:
    """What Telegram shows is the plain-text answer: no user text can be taken as markup."""
    plain = to_plain(answer, full_sources=full_sources)
    shown = [visible(m) for m in messages]
    if len(messages) == 1:
        assert shown[0] == plain
    else:
        assert _squeeze("".join(shown)) == _squeeze(plain)


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("<b>bold</b> &amp; &lt;b&gt; &#x27; &#39; &quot;", None),
        ('<a href="https://un.org">UN</a> <span class="tg-spoiler">x</span> <tg-spoiler>y</tg-spoiler>', None),
        ("<b><i>nested</i></b>", None),
        ("<b>x", "unclosed"),
        ("x</b>", "without its start"),
        ("<b><i>x</b></i>", "without its start"),
        ("<script>x</script>", "not allowed"),
        ("<span>x</span>", "tg-spoiler"),
        ('<b class="x">x</b>', "attributes"),
        ("AT&T", "bare &"),
        ("&nbsp;", "bare &"),
        ("&#0;", "invalid character"),
        ("&#xD800;", "invalid character"),
        ("1 > 0", "bare >"),
        ("<b", "not a tag"),
    ],
)
def test_the_validator_itself(message: str, problem: str | None) -> None:
    found = html_problems(message)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found


# ===== hostile questions =======================================================================================
META = "<>&\"'*_[]()~`\\"
FRAGMENTS = [
    "<b>", "</b>", "<i>x</i>", "<script>alert(1)</script>", "<a href='javascript:x'>", "<", ">", "&", "&amp;", "&lt;",
    "&#x27;", "&#0;", "&nbsp;", "&unknown;", "*bold*", "_it_", "__u__", "[link](http://evil.example)", "~~s~~",
    "`code`", "```pre```", "||spoiler||", "\\", '"', "'", "\u200f", "\u200e", "\u200b", "\u200d", "\u202e", "\u2066",
    "\ufeff", "\u00a0", "\u2028", "\r\n", "\t", "😀", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "🇦🇿",
    "\U0001f3f3\ufe0f\u200d\U0001f308", "𝔘𝔑", "\U0010fffd", "e\u0301\u0301\u0301", "Азербайджан", "ООН", "Алиев",
    "Əliyev", "BMT", "l'ONU", "Azerbaijan", "UN", "Aliyev", "Guterres", "Security Council",
    "when", "who", "what", "how many", "quand", "combien", "когда", "?", "/start", "/ask@azun_bot", "@someone",
    "1992", "2 March 1992", "2012-2013", "2012..2013", "31/02/2021", "2021-13-45", "0000-00-00", "99999999999999999999",
    "-1", "3.14e+300", "1e-9", "76th", "76-я", "XXI", "½", "٣", "੩", "²",
]  # fmt: skip
_dates = st.dates().flatmap(
    lambda d: st.sampled_from(
        [
            d.isoformat(),
            f"{d.day} {d:%B %Y}",
            f"{d:%d/%m/%Y}",
            f"{d:%B} {d.day}, {d.year}",
            str(d.year),
            f"{d:%d.%m.%y}",
        ]
    )
)
_numbers = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=100).map(lambda n: f"{n}%"),
)
_long_words = st.text(st.characters(categories=["L", "M", "N"]), min_size=100, max_size=4096)
_pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(alphabet=META, min_size=1, max_size=20),
    st.text(min_size=1, max_size=30),
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВ", min_size=1, max_size=30),
    _dates,
    _numbers,
)
_mixed = st.lists(_pieces, max_size=80).flatmap(
    lambda pieces: st.sampled_from([" ", "", "\n"]).map(lambda sep: sep.join(pieces)[:4096])
)
_repeated = st.tuples(st.sampled_from(FRAGMENTS), st.integers(min_value=1, max_value=4096)).map(
    lambda t: (t[0] * t[1])[:4096]
)
_templated = st.tuples(
    st.sampled_from(
        [
            "Who is {}?", "Qui est {} ?", "Кто такой {}?", "Tell me about {}", "What happened on {}?",
            "When did {} meet Guterres?", "How many {} in 2020?", "Is {} a UN member?", "/ask {}", "{} ?",
            "Did Aliyev speak at the UN in {}?", "Quand l'Azerbaïdjan a-t-il rejoint {} ?",
        ]
    ),
    st.one_of(_pieces, _mixed),
).map(lambda t: t[0].format(t[1])[:4096])  # fmt: skip
QUESTIONS = st.one_of(
    st.text(max_size=4096),  # all of Unicode but lone surrogates
    st.text(st.characters(exclude_categories=()), max_size=300),  # lone surrogates too
    _mixed,
    _repeated,
    _templated,
    _long_words,
)


def answer_and_render(engine: Engine, question: str, context: dict[str, Any] | None = None) -> Answer:
    started = time.perf_counter()
    answer = engine.ask(question, context=context)
    brief = to_html(answer)
    full = to_html(answer, full_sources=True)
    elapsed = time.perf_counter() - started
    assert elapsed < ANSWER_SECONDS, f"{elapsed:.2f} s for {question[:200]!r}"
    assert_valid_messages(brief)
    assert_valid_messages(full)
    assert_shows_the_plain_answer(answer, brief, full_sources=False)
    assert_shows_the_plain_answer(answer, full, full_sources=True)
    return answer


@HOSTILE
@given(question=QUESTIONS)
def test_any_question_is_answered_quickly_as_valid_telegram_html(engine: Engine, question: str) -> None:
    answer_and_render(engine, question)


@HOSTILE
@given(question=QUESTIONS)
def test_raw_user_markup_never_reaches_telegram(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    ours = {"<b>", "</b>", "&amp;", "&lt;", "&gt;", "&quot;", "&#x27;"}  # what the renderer itself writes
    tokens = set(re.findall(r"<[^<>]*>|&#?\w+;", question)) - ours
    for message in to_html(answer) + to_html(answer, full_sources=True):
        for token in tokens:
            assert token not in message, f"{token!r} from the question is in {message[:300]!r}"


@HOSTILE
@given(first=QUESTIONS, second=QUESTIONS)
def test_follow_up_on_any_previous_answer(engine: Engine, first: str, second: str) -> None:
    previous = engine.ask(first)
    stored = json.loads(json.dumps(previous.context, ensure_ascii=False))  # as the store keeps it
    answer_and_render(engine, second, context=stored)


def _gibberish(count: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) for _ in range(count))[:4096]


def _misspelt_names(count: int, seed: int) -> str:
    rng = random.Random(seed)
    names = ["Azerbaijan", "Aliyev", "Guterres", "Security", "Council", "resolution", "Karabakh", "Bayramov",
             "UNESCO", "membership", "Assembly", "session", "vaccine", "Millennium", "Organisation"]  # fmt: skip
    words = []
    for _ in range(count):
        name = rng.choice(names)
        cut = rng.randrange(len(name))
        words.append(name[:cut] + rng.choice(string.ascii_lowercase) + name[cut + 1 :])
    return " ".join(words)[:4096]


HEAVY = {
    "every-year": " ".join(str(y) for y in range(1900, 2100)) * 4,
    "every-day": " ".join(f"{d} March {y}" for d in range(1, 29) for y in range(1990, 2026))[:4096],
    "russian-dates": ("2 марта 1992 " * 400)[:4096],
    "known-names": ("Aliyev Guterres UN Azerbaijan Security Council UNESCO 1992 " * 70)[:4096],
    "gibberish": _gibberish(900, 1),
    "misspelt-names": _misspelt_names(700, 2),
    "numbered-words": " ".join(f"w{n}q" for n in range(900))[:4096],
    "one-long-word": "Azerbaijan" * 409,
    "emoji": "😀 " * 2048,
    "rtl-and-zero-width": "\u202eUN\u200b\u200f 1992 \u2066" * 400,
    "markup": ("<b>Aliyev</b> &amp; *Guterres* [UN](http://x) `1992` " * 80)[:4096],
    "hyphens": "a-" * 2048,
}


@pytest.mark.parametrize("question", list(HEAVY.values()), ids=list(HEAVY))
def test_heavy_questions_are_answered_in_time(engine: Engine, question: str) -> None:
    answer_and_render(engine, question)


FOLLOW_UPS = ["and in 2013?", "et en 2013 ?", "when?", "who else?", "where?", "the first one", "the last", "2.",
              "и когда?", "why?", "more", "Guterres?", "и Алиев?", ""]  # fmt: skip


@HOSTILE
@given(first=QUESTIONS, second=st.sampled_from(FOLLOW_UPS))
def test_short_follow_ups_on_any_previous_answer(engine: Engine, first: str, second: str) -> None:
    answer_and_render(engine, second, context=engine.ask(first).context)


SEEDS = ["When did Azerbaijan join the UN?", "What happened in 1992?", "Who is Ilham Aliyev?", "Qui est Guterres ?",
         "List the UN awards", "What did Aliyev say at the UN in 2021?", "Zorglub?"]  # fmt: skip


@HOSTILE
@given(seed=st.sampled_from(SEEDS), second=st.one_of(st.sampled_from(FOLLOW_UPS), QUESTIONS))
def test_follow_ups_on_real_answers(engine: Engine, seed: str, second: str) -> None:
    answer_and_render(engine, second, context=engine.ask(seed).context)


@pytest.mark.parametrize(
    "context",
    [
        {},
        {
            "question": "When did Azerbaijan join the UN?",
            "facts": ["a-fact-since-removed"],
            "list": [],
            "intent": "when",
        },
        {"question": "What happened in 1992?", "facts": [], "list": ["gone-1", "gone-2"], "intent": "list"},
        {"facts": ["un-membership-1992"], "entity": "an-entity-since-removed", "lang": "fr"},
        {"question": "", "facts": [], "list": [], "entities": ["gone"], "intent": "nonsense", "lang": "xx"},
    ],
    ids=["empty", "stale-fact", "stale-list", "stale-entity", "odd-values"],
)
@pytest.mark.parametrize("question", ["when?", "the first one", "and in 2013?", "who else?", "et Guterres ?"])
def test_stale_context_from_an_older_fact_base(engine: Engine, context: dict[str, Any], question: str) -> None:
    answer_and_render(engine, question, context=context)


# ===== split_message ===========================================================================================
_line_text = st.text(st.characters(exclude_categories=("Cs", "Zl", "Zp", "Cc")), min_size=1, max_size=400).filter(
    str.strip
)
_line = st.tuples(st.booleans(), _line_text, st.integers(min_value=1, max_value=12)).map(
    lambda t: f"<b>{html.escape(t[1].strip())}</b>" if t[0] else html.escape((t[1].strip() + " ") * t[2]).strip()
)
_block = st.lists(_line, min_size=1, max_size=6).map("\n".join)
_document = st.lists(_block, min_size=1, max_size=25).map("\n\n".join)


@HOSTILE
@given(text=_document, limit=st.one_of(st.just(TELEGRAM_LIMIT), st.integers(min_value=420, max_value=TELEGRAM_LIMIT)))
def test_split_message_keeps_every_part_valid_and_all_the_text(text: str, limit: int) -> None:
    """Bold spans are single lines shorter than the limit (as in answers); plain lines may be far longer."""
    started = time.perf_counter()
    parts = split_message(text, limit)
    assert time.perf_counter() - started < ANSWER_SECONDS
    position = 0
    for part in parts:
        assert html_problems(part) == [], (html_problems(part), part[:300])
        shown = visible(part)
        assert utf16_len(shown) <= limit
        assert shown.strip(), "an empty part"
        found = text.find(part, position)
        assert found >= 0, "a part that is not a piece of the text, in order"
        position = found + len(part)
    assert _squeeze("".join(parts)) == _squeeze(text), "text lost or added"
    if utf16_len(visible(text)) <= limit:
        assert parts == [text]


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("word " * 2000, TELEGRAM_LIMIT),
        ("&amp;" * 5000, TELEGRAM_LIMIT),
        ("x &lt;b&gt; " * 1500, TELEGRAM_LIMIT),
        ("<b>headline</b>\n\n" + "\n".join(f"{n}. " + "fact " * 60 for n in range(60)), TELEGRAM_LIMIT),
        ("é" * 4096 + "\n\n" + "e\u0301" * 3000, TELEGRAM_LIMIT),
        ("😀" * 2048, TELEGRAM_LIMIT),
        ("😀" * 2049, TELEGRAM_LIMIT),
        ("a😀" * 1500, 1000),
    ],
    ids=["words", "entities", "escaped-tags", "list", "combining", "emoji-fits", "emoji-one-over", "mixed-small"],
)
def test_split_message_cases(text: str, limit: int) -> None:
    parts = split_message(text, limit)
    for part in parts:
        assert html_problems(part) == []
        assert 0 < utf16_len(visible(part)) <= limit
    assert _squeeze("".join(parts)) == _squeeze(text)


@pytest.mark.parametrize(
    "text",
    ["<b>" + "x" * 5000 + "</b>", "<b>" + "word " * 1200 + "</b>", "<b>" + "\n".join(["line " * 100] * 12) + "</b>"],
    ids=["one-word", "words", "lines"],
)
def test_split_message_never_leaves_a_tag_open(text: str) -> None:
    for part in split_message(text):
        assert html_problems(part) == [], part[:60] + " ... " + part[-60:]


def test_split_message_is_fast_on_emoji() -> None:
    text = "😀" * 4100  # 8200 UTF-16 code units: three parts
    started = time.perf_counter()
    parts = split_message(text)
    elapsed = time.perf_counter() - started
    assert "".join(parts) == text
    assert elapsed < 0.1, f"{elapsed:.2f} s to split {len(text)} emoji"

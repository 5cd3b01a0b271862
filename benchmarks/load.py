"""Load benchmark: many simulated users ask the real bot process, through a fake Bot API server on 127.0.0.1.

Every simulated user asks their questions one after another (the next once the answer has arrived, with no
pause), all users at once: most in private chats, the others in small groups where they address the bot with
/ask or a mention. Measured for each bot: how many questions were answered, throughput (answers per second
from the first question to the last answer) and reply latency (from the update being queued on the server to
the matching sendMessage arriving there; p50, p99, max).

In the same run, on the same server, the same load goes to:
  * the bot as deployed: `python -m bot run` (AIORateLimiter on, as Telegram's limits require: at most 30
    messages a second overall and 20 a minute per group);
  * the same bot with its rate limiter turned off (through tests/e2e_helpers.py's `Tuning`), to see what the
    bot itself costs;
  * the same bot, rate limiter off, answering every question with its own text: its polling, crash-safe inbox
    and reply journal without the conversation core and the engine (the floor of the bot's own transport);
  * a bare python-telegram-bot echo bot (benchmarks/echo_bot.py), the framework's floor.
Groups have at most 20 questions each, so the per-group limit of 20 a minute never has to wait.

Run (from the repository root): .venv/bin/python -m benchmarks.load [--users 200] [--questions 5]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.botapi_server import Call, FakeBotApi
from tests.e2e_helpers import BOT_USERNAME, TOKEN, BotProcess, Tuning, bot_env, start_bot, wait_until

ECHO_BOT = Path(__file__).with_name("echo_bot.py")
GROUP_BURST = 20  # AIORateLimiter lets 20 messages a minute into a group without waiting
QUESTIONS = (
    "When did Azerbaijan join the UN?",
    "When was Azerbaijan on the Security Council?",
    "When did Ilham Aliyev meet António Guterres?",
    "Who did Jeyhun Bayramov meet?",
    "Who is António Guterres?",
    "When did Azerbaijan open its permanent mission to the UN?",
    "What resolutions did the Security Council adopt in 1993?",
    "Who is Jeyhun Bayramov?",
    "Who is Ilham Aliyev?",
    "What is resolution 822?",
    "What is resolution 853?",
    "What is resolution 874?",
    "What is resolution 884?",
    "What happened in 2022?",
    "What happened in 2025?",
    "What happened in 2023?",
    "Who is Zuev?",
    "When did Bayramov meet Zuev?",
    "What is UNICEF doing in Azerbaijan?",
    "What did Aliyev say at the General Assembly?",
    "What is the UN Development Programme doing in Azerbaijan?",
    "What happened in 2012?",
    "What happened in 2013?",
    "Qui est António Guterres ?",
    "Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?",
    "What happened on 19 September 2022?",
)


@dataclass
class Question:
    """One question of one user, and when its answer arrived."""

    chat_id: int
    queued: float
    answered: float | None = None
    done: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Result:
    """The figures of one bot under the load."""

    name: str
    asked: int
    answered: int
    seconds: float
    latencies_ms: list[float]
    group_latencies_ms: list[float]
    failed_sends: int
    unmatched_sends: int

    @property
    def throughput(self) -> float:
        return self.answered / self.seconds if self.seconds > 0 else 0.0

    def percentile(self, p: float, *, groups_only: bool = False) -> float:
        latencies = self.group_latencies_ms if groups_only else self.latencies_ms
        if not latencies:
            return float("nan")
        ordered = sorted(latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


class Tracker:
    """Matches the bot's sendMessage calls to the questions waiting in each chat (chats are answered in order)."""

    def __init__(self, server: FakeBotApi) -> None:
        self.server = server
        self.index = len(server.calls)
        self.pending: deque[Call] = deque()
        self.waiting: dict[int, deque[Question]] = defaultdict(deque)
        self.failed = 0
        self.unmatched = 0

    def expect(self, question: Question) -> None:
        self.waiting[question.chat_id].append(question)

    def scan(self, server: FakeBotApi) -> bool:
        calls = server.calls
        while self.index < len(calls):
            call = calls[self.index]
            self.index += 1
            if call.method == "sendMessage":
                self.pending.append(call)
        while self.pending and self.pending[0].done:
            call = self.pending.popleft()
            if not call.ok:
                self.failed += 1
                continue
            queue = self.waiting.get(int(call.params["chat_id"]))
            if not queue:
                self.unmatched += 1
                continue
            question = queue.popleft()
            question.answered = call.time
            question.done.set()
        return False  # never done: cancelled when the phase ends

    async def run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await self.server.wait_for(self.scan, timeout=3600)


@dataclass(frozen=True)
class Asker:
    """A simulated user: where they ask and what."""

    chat_id: int
    user_id: int | None
    chat_type: str
    texts: tuple[str, ...]


def layout(users: int, questions: int, group_share: float, first_id: int) -> tuple[list[Asker], int, int]:
    """The users (private chats first, then groups) and how many private users and groups there are."""
    group_size = max(1, GROUP_BURST // questions)
    in_groups = round(users * group_share / group_size) * group_size
    private = users - in_groups
    askers: list[Asker] = []
    for number in range(users):
        user_id = first_id + number
        picks = [QUESTIONS[(number * questions + i) % len(QUESTIONS)] for i in range(questions)]
        if number < private:
            askers.append(Asker(user_id, None, "private", tuple(picks)))
        else:
            group = -(first_id + (number - private) // group_size)
            prefixes = (f"@{BOT_USERNAME} ", f"/ask@{BOT_USERNAME} ", "/ask ")
            texts = tuple(prefixes[(number + i) % len(prefixes)] + q for i, q in enumerate(picks))
            askers.append(Asker(group, user_id, "supergroup", texts))
    return askers, private, in_groups // group_size


async def ask(server: FakeBotApi, tracker: Tracker, asker: Asker, questions: list[Question]) -> None:
    for text in asker.texts:
        question = Question(asker.chat_id, time.monotonic())
        tracker.expect(question)
        questions.append(question)
        server.user_message(asker.chat_id, text, user_id=asker.user_id, chat_type=asker.chat_type)
        await question.done.wait()


async def run_phase(
    server: FakeBotApi,
    name: str,
    start: Callable[[], Awaitable[BotProcess]],
    askers: list[Asker],
    timeout: float,  # noqa: ASYNC109
) -> Result:
    bot = await start()
    tracker = Tracker(server)
    monitor = asyncio.create_task(tracker.run())
    try:
        warm_up = Asker(askers[0].chat_id + 10_000_000, None, "private", QUESTIONS[:3])
        await asyncio.wait_for(ask(server, tracker, warm_up, []), timeout=60)
        questions: list[Question] = []
        began = time.monotonic()
        users = [asyncio.create_task(ask(server, tracker, asker, questions)) for asker in askers]
        _, late = await asyncio.wait(users, timeout=timeout)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
        tracker.scan(server)
    finally:
        monitor.cancel()
        await asyncio.gather(monitor, return_exceptions=True)
        status = await bot.stop()
        if status != 0:
            print(f"{name}: exited with status {status}\n{bot.log_tail()}", file=sys.stderr)
    answered = [q for q in questions if q.answered is not None]
    last = max((q.answered for q in answered if q.answered is not None), default=began)
    return Result(
        name=name,
        asked=sum(len(a.texts) for a in askers),
        answered=len(answered),
        seconds=last - began,
        latencies_ms=[(q.answered - q.queued) * 1000 for q in answered if q.answered is not None],
        group_latencies_ms=[(q.answered - q.queued) * 1000 for q in answered if q.answered and q.chat_id < 0],
        failed_sends=tracker.failed,
        unmatched_sends=tracker.unmatched,
    )


async def start_echo_bot(server: FakeBotApi, workdir: Path) -> BotProcess:
    """The echo bot as its own process, polling `server`."""
    await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
    env = bot_env(server.base_url, workdir / "unused.sqlite3", log_level="WARNING")
    first_call = len(server.calls)
    stdout_path, stderr_path = workdir / "stdout.log", workdir / "stderr.log"
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        process = await asyncio.create_subprocess_exec(
            sys.executable, str(ECHO_BOT), cwd=workdir, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=out,
            stderr=err,
        )  # fmt: skip
    bot = BotProcess(process, stdout_path, stderr_path, workdir / "unused.sqlite3", first_call)
    await wait_until(server, lambda s: any(c.method == "getUpdates" for c in s.calls[first_call:]), bot, timeout=30)
    return bot


def report(results: list[Result], users: int, questions: int, private: int, groups: int) -> str:
    asked = users * questions
    lines = [
        f"Load: {users} users x {questions} questions = {asked} questions; {private} users in private chats, "
        f"{users - private} in {groups} groups (/ask and mentions); one fake Bot API server on 127.0.0.1.",
        "",
        f"{'':28}" + "".join(f"{r.name:>25}" for r in results),
    ]
    rows: list[tuple[str, Callable[[Result], str]]] = [
        ("answered", lambda r: f"{r.answered}/{r.asked}"),
        ("time (s)", lambda r: f"{r.seconds:.1f}"),
        ("throughput (answers/s)", lambda r: f"{r.throughput:.1f}"),
        ("latency p50 (ms)", lambda r: f"{r.percentile(0.50):.0f}"),
        ("latency p99 (ms)", lambda r: f"{r.percentile(0.99):.0f}"),
        ("latency max (ms)", lambda r: f"{max(r.latencies_ms, default=float('nan')):.0f}"),
        ("latency p50, groups (ms)", lambda r: f"{r.percentile(0.50, groups_only=True):.0f}"),
        ("mean latency (ms)", lambda r: f"{statistics.fmean(r.latencies_ms) if r.latencies_ms else float('nan'):.0f}"),
        ("failed / unmatched sends", lambda r: f"{r.failed_sends} / {r.unmatched_sends}"),
    ]
    for label, cell in rows:
        lines.append(f"{label:28}" + "".join(f"{cell(r):>25}" for r in results))
    echo = next((r for r in results if r.name.startswith("echo")), None)
    if echo is not None and echo.throughput:
        lines.append("")
        for result in results:
            if result is not echo:
                ratio = result.throughput / echo.throughput
                verdict = "meets" if ratio >= 0.8 else "misses"
                lines.append(f"throughput of {result.name} / echo bot: {ratio:.2f} ({verdict} the 0.8 target)")
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> int:
    askers_by_phase = []
    private = groups = 0
    for phase in range(4):
        askers, private, groups = layout(args.users, args.questions, args.group_share, 1_000_000 * (phase + 1))
        askers_by_phase.append(askers)
    with tempfile.TemporaryDirectory(prefix="azun-load-") as tmp:
        root = Path(tmp)
        async with FakeBotApi(token=TOKEN, username=BOT_USERNAME) as server:
            phases: list[tuple[str, Callable[[], Awaitable[BotProcess]]]] = [
                ("bot (as deployed)", lambda: start_bot(server, root / "bot", log_level="INFO")),
            ]
            if not args.skip_unlimited:
                unlimited = Tuning(rate_limited=False)
                phases.append(
                    (
                        "bot, no rate limiter",
                        lambda: start_bot(server, root / "unlimited", log_level="INFO", tuning=unlimited),
                    )
                )
            if not args.skip_unlimited:
                transport = Tuning(rate_limited=False, echo_answers=True)
                phases.append(
                    (
                        "bot transport, echoing",
                        lambda: start_bot(server, root / "transport", log_level="INFO", tuning=transport),
                    )
                )
            phases.append(("echo bot (bare PTB)", lambda: start_echo_bot(server, root / "echo")))
            results = []
            for (name, start), askers in zip(phases, askers_by_phase, strict=False):
                print(f"running: {name} ...", file=sys.stderr, flush=True)
                results.append(await run_phase(server, name, start, askers, args.timeout))
    print(report(results, args.users, args.questions, private, groups))
    return 0 if all(r.answered == r.asked for r in results) else 1


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=200, help="simulated users (default 200)")
    parser.add_argument("--questions", type=int, default=5, help="questions per user (default 5)")
    parser.add_argument("--group-share", type=float, default=0.3, help="share of users in group chats (0.3)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds each bot gets for the load (120)")
    parser.add_argument("--skip-unlimited", action="store_true", help="do not run the bot without its rate limiter")
    args = parser.parse_args()
    if args.users < 1 or args.questions < 1 or not 0 <= args.group_share <= 1:
        parser.error("--users and --questions must be >= 1, --group-share between 0 and 1")
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())

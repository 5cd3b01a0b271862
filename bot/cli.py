"""Command line: check the fact base, ask questions, chat in the terminal, run the bot."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

from bot import __version__
from bot.answer import Answer
from bot.chat import chat
from bot.config import ConfigError, Settings
from bot.conversation import EngineHolder
from bot.engine import Engine
from bot.index import KnowledgeIndex
from bot.render import to_plain
from knowledge.loader import DEFAULT_DIR, FactBaseError, load_fact_base


def _check(args: argparse.Namespace) -> int:
    root = Path(args.knowledge) if args.knowledge else DEFAULT_DIR
    try:
        base = load_fact_base(root)
        errors: list[str] = []
    except FactBaseError as exc:
        base = None
        errors = [str(p) for p in exc.problems]
    if base is not None:
        from knowledge.grounding import check_citations, default_documents_dir

        documents = Path(args.documents) if args.documents else default_documents_dir()
        if documents.is_dir():
            errors = [str(p) for p in check_citations(base, documents)]
    if args.json:
        per_source: Counter[str] = Counter()
        if base is not None:
            for fact in base.facts.values():
                per_source.update(fact.source_ids)
        report = {
            "facts": len(base.facts) if base else 0,
            "entities": len(base.entities) if base else 0,
            "sources": [
                {"id": s.id, "document": s.document, "facts": per_source[s.id]}
                for s in (base.sources.values() if base else [])
            ],
            "errors": errors,
        }
        print(json.dumps(report, ensure_ascii=False))
    elif errors:
        print(f"The fact base has {len(errors)} problem(s):", file=sys.stderr)
        for line in errors:
            print(f"  {line}", file=sys.stderr)
    elif base is not None:
        kinds = Counter(f.kind for f in base.facts.values())
        print(f"OK: {len(base.facts)} facts, {len(base.entities)} entities, {len(base.sources)} sources.")
        print("Facts by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return 1 if errors else 0


def load_engine(knowledge: str | None = None) -> Engine:
    """Load, validate and index the fact base (raises FactBaseError)."""
    base = load_fact_base(Path(knowledge) if knowledge else DEFAULT_DIR)
    return Engine(KnowledgeIndex(base))


def answer_json(answer: Answer) -> dict[str, object]:
    """The `ask --json` contract: one object per question."""
    return {
        "question": answer.question,
        "answered": answer.answered,
        "text": to_plain(answer),
        "citations": [
            {"source": s.source_id, "document": s.document, "paragraphs": list(s.paragraphs)} for s in answer.sources
        ],
        "facts": list(answer.facts),
        "confidence": answer.confidence,
        "lang": answer.detected_lang,
    }


def _ask(args: argparse.Namespace) -> int:
    try:
        engine = load_engine(args.knowledge)
    except FactBaseError as exc:
        print(exc, file=sys.stderr)
        return 1
    questions = [" ".join(args.question)] if args.question else (line.rstrip("\n") for line in sys.stdin)
    context = None
    for question in questions:
        if not args.question and not question.strip():
            continue
        answer = engine.ask(question, context=context if args.follow else None, lang=args.lang)
        context = answer.follow_context or context
        if args.json:
            print(json.dumps(answer_json(answer), ensure_ascii=False), flush=True)
        else:
            print(to_plain(answer), end="\n\n" if not args.question else "\n", flush=True)
    return 0


def _settings() -> Settings | None:
    """The settings from the environment, or None after printing what is wrong (never a secret)."""
    try:
        return Settings.from_env()
    except ConfigError as error:
        print("The configuration cannot be used:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return None


def _holder(knowledge: Path | None) -> EngineHolder | None:
    try:
        return EngineHolder(load_engine(str(knowledge) if knowledge else None), knowledge)
    except FactBaseError as error:
        print(error, file=sys.stderr)
        return None


def _run(args: argparse.Namespace) -> int:
    settings = _settings()
    if settings is None:
        return 2
    if not settings.telegram_bot_token:
        if not sys.stdin.isatty():
            # In a container or a service there is nobody to chat with: a missing token is a configuration error.
            print("TELEGRAM_BOT_TOKEN is not set (see README: Configuration).", file=sys.stderr)
            return 2
        print("TELEGRAM_BOT_TOKEN is not set: chatting in the terminal instead (see `chat --help`).", file=sys.stderr)
        return _chat_with(settings, database=None, knowledge=None, lang=None)
    engines = _holder(settings.knowledge_dir)
    if engines is None:
        return 1
    from bot.app import configure_logging, run  # Telegram is only imported to run on Telegram

    configure_logging(settings)
    run(settings, engines)
    return 0


def _chat(args: argparse.Namespace) -> int:
    settings = _settings()
    if settings is None:
        return 2
    database = Path(args.database).expanduser() if args.database else None
    knowledge = Path(args.knowledge) if args.knowledge else None
    return _chat_with(settings, database=database, knowledge=knowledge, lang=args.lang)


def _chat_with(settings: Settings, *, database: Path | None, knowledge: Path | None, lang: str | None) -> int:
    engines = _holder(knowledge or settings.knowledge_dir)
    if engines is None:
        return 1
    user_language = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(
            chat(settings, engines, database=database, stdin=sys.stdin, stdout=sys.stdout, lang=lang,
                 user_language_code=user_language)
        )  # fmt: skip
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The `python -m bot` argument parser."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the fact base and print a summary")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--knowledge", help="fact base directory (default: the bundled one)")
    check.add_argument("--documents", help="source documents directory (default: ../shared/documents)")
    check.set_defaults(handler=_check)
    ask = commands.add_parser("ask", help="answer questions (from the arguments, or one per line on stdin)")
    ask.add_argument("question", nargs="*", help="the question; without it, one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--lang", choices=("en", "fr"), help="answer language for Russian and Azerbaijani questions")
    ask.add_argument("--follow", action="store_true", help="treat each stdin line as a follow-up of the previous")
    ask.add_argument("--knowledge", help="fact base directory (default: the bundled one)")
    ask.set_defaults(handler=_ask)
    run = commands.add_parser(
        "run", help="run the bot on Telegram (settings from the environment and .env; see bot/config.py)"
    )
    run.set_defaults(handler=_run)
    chat = commands.add_parser("chat", help="chat with the bot in the terminal (one message per line on stdin)")
    chat.add_argument("--database", help="SQLite file to keep the chat's state in (default: a temporary one)")
    chat.add_argument("--knowledge", help="fact base directory (default: BOT_KNOWLEDGE_DIR or the bundled one)")
    chat.add_argument("--lang", choices=("en", "fr"), help="the chat's language to start with")
    chat.set_defaults(handler=_chat)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # `python -m bot ask ... | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0

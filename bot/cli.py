"""Command line: check the fact base, ask questions, chat in the terminal, run the bot."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bot import __version__
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
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = build_parser().parse_args(argv)
    return int(args.handler(args))

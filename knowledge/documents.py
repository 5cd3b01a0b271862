"""Read the source documents as numbered paragraphs (1-based, separated by blank lines)."""

from __future__ import annotations

import re
from pathlib import Path

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+\n|\n[ \t\u00a0]*\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of `text`: runs of lines separated by one or more blank (or whitespace-only) lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in _BLANK_LINES.split(text) if p.strip()]


def read_paragraphs(path: Path) -> list[str]:
    """The paragraphs of the document at `path`."""
    return split_paragraphs(path.read_text(encoding="utf-8"))


def default_documents_dir() -> Path:
    """`../shared/documents` beside the project checkout."""
    return Path(__file__).resolve().parent.parent.parent / "shared" / "documents"

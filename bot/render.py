"""Answers written out: Telegram HTML (escaped, split under Telegram's limit) and plain text."""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from bot.answer import Answer, Item, SourceNote
from bot.i18n import t

TELEGRAM_LIMIT = 4096
PAGE_SIZE = 8


def page_count(answer: Answer, page_size: int = PAGE_SIZE) -> int:
    """How many pages the answer's items fill."""
    return max(1, math.ceil(len(answer.items) / page_size))


def _page_items(answer: Answer, page: int | None, page_size: int) -> tuple[list[Item], int]:
    items = list(answer.items)
    if page is None or len(items) <= page_size:
        return items, 0
    page = max(0, min(page, page_count(answer, page_size) - 1))
    return items[page * page_size : (page + 1) * page_size], page * page_size


def _markers(numbers: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _source_line(note: SourceNote, lang: str, *, full: bool) -> str:
    if not full:
        return f"[{note.number}] {note.publisher.split(' (')[0]}, {note.published}"
    paragraphs = ", ".join(str(p) for p in note.paragraphs)
    return f"[{note.number}] {note.publisher}, {note.published}, «{note.title}», {t('paragraph', lang)} {paragraphs}"


def _lines(
    answer: Answer, escape: Callable[[str], str], *, full_sources: bool, page: int | None, page_size: int,
    bold: Callable[[str], str], numbered: bool = True,
) -> list[str]:  # fmt: skip
    """The blocks of an answer, each already escaped; blank lines separate blocks."""
    blocks: list[str] = []
    items, offset = _page_items(answer, page, page_size)
    headline = escape(answer.headline)
    bare = [i for i in items if not i.text]
    if len(items) == 1 and bare:
        headline += f" {_markers(bare[0].sources)}" if bare[0].sources else ""
        items = []
    blocks.append(bold(headline) if answer.answered else headline)
    if items:
        lines = []
        for position, item in enumerate(items, start=offset + 1):
            marker = f" {_markers(item.sources)}" if item.sources else ""
            prefix = f"{position}. " if numbered and len(answer.items) > 1 else "• "
            lines.append(f"{prefix}{escape(item.text)}{marker}")
        blocks.append("\n".join(lines))
    if answer.notes:
        blocks.append("\n".join(escape(n) for n in answer.notes))
    if answer.suggestions and not answer.answered:
        blocks.append("\n".join(f"• {escape(s.label)}" for s in answer.suggestions))
    if answer.sources:
        header = f"{t('sources', answer.lang)}:"
        lines = [escape(_source_line(s, answer.lang, full=full_sources)) for s in answer.sources]
        blocks.append("\n".join([bold(header) if full_sources else header, *lines]))
    return blocks


def to_plain(answer: Answer, *, full_sources: bool = True, page: int | None = None, page_size: int = PAGE_SIZE) -> str:
    """The answer as plain text, as a person reads it (the terminal chat and `ask`)."""
    return "\n\n".join(_lines(answer, str, full_sources=full_sources, page=page, page_size=page_size,
                              bold=str))  # fmt: skip


def to_html(
    answer: Answer, *, full_sources: bool = False, page: int | None = None, page_size: int = PAGE_SIZE
) -> list[str]:
    """The answer as Telegram HTML messages: every value escaped, split at blank lines under 4096 characters."""
    blocks = _lines(answer, html.escape, full_sources=full_sources, page=page, page_size=page_size,
                    bold=lambda s: f"<b>{s}</b>")  # fmt: skip
    return split_message("\n\n".join(blocks))


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split HTML text at paragraph, then line boundaries so each part fits Telegram's limit (tags never cut)."""
    if _length(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for block in text.split("\n\n"):
        pieces = [block] if _length(block) <= limit else _split_block(block, limit)
        for piece in pieces:
            candidate = f"{current}\n\n{piece}" if current else piece
            if _length(candidate) <= limit:
                current = candidate
            else:
                if current:
                    parts.append(current)
                current = piece
    if current:
        parts.append(current)
    return parts


def _split_block(block: str, limit: int) -> list[str]:
    lines: list[str] = []
    for line in block.split("\n"):
        while _length(line) > limit:
            cut = _safe_cut(line, limit)
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    pieces: list[str] = []
    current = ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if _length(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current)
            current = line
    if current:
        pieces.append(current)
    return pieces


def _safe_cut(line: str, limit: int) -> int:
    """A cut position within `limit` that does not split a tag, an entity or a UTF-16 surrogate pair."""
    cut = limit
    while _length(line[:cut]) > limit:
        cut -= 1
    space = line.rfind(" ", 0, cut)
    if space > limit // 2:
        cut = space
    for opener, closer in (("<", ">"), ("&", ";")):
        start = line.rfind(opener, 0, cut)
        if start != -1 and line.find(closer, start) >= cut:
            cut = start
    return max(cut, 1)


def _length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), of the text without tags."""
    visible = html.unescape(_strip_tags(text))
    return len(visible.encode("utf-16-le")) // 2


def _strip_tags(text: str) -> str:
    out = []
    inside = False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">" and inside:
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)

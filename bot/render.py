"""Answers written out: Telegram HTML (escaped, split under Telegram's limit) and plain text."""

from __future__ import annotations

import html
import math
import re
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
    paragraphs = ", ".join(str(p) for p in note.paragraphs)
    where = f", {t('paragraph', lang)} {paragraphs}" if paragraphs else ""
    if not full:
        publisher = re.split(r" \(|, ", note.publisher, maxsplit=1)[0]
        return f"[{note.number}] {publisher}, {note.published}{where}"
    return f"[{note.number}] {note.publisher}, {note.published}, «{note.title}»{where}"


def _lines(
    answer: Answer,
    escape: Callable[[str], str],
    *,
    full_sources: bool,
    page: int | None,
    page_size: int,
    bold: Callable[[str], str],
    numbered: bool = True,
) -> list[str]:
    """The blocks of an answer, each already escaped; blank lines separate blocks."""
    blocks: list[str] = []
    items, offset = _page_items(answer, page, page_size)
    headline = escape(answer.headline)
    if items and not items[0].text and offset == 0:
        # The headline is this item's statement: its sources go with it, and the items after it ('the second
        # presidency, in October 2013') follow as bullets, not as a list whose first entry is empty.
        headline += f" {_markers(items[0].sources)}" if items[0].sources else ""
        items = items[1:]
        numbered = False
    # ('The sources do not give the exact date; they say 1993.' tells something too, with its source)
    blocks.append(bold(headline) if answer.answered or answer.sources else headline)
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
        header = t("sources_label", answer.lang)
        lines = [escape(_source_line(s, answer.lang, full=full_sources)) for s in answer.sources]
        blocks.append("\n".join([bold(header) if full_sources else header, *lines]))
    return blocks


def to_plain(answer: Answer, *, full_sources: bool = True, page: int | None = None, page_size: int = PAGE_SIZE) -> str:
    """The answer as plain text, as a person reads it (the terminal chat and `ask`)."""
    return "\n\n".join(_lines(answer, str, full_sources=full_sources, page=page, page_size=page_size, bold=str))


def to_html(
    answer: Answer, *, full_sources: bool = False, page: int | None = None, page_size: int = PAGE_SIZE
) -> list[str]:
    """The answer as Telegram HTML messages: every value escaped, split at blank lines under 4096 characters."""
    blocks = _lines(
        answer, _escape, full_sources=full_sources, page=page, page_size=page_size, bold=lambda s: f"<b>{s}</b>"
    )
    return split_message("\n\n".join(blocks))


_ATOM = re.compile(r"<[^>]*>|&#?\w+;|.", re.DOTALL)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][\w-]*)")


def _escape(text: str) -> str:
    """Text for Telegram HTML: only <, > and & need escaping outside tags (quotes stay readable)."""
    return html.escape(text, quote=False)


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split HTML text so each part fits Telegram's limit: at blank lines, else lines, else spaces.

    Tags are never cut, and a tag open at a cut is closed at the end of the part and opened again in the next.
    """
    if _length(text) <= limit:
        return [text]
    parts: list[str] = []
    current: list[str] = []
    length = 0
    stack: list[str] = []  # opening tags in force
    breaks: dict[str, tuple[int, int, tuple[str, ...]]] = {}  # kind -> (atom index, length, stack)
    for atom in _ATOM.findall(text):
        size = _atom_length(atom)
        if length + size > limit and current:
            index, _cut_length, open_tags = _best_break(breaks, len(current), length, tuple(stack), limit)
            head, tail = current[:index], current[index:]
            parts.append("".join(head).rstrip() + "".join(_closing(t) for t in reversed(open_tags)))
            while tail and tail[0].isspace():
                tail.pop(0)
            current = list(open_tags) + tail
            length = sum(_atom_length(a) for a in current)
            breaks = {}
        current.append(atom)
        length += size
        if atom.startswith("<") and atom.endswith(">"):
            name = _TAG_NAME.match(atom)
            if name and atom.startswith("</"):
                if stack:
                    stack.pop()
            elif name and not atom.endswith("/>"):
                stack.append(atom)
        elif atom == "\n":
            previous = current[-2] if len(current) > 1 else ""
            breaks["paragraph" if previous == "\n" else "line"] = (len(current), length, tuple(stack))
        elif atom == " ":
            breaks["space"] = (len(current), length, tuple(stack))
    if current:
        parts.append("".join(current))
    return [p for p in parts if p.strip()]


def _best_break(
    breaks: dict[str, tuple[int, int, tuple[str, ...]]], end: int, length: int, stack: tuple[str, ...], limit: int
) -> tuple[int, int, tuple[str, ...]]:
    """The last blank line, else the last line end, else the last space, if not too early; else right here."""
    for kind in ("paragraph", "line", "space"):
        if kind in breaks and breaks[kind][1] >= limit // 3:
            return breaks[kind]
    return end, length, stack


def _closing(opening: str) -> str:
    name = _TAG_NAME.match(opening)
    return f"</{name.group(1)}>" if name else ""


def _atom_length(atom: str) -> int:
    if atom.startswith("<") and atom.endswith(">") and len(atom) > 1:
        return 0
    if atom.startswith("&") and atom.endswith(";") and len(atom) > 2:
        return _length(atom)
    return 2 if ord(atom) > 0xFFFF else 1


def _length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), of the text without tags."""
    visible = html.unescape(_strip_tags(text))
    return len(visible.encode("utf-16-le")) // 2


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]*>", "", text)

"""What the engine returns: an answer with its facts, numbered sources and suggestions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class SourceNote:
    """One numbered source under an answer."""

    number: int
    source_id: str
    document: str
    publisher: str
    title: str
    published: str  # already written for the answer's language
    paragraphs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A question the bot can answer, offered when it refuses ('Did you mean')."""

    label: str
    query: str


@dataclass(frozen=True, slots=True)
class Item:
    """One line of an answer: a statement and the numbers of the sources behind it."""

    text: str
    sources: tuple[int, ...] = ()
    fact_id: str | None = None


@dataclass(frozen=True)
class Answer:
    """A structured answer: the direct answer first, then items, notes and numbered sources."""

    question: str
    answered: bool
    lang: str  # the language the answer is written in (en or fr)
    detected_lang: str  # the language the question was written in (en, fr, ru, az)
    intent: str
    headline: str
    items: tuple[Item, ...] = ()
    notes: tuple[str, ...] = ()
    sources: tuple[SourceNote, ...] = ()
    facts: tuple[str, ...] = ()
    confidence: float = 0.0
    suggestions: tuple[Suggestion, ...] = ()
    context: dict[str, Any] = field(default_factory=dict)  # what a follow-up question needs

    @property
    def follow_context(self) -> dict[str, Any] | None:
        """The context the chat's next question follows from, or None to keep the one before: an answer's, a
        refusal's that names what the sources do not know ('NATO', so that 'and the UN?' asks the same), or a
        refusal's that shows what the sources record on the day asked ('and three days later?' shows the war, which
        'how long did it last?' then asks about)."""
        if (self.answered and self.facts) or self.context.get("unknown") or self.context.get("shown"):
            return self.context
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (for the store's follow-up context and for tooling): what `dataclasses.asdict` gives.

        Written out because it runs for every answer shown with buttons, and `asdict` deep-copies every string
        one by one (several times slower).
        """
        return {
            "question": self.question,
            "answered": self.answered,
            "lang": self.lang,
            "detected_lang": self.detected_lang,
            "intent": self.intent,
            "headline": self.headline,
            "items": tuple({"text": i.text, "sources": i.sources, "fact_id": i.fact_id} for i in self.items),
            "notes": self.notes,
            "sources": tuple(
                {
                    "number": s.number,
                    "source_id": s.source_id,
                    "document": s.document,
                    "publisher": s.publisher,
                    "title": s.title,
                    "published": s.published,
                    "paragraphs": s.paragraphs,
                }
                for s in self.sources
            ),
            "facts": self.facts,
            "confidence": self.confidence,
            "suggestions": tuple({"label": s.label, "query": s.query} for s in self.suggestions),
            "context": _copied(self.context),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Answer:
        """The answer `to_dict` wrote (kept in the store for buttons); raises ValueError when malformed."""
        try:
            return cls(
                question=str(data["question"]),
                answered=bool(data["answered"]),
                lang=str(data["lang"]),
                detected_lang=str(data["detected_lang"]),
                intent=str(data["intent"]),
                headline=str(data["headline"]),
                items=tuple(
                    Item(str(i["text"]), tuple(int(n) for n in i["sources"]), i.get("fact_id")) for i in data["items"]
                ),
                notes=tuple(str(n) for n in data["notes"]),
                sources=tuple(
                    SourceNote(
                        int(s["number"]),
                        str(s["source_id"]),
                        str(s["document"]),
                        str(s["publisher"]),
                        str(s["title"]),
                        str(s["published"]),
                        tuple(int(p) for p in s["paragraphs"]),
                    )
                    for s in data["sources"]
                ),
                facts=tuple(str(f) for f in data["facts"]),
                confidence=float(data["confidence"]),
                suggestions=tuple(Suggestion(str(s["label"]), str(s["query"])) for s in data["suggestions"]),
                context=dict(data["context"]),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not an answer: {exc!r}") from exc

    @property
    def is_list(self) -> bool:
        """True when the answer is a list that a keyboard may page through."""
        return len(self.items) > 1


def _copied(value: Any) -> Any:
    """A copy of JSON-like data (dicts, lists, tuples of plain values), as `asdict` makes it, only faster."""
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_copied(item) for item in value)
    return value

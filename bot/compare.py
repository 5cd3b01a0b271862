"""Questions that compare the dates of two things: 'which came first, resolution 822 or 884?', 'qu'est-ce qui est
arrivé en premier : l'adhésion à l'ONU ou l'ouverture de la mission ?', 'что было раньше — это или вступление в ООН?'.

Only the question is read here (pure text, no fact base): each of the two things is then asked on its own by the
engine, and their dates compared there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What asks for the order of two things, in the question's own script (case ignored; accents optional).
_ORDER = (
    r"(?:which|what)(?: one| (?P<noun>\w+))?(?: of (?:the|these) two)?"
    r"(?: (?:came|happened|occurred|took place|was|were|is|did)(?: \w+)?)?"
    r" (?:first|earlier|sooner|before|later|last|more recently)"
    r"|(?:qu['’ ]?est[- ]ce qui|lequel|laquelle|lesquel\w*|qu['’ ]?est[- ]ce qui s['’ ]?est|qui)"
    r"(?: (?:a eu lieu|avait eu lieu|est|a été|s['’ ]?est|vient|venait|était)(?: \w+)?)?"
    r" (?:en premier|d['’ ]abord|avant|le premier|la première|la premiere|plus t[oô]t|le plus t[oô]t)"
    r"|что(?: (?:было|произошло|случилось|состоялось|наступило))? (?:раньше|сначала|прежде|первым|первее)"
    r"|hans[ıi](?: daha)? (?:[əe]vv[əe]l|tez|[öo]nc[əe])(?: (?:olub|ba[şs] verib|olmu[şs]dur|idi))?"
)
_ASKS = re.compile(rf"(?<!\w)(?:{_ORDER})(?!\w)\s*[,:—–-]*\s*", re.IGNORECASE)
_OR = re.compile(r"\s*,?\s+(?:or|ou|или|либо|yoxsa|ya da|v[əe] ya)\s+", re.IGNORECASE)
_EDGES = re.compile(r"^[\s,:;—–?!.-]+|[\s,:;—–?!.-]+$")
_OPENER = re.compile(r"^(?:and|et|а|и|b[əe]s)\s+", re.IGNORECASE)  # ('а что было раньше — это или …')
# 'was X before or after Y?', 'X avant ou après Y ?': the same question, asked of X
_BEFORE_OR_AFTER = re.compile(
    r"^(?:was|were|did|is|est-ce que|était|etait|было ли)?\s*(?P<first>.+?)\s+"
    r"(?:(?:happen|come|take place|have been)\s+)?(?:before or after|avant ou apr[eè]s|до или после)\s+(?P<second>.+)$",
    re.IGNORECASE,
)
# Words that name nothing by themselves: 'the 2006 or the 2008 GA resolution', 'the 2008 one'.
_HOLLOW = frozenset("the a an one ones le la les l un une celle celui of de du des".split())
_WORDS = re.compile(r"[^\W_]+")
# A part that only points back to the previous answer: 'это', 'this', 'ça', 'bu'.
POINTERS = frozenset({"this", "that", "it", "ça", "ca", "cela", "celle-ci", "celui-ci", "это", "то", "bu", "o"})


@dataclass(frozen=True)
class Comparison:
    """The two things whose order a question asks: as typed (to name them in the answer), and as asked of the
    fact base ('822' as 'resolution 822')."""

    labels: tuple[str, str]
    asked: tuple[str, str]
    # whether the labels are names a sentence can take ('the UN membership'), not clauses ('it joined the UN' of
    # 'was X before or after it joined the UN?') nor pointers ('это')
    named: bool = True


def comparison(question: str) -> Comparison | None:
    """The two things a question asks to put in order, as typed; None if it asks no such thing."""
    text = question.strip()
    order = _ASKS.search(text)
    if order is not None:
        rest = (text[: order.start()] + " " + text[order.end() :]).strip()
    else:
        either = _BEFORE_OR_AFTER.match(text)
        if either is None:
            return None
        rest = f"{either.group('first')} or {either.group('second')}"
    parts = [_EDGES.sub("", part) for part in _OR.split(_OPENER.sub("", rest), maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return None
    noun = order.group("noun") if order is not None else None
    named = [[w for w in _WORDS.findall(part) if not w.isdigit() and w.lower() not in _HOLLOW] for part in parts]
    asked = list(parts)
    for i, part in enumerate(parts):
        if not named[i]:
            # 'the 2006 or the 2008 GA resolution': the 2006 GA resolution; 'which resolution came first, 822 or
            # 884?': resolution 822
            borrowed = " ".join(named[1 - i]) or (noun or "")
            asked[i] = f"{borrowed} {part}".strip()
    named_parts = order is not None and not {part.casefold() for part in parts} & POINTERS
    return Comparison((parts[0], parts[1]), (asked[0], asked[1]), named_parts)

"""Indexes built once from the fact base: aliases, an inverted BM25 index, entities, dates and kinds."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.dates import SHORT_SPAN_DAYS, day_numbers
from bot.lexicon import ORDINAL_WORDS
from bot.text import ALL_STOPWORDS, detect_language, fold, is_stopword, stem, tokens, words
from knowledge.schema import Entity, Fact, FactBase

# '53,000', '160 000': thousands; a plain space only before a round group ('822 853 874' lists resolutions)
_THOUSANDS = re.compile(r"(?<=\d)(?:[,\u00a0\u202f](?=\d{3}\b)| (?=\d{2}0\b))")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# 'UN member states', 'États membres': the states of the UN, not a membership to match 'join' or 'member' with
_MEMBER_STATES = re.compile(r"\bmember(?= states\b)|(?<=\bétats )membres\b|(?<=\betats )membres\b", re.IGNORECASE)
# Words too common in this domain to tell facts apart, and the words we answer with.
GENERIC_ENTITIES = frozenset({"azerbaijan", "un"})
# The UN's organs where much happens: a setting two facts may share without being about the same thing.
UN_ORGANS = frozenset({"un-general-assembly", "un-security-council"})
BM25_K1 = 1.2
BM25_B = 0.6
COMMON_TERM_IDF = 0.7  # below this (in more than half the facts) a term is not used to find candidates


def normalise_numbers(text: str) -> str:
    """'53,000', '53 000', '53 thousand', '53 mille', '53 тысячи', '53 min' -> '53000', '1 million' -> '1000000', so
    that numbers index as one token."""
    text = _MILLION_WORD.sub(lambda m: f"{m.group(1)}000000", _THOUSANDS.sub("", text))
    return _THOUSAND_WORD.sub(lambda m: f"{m.group(1)}000", text)


# A figure in thousands, in words ('53 min' is Azerbaijani; 'mindən' folds to 'minden').
_THOUSAND_WORD = re.compile(
    r"\b(\d{1,3})\s+(?:thousand|mille|тысяч\w*|тыс\b\.?|min|mindən|minden)(?!\w)", re.IGNORECASE
)
_MILLION_WORD = re.compile(r"\b(\d{1,3})\s+(?:millions?|миллион\w*|млн\b\.?|milyon\w*)(?!\w)", re.IGNORECASE)


_RU_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ой ей ои еи ыи ии ом ем ах ях ам ям ым им "
    "ая яя ое ее ые ие ий ый ую юю ы и а я у ю е ь".split(),
    key=len,
    reverse=True,
)


_ROLE_WORDS = frozenset(
    "president prezident президент secretary general minister chief lady first foreign ulu onder".split()
)


@lru_cache(maxsize=65536)
def alias_key(token: str) -> str:
    """The form under which names are compared: folded, Russian case endings cut ('Зуеву' -> 'зуев').

    Names are not stemmed with Snowball: it treats '-ев' as an adjective ending and turns 'Зуев' into 'зу'.
    """
    folded = fold(token)
    if _CYRILLIC.search(folded):
        for ending in _RU_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 3:
                folded = folded[: -len(ending)]
                break
        # 'Генассамблея' and 'Генассамблее' lose different endings: a last vowel goes too.
        if len(folded) > 4 and folded[-1] in "аеиоуыэюяь":
            folded = folded[:-1]
    return folded


@dataclass(frozen=True, slots=True)
class EntityMatch:
    """Entities named by a run of question tokens."""

    entity_ids: tuple[str, ...]
    start: int  # token positions [start, end)
    end: int
    surface: str
    exact: bool


@dataclass(slots=True)
class Posting:
    """Term frequencies of one term, by fact id."""

    counts: dict[str, float] = field(default_factory=dict)


class KnowledgeIndex:
    """Everything the engine looks up, built once from a validated FactBase."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.facts: dict[str, Fact] = base.facts
        self.entities: dict[str, Entity] = base.entities
        self._build_aliases(base.entities.values())
        self._build_terms(base.facts.values())
        self._build_structure(base.facts.values())

    # ----- aliases -------------------------------------------------------------------------------------------
    def _build_aliases(self, entities: Iterable[Entity]) -> None:
        self.alias_index: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.alias_tokens: set[str] = set()
        self.ordinals: dict[int, str] = {}
        person_parts: set[tuple[str, str]] = set()
        entities = list(entities)
        self._types = {e.id: e.type for e in entities}
        for entity in entities:
            names = {entity.name.en, entity.name.fr, *entity.aliases}
            # 'Mehriban Aliyev' is a way to misspell her name, but 'Aliyev' alone is never her
            own = {alias_key(t) for t in tokens(f"{entity.name.en} {entity.name.fr}")}
            for name in names:
                key = tuple(alias_key(t) for t in tokens(name))
                if key:  # 'UN' is also the French 'un': the parser drops stopword matches by language
                    self.alias_index[key].add(entity.id)
                    self.alias_tokens.update(key)
                if entity.type == "person" and len(key) <= 3 and all(w[:1].isupper() for w in name.split()):
                    # People are asked about by first or last name alone, in any spelling their aliases show.
                    person_parts.update((part, entity.id) for part in key if len(part) >= 4 and
                                        part not in _ROLE_WORDS and not part.isdigit() and
                                        not any(w != part and w.startswith(part) for w in own))  # fmt: skip
            if entity.ordinal is not None:
                self.ordinals[entity.ordinal] = entity.id
        for part, ident in person_parts:
            if not any(self.entities_of_type(i) != "person" for i in self.alias_index.get((part,), ())):
                self.alias_index[(part,)].add(ident)
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self.alias_index:
            lengths[key[0]].add(len(key))
        self._lengths_from = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}
        self._prefix_ids: dict[str, tuple[str, ...]] = {}  # inflected word -> the names it is a form of
        # Names users misspell: single alias tokens long enough to correct safely.
        self._fuzzy_names = _by_first_letter(t for t in self.alias_tokens if len(t) >= 4 and not t.isdigit())

    def entities_of_type(self, entity_id: str) -> str:
        """The type of an entity (person, organisation, ...)."""
        return self._types.get(entity_id, "")

    def match_entities(self, question_tokens: list[str]) -> list[EntityMatch]:
        """Longest alias matches, left to right; inflected forms ('Quterreşlə', 'Алиевым') match by prefix."""
        keys = [alias_key(t) for t in question_tokens]
        matches: list[EntityMatch] = []
        i = 0
        while i < len(keys):
            found = None
            for length in self._lengths_from.get(keys[i], ()):  # only aliases that start with this word
                if i + length > len(keys):
                    continue
                window = keys[i : i + length]
                ids = self.alias_index.get(tuple(window)) or (self._inflected(window) if length >= 2 else None)
                if ids:
                    surface = " ".join(question_tokens[i : i + length])
                    found = EntityMatch(tuple(sorted(ids)), i, i + length, surface, True)
                    break
            if found is None and len(keys[i]) >= 5 and keys[i] not in ALL_STOPWORDS:
                found = self._prefix_match(keys[i], i, question_tokens[i])
            if found is not None:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches

    def _inflected(self, key: list[str]) -> set[str] | None:
        """A multi-word name whose last word carries a case ending ('Təhlükəsizlik Şurasının')."""
        last = key[-1]
        for cut in range(1, 5):
            if len(last) - cut < 4:
                break
            ids = self.alias_index.get((*key[:-1], last[:-cut]))
            if ids:
                return ids
        return None

    def _prefix_match(self, key: str, position: int, surface: str) -> EntityMatch | None:
        ids = self._prefix_ids.get(key)
        if ids is None:
            ids = ()
            for cut in range(1, 5):
                stemmed = key[:-cut]
                if len(stemmed) < 4 or key[-cut:][:1].isdigit():
                    break  # a case ending has no digits: 'unga77' is not an inflected 'unga'
                found = self.alias_index.get((stemmed,))
                if found:
                    ids = tuple(sorted(found))
                    break
            self._prefix_ids[key] = ids
        return EntityMatch(ids, position, position + 1, surface, False) if ids else None

    def correct_name(self, token: str) -> str | None:
        """The alias token a misspelt name most likely meant ('guteres' -> 'guterres'), or None."""
        if len(token) < 4 or token.isdigit():
            return None
        cutoff = 88 if len(token) >= 10 else 80 if len(token) >= 6 else 84
        best = _closest(token, self._fuzzy_names.get(token[0], ()), cutoff)
        if best is None and len(token) >= 6:
            # Transliterations change the first letter (Quterres, Djeyhoun): accept those only when very close.
            for letter in _SOUNDS_ALIKE.get(token[0], ""):
                best = best or _closest(token, self._fuzzy_names.get(letter, ()), 88)
        return best

    # ----- terms (BM25) --------------------------------------------------------------------------------------
    def _fact_fields(self, fact: Fact) -> list[tuple[str, str, float]]:
        """(text, language, weight) of the fields a fact is found by."""
        fields = [(fact.statement.en, "en", 1.0), (fact.statement.fr, "fr", 1.0)]
        fields += [(k, detect_language(k), 1.0) for k in fact.keywords]
        fields += [(q, detect_language(q), 0.6) for q in fact.questions]
        if "%" in fact.statement.en:
            fields.append(("percent", "en", 1.0))  # '25%' is asked about in words: 'what percentage'
        return fields

    def field_terms(self, text: str, lang: str) -> tuple[list[str], set[str], list[str]]:
        """BM25 terms of a text (leaving out the words of entity names), the entities it names unambiguously, and
        its folded words.

        Entity names are matched as entities (with all their aliases), so their words would only count twice, and
        would let 'population' find the UN Population Fund.
        """
        raw = words(normalise_numbers(_MEMBER_STATES.sub("", text)))
        folded = [fold(w) for w in raw]
        masked: set[int] = set()
        named: set[str] = set()
        for match in self.match_entities(folded):
            masked.update(range(match.start, match.end))
            if len(match.entity_ids) == 1:
                named.add(match.entity_ids[0])
        terms = [term for i, w in enumerate(raw) if i not in masked and (term := word_term(w, folded[i], lang))]
        return terms, named, folded

    def _build_terms(self, facts: Iterable[Fact]) -> None:
        self.postings: dict[str, dict[str, float]] = defaultdict(dict)  # term -> fact -> its BM25 weight
        self.fact_terms: dict[str, frozenset[str]] = {}
        self.mentions: dict[str, set[str]] = {}
        lengths: dict[str, float] = {}
        vocabulary: set[str] = set()
        for fact in facts:
            counts: dict[str, float] = defaultdict(float)
            named: set[str] = set()
            for position, (text, lang, weight) in enumerate(self._fact_fields(fact)):
                terms, entities, folded = self.field_terms(text, lang)
                if position < 2:  # the statement itself, in English and French
                    named |= entities
                for term in terms:
                    counts[term] += weight
                vocabulary.update(folded)
            for term, count in counts.items():
                self.postings[term][fact.id] = count
            self.fact_terms[fact.id] = frozenset(counts)
            self.mentions[fact.id] = named
            lengths[fact.id] = sum(counts.values())
        self.lengths = lengths
        self.avg_length = (sum(lengths.values()) / len(lengths)) if lengths else 1.0
        total = max(len(lengths), 1)
        self.idf = {term: math.log(1 + (total - len(p) + 0.5) / (len(p) + 0.5)) for term, p in self.postings.items()}
        self.max_idf = math.log(1 + (total + 0.5) / 0.5)
        # Each posting holds its fact's BM25 weight for the term, so that a question only adds them up.
        norms = {f: BM25_K1 * (1 - BM25_B + BM25_B * n / self.avg_length) for f, n in lengths.items()}
        for term, posting in self.postings.items():
            idf = self.idf[term]
            for fact_id, tf in posting.items():
                posting[fact_id] = idf * tf * (BM25_K1 + 1) / (tf + norms[fact_id])
        self.surface_words = frozenset(vocabulary) | self.alias_tokens
        self._fuzzy_words = _by_first_letter(w for w in self.surface_words if len(w) >= 5 and not w.isdigit())

    def correct_word(self, token: str) -> str | None:
        """The known word a misspelt common word most likely meant ('resolutoin' -> 'resolution')."""
        if len(token) < 5:
            return None
        return _closest(token, self._fuzzy_words.get(token[0], ()), 88)

    def bm25(self, terms: Iterable[str]) -> dict[str, float]:
        """BM25 scores of the facts that contain any of `terms` (only their posting lists are visited)."""
        scores: dict[str, float] = defaultdict(float)
        for term in set(terms):
            posting = self.postings.get(term)
            if not posting:
                continue
            if self.idf[term] < COMMON_TERM_IDF and len(posting) > 1000:
                continue  # a word most facts hold finds nothing; coverage still counts it
            for fact_id, weight in posting.items():
                scores[fact_id] += weight
        return scores

    def term_idf(self, term: str) -> float:
        """IDF of a term; a term no fact holds gets the highest value."""
        return self.idf.get(term, self.max_idf)

    # ----- entities, dates, kinds ----------------------------------------------------------------------------
    def ancestors(self, entity_id: str) -> list[str]:
        """The entity's parents, nearest first."""
        chain = []
        seen = {entity_id}
        current = self.entities.get(entity_id)
        while current is not None and current.parent and current.parent not in seen:
            chain.append(current.parent)
            seen.add(current.parent)
            current = self.entities.get(current.parent)
        return chain

    def _build_structure(self, facts: Iterable[Fact]) -> None:
        self.by_entity: dict[str, set[str]] = defaultdict(set)
        self.by_entity_direct: dict[str, set[str]] = defaultdict(set)
        self.by_kind: dict[str, set[str]] = defaultdict(set)
        self.fact_entities: dict[str, frozenset[str]] = {}
        self.statement_words: dict[str, frozenset[str]] = {}
        self.by_number: dict[str, set[str]] = defaultdict(set)
        # the numbers a statement gives only as days of a month ('27 September'): no count of anything
        self.day_numbers: dict[str, frozenset[str]] = {}
        dated: list[tuple[dt.date, dt.date, str]] = []
        for fact in facts:
            closure = set(fact.entity_ids) | self.mentions.get(fact.id, set())
            for ident in list(closure):
                closure.update(self.ancestors(ident))
            self.fact_entities[fact.id] = frozenset(closure)
            self.statement_words[fact.id] = frozenset(
                tokens(normalise_numbers(fact.statement.en)) + tokens(normalise_numbers(fact.statement.fr))
            )
            counted = {str(int(q.value)) for q in fact.numbers if float(q.value).is_integer()}
            self.day_numbers[fact.id] = frozenset(day_numbers(f"{fact.statement.en} {fact.statement.fr}") - counted)
            for ident in fact.entity_ids:
                self.by_entity_direct[ident].add(fact.id)
            for ident in closure:
                self.by_entity[ident].add(fact.id)
            self.by_kind[fact.kind].add(fact.id)
            for number in re.findall(r"\d+", normalise_numbers(" ".join((fact.statement.en, *fact.keywords)))):
                self.by_number[number.lstrip("0") or "0"].add(fact.id)
            for word in tokens(f"{fact.statement.en} {fact.statement.fr}"):
                if word in ORDINAL_WORDS:
                    self.by_number[ORDINAL_WORDS[word]].add(fact.id)
            for quantity in fact.numbers:
                value = quantity.value
                self.by_number[str(int(value)) if float(value).is_integer() else f"{value:g}"].add(fact.id)
            if fact.date is not None:
                dated.append((fact.date.start, fact.date.end, fact.id))
        dated.sort()
        self.by_month_day: dict[tuple[int, int | None], set[str]] = defaultdict(set)
        for start, end, fid in dated:
            unit = self.facts[fid].date.unit  # type: ignore[union-attr]
            if unit == "year" or (end - start).days > 62:
                continue  # a fact known only to the year, or spread over months, never answers 'on 19 September'
            current = start
            while current <= end:
                self.by_month_day[(current.month, None)].add(fid)
                if unit == "day" and (end - start).days <= SHORT_SPAN_DAYS:
                    self.by_month_day[(current.month, current.day)].add(fid)
                current += dt.timedelta(days=1)
        self._dated = dated
        self._dated_starts = [d[0] for d in dated]
        self.entity_df = {ident: len(ids) for ident, ids in self.by_entity.items()}

    def facts_between(self, start: dt.date, end: dt.date) -> list[str]:
        """Facts whose date span meets [start, end], by date (bisect on start; spans are short)."""
        hi = bisect.bisect_right(self._dated_starts, end)
        return [fid for s, e, fid in self._dated[:hi] if e >= start]

    def dated_facts(self) -> list[str]:
        """Every dated fact, in date order."""
        return [fid for _, _, fid in self._dated]

    def entity_idf(self, entity_id: str) -> float:
        """IDF of an entity over the facts that name it (or one of its parts)."""
        total = max(len(self.facts), 1)
        df = self.entity_df.get(entity_id, 0)
        return math.log(1 + (total - df + 0.5) / (df + 0.5))


def index_terms(text: str, lang: str) -> list[str]:
    """Stems of `text` for the BM25 index: both English and French stems for Latin words, Russian for Cyrillic."""
    return [term for word in words(normalise_numbers(text)) if (term := word_term(word, fold(word), lang))]


# First letters that transliterations swap (Guterres / Quterreş, Jeyhun / Djeyhoun / Ceyhun).
_SOUNDS_ALIKE = {"g": "qk", "q": "gk", "k": "gqc", "c": "kjs", "j": "dcy", "d": "j", "y": "ij", "i": "y", "e": "a"}


def _by_first_letter(words: Iterable[str]) -> dict[str, list[str]]:
    """Words grouped by their first letter: a typo rarely touches it, and each group is small to search."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in sorted(words):
        groups[word[0]].append(word)
    return dict(groups)


def _closest(token: str, candidates: Sequence[str], cutoff: float) -> str | None:
    """The candidate most like `token` (rapidfuzz ratio at least `cutoff`), or None."""
    best = process.extractOne(token, candidates, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
    if best is None or _DIGITS.findall(str(best[0])) != _DIGITS.findall(token):
        return None  # 'cop28' is not a typo of 'cop29', nor 'unga77' of 'unga76'
    return str(best[0])


_DIGITS = re.compile(r"\d+")


def word_term(word: str, folded: str, lang: str) -> str:
    """The index term of one word: its stem, the number itself, or '' for a stopword."""
    if is_stopword(word, folded, lang):
        return ""
    if folded.isdigit():
        return folded
    if _CYRILLIC.search(word):
        return stem(word, "ru")
    return stem(word, lang if lang in ("en", "fr") else "en")

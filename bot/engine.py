"""The answer engine: retrieve facts for a parsed question, decide whether one answers it, compose a cited answer."""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import Any

from bot.answer import Answer, Item, SourceNote, Suggestion
from bot.compare import POINTERS, Comparison, comparison
from bot.dates import (
    MONTHS,
    DateQuery,
    format_date,
    format_day,
    format_query,
    resolve_calendar,
    resolve_relative,
    weekday_in,
)
from bot.i18n import LANGUAGE_NAMES, join_names, t
from bot.index import GENERIC_ENTITIES, UN_ORGANS, EntityMatch, KnowledgeIndex, index_terms, normalise_numbers
from bot.lexicon import (
    KIND_WORDS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    pronouns_in,
    translate,
)
from bot.parse import (
    Parsed,
    QuestionParser,
    Unit,
    asks_about,
    clean_question,
    kind_of,
    number_in,
    starts_followup,
)
from bot.rules import (
    ADDRESSED_AFTER,
    ADDRESSED_BODY,
    AFTER_WAR,
    AGE,
    AGE_WORDS,
    AGENT_STARTED_WAR,
    ANOTHER,
    ARTICLES,
    ASKS_CITY,
    ASKS_IF,
    ASKS_INITIATIVE,
    ASKS_NUMBER,
    ASKS_OBJECT,
    ASPECT_STEMS,
    AT_THAT_TIME,
    AUXILIARIES,
    AZ_TO_OR_WITH,
    AZERBAIJAN_FIRST,
    BARE_DAY,
    BARE_ORDINAL,
    BECAME,
    BECAUSE,
    BECOMING,
    BECOMING_STATED,
    BEFORE_OR_AFTER_THAT,
    BEGAN,
    BEGAN_AFTER,
    BEGAN_STATE,
    BEGIN_OR_END,
    BEGIN_WORD,
    BEING_THERE,
    BOUND,
    BY_THE_SOURCE,
    CHAIR_STEMS,
    CONFERRED,
    CONTEXT_PREPOSITIONS,
    COUNCIL,
    COUNTED_BY_LISTING,
    DATE_GLUE,
    DATE_WORD,
    DEATHS,
    DISAGREEMENT,
    DONE,
    DONE_TO,
    DURATION,
    DURATION_STEMS,
    EARLIEST,
    ENDING,
    EVENT_KINDS,
    HEAD_STEMS,
    HEAD_TITLES,
    HELD,
    HOW_IT_WENT,
    HOW_LONG,
    HOW_OFTEN,
    HOW_SURE,
    INITIATIVE,
    JOINING,
    KIND_PLURALS,
    KIND_PRIOR,
    KIND_VERBS,
    LASTED,
    LASTING_KINDS,
    LATER_ORDINAL,
    LATER_WORDS,
    LIST_LIMIT,
    LISTENS,
    MANNER,
    MEASURES,
    MEETING_VERBS,
    MEETING_WORDS,
    MENTIONED,
    MIN_COVERAGE,
    NAMED_AFTER,
    NATIONALITY,
    NEAR,
    NON_ALIGNED,
    NOT_A_SPEAKER_BEFORE,
    NOT_COUNTED,
    NOT_WORDS,
    NOW,
    NUMBERED_INSTANCE,
    NUMBERED_WORD,
    OBJECT_PRONOUNS,
    OFFICE_STEMS,
    ONE_WORD_SHORT_COVERAGE,
    ONLY_FIGURE,
    OPPOSED,
    OPPOSITES,
    OR,
    ORDINAL_WORD,
    OTHER_ONE,
    OTHER_ONES,
    OUT_OF_HOW_MANY,
    OWN_NUMBER,
    PASSIVE,
    PERSONS,
    PRECISE_DATE,
    PREMISE_THEN_QUESTION,
    PUNCTUAL,
    QUESTION_START,
    REASONS_NAMED,
    RECIPIENT,
    RECOUNTED,
    RELATIONAL,
    REMAINING,
    REPRESENTED,
    RERANK,
    RU_BECOMING,
    RU_MANNER,
    RU_TITLE_PREFIXES,
    SAID,
    SAYING,
    SAYS,
    SENTENCE_THEN_QUESTION,
    SESSION_STEMS,
    SLOT_GLUE,
    SPEAKING,
    SPOKE_THERE,
    SPOKEN_TO,
    STARTED_WAR,
    STILL,
    STRICT_INTENTS,
    SUBJECT_PRONOUNS,
    SUPERLATIVE,
    SYMBOL,
    TERM_OF_OFFICE,
    THERE,
    THING_PRONOUNS,
    TIME_OF_DAY,
    TIME_UNITS,
    TIME_WORDS,
    TITLE_GLUE,
    TITLE_NOUNS,
    TITLE_STEMS,
    TOPIC_WORD,
    TWO_QUESTIONS,
    TYPE_WORDS,
    UNDONE,
    VAGUE,
    VOTED_AGAINST,
    WAR_WORDS,
    WHAT_ABOUT,
    WHAT_ELSE,
    WHAT_THEY_SAY,
    WHAT_WORD,
    WHICH,
    WHICH_IS_RIGHT,
    WHICH_KINDS,
    WHICH_ONE,
    WHICH_ONES,
    WHICH_POST,
    WHO_ROLE,
    WHO_SAID,
    WHY,
    WORD,
    WORDS_GIVEN,
    YEAR_OF_KIND,
    YESNO_COVERAGE,
    Candidate,
    after_how_many,
    alike_first,
    as_subject,
    asked_as_place,
    asked_as_topic,
    asked_sentences,
    asks_for_others,
    asks_who_is,
    beside_name,
    copula,
    day_distance,
    fact_order,
    figure_text,
    first_paragraph,
    head_stems,
    held_during,
    help_roles,
    in_year,
    names_kind,
    names_person,
    negated_words,
    occasions_of,
    of_name,
    other_capacity,
    reports_talk,
    shorten,
    source_numbers,
    states_number,
    stems_of,
    sums_up,
    title_asked,
    which_words,
    without_names,
)
from bot.text import ALL_STOPWORDS, detect_language, fold, script_lang, stem, tokens
from knowledge.schema import Fact


@lru_cache(maxsize=4096)
def _label_words(label: str) -> frozenset[str]:
    return frozenset(tokens(label))


@lru_cache(maxsize=4096)
def _label_stems(label: str) -> frozenset[str]:
    """The English and French stems of a name's words, to find it inside a longer name."""
    return frozenset(stem(w, lang) for w in tokens(label) for lang in ("en", "fr"))


# Words before a noun: 'his address', 'son discours' (not the verb 'address'; nor 'a', the French 'a félicité').
_NOUN_MARKERS = frozenset("his her its their the an this that sa son ses leur leurs un une ce cette".split())


# 'first' as users write it ('первой страной', 'ilk ölkə'), by its stems
FIRST_STEMS = frozenset(
    stem(word, lang)
    for word in "first premier premiere première первый первой первая первым первого первою birinci ilk".split()
    for lang in ("en", "fr")
)


# 'what else did she do?', 'qu'a-t-elle fait d'autre ?', 'что ещё она сделала?', 'başqa nə edib?'
ELSE_WORDS = frozenset("else autre autres ещё еще başqa baska".split())


# The weight of the day of the meeting a follow-up is asked of ('did he bring up refugees?'): it keeps out facts of
# other days, and adds nothing to what a fact covers.
MEETING_DAY = 0.05


class Engine:
    """Answers questions from a KnowledgeIndex; pure: no I/O, no Telegram."""

    def __init__(self, index: KnowledgeIndex, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.today = today  # what 'last year' counts from
        self.index = index
        self.parser = QuestionParser(index)
        self.parse = self.parser.parse
        self._compounds = self._find_compounds()
        self._negation_cache: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._statement_cache: dict[tuple[str, str], tuple[list[str], list[EntityMatch]]] = {}
        self._name_stem_cache: dict[str, frozenset[str]] = {}
        self._bodies_cache: dict[str, frozenset[str]] = {}
        self._bm25_memo: dict[frozenset[str], Mapping[str, float]] = {}  # this question's BM25 scores
        self._bounds_memo: dict[str, dict[str, str]] = {}  # and the figures it bounds
        self._traits_memo: dict[tuple[str, frozenset[str]], tuple[bool, ...]] = {}  # and what its words ask
        self._bare_day_memo: dict[str, bool] = {}
        self._shown: frozenset[str] = frozenset()  # the facts of the previous answer, while a question is answered
        self._outer_names_cache: dict[str, tuple[str, ...]] = {}
        self._own_names_cache: dict[str, tuple[frozenset[str], ...]] = {}
        # Numbers that name a resolution ('853'): a yes/no about it keeps it, it is not a figure to contradict.
        self._identifiers = {m.group(1) for f in index.facts.values() if (m := OWN_NUMBER.search(f.statement.en))}
        self._occasions: dict[str, Fact] = {}  # the meeting a fact was said at (the fact itself when none)

    def _find_compounds(self) -> dict[str, frozenset[str]]:
        """Terms that the fact base only ever uses after one word ('goodwill ambassador')."""
        before: dict[str, list[str]] = {}
        for fact in self.index.facts.values():
            # the statement, and the English keyword phrases ('guest book' frees 'guest' from 'distinguished')
            for text in (fact.statement.en, *(k for k in fact.keywords if k.isascii() and " " in k)):
                previous = ""
                for word in WORD.findall(text.casefold()):
                    if word in ALL_STOPWORDS:
                        continue
                    before.setdefault(stem(word, "en"), []).append(stem(previous, "en") if previous else "")
                    previous = word
        compounds = {}
        for term, preceding in before.items():
            if len(preceding) >= 2:
                first = preceding[0]
                if first and all(p == first for p in preceding):
                    compounds[term] = frozenset({first})
        return compounds

    # ===== retrieve ===========================================================================================
    def candidates(self, parsed: Parsed, *, ignore_dates: bool = False) -> list[Candidate]:
        """Facts ranked by BM25 plus entity, date, number and kind evidence, with their coverage."""
        index = self.index
        term_stems = frozenset(s for u in parsed.units if u.kind == "term" for s in u.stems)
        found = self._bm25_memo.get(term_stems)
        if found is None:  # asked again with the same words: a yes/no relaxed of its date, a role check
            found = self._bm25_memo[term_stems] = index.bm25(term_stems)
        scores = dict(found)
        for unit in parsed.units:
            if unit.kind == "entity" and not unit.generic:
                for ident in unit.entity_ids:
                    for fid in index.by_entity.get(ident, ()):
                        scores[fid] = scores.get(fid, 0.0) + unit.weight * 0.8
                    for fid in index.by_entity_direct.get(ident, ()):
                        scores[fid] += unit.weight * 0.2  # a fact about it before one that mentions it
            elif unit.kind == "number":
                for fid in index.by_number.get(unit.label, ()):
                    scores[fid] = scores.get(fid, 0.0) + unit.weight
        if parsed.dates and not ignore_dates:
            for query in parsed.dates:
                for fid in self._facts_on(query):
                    scores[fid] = scores.get(fid, 0.0) + 2.0
        if not scores:
            for unit in parsed.units:
                if unit.kind == "entity":
                    for ident in unit.entity_ids:
                        for fid in index.by_entity.get(ident, ()):
                            scores[fid] = scores.get(fid, 0.0) + 0.1
        ranked = []
        # Coverage is the costly part: judge only the best-scoring facts (the index already narrowed them).
        for fid, score in heapq.nlargest(RERANK, scores.items(), key=lambda item: (item[1], item[0])):
            fact = index.facts[fid]
            coverage, covered, missing = self._coverage(fact, parsed, ignore_dates=ignore_dates)
            if parsed.kind_hint and fact.kind == parsed.kind_hint:
                score += 1.0
            score += KIND_PRIOR.get(fact.kind, 0.0)
            ranked.append(Candidate(fact, score * (0.5 + coverage), coverage, covered, missing))
        # The fact that covers the question best comes first; the index score orders facts that cover it alike.
        # (and of facts alike, the one about fewer things: 'what do UNDP and UNIDO do?' is their own fact, not the
        # list of every agency that names them)
        ranked.sort(
            key=lambda c: (
                -round(c.coverage * 20),
                c.fact.id not in self._shown,  # (a name read as the conversation's: what was just shown first)
                -round(c.score, 6),
                len(index.fact_entities[c.fact.id]) if not c.fact.conflicts_with else 0,  # (two sides keep their order)
                c.fact.id,
            )
        )
        return ranked

    @staticmethod
    def _held_throughout(fact: Fact) -> bool:
        """A seat, title or programme held over its whole span: 2020-2022, or a month's presidency ('on 15 October
        2013?' of October 2013), not the month someone was named to a title they kept."""
        date = fact.date
        if date is None:
            return False
        return date.is_range or (date.unit == "month" and not CONFERRED.search(fact.statement.en))

    def _facts_on(self, query: DateQuery) -> list[str]:
        if query.year_given:
            found = self.index.facts_between(query.start, query.end)
            if query.unit in ("day", "month"):
                # 'On 16 December 2021' is not answered by a fact known only as '2020-2022'.
                found = [f for f in found if query.matches(self.index.facts[f].date, strict=True)]  # type: ignore[arg-type]
            return found
        return sorted(self.index.by_month_day.get((query.month or 0, query.day), ()))

    def _coverage(self, fact: Fact, parsed: Parsed, *, ignore_dates: bool) -> tuple[float, list[Unit], list[Unit]]:
        terms = self.index.fact_terms.get(fact.id, frozenset())
        entity_ids = self.index.fact_entities[fact.id]
        statement_words = self.index.statement_words[fact.id]
        covered, missing = [], []
        total = 0.0
        got = 0.0
        for unit in parsed.units:
            if unit.kind == "date" and ignore_dates:
                continue
            total += unit.weight
            ok = False
            if unit.kind == "entity":
                ok = not entity_ids.isdisjoint(unit.entity_ids) or (
                    not unit.generic and _label_words(unit.label) <= statement_words
                )
                # 'Qarabağ və Şərqi Zəngəzur iqtisadi rayonları': 'Qarabağ' is the start of a name the fact holds
                ok = ok or (not unit.generic and self._inside_a_name(fact, unit))
            elif unit.kind == "term":
                talk, attend, become, held, people = self._traits(unit)
                hits = unit.stems & terms
                # ('UNESCO ambassador': the body named says which ambassador, as 'goodwill' would)
                ok = bool(hits) and (not self._broken_compound(hits, parsed, terms) or self._body_named(parsed, fact))
                # 'what did Aliyev say about ...', 'did they discuss ...': a statement or a speech is someone
                # saying it ('told' and 'said' are stopwords, never indexed)
                ok = ok or (talk and reports_talk(fact))
                # 'who attended / represented Azerbaijan at ...': whoever spoke there attended it
                ok = ok or (attend and fact.kind == "speech")
                # 'the WFP programme': a word of the name of a body the question names, and the fact holds
                ok = ok or any(
                    unit.stems & self._name_stems(self.index.entities[i])
                    for named in parsed.units
                    if named.kind == "entity" and not named.generic
                    for i in named.entity_ids
                    if i in entity_ids and i in self.index.entities
                )
                # 'which agency gave ...?', 'which country occupied ...?': a fact naming one answers which
                # (only when the question is pinned by a name or a date: 'which UN agency gave Azerbaijan a diploma?'
                # fits the FAO's, UNFPA's and WIPO's alike)
                ok = ok or self._which_kind_named(parsed, fact, unit)
                # 'when did it become a member of the Security Council?': a membership is what it became
                ok = ok or (become and fact.kind == "membership")
                # 'when was the 72nd session held?': a fact at that session says when it was
                ok = ok or (held and self._names_session_or_event(parsed, entity_ids))
                # 'people' is covered by the IDPs, citizens or refugees a fact counts
                ok = ok or (people and self._counts_people(fact))
            elif unit.kind == "number":
                ok = fact.id in self.index.by_number.get(unit.label, ()) or unit.label in statement_words
                if ok and self._ordinal_asked(parsed, unit.label):
                    # 'and the 51st?', 'et à la 51e ?': a 51st something, not the Article 51 a fact cites
                    ok = bool(re.search(rf"\b{re.escape(unit.label)}(st|nd|rd|th)\b", fact.statement.en))
                if (
                    ok
                    and unit.label in self.index.day_numbers[fact.id]
                    and (parsed.intent == "yesno" or not (parsed.dates or parsed.followup))
                    and not self._names_a_day(parsed)
                ):
                    # 'did the war last 27 days?': not the 27 of '27 September' ('the 27th?' is one); 'what were
                    # the other 3?' asked afresh: not the special session of 3 December ('le 23 ou le 24 septembre'
                    # and 'а 24-го?' after a day are days)
                    ok = False
                ok = ok or self._bound_met(parsed, unit.label, fact)
            elif unit.kind == "unknown":
                ok = self._which_kind_named(parsed, fact, unit)  # 'at which event …?': no fact says 'event'
            elif (
                unit.kind == "date"
                and parsed.intent == "yesno"
                and unit.weight != MEETING_DAY  # (what he recalled at that meeting was said that day)
                and RECOUNTED.search(fact.statement.en)
                and not self._dated_in_words(fact)
            ):
                # 'did Guterres visit Baku in 2025?': 2025 is when he recalled the visit (but 'On 24 September 2020,
                # Aliyev told the Assembly …, as he recalled a year later' dates what he recalled)
                ok = False
            elif (
                unit.kind == "date"
                and parsed.intent == "yesno"
                and fact.kind in ("statement", "speech")
                and WAR_WORDS.search(parsed.folded)
                and not self._speaker_asked(parsed, fact)
            ):
                ok = False  # 'was there a war in 2021?': 2021 is when Aliyev spoke of the conflict he had settled
            elif unit.kind == "date":
                lasting = fact.kind in LASTING_KINDS and fact.date is not None and self._held_throughout(fact)
                # each date of the question on its own: 'the 1993 resolution 822, adopted in 1994?' is not met by 1993
                # (other questions may give a span by two dates: 'between the Nov 2020 ceasefire and the 2021 speech')
                own = (
                    [q for q in parsed.dates if format_query(q, "en") == unit.label] if parsed.intent == "yesno" else []
                )
                own = own or parsed.dates
                ok = fact.date is not None and any(
                    # 'did Azerbaijan chair the NAM in 2021?': a title held over 2020-2022 was held then (but a
                    # strategy for 2003-2005 was not one 'for 2005-2008')
                    (fact.date.start <= q.start and q.end <= fact.date.end)
                    if lasting and q.year_given and fact.date.is_range
                    else q.matches(fact.date, strict=parsed.intent in ("yesno", "when") or q.unit in ("day", "month"))
                    or (lasting and q.year_given and fact.date.start <= q.start and q.end <= fact.date.end)
                    or (parsed.intent == "yesno" and held_during(fact, q, parsed.folded))
                    or (parsed.intent == "yesno" and self._member_then(fact, q, parsed))
                    for q in own
                )
                # 'the 1993 resolutions': a year that names what the fact is about, written in its statement; an
                # undated fact that speaks of a year in the span asked ('then': May 2012-October 2013)
                ok = ok or (
                    (
                        parsed.intent not in ("yesno", "when", "on_date")
                        or YEAR_OF_KIND.search(parsed.folded) is not None
                    )
                    and all(q.unit == "year" and not q.is_open for q in parsed.dates)
                    and unit.label in statement_words
                )
                ok = ok or (
                    fact.date is None
                    and parsed.intent not in ("yesno", "when", "on_date")
                    and any(
                        q.unit == "range" and not q.is_open and str(y) in statement_words
                        for q in parsed.dates
                        for y in range(q.start.year, q.end.year + 1)
                    )
                )
            if ok:
                got += unit.weight
                covered.append(unit)
            else:
                missing.append(unit)
        named = self._named_in_part(fact, [u for u in parsed.units if u.kind == "term"])
        named = [u for u in named if u in missing]
        if named:
            # 'Gənclər siyasəti üzrə ilk Qlobal Forum': the words of a name the fact holds, split by another word
            got += sum(u.weight for u in named)
            covered += named
            missing = [u for u in missing if u not in named]
        return (got / total if total else 0.0), covered, missing

    def _names_a_day(self, parsed: Parsed) -> bool:
        """'the 27th?', 'а 24-го?': a day of the month (read once per question)."""
        found = self._bare_day_memo.get(parsed.folded)
        if found is None:
            found = self._bare_day_memo[parsed.folded] = BARE_DAY.search(parsed.folded) is not None
        return found

    def _traits(self, unit: Unit) -> tuple[bool, ...]:
        """What a word of the question asks, whatever the fact: talk, attending, becoming, being held, people."""
        key = (unit.label, unit.stems)
        found = self._traits_memo.get(key)
        if found is None:
            synonyms = self.parser.synonyms_of
            found = self._traits_memo[key] = (
                synonyms("speak") <= unit.stems or synonyms("discuss") <= unit.stems,
                synonyms("attend") <= unit.stems,
                synonyms("become") <= unit.stems,
                HELD.fullmatch(unit.label) is not None,
                synonyms("people") <= unit.stems,
            )
        return found

    def _named_in_part(self, fact: Fact, units: list[Unit]) -> list[Unit]:
        """Of these words, those that together name one of the fact's own names (two words at least): a name the
        question spells out in its own way. One word alone is not a name ('population' is not the UN Population
        Fund)."""
        if len(units) < 2:
            return []
        names = self._own_names_cache.get(fact.id)
        if names is None:
            names = self._own_names_cache[fact.id] = tuple(
                self._name_stems(self.index.entities[i])
                for i in (*fact.participants, *fact.organisations, *fact.related)
                if i in self.index.entities and i not in GENERIC_ENTITIES
            )
        for words in names:
            found = [u for u in units if u.stems & words]
            if len(found) >= 2:
                return found
        return []

    def _bound_met(self, parsed: Parsed, number: str, fact: Fact) -> bool:
        """'more than 50,000 IDPs?' of 'more than 53,000': a figure of the fact beyond the bound the question sets."""
        bounds = self._bounds_memo.get(parsed.folded)
        if bounds is None:  # read once per question: the numbers the question bounds, and which way
            bounds = self._bounds_memo[parsed.folded] = {
                m.group("number"): "above" if m.group("above") else "below"
                for m in BOUND.finditer(normalise_numbers(parsed.folded))
            }
        way = bounds.get(number)
        if way is None:
            return False
        value = int(number)
        return any(q.value >= value if way == "above" else q.value <= value for q in fact.numbers)

    def _inside_a_name(self, fact: Fact, unit: Unit) -> bool:
        """Whether every word of a name asked is a word of one of the fact's own, longer names."""
        outer = self._outer_names_cache.get(fact.id)
        if outer is None:
            outer = self._outer_names_cache[fact.id] = tuple(
                i
                for i in (*fact.organisations, *fact.related, *((fact.place,) if fact.place else ()))
                if i in self.index.entities and i not in GENERIC_ENTITIES
            )
        if not outer:
            return False
        words = _label_stems(unit.label)
        return any(words <= self._name_stems(self.index.entities[i]) for i in outer if i not in unit.entity_ids)

    def _name_stems(self, entity: Any) -> frozenset[str]:
        cached = self._name_stem_cache.get(entity.id)
        if cached is None:
            names = (entity.name.en, entity.name.fr, *entity.aliases)
            cached = frozenset(
                stem(w, lang) for name in names for w in tokens(name) if w not in ALL_STOPWORDS for lang in ("en", "fr")
            )
            self._name_stem_cache[entity.id] = cached
        return cached

    def _body_named(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether the question names an organisation of the fact other than Azerbaijan and the UN."""
        return any(
            i in fact.organisations and self.index.entities_of_type(i) == "organisation"
            for u in parsed.units
            if u.kind == "entity" and not u.generic
            for i in u.entity_ids
        )

    def _broken_compound(self, hits: frozenset[str], parsed: Parsed, terms: frozenset[str]) -> bool:
        """True when the question's word is only in the fact inside a compound the question lacks (every stem it
        hits is such a compound: 'lands' also hits 'territories', which is no compound)."""
        question_stems = {s for u in parsed.units for s in u.stems}
        for hit in hits:
            required = self._compounds.get(hit)
            if not (required and not (required & question_stems) and required & terms):
                return False
        return True

    # ===== decide and compose =================================================================================
    def ask(self, question: str, context: Mapping[str, Any] | None = None, lang: str | None = None) -> Answer:
        """Answer `question`; `context` is the previous answer's context; `lang` the chat's preferred language."""
        answer = self._ask(question, context, lang)
        if answer.answered:
            return answer
        # 'Dear Sir or Madam, I am writing a paper. Could you tell me …? Kind regards': a letter around a question;
        # its question alone, when the whole is not understood
        for sentence in asked_sentences(question):
            alone = self._ask(sentence, context, lang)
            if alone.answered:
                return replace(alone, question=answer.question)
        return answer

    def _ask(self, question: str, context: Mapping[str, Any] | None, lang: str | None) -> Answer:
        self._bm25_memo.clear()
        self._bounds_memo.clear()
        self._traits_memo.clear()
        self._bare_day_memo.clear()
        self._shown = frozenset()
        anchor = self.index.facts.get(next(iter(context.get("facts") or []), "")) if context else None
        if anchor is not None and anchor.date is not None:
            question = resolve_relative(question, anchor.date)  # 'and the year before?' of a 2021 answer: 2020
        question = resolve_calendar(question, self.today())  # 'what happened last year?'
        text = clean_question(question)
        parsed = self.parse(question, context)
        if context and not parsed.dates:  # (a year tells Heydar from Ilham itself)
            # 'who is Heydar Aliyev?', 'did Aliyev receive ...?': Heydar; 'Aliyev and Guterres on 25 September',
            # 'what did Aliyev sign?': Ilham
            narrowed = self._narrowed(parsed, context)
            if narrowed.units != parsed.units:
                # ('what did Aliyev sign?' after his talks with Guterres: of facts alike, the ones just shown)
                self._shown = frozenset(context.get("facts") or ())
            parsed = narrowed
        answer_lang = parsed.lang if parsed.lang in ("en", "fr") else (lang if lang in ("en", "fr") else "en")
        if context and context.get("lang") in ("en", "fr") and len(WORD.findall(text)) <= 2:
            answer_lang = str(context["lang"])  # 'ou ?', 'et 2013 ?': too short to tell, the conversation's language
        if not fold(text).strip() or not WORD.search(text):
            if detect_language(question) == "fr" or re.match(r"(?i)\s*(merci|bonjour|bonsoir|salut)\b", question):
                answer_lang = "fr"  # 'Merci !': nothing asked, an invitation in the user's language
            return self._refuse(parsed, answer_lang, [], empty=True)
        previous = self.index.facts.get(next(iter(context.get("facts") or []), "")) if context else None
        shown = self._shown
        both = self._two_questions(text, context, answer_lang)
        if both is not None:
            return replace(
                both, question=parsed.original or parsed.text
            )  # 'when did the war start and how long did it last?'
        sentences = SENTENCE_THEN_QUESTION.match(text)
        if sentences and (
            set(WORD.findall(fold(sentences.group("question")))) & THING_PRONOUNS
            or not starts_followup(fold(sentences.group("question")))
        ):
            sentences = None  # ('I read that … . Is that true?': the statement is what is asked)
        premised = PREMISE_THEN_QUESTION.match(text) or sentences
        if premised and not QUESTION_START.match(fold(premised.group("premise"))):
            # 'Aliyev et Guterres se sont vus le 25 septembre, ils ont parlé de la COP29 ?': the first part sets the
            # scene, the second is asked of it
            scene = self.ask(premised.group("premise"), context=context, lang=lang)
            if scene.answered and scene.facts:
                asked = self.ask(premised.group("question"), context=scene.context, lang=lang)
                if asked.answered:
                    return replace(asked, question=parsed.original or parsed.text)
        self._shown = shown  # (the questions asked inside this one set it for themselves)
        pair = comparison(text)
        compared = self._compare(pair, previous, parsed, answer_lang) if pair is not None else None
        if compared is not None:
            return compared  # 'which came first, the UN membership or the mission?'
        if previous is not None and WHO_SAID.search(" ".join(WORD.findall(parsed.folded))):
            # 'who said that?' after the 53,000 returned IDPs: who says so in that fact, not a meeting's words
            said_by = Candidate(previous, 1.0, 1.0, [], [])
            answer = self._compose_single(replace(parsed, intent="who"), answer_lang, said_by, [said_by])
            speaker = self._first_person(previous)
            if speaker is None or not (reports_talk(previous) or SAYS.search(previous.statement.en)):
                return answer  # what the source itself states: its numbered source says who
            name = self.index.entities[speaker].name.get(answer_lang)
            statement = previous.statement.get(answer_lang)
            return replace(answer, headline=f"{t('said_by', answer_lang, name=name)} {statement}")
        said = self._said_at_previous_meeting(parsed, context, answer_lang) if context else None
        if said is not None:
            return said  # 'When did Aliyev meet Guterres?', 'what did Guterres say?': his words there
        instead = self._instead_of_unknown(parsed, context, answer_lang) if context else None
        if instead is not None:
            return instead  # 'When did Azerbaijan join NATO?' refused, then 'and the UN?'
        other = self._met_the_previous_person(parsed, context, answer_lang) if context else None
        if other is not None:
            return other  # 'Zuyev kimdir?', 'Bayramovla nə vaxt görüşüb?': when Bayramov met Zuev
        if context and not parsed.followup and self._person_at_previous_event(parsed, context):
            # 'the UN's 75th anniversary meeting', then 'did Aliyev take part?', 'what did Aliyev say?': there
            setting = self._with_previous_entities(parsed, context, answer_lang)
            if setting.answered:
                return setting
        within = self._within_previous_day(parsed, context, answer_lang) if context else None
        if within is not None:
            return within  # 'what happened on 21 September 2020?', 'who spoke for Azerbaijan?': that day
        whole = self._whole_question_after_and(question, parsed) if parsed.followup and context else None
        if whole is not None:
            return whole  # 'when did aliyev meet guterres', 'and when did azerbaijan join the UN?': a new question
        if parsed.followup and context:
            followed = self._followup(parsed, context, answer_lang)
            if (
                followed is not None
                and followed.answered
                and context.get("question")
                and not (parsed.specific_entities or parsed.dates)
                and set(followed.facts) <= set(context.get("facts") or [])
            ):
                # 'out of how many?' of the SDR rank: the question that names what is talked about stays the one
                # a later 'and in 2022?' is put to
                followed = replace(followed, context={**followed.context, "question": context["question"]})
            if followed is not None and followed.answered:
                # 'que demandaient-elles ?' after the General Assembly resolutions: theirs, not an appeal
                followed = self._said_in_previous_resolutions(parsed, context, answer_lang, followed) or followed
            if (
                followed is not None
                and followed.answered
                and ANOTHER.search(parsed.folded)
                and parsed.intent != "who"  # ('qui d'autre ?': those named beside, which it says)
                # (the one told first again; 'and the other one?' of two told may be the second)
                and followed.facts[:1] == tuple(context.get("facts") or [])[:1]
            ):
                # 'and which other organisation did it want closer to the UN?' after the UN-OIC meeting: not that
                # one again; 'et l'autre forum, celui sur la jeunesse ?': the one the words find alone
                alone = self._fresh(replace(parsed, followup=False), answer_lang)
                if alone.answered and not set(alone.facts) & set(context.get("facts") or []):
                    return alone
                return self._refuse(parsed, answer_lang, [])
            if followed is not None:
                return followed
            fresh = self._fresh(parsed, answer_lang)
            if (
                fresh.answered
                and fresh.intent == "count"
                and previous is not None
                and self._toll_beside_war(parsed, previous, [self.index.facts[f] for f in fresh.facts[:1]])
            ):
                # 'when did the war start?', 'а сколько человек погибло?': in it, not by mines after it
                return self._refuse(parsed, answer_lang, [])
            pronouns = pronouns_in(parsed.folded, parsed.lang)
            bare = not [w for w in WORD.findall(parsed.folded) if w not in ALL_STOPWORDS and w != "bes"]
            if fresh.answered and bare and not set(fresh.facts) & set(context.get("facts", [])):
                # 'why?', 'where?' of a speech: asked of it, answered from it or not at all (not from the award
                # the same person received for other reasons)
                return self._refuse(parsed, answer_lang, self.candidates(parsed))
            if (
                fresh.answered
                and not parsed.specific_entities
                and (pronouns or starts_followup(parsed.folded) or (not parsed.dates and len(parsed.tokens) <= 4))
                and self._unrelated(
                    fresh, context, things_only=not pronouns & PERSON_PRONOUNS, people=bool(pronouns & PERSON_PRONOUNS)
                )
            ):
                # 'resolution 822', then 'who voted for it?': 'it' is resolution 822, and a fact about another
                # vote, however well it matches the words, answers another question. A question that names
                # someone stands on its own ('Quand Aliev a-t-il rencontré Guterres ?': 'il' is Aliev).
                return self._refuse(parsed, answer_lang, self.candidates(parsed))
            return fresh
        return self._fresh(parsed, answer_lang)

    def _compare(self, pair: Comparison, previous: Fact | None, parsed: Parsed, lang: str) -> Answer | None:
        """'Which came first, X or Y?': each asked on its own, and the two facts found put in date order. None when
        either is not found, or not dated as the thing itself (a remark about COP29 is not when COP29 was)."""
        facts: list[Fact] = []
        labels: dict[str, str] = {}
        context: Mapping[str, Any] | None = None
        for part, label in zip(pair.asked, pair.labels, strict=True):
            if fold(part) in POINTERS and previous is not None:
                fact = previous  # 'что было раньше — это или вступление в ООН?'
            else:
                answer = self.ask(part, context=context, lang=lang)  # ('her WIPO medal': hers, the first one's)
                if not answer.answered and context is not None:
                    answer = self.ask(part, lang=lang)  # ('… before or after it joined the UN?': on its own)
                asked = self.parse(part).dates  # ('the 2008 one': the resolution of 2008, not one of 2006-2008)
                found = [
                    f
                    for f in (self.index.facts[i] for i in answer.facts)
                    if f.date is not None and all(q.start <= f.date.start and f.date.end <= q.end for q in asked)
                ]
                if not answer.answered or not found:
                    return None
                fact, context = found[0], answer.context
            if fact.date is None or (
                fact.kind == "statement" and format_date(fact.date, "en") not in fact.statement.en
            ):
                return None
            facts.append(fact)
            labels[fact.id] = label
        if facts[0].id == facts[1].id:
            return None
        first, then = sorted(facts, key=lambda f: (f.date.start, f.date.end))  # type: ignore[union-attr]
        dates = [format_date(f.date, lang) for f in (first, then)]  # type: ignore[arg-type]
        if first.date.end >= then.date.start:  # type: ignore[union-attr]
            # resolutions 822 and 884, both of 1993 in the sources: which came first, they do not say
            key = "no_order_same" if dates[0] == dates[1] else "no_order"
            headline, confidence = t(key, lang, first=dates[0], then=dates[1]), 0.6
        elif parsed.lang == lang and pair.named:
            # in the words of the question: 'First came the UN membership (2 March 1992), then the mission (…)'
            named = {"first_name": labels[first.id], "then_name": labels[then.id]}
            headline, confidence = t("first_then_named", lang, first=dates[0], then=dates[1], **named), 0.9
        else:
            headline, confidence = t("first_then", lang, first=dates[0], then=dates[1]), 0.9
        items = [self._item(f, lang, [first, then], dated=True) for f in (first, then)]
        return self._answer(
            replace(parsed, intent="when"), lang, headline, items, [first, then], None, [], confidence=confidence
        )

    def _two_questions(self, text: str, context: Mapping[str, Any] | None, lang: str) -> Answer | None:
        """'when did the second karabakh war start and how long did it go on', 'quand … et combien de temps …':
        two questions in one, each asked (the second as a follow-up of the first), the answers one after the other;
        None unless both are answered."""
        split = TWO_QUESTIONS.search(text)
        if split is None:
            return None
        first_text, second_text = text[: split.start()], text[split.start() + len(split.group(1)) :].strip()
        if len(WORD.findall(first_text)) < 3 or len(WORD.findall(second_text)) < 3:
            return None  # ('which resolutions were adopted, and when?': one list, each dated)
        if not QUESTION_START.match(fold(first_text)):
            return None
        first = self.ask(first_text, context=context, lang=lang)
        if not first.answered or not first.facts or (len(first.facts) > 1 and first.intent in ("list", "on_date")):
            return None
        asked_then = self.parse(second_text, first.context)
        if len(first.facts) > 1 and asked_then.intent == "when" and not asked_then.entities:
            # '… how many were adopted, and on what dates?': the resolutions counted are each shown with its date
            return first if all(self.index.facts[f].date is not None for f in first.facts) else None
        second = self.ask(second_text, context=first.context, lang=lang)
        if not second.answered and not second.facts:
            # 'quand la mission a-t-elle ouvert, et qui la dirigeait ?': the first answered, the second said not held
            unsaid = t("rest_unsaid", lang, rest=shorten(second_text.rstrip(" ?!."), 120))
            return replace(first, notes=(*first.notes, unsaid))
        if not second.answered or not second.facts:
            return None
        if second.facts[:1] == first.facts[:1]:
            # the same fact says both: 'began on 27 September 2020 and lasted 44 days'; two figures of it ('almost
            # 30 years', 'about a million people') go first, together
            lead, _, rest = first.headline.partition(" — ")
            other, _, same = second.headline.partition(" — ")
            if rest and same == rest and other != lead:
                other = other[:1].lower() + other[1:]  # ('Almost 30; about 1,000,000 — …')
                return replace(first, headline=f"{lead}; {other} — {rest}")
            return first
        listed = [i.fact_id for i in second.items if i.fact_id and i.text] if len(second.items) > 1 else []
        shown = (*first.facts, *(listed or second.facts[:1]))
        facts = list(dict.fromkeys(self.index.facts[f] for f in shown))
        # the first answer as it stands (its statement in the headline, or the two sides of a disputed date), its
        # sources numbered anew among both answers'
        items = [
            replace(self._item(self.index.facts[i.fact_id], lang, facts), text=i.text) if i.fact_id else i
            for i in first.items
        ]
        if listed:  # 'and what did they discuss?': its heading, then each topic
            items.append(Item(second.headline))
            items += [self._item(self.index.facts[f], lang, facts) for f in listed]
        else:
            items.append(replace(self._item(self.index.facts[second.facts[0]], lang, facts), text=second.headline))
        answer_lang = first.lang
        notes = list(dict.fromkeys((*first.notes, *second.notes)))
        parsed = self.parse(first_text, context)
        return self._answer(parsed, answer_lang, first.headline, items, facts, None, notes, confidence=0.8)

    def _whole_question_after_and(self, question: str, parsed: Parsed) -> Answer | None:
        """'and when did Azerbaijan join the UN?': after its 'and', a question that stands on its own (a question
        word, a name, no pronoun, five words or more) is asked as a new one, when that answers it."""
        if not starts_followup(parsed.folded):
            return None
        rest = re.sub(
            r"^\W*((ok|okay|alright|right|well|so|bon|d'accord|ладно|хорошо|yaxşı|yaxsi)\W+)?(and|et|а|и|bəs|bes)\b\W*",
            "",
            question,
            count=1,
            flags=re.IGNORECASE,
        )  # ('ok, and when did Azerbaijan join the UN?')
        if rest == question:
            return None
        alone = self.parse(rest, None)
        if (
            not alone.explicit
            or alone.intent == "yesno"
            or len(alone.tokens) < 5
            or not (alone.entities or alone.dates)
            or pronouns_in(alone.folded, alone.lang)
            # ('а где проходила встреча, в нью-йорке?': the place guessed is no subject of a question of its own)
            or (
                alone.intent == "where"
                and not alone.dates
                and all(self._is_place(u) for u in alone.units if u.kind == "entity")
            )
        ):
            return None
        lang = alone.lang if alone.lang in ("en", "fr") else parsed.lang if parsed.lang in ("en", "fr") else "en"
        answer = self._fresh(alone, lang)
        return answer if answer.answered else None

    def _met_the_previous_person(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer | None:
        """'Who is Zuev?', then 'when did he meet Bayramov?' without 'he' ('Bayramovla nə vaxt görüşüb?'): a
        meeting question naming one person is asked of the meeting with the person just talked about."""
        if parsed.kind_hint != "meeting" or parsed.intent not in ("when", "where", "what", "yesno"):
            return None
        people = [m for m in parsed.specific_entities if self.index.entities_of_type(m.entity_ids[0]) == "person"]
        if len(people) != 1 or len(parsed.specific_entities) != 1:
            return None
        named = set(people[0].entity_ids)
        previous = [
            i for i in context.get("entities") or [] if self.index.entities_of_type(i) == "person" and i not in named
        ]
        if len(previous) != 1:
            return None
        unit = Unit(previous[0], self.index.entity_idf(previous[0]), "entity", (previous[0],))
        answer = self._fresh(replace(parsed, units=[*parsed.units, unit]), lang)
        return answer if answer.answered else None

    def _person_at_previous_event(self, parsed: Parsed, context: Mapping[str, Any]) -> bool:
        """A short yes/no or 'what did X say' naming only people, after an answer about an event or a session: the
        question is asked of that occasion ('did Aliyev take part?' has no object of its own)."""
        if parsed.dates or len(parsed.tokens) > 5 or not parsed.specific_entities:
            return False
        if parsed.intent != "yesno" and not (parsed.intent in ("what", "about") and SAID.search(parsed.folded)):
            return False
        if any(self.index.entities_of_type(i) != "person" for m in parsed.specific_entities for i in m.entity_ids):
            return False
        shown = [self.index.facts[f] for f in (context.get("facts") or [])[:1] if f in self.index.facts]
        named = [*(context.get("entities") or []), *(i for f in shown for i in f.related)]  # (the meeting shown)
        return any(self.index.entities_of_type(i) in ("event", "session") for i in named)

    def _instead_of_unknown(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer | None:
        """After a question refused for a name the sources do not know ('When did Azerbaijan join NATO?'), a
        follow-up that gives only another name ('and the UN?', 'а в ООН?') asks the same question of that name."""
        unknown = [str(n) for n in context.get("unknown") or []]
        if len(unknown) != 1 or context.get("facts") or not context.get("question") or len(parsed.entities) != 1:
            return None
        if [u for u in parsed.units if u.kind != "entity" and u.label not in ("bes", "ya")] or len(
            WORD.findall(parsed.folded)
        ) > 5:
            return None  # ('and when did it join the UN?' is a question of its own; 'bəs BMT-yə?' is 'and the UN?')
        question = re.sub(re.escape(unknown[0]), parsed.entities[0].surface, str(context["question"]), count=1)
        if question == context["question"]:
            return None
        return self._fresh(self.parse(question), lang)  # (refused too: 'and UNESCO?' is not what UNESCO did)

    def _narrowed(self, parsed: Parsed, context: Mapping[str, Any]) -> Parsed:
        """A name that could be several people, read as the one the conversation is about (by their full name, so
        that a fact naming another 'Aliyev' does not hold it)."""
        about = set(context.get("entities") or [])

        def one(ids: tuple[str, ...]) -> tuple[str, ...]:
            kept = tuple(i for i in ids if i in about)
            return kept if len(ids) > 1 and len(kept) == 1 else ids

        def narrowed(unit: Unit) -> Unit:
            ids = one(unit.entity_ids)
            if ids == unit.entity_ids:
                return unit
            return replace(unit, entity_ids=ids, label=fold(self.index.entities[ids[0]].name.en))

        return replace(
            parsed,
            units=[narrowed(u) if u.kind == "entity" else u for u in parsed.units],
            entities=[replace(m, entity_ids=one(m.entity_ids)) for m in parsed.entities],
        )

    def _as_answered(self, ids: Sequence[str], facts: Sequence[Fact]) -> Sequence[str]:
        """Of the entities a name may stand for, those the answer's facts are about (all, when none is)."""
        if len(ids) < 2:
            return ids
        named = set().union(*(self.index.fact_entities[f.id] for f in facts)) if facts else set()
        return [i for i in ids if i in named] or ids

    def _unrelated(
        self, answer: Answer, context: Mapping[str, Any], *, things_only: bool = False, people: bool = False
    ) -> bool:
        """True when an answer shares no fact and no specific name with the previous answer (`things_only`: no
        name of a thing, 'who announced it?' being about the forum, not about anyone who spoke of it; `people`:
        no person of it, 'did he sign anything?' after Ilham Aliyev's meeting not being Heydar Aliyev's signing)."""
        previous = [f for f in context.get("facts", []) if f in self.index.facts]
        # what the conversation was about: the names asked and those of the answer's first fact (not those of
        # every fact an overview of UNICEF listed)
        first = previous if context.get("intent") in ("list", "on_date") else previous[:1]
        near = {i for f in first for i in self.index.fact_entities[f] if i not in GENERIC_ENTITIES}
        near |= {i for i in context.get("entities", []) if i not in GENERIC_ENTITIES}
        if things_only:
            near = {i for i in near if self.index.entities_of_type(i) not in ("person", "country", "place")} or near
        elif people:
            near = {i for i in near if self.index.entities_of_type(i) == "person"} or near
        if set(answer.facts) & set(previous) or not (previous or near):
            return False  # (nothing before to be unrelated to)
        return not any(near & (self.index.fact_entities[f] - GENERIC_ENTITIES) for f in answer.facts)

    def _fresh(self, parsed: Parsed, answer_lang: str) -> Answer:
        """Answer a question on its own."""
        meeting = self._meeting_of(parsed)
        if (
            meeting is not None
            and parsed.kind_hint == "meeting"
            and asks_about(parsed.folded)
            and not (parsed.dates or SUPERLATIVE.search(parsed.folded) or EARLIEST.search(parsed.folded))
            and not [
                u
                for u in parsed.units
                if u.kind in ("term", "unknown", "number") and not u.kind_word and u.label not in ("between", "entre")
            ]
        ):
            # 'tell me about the meeting between Aliev and Guteres': the meeting, then what was said at it
            told = [meeting, *self._meeting_topics(meeting, parsed)]
            return self._topics_answer(parsed, answer_lang, meeting, told)
        if meeting is not None and self._asks_topics(parsed, meeting):
            topics = self._meeting_topics(meeting, parsed)  # 'what did Bayramov and Zuev discuss?'
            if topics:
                return self._topics_answer(parsed, answer_lang, meeting, topics)
        if TIME_OF_DAY.search(parsed.folded) or self._unknown_symbol(parsed):
            # 'what time did Guterres meet Bayramov?': the sources give days, never hours; 'resolution 62/243': a
            # symbol no source gives (not the 62nd session's resolution found by its number)
            return self._refuse(parsed, answer_lang, self.candidates(parsed))
        speech = self._disputed_speech(parsed)
        if speech is not None:
            topics = self._meeting_topics(speech, parsed)  # 'what did Aliyev say at the 76th session?'
            if topics:
                return self._topics_answer(parsed, answer_lang, speech, topics)
        if parsed.kind_hint == "resolution" and ASKS_NUMBER.search(parsed.folded) and not parsed.numbers:
            # 'what was the number of the vaccine resolution?': the resolution found, and that its number is not
            # given (not the resolution shown as if it answered)
            ranked = self.candidates(parsed)
            if ranked and ranked[0].fact.kind == "resolution" and not OWN_NUMBER.search(ranked[0].fact.statement.en):
                return self._not_in_sources(parsed, answer_lang, t("no_number", answer_lang), ranked[0].fact)
        chosen = self._choice(parsed, answer_lang) if parsed.intent in ("what", "yesno") else None
        if chosen is not None:
            return chosen
        ordered = self._superlative(parsed, answer_lang)
        if ordered is not None:
            return ordered
        if AGE.search(parsed.folded) and not [
            u for u in parsed.units if u.kind == "term" and AGE_WORDS.isdisjoint(u.stems)
        ]:
            return self._refuse(parsed, answer_lang, self.candidates(parsed))  # no one's age is in the sources
        if HOW_LONG.search(parsed.folded):
            # 'how long did the occupation last?': 'last' says a duration is asked (`_lasts` checks it), it is not
            # a word the fact must hold
            parsed = replace(parsed, units=[u for u in parsed.units if not u.stems & DURATION_STEMS])
        if parsed.unknown_names and parsed.intent != "yesno":
            return self._refuse(parsed, answer_lang, self.candidates(parsed))
        if parsed.intent == "list" and not parsed.kind_hint and HOW_OFTEN.search(parsed.folded):
            # 'how many times did the Assembly's President visit?': a figure, not every fact naming the Assembly
            parsed = replace(parsed, intent="count")
        intent = parsed.intent
        if (
            intent == "who"
            and asks_who_is(parsed.folded)
            and len(parsed.specific_entities) == 1
            and not [u for u in parsed.units if u.kind in ("term", "unknown", "number", "date")]
        ):
            intent = "about"
        if intent == "about" and not SAID.search(parsed.folded):  # 'what did Zuev say about ...' asks his words
            about = self._about(parsed, answer_lang)
            if about is not None:
                return about
        each = self._each_numbered(parsed, answer_lang) if intent not in ("yesno", "count") else None
        if each is not None:
            return each
        if intent in ("list", "on_date") or (
            intent in ("what",)
            and parsed.dates
            and not parsed.specific_entities
            and not [u for u in parsed.units if u.kind == "term"]
        ):
            listed = self._list(parsed, answer_lang)
            if listed is not None:
                return listed
        if intent == "yesno":
            return self._yesno(parsed, answer_lang)
        single = self._single(parsed, answer_lang)
        if self._asks_first_of_kind(parsed) and not parsed.followup:
            # 'which was the first resolution of 1993?': one of the series asked, then the earliest of it
            # (only within a time the question gives: the first resolution ever is not the first the sources know)
            loose = replace(
                parsed, units=[u for u in parsed.units if not EARLIEST.fullmatch(u.label) and u.label != "ord1"]
            )
            found = single if single.answered or not parsed.dates else self._single(loose, answer_lang)
            if found.answered and found.facts:
                earlier = self._first_of_series(parsed, self.index.facts[found.facts[0]], answer_lang)
                if earlier is not None:
                    return earlier
        if not single.answered and intent == "count" and parsed.kind_hint in COUNTED_BY_LISTING:
            counted = self._counted_by_listing(parsed, answer_lang)
            if counted is not None:
                return counted
        if not single.answered and intent == "where":
            # 'where did Guterres and Bayramov meet?': the meeting is known, its place is not; say so, with it
            found = self._single(replace(parsed, intent="what"), answer_lang)
            fact = self.index.facts.get(found.facts[0]) if found.answered and found.facts else None
            if fact is not None and fact.place is None and fact.kind in ("meeting", "event", "conference", "session"):
                return self._not_in_sources(parsed, answer_lang, t("no_place", answer_lang), fact)
            if fact is not None and fact.place is None and fact.kind == "speech":
                return self._spoken_at(parsed, answer_lang, fact) or single
        return single

    def _superlative(self, parsed: Parsed, lang: str) -> Answer | None:
        """'What was the most recent meeting …?', 'la dernière rencontre entre Aliyev et Guterres ?': the latest
        dated fact of the kind asked that meets the question's names and dates, said to be the latest of those in
        the sources. None when the question asks no such order, names no kind, or the sources hold only one."""
        order = SUPERLATIVE.search(parsed.folded)
        if order is None or not parsed.kind_hint or parsed.intent not in ("when", "what", "about", "who", "where"):
            return None
        if HOW_LONG.search(parsed.folded):
            return None  # ('how long did it last?')
        gone = set(WORD.findall(order.group(0))) | {"between", "entre", "among"}  # ('meeting between X and Y')
        units = [u for u in parsed.units if not (u.label in gone or u.stems & gone)]
        found = self._filter(replace(parsed, intent="list", units=units))
        if not found:
            return None
        dated = [f for f in found if f.date is not None and not sums_up(f, found)]
        if not dated:
            return None
        dated.sort(key=lambda f: (f.date.end, f.id))  # type: ignore[union-attr]
        chosen = Candidate(dated[-1], 1.0, 1.0, [], [])
        intent = "what" if parsed.intent == "about" else parsed.intent
        answer = self._compose_single(replace(parsed, intent=intent, units=units), lang, chosen, [chosen])
        # (one is not said to be the latest: the sources may not hold the others)
        note = t("latest_of", lang, n=occasions_of(dated)) if occasions_of(dated) > 1 else t("only_one", lang)
        return replace(answer, notes=(*answer.notes, note))

    def _within_previous_day(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer | None:
        """After 'what happened on 21 September 2020?', a question naming no date nor anything of its own ('who
        spoke for Azerbaijan?') is asked of that day's facts first: the one of them that answers it, or None."""
        if context.get("intent") != "on_date" or parsed.followup or parsed.dates or parsed.specific_entities:
            return None  # ('who spoke there?' leans on the answer, and is answered as a follow-up)
        if parsed.intent not in ("who", "what", "where", "about"):
            return None
        day = set(context.get("list") or context.get("facts") or [])
        ranked = [c for c in self.candidates(parsed) if c.fact.id in day]
        if not ranked or ranked[0].missing:
            return None
        chosen = ranked[0]
        if not self._acceptable(parsed, chosen, chosen):
            return None
        return self._compose_single(parsed, lang, chosen, ranked)

    def _each_numbered(self, parsed: Parsed, lang: str) -> Answer | None:
        """'when were resolutions 874 and 884 adopted?', '822 və 853 saylı qətnamələr': each number asked on its own
        (no fact is both), the answers one after the other; None unless the question joins two or more numbers
        that are each a resolution's own, and each is answered."""
        numbered = [
            u
            for u in parsed.units
            if u.kind == "number"
            and any(
                (own := OWN_NUMBER.search(self.index.facts[f].statement.en)) and own.group(1) == u.label
                for f in self.index.by_number.get(u.label, ())
            )
        ]
        labels = "|".join(re.escape(u.label) for u in numbered)
        if len(numbered) < 2 or not re.search(rf"\b({labels})\W+(and|et|и|ve|va|,)\W+({labels})\b", parsed.folded):
            return None
        answers = []
        for unit in numbered:
            one = replace(parsed, units=[u for u in parsed.units if u.kind != "number" or u is unit])
            answer = self._single(replace(one, intent="what" if one.intent == "list" else one.intent), lang)
            if not answer.answered or not answer.facts:
                return None
            answers.append(answer)
        answers = list({a.facts[0]: a for a in reversed(answers)}.values())[::-1]  # (one fact of both: once)
        if len(answers) == 1:
            return answers[0]  # 'what did resolutions 822 and 853 demand?': what the four demanded
        facts = [self.index.facts[a.facts[0]] for a in answers]
        items = [self._item(facts[0], lang, facts, with_text=False)]
        items += [
            replace(self._item(f, lang, facts), text=a.headline) for f, a in zip(facts[1:], answers[1:], strict=True)
        ]
        notes = list(dict.fromkeys(n for a in answers for n in a.notes))
        return self._answer(parsed, lang, answers[0].headline, items, facts, None, notes, confidence=0.85)

    @staticmethod
    def _asks_first_of_kind(parsed: Parsed) -> bool:
        """'the first resolution of 1993', 'la première rencontre': 'first' before a kind of fact (not 'who attacked
        first?')."""
        words = parsed.folded.split()
        return any(
            EARLIEST.fullmatch(word) and any(kind_of(w) is not None for w in words[at + 1 : at + 4])
            for at, word in enumerate(words)
        )

    def _first_of_series(self, parsed: Parsed, fact: Fact, lang: str) -> Answer | None:
        """'the first Security Council resolution of 1993': the earliest of the series the fact found belongs to,
        when it is not that one (numbered resolutions of one year go by number); None when it is the first, or the
        sources date the first ones alike."""
        series = [f for f in self._series(fact) if f.date is not None]
        series = [f for f in series if not parsed.dates or any(q.matches(f.date) for q in parsed.dates)]  # type: ignore[arg-type]
        if len(series) < 2 or fact not in series or series[0] is fact:
            return None
        tied = [f for f in series if f.date == series[0].date]
        if len(tied) > 1 and not all(OWN_NUMBER.search(f.statement.en) for f in tied):
            return None
        chosen = Candidate(series[0], 1.0, 1.0, [], [])
        answer = self._compose_single(parsed, lang, chosen, [chosen])
        return replace(answer, notes=(*answer.notes, t("earliest_of", lang, n=len(series))))

    def _counted_by_listing(self, parsed: Parsed, lang: str) -> Answer | None:
        """'How many resolutions did the General Assembly adopt on the occupied territories?': no fact gives the
        figure, but the facts of that kind that meet every constraint can be counted, and are shown."""
        if not (parsed.specific_entities or parsed.dates):
            return None  # ('how many resolutions?' alone: of what, the sources cannot say)
        if parsed.focus is None or kind_of(parsed.focus) != parsed.kind_hint:
            return None  # what is counted is that kind ('how many countries voted for the resolution?' is not)
        listed = self._list(replace(parsed, intent="list"), lang)
        if listed is None or not listed.facts:
            return None
        kind_words = KIND_VERBS | {s for word in KIND_WORDS.get(parsed.kind_hint or "", ()) for s in stems_of(word)}
        facts = [self.index.facts[f] for f in listed.facts]
        # (a word of the title the question quotes, which every one listed holds, narrows nothing: 'GA resolutions on
        # "the situation in the occupied territories"'; 'meetings with UN officials' may leave some out)
        quoted = " ".join(fold(q) for q in re.findall(r"['\"«“‘]([^'\"»”’]{6,})['\"»”’]", parsed.original or ""))
        if [
            u
            for u in parsed.units
            if u.kind in ("term", "unknown")
            and not (u.kind_word or u.stems & kind_words)
            and not (u.label in quoted and all(self._covers(f, [u]) for f in facts if f.kind == parsed.kind_hint))
        ]:
            return None  # ('meetings with UN officials': a word that narrows the list may leave some out)
        # a fact that sums up others ('the resolutions of 2006 and 2008 condemned …') is not one more of them
        kept = [f for f in facts if not sums_up(f, facts)]
        if len(kept) < len(facts):
            as_list = replace(parsed, intent="list")
            items = [self._item(f, lang, kept, dated=True) for f in kept]
            listed = self._answer(
                as_list, lang, self._list_headline(as_list, lang, kept), items, kept, None, [], confidence=0.9
            )
        headline = t("counted_head", lang, count=occasions_of(kept), label=listed.headline)
        return replace(listed, headline=headline, intent="count")

    def _topic_beside_saying(self, parsed: Parsed) -> bool:
        """Whether 'what did X say …' names what about: a word, or a name other than a person's."""
        return any(
            (u.kind == "term" and not SAID.fullmatch(u.label))
            or (u.kind == "entity" and not u.generic and self.index.entities_of_type(u.entity_ids[0]) != "person")
            for u in parsed.units
        )

    def _covers_but_its_meeting(self, parsed: Parsed, candidate: Candidate) -> bool:
        """Whether the fact covers enough of the question once its meeting is set aside: 'Bairamov Zuev meeting -
        what did zuev say about security?' of Zuev's words there, which name neither the meeting nor Bayramov."""
        if parsed.intent in ("who", "where"):
            return False
        excused = [u for u in candidate.missing if self._the_meeting(candidate.fact, u)]
        if not excused:
            return False
        covered = sum(u.weight for u in candidate.covered)
        rest = sum(u.weight for u in candidate.missing if u not in excused)
        return covered >= MIN_COVERAGE * (covered + rest)

    def _the_meeting(self, fact: Fact, unit: Unit) -> bool:
        """Whether a word the fact lacks names the meeting it was said at: 'meeting', or the one met there."""
        return (unit.kind_word and kind_of(unit.label) == "meeting") or (
            unit.kind == "entity" and self._met_there(fact, unit)
        )

    def _sayer(self, parsed: Parsed) -> str | None:
        """The person a 'what did X say' asks the words of, when two are named: the name just before the verb
        ('what did zuev say'), or just after it in French, Russian and Azerbaijani ('qu'a dit Zouev')."""
        people = [m for m in parsed.specific_entities if self.index.entities_of_type(m.entity_ids[0]) == "person"]
        if len(people) < 2:
            return None
        said_at = [i for i, word in enumerate(parsed.tokens) if SAID.fullmatch(word)]
        near = [
            m.entity_ids[0]
            for m in people
            if any(0 <= at - m.end <= 1 or (parsed.lang != "en" and 0 < m.start - at <= 2) for at in said_at)
        ]
        return near[0] if len(set(near)) == 1 else None

    def _decide(self, parsed: Parsed, ranked: list[Candidate]) -> Candidate | None:
        """The first candidate that answers the question well enough, or None (refuse)."""
        if WHY.search(parsed.folded):
            ranked = alike_first(ranked, REASONS_NAMED, parsed.lang)  # 'why', 'à quoi sert': one giving a reason
        if SAID.search(parsed.folded) and parsed.intent != "who" and self._topic_beside_saying(parsed):
            # 'what did Guterres say about the NAM chairmanship?': a fact giving his words on it before one saying
            # the topic came up at a meeting
            ranked = alike_first(ranked, WORDS_GIVEN, "en")
        sayer = self._sayer(parsed) if SAID.search(parsed.folded) and parsed.intent != "who" else None
        if sayer is not None:
            # 'Bairamov Zuev meeting - what did zuev say about security?': Zuev's own words on it, which say nothing
            # of the meeting or of Bayramov, before what was welcomed at the meeting
            own = [
                c
                for c in ranked
                if self._first_person(c.fact) == sayer and all(self._the_meeting(c.fact, u) for u in c.missing)
            ]
            if own and own[0] is not ranked[0] and self._first_person(ranked[0].fact) != sayer:
                ranked = [own[0], *(c for c in ranked if c is not own[0])]
        plural = [w for w in which_words(parsed.folded) if w not in ALL_STOPWORDS and len(w) > 3 and w.endswith("s")]
        if plural and parsed.intent not in ("when", "where", "count"):
            ranked = alike_first(ranked, NAMED_AFTER, parsed.lang)  # 'which agencies ...?': one that names them
        if parsed.intent == "yesno":
            # 'does Azerbaijan cooperate with UNIDO?': a fact about it before a list that names it among others
            ranked = alike_first(ranked, NAMED_AFTER, "en", saying=False)
        if parsed.kind_hint == "resolution" and parsed.specific_entities and WHAT_THEY_SAY.search(parsed.folded):
            # 'what did the Security Council resolutions demand?': the fact about them before one that cites them
            ranked = sorted(ranked, key=lambda c: (-round(c.coverage * 20), self._named_at(parsed, c.fact)))
        if HOW_LONG.search(parsed.folded):
            # 'how long were the lands occupied?': only a fact that gives a duration of it can answer
            ranked = [c for c in ranked if self._lasts(parsed, c.fact)] or ranked
        # 'Where was the meeting?' is about the fact found first: another fact's place is another place.
        for candidate in ranked[: 1 if parsed.intent == "where" else 3]:
            if self._acceptable(parsed, candidate, ranked[0]):
                return candidate
        return None

    def _named_at(self, parsed: Parsed, fact: Fact) -> int:
        """How far into the fact's statement it first names what the question names (its subject comes first)."""
        asked = {i for m in parsed.specific_entities for i in m.entity_ids}
        _, matches = self._statement_names(fact, parsed.lang if parsed.lang in ("en", "fr") else "en")
        return min((m.start for m in matches if not asked.isdisjoint(m.entity_ids)), default=99)

    def _acceptable(self, parsed: Parsed, candidate: Candidate, best: Candidate, *, negation: bool = True) -> bool:
        """Whether `candidate` answers the question (`negation=False`: even if it says the opposite)."""
        if candidate is not best and candidate.coverage < best.coverage - 1e-9:
            return False
        unknown_weight = sum(u.weight for u in candidate.missing if u.kind == "unknown")
        known_specific = sum(u.weight for u in candidate.covered if not u.generic)
        if unknown_weight and unknown_weight >= known_specific * 0.8:
            return False
        if not [
            u
            for u in candidate.covered
            if not u.generic
            and not (u.kind == "number" and u.label.startswith("ord"))
            and not EARLIEST.fullmatch(u.label)
        ]:
            return False  # (nor an ordinal alone: 'and the 2nd?', 'what year was the first one?' asked of nothing)
        if [u for u in candidate.missing if not u.generic and u.kind in ("number", "date")] or [
            u
            for u in candidate.missing
            if u.kind == "entity"
            and not u.generic
            # a place the question puts the thing in is checked as a place; one it is about ('the resolution on
            # the occupied territories') must be the fact's
            and not (self._is_place(u) and not asked_as_topic(parsed.folded, u.label))
            # 'guterres aliyev 2025 central asia transport?': said at their meeting, of which the fact names one
            # (not who was there, nor where it was: 'where did Bayramov meet Zuev?' is not the Baku conference)
            and not (parsed.intent not in ("who", "where") and self._met_there(candidate.fact, u))
        ]:
            return False
        if candidate.coverage < MIN_COVERAGE and not self._covers_but_its_meeting(parsed, candidate):
            return False
        fact = candidate.fact
        if [
            u
            for u in candidate.missing
            if u.kind in ("term", "unknown")
            and RELATIONAL.search(u.label)
            and not (parsed.dates and u.label in ("later", "earlier"))  # ('and later, in 2000?': the year says it)
        ]:
            return False  # 'before', 'next', 'first': the fact must say the same, or it answers another question
        if self._remaining_unsaid(parsed, fact):
            return False  # 'how many IDPs are still waiting to go back?': not the 53,000 who have returned
        if parsed.intent == "count" and [u for u in candidate.missing if TERM_OF_OFFICE.match(u.label)]:
            return False  # 'how many resolutions during its whole 2012-2013 term?': not the 7 of its two presidencies
        if [u for u in candidate.missing if u.kind in ("term", "unknown") and MEASURES.match(u.label)]:
            return False  # 'what was the poverty rate in 2015?': not the award for fighting poverty that year
        if parsed.intent == "when" and not self._dates_event(parsed, candidate):
            return False
        if parsed.intent in ("when", "yesno") and not self._becomes_what_is_asked(parsed, fact):
            return False  # 'when did Mehriban Aliyeva become First Lady?': not when she was named an ambassador
        if parsed.intent == "when" and not self._close_together(parsed, candidate):
            return False  # 'when did Azerbaijan chair the General Assembly?': not Aliyev as Chairman of the NAM
        if parsed.focus and any(u.label == parsed.focus for u in candidate.missing):
            return False  # 'how many votes', 'which country': the fact says nothing of what is counted or chosen
        if (
            parsed.intent == "what"
            and parsed.focus
            and not stems_of(parsed.focus).isdisjoint(WHICH_KINDS)
            and any(u.kind == "term" and not u.kind_word for u in candidate.missing)
        ):
            return False  # 'which country drafted resolution 822?': which did what the fact does not say was done
        if (
            parsed.intent == "where"
            and not self._places(fact)
            and not any(
                self._asks_which(parsed, u) and self._names_one_of_kind(parsed, fact, u) for u in candidate.covered
            )
        ):
            return False  # asked where, and this fact names no place ('which country did he blame?' asks no place)
        if parsed.intent == "where" and ASKS_CITY.search(without_names(parsed)) and self._countries_only(fact):
            return False  # 'which city will host it?': the fact gives only the country ('городской форум' is a name)
        if (parsed.intent in STRICT_INTENTS or WHY.search(parsed.folded)) and not self._says_what_is_asked(candidate):
            return False  # 'who heads ANAMA', 'how many Armenian refugees': the fact must say what is asked
        if parsed.intent == "yesno":
            if {fold(n) for n in parsed.unknown_names} & {u.label for u in candidate.missing if u.kind == "unknown"}:
                return False  # 'did Aliyev meet Guterres in Geneva?', '... for hosting COP28?': not a yes
            if [u for u in candidate.missing if u.kind == "unknown" and as_subject(parsed.folded, u.label)]:
                return False  # 'was georgia the first ... elected?': who it was, the fact must say
            if self._missing_words(candidate) and candidate.coverage < YESNO_COVERAGE:
                return False  # a yes needs the fact to say what is asked, word for word or by synonym
            if parsed.lang == "ru" and [u for u in candidate.missing if RU_MANNER.fullmatch(u.label)]:
                return False  # 'положительно отреагировала?': how, in a word the fact does not say
            asked_terms = [u for u in parsed.units if u.kind == "term"]
            if (
                parsed.lang in ("en", "fr")  # (Russian and Azerbaijani words are read only in part)
                and [u for u in candidate.covered if u.kind == "number" and u.label not in self._identifiers]
                and [u for u in candidate.missing if u.kind == "term"]
            ):
                return False  # 'did the war last 30 days?': a figure of 30 (dead) is no yes without 'last'
            lasting = fact.kind in LASTING_KINDS and parsed.dates  # ('was the strategy in force in 2004?')
            if parsed.lang in ("ru", "az") and not [u for u in parsed.units if u.kind != "entity"]:
                # 'Есть ли в Азербайджане Нагорный Карабах?': names alone, the words around them unread, ask
                # nothing a fact can confirm
                return False
            if asked_terms and all(u in candidate.missing for u in asked_terms) and not lasting:
                return False  # 'does Azerbaijan cooperate with UNHCR?': the names alone, not what they did
            if [u for u in candidate.missing if u.kind == "unknown" and MANNER.fullmatch(u.label)]:
                return False  # 'adopted unanimously?': how, in a word no source uses, so none says it
            terms = self.index.fact_terms.get(fact.id, frozenset())
            if [
                u
                for u in candidate.covered + candidate.missing
                if u.kind == "term"
                and (own := {stem(u.label, "fr" if parsed.lang == "fr" else "en")}) & TITLE_STEMS
                and own.isdisjoint(terms)
                and (u in candidate.missing or own.isdisjoint(HEAD_STEMS))
            ]:
                return False  # 'was Azerbaijan a founder of the UN?': what it was, the fact must say (not 'set up')
            occasion = fact if fact.place else self._occasion(fact)  # what was said at a meeting: its place
            places = set(self._places(occasion)) if occasion is not None else set()
            places |= {a for p in list(places) for a in self.index.ancestors(p)}
            if places and [
                u
                for u in candidate.covered
                if u.kind == "entity"
                and not u.generic
                and {self.index.entities_of_type(i) for i in u.entity_ids} <= {"place", "country"}
                and asked_as_place(parsed.folded, u.label)
                and places.isdisjoint(u.entity_ids)
            ]:
                return False  # 'did Aliyev meet Guterres in Armenia?': a fact that mentions Armenia, not held there
            if not self._close_together(parsed, candidate):
                return False  # 'has Azerbaijan chaired the General Assembly?': 'chairman' of something else
            named = self.index.mentions.get(fact.id, set()) | set(fact.participants)
            # a name the statement gives that could be several things, one of them the fact's own: 'Nagorno-Karabakh'
            # (the region, or the conflict) of a fact placed there, asked as 'Dağlıq Qarabağ'
            named |= {
                i
                for lang in ("en", "fr")
                for m in self._statement_names(fact, lang)[1]
                for i in m.entity_ids
                if i in self.index.fact_entities[fact.id]
            }
            named |= {a for i in list(named) for a in self.index.ancestors(i)}
            said = self.index.statement_words[fact.id]
            if [
                u
                for u in candidate.covered
                if u.kind == "entity"
                and not u.generic
                and named.isdisjoint(u.entity_ids)
                and not set(tokens(u.label)) <= said  # 'Karabakh' inside 'the Second Karabakh War'
            ]:
                return False  # 'did Armenia vote ...': a yes needs the statement itself to name who is asked about
        if self._asks_who_began(parsed) and not AGENT_STARTED_WAR.search(fold(fact.statement.get(parsed.lang))):
            return False  # 'did Azerbaijan start the war?': not 'started a counter-attack' (nor WFP's operation)
        addressed = ADDRESSED_BODY.search(parsed.folded) if parsed.intent == "yesno" else None
        if addressed and not SPOKE_THERE.search(f"{fact.kind} {fold(fact.statement.en)}"):
            return False  # 'did Bayramov address the General Assembly?': not his welcoming its President's visits
        if parsed.intent == "yesno" and other_capacity(parsed.folded, fact.statement.en):
            return False  # 'did Guterres visit Azerbaijan as Secretary-General?': he did as High Commissioner
        if self._spoke_elsewhere(parsed, fact):
            return False  # 'did Aliyev address the Security Council?': not his General Assembly speech about it
        if parsed.intent == "yesno" and self._object_differs(parsed, fact):
            return False  # 'Guterres a-t-il félicité l'Arménie ?': he congratulated Aliyev
        if parsed.intent == "yesno" and not self._subject_acts(parsed, fact):
            return False  # 'did Armenia criticise ...?': the General Assembly condemned, Armenia did nothing
        if parsed.intent == "yesno" and not self._holds_title_asked(parsed, fact):
            return False  # 'was Azerbaijan president of the General Assembly?': not the Assembly's President visiting
        # ('what did he say about the unit?', 'how did Armenia react?' may be answered by there being none)
        says = parsed.intent in ("what", "about") and (
            SAYING.search(parsed.folded) or re.search(r"\b(how|comment|как|nece)\b", parsed.folded)
        )
        if negation and not says and self._negated_in_fact(parsed, candidate):
            return False  # 'a permanent member?': the fact says 'non-permanent', the opposite ('what did he say
            # about the unit?' may be answered by his saying there is none)
        # 'What did X say' asks X's words; 'who told X' asks who spoke, and X is the one spoken to.
        if (
            SAYING.search(parsed.folded)
            and parsed.intent != "who"
            and parsed.kind_hint != "resolution"  # ('what did the resolutions say?': what they state)
            and not self._spoke(parsed, fact)
        ):
            return False
        if (
            SAID.search(parsed.folded)
            and parsed.intent != "who"
            and any(self.index.entities_of_type(i) == "person" for m in parsed.entities for i in m.entity_ids)
            and (
                (fact.kind == "speech" and not WORDS_GIVEN.search(fact.statement.en))
                or BY_THE_SOURCE.match(fact.statement.en)
            )
        ):
            # 'what did Aliyev say at the COVID special session?': a fact that he spoke there gives none of his
            # words; 'The overview counts … the meeting chaired by Ilham Aliyev …' gives the overview's
            return False
        if SAID.search(parsed.folded) and fact.kind in NOT_WORDS and parsed.intent != "who":
            # 'what did Guterres say?': his words, not that a meeting took place; 'what did Aliyev say at the UN in
            # 2021?': not that he chaired the Non-Aligned Movement then
            return False
        if self._opposition_unsaid(parsed, fact):
            return False
        if parsed.intent == "count" and not (states_number(fact) and self._counts_what_is_asked(parsed, candidate)):
            return False
        if (
            parsed.intent == "count"
            and self._asks_of_war(parsed)
            and not AFTER_WAR.search(parsed.folded)
            and not WAR_WORDS.search(fold(fact.statement.en))
        ):
            # 'how many people died in the war?', or 'а сколько человек погибло?' after when it began: not the
            # mines' victims after it ('post-war' a keyword)
            return False
        which = which_words(parsed.folded)
        if any(self._vague_about(fact, word, translated=at == 0) for at, word in enumerate(which)):
            return False  # 'in which missions?': the fact only says 'various missions'
        if fact.kind == "membership" and self._member_of_another_body(parsed, fact):
            return False  # 'did Azerbaijan join the UN in 2012?': not its seat on the Security Council
        if self._names_none_asked(parsed, fact):
            return False  # 'which countries did Azerbaijan help with vaccines?': not 'rich and poor countries'
        if self._helps_the_other_way(parsed, fact):
            return False  # 'how many countries helped Azerbaijan?' is not the 80 countries Azerbaijan helped
        if HOW_LONG.search(parsed.folded) and not self._lasts(parsed, fact):
            return False  # 'how long was the occupation?': not the 44 days of the war that ended it
        if parsed.intent == "who" and REPRESENTED.search(parsed.folded) and not self._of_country_asked(parsed, fact):
            return False  # 'qui représentait l'Arménie à la 76e session ?': not Aliyev, who spoke for Azerbaijan
        if parsed.intent == "who" and self._before_or_after_someone(parsed):
            return False  # 'who was Secretary-General before Guterres?': no fact says who came before or after whom
        which_holder = bool(WHICH_ONE.search(parsed.folded)) and any(
            w in TITLE_NOUNS for w in parsed.tokens
        )  # ('… visits of the ga president, which one visited?')
        if (parsed.intent == "who" or WHICH_POST.match(parsed.folded) or which_holder) and not self._names_title_holder(
            parsed, fact
        ):
            return False  # 'кто председатель Генассамблеи, который посетил …?': not Bayramov, who welcomed it
        return not (parsed.intent == "who" and not names_person(fact, self.index, parsed))

    @staticmethod
    def _remaining_unsaid(parsed: Parsed, fact: Fact) -> bool:
        """A count of what remains ('still', 'encore', 'всё ещё') of a fact that says nothing remains."""
        return (
            parsed.intent == "count"
            and REMAINING.search(parsed.folded) is not None
            and not REMAINING.search(fold(fact.statement.en))
        )

    def _of_country_asked(self, parsed: Parsed, fact: Fact) -> bool:
        """For 'who represented <country> …?': someone the fact names whose post is that country's."""
        countries = {i for m in parsed.entities for i in m.entity_ids if self.index.entities_of_type(i) == "country"}
        if not countries:
            return True
        names = [n for i in countries for n in (self.index.entities[i].name.en, *self.index.entities[i].aliases)]
        for person in self._actors(fact):
            entity = self.index.entities.get(person)
            if entity is None:
                continue
            posts = " ".join([entity.description.en if entity.description else "", *(r.title.en for r in entity.roles)])
            if any(re.search(rf"\b{re.escape(n)}\b", posts) for n in names if len(n) > 3):
                return True
        return False

    def _before_or_after_someone(self, parsed: Parsed) -> bool:
        """Whether the question puts 'before' or 'after' just ahead of a person's name ('до Гутерриша') or, in
        Azerbaijani, just behind it ('Quterreşdən əvvəl')."""
        words = parsed.tokens
        return any(
            (words[m.start - 1 : m.start] and RELATIONAL.match(words[m.start - 1]))
            or (words[m.end : m.end + 1] and words[m.end] in ("evvel", "sonra"))
            for m in parsed.entities
            if "person" in map(self.index.entities_of_type, m.entity_ids)
        )

    def _names_title_holder(self, parsed: Parsed, fact: Fact) -> bool:
        """For 'who was the <title> …?': the fact names someone beside that title ('UN Secretary-General António
        Guterres'), or is the title fact itself; a fact that only mentions the title answers no 'who'."""
        folded = re.sub(r"^\W*(and|et|а|и|bes|so|but)\s+", "", parsed.folded)  # ('and who was the …?')
        if not (
            WHO_ROLE.search(folded)
            or re.match(r"\W*(кто|как зовут|quel|quelle|which)\b", folded)
            or WHICH_POST.match(folded)
            or WHICH_ONE.search(folded)
        ):
            return True  # ('who hosted COP29?', 'who chaired the NAM?' ask who did it, not who holds a post)
        titles = [
            u
            for u in parsed.units
            if u.kind == "term" and (u.label in TITLE_NOUNS or u.label.startswith(RU_TITLE_PREFIXES))
        ]
        if not titles:
            return True
        english = {s for u in titles for w in (u.label, *u.stems) for s in stems_of(w)} & TITLE_STEMS
        if not english:  # (a Russian or Azerbaijani title: its English word is not known here)
            english = {stem(w, "en") for w in ("president", "chairman", "chair", "head", "ambassador", "minister")}
        words, named = self._statement_names(fact, "en")
        at = [i for i, w in enumerate(words) if stem(w, "en") in english]
        # 'ce président de l'AG': the holder of that body's title, whom the fact must name beside it ('President
        # of the UN General Assembly …' names no one), not another's ('Aliyev, as President of Azerbaijan, spoke
        # at the General Assembly')
        asked_title = [i for i, w in enumerate(parsed.tokens) if w in TITLE_NOUNS and w in {u.label for u in titles}]
        bodies = [m for m in parsed.specific_entities if any(0 < m.start - i <= 3 for i in asked_title)]
        if bodies:
            people = [m for m in named if any(self.index.entities_of_type(e) == "person" for e in m.entity_ids)]
            return any(
                0 < m.start - i <= 4
                and not set(m.entity_ids).isdisjoint(body.entity_ids)
                and any(0 <= i - p.end + 1 <= 4 or 0 < p.start - i <= 4 for p in people)
                for body in bodies
                for m in named
                for i in at
            )
        if fact.kind in ("title", "membership", "award", "meeting", "speech"):
            return True
        people = [m for m in named if any(self.index.entities_of_type(e) == "person" for e in m.entity_ids)]
        return any(0 <= i - m.end + 1 <= 4 or 0 < m.start - i <= 4 for m in people for i in at)

    @staticmethod
    def _toll_beside_war(parsed: Parsed, previous: Fact, found: list[Fact]) -> bool:
        """Whether a count follows a war's answer and is answered by a figure that is not the war's."""
        return (
            bool(WAR_WORDS.search(fold(previous.statement.en)))
            and bool(DEATHS.search(parsed.folded))
            and not parsed.specific_entities
            and not AFTER_WAR.search(parsed.folded)
            and any(not WAR_WORDS.search(fold(f.statement.en)) for f in found)
        )

    def _asks_of_war(self, parsed: Parsed) -> bool:
        """Whether the question speaks of a war, in words or by a war's name (put in for 'it' by a follow-up)."""
        return bool(WAR_WORDS.search(parsed.folded)) or any(
            WAR_WORDS.search(fold(self.index.entities[i].name.en))
            for u in parsed.units
            if u.kind == "entity" and not u.generic
            for i in u.entity_ids
            if i in self.index.entities
        )

    def _holds_title_asked(self, parsed: Parsed, fact: Fact) -> bool:
        """For 'was X (a) <title> ...?': the fact must give X that title (a title fact of X's, or the title beside
        X's name), not only mention the title ('visits by the President of the General Assembly')."""
        asked = title_asked(parsed)
        if asked is None:
            return True
        subject, title = asked
        ids = set(subject.entity_ids)
        if fact.kind in ("title", "membership") and ids & {*fact.participants, *fact.organisations}:
            return True
        stems = set(title.stems)
        if stems & CHAIR_STEMS:
            stems |= CHAIR_STEMS
        words, named = self._statement_names(fact, "en")
        holders = [m for m in named if ids & {a for e in m.entity_ids for a in (e, *self.index.ancestors(e))}]
        # 'Azerbaijan held the presidency', 'Azerbaijan's chairmanship', 'President Heydar Aliyev'; not 'visits to
        # Azerbaijan by the President of the General Assembly'
        # a name between them counts as one word ('Azerbaijan's two Security Council presidencies')
        spans = {n.start: n.end - n.start - 1 for n in named}
        return any(
            stem(w, "en") in stems
            and any(
                0 < i - m.end + 1 - sum(spans.get(j, 0) for j in range(m.end, i)) <= 4 or 0 < m.start - i <= 2
                for m in holders
            )
            for i, w in enumerate(words)
        )

    def _asks_who_began(self, parsed: Parsed) -> bool:
        """'Who started the war?', 'did Armenia start the war?': who began it, which only a statement saying so
        answers ('when did the war start?' and 'did the war start in 2020?' ask something else)."""
        if not STARTED_WAR.search(parsed.folded):
            return False
        if parsed.intent == "who":
            return True
        return (parsed.intent == "yesno" or parsed.yesno) and any(  # (a yes/no relaxed to check its date too)
            self.index.entities_of_type(m.entity_ids[0]) in ("country", "person") for m in parsed.entities
        )

    def _helps_the_other_way(self, parsed: Parsed, fact: Fact) -> bool:
        """True when the question has someone giving help where the fact has them receiving it, or the reverse."""
        asked = help_roles(parsed.tokens, self._actors_named(parsed.entities))
        if not asked:
            return False
        lang = "fr" if parsed.lang == "fr" else "en"
        words, names = self._statement_names(fact, lang)
        stated = help_roles(words, self._actors_named(names))
        return any(stated.get(ident, role) != role for ident, role in asked.items())

    def _vague_about(self, fact: Fact, focus: str, *, translated: bool = False) -> bool:
        """Whether the fact names what 'which X' asks only as 'various X', 'many X', 'numerous X' (`translated`:
        X may be a Russian word, read in English: 'в каких миссиях', missions)."""
        if focus in ALL_STOPWORDS:
            return False
        wanted = {stem(focus, lang) for lang in ("en", "fr")} | self.parser.synonyms_of(focus)
        english = translate(focus, "ru") if translated else None
        if english is not None:
            wanted |= {stem(w, "en") for w in english.split()}
        for text, lang in ((fact.statement.en, "en"), (fact.statement.fr, "fr")):
            words = WORD.findall(fold(text))
            for i, word in enumerate(words):
                before = words[max(0, i - 2) : i]
                listed = NAMED_AFTER.search(" ".join(words[i + 1 :]))
                # ('hansı missiyalarında?': an international word with its own endings, 'missi…' as 'missions')
                alike = stem(word, lang) in wanted or (len(focus) >= 7 and len(word) >= 5 and word[:5] == focus[:5])
                if alike and any(w in VAGUE for w in before) and not listed:
                    return True  # 'various missions', 'numerous countries': not which ones ('among them ...' is)
                if (
                    alike
                    and i == len(words) - 1
                    and before[-1:]
                    and before[-1] in ("its", "their", "sa", "son", "ses", "leur", "leurs")
                ):
                    return True  # '… the best result in its region.': which region, it does not say
            # 'which session did he attend in 1994?': not 'the session of the General Assembly', a session by its
            # number ('the 49th session') says which
            sessions = [i for i, w in enumerate(words) if stem(w, lang) in wanted and stem(w, lang) in SESSION_STEMS]
            if sessions and not any(ORDINAL_WORD.fullmatch(w) for i in sessions for w in words[max(0, i - 3) : i + 2]):
                return True
            # 'the minefield maps for three regions': which three, it does not say ('two presidencies (May 2012
            # and October 2013)' does); '44 days' counts time, not things to name
            if focus in TIME_WORDS:
                continue
            for match in re.finditer(
                r"\b(\d+|two|three|four|five|deux|trois|quatre|cinq)\s+(\w+)\b(?!\s*[(:])", fold(text)
            ):
                if stem(match.group(2), lang) in wanted and not NAMED_AFTER.search(fold(text)[match.end() :]):
                    return True
        return False

    def _actors_named(self, names: Sequence[Any]) -> list[Any]:
        """The names of those who can give or receive help: countries, people, organisations (not a pandemic)."""
        actors = {"country", "person", "organisation"}
        return [m for m in names if {self.index.entities_of_type(i) for i in m.entity_ids} <= actors]

    def _becomes_what_is_asked(self, parsed: Parsed, fact: Fact) -> bool:
        """For 'when did X become / was X named Y': the fact must name Y just after its own verb of becoming."""
        if parsed.lang == "ru":
            # 'когда Байрамов стал министром?': the title, in the English word it stands for ('стал членом СБ':
            # a membership is what one becomes)
            if fact.kind == "membership":
                return True
            match = RU_BECOMING.search(parsed.folded)
            after = WORD.findall(parsed.folded[match.end() :]) if match else []
            wanted = {english for w in after[:2] if (english := translate(w, "ru")) is not None}
        else:
            match = BECOMING.search(parsed.folded) if parsed.lang in ("en", "fr") else None
            after = WORD.findall(parsed.folded[match.end() :]) if match else []
            wanted = {w for w in after if w not in ALL_STOPWORDS}
        if match is None:
            return True  # (an Azerbaijani title cannot be looked for)
        # a body the fact names, however the question writes it: 'elected to the UNSC' of '… the UN Security Council'
        held = self.index.fact_entities[fact.id]
        wanted -= {
            w
            for m in parsed.entities
            if not held.isdisjoint(m.entity_ids) and "person" not in map(self.index.entities_of_type, m.entity_ids)
            for w in WORD.findall(fold(m.surface))
        }  # (a person is not what one becomes: 'First Lady' names Mehriban Aliyeva, not what she was made in 2004)
        if not wanted:
            return True
        for lang in ("en", "fr"):
            folded = fold(fact.statement.get(lang))
            for verb in BECOMING_STATED.finditer(folded):
                following = WORD.findall(folded[verb.end() :])[:6]
                if wanted & set(following) or {stem(w, lang) for w in wanted} & {stem(w, lang) for w in following}:
                    return True
        return False

    def _qualified(self, parsed: Parsed, candidate: Candidate) -> bool:
        """Whether the fact limits what is asked to a figure: 'only 25% accurate', 'exactes qu'à 25 %'."""
        statement = fold(candidate.fact.statement.get(parsed.lang if parsed.lang == "fr" else "en"))
        return bool(ONLY_FIGURE.search(statement))

    def _lasts(self, parsed: Parsed, fact: Fact) -> bool:
        """For 'how long': the fact gives a duration next to (within six words of) something the question is about,
        or says that what it opens with lasted so long."""
        subject = [
            u
            for u in parsed.units
            if u.kind == "term"
            and not u.stems & (DURATION_STEMS | TIME_UNITS)
            and not BEGIN_OR_END.fullmatch(u.label)  # ('when did the war start and how long did it last?')
        ]
        named = not subject
        if named:  # 'how many years was Azerbaijan on the Security Council?': not the Council's resolutions' 27 years
            subject = [
                replace(u, stems=frozenset(stem(w, lang) for w in tokens(u.label) for lang in ("en", "fr")))
                for u in parsed.units
                if u.kind == "entity" and not u.generic
            ]
        for text, lang in ((fact.statement.en, "en"), (fact.statement.fr, "fr")):
            folded = fold(text)
            positions = {m.start() for m in DURATION.finditer(folded)}
            words = list(WORD.finditer(folded))
            at = [i for i, w in enumerate(words) if w.start() in positions]
            opening = {stem(w.group(), lang) for w in words[:8]}
            for i in at:
                near = {stem(w.group(), lang) for w in words[max(0, i - 6) : i + 7]}
                if not subject or any(u.stems & near for u in subject):
                    return True
                # 'The Second Karabakh War ... lasted 44 days': the duration of what the sentence is about
                # ('... stayed unimplemented for 27 years': what it opens with lasted so long; a name in the opening
                # may only qualify it, 'the Security Council resolutions')
                before = words[i - 1].group() if i > 0 else ""
                lasted = before in LASTED or (before in ("for", "pendant", "durant") and not named)
                if lasted and any(u.stems & opening for u in subject):
                    return True
                # ('İkinci Qarabağ müharibəsi neçə gün davam edib?': the war the fact is about, named in any language)
                if before in LASTED and named and any(set(u.entity_ids) & set(fact.related) for u in subject):
                    return True
        return False

    def _says_what_is_asked(self, candidate: Candidate) -> bool:
        """Every content word of the question is in the fact, or all but one of a fact that covers nearly all of it
        ('who thanked the leaders for the *intercultural* forum', of a fact naming the forum otherwise)."""
        missing = self._missing_words(candidate)
        return not missing or (len(missing) == 1 and candidate.coverage >= ONE_WORD_SHORT_COVERAGE)

    def _bodies_named(self, text: str) -> frozenset[str]:
        """The organisations a text names, or names the things of ('Security Council resolutions': the Council);
        worked out once per text (a figure's description is read for every count question)."""
        cached = self._bodies_cache.get(text)
        if cached is None:
            cached = self._bodies_cache[text] = frozenset(self._read_bodies(text))
        return cached

    def _read_bodies(self, text: str) -> set[str]:
        words = tokens(text)
        # (each shorter start too: 'security council resolutions' is a document, 'security council' the body)
        named = {
            i for end in range(len(words), 0, -1) for m in self.index.match_entities(words[:end]) for i in m.entity_ids
        }
        return {
            a
            for i in named
            for a in (i, *self.index.ancestors(i))
            if self.index.entities_of_type(a) == "organisation" and a not in GENERIC_ENTITIES
        }

    def _counts_what_is_asked(self, parsed: Parsed, candidate: Candidate) -> bool:
        """For 'how many': a figure of the fact that counts what is asked, at least half of its description in the
        question's words ('how many countries are in the Non-Aligned Movement?' is not answered by '179 countries
        supporting the resolution'). A fact whose figures count nothing the question names is left to the other
        checks."""
        fact = candidate.fact
        statement = NON_ALIGNED.sub("", fold(fact.statement.en))
        if NOT_COUNTED.search(parsed.folded) and not (negated_words(statement)[0] or UNDONE.search(statement)):
            return False  # 'how many countries did not support / rejected it?': the sources count only support
        after_words = after_how_many(parsed)
        who = next((w for w in after_words if w not in ("de", "d", "of")), "")
        for asked_people, other_people in (("armenian", "azerbaijani"), ("azerbaijani", "armenian")):
            if NATIONALITY[asked_people].fullmatch(who) and fact.numbers:
                units = " ".join(q.unit.casefold() for q in fact.numbers)
                if other_people in units and asked_people not in units:
                    return False  # 'how many Armenians were killed by mines?': the 30 were Azerbaijani citizens
        bodies = {b for m in parsed.specific_entities for b in self._bodies_named(m.surface)}
        if bodies and candidate.fact.numbers:
            of_others = [
                q
                for q in candidate.fact.numbers
                if (of_body := self._bodies_named(q.unit)) and of_body.isdisjoint(bodies)
            ]
            if len(of_others) == len(candidate.fact.numbers):
                return False  # 'combien de résolutions de l'Assemblée générale ?': not the Council's 4
        asked = {s for u in candidate.covered if u.kind == "term" for s in u.stems}
        # what is counted: the words just after 'how many' ('journalists were injured'), not the setting after
        # them ('during the presidencies'); each must be the same figure's
        if after_words:
            # the next four words that are not stopwords ('combien de journalistes ont été blessés'), up to what
            # sets the scene ('… resolutions were adopted | during its presidencies')
            near_words: list[str] = []
            # (English: the next four words; 'how many years were the 1993 resolutions …' counts years. French
            # auxiliaries push the verb further: 'combien de journalistes ont été blessés'. Russian and Azerbaijani
            # order words more freely: 'сколько лет не выполнялись резолюции'.)
            reach = {"en": 4, "fr": 3}.get(parsed.lang, 2)
            for word in after_words:
                if word in CONTEXT_PREPOSITIONS or word in ("under", "sous", "при") or len(near_words) == reach:
                    break
                if parsed.lang == "en" or word not in ALL_STOPWORDS:
                    near_words.append(word)
            near = set(near_words)
            counted_words = {s for u in candidate.covered if u.kind == "term" and u.label in near for s in u.stems}
            # (what each figure counts, without what it belongs to: 'presidencies', not 'of the Council')
            heads = [
                {stem(w, "en") for w in tokens(q.unit.split(" of ")[0]) if w not in ALL_STOPWORDS}
                for q in candidate.fact.numbers
            ]
            distinct = [words - set().union(*(d for d in heads if d is not words)) for words in heads]
            named = counted_words & set().union(*distinct)
            if named and not any(named <= words for words in distinct):
                return False  # 'journalists injured' of '2 journalists killed' and '130 people injured'
        if parsed.lang != "en" and not self._focus_translated(parsed):
            return True  # the figures are described in English only

        people = bool(asked & self.parser.synonyms_of("people"))
        focus = next((u for u in candidate.covered if u.kind == "term" and u.label == parsed.focus), None)
        if focus is not None and candidate.fact.numbers and parsed.lang in ("en", "fr"):
            # 'how many mines did Armenia plant?' is not '30 citizens killed by mines': what a figure counts is the
            # head of its description, before 'by', 'of' or what happened to them ('combien de blessés': people)
            described_as = [
                (head_stems(q.unit), {stem(w, "en") for w in tokens(q.unit) if w.endswith("ed")})
                for q in candidate.fact.numbers
            ]
            if not any(
                focus.stems & head
                # ('how many mine victims': people killed or injured)
                or (head & PERSONS and (people or focus.stems & happened or focus.stems & {"victim", "casualti"}))
                for head, happened in described_as
            ):
                return False
        if people:
            asked |= PERSONS  # 'how many people': IDPs, citizens, journalists and refugees are people
        if [u for u in candidate.covered if u.kind == "term" and u.label.startswith(("victim", "casualt"))]:
            asked |= PERSONS | {"kill", "injur", "wound"}  # 'how many mine victims': people killed or injured
        for unit in candidate.covered:
            if unit.kind == "entity":
                asked |= {stem(w, "en") for i in unit.entity_ids for w in self._name_words(i)}
        counted = []
        for quantity in candidate.fact.numbers:
            words = {stem(w, "en") for w in tokens(quantity.unit) if w not in ALL_STOPWORDS}
            if words & asked:
                counted.append(words)
        return any(
            len(words & asked) * 2 >= len(words)
            # 'how many people live there' is not answered by 'citizens killed': what happened to them is asked too
            and (not people or bool((words - PERSONS) & asked) or words <= PERSONS)
            for words in counted
        )

    def _focus_translated(self, parsed: Parsed) -> bool:
        """Whether a French, Russian or Azerbaijani 'how many X' has English words for X: a translation ('мин' is
        'mines') or a group of synonyms ('réfugiés' is 'refugees')."""
        focus = [u for u in parsed.units if u.kind == "term" and u.label == parsed.focus]
        if not focus:
            return False
        if parsed.lang == "fr":
            return bool(self.parser.synonyms_of(focus[0].label))
        return parsed.lang in ("ru", "az") and any(s.isascii() and s.isalpha() for s in focus[0].stems)

    def _is_organisation(self, unit: Unit) -> bool:
        return {self.index.entities_of_type(i) for i in unit.entity_ids} <= {"organisation"}

    def _is_place(self, unit: Unit) -> bool:
        """A city or region named as context ("in New York"): its absence weighs, but does not refuse by itself."""
        return {self.index.entities_of_type(i) for i in unit.entity_ids} <= {"place"}

    def _missing_words(self, candidate: Candidate) -> list[Unit]:
        """Content words of the question the fact lacks (not words we cannot read)."""
        return [
            u
            for u in candidate.missing
            if u.kind == "term" or (u.kind == "unknown" and u.weight >= self.index.max_idf * 0.5)
        ]

    @staticmethod
    def _dates_what_is_said(fact: Fact) -> bool:
        """Whether a remark's statement gives its date as that of what it speaks of, not only as the day it was said
        ('told the General Assembly on 23 September 2021 that the Zangezur corridor would open …' does not date an
        opening)."""
        said_on = re.escape(format_date(fact.date, "en")) if fact.date is not None else None
        return (
            said_on is not None
            and re.search(said_on, fact.statement.en) is not None
            and not re.search(rf"{said_on},? (that|about|address)\b|\baddress of {said_on}", fact.statement.en)
        )

    def _dates_event(self, parsed: Parsed, candidate: Candidate) -> bool:
        """For 'when' questions: the fact's date must be the date of what is asked about."""
        fact = candidate.fact
        if fact.date is None:
            # 'when did cooperation with the UN begin?': 'right after the Soviet Union collapsed' is when
            return (
                bool(BEGIN_OR_END.search(parsed.folded))
                and not ENDING.search(parsed.folded)
                and bool(BEGAN_AFTER.search(fact.statement.en))
                and not self._missing_words(candidate)
            )
        if RECOUNTED.search(fact.statement.en):
            return False
        saying = bool(SAYING.search(parsed.folded)) and self._speaker_asked(parsed, fact)
        if (
            ENDING.search(parsed.folded)
            and not saying  # ('when did Aliyev tell the UN the conflict was over?': the day he said so)
            and (fact.kind == "statement" or not ENDING.search(fold(fact.statement.en)))
        ):
            return False  # 'when did the war end?': not the day it began, nor the day someone said it had ended
        if fact.date.is_range and fact.date.inferred and BEGIN_OR_END.search(parsed.folded):
            return False  # 'when did it take over the chairmanship?': the span inferred around it has no start
        if (
            fact.date.is_range
            and fact.date.end.year > fact.date.start.year
            and any(u.stems & PUNCTUAL for u in candidate.covered if u.kind == "term")
        ):
            return False  # 'when was Azerbaijan elected?': one day, not the 2012-2013 term it was elected to
        if (
            fact.kind == "statement"
            and not self._speaker_asked(parsed, fact)
            and not (SAYING.search(parsed.folded) or MENTIONED.search(parsed.folded))
            and not self._dates_what_is_said(fact)
        ):
            return False  # the date of a remark about an event is not the date of the event (unless it says so)
        if self._missing_words(candidate):
            return False  # 'when did Bayramov become minister': the becoming is not in this fact
        if self._asks_founding(parsed):
            if not parsed.specific_entities and self._unnamed_subject(parsed, fact):
                return False  # 'when was the UN founded?': the founding of a body the question does not name
            if parsed.specific_entities and not self._close_together(parsed, candidate):
                return False  # 'when was the Security Council founded?': not 'its resolutions ... the creation of'
        if [u for u in candidate.covered if u.kind == "term"]:
            return True
        if MENTIONED.search(parsed.folded) and reports_talk(fact):
            return True  # 'when did Aliyev mention the Zangezur corridor?': when he spoke of it
        # Only names: 'when was COP29?' needs a fact about the event itself, not one that mentions it.
        things = [
            u
            for u in candidate.covered
            if u.kind == "entity"
            and not u.generic
            and {self.index.entities_of_type(i) for i in u.entity_ids} - {"person"}
        ]
        if things:
            # 'when was the 44-day war?': a fact about the war itself, not a speech that mentions it
            direct = {a for i in fact.entity_ids for a in (i, *self.index.ancestors(i))}
            return fact.kind not in ("statement", "cooperation", "statistic") and any(
                not direct.isdisjoint(u.entity_ids) for u in things
            )
        # 'Quand Baïramov a-t-il vu Guterres ?': two people and nothing else, asked of the meeting between them.
        people = [u for u in candidate.covered if u.kind == "entity" and not u.generic]
        return fact.kind == "meeting" and len({i for u in people for i in u.entity_ids}) >= 2 and len(people) >= 2

    def _negated_in_fact(self, parsed: Parsed, candidate: Candidate) -> bool:
        """True when the fact has a word of the question only negated ('non-permanent') and the question does not
        negate it ('a permanent member?', 'daimi üzv?')."""
        asked_negated = {stem(w, lang) for w in negated_words(parsed.folded)[0] for lang in ("en", "fr")}
        negated, plain = self._negations(candidate.fact)
        if asked_negated & negated:
            return False  # both deny it: 'did he say Nagorno-Karabakh no longer exists as a unit?'
        return any(
            unit.kind == "term" and not unit.stems & asked_negated and unit.stems & negated and not unit.stems & plain
            for unit in candidate.covered
        )

    def _denies_what_fact_states(self, parsed: Parsed, candidate: Candidate) -> bool:
        """An English question that negates a word the fact states plainly: 'is Azerbaijan not a member?'. ('Isn't
        it a member?' expects a yes: its folded 'isn t' is no negation here.)"""
        if parsed.lang != "en":
            return False  # 'n'est-il pas', 'разве не': French and Russian negative questions expect a yes
        asked_negated = {stem(w, "en") for w in negated_words(parsed.folded)[0]}
        negated, plain = self._negations(candidate.fact)
        if any(unit.kind == "term" and unit.stems & asked_negated & negated for unit in candidate.covered):
            return False  # both deny it: 'did Aliyev say there is no Nagorno-Karabakh unit anymore?'
        for unit in candidate.covered:
            if unit.kind == "term" and unit.stems & asked_negated and unit.stems & plain and not unit.stems & negated:
                return True
            # 'was Azerbaijan never on the Security Council?' of a fact that has it there
            words = {stem(w, "en") for w in tokens(unit.label)}
            if unit.kind == "entity" and not unit.generic and words <= asked_negated and not words & negated:
                return True
        return False

    def _statement_names(self, fact: Fact, lang: str) -> tuple[list[str], list[EntityMatch]]:
        """A statement's words in one language and the names found in them, read once per fact."""
        key = (fact.id, lang)
        cached = self._statement_cache.get(key)
        if cached is None:
            words = tokens(fact.statement.get(lang))
            cached = self._statement_cache[key] = (words, self.index.match_entities(words))
        return cached

    def _negations(self, fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
        """The stems a fact's statement and keywords only use negated ('non-permanent', 'does not cooperate'), and
        those its statement uses plainly."""
        cached = self._negation_cache.get(fact.id)
        if cached is None:
            negated: set[str] = set()
            plain: set[str] = set()
            # Keywords name topics ('administrative unit' of a fact saying there is none): they can only negate.
            for text, buckets in (
                (fact.statement.en, (negated, plain)),
                (fact.statement.fr, (negated, plain)),
                (" ; ".join(fact.keywords), (negated, set())),
            ):
                for words, bucket in zip(negated_words(fold(text)), buckets, strict=True):
                    bucket.update(stem(w, lang) for w in words for lang in ("en", "fr"))
            cached = self._negation_cache[fact.id] = (frozenset(negated), frozenset(plain))
        return cached

    def _asks_founding(self, parsed: Parsed) -> bool:
        """'When was X founded / created / opened?': every word of the question but the names says so."""
        terms = [u for u in parsed.units if u.kind == "term"]
        founding = self.parser.synonyms_of("founded")
        return bool(terms) and all(u.stems <= founding for u in terms)

    def _unnamed_subject(self, parsed: Parsed, fact: Fact) -> bool:
        """True when the fact is about a body, programme or event that the question neither names nor describes."""
        stems = {s for u in parsed.units if u.kind == "term" for s in u.stems}
        subjects = [
            i for i in fact.entity_ids if i not in GENERIC_ENTITIES and self.index.entities_of_type(i) != "person"
        ]
        return bool(subjects) and not any({stem(w, "en") for w in self._name_words(i)} & stems for i in subjects)

    def _close_together(self, parsed: Parsed, candidate: Candidate) -> bool:
        """For yes/no: a word of the question and a name of it must sit close together in the statement, when the
        statement holds both (they may be far apart only if the statement says it in other words)."""
        # (the word for the fact's own kind is not what is said of the name: 'the UN-OIC meeting' is the meeting
        # 'on expanding cooperation between the UN and the OIC')
        terms = [
            u
            for u in candidate.covered
            if u.kind == "term" and not (u.kind_word and kind_of(u.label) == candidate.fact.kind)
        ]
        names = [u for u in candidate.covered if u.kind == "entity" and not u.generic]
        talking = set(candidate.fact.participants) if candidate.fact.kind in ("statement", "speech") else set()
        if any(not talking.isdisjoint(u.entity_ids) for u in names):
            return True  # who speaks and who is spoken to stand apart from what is said ('Bayramov stressed to
            # Guterres that ... landmines')
        if not terms or not names:
            return True
        far = False
        for lang in ("en", "fr"):
            words, matches = self._statement_names(candidate.fact, lang)
            stems = [stem(w, lang) for w in words]
            # Both ends of a name: a long name is near what follows its last word.
            named = [m for m in matches for u in names if not set(m.entity_ids).isdisjoint(u.entity_ids)]
            name_at = [edge for m in named for edge in (m.start, m.end - 1)]
            # and its last word again, as 'the Council' after 'Security Council', 'l'Assemblée' after 'Assemblée
            # générale'
            heads = {words[m.end - 1] for m in named if m.end - m.start > 1} | {words[m.start] for m in named}
            name_at += [i for i in range(1, len(words)) if words[i] in heads and words[i - 1] in ARTICLES]
            term_at = [i for i, st in enumerate(stems) for u in terms if st in u.stems]
            if term_at and not name_at and any(u.stems & self.parser.synonyms_of("head") for u in terms):
                far = True  # 'chair the General Assembly?': 'Chairman' of what the statement names, not of it
            if name_at and term_at:
                if min(abs(a - b) for a in name_at for b in term_at) <= NEAR:
                    return True
                opening = [w for w in words[: min(name_at)] if not (w.isdigit() or w in MONTHS or w in DATE_GLUE)]
                if any(w.isdigit() for w in words[: min(name_at)]):
                    # ('On 16 December 2021, the UN General Assembly adopted …': its subject, after its date)
                    opening = [w for w in opening if w not in ARTICLES and w not in ("un", "onu")]
                if (min(name_at) <= 1 or not opening) and candidate.fact.kind not in ("statement", "speech"):
                    # the sentence's subject: 'The Second Karabakh War ... began ... and lasted 44 days', 'In 2015,
                    # Leyla Aliyeva, Vice-President of …, was named FAO Goodwill Ambassador'
                    return True
                # 'cooperates with many agencies, among them UNESCO, ..., the IAEA': a list names what precedes it
                listing = NAMED_AFTER.search(" ".join(words))
                if listing is not None:
                    opens = len(tokens(" ".join(words)[: listing.start()]))
                    if min(term_at) < opens <= min(name_at) and opens - min(term_at) <= 2 * NEAR:
                        return True
                far = True
        return not far

    def _places(self, fact: Fact) -> list[str]:
        """The place a fact gives (a region it is about is not where it happened)."""
        return [fact.place] if fact.place else []

    def _countries_only(self, fact: Fact) -> bool:
        return all(self.index.entities[p].type == "country" for p in self._places(fact))

    def _speaker_asked(self, parsed: Parsed, fact: Fact) -> bool:
        """True when the person who speaks in the fact is named in the question."""
        speaker = self._first_person(fact)
        return speaker is not None and any(speaker in m.entity_ids for m in parsed.entities)

    def _spoke(self, parsed: Parsed, fact: Fact) -> bool:
        """For 'what did X say', X must be the speaker: the first person the statement names."""
        asked = {i for m in parsed.entities for i in m.entity_ids if self.index.entities[i].type == "person"}
        if not asked:
            # 'What did Armenia say?': a country or body speaks in a fact that opens with its name ('Azerbaijan
            # drew attention to ...'); one that only mentions it reports what others said of it.
            said_at = [i for i, word in enumerate(parsed.tokens) if SAID.fullmatch(word)]
            bodies = [
                m
                for m in parsed.specific_entities
                if self.index.entities_of_type(m.entity_ids[0]) != "person"
                # who says: the name just before the verb ('what did Armenia say'), or just after it in French,
                # Russian and Azerbaijani ('qu'a dit l'Arménie', 'что сказала Армения')
                and any(0 <= at - m.end <= 1 or (parsed.lang != "en" and 0 < m.start - at <= 2) for at in said_at)
            ]
            if not bodies:
                return True
            words = tokens(fact.statement.en)[:6]
            opening = [  # (not 'Between Armenia's signing …', a name after a preposition)
                m
                for m in self.index.match_entities(words)
                if m.start == 0 or words[m.start - 1] not in NOT_A_SPEAKER_BEFORE
            ]
            return any(set(b.entity_ids) & set(m.entity_ids) for b in bodies for m in opening)
        speakers = {
            i
            for m in parsed.entities
            if not self._addressed(parsed, m)
            for i in m.entity_ids
            if self.index.entities[i].type == "person"
        }
        first = self._first_person(fact)
        if first is None:  # ('what did Aliyev say at the COVID session?' is not that Azerbaijan called it)
            if set(fact.participants) & (speakers or asked) and SPOKEN_TO.search(fact.statement.en.split(",")[0]):
                return False  # 'At the meeting with Zuev, Azerbaijan drew attention …': not Zuev's words
            return not (speakers or asked).isdisjoint({*fact.participants, *self.index.mentions.get(fact.id, set())})
        return first in (speakers or asked)

    def _addressed(self, parsed: Parsed, match: EntityMatch) -> bool:
        """Whether a name is the one spoken to or with: 'tell Guterres', 'dit à Guterres', 'Гутеррешу',
        'Quterreşə' / 'Quterreşlə'."""
        if match.end > len(parsed.tokens):
            return False  # a name kept from the question before ('et à Aliev ?'): where it stood is not here
        before = parsed.tokens[match.start - 1] if match.start > 0 else ""
        if before in ADDRESSED_AFTER:
            return True
        typed = parsed.typed  # the parser's tokens have their case endings cut: 'Гутеррешу' is 'гутерреш'
        word = typed[match.end - 1] if len(typed) == len(parsed.tokens) else ""
        if parsed.lang == "ru" or script_lang(word) == "ru":
            return len(word) > 4 and word.endswith(("у", "ю"))  # dative: 'Гутеррешу', 'Зуеву'
        if parsed.lang == "az":
            return any(
                word.endswith(suffix) and (word[: -len(suffix)],) in self.index.alias_index for suffix in AZ_TO_OR_WITH
            )
        return False

    def _first_person(self, fact: Fact) -> str | None:
        """The person who acts in the fact: the first it names, unless that one only listens ('Zuev heard a
        detailed account …': the other participant gave it)."""
        text = fact.statement.en
        best: tuple[int, int, str] | None = None
        for ident in fact.participants:
            entity = self.index.entities.get(ident)
            if entity is None:
                continue
            found = [(text.find(n), len(n)) for n in (entity.name.en, *entity.aliases) if n and text.find(n) >= 0]
            if found and (best is None or min(found)[0] < best[0]):
                best = (*min(found), ident)
        if best is None:
            return None
        others = [i for i in fact.participants if i != best[2]]
        if others and LISTENS.match(text[best[0] + best[1] :]):
            return others[0]
        if SPOKEN_TO.search(text[: best[0]]):
            # 'At the meeting with Zuev, Azerbaijan drew attention to …': Zuev is spoken to, the other speaks
            return others[0] if others else None
        return best[2]

    def _role(self, parsed: Parsed, lang: str) -> Answer:
        """'Who is the Secretary-General?': answered from the roles the sources give, or refused."""
        wanted = [u for u in parsed.units if u.kind in ("term", "unknown") or (u.kind == "entity" and not u.generic)]
        roles = self._roles_covering(parsed, wanted)
        best = roles[0] if roles else None
        if best is None:
            ranked = self.candidates(parsed)
            found = self._decide(parsed, ranked)
            if found is not None and self._titles_a_person(parsed, found.fact):
                return self._compose_single(parsed, lang, found, ranked)  # 'FAO attaché Rashad Al-Khafaci'
            return self._refuse(parsed, lang, ranked)
        _, _, entity, role = best
        return self._role_answer(parsed, lang, entity, role)

    def _roles_covering(self, parsed: Parsed, wanted: list[Unit]) -> list[tuple[float, int, Any, Any]]:
        """The roles whose titles hold every wanted word, best first: of roles that cover the question alike, the
        one with the fewest words not asked ('who heads the Foundation?' is its President, not its Vice-President).
        Each is (covered weight, minus the words not asked, entity, role)."""
        asked = {s for u in parsed.units for s in u.stems}
        found: list[tuple[float, int, Any, Any]] = []
        total = sum(u.weight for u in wanted)
        for entity, role, terms, closure, title_terms in self._all_roles:
            if parsed.dates and (role.date is None or not any(q.matches(role.date) for q in parsed.dates)):
                continue  # 'who was president in 1994?': a role the sources date to that time, or none
            covered = sum(
                u.weight
                for u in wanted
                if (u.kind == "entity" and not closure.isdisjoint(u.entity_ids))
                or (u.stems & terms and not self._broken_compound(u.stems & terms, parsed, terms))
            )
            if total and covered / total >= 0.99:
                found.append((covered, -len(title_terms - asked), entity, role))
        return sorted(found, key=lambda r: (-r[0], -r[1]))  # stable: the fact base's order among equals

    @cached_property
    def _all_roles(self) -> list[tuple[Any, Any, frozenset[str], frozenset[str], frozenset[str]]]:
        """Every role the entities hold, with the words and names of its title, worked out once."""
        roles = []
        for entity in self.index.entities.values():
            for role in entity.roles:
                title_terms = frozenset(index_terms(role.title.en, "en"))
                terms = set(title_terms) | set(index_terms(role.title.fr, "fr"))
                if terms & HEAD_TITLES:
                    terms |= self.parser.synonyms_of("head")  # 'who heads the Foundation?': its President
                closure = {i for m in self.index.match_entities(tokens(role.title.en)) for i in m.entity_ids}
                closure |= {a for i in list(closure) for a in self.index.ancestors(i)}
                roles.append((entity, role, frozenset(terms), frozenset(closure), title_terms))
        return roles

    def _role_answer(self, parsed: Parsed, lang: str, entity: Any, role: Any) -> Answer:
        """'Alexander Zuev: UN Assistant Secretary-General ...', cited from the fact that records the role."""
        headline = t("role_answer", lang, name=entity.name.get(lang), role=self._role_text(role, lang))
        # The fact that records the role (a title or award of that person at that date) carries the citation.
        recorded = [
            self.index.facts[f] for f in sorted(self.index.by_entity_direct.get(entity.id, ()))
            if self.index.facts[f].kind in ("title", "award", "membership")
            and role.date is not None and self.index.facts[f].date == role.date
        ] or [
            # else a fact that gives the title beside the name ('... president of the Heydar Aliyev Foundation')
            self.index.facts[f] for f in sorted(self.index.by_entity_direct.get(entity.id, ()))
            if fold(role.title.en) in fold(self.index.facts[f].statement.en)
        ]  # fmt: skip
        if recorded:
            item = self._item(recorded[0], lang, recorded[:1], with_text=False)
            answer = self._answer(parsed, lang, headline, [item], recorded[:1], None, [], confidence=0.85)
            return replace(answer, context={**answer.context, "entities": [entity.id]})
        source_ids = [role.source] if role.source else []
        answer = self._answer(
            parsed, lang, headline, [Item("", (1,) if source_ids else ())], [], None, [], confidence=0.8
        )
        return replace(
            answer,
            sources=tuple(self._role_sources(source_ids, lang)),
            context={**answer.context, "entities": [entity.id]},
        )

    def _holds_role(self, parsed: Parsed, lang: str) -> Answer | None:
        """'Is Zuev the UN Secretary-General?' / 'Bayramov était-il président de l'Azerbaïdjan ?': yes when the
        person holds the title that best fits the words; no, with its holder and the person's own role, when
        someone else does. None when the question is not one person and a title the sources give."""
        people = [
            m for m in parsed.specific_entities if {self.index.entities_of_type(i) for i in m.entity_ids} == {"person"}
        ]
        if negated_words(parsed.folded)[0]:
            return None
        acting = parsed.tokens[:1] in (["did"], ["does"], ["do"], ["has"], ["have"], ["had"]) or re.search(
            r"\b(a|ont|avait) t (il|elle|ils|elles)\b", parsed.folded.replace("-", " ")
        )  # 'did Guterres brief Bayramov?' asks what one did, not whether one is the other
        extra = [u for u in parsed.units if u.kind in ("term", "unknown", "number")]
        shared = sorted(set(people[0].entity_ids) & set(people[1].entity_ids)) if len(people) == 2 else []
        if shared and not acting and extra:
            # 'Zuev était-il sous-secrétaire général aux droits de l'homme ?': his title, but not for that
            holder = self.index.entities[shared[0]]
            role = self._role_named(holder, parsed.text)
            if role is None or parsed.dates:
                return None
            titled = set(index_terms(role.title.en, "en")) | set(index_terms(role.title.fr, "fr"))
            if all(u.kind == "term" and u.stems & titled for u in extra):
                return self._with_prefix(self._role_answer(parsed, lang, holder, role), t("yes", lang))
            if [u for u in extra if u.kind == "number"]:
                return None
            return self._with_prefix(self._role_answer(parsed, lang, holder, role), t("no_but", lang))
        if len(people) == 2 and not acting and not extra:
            # 'Is Zuev the UN Secretary-General?': the title names its holder; is the first the same person?
            first, second = people
            same = sorted(set(first.entity_ids) & set(second.entity_ids))
            holder = self.index.entities[(same or sorted(second.entity_ids))[0]]
            role = self._role_named(holder, second.surface)
            if role is None:
                return None
            if parsed.dates and (role.date is None or not all(q.matches(role.date) for q in parsed.dates)):
                return self._refuse(parsed, lang, self.candidates(parsed))  # a time the sources do not cover
            if same:
                return self._with_prefix(self._role_answer(parsed, lang, holder, role), t("yes", lang))
            return self._not_the_holder(parsed, lang, holder, role, set(first.entity_ids))
        if len(people) != 1:
            return None
        ids = set(people[0].entity_ids)
        wanted = [
            u
            for u in parsed.units
            # ('vice-president of Azerbaijan': Azerbaijan too, not a foundation's vice-president)
            if (u.kind in ("term", "unknown") or (u.kind == "entity" and (not u.generic or of_name(parsed, u))))
            and ids.isdisjoint(u.entity_ids)
        ]
        roles = self._roles_covering(parsed, wanted) if wanted else []
        if parsed.dates and not roles:
            anytime = self._roles_covering(replace(parsed, dates=[]), wanted) if wanted else []
            if [r for r in anytime if r[2].id in ids]:
                # 'was Heydar Aliyev President in 2002?': the sources show him President, not at that time
                return self._refuse(parsed, lang, self.candidates(parsed))
        if not roles:
            if wanted and copula(parsed.tokens, people[0]):
                # 'Was Bayramov the president of the General Assembly?': a title no one holds in the sources is a
                # yes only from a fact that gives it beside his name, not from one that mentions the title
                ranked = self.candidates(parsed)
                if not any(self._titles_a_person(parsed, c.fact) for c in ranked[:3]):
                    return self._refuse(parsed, lang, ranked)
            return None
        best = [r for r in roles if r[:2] == roles[0][:2]]
        own = next((r for r in best if r[2].id in ids), None)
        if own is not None:
            answer = self._role_answer(parsed, lang, own[2], own[3])
            if "(earlier)" in own[3].title.en and NOW.search(parsed.folded):
                return answer  # 'is Guterres still High Commissioner for Refugees?': 'UNHCR (earlier)', no 'yes'
            head = next(
                (w for w in tokens(own[3].title.en) if w not in ALL_STOPWORDS and (w,) not in self.index.alias_index),
                "",
            )
            asked = {s for u in parsed.units for s in u.stems} | set(WORD.findall(parsed.folded))
            if head and not {stem(head, "en"), head} & asked:
                return answer  # 'is Al-Khafaci the head of the FAO?': he is an attaché of its head's office
            if NOW.search(parsed.folded) and not parsed.dates and self._ended(own[3].date):
                # 'is Heydar Aliyev still president?': the sources show him so for 1994-2000, not now
                return self._not_in_sources(
                    parsed, lang, t("only_then", lang, date=format_date(own[3].date, lang)), None, answer
                )
            return self._with_prefix(answer, t("yes", lang))
        return self._not_the_holder(parsed, lang, best[0][2], best[0][3], ids)

    def _not_the_holder(self, parsed: Parsed, lang: str, holder: Any, role: Any, asked: set[str]) -> Answer:
        """'Not according to my sources. Guterres: Secretary-General ... Zuev: Assistant Secretary-General ...'"""
        answer = self._with_prefix(self._role_answer(parsed, lang, holder, role), t("no_but", lang))
        person = self.index.entities[sorted(asked)[0]] if len(asked) == 1 else None
        own = self._role_named(person, parsed.text) if person is not None else None
        if person is not None and own is not None:
            # the person's own role nearest to what was asked: Leyla Aliyeva is FAO, not UNESCO, Goodwill Ambassador
            answer = replace(
                answer,
                headline=f"{answer.headline} "
                + t("role_answer", lang, name=person.name.get(lang), role=self._role_text(own, lang)),
            )
        return replace(answer, intent="yesno")

    def _role_named(self, entity: Any, surface: str) -> Any:
        """The role of `entity` whose title shares most words with `surface` ('UN Secretary-General'), or None."""
        if not entity.roles:
            return None
        words = set(index_terms(surface, detect_language(surface)))
        return max(
            entity.roles,
            key=lambda r: len(words & (set(index_terms(r.title.en, "en")) | set(index_terms(r.title.fr, "fr")))),
        )

    def _titles_a_person(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether the fact gives the title asked right beside a person's name ('FAO attaché Rashad Al-Khafaci'),
        not only as someone unnamed ('visits by the President of the General Assembly')."""
        terms = [u for u in parsed.units if u.kind == "term"]
        if not terms:
            return False
        for lang in ("en", "fr"):
            words, named = self._statement_names(fact, lang)
            people = [m for m in named if self.index.entities_of_type(m.entity_ids[0]) == "person"]
            for i, word in enumerate(words):
                if any(stem(word, lang) in u.stems for u in terms) and any(beside_name(m, i) for m in people):
                    # and what the title is of ('FAO attaché'): 'the president of Armenia' is not 'president
                    # Heydar Aliyev ... Armenia's aggression'
                    bodies = [
                        m
                        for m in parsed.specific_entities
                        if {self.index.entities_of_type(e) for e in m.entity_ids} - {"place"}
                    ]
                    if all(
                        any(beside_name(n, i, 3) and set(n.entity_ids) & set(b.entity_ids) for n in named)
                        for b in bodies
                    ):
                        return True
        return False

    def _role_sources(self, source_ids: list[str], lang: str) -> list[SourceNote]:
        notes = []
        for number, source_id in enumerate(source_ids, start=1):
            source = self.index.base.sources[source_id]
            published = format_date(source.published, lang)
            notes.append(
                SourceNote(number, source_id, source.document, source.publisher.get(lang), source.title, published, ())
            )
        return notes

    def _only_a_title(self, match: Any) -> bool:
        """Whether a person is named only by a title that stands for them ('the UN Secretary-General')."""
        words = set(tokens(fold(match.surface)))
        for ident in match.entity_ids:
            titles = {
                w for role in self.index.entities[ident].roles for w in tokens(fold(f"{role.title.en} {role.title.fr}"))
            }
            if words <= titles | TITLE_GLUE:
                return True
        return False

    def _single(self, parsed: Parsed, lang: str) -> Answer:
        if (
            parsed.intent == "who"
            and asks_who_is(parsed.folded)
            and not [
                m
                for m in parsed.specific_entities
                if {self.index.entities[i].type for i in m.entity_ids} == {"person"} and not self._only_a_title(m)
            ]
        ):
            return self._role(parsed, lang)  # ('who was UN secretary general in 2023?' names a title, not a person)
        ranked = self.candidates(parsed)
        asks_disagreement = bool(DISAGREEMENT.search(parsed.folded))
        best = (self._disputed(parsed, ranked) if asks_disagreement else None) or self._decide(parsed, ranked)
        best = best or self._disputed(parsed, ranked)
        if best is None and parsed.intent == "when" and not parsed.followup and ranked:
            # 'when did Guterres visit Azerbaijan?': a remark recalls the visit, dated only by the day it was made
            recalled = self._decide(replace(parsed, intent="what"), ranked[:1])
            if (
                recalled is not None
                and not [u for u in recalled.missing if not u.generic]
                and recalled.fact.kind == "statement"
                and recalled.fact.date is not None
                and recalled.fact.date.unit == "day"
            ):
                said_on = format_date(recalled.fact.date, lang)
                return self._not_in_sources(parsed, lang, t("recalled_undated", lang, date=said_on), recalled.fact)
        if best is None and parsed.intent == "when" and not parsed.followup and ranked:
            # 'when was Azerbaijan elected to the Security Council?': the sources give its 2012-2013 term only
            top = ranked[0]
            term = top.fact.date
            if (
                term is not None
                and term.is_range
                and term.end.year > term.start.year
                and not top.missing
                and any(u.stems & PUNCTUAL for u in top.covered if u.kind == "term")
                and self._decide(replace(parsed, intent="what"), ranked[:1]) is not None
            ):
                return self._not_in_sources(parsed, lang, t("term_only", lang, date=format_date(term, lang)), top.fact)
        if best is None:
            return self._refuse(parsed, lang, ranked)
        precise = PRECISE_DATE.search(parsed.folded)
        date = best.fact.date
        if precise and date is not None and (date.unit != "day" if precise.group("day") else date.unit == "year"):
            # 'on what exact day was resolution 884 adopted?': the sources give only the year
            return self._not_in_sources(parsed, lang, t("no_exact_date", lang, date=format_date(date, lang)), best.fact)
        return self._compose_single(parsed, lang, best, ranked)

    def _disputed(self, parsed: Parsed, ranked: list[Candidate]) -> Candidate | None:
        """'Was it the 23rd or the 24th?': a fact whose conflicting versions together cover the question; 'do the
        sources agree on the date?': a disputed fact the question is about."""
        if DISAGREEMENT.search(parsed.folded):
            for candidate in ranked[:3]:
                if candidate.fact.conflicts_with and candidate.coverage >= MIN_COVERAGE:
                    return candidate
        if parsed.intent not in ("when", "yesno") and not (parsed.dates or parsed.numbers):
            return None  # ('what did he say about Nagorno-Karabakh there?': his words, not the day in dispute)
        for candidate in ranked[:3]:
            group = [candidate.fact] + [self.index.facts[c] for c in candidate.fact.conflicts_with]
            if len(group) < 2 or (SAYING.search(parsed.folded) and not self._spoke(parsed, candidate.fact)):
                continue  # ('what did Armenia say in 2021?' is not Aliyev's disputed address)
            sides = [{id(u) for u in self._coverage(fact, parsed, ignore_dates=False)[1]} for fact in group]
            covered = set().union(*sides)
            # each side holds part of what is asked, and not the same part: the versions differ on it
            if all(id(u) in covered or u.generic for u in parsed.units) and len({frozenset(s) for s in sides}) > 1:
                return candidate
        return None

    def _compose_single(self, parsed: Parsed, lang: str, best: Candidate, ranked: list[Candidate]) -> Answer:
        fact = best.fact
        conflicting = [self.index.facts[c] for c in fact.conflicts_with if c in self.index.facts]
        if not conflicting and parsed.intent == "when":
            # 'when did Aliyev denounce vaccine nationalism?': said in the address whose date the sources dispute
            conflicting = self._disputed_occasion(fact)
        if conflicting:
            facts = [fact, *conflicting]
            items = [self._item(f, lang, facts, dated=parsed.intent == "when") for f in facts]
            return self._answer(parsed, lang, t("conflict", lang), items, facts, best, [])
        related = self._same_event(best, ranked, parsed) or self._siblings(best, ranked, parsed)
        if related and parsed.intent == "when":
            # 'when did Azerbaijan hold the presidency?': May 2012 first, then October 2013 ('the second one?')
            fact, *related = sorted([fact, *related], key=fact_order)
        notes = self._date_notes(fact, lang, parsed)
        items = [self._item(fact, lang, [fact, *related], with_text=False)]
        items += [self._item(f, lang, [fact, *related]) for f in related]
        headline = fact.statement.get(lang)
        date = fact.date
        if parsed.intent == "when" and date is not None and str(date.start.year) not in headline:
            # 'when did Azerbaijan chair the NAM?': the statement gives no year; the date comes first
            key = "inferred" if date.inferred else ("when_followup" if date.unit == "day" else "when_followup_period")
            first = t(key, lang, date=format_date(date, lang))
            headline = f"{first} {headline}"
            notes = [n for n in notes if n != first]  # (said once, first)
        place = self.index.entities.get(fact.place) if parsed.intent == "where" and fact.place else None
        if place is not None and not self._names_place(headline, place.id):
            # 'where was the 72nd session held?': the statement does not say New York; the place comes first
            headline = f"{t('where_followup', lang, place=place.name.get(lang))} {headline}"
        later = [format_date(f.date, lang) for f in related if f.date is not None and f.date != fact.date]
        if parsed.intent == "when" and later:
            # 'when did Azerbaijan hold the presidency?': May 2012, and October 2013 too
            headline = f"{headline} {t('also_dated', lang, dates=join_names(later, lang))}"
        figure = self._figure_for(parsed, fact) if parsed.intent == "count" else None
        if parsed.dates and (fact.date is None or not all(q.matches(fact.date, strict=True) for q in parsed.dates)):
            figure = None  # 'how many resolutions in 2012?': the 7 of May 2012 and October 2013 is no figure of 2012
        if figure is not None and figure.display() not in " ".join(headline.split()[:3]):
            headline = f"{figure_text(figure, lang)} — {headline}"  # 'how many journalists?': 2 first
        return self._answer(parsed, lang, headline, items, [fact, *related], best, notes)

    def _names_place(self, text: str, place_id: str) -> bool:
        """Whether a text names the place by one of its names ('New York', 'UN Headquarters')."""
        entity = self.index.entities[place_id]
        folded = fold(text)
        names = (entity.name.en, entity.name.fr, *entity.aliases)
        return any(re.search(rf"\b{re.escape(fold(n))}\b", folded) for n in names if len(n) > 2)

    def _counts_others(self, parsed: Parsed, fact: Fact) -> bool:
        """'how many journalists were injured?': a figure of the fact counts journalists (killed) and another the
        injured (people), and none counts both."""
        if parsed.intent != "count" or len(fact.numbers) < 2:
            return False
        asked = {s for u in parsed.units if u.kind == "term" for s in u.stems}
        after = [w for w in after_how_many(parsed) if w not in ALL_STOPWORDS][:1]
        head = {s for u in parsed.units if u.kind == "term" and u.label in after for s in u.stems}
        done = [asked & {stem(w, "en") for w in tokens(q.unit) if w.endswith("ed")} for q in fact.numbers]
        counted = [bool(head & head_stems(q.unit)) for q in fact.numbers]
        return any(done) and any(counted) and not any(d and c for d, c in zip(done, counted, strict=True))

    def _figure_for(self, parsed: Parsed, fact: Fact) -> Any:
        """The one figure of the fact that counts what 'how many' asks (its description shares the most words with
        the question), or None when none or several do."""
        if len(fact.numbers) == 1:
            return fact.numbers[0]
        asked = {s for u in parsed.units if u.kind == "term" for s in u.stems}
        # what happened to them decides first: 'killed' is not the 130 'injured'
        done = [{stem(w, "en") for w in tokens(q.unit) if w.endswith("ed")} for q in fact.numbers]
        if parsed.lang == "fr" and not any(d - {"close", "closed"} for d in done):
            # 'combien de déclarations à la presse ?': the figure the French statement puts before those words
            # ('13 déclarations à la presse', not '3 déclarations présidentielles'; not when figures differ by what
            # happened to those counted: killed or injured is decided below)
            said = fold(fact.statement.fr)
            scores = []
            for q in fact.numbers:
                value = f"{q.value:g}"
                found = re.search(rf"(?<![\d.,]){re.escape(value)}\s+((?:\w+\s+){{0,3}}\w+)", said)
                near = {st for w in (found.group(1).split() if found else []) for st in stems_of(w)}
                scores.append(len(asked & near))
            top = max(scores, default=0)
            if top and scores.count(top) == 1:
                return fact.numbers[scores.index(top)]
        if len({s for d in done for s in asked & d}) > 1:
            return None  # 'how many did mines kill or injure?': two figures, no one of them
        after = [w for w in after_how_many(parsed) if w not in ALL_STOPWORDS][:1]
        head_asked = {s for u in parsed.units if u.kind == "term" and u.label in after for s in u.stems}
        if any(asked & d for d in done):
            numbers = [q for q, d in zip(fact.numbers, done, strict=True) if asked & d]
            fact = replace(fact, numbers=tuple(numbers))
            if len(numbers) == 1:
                return numbers[0]
        by_head = [q for q in fact.numbers if head_asked & head_stems(q.unit)]
        if not any(asked & d for d in done) and parsed.lang != "en" and any(done):
            if len(by_head) == 1 and not head_asked & PERSONS:
                return by_head[0]  # 'для скольких районов?': the 3 regions, the one figure of regions
            return None  # 'tuées', 'погибло': what happened, in words the English descriptions may not have
        if len(by_head) == 1 and not head_asked & PERSONS:
            return by_head[0]  # 'how many resolutions … under Azerbaijan's presidency': 7, not the 2 presidencies
        for words in (asked, asked | PERSONS if asked & self.parser.synonyms_of("people") else asked):
            # what a figure counts is the head of its description: 'journalists killed', not 'citizens killed by
            # mines'; 'people' is any people counted only when no figure says 'people'
            scores = [
                2 * len(words & head_stems(q.unit)) + len(words & {stem(w, "en") for w in tokens(q.unit)})
                for q in fact.numbers
            ]
            top = max(scores, default=0)
            if top and scores.count(top) == 1:
                return fact.numbers[scores.index(top)]
        return None

    def _disputed_occasion(self, fact: Fact) -> list[Fact]:
        """The other sides of a disputed date a fact shares: what was said in an address the sources date
        differently is dated differently too (the fact's own side is the fact itself)."""
        for other in self._reported_with(fact):
            if other.conflicts_with and set(other.related) & set(fact.related):
                return [self.index.facts[c] for c in other.conflicts_with if c in self.index.facts]
        return []

    def _reported_with(self, fact: Fact) -> list[Fact]:
        """The other facts of the same report, day and people: the meeting a remark was made at, what was said at
        a meeting, the address a remark is part of (found through the date index, not by reading every fact)."""
        if fact.date is None:
            return []
        sources = {c.source for c in fact.citations}
        people = set(fact.participants)
        return [
            other
            for other in (self.index.facts[i] for i in self.index.facts_between(fact.date.start, fact.date.end))
            if other.id != fact.id
            and other.date is not None
            and (other.date.start, other.date.end) == (fact.date.start, fact.date.end)
            and sources & {c.source for c in other.citations}
            and people & set(other.participants)
        ]

    def _same_event(self, best: Candidate, ranked: list[Candidate], parsed: Parsed) -> list[Fact]:
        """For counts and numbers, close runners-up that carry the figures the user asked for."""
        if parsed.intent != "count" or best.fact.numbers:
            return []
        for other in [c for c in ranked[:4] if c.fact.id != best.fact.id][:3]:
            if other.fact.numbers and other.coverage >= best.coverage - 0.05:
                return [other.fact]
        return []

    def _siblings(self, best: Candidate, ranked: list[Candidate], parsed: Parsed) -> list[Fact]:
        """Facts of the same kind that answer the question just as well ('when did it chair the Council?')."""
        if parsed.intent == "who" and best.fact.date is not None:
            # 'who spoke for the FAO at the May 2017 forum?': each speaker of that occasion the question fits
            same_occasion = [
                c.fact
                for c in ranked[:6]
                if c.fact.id != best.fact.id
                and c.fact.kind == best.fact.kind
                and c.fact.date == best.fact.date
                and c.coverage >= best.coverage - 1e-9
                and set(c.fact.participants) - set(best.fact.participants)
                and self._acceptable(parsed, c, best)
            ]
            if same_occasion:
                return same_occasion[:3]
        if best.coverage < 0.99 or parsed.intent not in ("when", "what", "who", "where", "about"):
            return []
        # `best` is not always the first of `ranked` (`_decide` may prefer another): never its own sibling.
        return [
            c.fact
            for c in [c for c in ranked[:4] if c.fact.id != best.fact.id][:3]
            if c.coverage >= 0.99
            and c.fact.kind == best.fact.kind
            # ('what date did Aliyev address the Assembly in 2020?': each of his addresses that year)
            and c.score
            >= (
                0.6
                if parsed.intent == "when"
                and set(c.fact.participants) & set(best.fact.participants)
                and c.fact.date != best.fact.date
                else 0.8
            )
            * best.score
            and c.fact.kind not in ("statement", "cooperation")
            and self._acceptable(parsed, c, c)
        ]

    def _date_notes(self, fact: Fact, lang: str, parsed: Parsed) -> list[str]:
        if fact.date is None:
            return []
        if fact.date.inferred:
            return [t("inferred", lang, date=format_date(fact.date, lang))]
        if parsed.intent == "when" and format_date(fact.date, lang) not in fact.statement.get(lang):
            return [t("when", lang, date=format_date(fact.date, lang))]
        return []

    def _yesno(self, parsed: Parsed, lang: str) -> Answer:
        """Yes with the fact; no with the right fact when only the date, figure or place asked about is wrong."""
        instead = self._other_numbered(parsed, lang)
        if instead is not None:
            return instead  # 'was the 2006 resolution adopted at the 61st session?': no, at the 60th
        ranked = self.candidates(parsed)
        if DISAGREEMENT.search(parsed.folded):  # 'les sources sont-elles d'accord sur la date ... ?'
            asked = self._disputed(parsed, ranked)
            if asked is not None:
                return self._compose_single(parsed, lang, asked, ranked)
        held = self._holds_role(parsed, lang)
        if held is not None:
            return held  # 'Is Zuev the Secretary-General?': no, Guterres is; Zuev is Assistant Secretary-General
        disputed = next(
            (
                c
                for c in ranked[:3]
                if c.fact.conflicts_with
                and c.coverage >= MIN_COVERAGE
                # a fact above it that covers the question as well is the one asked about
                and not [b for b in ranked[: ranked.index(c)] if b.coverage >= c.coverage and not b.fact.conflicts_with]
                and not [u for u in c.missing if u.kind == "unknown" or (u.kind == "entity" and not u.generic)]
                and not self._event_only_mentioned(parsed, c.fact)
            ),
            None,
        )  # 'did Azerbaijan join NATO?' is not the disputed date of a speech, however well its words match
        if disputed is not None:
            answer = self._compose_single(parsed, lang, disputed, ranked)  # both sides, cited
            sides = [
                disputed.fact,
                *(self.index.facts[c] for c in disputed.fact.conflicts_with if c in self.index.facts),
            ]
            if all(side.date is not None and all(q.matches(side.date) for q in parsed.dates) for side in sides) and (
                parsed.dates or not BARE_DAY.search(parsed.folded)
            ):  # ('was it on the 24th?': a day the sources dispute, no 'yes')
                # 'did Aliyev speak at the General Assembly in 2021?': both sources say so; only the day differs
                return replace(answer, headline=t("yes_conflict", lang))
            if parsed.dates and not any(
                side.date is not None and q.matches(side.date) for side in sides for q in parsed.dates
            ):
                # 'did Aliyev address the 76th session on 25 September 2021?': neither source says so
                return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
            return answer  # 'on the 23rd?': neither yes nor no
        best = self._decide(parsed, ranked)
        # 'Did Aliyev meet Guterres in Baku?': a fact that gives another place is a no, not a yes.
        # 'C'est vrai que Bakou a eu la présidence ?': a capital as the subject speaks for its country.
        elsewhere = best is not None and any(
            u.kind == "entity" and self._is_place(u) and not as_subject(parsed.folded, u.label) for u in best.missing
        )
        # 'Does Armenia cooperate on demining?': the fact says it does not. A no, with the fact, unless a fact
        # ranked above it says yes.
        opposite = next(
            (
                c
                for c in ranked[:3]
                if self._negated_in_fact(parsed, c) and self._acceptable(parsed, c, ranked[0], negation=False)
            ),
            None,
        )
        if opposite is None and best is not None and self._denies_what_fact_states(parsed, best):
            opposite = best  # 'Is Azerbaijan not a member of the UN?', 'is there still no peace?': it is, there is
        if opposite is not None and (best is None or ranked.index(opposite) <= ranked.index(best)):
            answer = self._compose_single(parsed, lang, opposite, ranked)
            return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
        # 'did he speak in person?' of a fact that does not say so: another fact may say 'by video'
        unconfirmed = best is not None and any(
            asked.search(f" {parsed.folded} ") and not asked.search(f" {fold(best.fact.statement.get(lang))} ")
            for asked, _ in OPPOSITES
        )
        contrary = self._contrary(parsed, lang) if best is None or unconfirmed else None
        if contrary is not None:
            return contrary
        if elsewhere and best is not None and not self._places(best.fact):
            # 'did Bayramov meet Zuev in Baku?': the sources do not say where; neither yes nor no
            return self._refuse(parsed, lang, ranked)
        if best is not None and not (elsewhere and self._places(best.fact)):
            answer = self._compose_single(parsed, lang, best, ranked)
            weekday, day = weekday_in(parsed.folded), best.fact.date
            if weekday is not None and day is not None and day.unit == "day" and day.start.weekday() != weekday:
                # 'did Guterres meet Bayramov on Tuesday 19 September?': it was a Monday
                return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
            sides = self._disputed_occasion(best.fact)
            if sides and any(q.unit == "day" for q in parsed.dates):
                # 'did Aliyev denounce vaccine nationalism on 24 September 2021?': one source dates that address
                # to the 23rd; what each says, not a 'yes'
                answer = self._compose_single(replace(parsed, intent="when"), lang, best, ranked)
                return replace(answer, headline=t("conflict", lang), intent="yesno")
            if [u for u in best.missing if u.label in ("first", "premier", "premiere")] and LATER_ORDINAL.search(
                best.fact.statement.en
            ):
                # 'did Azerbaijan hold its first presidency in October 2013?': it was the second time
                return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
            figure = self._figure_asked(parsed, best.fact)
            if figure == "other":
                # 'did the Council hold 29 public meetings?': 29 were closed; it held 30 public ones
                return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
            if self._qualified(parsed, best) or figure == "mixed" or unconfirmed or self._missing_words(best):
                # (nor is 'did Zuev criticise ...?' of a fact where he says it works well, with no word of blame)
                # 'were the maps accurate?': 'only 25% accurate' is neither a plain yes nor a no; nor is 'did mines
                # kill 130 people?' of '30 killed and 130 injured'
                return answer
            if parsed.dates and self._punctual_of_a_term(parsed, best.fact):
                return self._refuse(parsed, lang, ranked)  # 'elected in 2012?': the sources date the term, not that
            if best.fact.date is not None and best.fact.date.start > self._latest and DONE.search(parsed.folded):
                # 'did Azerbaijan host the World Urban Forum?': the sources, of 2025, speak of it as to come
                date = format_date(best.fact.date, lang)
                return self._not_in_sources(parsed, lang, t("still_to_come", lang, date=date), best.fact)
            still = bool(STILL.search(parsed.folded))
            as_of = best.fact.date or (self._as_of(best.fact) if still else None)
            if (
                as_of is not None
                and NOW.search(parsed.folded)
                and not parsed.dates
                and self._ended(as_of, best.fact, still=still)
            ):
                # 'is Azerbaijan (still) a member of the Security Council?': for 2012-2013; 'are the territories
                # still occupied?' of what was said in 2023: the sources say nothing of now
                date = format_date(as_of, lang) if best.fact.date else str(as_of.end.year)  # (its source's year)
                return self._not_in_sources(parsed, lang, t("only_then", lang, date=date), best.fact)
            if (
                parsed.lang in ("ru", "az")
                and negated_words(NON_ALIGNED.sub("", fold(best.fact.statement.en)))[0]
                and not negated_words(parsed.folded)[0]
                and not re.search(r"(^|\s)(не|без)\w{4,}", parsed.folded)  # ('непостоянным членом?')
            ):
                return answer  # 'no longer has a unit called Nagorno-Karabakh': words read in part may ask the opposite
            if self._countries_swapped(parsed, best.fact):
                # 'did the 1993 resolutions reaffirm Armenia's territorial integrity?': Azerbaijan's
                return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
            # 'l'Azerbaïdjan n'est pas membre de l'ONU ?': a French 'yes' to a negative question is 'Si'
            # ('n'a-t-il pas …?' asks negatively; 'a-t-il dit que … n'existe plus ?' does not: its 'ne' is said)
            own_clause = re.split(r"\bqu(?:e|')?\b", parsed.folded.replace("-", " "), maxsplit=1)[0]
            french_negative = lang == "fr" and re.search(
                r"\bne? ?\w+ (t )?((il|elle|ils|elles|on) )?(pas|jamais|plus)\b", own_clause
            )
            return self._with_prefix(answer, t("si" if french_negative else "yes", lang))
        unknown_names = {fold(n) for n in parsed.unknown_names}
        checkable = [
            u
            for u in parsed.units
            # ('still occupied in 2019?' asks a state then: a fact dated by an event is no answer to it)
            if (u.kind == "date" and not STILL.search(parsed.folded))
            or (u.kind == "number" and u.label not in self._identifiers)
            # 'held in Geneva?': a place we do not know, which the fact's own place contradicts ('meet Biden?' is
            # not contradicted by a meeting with someone else: the sources are silent about Biden)
            or (
                u.kind == "unknown"
                and u.label in unknown_names
                and asked_as_place(parsed.folded, u.label)
                and not u.label.endswith(" session")  # 'à la 78e session': a session the sources lack, not a place
                and not any(c.isdigit() for c in u.label)  # 'at unga77', 'at cop28': an event, not a place
            )
            or (
                u.kind == "entity"
                and {self.index.entities[i].type for i in u.entity_ids} <= {"place", "country"}
                and not u.generic
                and not as_subject(parsed.folded, u.label)  # 'did Armenia start the war?' asks no place
            )
        ]
        if [u for u in parsed.units if u.kind == "unknown" and u.label in unknown_names and u not in checkable]:
            # 'was Georgia the first South Caucasus country on the Council?': Azerbaijan was; else no 'no' about a
            # name the sources never use ('did Putin meet Aliyev in 2025?')
            return self._first_was_another(parsed, lang) or self._refuse(parsed, lang, ranked)
        if checkable:
            relaxed = replace(
                parsed,
                dates=[],
                units=[u for u in parsed.units if u not in checkable],
                intent="what",
            )
            ranked_relaxed = self.candidates(relaxed)
            # Of the facts that answer the rest of the question, the first that gives a date, figure or place.
            differing = (
                c
                for c in self._nearest_first(ranked_relaxed[:3], parsed)
                if self._acceptable(relaxed, c, ranked_relaxed[0], negation=False)
                and self._contradicts(c.fact, checkable, parsed)
            )
            alt = next(differing, None)
            if alt is not None and alt.fact.date is not None and alt.fact.date.unit != "day":
                # ('on 24 October 1995?': the October 1995 speech, dated only to the month, before the 1994 one; a
                # fact dated to the day says no first)
                alt = next(
                    (
                        c
                        for c in differing
                        if c.coverage >= alt.coverage - 1e-9
                        and c.fact.kind == alt.fact.kind
                        and self._only_coarser(c.fact, checkable, parsed)
                        and not self._only_coarser(alt.fact, checkable, parsed)
                    ),
                    alt,
                )
            # Only when the fact the question is about is the one that differs: not a neighbour found by relaxing.
            # (or one that holds every other word and name of the question: 'did Bayramov meet Guterres in 2023?')
            same = alt is not None and (alt.fact.id in {c.fact.id for c in ranked[:5]} or not alt.missing)
            top = ranked[0] if ranked else None
            if same and top is not None and alt is not None and top.fact.id != alt.fact.id:
                # 'was the 2008 resolution adopted by the Security Council?' is about the 2008 one, which holds the
                # date asked and more of the question than the 1993 ones: what differs is who adopted it
                coverage = next((c.coverage for c in ranked if c.fact.id == alt.fact.id), 0.0)
                missing = [u for u in top.missing if u.kind == "entity"]
                figures = [u for u in checkable if u.kind in ("date", "number")]
                same = not (
                    missing
                    and all(self._is_organisation(u) for u in missing)
                    # (what it is about, in words: 'the 2008 resolution'; 'was Azerbaijan on the Security Council in
                    # 2008-2009?' names nothing of the 2008 resolution but its year)
                    and [u for u in top.covered if u.kind == "term"]
                    and figures
                    and top.coverage > coverage
                    and not [u for u in figures if u in top.missing]
                    # (its own date, not a membership that merely lasted into the year asked)
                    and all(top.fact.date is not None and q.matches(top.fact.date) for q in parsed.dates)
                )
            sides = self._disputed_occasion(alt.fact) if alt is not None else []
            days = [f.date for f in sides if f.date is not None]
            if alt is not None and same and any(q.matches(d, strict=True) for d in days for q in parsed.dates):
                # 'did Aliyev announce it on 23 September 2021?': said in the address one source dates so, the
                # other a day later: both sides, and no 'yes' (in September 2021 would be one)
                answer = self._compose_single(replace(relaxed, intent="when"), lang, alt, ranked_relaxed)
                every = all(q.matches(d, strict=True) for d in [*days, alt.fact.date] if d for q in parsed.dates)
                return replace(answer, headline=t("yes_conflict" if every else "conflict", lang), intent="yesno")
            if alt is not None and same and self._other_on_that_date(alt.fact, parsed):
                same = False  # 'did Azerbaijan vote for the 2008 resolution?' is about the 2008 one, not this one
            if alt is not None and same and self._only_coarser(alt.fact, checkable, parsed):
                # 'was resolution 853 adopted on 29 July 1993?': the sources say 1993, neither yes nor no
                date = format_date(alt.fact.date, lang)  # type: ignore[arg-type]
                key = "no_exact_date_inferred" if alt.fact.date.inferred else "no_exact_date"  # type: ignore[union-attr]
                return self._not_in_sources(parsed, lang, t(key, lang, date=date), alt.fact)
            if alt is not None and same and self._within_its_bound(alt.fact, checkable, parsed):
                # 'did 60,000 IDPs return?' of 'more than 53,000': neither yes nor no, the fact as it stands
                return replace(self._compose_single(relaxed, lang, alt, ranked_relaxed), intent="yesno")
            if (
                alt is not None
                and same
                and self._contradicts(alt.fact, checkable, parsed)
                and not self._punctual_of_a_term(parsed, alt.fact)
                and not self._spoke_elsewhere(parsed, alt.fact)
                # ('is Guterres visiting Baku in 2026?': a time after the sources, which a past fact cannot deny; the
                # World Urban Forum, to come in 2026, can say it is not in 2027)
                and not (
                    parsed.dates
                    and all(q.start.year > self._latest.year for q in parsed.dates)
                    and (alt.fact.date is None or alt.fact.date.start <= self._latest)
                )
            ):
                # (not 'elected in 2011?' by the 2012-2013 term, whose election the sources do not date)
                answer = self._compose_single(relaxed, lang, alt, ranked_relaxed)
                return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
        first = self._first_was_another(parsed, lang)
        if first is not None:
            return first  # 'was Armenia the first South Caucasus country elected to the Council?': Azerbaijan was
        swapped = self._someone_else(parsed, ranked)
        if swapped is not None:
            answer = self._compose_single(parsed, lang, swapped, ranked)
            return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
        return self._refuse(parsed, lang, ranked)

    @staticmethod
    def _nearest_first(ranked: list[Candidate], parsed: Parsed) -> list[Candidate]:
        """Of candidates that cover the question alike, the one dated nearest the day asked first: '14 March 2009?'
        is corrected by the 14 March 2008 resolution before the 2006 one (the same day of another year first)."""
        if len(parsed.dates) != 1 or parsed.dates[0].unit != "day" or not parsed.dates[0].year_given:
            return ranked  # (a year or a month asked: the ranking as it is, the term before a meeting in it)
        asked = parsed.dates[0].start

        def distance(c: Candidate) -> tuple[bool, int]:
            if c.fact.date is None:
                return True, 10**6
            start = c.fact.date.start  # ('7 septembre 2007 ?': the 7 September of another year first)
            return (start.month, start.day) != (asked.month, asked.day), abs((start - asked).days)

        return sorted(ranked, key=lambda c: (-round(c.coverage * 20), distance(c)))

    def _first_was_another(self, parsed: Parsed, lang: str) -> Answer | None:
        """'Was Georgia / Armenia the first South Caucasus country on the Security Council?': a fact that says
        another country was the first is a no (only one can be first)."""
        if not [u for u in parsed.units if u.kind == "term" and (u.stems & FIRST_STEMS or u.label in FIRST_STEMS)]:
            return None
        asked = [
            u
            for u in parsed.units
            if (u.kind == "unknown" and u.label in {fold(n) for n in parsed.unknown_names})
            or (u.kind == "entity" and not u.generic and self.index.entities_of_type(u.entity_ids[0]) == "country")
        ]
        words = WORD.findall(parsed.folded) or [""]
        # ('Грузия была первой …?', '… стала Грузия?': the subject said first or last, in Russian)
        said = len(asked) == 1 and fold(asked[0].label) in {
            fold(translate(w, "ru") or w) for w in (words[0], words[-1])
        }
        if len(asked) != 1 or not (as_subject(parsed.folded, asked[0].label) or said):
            return None  # ('was Azerbaijan the first country in Europe …?': Europe is not who was first)
        relaxed = replace(parsed, units=[u for u in parsed.units if u is not asked[0]], intent="what")
        ranked = self.candidates(relaxed)
        for candidate in ranked[:3]:
            fact = candidate.fact
            if (
                re.search(r"\bfirst\b", fact.statement.en)
                and self.index.fact_entities[fact.id].isdisjoint(asked[0].entity_ids)
                and self._acceptable(relaxed, candidate, ranked[0], negation=False)
            ):
                answer = self._compose_single(relaxed, lang, candidate, [candidate])
                return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
        return None

    def _someone_else(self, parsed: Parsed, ranked: list[Candidate]) -> Candidate | None:
        """'Did Heydar Aliyev chair the Council in May 2012?': the fact that holds everything else the question
        asks, pinned by a date, a number or a named event, gives another person or body of the same kind where the
        question names this one. Not for questions with nothing to pin them ('did Aliyev meet Bayramov?' is not
        answered by his meeting with Guterres)."""
        for candidate in ranked[:2]:
            gone = [u for u in candidate.missing if u.kind == "entity" and not u.generic]
            if len(gone) != 1 or len(candidate.missing) != 1 or candidate.coverage < 0.6:
                continue
            if candidate.fact.conflicts_with or [
                u for u in parsed.units if u.kind == "term" and fold(u.label) in MEETING_VERBS
            ]:
                continue  # one meeting does not rule out another; a disputed fact answers with both sides
            kinds = {self.index.entities_of_type(i) for i in gone[0].entity_ids}
            if kinds & {"place", "country"}:
                continue  # a place is checked as a place; 'did Armenia join the UN in 1992?' is not Azerbaijan's
            pinned = [
                u
                for u in candidate.covered
                if u.kind == "date"
                # (an ordinal pins little: 'the second global forum' is not the forum's 'second plenary session')
                or (u.kind == "number" and not u.label.startswith("ord"))
                or (u.kind == "entity" and not u.generic and {self.index.entities_of_type(i) for i in u.entity_ids}
                    - {"person", "country"})
            ]  # fmt: skip
            named = {i for m in parsed.entities for i in m.entity_ids}
            instead = [
                i
                for i in (*candidate.fact.participants, *candidate.fact.organisations)
                if i in self.index.entities and self.index.entities_of_type(i) in kinds and i not in named
            ]
            relaxed = replace(
                parsed,
                units=[u for u in parsed.units if u is not gone[0]],
                entities=[m for m in parsed.entities if set(m.entity_ids) != set(gone[0].entity_ids)],
            )
            if not (pinned and instead):
                continue
            if set(instead) <= {a for g in gone[0].entity_ids for a in self.index.ancestors(g)}:
                continue  # 'on the Security Council in 2004?': a UN member then, which is no other body instead
            again = self.candidates(relaxed)
            found = next((c for c in again[:3] if c.fact.id == candidate.fact.id), None)
            if found is not None and self._acceptable(relaxed, found, again[0], negation=False):
                return candidate
        return None

    def _figure_asked(self, parsed: Parsed, fact: Fact) -> str:
        """Whether a figure the question asserts is the fact's figure of what is asked ('own'), of something else
        ('other': '29 public meetings' of '30 public and 29 closed'), of both ('mixed') or cannot be told ('')."""
        for unit in parsed.units:
            spelt = [i for i, w in enumerate(parsed.tokens) if number_in(w) == unit.label]
            if unit.kind != "number" or not unit.label.isdigit() or not spelt:
                continue
            # the words before the figure and just after it say what it counts: 'kill 130 people', '29 public
            # meetings' (not 'during the presidencies' further on)
            after = parsed.tokens[spelt[0] + 1 : spelt[0] + 6]
            cut = next((i for i, w in enumerate(after) if w in CONTEXT_PREPOSITIONS), len(after))
            near = set(parsed.tokens[: spelt[0] + 1] + after[:cut])  # ('7 resolutions | during the presidencies')
            words = {s for u in parsed.units if u.kind == "term" and u.label in near for s in u.stems}
            quantities = {q.unit: set(index_terms(q.unit, "en")) for q in fact.numbers}
            asked = [q for q in fact.numbers if q.value == int(unit.label)]
            if not asked or len(quantities) < 2:
                continue
            own = quantities[asked[0].unit]
            # what the others count, without what they belong to: the Council of 'presidencies of the Council'
            # is no other figure's word in 'did the Council hold 30 public meetings?'
            others = set().union(
                *(set(index_terms(name.split(" of ")[0], "en")) for name in quantities if name != asked[0].unit)
            )
            # who or what is counted first: '30 journalists' names the head of another figure ('2 journalists
            # killed'), whatever happened to them
            heads = set().union(*(head_stems(name) for name in quantities if name != asked[0].unit))
            heads -= {"peopl", "person"}  # (people are any of them: 'did mines kill 30 people?')
            if words & (heads - head_stems(asked[0].unit)) and not words & head_stems(asked[0].unit):
                return "other"
            mine = bool(words & (own - others))  # 'closed' of '29 closed meetings', not the shared 'meetings'
            theirs = bool(words & (others - own))
            done = {s for s in own if s in DONE_TO}  # what happened to them decides: '30 people killed' is the
            other_done = {s for s in others if s in DONE_TO} - done  # 30 citizens killed, not the 130 injured
            if words & done and not words & other_done:
                return "own"
            if words & other_done and not words & done:
                return "other"
            if theirs:
                return "mixed" if mine else "other"
            return "own" if mine else ""
        return ""

    def _event_only_mentioned(self, parsed: Parsed, fact: Fact) -> bool:
        """'was the second Karabakh war in 2021?': the war is asked about, and a 2021 speech only speaks of it (an
        event the question names that the fact neither is nor takes part in)."""
        own = set(fact.related) | set(fact.organisations) | set(fact.participants)
        return any(
            self.index.entities_of_type(i) == "event" and i not in own
            for m in parsed.specific_entities
            for i in m.entity_ids
        ) and not any(i in own for m in parsed.specific_entities for i in m.entity_ids)

    def _choice(self, parsed: Parsed, lang: str) -> Answer | None:
        """'How did Aliyev address the 76th session, in person or by video?': the fact that says one side, found
        without the words of either (the 'person' of 'in person' is not the people a mine killed); a refusal when
        the facts about it say neither; None when the question offers no such choice."""
        folded = f" {parsed.folded} "
        if not OR.search(folded):
            return None  # ('a-t-elle soutenu les initiatives contre la COVID ?' offers no choice)
        for one, other in OPPOSITES:
            if "after" in one.pattern or not (one.search(folded) and other.search(folded)):
                continue  # (before or after a date is a question of dates)
            gone = {
                s
                for found in (one.search(folded), other.search(folded))
                if found is not None
                for w in WORD.findall(found.group(0))
                for s in (w, stem(w, "en"), stem(w, "fr"))
            }
            relaxed = replace(parsed, units=[u for u in parsed.units if not (u.stems & gone or u.label in gone)])
            ranked = self.candidates(relaxed)
            for candidate in ranked[:3]:
                statement = f" {fold(candidate.fact.statement.get(lang))} "
                if bool(one.search(statement)) != bool(other.search(statement)) and self._acceptable(
                    relaxed, candidate, ranked[0]
                ):
                    fact = candidate.fact  # this fact alone: a dispute over its date is no dispute over how
                    item = self._item(fact, lang, [fact], with_text=False)
                    notes = self._date_notes(fact, lang, relaxed)
                    return self._answer(relaxed, lang, fact.statement.get(lang), [item], [fact], candidate, notes)
            return self._refuse(parsed, lang, ranked)
        return None

    def _contrary(self, parsed: Parsed, lang: str) -> Answer | None:
        """'Did Guterres criticise the chairmanship?' of a fact where he praised it, 'after his talks?' of one
        before them, 'in person?' of one by video: a no, with the fact that says the opposite."""
        folded = f" {parsed.folded} "
        for asked, opposite in OPPOSITES:
            said = asked.search(folded)
            if said is None or opposite.search(folded):
                continue  # ('by video or in person?' offers both: neither is contradicted)
            words = WORD.findall(said.group(0))
            gone = {s for w in words for s in (w, stem(w, "en"), stem(w, "fr"))}
            # ('in person in New York?': where he would have been is part of what the fact denies)
            relaxed = replace(
                parsed,
                units=[
                    u
                    for u in parsed.units
                    if not (u.stems & gone or u.label in words or (u.kind == "entity" and self._is_place(u)))
                ],
            )
            ranked = self.candidates(relaxed)
            for candidate in ranked[:3]:
                statement = f" {fold(candidate.fact.statement.get(lang))} "
                if (
                    opposite.search(statement)
                    and not asked.search(statement)
                    and self._acceptable(relaxed, candidate, ranked[0])
                ):
                    fact = candidate.fact  # this fact alone: what it says is the no, whatever else is disputed
                    item = self._item(fact, lang, [fact], with_text=False)
                    notes = self._date_notes(fact, lang, relaxed)
                    answer = self._answer(relaxed, lang, fact.statement.get(lang), [item], [fact], candidate, notes)
                    return replace(self._with_prefix(answer, t("no_but", lang)), intent="yesno")
        return None

    def _other_on_that_date(self, fact: Fact, parsed: Parsed) -> bool:
        """True when another fact of the same kind has the date the question gives."""
        if fact.date is None or any(q.matches(fact.date, strict=True) for q in parsed.dates):
            return False  # the date fits this fact: what differs is a figure or a place
        names = [m.entity_ids for m in parsed.specific_entities]
        return any(
            other != fact.id
            and self.index.facts[other].kind == fact.kind
            and any(q.matches(self.index.facts[other].date, strict=True) for q in parsed.dates)  # type: ignore[arg-type]
            and all(not self.index.fact_entities[other].isdisjoint(ids) for ids in names)
            for query in parsed.dates
            for other in self._facts_on(query)
        )

    def _contradicts(self, fact: Fact, checkable: list[Unit], parsed: Parsed) -> bool:
        """True when the fact gives its own date, figure or place where the question asserts another."""
        for unit in checkable:
            if (
                unit.kind == "date"
                and fact.date is not None
                and not (RECOUNTED.search(fact.statement.en) and not self._speaker_asked(parsed, fact))
                # (what someone said is dated by the saying: 'did Azerbaijan host COP29 in 2021?' is not denied by
                # Guterres's congratulations of 2025, unless he is who the question is about)
                and not (fact.kind == "statement" and not self._speaker_asked(parsed, fact))
            ):
                # a date only inferred to a month does not contradict a day within it ('on 26 May 2023?')
                if not any(
                    q.matches(fact.date, strict=not fact.date.inferred)
                    or held_during(fact, q, parsed.folded)
                    or self._member_then(fact, q, parsed)
                    for q in parsed.dates
                ):
                    return True  # (a recollection's date is when it was told: it says nothing of the event's)
            elif unit.kind == "number" and (fact.numbers or states_number(fact)):
                if fact.id not in self.index.by_number.get(unit.label, ()):
                    return True
            elif fact.kind in ("statement", "statistic") and (
                unit.kind == "unknown" or not {self.index.entities_of_type(i) for i in unit.entity_ids} & {"country"}
            ):
                continue  # ('in New York?': its place is what it speaks of, the mines' lands, not where it was said)
            elif unit.kind == "unknown":
                return bool(self._places(fact))  # the fact says where, and it is not the place asked about
            elif unit.kind == "entity" and self._places(fact):
                places = set(self._places(fact))
                within = {a for i in unit.entity_ids for a in self.index.ancestors(i)}
                places |= {a for p in list(places) for a in self.index.ancestors(p)}
                if places.isdisjoint(unit.entity_ids) and places.isdisjoint(within):
                    return True  # (not 'in Baku?' of a fact that gives only Azerbaijan: it may well be there)
        return False

    def _within_its_bound(self, fact: Fact, checkable: list[Unit], parsed: Parsed) -> bool:
        """True when the only figure that differs could be the fact's own, given only as a bound or roughly:
        60,000 or 50,000 of 'more than 53,000', 150,000 of 'about 160,000'."""
        figures = [u for u in checkable if u.kind == "number" and u.label.isdigit()]
        if not figures or self._contradicts(fact, [u for u in checkable if u not in figures], parsed):
            return False
        bounds = {m.group("number"): bool(m.group("above")) for m in BOUND.finditer(normalise_numbers(parsed.folded))}
        for unit in figures:
            asked = int(unit.label)
            if unit.label in bounds:
                # 'fewer than 50,000?' of 'more than 53,000' is a no; 'fewer than 60,000?', 'more than 100,000?'
                # may be so or not
                above = bounds[unit.label]
                if not any(
                    (q.qualifier == "over" and (above or asked > q.value))
                    or (q.qualifier == "under" and (not above or asked < q.value))
                    for q in fact.numbers
                    if q.value >= 10
                ):
                    return False
                continue
            if not any(
                (q.qualifier in ("over", "under") and asked > 0)
                or (q.qualifier in ("about", "almost") and abs(asked - q.value) <= q.value * 0.1)
                for q in fact.numbers
                if q.value >= 10 and 0.5 * q.value <= asked <= 2 * q.value
            ):
                return False
        return True

    def _only_coarser(self, fact: Fact, checkable: list[Unit], parsed: Parsed) -> bool:
        """True when the fact differs from the question only by a date too coarse to tell (a day of the year the
        fact gives) or only inferred, with every figure and place asked agreeing."""
        if fact.date is None or not parsed.dates or RECOUNTED.search(fact.statement.en):
            return False
        # a span the curator inferred around the fact ('shown in 2020 and still in 2022') rules out no other year
        vague = fact.date.is_range and fact.date.inferred
        if not vague and not all(q.matches(fact.date) or q.may_fall_within(fact.date) for q in parsed.dates):
            return False
        others = [u for u in checkable if u.kind != "date"]
        return not self._contradicts(fact, others, parsed) and self._contradicts(fact, checkable, parsed)

    def _with_prefix(self, answer: Answer, prefix: str) -> Answer:
        if not answer.answered:
            return answer
        return replace(answer, headline=f"{prefix} {answer.headline}")

    def _list(self, parsed: Parsed, lang: str) -> Answer | None:
        selected = self._filter(parsed)
        if selected is None:
            return None
        if not selected:
            if parsed.dates and parsed.intent == "on_date" and not parsed.kind_hint:
                return self._nothing_on(parsed, lang)
            if self._ordered_by_number(parsed, set()) is not None:
                # 'resolutions after 884' and none is: no fact answers it, however many mention 884
                return self._refuse(parsed, lang, self.candidates(parsed))
            return None
        selected.sort(key=fact_order)
        selected = selected[:LIST_LIMIT]
        if (
            len(selected) == 1
            and parsed.kind_hint
            and HOW_OFTEN.search(parsed.folded)
            and re.search(r"\b(conferences|meetings|sessions|forums|events|visits)\b", selected[0].statement.en)
        ):
            # 'how many times were the Green Week conferences held?': one fact about a series, not one conference
            return self._not_in_sources(parsed, lang, t("times_not_counted", lang), selected[0])
        # 'what happened on 24 September 2021?': the address another source dates the 23rd is listed too, and the
        # disagreement said
        for other in [c for f in selected for c in f.conflicts_with]:
            if other in self.index.facts and self.index.facts[other] not in selected:
                selected.append(self.index.facts[other])
        if parsed.intent == "on_date" and parsed.dates:
            query = parsed.dates[0]
            written = format_query(query, lang)
            if query.is_open:
                headline = t("open_period_head", lang, date=written[:1].upper() + written[1:])
            else:
                headline = t("on_date_head" if query.unit == "day" else "in_period_head", lang, date=written)
        else:
            headline = self._list_headline(parsed, lang, selected)
        items = [self._item(f, lang, selected, dated=True) for f in selected]
        confidence = 0.9 if parsed.specific_entities or parsed.dates else 0.75
        return self._answer(
            parsed, lang, headline, items, selected, None, self._conflict_notes(selected, lang), confidence=confidence
        )

    def _list_headline(self, parsed: Parsed, lang: str, facts: Sequence[Fact]) -> str:
        """'Meetings — António Guterres (2):', 'Resolutions — UN Security Council, 1993 (4):'."""
        plural = KIND_PLURALS.get(parsed.kind_hint or "", KIND_PLURALS[""])
        count = len(facts)
        # an ambiguous name ('Aliyev') is named as those the listed facts are about
        about = [i for f in facts for i in self.index.fact_entities[f.id]]
        names = []
        for match in parsed.specific_entities:
            found = sorted((i for i in match.entity_ids if i in about), key=lambda i: -about.count(i))
            names += [self.index.entities[i].name.get(lang) for i in found or match.entity_ids[:1]]
        label = plural[1] if lang == "fr" else plural[0]
        if names:
            label += " — " + join_names(names, lang)
        if parsed.dates:
            label += ", " + format_query(parsed.dates[0], lang)
        if parsed.kind_hint and HOW_OFTEN.search(parsed.folded):
            # 'how many times did Aliyev address the General Assembly?': the addresses, not the entries about them
            occasions = occasions_of(facts)
            if occasions < count:
                n = t("occasion", lang) if occasions == 1 else t("occasions", lang, n=occasions)
                return t("occasions_head", lang, n=n, label=label, count=count)
            # ('combien de fois l'Azerbaïdjan a-t-il présidé le Conseil ?': the number first, as a count leads)
            listed = f"{label} ({count}) :" if lang == "fr" else f"{label} ({count}):"
            return t("counted_head", lang, count=count, label=listed)
        return f"{label} ({count}) :" if lang == "fr" else f"{label} ({count}):"

    def _conflict_notes(self, facts: Sequence[Fact], lang: str) -> list[str]:
        """A list that holds two sides of a disagreement says so."""
        ids = {f.id for f in facts}
        if any(other in ids for f in facts for other in f.conflicts_with):
            return [t("conflict_list", lang)]
        return []

    def _filter(self, parsed: Parsed) -> list[Fact] | None:
        """Facts meeting every constraint of a list question; None when the question has no constraint."""
        index = self.index
        pools: list[set[str]] = []
        for unit in parsed.units:
            if unit.kind == "entity" and not unit.generic:
                pool: set[str] = set()
                for ident in unit.entity_ids:
                    pool |= index.by_entity.get(ident, set())
                pools.append(pool)
        if parsed.dates:
            pools.append({fid for q in parsed.dates for fid in self._facts_on(q)})
        kind = parsed.kind_hint
        if kind == "event" and parsed.intent == "on_date":
            kind = None  # 'events of 19/09/2022': whatever happened that day, not only facts filed as events
        if kind:
            kinds = {kind} | ({"title", "award"} if kind == "award" else set())
            pools.append({fid for k in kinds for fid in index.by_kind.get(k, set())})
        # The word naming the kind ('titles', 'resolutions') does not narrow the list; another word of it does
        # ('presided' among titles, 'forums' among conferences).
        terms = [u for u in parsed.units if u.kind == "term" and not (kind and names_kind(u.label, kind))]
        if [u for u in parsed.units if u.kind == "unknown" and u.weight >= index.max_idf * 0.5] or not pools:
            return None
        selected = set.intersection(*pools)
        ordered = self._ordered_by_number(parsed, selected)
        if ordered is not None:
            selected = ordered
            terms = [u for u in terms if not RELATIONAL.search(u.label)]
        if terms and selected:
            # Other words narrow the list when some facts have them; they do not empty it.
            total = sum(u.weight for u in terms)
            narrowed = {
                fid
                for fid in selected
                if sum(u.weight for u in terms if u.stems & index.fact_terms.get(fid, frozenset())) >= total / 2
            }
            selected = narrowed or selected
        return [index.facts[f] for f in selected]

    def _ordered_by_number(self, parsed: Parsed, selected: set[str]) -> set[str] | None:
        """'Resolutions after 853': the selected facts whose own number comes after (or before) the one asked;
        None when the question does not order by a number."""
        numbers = [u for u in parsed.units if u.kind == "number"]
        relational = [u.label for u in parsed.units if u.kind in ("term", "unknown") and RELATIONAL.search(u.label)]
        if len(numbers) != 1 or len(relational) != 1 or not numbers[0].label.isdigit():
            return None
        asked = int(numbers[0].label)
        later = relational[0] in LATER_WORDS
        found = set()
        for fid in selected:
            own = OWN_NUMBER.search(self.index.facts[fid].statement.en)
            if own and int(own.group(1)) != asked and (int(own.group(1)) > asked) == later:
                found.add(fid)
        return found

    def _nothing_on(self, parsed: Parsed, lang: str) -> Answer:
        query = parsed.dates[0]
        dated = [self.index.facts[f] for f in self.index.dated_facts()]
        if query.year_given:
            nearest = sorted(dated, key=lambda f: abs((f.date.start - query.start).days))[:3]  # type: ignore[union-attr]
        else:
            nearest = sorted(dated, key=lambda f: day_distance(f, query))[:3]
        nearest.sort(key=fact_order)
        key = "refuse_date" if query.unit == "day" else "refuse_period"
        on = [f for f in dated if query.matches(f.date, strict=True)]  # type: ignore[arg-type]
        if on:
            # 'what did Aliyev say at the UN?', then 'and three days later?': the war began that day; nothing of
            # what was asked happened then
            nearest, key = sorted(on, key=fact_order)[:3], f"{key}_asked"
        headline = t(key, lang, date=format_query(query, lang))
        items = [self._item(f, lang, nearest, dated=True) for f in nearest]
        notes = [] if on else [t("nearest", lang)]
        answer = self._answer(parsed, lang, headline, items, nearest, None, notes, confidence=0.0)
        return replace(
            answer,
            answered=False,
            context={**answer.context, "shown": bool(on)},
            notes=tuple(notes),
            suggestions=tuple(self._suggestion(f, lang) for f in nearest),
        )

    def _about(self, parsed: Parsed, lang: str) -> Answer | None:
        specific = parsed.specific_entities or list(parsed.entities)
        if not parsed.specific_entities and len(specific) > 1 and asks_about(parsed.folded):
            # 'tell me about Azerbaijan and the UN': the two the whole fact base is about, so its milestones
            specific = [m for m in specific if "azerbaijan" in m.entity_ids][:1] or specific
        if len(specific) != 1:
            return None
        own = {w for i in specific[0].entity_ids for w in self._name_words(i)}
        if [u for u in parsed.units if u.kind in ("term", "unknown", "number") and u.label not in own]:
            return None  # 'c'est quoi le programme Grand Retour ?': 'programme' is part of the name
        ids = specific[0].entity_ids
        ranked_ids = sorted(ids, key=lambda i: -len(self.index.by_entity.get(i, ())))
        entity = self.index.entities[ranked_ids[0]]
        facts = [self.index.facts[f] for f in self.index.by_entity_direct.get(entity.id, set())]
        if entity.id in GENERIC_ENTITIES:
            # Everything names Azerbaijan and the UN: show the milestones, not every fact.
            facts = [f for f in facts if KIND_PRIOR.get(f.kind, 0.0) >= 0.35]
        facts.sort(key=fact_order)
        facts = facts[:LIST_LIMIT]
        name = entity.name.get(lang)
        headline = t("card", lang, name=name, description=entity.description.get(lang)) if entity.description else name
        notes: list[str] = []
        roles = [self._role_text(r, lang) for r in entity.roles]
        if roles:
            headline += "\n" + t("about_roles", lang, roles="; ".join(roles))
        if len(ranked_ids) > 1:
            others = [self.index.entities[i].name.get(lang) for i in ranked_ids[1:]]
            notes.append(t("ambiguous", lang, names=join_names(others, lang)))
        items = [self._item(f, lang, facts, dated=True) for f in facts]
        notes += self._conflict_notes(facts, lang)
        answer = self._answer(parsed, lang, headline, items, facts, None, notes, confidence=0.9)
        suggestions = tuple(
            Suggestion(self.index.entities[i].name.get(lang), self.index.entities[i].name.get(lang))
            for i in ranked_ids[1:4]
        )
        return replace(answer, suggestions=suggestions, context={**answer.context, "entity": entity.id})

    def _name_words(self, entity_id: str) -> set[str]:
        """The words of an entity's names and aliases, and the word for its type ('programme', 'forum')."""
        entity = self.index.entities[entity_id]
        names = (entity.name.en, entity.name.fr, *entity.aliases)
        return {w for name in names for w in tokens(name)} | TYPE_WORDS.get(entity.type, set())

    def _role_text(self, role: Any, lang: str) -> str:
        if role.date is not None:
            return t("role_dated", lang, title=role.title.get(lang), date=format_date(role.date, lang))
        return str(role.title.get(lang))

    # ===== follow-ups ========================================================================================
    def _followup(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer | None:
        """Answer a question that leans on the previous answer, or None to treat it as a new question."""
        card = self._card_of_previous_person(parsed, context, lang)
        if card is not None:
            return card  # 'who congratulated Azerbaijan?', 'what was his job again?': Zuev's role
        if WHAT_ELSE.match(parsed.folded) and context.get("question"):
            return self._what_else(context, lang)  # 'what did Guterres congratulate him on?', 'and what else?'
        done_else = self._else_of_person(parsed, context, lang)
        if done_else is not None:
            return done_else  # 'who is the FAO Goodwill Ambassador?', 'what else did she do with the UN?'
        if (
            HOW_OFTEN.search(parsed.folded)
            and context.get("question")
            and not [u for u in parsed.units if not u.generic]
        ):
            # 'did Azerbaijan preside over the Security Council?', 'how many times?': the previous question, counted
            counted = self._merge(context, parsed, keep_entities=True)
            if counted.answered:
                return counted
        previous = [self.index.facts[f] for f in context.get("facts", []) if f in self.index.facts]
        if (
            previous
            and WHICH_POST.match(parsed.folded)
            and not parsed.specific_entities
            and not self._names_title_holder(parsed, previous[0])
        ):
            # 'fərmanı hansı prezident imzalayıb?' of a decree 'of the President of Azerbaijan': not named there
            return self._not_in_sources(parsed, lang, t("no_people", lang), previous[0])
        step = BEFORE_OR_AFTER_THAT.match(parsed.folded)
        if step is not None and previous:
            # 'What did Heydar Aliyev say at the UN in 1995?', 'and before that?': his speech before it
            series = self._series(previous[0])
            if previous[0] in series:
                at = series.index(previous[0]) + (-1 if step.group("before") else 1)
                if 0 <= at < len(series):
                    return self._given(parsed, lang, series[at])
                none = t("none_before" if step.group("before") else "none_after", lang)
                return self._not_in_sources(parsed, lang, none, previous[0])
            beside = self._next_on_the_day(previous[0], after=not step.group("before"))
            if beside is not None:
                # 'what did Aliyev do before his talks with Guterres?' (the guest book), 'and after that?': the photo
                # the sources place after the signing
                return self._given(parsed, lang, beside)
            return self._refuse(parsed, lang, [])  # (no series: not whatever fact says 'after')
        listed = [self.index.facts[f] for f in context.get("list", []) if f in self.index.facts]
        if parsed.ordinal is not None and not listed and previous:
            # 'резолюция 822' then 'а вторая?': the second of its series; of what the 2006 and 2008 resolutions
            # demanded, 'а первая когда была?': the first of the two it sums up
            listed = self._series(previous[0]) or self._summed_up(previous[0])
        shown = previous[0].date if previous else None
        summing = [
            f
            for f in listed
            if shown is not None and f.date is not None and f.date.is_range and f is not previous[0]
            and f.date.start <= shown.start and shown.end <= f.date.end
        ]  # fmt: skip
        if parsed.ordinal is not None and summing and len(self._series(previous[0])) >= 2:
            # 'the 2006 resolution' (shown with what the 2006 and 2008 ones said together), 'and the second one?':
            # the second of its series, 2008, not that summary
            listed = self._series(previous[0])
        listed_kinds = {f.kind for f in listed}
        other_words = [
            u
            for u in parsed.units
            if u.kind in ("term", "unknown")
            and not EARLIEST.fullmatch(u.label)
            and not (u.kind_word and kind_of(u.label) in listed_kinds)
        ]
        if parsed.ordinal is not None and listed and not (parsed.intent == "who" and other_words):
            # ('the second one' of the General Assembly resolutions: 2008, not counting the fact that sums both up;
            # 'who was the first ambassador there?' is no pick among the facts shown)
            listed = [f for f in listed if not sums_up(f, listed)] or listed
            position = parsed.ordinal - 1 if parsed.ordinal > 0 else len(listed) - 1
            if 0 <= position < len(listed):
                fact = listed[position]
                item = self._item(fact, lang, [fact], with_text=False)
                notes = self._date_notes(fact, lang, parsed)
                picked = self._answer(
                    parsed, lang, fact.statement.get(lang), [item], [fact], None, notes, confidence=0.85
                )
                # 'the first one?' then 'and the second?': the list stays the one to pick from
                return replace(picked, context={**picked.context, "list": [f.id for f in listed]})
        if (
            parsed.ordinal is not None
            and len(previous) == 1
            and not (parsed.specific_entities or parsed.dates)
            and BARE_ORDINAL.match(parsed.folded)
        ):
            # 'and the second one?' after the one Guterres-Bayramov meeting: nothing to count in, not a fact that
            # speaks of 'the second Karabakh war'
            return self._not_in_sources(parsed, lang, t("no_series", lang), previous[0])
        whole = OUT_OF_HOW_MANY.match(parsed.folded)
        among = re.search(r"\bout of (\d[\d,]*)", previous[0].statement.en) if previous and whole else None
        if among is not None:
            # 'ranked 55th out of 165 countries', 'out of how many?': the 165
            total = int(among.group(1).replace(",", ""))
            figure = next((q for q in previous[0].numbers if q.value == total), None)
            if figure is not None:
                item = self._item(previous[0], lang, [previous[0]], with_text=False)
                headline = f"{figure_text(figure, lang)} — {previous[0].statement.get(lang)}"
                return self._answer(parsed, lang, headline, [item], [previous[0]], None, [], confidence=0.85)
        if previous and OTHER_ONES.search(parsed.folded) and not (parsed.specific_entities or parsed.dates):
            # 'res 874', then 'and the other ones?': the rest of its series (822, 853, 884)
            rest = [f for f in self._series(previous[0]) if f.id != previous[0].id]
            if rest:
                as_list = replace(parsed, intent="list", kind_hint=rest[0].kind)
                items = [self._item(f, lang, rest, dated=True) for f in rest]
                headline = self._list_headline(as_list, lang, rest)
                return self._answer(as_list, lang, headline, items, rest, None, [], confidence=0.8)
        pair = listed if len(listed) == 2 else previous
        if OTHER_ONE.search(parsed.folded) and len(pair) == 2 and not parsed.specific_entities:
            # 'and the other one?' after the 2006 resolution (and 2008 too): the one not told first
            fact = pair[1] if previous and pair[0].id == previous[0].id else pair[0]
            chosen = Candidate(fact, 1.0, 1.0, [], [])
            return self._compose_single(
                replace(parsed, intent=str(context.get("intent") or "what")), lang, chosen, [chosen]
            )
        if (
            # ('at whose initiative?', 'à l'initiative de qui ?'; not 'il a proposé quoi ?')
            (parsed.intent == "who" or (len(parsed.tokens) <= 4 and not WHAT_WORD.search(parsed.folded)))
            and previous
            and not parsed.specific_entities
            and ASKS_INITIATIVE.search(parsed.folded)
        ):
            # 'who asked for it?', 'à l'initiative de qui ?': whose initiative the fact (or one of its day) names
            fact = previous[0]
            same_day = {
                self.index.facts[f]
                for i in self.index.fact_entities[fact.id] - GENERIC_ENTITIES
                for f in self.index.by_entity.get(i, ())
            }
            told_that_day = sorted(same_day - {fact}, key=lambda f: f.id) if fact.date else []
            for source in (fact, *told_that_day):
                if INITIATIVE.search(source.statement.en) and source.date == fact.date:
                    item = self._item(source, lang, [source], with_text=False)
                    return self._answer(
                        parsed, lang, source.statement.get(lang), [item], [source], None, [], confidence=0.8
                    )
            if not re.search(r"\b(put forward|proposed|submitted|sponsored|requested) by\b", fact.statement.en):
                return self._not_in_sources(parsed, lang, t("no_people", lang), fact)
        if (
            previous
            and ASKS_NUMBER.search(parsed.folded)
            and not (parsed.specific_entities or parsed.numbers or parsed.ordinal is not None)
            and not re.search(r"\b(next|following|previous|suivant\w*|precedent\w*|следующ\w*|предыдущ\w*|novbeti)\b",
                              parsed.folded)
            # ('what are their numbers?' of the four 1993 resolutions: each, as 'which ones?')
            and not (re.search(r"\bnumbers\b|\bnumeros\b", parsed.folded) and len(self._series(previous[0])) >= 2)
        ):  # fmt: skip
            # 'what was its number?' of a resolution: the number it is known by, or none given (not the 53,000
            # people a number of another fact counts)
            fact = previous[0]
            if not OWN_NUMBER.search(fact.statement.en):
                return self._not_in_sources(parsed, lang, t("no_number", lang), fact)
            return self._given(parsed, lang, fact)
        disputed = [f for f in previous if f.conflicts_with]
        if disputed and (DISAGREEMENT.search(parsed.folded) or WHICH_IS_RIGHT.search(parsed.folded)):
            # 'which one is right?' after the two dates of the 76th-session address: both, cited; no verdict
            fact = disputed[0]
            ranked = [Candidate(fact, 1.0, 1.0, [], [])]
            return self._compose_single(parsed, lang, ranked[0], ranked)
        if previous and HOW_SURE.search(parsed.folded) and not parsed.specific_entities:
            # 'is that year certain?', 'c'est sûr ?': how the sources give the previous answer's date
            fact = previous[0]
            if any(c in self.index.facts and self.index.facts[c].date != fact.date for c in fact.conflicts_with):
                # after the 76th-session address: not certain, the sources give two days, each with its source
                chosen = Candidate(fact, 1.0, 1.0, [], [])
                return self._compose_single(replace(parsed, intent="when"), lang, chosen, [chosen])
            if not ("when" in (parsed.intent, context.get("intent")) or DATE_WORD.search(parsed.folded)):
                # 'are you sure?' of a figure or a claim: what the sources say, again, with each source
                item = self._item(fact, lang, [fact], with_text=False)
                headline = t("sources_say", lang, text=fact.statement.get(lang))
                return self._answer(parsed, lang, headline, [item], [fact], None, [], confidence=0.8)
            if fact.date is None:
                return self._not_in_sources(parsed, lang, t("no_date", lang), fact)
            notes = [] if fact.date.inferred else self._date_notes(fact, lang, parsed)
            headline = (
                t("inferred", lang, date=format_date(fact.date, lang))
                if fact.date.inferred
                else self._when_headline(fact, lang)
            )
            item = self._item(fact, lang, [fact])
            return self._answer(parsed, lang, headline, [item], [fact], None, notes, confidence=0.8)
        if previous and WHICH_ONES.match(parsed.folded):
            # 'how many resolutions …?' (4), then 'which ones?', 'lesquelles ?', 'какие?': the four, each
            series = self._series(previous[0])
            if len(series) < 2:  # the resolutions a statement names by number: '(822, 853, 874 and 884)'
                by_own_number = {
                    self.index.facts[f]
                    for n in re.findall(r"\b\d{3,}\b", previous[0].statement.en)
                    for f in self.index.by_number.get(n, ())
                    if (own := OWN_NUMBER.search(self.index.facts[f].statement.en)) and own.group(1) == n
                }
                series = sorted(by_own_number, key=fact_order)
            if len(series) < 2:
                return self._refuse(parsed, lang, [])  # 'which ones?' of one fact: nothing to list
            as_list = replace(parsed, intent="list", kind_hint=series[0].kind)
            items = [self._item(f, lang, series, dated=True) for f in series]
            headline = self._list_headline(as_list, lang, series)
            return self._answer(as_list, lang, headline, items, series, None, [], confidence=0.85)
        which = which_words(parsed.folded)
        terms = [u for u in parsed.units if u.kind == "term"]
        if (
            previous
            and (which or WHAT_WORD.search(parsed.folded))
            and len(parsed.tokens) <= 4
            and terms
            and all(u.stems & ASPECT_STEMS for u in terms)
            and not (parsed.specific_entities or parsed.dates)
        ):
            # 'in what field?' of her UNESCO title ('for oral and musical traditions'): the fact just shown, not the
            # agencies' cooperation 'in many fields'
            return self._given(parsed, lang, previous[0])
        if previous and which and len(parsed.tokens) <= 4 and not (parsed.specific_entities or parsed.dates):
            # 'at which session?' of the 2006 resolution ('at its 60th session'): the fact just shown says which
            said = self.index.statement_words[previous[0].id]
            numbered = [u for u in parsed.units if u.kind == "term" and u.label in which and u.stems & said]
            if numbered and any(self._vague_about(previous[0], w) for w in which):
                # 'which region?' of 'the best result in its region': which one, the sources do not say
                return self._not_in_sources(parsed, lang, t("no_which", lang), previous[0])
            if numbered and any(NUMBERED_WORD.fullmatch(w) for w in tokens(previous[0].statement.en)):
                return self._given(parsed, lang, previous[0])
            counted_only = [
                u
                for u in parsed.units
                if u.kind == "term"
                and u.label in which
                # ('каких именно трёх районов?': the English stems of the Russian word, 'region')
                and any(
                    re.search(
                        rf"\b(\d+|two|three|four|five|several|various|many|numerous) (\w+ )?{re.escape(word)}\w*\b",
                        fold(previous[0].statement.en),
                    )
                    for word in (u.label, *(s for s in u.stems if len(s) >= 4 and s.isascii()))
                )
            ]
            if counted_only:
                # 'which regions?' of 'the minefield maps for three regions': counted, not named
                return self._refuse(parsed, lang, [])
            kinds = [u for u in parsed.units if u.kind_word and u.label in which]
            if kinds and not [u for u in kinds if u.stems & said]:
                # 'which session?' after Azerbaijan joined the UN: none was named, not the COVID special session
                return self._refuse(parsed, lang, [])
        coming = previous[0].date if previous else None
        if coming is not None and coming.start > self._latest and HOW_IT_WENT.search(parsed.folded):
            # 'the World Urban Forum of 2026', 'how did it go?': the sources speak of it as still to come
            return self._not_in_sources(
                parsed, lang, t("still_to_come", lang, date=format_date(coming, lang)), previous[0]
            )
        contrast = self._contrast_of_previous(parsed, previous, lang) if previous else None
        if contrast is not None:
            return contrast  # 'was it in person?' after his UN75 address: no, by video
        if previous and WHY.search(parsed.folded) and not [u for u in parsed.units if not u.generic]:
            # 'why?': the fact about the same thing that gives a reason ('to help refugee children'), or none
            return self._reason_for(parsed, lang, previous[0])
        if previous and previous[0].kind == "meeting" and self._asks_topics(parsed, previous[0]):
            topics = self._meeting_topics(previous[0], parsed)  # 'what did they discuss?'
            if topics:
                return self._topics_answer(parsed, lang, previous[0], topics)
        dated = previous[0] if previous and previous[0].date is not None else None
        asks_if = parsed.intent == "yesno" or bool(ASKS_IF.search(parsed.folded))
        if dated is not None and asks_if and parsed.dates and not parsed.specific_entities and len(parsed.units) == 1:
            # 'was it in 1993?' after 'when did Azerbaijan join the UN?': the previous fact's date says yes or no
            strict = not dated.date.inferred  # type: ignore[union-attr]
            agrees = any(q.matches(dated.date, strict=strict) for q in parsed.dates)  # type: ignore[arg-type]
            item = self._item(dated, lang, [dated], with_text=False)
            notes = self._date_notes(dated, lang, parsed)  # ('was it in 2022?': a year the curator inferred, said so)
            answer = self._answer(parsed, lang, dated.statement.get(lang), [item], [dated], None, notes, confidence=0.8)
            return self._with_prefix(answer, t("yes" if agrees else "no_but", lang))
        kind = previous[0].kind if previous else None
        # 'when was that meeting?' names the previous fact's kind; 'когда вступил ...?' asks something new.
        subject = [
            u for u in parsed.units
            if u.kind in ("term", "number", "unknown") and not (u.kind_word and kind_of(u.label) == kind)
            and not (parsed.intent == "who" and asks_for_others(u.label))  # ('who else was there?')
            and not (parsed.intent == "who" and asks_for_others(parsed.folded) and BEING_THERE.fullmatch(u.label))
        ]  # fmt: skip
        if (
            parsed.intent == "where"
            and previous
            and parsed.specific_entities
            and not parsed.dates
            and all(self._is_place(u) for u in parsed.units if u.kind == "entity" and not u.generic)
        ):
            # 'а где проходила встреча, в нью-йорке?': where the meeting just talked about was; the place is a
            # guess to check, not what to look for
            held = self.parser.synonyms_of("held") | {stem(w, "ru") for w in ("проходила", "состоялась")}
            subject = [u for u in subject if not (u.kind_word or u.stems & held)]
            if not subject:
                parsed = replace(parsed, units=[u for u in parsed.units if u.kind != "entity"], entities=[])
        pronoun = bool(pronouns_in(parsed.folded, parsed.lang))
        asked_terms: list[Unit] = []
        # ('what did he say about Nagorno-Karabakh?' after when he spoke: his words on it, not the when again)
        said_of = (
            context.get("intent") == "when"
            and parsed.intent in ("what", "about")
            and bool(SAID.search(parsed.folded) and pronouns_in(parsed.folded, parsed.lang) & PERSON_PRONOUNS)
        )
        # ('was Leyla a UNESCO ambassador in 2004?', 'so what title does Leyla have then?': asked afresh, not the
        # claim again)
        fresh = (
            context.get("intent") == "yesno"
            and parsed.intent == "what"
            and not parsed.dates
            and WHAT_WORD.search(parsed.folded) is not None
            and bool(parsed.specific_entities)
        )
        if fresh:
            return None
        if (parsed.dates or parsed.specific_entities) and context.get("question") and not subject and not said_of:
            merged = self._merge(context, parsed, keep_entities=pronoun)  # 'and in 2013?', 'and Bayramov?'
            asked = parsed.intent if parsed.intent in ("when", "where", "who") else context.get("intent")
            things = [
                m
                for m in parsed.specific_entities
                if {self.index.entities_of_type(i) for i in m.entity_ids}.isdisjoint({"country", "person"})
            ]
            if (
                not merged.answered
                and parsed.dates
                and all(q.unit == "day" for q in parsed.dates)
                and not parsed.specific_entities
                and not [u for u in parsed.units if u.kind == "term" and u.kind_word]
            ):
                # 'Aliyev's address of 24 September 2020', 'et 3 jours après ?': no address then, but what the
                # sources record that day, said to be no answer to what was asked
                return self._nothing_on(parsed, lang)
            if merged.answered or asked not in ("when", "where", "who") or pronoun or not things:
                return merged  # 'and Armenia?' is the same question of Armenia, or nothing
            # 'When did Azerbaijan join the UN?', 'and the permanent mission?': the same question of the new name
            # alone, when the previous words do not fit it
            again = self._single(replace(parsed, intent=str(asked), followup=False), lang)
            if again.answered and not [f for f in again.facts if self.index.facts[f].kind in ("title", "award")]:
                return again
            # ('and UNESCO?' after joining the UN is not the day Mehriban Aliyeva became its ambassador)
            return merged
        # ('how many of them returned to Shusha?': a place the sources do not know, which no figure before counts)
        unknown_asked = self._names_unknown(parsed, subject)
        if (
            parsed.intent in ("who", "when", "where", "count")
            and subject
            and previous
            and (
                (pronoun and self._covers(previous[0], subject))
                # 'когда приняли?', 'créées quand ?': two words asking when, of what was just answered
                or (
                    parsed.intent == "when"
                    and len(parsed.tokens) <= 3
                    and not parsed.specific_entities
                    # (not 'когда он председательствовал?' of the seat: the presidencies say when he presided)
                    and (
                        self._covers(previous[0], content := [u for u in subject if not BEGIN_OR_END.search(u.label)])
                        or not self._covered_elsewhere(content)
                    )
                )
            )
        ):
            asked_terms, subject = subject, []  # 'who adopted it?', 'how long did it last?': the previous fact says
        elif (
            parsed.intent == "count"
            and subject
            and previous
            and self._counts(previous[0], subject)
            # ('how long did those resolutions remain unimplemented?' of their demands: a duration, not their 4)
            and not (HOW_LONG.search(parsed.folded) and not self._lasts(parsed, previous[0]))
            and not unknown_asked
        ):
            subject = []  # 'pour combien de régions ?' after the minefield maps: the figure the previous fact gives
        elif (
            context.get("intent") == "count"
            and starts_followup(parsed.folded)
            and subject
            and previous
            and not unknown_asked
            and self._counts(previous[0], subject)
        ):
            parsed, subject = replace(parsed, intent="count"), []  # 'how many public meetings?', 'and resolutions?'
        elif (
            parsed.intent == "count"
            and subject
            and not unknown_asked
            and (counting := [f for f in previous if self._counts(f, subject)])
        ):
            # 'how many years?' after the unimplemented resolutions: the one fact of the answer that counts them
            previous, subject = counting, []
        of_kind = {WHICH_KINDS[s] for u in subject for s in u.stems if s in WHICH_KINDS}
        if (
            previous
            and of_kind
            and len(subject) == 1
            and parsed.intent in ("what", "about", "list", "where")
            and WHICH.search(parsed.folded)
            and self._asks_which(parsed, subject[0])
            and not (parsed.specific_entities or parsed.dates)
            and self._names_other_of(parsed, previous[0], of_kind, ignored=GENERIC_ENTITIES)
        ):
            # 'how many IDPs returned?', 'under which programme?': the Great Return the answer names
            return self._given(parsed, lang, previous[0])
        bare_and = parsed.intent == "what" and starts_followup(parsed.folded) and len(parsed.tokens) <= 4
        covering = [f for f in listed if self._covers(f, subject)] if subject and bare_and else []
        if covering and len(covering) < len(listed) and not (parsed.specific_entities or parsed.dates):
            # 'what did they discuss?', then 'and the mines?': the topic of that meeting that holds it
            chosen = Candidate(covering[0], 1.0, 1.0, [], [])
            return self._compose_single(parsed, lang, chosen, [chosen])
        if subject and previous and parsed.intent == "who" and asks_for_others(parsed.folded):
            # 'а кто ещё стал послом доброй воли?' after Mehriban Aliyeva's title: someone else the words fit
            # (Leyla Aliyeva, FAO), not hers again
            before = {p for f in previous for p in f.participants}
            there = THERE.search(parsed.folded) or SPEAKING.search(parsed.folded)
            if there and (alongside := self._others_alongside(parsed, lang, previous[0], before)):
                return alongside  # 'кто ещё там выступал?': who else spoke at that forum
            asked = replace(parsed, units=subject, followup=False)
            ranked = [c for c in self.candidates(asked) if not set(c.fact.participants) & before]
            for candidate in ranked[:3]:
                if candidate.fact.participants and self._acceptable(asked, candidate, ranked[0]):
                    return self._compose_single(asked, lang, candidate, [candidate])
            return self._not_in_sources(parsed, lang, t("no_others", lang, people=join_names(
                [self.index.entities[p].name.get(lang) for p in sorted(before) if p in self.index.entities], lang
            )), previous[0])  # fmt: skip
        if subject or (parsed.intent == "who" and previous and not self._actors(previous[0])):
            if context.get("entities") or (pronoun and previous) or (parsed.intent == "count" and previous):
                # ('combien de résolutions ont été adoptées ?' after the presidencies: counted in their time)
                augmented = self._with_previous_entities(parsed, context, lang)
                repeated = bool(previous) and augmented.facts[:1] == (previous[0].id,)
                if augmented.answered and repeated and unknown_asked:
                    return self._refuse(parsed, lang, [])  # 'а сколько из них вернулись именно в Шушу?'
                if augmented.answered and not self._of_another_thing(parsed, previous, augmented):
                    return augmented
                if augmented.answered and parsed.intent == "yesno":
                    return self._refuse(parsed, lang, [])  # 'was there a vote on it?' of the 2004 agenda item
                if augmented.answered:
                    # 'who presented it to him?' of the South-South award: whoever it was, the sources do not say
                    # (not his words on the liberated lands, which say 'presented')
                    return self._not_in_sources(parsed, lang, t("no_people", lang), previous[0])
            return None
        if not previous:
            return None
        fact = previous[0]
        if parsed.dates and (fact.date is None or not any(q.matches(fact.date) for q in parsed.dates)):
            return None  # 'and what was its rank in 2022?' after the 2021 rank: another year, a question of its own
        item = self._item(fact, lang, [fact])
        if parsed.intent == "when":
            reported = fact.kind == "statement" and not SAYING.search(parsed.folded)
            if fact.date is None or (reported and BEGIN_OR_END.search(parsed.folded)):
                return self._not_in_sources(parsed, lang, t("no_date", lang), fact)
            asked_before = fold(str(context.get("question")))
            recalled = (  # 'Guterres recalled that, when he visited ...': the recalling is what the fact dates
                re.match(r"\W*(\w+\W+){0,3}recalled\b", fact.statement.en)
                # ('where was COP29 held?', 'and when?': not the day Guterres congratulated Aliyev on hosting it,
                # unless the question was about him)
                or (
                    RECOUNTED.search(fact.statement.en)
                    and context.get("intent") != "who"  # ('qui l'a félicité ?', 'quand ?': when he did)
                    and not self._speaker_asked(self.parse(str(context.get("question"))), fact)
                )
            ) and (
                not (SAYING.search(asked_before) or RECOUNTED.search(asked_before))
                # ('what did Guterres say about refugees?', 'what year was he in Azerbaijan back then?': the visit)
                or bool(re.search(r"\bback then\b", parsed.folded))
            )
            if (asked_terms and (RECOUNTED.search(fact.statement.en) or reported)) or recalled:
                # 'when did he visit?' (or 'when was that?' after 'did he visit?') of a fact that recalls the visit:
                # its date is the recalling's; 'when did it end?' of what Aliyev told the Assembly: the telling's
                if asked_terms and not recalled:
                    # 'when did Azerbaijan chair it?' after Guterres's thanks for its NAM chairmanship: the fact
                    # about the chairing, when there is one
                    told = self._with_previous_entities(parsed, context, lang)
                    dated_elsewhere = [self.index.facts[f] for f in told.facts if f != fact.id]
                    if told.answered and dated_elsewhere and dated_elsewhere[0].kind != "statement":
                        return told
                return self._not_in_sources(parsed, lang, t("no_date", lang), fact)
            if ENDING.search(parsed.folded) and BEGAN.search(fact.statement.en) and not fact.date.is_range:
                # 'when did it end?' of the war that 'began on 27 September 2020 and lasted 44 days'
                start_only = t("only_start", lang, date=format_date(fact.date, lang))
                return self._not_in_sources(parsed, lang, start_only, fact)
            precise = PRECISE_DATE.search(parsed.folded)
            if precise and (fact.date.unit != "day" if precise.group("day") else fact.date.unit == "year"):
                # 'а какого числа?' of a resolution the sources date by its year only
                no_day = t("no_exact_date", lang, date=format_date(fact.date, lang))
                return self._not_in_sources(parsed, lang, no_day, fact)
            sides = [self.index.facts[c] for c in fact.conflicts_with if c in self.index.facts]
            if any(side.date is not None and side.date != fact.date for side in sides):
                # 'quel jour ?' of the 76th-session address: the sources give two days, and say so
                chosen = Candidate(fact, 1.0, 1.0, [], [])
                return self._compose_single(replace(parsed, intent="when"), lang, chosen, [chosen])
            headline = self._when_headline(fact, lang)
            notes = [t("inferred", lang, date=format_date(fact.date, lang))] if fact.date.inferred else []
            if fact.date.inferred and fact.date.is_range:
                # 'de quand à quand ?' of the NAM chairmanship: a span no source gives, said so first
                headline, notes = t("inferred", lang, date=format_date(fact.date, lang)), []
            return self._answer(parsed, lang, headline, [item], [fact], None, notes, confidence=0.85)
        if parsed.intent == "where":
            # said at a meeting: the meeting's place, cited from it ('where?' after Guterres's congratulations)
            occasion = self._occasion(fact)
            if fact.kind in ("statement", "statistic") and occasion is not None:
                # what was said at a meeting: the meeting's place, not the place it spoke of (the landmines')
                placed: Fact | None = occasion
            else:
                placed = fact if fact.place else (occasion or self._event_placed(fact))
            place = self.index.entities.get(placed.place) if placed is not None and placed.place else None
            if placed is None or place is None:
                return self._not_in_sources(parsed, lang, t("no_place", lang), fact)  # (its session was just said)
            if place.type == "country" and ASKS_CITY.search(without_names(parsed)):
                # 'which city will host it?' of the World Urban Forum: the sources give only the country
                return self._not_in_sources(parsed, lang, t("no_place", lang), fact)
            headline = t("where_followup", lang, place=place.name.get(lang))
            items = [self._item(placed, lang, [placed])]
            return self._answer(parsed, lang, headline, items, [placed], None, [], confidence=0.85)
        began = self._asks_who_began(parsed) or bool(
            BEGIN_WORD.search(parsed.folded) and STARTED_WAR.search(fold(fact.statement.en))
        )  # ('who started it?' of the war)
        if parsed.intent == "who" and began and not AGENT_STARTED_WAR.search(fold(fact.statement.en)):
            # 'when did the war start?', 'who started it?': the sources say when it began, not who began it
            return self._not_in_sources(parsed, lang, t("no_people", lang), fact)
        speeches = self._speeches_at(fact) if parsed.intent == "who" and SPEAKING.search(parsed.folded) else []
        if speeches:
            # 'le 4e forum … c'était où ?', 'qui y a pris la parole ?': those whose speeches there the sources give
            # (not the FAO, which organised the session)
            names = [self.index.entities[p].name.get(lang) for f in speeches for p in f.participants]
            headline = t("people", lang, people=join_names(list(dict.fromkeys(names)), lang))
            items = [self._item(f, lang, speeches, dated=True) for f in speeches]
            return self._answer(parsed, lang, headline, items, speeches, None, [], confidence=0.8)
        if parsed.intent == "who" and not self._names_title_holder(parsed, fact):
            # 'who was the president then?' of the decree of 'the President of Azerbaijan': not named there
            return self._not_in_sources(parsed, lang, t("no_people", lang), fact)
        if parsed.intent == "who":
            agent = self._agent(parsed, fact)
            people = agent or self._actors(fact)
            if agent and ASKS_OBJECT.search(parsed.folded):
                # 'who did he congratulate?': the one the agent acted on, not the agent
                people = [p for p in self._actors(fact) if p not in agent]
            if not people:
                return self._not_in_sources(parsed, lang, t("no_people", lang), fact)
            # ('who was azerbaijan's ambassador back then?': a post is held by a person, not the Council)
            if any(w in TITLE_NOUNS for w in parsed.tokens) and not any(
                self.index.entities_of_type(p) == "person" for p in people
            ):
                return self._not_in_sources(parsed, lang, t("no_people", lang), fact)
            if re.match(r"\W*(а |и )?кто\b|\W*who is the\b", parsed.folded) and not names_person(
                fact, self.index, parsed
            ):
                # 'как звали погибших журналистов?': the fact names no one
                return self._not_in_sources(parsed, lang, t("no_people", lang), fact)
            passive = not self._agent(parsed, fact) and re.search(r"\b(was|were) [^.,]+ by\b", fact.statement.en)
            if RECIPIENT.search(parsed.folded) or passive:
                # 'for whom?', or 'set up ... by a decree of the President': someone the statement names without a
                # name we know; the statement itself says it ('who set it up?' is not UNESCO)
                return self._answer(
                    parsed, lang, fact.statement.get(lang), [self._item(fact, lang, [fact], with_text=False)],
                    [fact], None, self._date_notes(fact, lang, parsed), confidence=0.7,
                )  # fmt: skip
            names = [self.index.entities[p].name.get(lang) for p in people]
            if asks_for_others(parsed.folded):
                asked = set(context.get("entities", []))
                others = [self.index.entities[p].name.get(lang) for p in people if p not in asked]
                alongside = self._others_alongside(parsed, lang, fact, asked) if not others else None
                if alongside is not None:
                    return alongside
                if not others:
                    return self._not_in_sources(
                        parsed, lang, t("no_others", lang, people=join_names(names, lang)), fact
                    )
                headline = t("others", lang, people=join_names(others, lang))
            else:
                headline = t("people", lang, people=join_names(names, lang))
            return self._answer(parsed, lang, headline, [item], [fact], None, [], confidence=0.8)
        if parsed.intent == "count" and not self._counts_the_word_asked(parsed, fact):
            return self._refuse(parsed, lang, [])  # 'сколько человек погибло на войне?' of its 44 days
        if self._remaining_unsaid(parsed, fact):
            return self._refuse(parsed, lang, [])  # 'how many are still displaced?' of the 53,000 who returned
        if self._opposition_unsaid(parsed, fact):
            return self._refuse(parsed, lang, [])  # 'how many voted against it?' of its 179 supporters
        if self._counts_others(parsed, fact):
            return self._not_in_sources(parsed, lang, t("no_figure", lang), fact)  # not the 130 people injured
        if parsed.intent in ("what", "about", "count", "yesno"):
            notes = self._date_notes(fact, lang, parsed)
            headline = fact.statement.get(lang)
            figure = self._figure_for(parsed, fact) if parsed.intent == "count" else None
            if figure is not None and figure.display() not in " ".join(headline.split()[:3]):
                headline = f"{figure_text(figure, lang)} — {headline}"  # 'а сколько получили ранения?': 130 first
            return self._answer(
                parsed,
                lang,
                headline,
                [self._item(fact, lang, [fact], with_text=False)],
                [fact],
                None,
                notes,
                confidence=0.75,
            )
        return None

    def _speeches_at(self, fact: Fact) -> list[Fact]:
        """For an occasion that is not a speech: the speeches given at it (its day or span, and its event)."""
        if fact.kind == "speech" or fact.date is None:
            return []
        occasion = {i for i in fact.related if self.index.entities_of_type(i) in ("event", "session")}
        if not occasion:
            return []
        found = [
            other
            for other in (self.index.facts[f] for f in self.index.facts_between(fact.date.start, fact.date.end))
            if other.kind == "speech" and other.participants and occasion & set(other.related)
        ]
        return sorted(found, key=fact_order)

    @staticmethod
    def _when_headline(fact: Fact, lang: str) -> str:
        """'That was on 2 March 1992.', 'That was in 1993.', or between two days of different months."""
        date = fact.date
        assert date is not None
        if date.unit == "day" and date.is_range and date.start.month != date.end.month:
            # 'between 10 November 2020 and 23 September 2021', not 'in 10 November 2020–23 September 2021'
            start, end = (format_day(d, "day", lang) for d in (date.start, date.end))
            return t("when_followup_between", lang, start=start, end=end)
        single_day = date.unit == "day" and not date.is_range
        return t("when_followup" if single_day else "when_followup_period", lang, date=format_date(date, lang))

    @staticmethod
    def _names_unknown(parsed: Parsed, units: list[Unit]) -> bool:
        """Whether the words asked hold a name the sources do not know ('Shusha', 'Шушу')."""
        unknown = {fold(n) for n in parsed.unknown_names}
        return any(u.kind == "unknown" and u.label in unknown for u in units)

    def _of_another_thing(self, parsed: Parsed, previous: list[Fact], answer: Answer) -> bool:
        """Whether a 'who' or yes/no follow-up about the thing just told ('who presented it?', 'кто её
        возглавляет?', 'was there a vote on it?') found a fact of another day that shares only a name with it."""
        if parsed.intent not in ("who", "yesno") or not previous or not pronouns_in(parsed.folded, parsed.lang):
            return False
        if parsed.specific_entities or parsed.dates or not answer.facts:
            return False
        found = self.index.facts.get(answer.facts[0])
        if found is None or found.id in {f.id for f in previous} or previous[0] in (self._occasion(found), found):
            return False
        if self._occasion(previous[0]) is found:
            return False

        def things(fact: Fact) -> set[str]:  # what a fact is about, besides people and the UN and its organs
            return {i for i in self.index.fact_entities[fact.id] - GENERIC_ENTITIES - UN_ORGANS
                    if self.index.entities_of_type(i) != "person"}  # fmt: skip

        # ('qui l'a félicité pour ça ?' after the NAM chairmanship: Guterres's praise of it, a fact of another day)
        day = previous[0].date
        same_days = found.date is not None and day is not None and found.date.overlaps(day.start, day.end)
        return not things(found) & things(previous[0]) and not same_days

    def _others_alongside(self, parsed: Parsed, lang: str, fact: Fact, asked: set[str]) -> Answer | None:
        """'who else spoke there?' of Leyla Aliyeva's speech: the others who spoke at that forum, if any."""
        alongside = self._alongside(fact, parsed)
        if not alongside:
            return None
        named = {p for f in alongside for p in f.participants if p not in asked}
        others = [self.index.entities[p].name.get(lang) for p in sorted(named)]
        headline = t("others", lang, people=join_names(others, lang))
        items = [self._item(f, lang, alongside, dated=True) for f in alongside]
        return self._answer(parsed, lang, headline, items, alongside, None, [], confidence=0.75)

    def _alongside(self, fact: Fact, parsed: Parsed) -> list[Fact]:
        """Facts of the same kind as `fact` about other people on its occasion (the same day and event or place),
        or in its year when the question says 'that year': 'who else spoke there?', 'who else was honoured?'."""
        if fact.date is None or not fact.participants:
            return []
        year = bool(re.search(r"\b(year|annee|год\w*|ili|ilde)\b", parsed.folded))
        start = dt.date(fact.date.start.year, 1, 1) if year else fact.date.start
        end = dt.date(fact.date.end.year, 12, 31) if year else fact.date.end
        occasion = {i for i in (*fact.related, *((fact.place,) if fact.place else ())) if i not in GENERIC_ENTITIES}
        found = []
        for other in (self.index.facts[f] for f in self.index.facts_between(start, end)):
            if other.id == fact.id or other.kind != fact.kind or other.date is None:
                continue
            if not set(other.participants) - set(fact.participants):
                continue
            if year or (other.date == fact.date and occasion & {*other.related, other.place}):
                found.append(other)
        return sorted(found, key=fact_order)

    def _said_in_previous_resolutions(
        self, parsed: Parsed, context: Mapping[str, Any], lang: str, answer: Answer
    ) -> Answer | None:
        """'que demandaient-elles ?' after resolutions, answered with a fact of another body (a speaker's appeal
        that shares one of their topics): the fact about those resolutions that holds the words asked."""
        shown = [self.index.facts[f] for f in context.get("facts", []) if f in self.index.facts]
        previous = [f for f in shown if f.kind == "resolution"]
        terms = [u for u in parsed.units if u.kind == "term"]
        words = set(WORD.findall(parsed.folded))
        if not previous or not terms or parsed.specific_entities or not words & PLURAL_PRONOUNS:
            return None
        if shown[0].kind != "resolution" or not answer.facts:
            return None
        if not self.index.facts[answer.facts[0]].participants:
            return None  # (what no one in particular said: the Council's demands after the Council's resolutions)
        shared = set.intersection(
            *({i for i in (*f.related, *f.organisations) if i not in GENERIC_ENTITIES} for f in previous)
        )
        pool = {f for i in shared for f in self.index.by_entity_direct.get(i, ())}
        covering = [
            self.index.facts[f]
            for f in sorted(pool)
            if self._covers(self.index.facts[f], terms) and not self.index.facts[f].participants
        ]
        if not covering:
            return None
        best = max(covering, key=lambda f: len(shared & {*f.related, *f.organisations}))
        return self._given(parsed, lang, best)

    def _else_of_person(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer | None:
        """'What else did she do (with the UN)?', 'qu'a-t-elle fait d'autre ?': the other facts about the one person
        of the previous answer, not those shown."""
        words = set(WORD.findall(parsed.folded))
        if not (ELSE_WORDS & words and words & PERSON_PRONOUNS) or parsed.dates:
            return None
        if [u for u in parsed.units if u.kind == "entity" and not u.generic]:
            return None
        shown = [self.index.facts[f] for f in context.get("facts") or [] if f in self.index.facts]
        people = {p for f in shown[:1] for p in f.participants if self.index.entities_of_type(p) == "person"}
        if len(people) != 1:
            return None
        person = next(iter(people))
        told = {f.id for f in shown}
        others = sorted(
            (self.index.facts[f] for f in self.index.by_entity.get(person, set()) if f not in told),
            key=fact_order,
        )[:LIST_LIMIT]
        if not others:
            return self._not_in_sources(parsed, lang, t("no_more", lang), shown[0])
        # (the list of that person's facts, as 'Leyla Aliyeva' alone would be listed)
        as_list = replace(self.parse(self.index.entities[person].name.en), intent="list", kind_hint=None, lang=lang)
        items = [self._item(f, lang, others, dated=True) for f in others]
        headline = self._list_headline(as_list, lang, others)
        return self._answer(as_list, lang, headline, items, others, None, [], confidence=0.75)

    def _what_else(self, context: Mapping[str, Any], lang: str) -> Answer:
        """The next fact that answers the previous question as well as the ones shown, or that there is none."""
        asked = replace(self.parse(str(context["question"])), lang=lang)
        shown = set(context.get("facts") or [])
        previous = [self.index.facts[f] for f in context.get("facts") or [] if f in self.index.facts]
        ranked = [c for c in self.candidates(asked) if c.fact.id not in shown]
        found = [c for c in ranked if self._acceptable(asked, c, ranked[0])]
        if asked.intent in ("yesno", "count") or not found or not (asked.specific_entities or asked.dates):
            # ('what did they talk about?', 'what else?': a question that leaned on another; all of it was shown)
            if not previous:
                return self._refuse(asked, lang, [])
            return self._not_in_sources(asked, lang, t("no_more", lang), previous[0])
        answer = self._compose_single(replace(asked, intent="what"), lang, found[0], found[:1])
        # ('and what else?' again: neither this one nor those before it)
        told = [*answer.context.get("facts", []), *(f for f in context.get("facts", []) if f not in answer.facts)]
        return replace(answer, context={**answer.context, "facts": told, "question": context["question"]})

    def _other_numbered(self, parsed: Parsed, lang: str) -> Answer | None:
        """A yes/no naming a numbered session or COP the sources lack ('the 61st session', 'COP28'), about a fact
        that names another one of its kind (the 60th, COP29): not so, with that fact."""
        lacking = [u for u in parsed.units if u.kind == "unknown" and NUMBERED_INSTANCE.fullmatch(u.label)]
        if not lacking or [u for u in parsed.units if u.kind == "unknown" and u not in lacking]:
            return None
        labels = {u.label for u in lacking}
        loose = replace(
            parsed,
            units=[u for u in parsed.units if u not in lacking],
            unknown_names=[n for n in parsed.unknown_names if n not in labels],
        )
        answer = self._yesno(loose, lang)
        if not answer.answered or not answer.facts or answer.headline.startswith(t("no_but", lang)):
            return None
        families = {"session" if "session" in u.label.lower() else "cop" for u in lacking}

        def numbered(fact: Fact) -> bool:
            names = " ".join(self.index.entities[i].name.en for i in fact.related if i in self.index.entities)
            words = fold(f"{fact.statement.en} {names}")
            return any(re.search(rf"\b\d+\w*\s*{family}\b|\b{family}\s*\d+", words) for family in families)

        if not numbered(self.index.facts[answer.facts[0]]):
            # 'did Guterres congratulate Aliyev on COP28?': not his congratulations on the peace agenda, which
            # name no COP, but those on COP29, if they answer the rest (not so for sessions: 'did Aliyev speak at
            # the 73rd session?' is not denied by his speech at the 72nd)
            if families != {"cop"}:
                return None
            ranked = self.candidates(loose)
            other = next(
                (c for c in ranked[:5] if numbered(c.fact) and self._acceptable(loose, c, ranked[0], negation=False)),
                None,
            )
            if other is None:
                return None  # (no fact names another session or COP: the sources say nothing either way)
            answer = replace(self._compose_single(loose, lang, other, ranked), intent="yesno")
        headline = self.index.facts[answer.facts[0]].statement.get(lang)
        return replace(answer, headline=f"{t('no_but', lang)} {headline}")

    def _card_of_previous_person(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer | None:
        """'Who is he?', 'what is his role?', 'quel est son rôle ?' with nothing else asked: the card of the one
        person of the previous answer."""
        words = set(WORD.findall(parsed.folded))
        if not words & PERSON_PRONOUNS and not words & {"son", "sa", "его", "ее", "её", "onun"}:
            return None
        if [u for u in parsed.units if u.kind != "entity" or not u.generic] or parsed.dates:
            return None
        if not (words & {"role", "rol", "роль", "роли", "job"} or WHO_ROLE.search(parsed.folded)):
            return None
        people = [i for i in context.get("entities", []) if self.index.entities_of_type(i) == "person"]
        if len(people) != 1:
            return None
        entity = self.index.entities[people[0]]
        named = self.parse(f"who is {entity.name.en}", None)
        answer = self._fresh(replace(named, lang=lang), lang)
        return answer if answer.answered else None

    def _covered_elsewhere(self, units: list[Unit]) -> bool:
        """Whether some fact holds every one of these words (through the index, not by reading every fact)."""
        pools = [set().union(*(self.index.postings.get(s, {}).keys() for s in u.stems)) for u in units]
        return bool(pools) and bool(set.intersection(*pools))

    @staticmethod
    def _opposition_unsaid(parsed: Parsed, fact: Fact) -> bool:
        """Whether the question asks who voted against or opposed something, and the fact does not say: the sources
        only ever give the support ('how many countries voted against it?' is not its 179 supporters)."""
        said = fold(fact.statement.en)
        if VOTED_AGAINST.search(parsed.folded) and not VOTED_AGAINST.search(said):
            return True
        return parsed.intent == "count" and bool(OPPOSED.search(parsed.folded)) and not OPPOSED.search(said)

    def _counts_the_word_asked(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether a figure of the fact describes what 'how many' counts (any figure when it names nothing: 'how
        much?')."""
        # ('how much money?': a word no fact holds is counted too, and no figure counts it)
        asked = {s for u in parsed.units if u.kind in ("term", "unknown") and u.label == parsed.focus for s in u.stems}
        named_first = re.search(r"\b(how many|combien de|combien d|сколько)\s+(\w+)", parsed.folded)
        if not asked and named_first and any(named_first.group(2) in fold(m.surface).split() for m in parsed.entities):
            # 'how many Azerbaijani soldiers died?': the word after the name is what is counted
            after = [u for u in parsed.units if u.kind in ("term", "unknown")]
            asked = set(after[0].stems) if after else set()
        if not asked:
            return True  # ('а сколько она длилась?': no word counted)
        # (its head, or what happened to those it counts: 'and how many were injured?' of '130 people injured')
        words = {stem(w, "en") for q in fact.numbers for w in tokens(q.unit)} if fact.numbers else set()
        if parsed.lang == "fr":  # ('et combien de déclarations à la presse ?': '13 déclarations à la presse')
            counted = re.findall(r"\b\d[\d\s.,]*\s+(\w+)", fold(fact.statement.fr))
            words |= {s for w in counted for s in stems_of(w)}
        people = asked & self.parser.synonyms_of("people")
        return bool(asked & words or (people and words & PERSONS))

    def _contrast_of_previous(self, parsed: Parsed, previous: list[Fact], lang: str) -> Answer | None:
        """'Was it in person?', 'c'était en personne ?' of the previous answer: a no when its fact says the opposite
        ('by video'), a yes when it says so; None when the question names something else or asks no contrast."""
        folded = f" {parsed.folded} "
        words = len(WORD.findall(parsed.folded))
        choice = bool(OR.search(folded)) and any(a.search(folded) and b.search(folded) for a, b in OPPOSITES)
        if not (
            parsed.intent == "yesno" or ASKS_IF.search(parsed.folded) or choice or (words <= 3 and not parsed.explicit)
        ):
            return None  # ('who congratulated him?' asks who; 'in person?' alone asks if)
        # ('il était à New York en personne ?': where he would have been, beside how)
        named = [m for m in parsed.specific_entities if self.index.entities_of_type(m.entity_ids[0]) != "place"]
        if named or parsed.dates or words > (8 if choice else 5 + 2 * len(parsed.specific_entities)):
            return None  # ('was it before 2024?' is a date's question)
        pairs = [*OPPOSITES, *((b, a) for a, b in OPPOSITES)]  # 'by video?' as well as 'in person?'
        if not (parsed.intent == "yesno" or ASKS_IF.search(parsed.folded) or choice):
            pairs = [(a, b) for a, b in pairs if "after" not in a.pattern + b.pattern]  # ('et après ?' asks next)
        if not any(asked.search(folded) for asked, _ in pairs):
            return None
        # (what was said at the UN75 meeting, then 'was it in person?': the address it was said in says 'by video')
        told_with = [f for f in self._reported_with(previous[0]) if f.kind in ("speech", "meeting")] if previous else []
        for fact in [*previous[:2], *told_with]:
            statement = f" {fold(fact.statement.get(lang))} "
            for asked, opposite in pairs:
                if not asked.search(folded):
                    continue
                said, denied = bool(asked.search(statement)), bool(opposite.search(statement))
                if said == denied or (choice and not said):
                    continue  # (of a choice, the side the fact says is the answer, without a yes or a no)
                item = self._item(fact, lang, [fact], with_text=False)
                answer = self._answer(parsed, lang, fact.statement.get(lang), [item], [fact], None, [], confidence=0.8)
                if choice and opposite.search(folded):
                    return replace(answer, intent="what")
                return replace(self._with_prefix(answer, t("yes" if said else "no_but", lang)), intent="yesno")
        return self._refuse(parsed, lang, [])  # 'was it by video?' of a meeting the sources do not say that of

    def _reason_for(self, parsed: Parsed, lang: str, fact: Fact) -> Answer:
        """The fact that gives the reason for `fact`: the same report, sharing what it is about, with a 'because'."""
        # what it is about, not who took part: 'why?' of a speech is not the reason Aliyev received an award
        anchors = {i for i in (*fact.related, *fact.organisations) if i not in GENERIC_ENTITIES}
        anchors = anchors or {i for i in fact.participants if i not in GENERIC_ENTITIES}
        sources = {c.source for c in fact.citations}
        reasons = [
            other
            for i in sorted(anchors)
            for other in (self.index.facts[f] for f in sorted(self.index.by_entity_direct.get(i, ())))
            if BECAUSE.search(fold(other.statement.en)) and sources & {c.source for c in other.citations}
        ]
        if BECAUSE.search(fold(fact.statement.en)):
            reasons.insert(0, fact)
        if not reasons:
            return self._not_in_sources(parsed, lang, t("no_reason", lang), fact)
        best = max(reasons, key=lambda f: len(anchors & self.index.fact_entities[f.id]))
        ranked = [Candidate(best, 1.0, 1.0, [], [])]
        return self._compose_single(replace(parsed, intent="what"), lang, ranked[0], ranked)

    def _said_there(self, parsed: Parsed, lang: str, occasion: Fact) -> Answer | None:
        """'Did he say …?': yes, with what was said at `occasion` that holds the words asked, when the best answer
        overall is of another day."""
        if parsed.dates:
            return None
        ranked = self.candidates(parsed)
        there = {f.id for f in self._meeting_topics(occasion, parsed)} | {occasion.id}
        best = next((c for c in ranked if c.fact.id in there), None)
        top = ranked[0].fact.date if ranked else None
        if best is None or top is None or occasion.date is None or top.overlaps(occasion.date.start, occasion.date.end):
            return None  # (the best is of the same days: the general path tells it, with what else fits)
        if not self._acceptable(parsed, best, best):
            return None
        return replace(self._with_prefix(self._given(parsed, lang, best.fact), t("yes", lang)), intent="yesno")

    def _said_at_previous_meeting(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer | None:
        """'what did Guterres say?' / 'what did he say?' / 'what was it about?' after a meeting or a speech, or after
        something said at one: what the sources report was said there (by the one named)."""
        previous = [self.index.facts[f] for f in context.get("facts", [])[:1] if f in self.index.facts]
        about = bool(WHAT_ABOUT.search(parsed.folded))
        if not previous or not (SAID.search(parsed.folded) or about):
            return None
        occasion = self._occasion(previous[0])
        if occasion is None:
            return None
        if parsed.dates and (occasion.date is None or not any(q.matches(occasion.date) for q in parsed.dates)):
            return None  # 'et en 2025, il a dit quoi sur le MNA ?' after his 2022 thanks: another occasion
        things = [m for m in parsed.specific_entities if "person" not in map(self.index.entities_of_type, m.entity_ids)]
        people = [m for m in parsed.specific_entities if m not in things]
        if (
            things
            and occasion.kind == "meeting"
            and SAID.search(parsed.folded)
            and all(not set(m.entity_ids).isdisjoint(occasion.participants) for m in people)
        ):
            # 'what did they say about the NAM?' after the meeting: what was said there of it
            of_it = [
                f
                for f in self._meeting_topics(occasion, parsed)
                if all(not self.index.fact_entities[f.id].isdisjoint(m.entity_ids) for m in things)
            ]
            if len(of_it) == 1:
                return self._given(parsed, lang, of_it[0])
            if of_it:
                return self._topics_answer(parsed, lang, occasion, of_it)
        if parsed.specific_entities:
            if occasion.kind != "meeting" or not self._asks_topics(parsed, occasion):
                return None
        elif [
            u
            for u in parsed.units
            if u.kind in ("term", "number", "unknown", "date")
            and not (about and (u.kind_word or TOPIC_WORD.match(u.label)))
        ]:
            # 'what did he say about mines?': the words asked narrow it, another path finds them, unless it finds
            # another occasion first: 'did he say why the conflict wasn't settled?' after the 2017 speech is what he
            # said there (the lack of pressure on the aggressor), not the 2021 speech that says it was settled
            yesno = parsed.intent == "yesno" and SAID.search(parsed.folded)
            return self._said_there(parsed, lang, occasion) if yesno else None
        kinds = [u for u in parsed.units if u.kind_word and kind_of(u.label) != occasion.kind]
        if about and kinds and occasion.kind == "speech":
            # 'who is Rashad Al-Khafaci?', 'what was the session about?': the session his speech was given at
            events = [r for r in occasion.related if self.index.entities_of_type(r) in ("event", "session")]
            held = {
                self.index.facts[i]
                for r in events
                for i in self.index.by_entity.get(r, set())
                if i != occasion.id and self.index.facts[i].kind in ("conference", "session", "meeting", "event")
            }
            found = [f for f in held if self._covers(f, kinds)]
            if len(found) == 1:
                return self._given(parsed, lang, found[0])
        topics = self._meeting_topics(occasion, parsed)
        if not topics and occasion.kind == "speech" and WORDS_GIVEN.search(occasion.statement.en):
            # 'Who is Rashad Al-Khafaci?', 'what did he say?': the address itself says what he stressed
            return self._given(parsed, lang, occasion)
        if not topics:
            return (
                None if parsed.specific_entities else self._not_in_sources(parsed, lang, t("no_words", lang), occasion)
            )
        return self._topics_answer(parsed, lang, occasion, topics)

    def _spoken_at(self, parsed: Parsed, lang: str, speech: Fact) -> Answer | None:
        """'Where did Aliyev denounce vaccine nationalism?': at the session the speech was given to, when the sources
        say no more (he may have spoken by video)."""
        sessions = [r for r in speech.related if self.index.entities_of_type(r) == "session"]
        if len(sessions) != 1:
            return None
        name = re.sub(r"\s*\(\d{4}\)$", "", self.index.entities[sessions[0]].name.get(lang))
        items = [self._item(speech, lang, [speech], with_text=False)]
        headline = f"{t('spoke_at', lang, session=name)} {speech.statement.get(lang)}"
        return self._answer(parsed, lang, headline, items, [speech], None, [], confidence=0.8)

    def _event_placed(self, fact: Fact) -> Fact | None:
        """A fact that gives the place of the event or session this fact is about ('where was it held?' after who
        called for the special session: the session's own fact says New York)."""
        events = [r for r in fact.related if self.index.entities_of_type(r) in ("event", "session")]
        placed = [
            self.index.facts[f]
            for r in events
            for f in sorted(self.index.by_entity_direct.get(r, ()))
            if self.index.facts[f].place
        ]
        return min(placed, key=fact_order) if placed else None

    def _given(self, parsed: Parsed, lang: str, fact: Fact) -> Answer:
        """The one fact a follow-up points to, told as the answer to what is asked."""
        chosen = Candidate(fact, 1.0, 1.0, [], [])
        return self._compose_single(replace(parsed, intent="what"), lang, chosen, [chosen])

    def _met_there(self, fact: Fact, unit: Unit) -> bool:
        """Whether the fact was said or done at a meeting with the one the unit names (not being that meeting)."""
        occasion = self._occasions.get(fact.id)
        if occasion is None:
            occasion = self._occasions[fact.id] = self._occasion(fact) or fact
        return (
            occasion is not fact
            and occasion.kind == "meeting"
            and not set(unit.entity_ids).isdisjoint(occasion.participants)
        )

    def _occasion(self, fact: Fact) -> Fact | None:
        """The meeting or speech a fact is, or the one it was said at (same report, day and people)."""
        if fact.kind in ("meeting", "speech"):
            return fact
        if fact.kind not in ("statement", "cooperation", "statistic", "event", "conference"):
            return None  # ('event': the guest book Aliyev signed before his talks with Guterres; 'conference': the
            # Baku mine conference Zuev congratulated Azerbaijan on at his meeting with Bayramov)
        return next((f for f in self._reported_with(fact) if f.kind == "meeting"), None)

    def _topics_answer(self, parsed: Parsed, lang: str, meeting: Fact, topics: list[Fact]) -> Answer:
        when = format_date(meeting.date, lang) if meeting.date else ""
        sides = [self.index.facts[c] for c in meeting.conflicts_with if c in self.index.facts]
        if when and sides and sides[0].date is not None:
            # the 76th-session address: '23 September 2021 or 24 September 2021: the sources differ'
            when = t("dates_differ", lang, first=when, second=format_date(sides[0].date, lang))
        speech = "_speech" if meeting.kind == "speech" else ""
        headline = t(f"topics_head{speech}", lang, date=when) if when else t(f"topics_head_undated{speech}", lang)
        items = [self._item(f, lang, topics) for f in topics]
        answer = self._answer(parsed, lang, headline, items, topics, None, [], confidence=0.8)
        # what a follow-up asks of ('and when?', 'where was that?') is the occasion, then what was said at it
        occasion = [meeting.id, *(f.id for f in sides)]
        facts = [*occasion, *(f for f in answer.context.get("facts", []) if f not in occasion)]
        return replace(answer, context={**answer.context, "facts": facts})

    def _meeting_of(self, parsed: Parsed) -> Fact | None:
        """The one meeting between the two or more people a question names ('Bayramov et Zuev'), or None."""
        people = [
            m.entity_ids for m in parsed.specific_entities if self.index.entities_of_type(m.entity_ids[0]) == "person"
        ]
        if len(people) < 2:
            return None
        found = [
            f
            for f in self.index.facts.values()
            if f.kind == "meeting" and all(not set(ids).isdisjoint(f.participants) for ids in people)
        ]
        return found[0] if len(found) == 1 else None

    def _asks_topics(self, parsed: Parsed, meeting: Fact) -> bool:
        """'What did they discuss?', 'de quoi ont-ils parlé ?', 'о чем говорили?': only words of talking, about
        the people of the meeting (or no one named)."""
        terms = [u for u in parsed.units if u.kind == "term"]
        named = {i for m in parsed.specific_entities for i in m.entity_ids}
        people = set(meeting.participants)
        if (
            SAID.search(parsed.folded)
            and not [u for u in terms if not SAID.fullmatch(u.label)]  # 'il a répondu quoi ?'
            and named
            and all(
                not people.isdisjoint(m.entity_ids) or self._place_named(meeting, m) for m in parsed.specific_entities
            )
            and not parsed.unknown_names  # ('что Байрамов сказал Гутеррешу о Грузии?': Georgia is in no source)
        ):
            return True  # 'what did Guterres say?' after his meeting ('Aliyev' is the one who was there)
        # ('Guteres Bairamov meeting': the meeting; 'le ministre Baïramov': who he is, not what was said)
        talk = [u for u in terms if fold(u.label) not in MEETING_WORDS and u.stems.isdisjoint(OFFICE_STEMS)]
        return (
            parsed.intent in ("what", "list", "about")
            and bool(talk)  # ('what was discussed when Guterres met Bayramov in 2022?': its topics)
            and (not parsed.dates or (meeting.date is not None and all(q.matches(meeting.date) for q in parsed.dates)))
            and all(u.stems & self._topic_stems for u in talk)
            and not [u for u in parsed.units if u.kind in ("number", "unknown")]
            # (each name one of the meeting's: 'Aliyev' may be Heydar or Ilham)
            and all(
                not set(m.entity_ids).isdisjoint(set(meeting.participants) | self.index.fact_entities[meeting.id])
                or self._place_named(meeting, m)
                for m in parsed.specific_entities
            )
        )

    def _place_named(self, fact: Fact, match: EntityMatch) -> bool:
        """Whether the name is of a place the fact's statement names ('в Нью-Йорке' of talks 'in New York')."""
        return any(
            self.index.entities_of_type(i) == "place"
            and _label_words(self.index.entities[i].name.en) <= self.index.statement_words[fact.id]
            for i in match.entity_ids
        )

    def _asks_which(self, parsed: Parsed, unit: Unit) -> bool:
        """Whether a word of the question is the kind a 'which' asks for ('which UN agency', 'quel pays')."""
        return unit.kind in ("term", "unknown") and (
            unit.label == parsed.focus or unit.label in which_words(parsed.folded)
        )

    @staticmethod
    def _member_then(fact: Fact, query: DateQuery, parsed: Parsed) -> bool:
        """'Was Azerbaijan a UN member in 1993?': a membership the sources give no end to holds from its day on
        (but it was not joined then: 'did Azerbaijan join the UN in 1993?' is a no)."""
        date = fact.date
        return (
            fact.kind == "membership"
            and date is not None
            and not date.is_range
            and query.year_given
            and date.start <= query.start
            and not BECAME.search(parsed.folded)
        )

    def _spoke_elsewhere(self, parsed: Parsed, fact: Fact) -> bool:
        """'Did Aliyev speak at the Security Council?' of a speech at a General Assembly session."""
        addressed = ADDRESSED_BODY.search(parsed.folded)
        return bool(
            addressed
            and COUNCIL.search(addressed.group(0))
            and any(self.index.entities_of_type(r) == "session" for r in fact.related)
        )

    def _punctual_of_a_term(self, parsed: Parsed, fact: Fact) -> bool:
        """'Was Azerbaijan elected in 2011?' of a fact dated by the 2012-2013 term: a day the span does not give."""
        date = fact.date
        asked = {s for u in parsed.units if u.kind == "term" for s in u.stems}
        for_term = re.search(r"\b(for|pour|на)\s+(the\s+)?\d{4}", parsed.folded)  # 'elected for 2014-2015'
        return (
            date is not None
            and date.is_range
            and date.end.year > date.start.year
            and bool(asked & PUNCTUAL)
            and not for_term
        )

    def _disputed_speech(self, parsed: Parsed) -> Fact | None:
        """'What did Aliyev say at the 76th session?': the address whose date the sources dispute, when that is what
        the question names and it asks what was said there (its words, not the quarrel over its day)."""
        if parsed.intent not in ("what", "about") or not SAID.search(parsed.folded):
            return None
        disputed = [f for f in self._disputed_speeches if f.date is not None]
        dated = any(q.matches(f.date) for q in parsed.dates for f in disputed)  # type: ignore[arg-type]
        if not dated and not any(
            self.index.entities_of_type(i) == "session"
            for u in parsed.units
            if u.kind == "entity"
            for i in u.entity_ids
        ):  # ('76-ci sessiyada': a session read from its number, a unit without a name matched)
            return None  # (an address is named by its session or its year: read the candidates only then)
        ranked = self.candidates(parsed)
        top = ranked[0] if ranked else None
        if top is None or top.fact.kind != "speech" or not top.fact.conflicts_with or top.coverage < MIN_COVERAGE:
            return None
        return None if [u for u in top.missing if not u.generic] else top.fact

    @cached_property
    def _disputed_speeches(self) -> list[Fact]:
        """The addresses whose date the sources dispute, found once."""
        return [f for f in self.index.facts.values() if f.kind == "speech" and f.conflicts_with]

    @cached_property
    def _symbols(self) -> frozenset[str]:
        """The document symbols the facts give, read once."""
        texts = (t for fact in self.index.facts.values() for t in (fact.statement.en, *fact.keywords))
        return frozenset(m.group(0) for text in texts for m in SYMBOL.finditer(text))

    def _unknown_symbol(self, parsed: Parsed) -> bool:
        """Whether the question gives a document symbol ('61/243') that no fact gives (the curator keys the
        resolutions' symbols, which the documents lack, with a note saying so)."""
        return any(
            match.group(0) not in self._symbols
            for match in SYMBOL.finditer(parsed.text)
            if not (int(match.group(1)) <= 31 and int(match.group(2)) <= 12)  # '19/09': a day, not a symbol
        )

    @staticmethod
    def _ordinal_asked(parsed: Parsed, label: str) -> bool:
        """Whether the question writes this number as an ordinal ('51st', '51e', '51-ci', '51-й')."""
        if not label.isdigit() or int(label) <= 31:
            return False  # ('the 28th of that month', 'а 24-го?': a day)
        if re.search(r"\b(rank\w*|place\w*|class\w*|rang|мест\w*|yer\w*)\b", parsed.folded):
            return False  # ('did it rank 165th?': a rank, checked against the figures of the ranking)
        ending = r"(st|nd|rd|th|e|eme|er|-?(ci|cu|cı|cü|inci|й|я|е|го|м))"
        return re.search(rf"\b{label}{ending}\b", parsed.folded) is not None

    @staticmethod
    def _dated_in_words(fact: Fact) -> bool:
        """Whether the statement itself gives the fact's date ('On 24 September 2020, …')."""
        return fact.date is not None and format_date(fact.date, "en") in fact.statement.en

    def _names_session_or_event(self, parsed: Parsed, entity_ids: frozenset[str] | set[str]) -> bool:
        """Whether the question names a session or an event that the fact (with these entities) is about."""
        return any(
            i in entity_ids and self.index.entities_of_type(i) in ("session", "event")
            for unit in parsed.units
            if unit.kind == "entity"
            for i in unit.entity_ids
        )

    def _which_kind_named(self, parsed: Parsed, fact: Fact, unit: Unit) -> bool:
        """'which agency gave …?', 'which country occupied …?', 'at which event …?': a fact naming one answers which
        (only when the question is pinned by a name or a date: 'which UN agency gave Azerbaijan a diploma?' fits
        the FAO's, UNFPA's and WIPO's alike)."""
        if unit.stems.isdisjoint(WHICH_KINDS) or not (parsed.specific_entities or parsed.dates):
            return False
        return self._asks_which(parsed, unit) and self._names_one_of_kind(parsed, fact, unit)

    def _names_one_of_kind(self, parsed: Parsed, fact: Fact, unit: Unit) -> bool:
        """Whether the fact names something of the kind a 'which' word asks for (an agency, a country, a session),
        other than what the question names and than Azerbaijan and the UN, which nearly every fact names."""
        kinds = {kind for word, kind in WHICH_KINDS.items() if word in unit.stems}
        asked = {i for match in parsed.entities for i in match.entity_ids}
        if kinds == {"country"} and "azerbaijan" not in asked and AZERBAIJAN_FIRST.match(fact.statement.en):
            # 'which country chaired the Non-Aligned Movement?': Azerbaijan, which most facts name, answers when
            # the fact is what it did ('Azerbaijan chaired …'; not what Aliyev said it had done)
            return True
        return self._names_other_of(parsed, fact, kinds, ignored=GENERIC_ENTITIES)

    def _names_other_of(self, parsed: Parsed, fact: Fact, kinds: set[str], ignored: frozenset[str]) -> bool:
        ignored = ignored | {i for match in parsed.entities for i in match.entity_ids}
        named = (*fact.participants, *fact.organisations, *fact.related, *((fact.place,) if fact.place else ()))
        return any(i not in ignored and self._of_kind(i, kinds) for i in named)

    def _of_kind(self, ident: str, kinds: set[str]) -> bool:
        """Whether the entity is of one of these types (a special session, an event, is a session too; a
        programme, the Great Return, is asked for as the UN's programmes are, with the agencies)."""
        kind = self.index.entities_of_type(ident)
        return (
            kind in kinds
            or (kind == "event" and "session" in kinds and "session" in self.index.entities[ident].name.en.lower())
            or (kind == "programme" and "organisation" in kinds)
        )

    def _member_of_another_body(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether the question asks of membership of the UN itself and the fact is of a body within it."""
        asked = {i for match in parsed.entities for i in match.entity_ids}
        bodies = {i for i in fact.organisations if i not in GENERIC_ENTITIES}
        return "un" in asked and bool(bodies) and not bodies & asked

    def _names_none_asked(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether 'which countries / agencies …?' is put to a fact that names none but those the question names."""
        kinds = {WHICH_KINDS[s] for word in which_words(parsed.folded)[:2] for s in stems_of(word) if s in WHICH_KINDS}
        return (
            bool(kinds)
            and parsed.intent != "count"
            and not self._names_other_of(parsed, fact, kinds, frozenset({"un"}))
        )

    def _counts_people(self, fact: Fact) -> bool:
        return any({stem(w, "en") for w in tokens(q.unit)} & PERSONS for q in fact.numbers)

    @cached_property
    def _topic_stems(self) -> frozenset[str]:
        words = ("discuss", "speak", "topic", "subject", "sujet", "sujets", "тема", "темы", "говорили", "mövzu")
        return frozenset(s for w in words for s in self.parser.synonyms_of(w) | {stem(fold(w), script_lang(w))})

    def _meeting_topics(self, meeting: Fact, parsed: Parsed) -> list[Fact]:
        """What was said or discussed at a meeting: the facts its report gives for the same day and people, those
        that hold the question's words first."""
        people = set(meeting.participants)
        kinds = ("statement", "cooperation", "statistic", *(("speech",) if meeting.kind == "speech" else ()))
        # an address two sources date differently: what each reports was said in it
        sides = [meeting, *(self.index.facts[c] for c in meeting.conflicts_with if c in self.index.facts)]
        found = [
            f
            for side in sides
            for f in self._reported_with(side)
            if f.kind in kinds and f not in sides and not f.conflicts_with
        ]
        found = list(dict.fromkeys(found))
        terms = [u for u in parsed.units if u.kind == "term"]
        speakers = (
            {i for m in parsed.specific_entities for i in m.entity_ids} & people
            if SAID.search(parsed.folded)
            else set()
        )
        if speakers:  # 'what did Guterres say?': his words at that meeting
            found = [f for f in found if self._first_person(f) in speakers]
        return sorted(found, key=lambda f: (not self._covers(f, terms), first_paragraph(f), f.id))

    def _next_on_the_day(self, fact: Fact, *, after: bool) -> Fact | None:
        """What the sources place just after (or before) this fact on the same day: a fact of the same report
        saying it came after this one ('after Aliyev had signed the book'), or the one this fact says it came
        before ('before his talks with Guterres')."""
        own = {stem(w, "en") for w in tokens(fact.statement.en) if w not in ALL_STOPWORDS}
        others = self._reported_with(fact)

        def said_of(text: str, word: str) -> set[str]:
            found = re.search(rf"\b{word}\b(.*)", fold(text))
            return {stem(w, "en") for w in WORD.findall(found.group(1)) if w not in ALL_STOPWORDS} if found else set()

        for other in others:
            if len(said_of(other.statement.en, "after" if after else "before") & own) >= 2:
                return other
        ahead = said_of(fact.statement.en, "before" if after else "after")
        for other in others:
            if len(ahead & {stem(w, "en") for w in tokens(other.statement.en)}) >= 2:
                return other
        return None

    def _summed_up(self, fact: Fact) -> list[Fact]:
        """The facts of its kind that a fact dated over a span speaks of together (the 2006 and 2008 resolutions
        of 'the resolutions of 2006 and 2008 demanded …'), in order; none unless there are two or more."""
        if fact.date is None or not fact.date.is_range:
            return []
        anchors = {i for i in (*fact.organisations, *fact.related) if i not in GENERIC_ENTITIES}
        inside = [self.index.facts[i] for i in self.index.facts_between(fact.date.start, fact.date.end) if i != fact.id]
        summed = [
            other
            for other in inside
            if other.kind == fact.kind
            and other.date is not None
            and not other.date.is_range
            and fact.date.start <= other.date.start
            and other.date.end <= fact.date.end
            and anchors & {*other.organisations, *other.related}
        ]
        return sorted(summed, key=fact_order) if len(summed) > 1 else []

    def _series(self, fact: Fact) -> list[Fact]:
        """The facts of the same kind about the same bodies or events, in order (the four 1993 resolutions)."""
        anchors = {i for i in (*fact.organisations, *fact.related) if i not in GENERIC_ENTITIES}
        words = {w for w in tokens(fact.statement.en) if w not in ALL_STOPWORDS}
        series = [
            other for other in self.index.facts.values()
            if other.kind == fact.kind and anchors & {*other.organisations, *other.related}
            # said alike: the presidencies of May 2012 and October 2013, not 'the first elected' (a title too)
            and len(words & set(tokens(other.statement.en))) * 3 >= len(words) * 2
        ]  # fmt: skip
        if len(series) < 2 and fact.kind in ("speech", "meeting", "award") and fact.participants and fact.date:
            # 'When did Heydar Aliyev speak at the General Assembly?' (1994), 'and the second one?': his next
            # speech, one per day
            people = set(fact.participants)  # (the same two for a meeting: not Guterres's next meeting, with Aliyev)
            theirs = set.intersection(*(self.index.by_entity_direct.get(p, set()) for p in people))
            by_day: dict[Any, Fact] = {}
            for other in sorted((self.index.facts[f] for f in theirs), key=fact_order):
                if (
                    other.kind == fact.kind
                    and other.date is not None
                    and people <= set(other.participants)
                    # at the same body: not Aliyev's talks with Guterres after the Council meeting he chaired
                    and (not anchors or bool(anchors & {*other.organisations, *other.related}))
                ):
                    by_day.setdefault((other.date.start, other.date.end), other)
            series = list(by_day.values())
        return sorted(series, key=fact_order) if len(series) > 1 else []

    def _counts(self, fact: Fact, units: list[Unit]) -> bool:
        """Whether one of the fact's figures counts what these words name ('régions' of '3 regions covered'; in
        French, the words after the figure in the French statement: '3 déclarations présidentielles')."""
        asked = {s for u in units for s in u.stems}
        # ('citizens killed by mines' counts citizens: 'how many mines were cleared?' is not answered by it)
        if any(set(index_terms(q.unit.split(" by ")[0], "en")) & asked for q in fact.numbers):
            return True
        said = fold(fact.statement.fr)
        for q in fact.numbers:
            after = re.search(rf"(?<![\d.,]){re.escape(f'{q.value:g}')}\s+((?:\w+\s+){{0,2}}\w+)", said)
            if after and {st for w in after.group(1).split() for st in stems_of(w)} & asked:
                return True
        return False

    def _covers(self, fact: Fact, units: list[Unit]) -> bool:
        """True when the fact holds every one of these words."""
        terms = self.index.fact_terms.get(fact.id, frozenset())
        return all(u.stems & terms for u in units)

    def _country_slots(
        self, words: list[str], matches: Sequence[EntityMatch], lang: str, reach: int
    ) -> set[tuple[str, str, str]]:
        """(country, stem, side) for the content words right after (the first `reach` of them) or just before each
        country a text names: 'Armenia's territorial integrity', 'aggression against Azerbaijan', 'Armenia had been
        defeated'. A country joined to another ('between Armenia and Azerbaijan') holds no slot of its own."""
        slots: set[tuple[str, str, str]] = set()
        inside = {k for m in matches for k in range(m.start, m.end)}
        for m in matches:
            if self.index.entities_of_type(m.entity_ids[0]) != "country":
                continue
            if {*words[m.end : m.end + 1], *words[max(0, m.start - 1) : m.start]} & JOINING:
                continue
            after = [w for k, w in enumerate(words[m.end : m.end + 5], m.end) if k not in inside]
            content = [w for w in after if w not in ALL_STOPWORDS and w not in SLOT_GLUE][:reach]
            slots |= {(m.entity_ids[0], stem(w, lang), "after") for w in content}
            start = max(0, m.start - 3)
            before = [w for k, w in enumerate(words[start : m.start], start) if k not in inside]
            content = [w for w in before if w not in ALL_STOPWORDS and w not in SLOT_GLUE][-1:]
            slots |= {(m.entity_ids[0], stem(w, lang), "before") for w in content}
        return slots

    def _countries_swapped(self, parsed: Parsed, fact: Fact) -> bool:
        """Whether the question puts one country where the fact puts the other: 'Azerbaijan was defeated' of
        'Armenia had been defeated', 'Armenia's territorial integrity' of Azerbaijan's."""
        lang = "fr" if parsed.lang == "fr" else "en"
        if parsed.lang not in ("en", "fr"):
            return False
        # (the question's first word after a name against the statement's first three: 'Azerbaijan's leadership'
        # of 'Armenia's military and political leadership')
        asked = self._country_slots(parsed.tokens, parsed.entities, lang, reach=1)
        if not asked:
            return False
        words, matches = self._statement_names(fact, lang)
        said = self._country_slots(words, matches, lang, reach=3)
        for country, word, side in asked:
            others = {c for c, w, s in said if w == word and s == side}
            if others and country not in others:
                return True
        return False

    def _object_differs(self, parsed: Parsed, fact: Fact) -> bool:
        """'Did the General Assembly condemn Azerbaijan?', 'Guterres a-t-il félicité l'Arménie ?': in 'X <verb> Y',
        Y is what it was done to; the fact, using that verb, does it to another (or to no such name after it). Only
        where the fact has the verb itself, in the active voice."""
        if parsed.lang not in ("en", "fr"):
            return False
        words, lang = parsed.tokens, parsed.lang
        subject = next((m for m in parsed.entities if m.start <= 2), None)
        if subject is None:
            return False
        at = subject.end
        while at < len(words) and (words[at] in ALL_STOPWORDS or words[at] == "t"):
            at += 1  # ('a-t-il')
        auxiliary = words[0] in ("did", "does", "do", "has", "have", "had") or (
            lang == "fr" and {"a", "ont"} & set(words[subject.end : at])
        )
        if at >= len(words) - 1 or not auxiliary:
            return False  # ('was Azerbaijan the first …': no verb after the name)
        verb = words[at]
        start = at + 2 if words[at + 1] in ARTICLES else at + 1
        asked = next((m for m in parsed.entities if m.start == start), None)
        if asked is None or asked is subject:
            return False
        if asked.end < len(words) and words[asked.end] not in ALL_STOPWORDS:
            return False  # ('receive WFP food aid': the name qualifies what is received, it is not it)
        said, names = self._statement_names(fact, lang)
        done = next(
            (
                i
                for i, w in enumerate(said)
                if len(w) > 3 and stem(w, lang) == stem(verb, lang) and not (i and said[i - 1] in _NOUN_MARKERS)
            ),
            None,
        )  # ('… as he recalled in his address': a noun, not the verb)
        if done is None or (done > 0 and said[done - 1] in PASSIVE) or said[done + 1 : done + 2] in (["by"], ["par"]):
            return False
        after = [m for m in names if m.start > done]
        near = [m for m in after if m.start - done - 1 <= 3]
        if any(set(m.entity_ids) & set(asked.entity_ids) for m in near):
            return False
        if not self._heads_of(asked.entity_ids).isdisjoint(fact.participants):
            return False  # 'Guterres a-t-il remercié l'Azerbaïdjan ?': he thanked its President
        if any(not set(m.entity_ids) <= GENERIC_ENTITIES for m in near) and asked in parsed.specific_entities:
            # another name right after the verb ('félicité Ilham Aliev', not 'l'Arménie'; its President may stand for
            # Azerbaijan)
            return True
        return not any(set(m.entity_ids) & set(asked.entity_ids) for m in after)  # the name asked is not after it

    @cached_property
    def _presidents(self) -> dict[str, frozenset[str]]:
        """Country id -> the people the sources make its President (who may stand for it)."""
        found: dict[str, set[str]] = {}
        for country in (e for e in self.index.entities.values() if e.type == "country"):
            pattern = re.compile(rf"\bpresident of (the republic of )?{re.escape(fold(country.name.en))}\b")
            for person in (e for e in self.index.entities.values() if e.type == "person"):
                if any(pattern.search(fold(r.title.en)) for r in person.roles):
                    found.setdefault(country.id, set()).add(person.id)
        return {country: frozenset(people) for country, people in found.items()}

    def _heads_of(self, countries: Iterable[str]) -> set[str]:
        """The people the sources make President of one of these countries."""
        return {p for c in countries for p in self._presidents.get(c, frozenset())}

    def _subject_acts(self, parsed: Parsed, fact: Fact) -> bool:
        """For 'did X <verb> ...?': X must be one who acts in the fact (a participant, or the body that acts)."""
        if not parsed.tokens:
            return True
        terms = [u for u in parsed.units if u.kind == "term"]
        if parsed.tokens[0] not in ("did", "does", "do", "has", "have", "had"):
            # 'Алиев поздравил Гутерреша?', 'Əliyev Quterreşi təbrik edib?', 'Aliev a félicité Guterres ?': the
            # person named first is the one who acts, as after 'did'
            opening = 1 if parsed.tokens[0] in ("was", "were", "is", "are") else 0  # 'was Azerbaijan defeated?'
            first = next((m for m in parsed.entities if m.start == opening), None)
            acts = self._who_acts(parsed, fact, first) if first is not None and terms else None
            if acts is not None:
                return acts  # 'Ermənistan 51-ci maddəyə istinad edibmi?': Azerbaijan invoked it
            return not (
                first is not None
                and first in parsed.specific_entities
                and terms
                and self.index.entities_of_type(first.entity_ids[0]) == "person"
                and len(fact.participants) >= 2
                and fact.kind != "meeting"
                and MEETING_VERBS.isdisjoint(parsed.tokens)
                and self._first_person(fact) not in first.entity_ids
            )
        specific = parsed.specific_entities
        for match in parsed.entities:
            following = parsed.tokens[match.end : match.end + 1]
            opens = match.start == 1 or (  # ('did the Council …', not 'did the covid vaccine resolution pass?')
                match.start == 2
                and parsed.tokens[1] in ARTICLES
                and self.index.entities_of_type(match.entity_ids[0]) in ("organisation", "country", "person")
            )
            if opens and following and any(stem(following[0], "en") in u.stems for u in terms):
                acts = self._who_acts(parsed, fact, match)
                if acts is not None:
                    return acts  # 'did Azerbaijan sign the act of surrender?': Armenia signed it
                sides = [o for o in fact.organisations if self.index.entities_of_type(o) == "country"]
                if not fact.participants and len(sides) >= 2 and set(sides) & set(match.entity_ids):
                    return False  # 'did Armenia start the war?': a war of two countries does not say who began it
                if match not in specific:
                    return True  # 'did Azerbaijan host COP29?': the country the sources are about
                actors = set(fact.participants) | set(self._actors(fact))
                if (
                    len(fact.participants) >= 2
                    and fact.kind != "meeting"
                    and following[0] not in MEETING_VERBS
                    and self._first_person(fact) not in match.entity_ids
                ):
                    return False  # 'did Aliyev congratulate Guterres?': Guterres congratulated Aliyev
                return not actors or not actors.isdisjoint(match.entity_ids)
        return True

    def _who_acts(self, parsed: Parsed, fact: Fact, subject: Any) -> bool | None:
        """Whether the subject is the country or person the statement names as doing what is asked ('Armenia was
        forced to hand over'), or None when the statement names no one so."""
        # the verb: the first word asked after the subject ('did Zuev brief ...', 'Baïramov a-t-il évoqué ...')
        verb = next(
            (u for w in parsed.tokens[subject.end :] for u in parsed.units if u.kind == "term" and u.label == w), None
        )
        if verb is None:
            return None
        patients = self._patients(verb, fact)
        if patients:
            # 'Armenia had been defeated': 'did Armenia defeat ...?' is no, 'was Armenia defeated?' yes, 'was
            # Azerbaijan defeated?' no
            undergoes = parsed.tokens[:1] in (["was"], ["were"], ["is"], ["are"]) and verb.label.endswith("ed")
            asked_passive = undergoes or bool(re.search(rf"\b(was|were|been) {re.escape(verb.label)}", parsed.folded))
            if asked_passive:
                return not patients.isdisjoint(subject.entity_ids)
            return False if not patients.isdisjoint(subject.entity_ids) else None
        agent = self._agent(replace(parsed, units=[verb]), fact)
        if not agent or self.index.entities_of_type(agent[0]) not in ("country", "person", "organisation"):
            return None
        if self.index.entities_of_type(agent[0]) == "organisation" and agent[0] in GENERIC_ENTITIES:
            return None  # ('the UN' acts for any of its bodies)
        return agent[0] in subject.entity_ids

    def _patients(self, verb: Unit, fact: Fact) -> set[str]:
        """The countries or people a statement says underwent the verb: 'Armenia had been defeated', 'Aliyev and
        Guterres were photographed'."""
        words, names = self._statement_names(fact, "en")
        inside = {k for m in names for k in range(m.start, m.end)}
        for i, word in enumerate(words):
            if i == 0 or stem(word, "en") not in verb.stems or words[i - 1] not in PASSIVE:
                continue
            if not word.endswith(("ed", "en", "wn")):
                continue  # 'was ready': a state, not something undergone
            found = {
                m.entity_ids[0]
                for m in names
                if i - 10 <= m.end < i
                and {words[k] for k in range(m.end, i) if k not in inside} <= AUXILIARIES | {"and"}
                and self.index.entities_of_type(m.entity_ids[0]) in ("country", "person")
            }
            if found:
                return found
        return set()

    def _agent(self, parsed: Parsed, fact: Fact) -> list[str]:
        """'Who put it forward?' of 'a resolution put forward by Azerbaijan': the name after the asked verb and 'by'."""
        terms = [u for u in parsed.units if u.kind == "term"]
        if not terms:
            return []
        words, names = self._statement_names(fact, "en")
        for i, word in enumerate(words):
            if not any(stem(word, "en") in u.stems for u in terms):
                continue
            for j in range(i + 1, min(i + 4, len(words))):
                # ('no positive reaction from Armenia': a noun's 'from' names who acts, a verb's does not: 'received
                # a diploma from the FAO')
                if words[j] == "by" or (words[j] == "from" and not word.endswith(("ed", "ing"))):
                    after = [m for m in names if m.start == j + 1]
                    return list(after[0].entity_ids[:1]) if after else []
            # 'that Armenia was forced to hand over': the name just before the asked word itself (not a synonym:
            # 'who was chairman?' is not who 'chaired'), across auxiliaries only ('Armenia had been defeated' is
            # the one defeated)
            asked = {stem(u.label, "en") for u in terms}
            before = [m for m in names if i - 5 <= m.end <= i and set(words[m.end : i]) <= AUXILIARIES]
            if before and stem(word, "en") in asked and words[i - 1] not in PASSIVE:
                return list(before[-1].entity_ids[:1])
        return []

    def _actors(self, fact: Fact) -> list[str]:
        """Who acts in a fact: its people, else the bodies named (the Security Council adopted resolution 853)."""
        people = [p for p in fact.participants if p in self.index.entities]
        if people:
            return people
        return [o for o in fact.organisations if o in self.index.entities and o not in GENERIC_ENTITIES][:1]

    def _not_in_sources(
        self, parsed: Parsed, lang: str, headline: str, fact: Fact | None, answer: Answer | None = None
    ) -> Answer:
        """An honest 'the sources do not say', with the fact (or the answer) it was about as the source."""
        if fact is not None:
            answer = self._answer(
                parsed, lang, headline, [self._item(fact, lang, [fact])], [fact], None, [], confidence=0.0
            )
        assert answer is not None
        return replace(answer, headline=headline, answered=False, confidence=0.0)

    @cached_property
    def _latest(self) -> dt.date:
        """The day of the latest source: what it dates after is a plan, not an event."""
        return max(source.published.start for source in self.index.base.sources.values())

    @cached_property
    def _horizon(self) -> int:
        """The year of the latest source: what the sources can say holds 'now'."""
        return self._latest.year

    def _ended(self, date: Any, fact: Fact | None = None, *, still: bool = False) -> bool:
        """Whether a title, seat or state dated so was over before the latest source ('2012-2013', '1994-2000'),
        so that 'is it (still) ...?' cannot be a yes. A membership with no end is not; any other fact only when
        'still' is asked ('is Nagorno-Karabakh still occupied?' of a 1993 resolution)."""
        if date is None or (fact is not None and fact.kind == "membership" and not date.is_range):
            return False  # a member since 1992 is a member still
        if fact is not None and BEGAN_STATE.search(fact.statement.en):
            return False  # 'the first ... elected', 'a mission opened in 1992': not over because time passed
        if fact is None or fact.kind in LASTING_KINDS:
            return bool(date.end.year < self._horizon)
        # 'is Azerbaijan at war with Armenia?': an event of 2020 is not going on now
        return (still or fact.kind in EVENT_KINDS) and date.end.year < self._horizon - 1

    def _as_of(self, fact: Fact) -> Any:
        """The date of an undated fact's latest source: what 'still' can be asked against."""
        dates = [
            self.index.base.sources[c.source].published for c in fact.citations if c.source in self.index.base.sources
        ]
        return max(dates, key=lambda d: d.end) if dates else None

    def _with_previous_entities(self, parsed: Parsed, context: Mapping[str, Any], lang: str) -> Answer:
        """'What did he say about refugees?': the question, with 'he' standing for the previous subject."""
        previous = [i for i in context.get("entities", []) if i in self.index.entities and i not in GENERIC_ENTITIES]
        if not previous:  # 'resolution 822' then 'who voted for it?': 'it' is what the previous fact is about
            facts = [self.index.facts[f] for f in context.get("facts", [])[:1] if f in self.index.facts]
            previous = [i for f in facts for i in (*f.related, *f.organisations) if i not in GENERIC_ENTITIES]
            # a document the fact is about is what 'it' is: 'what did the resolutions demand?', 'who adopted
            # them?' asks of those resolutions, not of anything about the conflict
            documents = [i for i in previous if self.index.entities[i].type == "document"]
            previous = documents[:1] or previous
        people = tuple(i for i in previous if self.index.entities[i].type == "person")
        things = tuple(i for i in previous if self.index.entities[i].type not in ("person", "place", "country"))
        spoken = set(WORD.findall(parsed.folded))
        if len(people) > 1 and spoken & PERSON_PRONOUNS and not spoken & PLURAL_PRONOUNS and context.get("question"):
            # 'who is Zuev?' (his meeting with Bayramov shown), 'what did he say about security?': the one asked of
            asked = [i for m in self.parse(str(context["question"])).entities for i in m.entity_ids if i in people]
            people = tuple(asked) if len(asked) == 1 else people
        if not things and spoken & THING_PRONOUNS:
            # 'qui l'a félicité pour ça ?' after who chaired the NAM: 'ça' is the chairmanship the fact is about
            shown = [self.index.facts[f] for f in context.get("facts", [])[:1] if f in self.index.facts]
            things = tuple(
                i
                for f in shown
                for i in (*f.related, *f.organisations)
                if i not in GENERIC_ENTITIES and self.index.entities_of_type(i) not in ("person", "place", "country")
            )
        # the occasion, when there is one: 'did Aliyev speak?' after the UN75 meeting is asked of that meeting, not
        # of anything held by the General Assembly it was held beside
        things = tuple(i for i in things if self.index.entities[i].type in ("event", "session")) or things
        words = set(WORD.findall(parsed.folded)) - ({"onu"} if parsed.lang != "az" else set())
        # One unit for each group: the pronoun stands for one of the names, not for each; a session or an event
        # of the previous question stays the setting ('what did he propose there?').
        groups = [people, things] if words & PERSON_PRONOUNS and people else [things or people]
        both = words & SUBJECT_PRONOUNS and words & OBJECT_PRONOUNS  # 'what did he tell him?': one each
        if (words & PLURAL_PRONOUNS or both) and len(people) > 1:
            groups = [(p,) for p in people] + [things]  # 'they' are the people together, not either of them
        units = list(parsed.units)
        for wanted in (g for g in groups if g):
            units.append(Unit(" / ".join(wanted), max(self.index.entity_idf(i) for i in wanted), "entity", wanted))
        dates = list(parsed.dates)
        shown = [self.index.facts[f] for f in context.get("facts", []) if f in self.index.facts]
        spans = [f.date for f in shown if f.date is not None]
        # 'then', or the previous answer's kind named again ('qui a présidé la réunion ?'): that same time
        same_kind = shown and any(u.kind_word and kind_of(u.label) == shown[0].kind for u in parsed.units)
        # ('how many resolutions?' after the presidencies: counted in their time too)
        # 'il a parlé des mines ?' after what Bayramov and Guterres discussed: at that meeting, not at another
        occasions = {o.id for f in shown if (o := self._occasion(f)) is not None and o.kind == "meeting"}
        there = (
            len(occasions) == 1
            and not parsed.entities
            and words & PERSON_PRONOUNS
            and parsed.intent in ("yesno", "what", "about")
        )
        if (words & AT_THAT_TIME or same_kind or there or parsed.intent == "count") and spans and not dates:
            # 'how many resolutions were adopted then?': in the time of the previous answer (May 2012-October 2013)
            when = DateQuery(min(d.start for d in spans), max(d.end for d in spans), "range", (0, 0))
            dates.append(when)
            # (the meeting's day only keeps out what was said elsewhere: it adds nothing to what the fact covers)
            weight = MEETING_DAY if there and not (words & AT_THAT_TIME or same_kind) else self.index.max_idf * 0.8
            units.append(Unit(format_query(when, "en"), weight, "date"))
        augmented = replace(parsed, units=units, dates=dates, followup=False)
        if augmented.intent == "yesno":
            return self._yesno(augmented, lang)
        said_there = shown[:1] if shown and shown[0].kind == "speech" and words & PERSON_PRONOUNS else []
        terms = [u for u in parsed.units if u.kind == "term"]
        if said_there and terms and not dates and self._covers(said_there[0], terms):
            # 'à quelle session … en 2004 ?', 'et qu'a-t-il demandé ?': in that speech, not in another of his
            chosen = Candidate(said_there[0], 1.0, 1.0, [], [])
            return self._compose_single(replace(augmented, intent="what"), lang, chosen, [chosen])
        # 'how many times did it preside?': each time, counted; 'what other awards has she received?': each one
        other = re.search(r"\b(other|others|else|autres|другие|diger)\b", parsed.folded)
        if other and augmented.kind_hint and people:
            # 'what other awards did she get?': her others of that kind, not the one just shown (nor only those of
            # its UNESCO), and not narrowed by 'other' or 'get'
            shown_ids = {f.id for f in shown}
            person = Unit(" / ".join(people), max(self.index.entity_idf(i) for i in people), "entity", people)
            kept = replace(
                augmented,
                intent="list",
                units=[*(u for u in parsed.units if u.kind not in ("term", "unknown") or u.kind_word), person],
            )
            others = [f for f in self._filter(kept) or [] if f.id not in shown_ids]
            if others:
                others.sort(key=fact_order)
                items = [self._item(f, lang, others, dated=True) for f in others]
                headline = self._list_headline(kept, lang, others)
                return self._answer(kept, lang, headline, items, others, None, [], confidence=0.8)
        listed = self._list(augmented, lang) if augmented.intent == "list" and HOW_OFTEN.search(parsed.folded) else None
        if (
            listed is None
            and augmented.intent == "list"
            and people
            and any(u.kind_word for u in parsed.units)
            and (WHICH.search(parsed.folded) or WHAT_WORD.search(parsed.folded))
        ):
            # 'what awards does she have?' after her UNESCO title: all of hers of that kind, not only UNESCO's
            person = Unit(" / ".join(people), max(self.index.entity_idf(i) for i in people), "entity", people)
            theirs = self._list(replace(augmented, units=[*parsed.units, person]), lang)
            listed = theirs if theirs is not None and theirs.answered else None
        if listed is None and augmented.intent == "list" and parsed.dates and any(u.kind_word for u in parsed.units):
            # 'and the resolutions after that?' of the 2004 agenda item: those of its subject after 2004
            # (all of them, not either; a place too: the occupied territories the agenda item was about)
            each = [Unit(i, self.index.entity_idf(i), "entity", (i,)) for i in previous if i not in people]
            found = self._list(replace(augmented, units=[*(u for u in units if u.entity_ids != things), *each]), lang)
            listed = found if found is not None and found.answered and len(found.facts) > 1 else None
        answer = listed or self._single(augmented, lang)
        if (
            not answer.answered
            and people
            and things
            and groups == [things]
            and starts_followup(parsed.folded)
            and not spoken & THING_PRONOUNS  # ('et ça a commencé quand ?': 'ça' is the thing, not the person)
        ):
            # 'and the gold medal?' after her UNESCO title, 'et sur les réfugiés ?' after what Guterres said of
            # COP29: the person stays, the body or the event was only the last question's
            person = Unit(" / ".join(people), max(self.index.entity_idf(i) for i in people), "entity", people)
            return self._single(replace(augmented, units=[*(u for u in units if u.entity_ids != things), person]), lang)
        return answer

    def _merge(
        self, context: Mapping[str, Any], parsed: Parsed, *, keep_entities: bool, replace_last: bool | None = None
    ) -> Answer:
        """'et en 2013 ?' or 'and Bayramov?': the previous question with the new date or name put in."""
        previous = self.parse(str(context["question"]))
        units = [u for u in previous.units if not (parsed.dates and u.kind == "date")]
        new_types = {self.index.entities_of_type(i) for m in parsed.specific_entities for i in m.entity_ids}

        def same_kind(u: Unit) -> bool:
            return u.kind == "entity" and bool({self.index.entities_of_type(i) for i in u.entity_ids} & new_types)

        if keep_entities and new_types and "person" not in new_types:
            # 'Leyla Aliyeva et la FAO ?', 'et avec le PNUE elle a fait quoi ?': she stays, UNEP takes FAO's place
            units = [u for u in units if not same_kind(u)]
        if parsed.specific_entities and not keep_entities:
            # 'and Bayramov?': the new name takes the place of the previous ones of its kind; 'and Armenia?' after
            # 'when was Azerbaijan on the Security Council?' keeps the Council.
            alike = [u for u in units if same_kind(u) and not u.generic]
            if len(alike) > 1 and new_types == {"person"}:
                # 'and with Guterres?' takes the place of the one met; 'and Aliyev?' of whichever gives an answer
                if replace_last is None:
                    with_word = bool(re.search(r"\b(with|avec|с|ile|ilə)\b", parsed.folded))
                    first = self._merge(context, parsed, keep_entities=keep_entities, replace_last=with_word)
                    if first.answered or with_word:
                        return first
                    return self._merge(context, parsed, keep_entities=keep_entities, replace_last=True)
                gone = alike[-1] if replace_last else alike[0]
                units = [u for u in units if u is not gone]
            elif any(same_kind(u) for u in units):
                units = [u for u in units if not same_kind(u)]
            else:  # 'and the UNAOC one?' after the youth forum: another thing altogether
                speaker = bool(SAID.search(previous.folded))  # 'and about the NAM?': still what Guterres said
                units = [
                    u
                    for u in units
                    if not same_kind(u)
                    and not (
                        u.kind == "entity"
                        and not u.generic
                        and not (speaker and {self.index.entities_of_type(i) for i in u.entity_ids} == {"person"})
                    )
                ]
        people = [i for i in context.get("entities", []) if self.index.entities_of_type(i) == "person"]
        if (
            people
            and pronouns_in(previous.folded, previous.lang)
            and not any({self.index.entities_of_type(i) for i in u.entity_ids} == {"person"} for u in units)
        ):
            # 'did they talk about mines?', 'and about Armenia?': 'they' are still the two who met
            wanted = tuple(people)
            units.append(Unit(" / ".join(wanted), max(self.index.entity_idf(i) for i in wanted), "entity", wanted))
        if parsed.dates:
            # A session or an event carries its own date: 'and in 1995?' asks about another one.
            units = [
                u
                for u in units
                if not (
                    u.kind == "entity" and {self.index.entities[i].type for i in u.entity_ids} <= {"session", "event"}
                )
            ]
        occasion = [
            m for m in parsed.specific_entities if {self.index.entities_of_type(i) for i in m.entity_ids} <= EVENT_KINDS
        ]
        if occasion and not parsed.dates:
            # 'in 1994?', 'and at the Millennium Summit?': the summit carries its own date, not 1994's
            units = [u for u in units if u.kind != "date"]
            previous = replace(previous, dates=[])
        years = {q.start.year for q in previous.dates if q.year_given and q.start.year == q.end.year}
        if parsed.dates and len(years) == 1 and all(not q.year_given and q.month for q in parsed.dates):
            # 'what happened in 2012?', 'and in October?': October 2012, not every October
            parsed = replace(parsed, dates=[in_year(q, years.pop()) for q in parsed.dates])
        new_units = [u for u in parsed.units if not u.generic]
        labels = {u.label for u in new_units}
        units = [u for u in units if u.label not in labels]
        kept_entities = [m for m in previous.entities if any(m.surface == u.label for u in units)]
        merged = replace(
            previous,
            # a date alone keeps the first question in the answer's context: 'and in 2012?' after 'and in 2008?'
            text=previous.text if not parsed.specific_entities else parsed.text,
            original=parsed.original,
            units=units + new_units,
            dates=parsed.dates or previous.dates,
            entities=kept_entities + parsed.specific_entities,
            followup=False,
            lang=parsed.lang if parsed.lang in ("en", "fr") else previous.lang,
        )
        bare_year = (
            previous.intent == "yesno"
            and parsed.dates
            and all(q.year_given and q.unit != "day" for q in parsed.dates)  # ('et trois jours après ?': what happened)
            and not [u for u in parsed.units if u.kind != "date"]
        )
        if bare_year:
            # 'were there mine deaths after the war?', 'bəs 2023-də?': the same yes/no, of 2023 (what happened
            # then, when the sources hold no answer to it)
            asked_again = self._merged_answer(merged)
            if asked_again.answered:
                return asked_again
        if parsed.intent not in ("what", "about") or (merged.intent == "about" and parsed.dates):
            merged = replace(merged, intent=parsed.intent if parsed.intent != "what" else "on_date")
        if HOW_OFTEN.search(parsed.folded) and not HOW_OFTEN.search(previous.folded):
            shown = [self.index.facts[f] for f in context.get("facts", [])[:1] if f in self.index.facts]
            kind = merged.kind_hint or (shown[0].kind if shown else None)
            merged = replace(merged, intent="list", folded=f"{parsed.folded} {previous.folded}", kind_hint=kind)
            if not parsed.dates:  # ('did it chair the Council in 2012?', 'how many times?': in all, not in 2012)
                merged = replace(merged, dates=[], units=[u for u in merged.units if u.kind != "date"])
        if SAID.search(parsed.folded) and not SAID.search(previous.folded):
            # 'tell me about the NAM chairmanship', 'and what did Guterres say about it?': his words on it
            merged = replace(merged, intent="what", folded=f"{parsed.folded} {previous.folded}")
        answer = self._merged_answer(merged)
        bodies = [u for u in units if {self.index.entities_of_type(i) for i in u.entity_ids} == {"organisation"}]
        shown = [self.index.facts[f] for f in context.get("facts", [])[:1] if f in self.index.facts]
        if not answer.answered and bodies and shown and parsed.specific_entities and not keep_entities:
            # 'When did Mehriban Aliyeva become a UNESCO Goodwill Ambassador?', 'and Leyla Aliyeva?': the same
            # thing of hers, with another body (FAO), if one is of the kind just shown
            loose = replace(merged, units=[u for u in merged.units if u not in bodies])
            other = self._merged_answer(loose)
            if other.answered and other.facts and self.index.facts[other.facts[0]].kind == shown[0].kind:
                return other
        kinds = {kind_of(u.label) for u in parsed.units if u.kind == "term" and u.kind_word}
        if not answer.answered and kinds and units:
            # 'When did she get the WIPO gold medal?', 'and the UNFPA diploma?': the new thing, not a 'gold' diploma
            loose = replace(merged, units=[u for u in merged.units if u.kind != "term" or u in parsed.units])
            other = self._merged_answer(loose)
            if other.answered and other.facts and self.index.facts[other.facts[0]].kind in kinds:
                return other
        return answer

    def _merged_answer(self, merged: Parsed) -> Answer:
        lang = merged.lang if merged.lang in ("en", "fr") else "en"
        if merged.intent in ("list", "on_date"):
            listed = self._list(merged, lang)
            if listed is not None:
                return listed
        if merged.intent == "about" and not SAID.search(merged.folded):
            # ('and about the NAM?' after 'what did Guterres say about COP29?' still asks his words)
            about = self._about(merged, lang)
            if about is not None:
                return about
        if merged.intent == "yesno":
            return self._yesno(merged, lang)
        return self._single(merged, lang)

    # ===== composing ===========================================================================================
    def _item(
        self, fact: Fact, lang: str, facts: Sequence[Fact], *, dated: bool = False, with_text: bool = True
    ) -> Item:
        numbers = source_numbers(facts, fact)
        text = fact.statement.get(lang) if with_text else ""
        if dated and fact.date is not None:
            prefix = format_date(fact.date, lang)
            if fact.date.inferred:
                text = f"{prefix} ({t('inferred_date', lang)}): {text}"
            elif prefix not in text:
                text = f"{prefix}: {text}"
        return Item(text=text, sources=numbers, fact_id=fact.id)

    def _answer(
        self,
        parsed: Parsed,
        lang: str,
        headline: str,
        items: Sequence[Item],
        facts: Sequence[Fact],
        best: Candidate | None,
        notes: Sequence[str],
        *,
        confidence: float | None = None,
    ) -> Answer:
        sources = self._sources(facts, lang)
        if parsed.lang not in ("en", "fr"):
            notes = [*notes, t("translated_note", lang, language=LANGUAGE_NAMES[lang][parsed.lang])]
        if confidence is None:
            confidence = round(min(0.99, 0.5 + 0.5 * best.coverage), 2) if best else 0.8
        context = {
            "question": parsed.text,
            "facts": [f.id for f in facts],
            "list": [i.fact_id for i in items if i.fact_id]
            if len(items) > 1 or parsed.intent in ("list", "on_date")
            else [],
            # Who 'he' and 'they' can be next: the names asked, and the people of a single fact answered
            # ('when did he meet Bayramov?' then 'what did they discuss?': Bayramov and Zuev).
            # (a name that could be several people is the one the answer is about: 'Aliyev' met Guterres in 2025
            # is Ilham Aliyev, and 'did he sign anything?' is not Heydar Aliyev's signing)
            "entities": sorted(
                {i for u in parsed.units if u.kind == "entity" for i in self._as_answered(u.entity_ids, facts)}
                | (set(facts[0].participants) if len(facts) == 1 else set())
            ),
            "intent": parsed.intent,
            "lang": lang,
        }
        return Answer(
            question=parsed.original or parsed.text,
            answered=True,
            lang=lang,
            detected_lang=parsed.lang,
            intent=parsed.intent,
            headline=headline,
            items=tuple(i for i in items if i.text or i.sources),
            notes=tuple(notes),
            sources=tuple(sources),
            facts=tuple(f.id for f in facts),
            confidence=confidence,
            context=context,
        )

    def _sources(self, facts: Sequence[Fact], lang: str) -> list[SourceNote]:
        paragraphs: dict[str, list[int]] = {}
        for fact in facts:
            for citation in fact.citations:
                bucket = paragraphs.setdefault(citation.source, [])
                bucket.extend(p for p in citation.paragraphs if p not in bucket)
        notes = []
        for number, (source_id, paras) in enumerate(paragraphs.items(), start=1):
            source = self.index.base.sources[source_id]
            published = format_date(source.published, lang)
            if source.published.inferred:
                published += f" ({t('inferred_date', lang)})"
            notes.append(
                SourceNote(
                    number,
                    source_id,
                    source.document,
                    source.publisher.get(lang),
                    source.title,
                    published,
                    tuple(sorted(paras)),
                )
            )
        return notes

    def _refuse(self, parsed: Parsed, lang: str, ranked: list[Candidate], *, empty: bool = False) -> Answer:
        if empty:
            example = (
                "When did Azerbaijan join the UN?" if lang == "en" else "Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?"
            )
            headline = t("refuse_empty", lang, example=example)
        else:
            headline = t("refuse", lang)
            if parsed.unknown_names:
                headline += " " + t("refuse_unknown", lang, names=join_names(parsed.unknown_names[:3], lang))
        suggestions: list[Suggestion] = []
        seen: set[str] = set()
        for candidate in ranked[:12]:
            suggestion = self._suggestion(candidate.fact, lang)
            if suggestion.query not in seen:
                seen.add(suggestion.query)
                suggestions.append(suggestion)
            if len(suggestions) == 3:
                break
        if not suggestions:
            suggestions = self._default_suggestions(lang)
        notes = (t("suggest", lang),)
        return Answer(
            question=parsed.original or parsed.text,
            answered=False,
            lang=lang,
            detected_lang=parsed.lang,
            intent=parsed.intent,
            headline=headline,
            notes=notes,
            confidence=0.0,
            suggestions=tuple(suggestions),
            context={
                "question": parsed.text,
                "facts": [],
                "list": [],
                "entities": [],
                "intent": parsed.intent,
                "lang": lang,
                "unknown": list(parsed.unknown_names),  # 'NATO': a follow-up may ask the same of a name we know
            },
        )

    def _suggestion(self, fact: Fact, lang: str) -> Suggestion:
        wanted = [q for q in fact.questions if detect_language(q) == lang]
        query = wanted[0] if wanted else (fact.questions[0] if fact.questions else fact.statement.get(lang))
        return Suggestion(label=shorten(query, 60), query=query)

    def _default_suggestions(self, lang: str) -> list[Suggestion]:
        picks = ["un-membership-1992", "unsc-non-permanent-member-2012-2013", "aliyev-guterres-meeting-2025"]
        return [self._suggestion(self.index.facts[p], lang) for p in picks if p in self.index.facts]

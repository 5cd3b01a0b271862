"""Questions taken apart: language, intent, names, dates, numbers and the words that carry the meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from bot.dates import WEEKDAY_WORDS, DateQuery, find_dates, format_query
from bot.index import GENERIC_ENTITIES, EntityMatch, KnowledgeIndex, normalise_numbers
from bot.lexicon import (
    FOREIGN_NAMES,
    INTENT_WORDS,
    KIND_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    ORDINALS,
    SYNONYMS,
    pronouns_in,
    rewrite_phrases,
    to_cyrillic,
    translate,
    typed_in_latin,
    unwrap,
)
from bot.text import ALL_STOPWORDS, STOPWORDS, detect_language, fold, is_stopword, stem, tokens

MAX_QUESTION = 4096

_INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("list", re.compile(r"\bhow many times\b|\bcombien de fois\b|\bсколько раз\b|\bnece defe\b")),
    (
        "count",
        re.compile(
            r"\bhow (many|much|long)\b|\bwhat (number|percentage)\b|\bcombien\b|\bскольк\w*|\bnece\b"
            r"|\bne qeder\b|^(the )?number of\b|^(le )?nombre d|^количество\b"
        ),
    ),
    (
        "when",
        re.compile(
            r"\bwhen\b|\b(what|which) (date|day|year|month)s?\b|\bin what year\b|\bquand\b|^date\b|\bdate of\b"
            r"|(?<!\bthe )(?<!\bits )\b(date|дата|tarixi?)\W*$"  # ('aliyev speech at un 2021 date?')
            r"|\bдата\b|^tarix|\bdate (de|du|des)\b|\bс какого\b|\bкакого года\b"
            r"|\b(quelle|quel)s? (date|annee|jour|mois)s?\b|\ba quelle date\b|\bкогда\b"
            r"|\bв как\w+ году\b|\bкакого числа\b|\bв какои (день|год)\b|\bв каком месяце\b"
            r"|\bne vaxt\b|\bhansi (il|tarix|gun)\w*\b|\bhaçan\b|\bhacan\b"
        ),
    ),
    (
        "where",
        re.compile(
            r"\bwhere\b|\bou (a|s|se|etait|ont|est)\b|^ou\b|\bou( exactement| donc| ca)?\W*$"
            r"|\bdans quel(le)? (ville|pays)\b|\bгде\b"
            r"|\bharada\b|\bharda\b|\bhara\b|\b(in |from )(which|what) country\b"
            r"|\b(in |from )?(which|what) (city|town|place|venue)\b"
            r"|\bquel(le)? (ville|lieu)\b|\bв каком (городе|месте)\b|\bиз какого города\b"
            r"|\bhansi (seher|olke|yer)\w*\b"
        ),
    ),
    (
        "on_date",
        re.compile(
            r"\bwhat (happened|took place|occurred|went on)\b|\bwhat was (going on|happening)\b"
            r"|\bevents? (on|in|of)\b|\bany(thing)? (on|in)\b|\bque s ?est[- ]il passe\b"
            r"|\bqu ?est[- ]ce qui s ?est passe\b|\bque s est passe\b|\bqu est ce qui s est passe\b"
            r"|\bчто (произошло|случилось|было)\b|\bсобытия\b|\bne bas verib\b|\bne bas verdi\b"
            r"|\bne oldu\b|\bhadiseler\b|\btimeline\b|\bchronologie\b|\bхронология\b|\bxronologiya\b"
        ),
    ),
    (
        "list",
        re.compile(
            r"\blist\b|\ball\b|\bevery\b|\beach\b|\b(which|what) (resolutions|meetings|awards|sessions|"
            r"speeches|agencies|conferences|forums|titles|events)\b|\btous\b|\btoutes\b|\bliste\b"
            r"|\bquel(le)?s\b|\bвсе\b|\bсписок\b|\bкакие\b|\bbutun\b|\bhamisi\b|\bsiyahi\b|\bhansilar\b"
        ),
    ),
    (
        "who",
        re.compile(
            r"\bwhat (is|was|are|were) the names?\b|\bquel(le)?s? (est|etait|sont) (le|les) noms?\b|\bкак зовут\b"
            r"|\badi nedir\b|^who\b|\bwho (met|is|was|were|did|chaired|signed|spoke|received|won|headed|attended|"
            r"addressed|represented|else)\b|\bwith whom\b|\bwhom\b|(?<!\bce )\bqui\b|\bavec qui\b|\bкто\b"
            r"|\bкого\b|\bс кем\b|\bkim\b|\bkimdir\b|\bkimdi\b|\bkimle\b|\bkiminle\b|\bчь(еи|я|и|е|его)\b"
        ),
    ),
)

_SPOKE_AT = re.compile(r"\b(speak|spoke|spoken|address\w*|intervenu|pris la parole|выступ\w*|cixis)\b")
_HAPPENED = dict(_INTENTS)["on_date"]  # 'what happened …?' asked in words, not a date alone
_ABOUT = re.compile(
    r"\btell me (about|more about)\b|\bwho (is|was|are|were)\b|\bwhat (is|was|are|were) (the )?\b"
    r"|\binfo(rmation)? (on|about)\b|\b(parle|parlez|raconte|racontez)[- ]?(moi|nous) (de|du|des)\b"
    r"|\bqui (est|etait|sont)\b"
    r"|\bqu ?est[- ]ce que (c ?est )?\b|\bc ?est quoi\b|\bqui etait\b|\bрасскаж\w* (о|об|про)\b"
    r"|\bкто (так|это)\w*\b|\bчто (такое|за)\b|\bhaqqinda\b|\bkimdir\b|\bnedir\b"
)

_YESNO = re.compile(
    # a statement with a tag: 'Azerbaijan joined the UN in 1993, right?', '..., n'est-ce pas ?', '..., верно?'
    r",\s*(right|correct|true|yes|no|isn t it|wasn t it|didn t (it|he|she|they)|n est ce pas|non|oui|да|верно|правда"
    r"|c ?est (bien )?(exact|vrai|juste)"
    r"|dogru|duzdur|dogrudur|elemi)\s*\?*$|"
    r"\b(was|were|is|are|has|have|had|did|a|ont|est|sont|etait|\w{3,}ed)\b.*"
    r"\s(right|isn ?t it|hasn ?t it|wasn ?t it|didn ?t (it|he|she|they)"
    r"|aren ?t they|c ?est (bien )?ca)\s*\?*$|"
    r"^(is it true|it is true|c ?est vrai|est[- ]il vrai|правда( ли)?|верно( ли)?|dogrudurmu|dogrudur)\b|"
    r"^(was|were|is|are|did|does|do|has|have|had|can|could|has|will|would|shall)\b|^est[- ]ce qu"
    r"|\b(s )?(est|sont|etait|fut)[- ]"
    r"(il|elle|ils|elles|on)\b|^(a|as|ont|est|etait|"
    r"sont)[- ]t?[- ]?(il|elle|on|ils|elles)\b|\b\w+[- ]t[- ](il|elle|on)\b|\bли\b|\b(mi|mu|mı|mü)\b"
    r"|^(l|l ?azerbaidjan)\b.*\?$|\b(ont|avait|avaient|etaient|seront|peuvent|doivent)-(ils|elles)\b"
    # 'les 4 résolutions de 1993 ont été votées par l'Assemblée ?': a statement asked, no question word
    r"|^(?!.*\b(quoi|qui|quand|ou|comment|combien|pourquoi|quel\w*|que|lesquel\w*)\b)(les|la|le)\b.*"
    r"\b(ont|a|sont|est|etaient|etait) (ete |bien )?\w+.*\?$"
    r"|^(?!.*\b(what|when|where|who|whom|which|why|how)\b)the\b.*\b(was|were|is|are|has|have|had)\b \w+.*\?$"
    # 'Гейдар Алиев выступал на 49-й сессии в 1996 году?': a statement asked, a past verb and no question word
    r"|^(?=(?:\S+\s+){2,}\S)(?!.*\b(что|кто|когда|где|как\w*|сколько|почему|зачем|чем|кому|кого|чего|чеи|чья|чьи|чье"
    r"|откуда|куда)\b)"
    r"[^?]*[а-я]\w*(ал|ял|ил|ел|ала|яла|ила|ела|али|яли|или|ели|ался|алась|ались|ось|ена|ены|ано|ята|ята)\b[^?]*\?$"
)

# A statement with a tag at its end ('..., right?', '..., c'est exact ?', '..., верно?'): a yes/no question whatever
# its words ('30 réunions à huis clos, c'est exact ?' lists no meetings).
_TAG = re.compile(
    r"(?:,\s*|\s)(right|correct|true|c ?est (?:bien )?(?:ca|exact|vrai|juste)|n est ce pas|isn ?t it|wasn ?t it"
    r"|didn ?t (?:it|he|she|they)|верно|правда|dogru|duzdur|dogrudur)\s*\?*$"
)

# The Azerbaijani question particle, apart or after a verb ('olubmu', 'edibmi', 'katibidirmi'); not the 'mu' of a
# noun ('diplomu', 'forumu'), which a keyword query ends with (folded).
_AZ_PARTICLE = re.compile(r"\b(mi|mu)\b|(ub|ib|di|du|dir|dur|ar|er|ir|ur|caq|cek|mis|mus|yib|yub)m[iu]\b")
# Number words told apart only as typed: the Azerbaijani 'beş' (five) folds to 'bəs' ('and what about').
_TYPED_NUMBERS = {"beş": "5"}
_ENGLISH_WH = re.compile(r"\b(what|who|whom|whose|when|where|which|why|how|tell|list|show|give|name|about)\b")
_ENGLISH_VERB = re.compile(
    r"\b(\w{3,}ed|was|were|is|are|has|have|had|met|won|took|spoke|gave|held|led|began|became|got|made|said|told|"
    r"came|went|lasted|signed|sent|paid|hosts|chairs|meets|helps|works|cooperates|supports)\b"
)
# "Qu'a-t-il proposé ?" inverts like a yes/no question but asks what.
# 'est-il vrai que ...', 'a-t-il dit qu'il ...' ask yes or no: their 'que' asks nothing
_TRUE_THAT = re.compile(
    r"\b(vrai|est[- ]ce|dit|declare|affirme|annonce|souligne|explique|estime|rappele|indique|assure) qu(e)?\b"
)
_FRENCH_WH = re.compile(r"\b(qu|que|quoi|quand|ou|comment|pourquoi|combien|qui|quel|quelle|quels|quelles)\b")
_SHORT_WHICH = re.compile(
    r"^((with|by|from|in|at|for|under|avec|par|de|dans|pour) (which|what|quel|quelle)|which|quel|quelle)\b"
)
# 'how long did it last?', 'did the war last 44 days?': the verb, not 'the last one'
_LAST_VERB = re.compile(r"\bhow long\b.*\blast\b|\b(did|does|do|will|would|to)( (it|they|this|that|the \w+))? last\b")
_FOLLOWUP_START = re.compile(
    r"^(and|what about|how about|et|et pour|et en|et le|et la|et les|et l|а|и|а что|bes|bəs|"
    r"ya|how about)\b"
)

_ORDINAL_NUMBER = re.compile(r"^(\d{1,3})(st|nd|rd|th|e|eme|er|ere|м|й|я|го|ci|cu|ci|cu)$")


def number_in(token: str) -> str:
    """The figure a word spells: 'five' and '5' are '5', '55th' and '55e' are '55'."""
    token = NUMBER_WORDS.get(token, token)
    ordinal = _ORDINAL_NUMBER.match(token)
    return ordinal.group(1) if ordinal else token


_NUMBERED = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th|e|eme|ème)\b")
_ORDINAL_SESSION = re.compile(
    r"\b(\d{1,3})(?:\s*(?:st|nd|rd|th|e|eme|er|-?я|-?ая|-?и|-?ои|-?ci|-?cu|-?cı|-?cü))?\s+"
    r"(?:(?:un|onu|оон|bmt) )?(?:session|sessions|сесси\w*|sessiya\w*|ga|ag|agnu|unga|general assembly|"
    r"assemblee generale|генассамбле\w*|"
    r"генеральн\w* ассамбле\w*|bas assambleya\w*)\b|\b(?:session|unga|ga|agnu|сесси\w*|sessiya\w*)\s+(\d{1,3})\b"
)

_SESSION_WORD = re.compile(r"^(session|sessions|сесси\w*|sessiya\w*)$")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W_]+")

# "What is the population of ...": a request for a figure, answered only by a fact that states one.
_QUANTITY = re.compile(
    r"\bhow old\b|\bquel age\b|\bсколько лет\b|\bneçe yas\w*|\bnece yas\w*"
    r"|\b(?!areas\b)(population|area|size|gdp|budget|salary|staff|employees|inhabitants|habitants|superficie|budget|"
    r"население|численност|площад|бюджет|ehali|sahe(?!ler)|budce|iscilerin)\w*\b"
)

# "Quelles distinctions ...", "Which General Assembly resolutions": a question word before a kind of fact in the
# plural asks for a list.
_QUEL_KIND = re.compile(r"\b(quels|quelles|какие|каких|hansi|which|what)((?: [\w-]+){1,6})")

_ANY_QUESTION_WORD = re.compile(
    r"\b(what|which|who|whom|when|where|how|why|qu|que|quoi|quel|quelle|quels|quelles|qui|quand|ou|comment"
    r"|pourquoi|combien)\b"
)
# A verb right after 'what': 'what did the resolutions demand' is not 'what resolutions'.
_AUXILIARY = re.compile(r" (did|do|does|was|were|is|are|has|have|had|will|would|can|could)\b")

_PLURALS = {
    "en": re.compile(r"[^su]s$"),
    "fr": re.compile(r"[^su][sx]$"),
    "ru": re.compile(r"[иы]$|ии$"),
    "az": re.compile(r"l[ae]r\w{0,3}$"),
}

_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")

# A capitalised word ('Putin', 'Ümumdünya', 'ÜTT', 'Şuşa', 'Путин'): any upper-case letter, not only ASCII.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁ"
_NAME_LIKE = re.compile(rf"(?<![\w'’-])([{_UPPER}][\w'’-]+|[{_UPPER}]{{2,}}[\w]*)")

# ===== helpers ===================================================================================================
_SUFFIXES = (
    r"(?:n?d[aeə]ki|y?[aeəı]|y?[dn][aeə]n?|n?[iıuü]n|l[aeə]|d[iıuü]r|[cç][iıuü]|[ny]?[iıuü]|nd[aeə]|yl[aeə]|l[aeə]r)\b"
)

_AZ_SUFFIX = re.compile(r"(?<=\w)[-'’]" + _SUFFIXES, re.IGNORECASE)

_AZ_SUFFIX_HYPHEN = re.compile(r"(?<=[\dA-ZƏÜÖĞIİŞÇ])-" + _SUFFIXES)
# '2013de', '1993cü': a year with its Azerbaijani ending typed on without a hyphen
_AZ_YEAR_SUFFIX = re.compile(r"\b((?:19|20)\d\d)(?:d[aeə]n?|t[aeə]n?|[cç][iıuü]|n?[iıuü]n)\b", re.IGNORECASE)

_QUESTION_WORDS = re.compile(
    r"\b(что|кто|когда|где|как|каков|какова|каково|каковы|какои|какая|какое|какие|какую|каких|каким|какими|какого|каком|"
    r"сколько|скольк\w*|насколько|почему|зачем|чем|кому|кого|чего|чьеи|чья|чеи|чьи|чье|чьего|necenci|neçenci|"
    r"ne|nə|neyi|nəyi|nedən|neden|kim|kimin|kimle|kiminle|kimdir|kimdi|nedir|harada|hara|hansi|nece|niye|hacan|neye|kime|neler|how)\b"
)


@dataclass
class Unit:
    """One thing the question asks about; the best fact should cover the units that weigh most."""

    label: str
    weight: float
    kind: str  # entity, term, date, number, unknown
    entity_ids: tuple[str, ...] = ()
    stems: frozenset[str] = frozenset()
    generic: bool = False
    kind_word: bool = False  # names the kind of fact asked for ("meeting"), not its subject


@dataclass
class Parsed:
    """A question taken apart."""

    text: str
    lang: str
    folded: str
    tokens: list[str]
    entities: list[EntityMatch]
    dates: list[DateQuery]
    numbers: list[str]
    units: list[Unit]
    unknown_names: list[str]
    intent: str
    yesno: bool
    kind_hint: str | None
    followup: bool
    ordinal: int | None
    original: str = ""  # the question as the user typed it
    explicit: bool = False  # the intent comes from a question word, not from what the question lacks
    focus: str | None = None  # the word a 'how many' or 'which' question asks about ('votes', 'country')
    typed: tuple[str, ...] = ()  # `tokens` as typed, before spelling correction and case endings were cut

    @property
    def specific_entities(self) -> list[EntityMatch]:
        """Entity matches other than the ubiquitous ones (Azerbaijan, the UN)."""
        return [m for m in self.entities if not set(m.entity_ids) <= GENERIC_ENTITIES]


class QuestionParser:
    """Parses questions against one index: its aliases, its vocabulary and its numbered sessions."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self._synonyms: dict[str, frozenset[str]] = {}
        self._synonyms_memo: dict[str, frozenset[str]] = {}
        by_stem: dict[str, frozenset[str]] = {}
        for group in SYNONYMS:
            stems = frozenset(s for word in group for s in _word_stems(word)) | frozenset(fold(w) for w in group)
            for word in group:
                self._synonyms[fold(word)] = stems
                for s in _word_stems(word):
                    by_stem.setdefault(s, stems)
        # Another form of a word of a group ('soutenues' of 'soutenu') finds the group through its stem.
        self._synonyms_by_stem = by_stem

    def synonyms_of(self, word: str) -> frozenset[str]:
        """The stems of a word's synonym group in the lexicon (empty when it has none)."""
        found = self._synonyms_memo.get(word)
        if found is None:  # (asked for the same few words for every fact a question is checked against)
            found = self._synonyms_memo[word] = self._synonyms.get(fold(word), frozenset())
        return found

    # ===== parse ===============================================================================================
    def parse(self, question: str, context: Mapping[str, Any] | None = None) -> Parsed:
        """Take a question apart: language, intent, entities, dates, numbers and content words."""
        text = clean_question(question)
        if typed_in_latin(text):
            text = self._in_cyrillic(text)  # 'kogda azerbaijan vstupil v oon': Russian typed in Latin letters
        lang = detect_language(text)
        # Azerbaijani case endings after a hyphen or an apostrophe: BMT-yə, 1993-cü, COP29-da.
        text = (_AZ_SUFFIX if lang == "az" else _AZ_SUFFIX_HYPHEN).sub("", text)
        text = _AZ_YEAR_SUFFIX.sub(r"\1", text)
        text = rewrite_phrases(text)  # 'd'après' is 'selon', not the 'après' of an order
        folded = fold(normalise_numbers(text)).replace("'", " ").replace("’", " ")
        folded = re.sub(r"\s+", " ", folded).strip()
        dates = find_dates(text)
        raw_tokens = tokens(normalise_numbers(text))
        date_tokens = _tokens_in_spans(fold(text), [d.span for d in dates])
        # ('oktyabrın 29-da Baş Assambleyada': the 29th of October at the Assembly, not its 29th session)
        days = {str(d.start.day) for d in dates if d.unit == "day"}
        sessions = [ident for ident, number in self._sessions(folded) if number not in days]
        lacking = [n for n in self._sessions_lacking(folded) if n not in days]

        surface_words = _raw_words(text)  # as typed: accents and capitals kept
        corrected = [self._correct(tok, raw) for tok, raw in zip(raw_tokens, surface_words, strict=False)]
        corrected += raw_tokens[len(corrected) :]
        own_stopwords = STOPWORDS.get(lang, frozenset())
        # Names are matched with the dates taken out: 'le rapport 2021 sur le développement durable'.
        kept = [i for i, token in enumerate(corrected) if token not in date_tokens]
        entities = [
            replace(m, start=kept[m.start], end=kept[m.end - 1] + 1)
            for m in self.index.match_entities([corrected[i] for i in kept])
            # A one-word name that is also a function word counts only as an acronym in capitals: 'join the WHO',
            # 'l'ONU', not 'who' or the French 'un'.
            if not (
                m.end - m.start == 1
                and corrected[kept[m.start]] in own_stopwords
                and not _acronym(surface_words if len(surface_words) == len(corrected) else [], kept[m.start], text)
            )
        ]
        consumed = {i for m in entities for i in range(m.start, m.end)}

        numbers: list[str] = []
        units: list[Unit] = []
        unknown_names: list[str] = []
        names = {fold(n) for n in _NAME_LIKE.findall(text[1:])} | {
            fold(n) for n in re.findall(rf"\b[{_UPPER}]{{2,}}\b", text)
        }
        for m in entities:
            ids = self._expand(m.entity_ids)
            weight = max(self.index.entity_idf(i) for i in ids)
            generic = set(m.entity_ids) <= GENERIC_ENTITIES
            units.append(Unit(m.surface, weight if not generic else 0.15, "entity", ids, generic=generic))
        for ident in sessions:
            if not any(ident in u.entity_ids for u in units):
                units.append(Unit(ident, self.index.entity_idf(ident), "entity", (ident,)))
        for number in lacking:
            # 'the 78th session': one the sources do not cover, like a name they never mention
            label = f"{number}e session" if lang == "fr" else f"{number}{_english_suffix(int(number))} session"
            units.append(Unit(label, self.index.max_idf, "unknown"))
            unknown_names.append(label)
        seen_terms: set[str] = set()
        raw_words = [w.casefold() for w in surface_words]
        if len(raw_words) != len(corrected):
            raw_words = list(corrected)
        capitals = re.findall(rf"\b[{_UPPER}]{{2,}}\b", text)
        shouting = len(capitals) * 2 > len(surface_words)  # 'IS AZERBAIJAN A MEMBER?': no acronyms to tell
        acronyms = set() if shouting else {fold(n) for n in capitals}
        for position, token in enumerate(corrected):
            token = _TYPED_NUMBERS.get(raw_words[position]) or NUMBER_WORDS.get(token, token)
            once = ORDINAL_WORDS.get(token) == "ord1" and corrected[position + 1 : position + 2] in (["fois"], ["раз"])
            if token in ORDINAL_WORDS and not context and not once:  # ('la première fois': 'first', as in English)
                # 'the second war', 'le premier conflit': which one is part of what is asked.
                units.append(Unit(ORDINAL_WORDS[token], self.index.max_idf * 0.9, "number", stems=frozenset()))
                continue
            if token in date_tokens:
                continue  # 'в 93м': part of a date
            ordinal = _ORDINAL_NUMBER.match(token)
            if (ordinal.group(1) if ordinal else token) in lacking:
                continue  # the number of a session the sources lack, already counted against every fact
            if ordinal:
                following = next((m for m in entities if m.start == position + 1), None)
                if following is not None and self._numbered(following, int(ordinal.group(1))):
                    continue  # '4th World Forum', '76th UN General Assembly': part of the name that follows
                token = ordinal.group(1)  # '45th', '45e', '45-м': the number itself ('the 8th Global Forum')
            if position in consumed or token in date_tokens:
                continue
            if is_stopword(raw_words[position], token, lang) and token not in acronyms:
                continue  # (not 'the EU', an acronym that is a French stopword)
            if token in WEEKDAY_WORDS:
                continue  # 'on Tuesday 19 September': checked against the fact's day, not looked up as a word
            if sessions and _SESSION_WORD.match(token):
                continue  # '76-cı sessiyada': the word of the numbered session already found
            if len(token) < 2 and not token.isdigit():
                continue
            if token.isdigit():
                if len(token) <= 4 and any(token == str(s) for s in self.index.ordinals) and sessions:
                    continue
                numbers.append(token)
                units.append(Unit(token, self.index.max_idf * 0.9, "number", stems=frozenset({token})))
                continue
            if _is_intent_word(token):
                continue
            raw = raw_words[position] if fold(raw_words[position]) == token else token
            stems = self._stems_for(token) | self._stems_for(raw)
            foreign = "ru" if _CYRILLIC.search(token) else lang if lang in ("ru", "az") else None
            if foreign is not None:
                # A Russian or Azerbaijani word counts when the facts' own keywords and questions hold it, or
                # when the lexicon knows its English equivalent.
                english = translate(token, foreign)
                if english is not None and english[:1].isupper():
                    # 'НАТО', 'NATO-ya': a name the sources never use; it counts against every fact, as in English.
                    unknown_names.append(english)
                    label = fold(english)
                    units.append(Unit(label, self.index.max_idf, "unknown", stems=frozenset({label})))
                    continue
                if english is not None:
                    if _is_intent_word(fold(english)):
                        continue
                    for word in english.split():  # 'sədr': 'chairman president'
                        stems |= self._stems_for(fold(word))
                if english is None and not [s for s in stems if s in self.index.idf]:
                    # A word we cannot read: it neither supports nor rules out an answer on its own. A name we
                    # do not know does rule out: 'Алиев встречался с Путиным?' is not about Guterres.
                    weight = self.index.max_idf * 0.25
                    if token in names or (position == 0 and _capitalised(text)):
                        unknown_names.append(_surface(text, token))  # 'Qazaxıstan ...': a name we do not know
                        weight = self.index.max_idf if position > 0 else weight
                    units.append(Unit(token, weight, "unknown", stems=frozenset({token})))
                    continue
            if not stems or stems & seen_terms:
                continue
            seen_terms |= stems
            known = [s for s in stems if s in self.index.idf]
            if known:
                weight = max(self.index.term_idf(s) for s in known)
                units.append(Unit(token, weight, "term", stems=stems, kind_word=kind_of(token) is not None))
            elif any(token.startswith(w) for w in ("azerbai",)):
                continue
            elif token in self.index.surface_words and not (token in names and position > 0) and token not in acronyms:
                # A word we only know inside a name ("population" in UN Population Fund): it finds nothing.
                units.append(Unit(token, self.index.max_idf * 0.5, "unknown", stems=stems))
            else:
                is_name = token in names and position > 0
                units.append(Unit(token, self.index.max_idf, "unknown", stems=stems))
                if (
                    is_name
                    or token in FOREIGN_NAMES
                    or (token.isupper() and len(token) >= 2)
                    # 'cop28', 'in geneva', 'à genève', typed in lower case
                    or re.fullmatch(r"[^\W\d_]{2,}\d+", token)
                    or re.search(rf"\b(in|at|en|dans|в|во) {re.escape(token)}\b", folded)
                    # (an 'a' without its accent is more often 'has': 'l'Azerbaïdjan a agi')
                    or (lang == "fr" and re.search(rf"(?i)\bà (?:{re.escape(token)}|{re.escape(raw)})\b", text))
                    or (
                        re.fullmatch(r"[a-z]{2,5}", token)
                        and token in {fold(w) for w in re.findall(r"\b[A-Z]{2,6}\b", text)}
                    )
                ):
                    unknown_names.append(_surface(text, token))
        for d in dates:
            units.append(Unit(format_query(d, "en"), self.index.max_idf * 0.8, "date"))

        tag = _TAG.search(folded)
        if tag:  # 'that was in 2006, right?': 'right' is no word the fact must hold
            units = [u for u in units if not (u.kind in ("term", "unknown") and u.label in tag.group(1).split())]
        intent = self._intent(folded, lang, dates, entities, units)
        if (
            intent == "when"
            and all(u.kind == "entity" for u in units)
            and {i for u in units for i in u.entity_ids} == GENERIC_ENTITIES
        ):
            # 'Azerbaijan UN when?', 'Азербайджан в ООН с какого года?': nothing asked of the two but when one joined
            join = self._stems_for("join")
            weight = max((self.index.term_idf(s) for s in join if s in self.index.idf), default=1.0)
            units.append(Unit("join", weight, "term", stems=join, kind_word=True))
        yesno = (
            (bool(_YESNO.search(folded)) and not _FRENCH_WH.search(_TRUE_THAT.sub(" ", folded)))
            or _bare_question(text, lang)
        ) and (
            intent in ("what", "about", "yesno")
            or bool(tag)
            # 'les résolutions de 1993 exigeaient-elles … ?': a plural subject, yet a yes/no
            or (intent == "list" and lang == "fr" and bool(_FR_INVERTED.search(text.casefold())))
        )
        if yesno:
            intent = "yesno"
        if yesno and any(u.kind == "number" and u.label == "ord1" for u in units):
            # 'a-t-il accueilli le premier forum … ?': 'first' as in English, which a fact saying 'the 7th' denies
            first = self._stems_for("first")
            weight = max((self.index.term_idf(s) for s in first if s in self.index.idf), default=1.0)
            units = [
                Unit("first", weight, "term", stems=first) if u.kind == "number" and u.label == "ord1" else u
                for u in units
            ]
        kind_hint = self._kind_hint(folded)
        pronoun = bool(pronouns_in(folded, lang))
        named = entities or sessions
        if (
            _SHORT_WHICH.match(folded)
            and len(_WORD.findall(folded)) <= 5
            and all(set(m.entity_ids) <= GENERIC_ENTITIES for m in entities)
        ):
            named = []  # 'with which UN agency?': the UN says what kind, not what about
        followup = bool(context) and (
            # A short question with no name at all leans on the previous one ('when was that?'); one that names
            # even Azerbaijan or the UN stands on its own ('When did Azerbaijan join the UN?').
            bool(_FOLLOWUP_START.search(folded)) or pronoun or (not named and len(_WORD.findall(folded)) <= 6)
        )
        if (
            followup
            and intent == "on_date"
            and any(q.year_given for q in dates)
            and _HAPPENED.search(folded) is not None
            and not _FOLLOWUP_START.search(folded)
            and not pronoun
        ):
            followup = False  # 'what happened on 27 September 2020?': a question of its own, whatever came before
        position_asked: int | None = None
        if context:
            position_asked = next(
                (
                    ORDINALS[w]
                    for w in _WORD.findall(folded)
                    if w in ORDINALS and not (w == "last" and _LAST_VERB.search(folded))
                ),
                None,
            )
        explicit = yesno or asks_about(folded) or any(p.search(folded) for _, p in _INTENTS)
        focus = _focus(folded, corrected, consumed)
        return Parsed(
            text,
            lang,
            folded,
            corrected,
            entities,
            dates,
            numbers,
            units,
            unknown_names,
            intent,
            yesno,
            kind_hint,
            followup,
            position_asked,
            question[:MAX_QUESTION],
            explicit,
            focus=focus,
            typed=tuple(raw_tokens),
        )

    def _in_cyrillic(self, text: str) -> str:
        """A Russian question typed in Latin letters, in Cyrillic, but for the names its aliases spell in Latin
        letters ('azerbaijana', 'zuev' stay; 'guterreshem' becomes 'гутеррешем', an inflected 'Гутерреш')."""

        def cyrillic(match: re.Match[str]) -> str:
            word = match.group(0)
            key = fold(word)
            if len(key) > 3 and key not in ALL_STOPWORDS and self.index.match_entities([key]):
                return word
            return to_cyrillic(word)

        return re.sub(r"[A-Za-z][A-Za-z']*", cyrillic, text)

    def _numbered(self, match: EntityMatch, number: int) -> bool:
        """Whether `number` is one of the named thing's own numbers: the 7th Global Forum, the 76th session of the
        General Assembly. A thing the sources never number takes any ('4th World Forum')."""
        # numbered sessions are the General Assembly's: 'the 77th General Assembly' is a session the sources lack
        known = set(self.index.ordinals) if "un-general-assembly" in match.entity_ids else set()
        for ident in match.entity_ids:
            entity = self.index.entities[ident]
            for name in (entity.name.en, entity.name.fr, *entity.aliases):
                known |= {int(n) for n in _NUMBERED.findall(name)}
            if not known and entity.type in ("organisation", "event"):
                # the Alliance of Civilizations is never numbered, its forums are: 'the 8th UNAOC forum' is not
                # the 7th Global Forum its facts speak of
                for fact_id in self.index.by_entity_direct.get(ident, ()):
                    statement = self.index.facts[fact_id].statement.en
                    known |= {int(n) for n in _NUMBERED.findall(statement)}
        return not known or number in known

    def _sessions_lacking(self, folded: str) -> list[str]:
        """Numbers of General Assembly sessions asked about that the sources do not cover ('78-й сессии')."""
        found = []
        for match in _ORDINAL_SESSION.finditer(folded):
            number = int(match.group(1) or match.group(2))
            if number not in self.index.ordinals and 1 <= number <= 99:
                found.append(str(number))
        return found

    def _sessions(self, folded: str) -> list[tuple[str, str]]:
        """The General Assembly sessions a question numbers ('76th session'), each with its number."""
        found = []
        for match in _ORDINAL_SESSION.finditer(folded):
            number = int(match.group(1) or match.group(2))
            ident = self.index.ordinals.get(number)
            if ident:
                found.append((ident, str(number)))
        return found

    def _correct(self, token: str, raw: str) -> str:
        """Spelling correction: names against aliases, other words against the vocabulary."""
        if token in self.index.surface_words or token in ALL_STOPWORDS or token.isdigit() or len(token) < 4:
            return token
        if self._synonyms.get(token) or _is_intent_word(token):
            return token
        if stem(token, "en") in self.index.idf:
            return token  # another form of a word the facts use ('assist' of 'assistance'), not 'Assistant'
        name = self.index.correct_name(token)
        if name is not None:
            return name
        if raw[:1].isupper():
            return token  # an unknown proper name: keep it so that the refusal can name it
        return self.index.correct_word(token) or token

    def _stems_for(self, token: str) -> frozenset[str]:
        stems = set(_word_stems(token))
        synonyms = self._synonyms.get(token)
        if synonyms is None:
            synonyms = next((self._synonyms_by_stem[s] for s in sorted(stems) if s in self._synonyms_by_stem), None)
        if synonyms:
            stems |= synonyms
        return frozenset(s for s in stems if s)

    def _expand(self, ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ids))

    def _intent(
        self, folded: str, lang: str, dates: list[DateQuery], entities: list[EntityMatch], units: list[Unit]
    ) -> str:
        bare = folded
        for match in entities:  # ('tell me about the UN Population Fund' asks for no population)
            bare = bare.replace(fold(match.surface), " ")
        if _QUANTITY.search(bare):
            return "count"
        several = _asks_for_several(folded, lang)
        for position, (intent, pattern) in enumerate(_INTENTS):
            if several and position > 0 and intent in ("list", "who"):
                return "list"  # after when/where/how many: 'which resolutions' asks for a list
            if found := pattern.search(folded):
                if intent == "on_date" and not dates:
                    continue
                if (
                    intent == "when"
                    and found.group(0) in ("when", "quand", "когда")
                    and found.start() > 0
                    and re.match(r"(what|que|qu|quoi|что)\b", folded)
                ):
                    continue  # 'what was discussed when Guterres met Bayramov?' asks what, not when
                if (
                    intent == "list"
                    and re.search(r"\bqu(el|elle)s?\b", folded)
                    and not re.search(
                        r"\b(tous|toutes|liste|quel(le)?s (resolutions|reunions|prix|sessions|discours))\b",
                        folded,
                    )
                ):
                    continue
                return intent
        if asks_about(folded):
            return "about"
        content = [u for u in units if u.kind in ("term", "unknown", "number")]
        if dates and not content and not [e for e in entities if not set(e.entity_ids) <= GENERIC_ENTITIES]:
            return "on_date"
        if entities and not content and not dates:
            return "about"
        if (
            not _ANY_QUESTION_WORD.search(folded)
            and not _QUESTION_WORDS.search(folded)
            and not _YESNO.search(folded)
            and _names_kind_in_plural(folded, lang)
            # ('30 public meetings' gives a figure of some of them, not a list; 'resolutions 822 and 853' are names)
            and not (
                any(u.kind == "number" and u.label.isdigit() and int(u.label) < 100 for u in units)
                and any(u.kind == "term" and not u.kind_word for u in units)
            )
        ):
            return "list"  # terse: 'Bayramov meetings', 'Heydar Aliyev speeches at the UN'
        return "what"

    def _kind_hint(self, folded: str) -> str | None:
        for word in folded.split():
            kind = kind_of(word)
            if kind is not None:
                # 'which General Assembly meetings did Heydar Aliyev speak at?': his speeches there
                return "speech" if kind in ("meeting", "session") and _SPOKE_AT.search(folded) else kind
        return None


def asks_about(folded: str) -> bool:
    """Whether a (folded) question asks to be told about something: 'tell me about', 'parle-moi de', 'who is'."""
    return _ABOUT.search(folded) is not None


def _acronym(raw_words: list[str], position: int, text: str) -> bool:
    """Whether the word at `position` is written in capitals inside a question that is not all capitals, and not
    first: 'the WHO' is the agency, 'WHO met Guterres?' asks who."""
    word = raw_words[position] if position < len(raw_words) else ""
    return position > 0 and len(word) >= 2 and word.isupper() and not text.isupper()


def clean_question(question: str) -> str:
    """The question without control and bidi characters, a leading /command or @mentions."""
    text = question[:MAX_QUESTION]
    text = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    text = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]", "", text)
    text = re.sub(r"^/\w+(@\w+)?\s*", "", text.strip())
    text = re.sub(r"@\w+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return unwrap(text)  # 'thanks!' alone is no question


def _raw_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", normalise_numbers(text).replace("'", " ").replace("’", " "))


def _tokens_in_spans(folded: str, spans: list[tuple[int, int]]) -> set[str]:
    found: set[str] = set()
    for start, end in spans:
        found.update(tokens(folded[start:end]))
    return found


def _word_stems(token: str) -> frozenset[str]:
    if re.search(r"[\u0400-\u04ff]", token):
        return frozenset({stem(token, "ru")})
    return frozenset({stem(token, "en"), stem(token, "fr")})


def _is_intent_word(token: str) -> bool:
    return token in INTENT_WORDS


@lru_cache(maxsize=65536)
def kind_of(word: str) -> str | None:
    """The kind of fact a word asks for: 'meetings' -> meeting, 'résolution' -> resolution."""
    folded = fold(word)
    if folded.startswith(("diplomat", "дипломат")):
        return None  # ('diplomat', 'diplomatie': no diploma)
    for kind, prefixes in KIND_WORDS.items():
        if any(folded.startswith(p.strip()) for p in prefixes):
            return kind
    return None


def _surface(text: str, token: str) -> str:
    for word in _raw_words(text):
        if fold(word) == token:
            return word
    return token


def _names_kind_in_plural(folded: str, lang: str) -> bool:
    """'meetings', 'discours' (a French plural in -s or -x), 'выступления': a kind of fact, several of them."""
    plural = _PLURALS.get(lang, _PLURALS["en"])
    return any(kind_of(word) is not None and plural.search(word) for word in folded.split())


def _asks_for_several(folded: str, lang: str) -> bool:
    """'Which resolutions ...', 'quelles distinctions ...', 'какие награды ...', 'hansı qətnamələri ...'."""
    plural = _PLURALS.get(lang, _PLURALS["en"])
    for match in _QUEL_KIND.finditer(folded):
        if _AUXILIARY.match(match.group(2)):
            continue  # 'what did the 1993 resolutions demand' asks what they said, not which ones
        for position, word in enumerate(match.group(2).split()):
            if kind_of(word) is not None:
                return bool(plural.search(word))
            if position and _AUXILIARY.match(" " + word) and word not in ("are", "were"):
                break  # 'what year did Azerbaijan adopt the resolutions' asks for a year
    return False


_FOCUS = re.compile(
    r"\b(how many|how much|combien de|combien d|combien|сколько|nece|ne qeder|which|what|quel|quelle|quels|"
    r"quelles|какои|какая|какое|какие|каких|какую|hansi)\b"
)
_NOT_FOCUS = frozenset("times fois раз defe kind sort".split())
# Words between the question word and what it asks for: 'quel est le NOM du REPRÉSENTANT'.
_BEFORE_FOCUS = frozenset(
    "is was are were did does do has have had on in est sont etait le la les l the a an of de du des d name names nom "
    "noms имя название ad adi всего total en tout au".split()
)


def _focus(folded: str, tokens_: list[str], consumed: set[int]) -> str | None:
    """The noun a 'how many X' or 'which X' question asks for, when it names one ('votes', 'country')."""
    match = _FOCUS.search(folded)
    if match is None:
        return None
    after = _WORD.findall(folded[match.end() :])
    while after and after[0] in _BEFORE_FOCUS:
        after.pop(0)
    if not after:
        return None
    if match.group(1) in ("how many", "combien de", "combien d", "combien", "сколько"):
        # 'how many General Assembly resolutions', 'how many UN awards': a name says whose, the kind of thing after
        # it is what is counted
        free = {w for i, w in enumerate(tokens_) if i not in consumed}
        named = 0
        while named < min(3, len(after) - 1) and after[named] not in free and after[named] not in _BEFORE_FOCUS:
            named += 1
        if named and kind_of(after[named]) is not None:
            after = after[named:]
    # 'how many mine victims', 'how many press statements': the last noun of a compound counts
    compound = len(after) > 1 and not after[0].endswith("s") and after[1].endswith("s") and len(after[1]) > 3
    if match.group(1) == "how many" and compound and after[1] not in ALL_STOPWORDS | INTENT_WORDS:
        after.pop(0)
    for position, word in enumerate(tokens_):
        if word == after[0] and position not in consumed:
            if word in ALL_STOPWORDS or word in _NOT_FOCUS or word in INTENT_WORDS or word.isdigit():
                return None
            return None if word.endswith("ing") else word  # 'what was holding up': a verb, not a thing
    return None


def _capitalised(text: str) -> bool:
    """True when the question's first word starts with a capital (a name, when no lexicon knows the word)."""
    first = _WORD.search(text)
    return first is not None and first.group(0)[:1].isupper()


def starts_followup(folded: str) -> bool:
    """Whether a (folded) question opens as a follow-up does: 'and ...', 'et ...', 'а ...', 'bəs ...'."""
    return bool(_FOLLOWUP_START.search(folded))


_FR_INVERTED = re.compile(r"\w{3,}-(t-)?(il|elle|ils|elles)\b")  # 'exigeaient-elles', 'remercie-t-il'


def _bare_question(text: str, lang: str) -> bool:
    """A Russian or Azerbaijani question with no question word is a yes/no question ('Азербайджан вступил в ООН?');
    so is a French statement with a verb and a question mark ('aliev a présidé le Conseil en mai 2012 ?')."""
    if lang == "fr":
        folded = fold(text).replace("'", " ")
        if _FRENCH_WH.search(_TRUE_THAT.sub(" ", folded)) or _FOLLOWUP_START.search(folded):
            return False
        verb = re.search(
            r"\b(a|ont|avait|avaient|est|sont|était|étaient|etait|etaient|fut|sera|seront|c'est)\s", text.casefold()
        )
        # ('les résolutions exigeaient-elles un cessez-le-feu ?': a verb inverted with its pronoun)
        inverted = _FR_INVERTED.search(text.casefold())
        return text.rstrip().endswith("?") and (verb is not None or inverted is not None)
    if lang == "en":
        # 'mines killed 40 azerbaijanis after the war?', 'guterres met bairamov on 20 september 2022?'
        folded = fold(text).replace("'", " ")
        if _ENGLISH_WH.search(folded) or _FOLLOWUP_START.search(folded) or len(folded.split()) < 3:
            return False
        return text.rstrip().endswith("?") and _ENGLISH_VERB.search(folded) is not None
    if lang not in ("ru", "az") or _QUESTION_WORDS.search(fold(text)):
        return False
    if _FOLLOWUP_START.search(fold(text)):
        return False  # 'а во второй раз?', 'bəs 50 illik yubileyində?': the previous question again, not a yes/no
    if lang == "az" and _AZ_PARTICLE.search(fold(text)):
        return True
    return text.rstrip().endswith("?")


def _english_suffix(number: int) -> str:
    """'st', 'nd', 'rd' or 'th', as in '21st', '72nd', '13th'."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")

"""Text normalisation shared by the index and the question parser: folding, tokens, stems, language."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Letters that NFKD does not decompose, folded to what users type on a plain keyboard.
_SPECIAL = str.maketrans(
    {
        "ə": "e",
        "Ə": "e",
        "ı": "i",
        "İ": "i",
        "ł": "l",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "ё": "е",
        "Ё": "Е",
        "й": "и",
        "Й": "И",
    }
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_AZ_LETTERS = re.compile(r"[əğışƏĞİŞ]")
_FR_LETTERS = re.compile(r"[éèêàâçîôûùëïœ]")

_STEMMERS = {lang: snowballstemmer.stemmer(name) for lang, name in
             (("en", "english"), ("fr", "french"), ("ru", "russian"), ("az", "turkish"))}  # fmt: skip

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "a",
            "an",
            "the",
            "of",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "with",
            "and",
            "or",
            "but",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "do",
            "does",
            "did",
            "done",
            "has",
            "have",
            "had",
            "having",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "as",
            "into",
            "about",
            "over",
            "under",
            "than",
            "then",
            "so",
            "such",
            "what",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "why",
            "how",
            "whether",
            "if",
            "any",
            "all",
            "every",
            "each",
            "some",
            "many",
            "much",
            "more",
            "most",
            "i",
            "me",
            "my",
            "we",
            "our",
            "you",
            "your",
            "he",
            "him",
            "his",
            "she",
            "her",
            "they",
            "them",
            "their",
            "us",
            "tell",
            "give",
            "show",
            "please",
            "can",
            "could",
            "would",
            "should",
            "will",
            "shall",
            "may",
            "might",
            "must",
            "let",
            "know",
            "find",
            "say",
            "said",
            "ever",
            "also",
            "just",
            "only",
            "very",
            "exactly",
            "really",
            "anything",
            "something",
            "thing",
            "things",
            "happen",
            "happened",
            "happening",
            "occur",
            "occurred",
            "take",
            "took",
            "place",
            "s",
            "t",
            "d",
            "ll",
            "re",
            "ve",
            "did",
            "doesn",
            "isn",
            "wasn",
            "weren",
            "don",
            "didn",
            "not",
            "no",
            "yes",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "l",
            "un",
            "une",
            "des",
            "du",
            "de",
            "d",
            "au",
            "aux",
            "a",
            "à",
            "et",
            "ou",
            "mais",
            "est",
            "sont",
            "était",
            "étaient",
            "été",
            "être",
            "a",
            "ont",
            "avait",
            "avaient",
            "eu",
            "avoir",
            "ce",
            "cet",
            "cette",
            "ces",
            "c",
            "ça",
            "cela",
            "ceci",
            "il",
            "elle",
            "ils",
            "elles",
            "on",
            "je",
            "j",
            "me",
            "m",
            "moi",
            "tu",
            "te",
            "t",
            "vous",
            "nous",
            "se",
            "s",
            "sa",
            "son",
            "ses",
            "leur",
            "leurs",
            "lui",
            "y",
            "en",
            "dans",
            "sur",
            "sous",
            "par",
            "pour",
            "avec",
            "sans",
            "que",
            "qu",
            "qui",
            "quoi",
            "quel",
            "quelle",
            "quels",
            "quelles",
            "quand",
            "où",
            "comment",
            "combien",
            "pourquoi",
            "est-ce",
            "estce",
            "ne",
            "pas",
            "plus",
            "tout",
            "tous",
            "toute",
            "toutes",
            "très",
            "bien",
            "aussi",
            "donc",
            "alors",
            "dis",
            "dites",
            "donne",
            "donnez",
            "montre",
            "montrez",
            "moi",
            "peux",
            "pouvez",
            "pourriez",
            "savoir",
            "sais",
            "quelque",
            "chose",
            "passé",
            "passe",
            "produit",
            "eu",
            "lieu",
            "s'est",
            "cest",
            "qu'est",
            "quest",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "во",
            "на",
            "с",
            "со",
            "к",
            "ко",
            "о",
            "об",
            "от",
            "до",
            "по",
            "за",
            "из",
            "у",
            "а",
            "но",
            "или",
            "же",
            "ли",
            "не",
            "ни",
            "что",
            "кто",
            "когда",
            "где",
            "как",
            "какой",
            "какая",
            "какие",
            "каких",
            "каком",
            "сколько",
            "почему",
            "зачем",
            "это",
            "этот",
            "эта",
            "эти",
            "тот",
            "та",
            "те",
            "то",
            "был",
            "была",
            "были",
            "было",
            "быть",
            "есть",
            "он",
            "она",
            "они",
            "его",
            "ее",
            "её",
            "их",
            "ему",
            "ей",
            "им",
            "мне",
            "меня",
            "мы",
            "вы",
            "я",
            "ты",
            "расскажи",
            "расскажите",
            "скажи",
            "скажите",
            "покажи",
            "про",
            "со",
            "ли",
            "бы",
            "же",
            "также",
            "году",
            "год",
            "года",
        ]
    ),
    "az": frozenset(
        [
            "və",
            "ve",
            "ilə",
            "ile",
            "da",
            "də",
            "de",
            "bu",
            "o",
            "bir",
            "ne",
            "nə",
            "kim",
            "kimi",
            "niyə",
            "nece",
            "necə",
            "harada",
            "hara",
            "nə",
            "vaxt",
            "vaxt",
            "haqqında",
            "haqqinda",
            "hansı",
            "hansi",
            "neçə",
            "nece",
            "ki",
            "mi",
            "mı",
            "mu",
            "mü",
            "idi",
            "olub",
            "oldu",
            "olan",
            "etdi",
            "edib",
            "üçün",
            "ucun",
            "ilə",
            "barədə",
            "barede",
            "deyin",
            "de",
            "söylə",
        ]
    ),
}
ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())

_FR_MARKERS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "est",
        "qui",
        "quand",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "combien",
        "où",
        "comment",
        "pourquoi",
        "avec",
        "été",
        "ont",
        "été",
        "réunion",
        "rencontré",
        "résolution",
        "résolutions",
        "une",
        "dans",
        "sur",
        "pour",
        "et",
        "en",
        "au",
        "aux",
        "qu",
        "quoi",
        "c'est",
        "cest",
        "l'onu",
        "onu",
        "azerbaïdjan",
        "azerbaidjan",
    ]
)
_EN_MARKERS = frozenset(
    [
        "the",
        "of",
        "when",
        "who",
        "what",
        "which",
        "how",
        "many",
        "did",
        "does",
        "was",
        "were",
        "is",
        "are",
        "with",
        "meet",
        "met",
        "about",
        "tell",
        "in",
        "on",
        "and",
        "year",
        "resolution",
        "resolutions",
        "un",
        "azerbaijan",
    ]
)
_AZ_MARKERS = frozenset(
    [
        "nə",
        "vaxt",
        "kim",
        "harada",
        "haqqında",
        "hansı",
        "neçə",
        "ilə",
        "görüşüb",
        "görüşdü",
        "qətnamə",
        "bmt",
        "azərbaycan",
        "azerbaycan",
        "ildə",
        "ilde",
        "olub",
        "edib",
    ]
)
_AZ_FOLDED: frozenset[str] = frozenset()  # filled below, once fold() exists


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case, strip accents and special letters: 'Baïramov' -> 'bairamov', 'Əliyev' -> 'eliyev'."""
    if text.isascii():
        return text.casefold()
    return _fold(text) if len(text) <= 64 else _fold.__wrapped__(text)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return _COMBINING.sub("", decomposed).casefold()


def words(text: str) -> list[str]:
    """The lower-cased words of `text` (accents kept), for stemming."""
    return [w.casefold() for w in _TOKEN.findall(text.translate(_SPECIAL_APOSTROPHES))]


_SPECIAL_APOSTROPHES = str.maketrans({"’": " ", "'": " ", "ʼ": " ", "‘": " ", "-": " "})


def tokens(text: str) -> list[str]:
    """Folded word tokens: 'l’Azerbaïdjan' -> ['l', 'azerbaidjan']."""
    return _TOKEN.findall(fold(text).replace("'", " "))


def script_lang(token: str) -> str:
    """The stemmer to use for a token, judged from its script."""
    return "ru" if _CYRILLIC.search(token) else "en"


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The folded stem of one lower-cased word, with the stemmer of `lang` (Cyrillic always Russian)."""
    if _CYRILLIC.search(word):
        lang = "ru"
    stemmer = _STEMMERS.get(lang, _STEMMERS["en"])
    return fold(stemmer.stemWord(word))


def stems(text: str, lang: str) -> list[str]:
    """Folded stems of the words of `text`, stopwords removed."""
    stop = STOPWORDS.get(lang, STOPWORDS["en"])
    return [stem(w, lang) for w in words(text) if fold(w) not in stop and w not in stop]


def detect_language(text: str) -> str:
    """en, fr, ru or az, judged from script, letters and common words."""
    if _CYRILLIC.search(text):
        return "ru"
    if _AZ_LETTERS.search(text):
        return "az"
    lowered = [w.casefold() for w in _TOKEN.findall(text.replace("’", "'"))]
    folded = {fold(w) for w in lowered}
    fr = len(set(lowered) & _FR_MARKERS) + (2 if _FR_LETTERS.search(text.casefold()) else 0)
    fr += 2 if re.search(r"\b(qu|l|d|c|j|n|s)'", text.casefold().replace("’", "'")) else 0
    fr += 2 if re.search(r"-t-(il|elle|on)\b|est-ce", text.casefold()) else 0
    en = len(set(lowered) & _EN_MARKERS)
    az = len(folded & _AZ_FOLDED)
    if az >= 2 and az > en and az > fr:
        return "az"
    return "fr" if fr > en else "en"


_AZ_FOLDED = frozenset(fold(w) for w in _AZ_MARKERS)

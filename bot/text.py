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


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def is_stopword(word: str, folded: str, lang: str | None = None) -> bool:
    """A stopword as typed: 'entre' is one, 'entré' (entered) is not, though both fold to 'entre'.

    The stopwords of every language count (a question mixes them, and its language is a guess), except another
    language's stopword that is a word of substance in `lang`: the Azerbaijani 'aid' (about) is English 'aid'.
    """
    if folded.isdigit():
        return False
    if lang is not None and folded in CONTENT_WORDS.get(lang, ()):
        return False
    if word != folded and any(not ch.isascii() for ch in word):
        return word.casefold() in ALL_STOPWORDS  # ('Bəs …' at the start of a question)
    return folded in ALL_STOPWORDS


def fold_basic(word: str) -> str:
    """Accents off, lower case (the full fold() is defined below, with its caches)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# Function words, question words and generic verbs: they say how a question is asked, not what it is about.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _wordset(
        "ever never always give gave given gives giving send sends sent sending true really words against anymore "
        "edition editions read heard again located situated "
        "onto supposed able hey hi hello pls plz thx okay ok wondering wonder curious guess remind whatever kindly "
        "cannot cant wont isnt arent wasnt werent hasnt havent hadnt didnt doesnt lets myself yourself "
        "a about according accordingly across actually ago all along already also am among amongst an and "
        "another answer any anybody anyone anything are around as at back basically be "
        "been     behind being beyond big bit briefly but by came can come today tonight yesterday "
        "coming concerning could d describe detail detailed details did didn do does doesn doing don done "
        "each end ended ending entire even ever every everyone everything exact exactly explain fact facts "
        "find first-place for from general-ish generally get gets getting give go going gone good got great "
        "had happen happened happening has have having he her here him his how i if in info information into "
        "is isn it its just keep kept kind know let like likes ll long look looked looking lot lots made make "
        "makes making many may me mean means meant mention mentioned mentions might more most much must my "
        "need needed needs new-ish no nobody not note noted nothing occur occurred of old on one ones only or "
        "other others our over overall part particular particularly parts per place places please put puts "
        "question quick quickly re really regard regarding respect s said same saw say says see seen shall "
        "she short should show since small so some somebody someone something sort source sources specific "
        "specifically    still such summary t take tell tells than that the their them then "
        "there these they thing things think this those thought time times to told took toward towards tried "
        "try trying under upon us use used uses using ve very via want wanted wants was wasn way ways we well "
        "went were weren what when where whether which who whole whom whose why will with within without "
        "would yes yet you your"
    ),
    "fr": _wordset(
        "jamais toujours auprès aupres originaire envers parmi vrai vraiment entre donné donnée donnés données "
        "donner envoie envoient envoyé envoyés envoyer là édition éditions dont autant parlez racontez raconte "
        "faut fallait faudrait falloir fallu doit devait devrait doivent devaient eux soi "
        "a aller allé alors au aussi autour autre autres aux avaient avait avec avoir besoin bien c ce ceci "
        "cela ces cest cet cette chez chose choses combien comment concernant d dans de "
        "depuis des dire dis dit dites donc donne donnez du début décrire déjà détails elle elles en encore "
        "essayer est est-ce estce et eu exactement expliquer faire fait faits façon fois font il ils "
        "indiquer indiquez information informations j je l la le les leur leurs lieu lui m mais manière me mentionner "
        "mentionné mentionnée mentionne mettre "
        "moi montre montrez même ne noté nous on ont ou où par parmi partie pas passe passé peux plus pour "
        "pourquoi pourriez pouvez produit propos précisément qu qu'est quand que quel quelle quelles quelqu "
        "quelqu'un quelque quels quest qui quoi rien s s'est sa sais sans savoir se selon ses son sont source "
        "sources sous sujet sur t te tous tout toute toutes très tu un une utiliser utilisé venir venu vers "
        "veut voir voulait vouloir vous vraiment vu y à ça étaient était été être trouve trouvent situe située situé "
        "va vont allait allaient ira iront pendant durant temps portait portaient portant annees années"
    ),
    "ru": _wordset(
        "какого каком какой какая какую каких какое чего чем кому кого чей чья чьи почему сколько зачем "
        "находится находятся расположен расположена расположено расположены "
        "него нее неё них ним ней нем нём чём её "
        "ли разве правда верно неужели такое такой такая это перечисли перечислите назови назовите покажи "
        "говорил говорила говорили рассказал рассказала рассказали привет пожалуйста спасибо знаешь знаете числа "
        "является являлся являлась являются более свыше менее зовут прошло прошла прошел прошёл прошли случаю "
        "покажите скажи опиши опишите напомни подскажи подскажите нибудь либо вообще сегодня вчера "
        "а бы был была были было быть в во время вы где год года году действительно делал до другие другой для "
        "его ее ей ему есть еще ещё её же за зачем и из или им информация использовал источник их к как какая "
        "какие каких какой каком ко когда конец кто ли меня место мне мы на не ни но о "
        "об он она они от относительно по покажи почему про раз расскажи расскажите с сделал сделала сделали "
        "скажи скажите сказал сказала сколько скольких скольким со согласно та также те то тот ты у уже часть что "
        "эта эти это "
        "этот я этого этой этом эту этих этим этими этому того той тому больше более свыше менее меньше "
        "свое своё свой своя свои своих своей оставались остались оставался осталась примерно приблизительно "
        "считал считала считали считает считают имеет имел имела имели именно всего точно"
    ),
    "az": _wordset(
        "dogrudur dogrudurmu doğrudur doğrudurmu həqiqətən heqiqeten sadala sadalayin göstər goster söyle "
        "izah izahla bagli bağlı dair aid üzrə uzre kimə kime kimin niyə niye hələ hele var adlı adli olanda haqda "
        "hansı hansi dövrdə dovrde dövründə dovrunde həmin hemin "
        "olunub olunmusdur olunmuşdur edilib edilmisdir edilmişdir olmusdur olmuşdur olunur edilir olur edir "
        "olunmuşdu edilmişdi idimi olubmu edibmi edirdi əhatə varmı varmi verib verdi verilib işlətməməyə işlətməyə "
        "işlətmək heç hec hecvaxt heçvaxt çox cox "
        "artıq barede barədə başladı bir bu da de dedi deyin digər də dəfə edib etdi görə hansi hansı "
        "haqqinda haqqında hara harada hissə idi ile ilə istifadə ki kim kimi mi mu mü mı məlumat mənbə ne "
        "nece necə neçə niyə nə nəyi neyi nədən neden o olan oldu olub son söylə ucun vaxt ve və yer üçün bəs "
        "ediblər edibler etdilər etdiler olublar yerləşir yerlesir illerde illərdə illərində illerinde deyib deyibdir "
        "çərçivəsində cercivesinde təxminən texminen "
        "olundu olunmuşdu olunmusdu edildi verir verirlər verirler verilir veribdir olacaq olacaqdır olacaqmı "
        "olacaqmi həsr hesr olunmuş olunmus"
    ),
}
STOPWORDS = {lang: words | {fold_basic(w) for w in words} for lang, words in STOPWORDS.items()}
ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())
# Another language's stopwords that are words of substance in this one.
CONTENT_WORDS: dict[str, frozenset[str]] = {"en": frozenset({"aid"})}

_FR_MARKERS = _wordset(
    "au aux avec azerbaidjan azerbaïdjan c'est cest combien comment dans des du en est et l'onu la le les ont "
    "parle parlez dis dites moi chronologie événements évènements de conseil sécurité securite rencontre "
    "assemblée assemblee générale generale unies "
    "onu où pour pourquoi qu quand quel quelle quelles quels qui quoi rencontré résolution résolutions réunion "
    "sur une été janvier février fevrier avril juin juillet août aout septembre octobre novembre décembre decembre "
    "prix discours réunions rencontres accord "
    "que ambassadrice medaille médaille etait était avait ete il elle ils elles sont vous ce cette ces sa son ses "
    "depuis pendant apres après avant chez sous guerre demandait demande ont-ils a-t-il vu"
)
_EN_MARKERS = _wordset(
    "about and are azerbaijan did does how in is many meet met of on resolution tell the un was were "
    "what when which who with year"
)
_AZ_MARKERS = _wordset(
    "azerbaycan azərbaycan bmt edib görüşdü görüşüb hansı haqqında harada ilde ildə ilə kim neçə nə olub qətnamə vaxt "
    "və ve üçün tarixdə yaradılıb keçirilib verib olunub dedi söylədi barədə şurası təhlükəsizlik bəs kimdir nədir "
    "ne nece neçənci deyib edilib ile ilə uzre üzrə cox çox olke ölkə olkeler ölkələr dunyanin dünyanın sessiyasinda "
    "sessiyasında biridir biridirmi qarabag qarabağ "
    "etdi edir edirdi keçirilən kecirilen keçirilib kecirilib verilib yaradılıb yaradilib qayıdıb qayidib kimə kime "
    "kimin niyə niye haqda olanda əvvəl evvel mükafat mukafat konfrans proqram proqramı proqrami təbrik tebrik "
    "görüşdə gorusde çıxış cixis əməkdaşlıq emekdasliq əməkdaşlığı emekdasligi qiymətləndirdi qiymetlendirdi"
)
# Endings of Azerbaijani words typed without their letters ('minalanmis', 'olkelerinden', 'sessiyasinda').
# (and the past in '-di': 'danisdi', 'imzaladi', 'etdi'; the object in '-iyi': 'milletciliyi'; not 'lundi', 'mardi')
_AZ_ENDING = re.compile(
    r"\w{3,}(ib|ub|dir|dirmi|nin|nun|lari|leri|larin|lerin|inda|inde|sinda|sinde|mis|mıs|miş)$"
    r"|(?!(?:lun|mar|mercre|jeu|vendre|same|mi|mah|sau|burun|bur)d[iı]$)\w{4,}(d[iı]|d[uü]|iyi)$"
)
_AZ_NUMBER_SUFFIX = re.compile(r"\d-(da|də|de|ci|cı|cu|cü|nci|ncı|ncu|ncü|dan|dən|den|ə|a|e|ye|yə|ya)\b")
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
    override = _STEM_OVERRIDES.get(fold(word))
    if override is not None:
        return override
    stemmer = _STEMMERS.get(lang, _STEMMERS["en"])
    if lang == "fr":
        # French is stemmed without its accents, so that 'apres' and 'creees', typed without them, meet 'après'
        # and 'créées' of the facts
        return str(stemmer.stemWord(fold(word)))
    return fold(stemmer.stemWord(word))


# Where Snowball joins words a user keeps apart: a president (a person) is not a presidency (a term in office),
# being forced out is not armed forces.
_STEM_OVERRIDES = (
    dict.fromkeys(("president", "presidents", "presidente", "presidentes"), "president")
    | dict.fromkeys(("presidence", "presidences"), "presidenc")
    | dict.fromkeys(("forced", "forcibly"), "forced")
    # being responsible (to blame, in charge) is not responding
    | dict.fromkeys(
        ("responsible", "responsibility", "responsibilities", "responsable", "responsables", "responsabilite"),
        "responsib",
    )
    # nationalism (of vaccines) is not a nation (a country)
    | dict.fromkeys(("nationalism", "nationalisme", "nationalismes", "nationalist", "nationaliste"), "nationalism")
    # an organisation (a body) is not organising (hosting) something: 'c'est le PNUD qui l'organise ?'
    | dict.fromkeys(("organisation", "organisations", "organization", "organizations"), "organisation")
    # an attaché (a diplomat's title) is not what a country attaches importance to
    | {"attache": "attache"}
    # 'посла' (the ambassador's) is not 'после' (after); it is the 'ambassador' of the facts, 'goodwill' included
    | dict.fromkeys(("посол", "посла", "послу", "послом", "послы", "послов", "послам"), "ambassador")
)


def stems(text: str, lang: str) -> list[str]:
    """Folded stems of the words of `text`, stopwords removed."""
    stop = STOPWORDS.get(lang, STOPWORDS["en"])
    return [stem(w, lang) for w in words(text) if fold(w) not in stop and w not in stop]


@lru_cache(maxsize=8192)
def detect_language(text: str) -> str:
    """en, fr, ru or az, judged from script, letters and common words (memoised: the facts' own questions are
    asked it again for every refusal that suggests them)."""
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
    az = len(folded & _AZ_FOLDED) + sum(1 for w in folded if _AZ_ENDING.match(w) and w not in _EN_MARKERS)
    az += 2 if _AZ_NUMBER_SUFFIX.search(text.casefold()) else 0  # '2017-de', '1993-cü', 'BMT-yə'-like endings
    if (az >= 2 and az > en and az > fr) or (az == 1 and en == 0 and fr == 0):  # 'Leyla Eliyeva UNESCO sefiridir?'
        return "az"
    return "fr" if fr > en else "en"


_AZ_FOLDED = frozenset(fold(w) for w in _AZ_MARKERS)

"""A small Russian and Azerbaijani lexicon: the content words users ask with, mapped to the English the facts use.

The facts are written in English and French; Russian and Azerbaijani questions are understood through names, dates
and numbers, and through these words. Keys are matched as prefixes of the folded word, so that inflected forms
("резолюции", "qətnamələri") find their entry; longer keys win.
"""

from __future__ import annotations

from bot.text import fold

_RUSSIAN = {
    "дат": "date", "избра": "elected", "назнач": "appointed", "родил": "born", "умер": "died",
    "визит": "visit", "посети": "visited", "отставк": "resigned", "глобальн": "global", "член": "member", "вступ": "join", "принят": "admitted", "стал": "became", "резолюц": "resolution",
    "встреч": "meeting", "встрет": "met", "переговор": "talks", "наград": "award", "прем": "prize",
    "медал": "medal", "диплом": "diploma", "войн": "war", "конфликт": "conflict", "мин": "mines",
    "разминир": "demining", "переселен": "displaced", "беженц": "refugees", "вернул": "returned",
    "возвращ": "return", "выступ": "speech", "речь": "speech", "реч": "speech", "сесси": "session",
    "председат": "presidency", "председательств": "chaired", "заседан": "meetings", "открыт": "public",
    "закрыт": "closed", "заявлен": "statements", "пресс": "press", "год": "year", "лет": "years",
    "дн": "days", "длил": "lasted", "продолж": "lasted", "начал": "began", "погиб": "killed",
    "убит": "killed", "ранен": "injured", "журналист": "journalists", "карт": "maps", "точност": "accuracy",
    "процент": "percent", "стран": "countries", "поддерж": "support", "вакцин": "vaccine",
    "пандем": "pandemic", "помощ": "assistance", "донор": "donor", "мирн": "peace", "мир": "peace",
    "соглашен": "agreement", "договор": "agreement", "переговоры": "negotiations", "оккупац": "occupation",
    "оккупир": "occupied", "освобожд": "liberated", "территор": "territories", "целостн": "integrity",
    "самооборон": "self-defence", "устав": "charter", "стать": "article", "миротвор": "peacekeepers",
    "миссия": "mission", "представительств": "mission", "постпредств": "mission", "открыл": "opened",
    "учрежд": "established", "создан": "created", "созда": "created", "комисс": "commission",
    "форум": "forum", "конференц": "conference", "молодеж": "youth", "цивилизац": "civilizations",
    "межкультур": "intercultural", "продовольств": "food", "тонн": "tons", "бедност": "poverty",
    "стратег": "strategy", "цел": "goals", "рейтинг": "ranked", "мест": "place", "доклад": "report",
    "устойчив": "sustainable", "развит": "development", "посол": "ambassador", "послом": "ambassador",
    "доброй воли": "goodwill", "добр": "goodwill", "указ": "decree", "экономическ": "economic",
    "район": "zones", "зон": "zones", "коридор": "corridor", "транспорт": "transport",
    "строител": "construction", "восстанов": "restoration", "реконструкц": "reconstruction",
    "изгнан": "expelled", "выселен": "expelled", "миллион": "million", "поздрав": "congratulated",
    "благодар": "thanked", "гост": "guests", "книг": "book", "фотограф": "photographs",
    "предложил": "proposed", "предлож": "proposal", "инициатив": "initiative", "осуди": "condemned",
    "требова": "demanded", "вывод": "withdrawal", "прекращен": "ceasefire", "огн": "fire",
    "выполн": "implemented", "сотруднич": "cooperation", "агентств": "agencies", "учрежден": "agencies",
    "президент": "president", "министр": "minister", "генсек": "secretary-general",
    "генеральн": "general", "секретар": "secretary", "рол": "role", "приоритет": "priorities",
    "справедлив": "justice", "безопасн": "security", "первая": "first", "перв": "first",
    "втор": "second", "четыр": "four", "тридцат": "thirty", "подписал": "signed", "подпис": "signed",
    "соглашени": "agreement", "детск": "children", "дет": "children", "женщин": "women",
    "насел": "population", "столиц": "capital", "наци": "national", "нато": "NATO", "юг": "south",
}  # fmt: skip

_AZERBAIJANI = {
    "uzv": "member", "qebul": "admitted", "qoşul": "join", "qosul": "join", "qetname": "resolution",
    "gorus": "meeting", "danis": "talks", "mukafat": "award", "medal": "medal", "diplom": "diploma",
    "muharibe": "war", "munaqise": "conflict", "mina": "mines", "minatemizle": "demining",
    "kockun": "displaced", "qacqin": "refugees", "qayit": "returned", "qayidis": "return", "cixis": "speech",
    "nitq": "speech", "sessiya": "session", "sedrlik": "presidency", "sedr": "chairman", "iclas": "meetings",
    "aciq": "public", "qapali": "closed", "beyanat": "statements", "il": "year", "gun": "days",
    "davam": "lasted", "basla": "began", "helak": "killed", "olduruldu": "killed", "yarala": "injured",
    "jurnalist": "journalists", "xerite": "maps", "deqiq": "accuracy", "faiz": "percent", "olke": "countries",
    "destek": "support", "peyvend": "vaccine", "vaksin": "vaccine", "pandemiya": "pandemic",
    "yardim": "assistance", "donor": "donor", "sulh": "peace", "saziş": "agreement", "sazis": "agreement",
    "muqavile": "agreement", "isgal": "occupation", "azad": "liberated", "erazi": "territories",
    "butovluk": "integrity", "ozunumudafie": "self-defence", "nizamname": "charter", "madde": "article",
    "sulhmeramli": "peacekeepers", "numayendelik": "mission", "acil": "opened", "yaradil": "established",
    "yarad": "created", "komissiya": "commission", "forum": "forum", "konfrans": "conference",
    "genc": "youth", "sivilizasiya": "civilizations", "medeniyyetlerarasi": "intercultural",
    "erzaq": "food", "ton": "tons", "yoxsulluq": "poverty", "strategiya": "strategy", "meqsed": "goals",
    "hesabat": "report", "davamli": "sustainable", "inkisaf": "development", "sefir": "ambassador",
    "xosmeramli": "goodwill", "ferman": "decree", "iqtisadi": "economic", "rayon": "zones", "zona": "zones",
    "dehliz": "corridor", "neqliyyat": "transport", "tikinti": "construction", "berpa": "restoration",
    "didergin": "expelled", "qovul": "expelled", "milyon": "million", "tebrik": "congratulated",
    "tesekkur": "thanked", "qonaq": "guests", "kitab": "book", "foto": "photographs", "teklif": "proposed",
    "tesebbus": "initiative", "pisle": "condemned", "teleb": "demanded", "cixarilma": "withdrawal",
    "atesk": "ceasefire", "icra": "implemented", "emekdasliq": "cooperation", "agentlik": "agencies",
    "qurum": "agencies", "prezident": "president", "nazir": "minister", "bas katib": "secretary-general",
    "katib": "secretary", "rol": "role", "prioritet": "priorities", "edalet": "justice",
    "tehlukesizlik": "security", "ilk": "first", "birinci": "first", "ikinci": "second", "dord": "four",
    "imzala": "signed", "usaq": "children", "qadin": "women", "ehali": "population", "paytaxt": "capital",
    "milli": "national", "hansi tarix": "date", "neqliyyat dehlizi": "corridor", "qayidib": "returned",
    "nato": "NATO", "tonluq": "tons", "veba": "pandemic", "sefirlik": "embassy", "cenub": "south",
    "reytinq": "ranked", "qlobal": "global", "secil": "elected", "secki": "election", "teyin": "appointed",
    "dogul": "born", "vefat": "died", "ziyaret": "visit", "sefer": "visit", "istefa": "resigned", "siyahi": "list", "tarix": "date", "sessiyada": "session",
}  # fmt: skip

_RU_KEYS = sorted(((fold(k), v) for k, v in _RUSSIAN.items()), key=lambda kv: -len(kv[0]))
_AZ_KEYS = sorted(((fold(k), v) for k, v in _AZERBAIJANI.items()), key=lambda kv: -len(kv[0]))


def translate(token: str, lang: str) -> str | None:
    """The English word a folded Russian or Azerbaijani word stands for, or None."""
    keys = _RU_KEYS if lang == "ru" else _AZ_KEYS if lang == "az" else ()
    for key, english in keys:
        if " " in key:
            continue
        if token.startswith(key) and (len(key) >= 4 or len(token) - len(key) <= 4):
            return english
    return None

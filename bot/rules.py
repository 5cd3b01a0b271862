"""What the engine reads questions and statements by: word patterns, tables and small pure helpers (no state)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from bot.dates import DateQuery
from bot.index import GENERIC_ENTITIES, EntityMatch, KnowledgeIndex
from bot.lexicon import KIND_WORDS
from bot.parse import Parsed, Unit
from bot.text import ALL_STOPWORDS, fold, script_lang, stem, tokens
from knowledge.schema import Fact

RERANK = 60
MIN_COVERAGE = 0.55  # share of the question's weight the chosen fact must cover
YESNO_COVERAGE = 0.7  # a yes with a word of the question missing needs this much
LIST_LIMIT = 60
NEAR = 8  # words between a name and what a yes/no question says of it
# Questions whose every content word must be in the fact: a nearby fact gives a wrong figure or a wrong person.
STRICT_INTENTS = frozenset({"who"})
# A strict question may still be answered by a fact lacking one of its words, if it covers this much of it.
ONE_WORD_SHORT_COVERAGE = 0.8
# When the words of a question do not separate two facts, the more notable kind of fact goes first.
KIND_PRIOR = {
    "membership": 0.6,
    "meeting": 0.5,
    "resolution": 0.45,
    "session": 0.4,
    "award": 0.4,
    "title": 0.4,
    "event": 0.35,
    "agreement": 0.3,
    "conference": 0.35,
    "speech": 0.4,
    "programme": 0.25,
    "statistic": 0.25,
    "cooperation": 0.1,
    "statement": 0.0,
}

# "Who is the President of the General Assembly": a role, answered only from the roles the sources give.
WHO_ROLE = re.compile(
    r"^(who (is|was|are|were) (?!behind|responsible|at the origin|\w+ed\b)(the |an? )?"
    r"|qui (est|etait|sont) (?!a l origine|derriere|responsable|devenu|nomme|elu|venu|arrive|alle|parti)"
    r"(le |la |les |l )?"
    r"|(c (etait|est) qui|qui c (etait|est)) (ce|cet|cette|le|la|les|l) "  # ('c'était qui ce président de l'AG ?')
    r"|кто (такои|такая|является)\b"
    r"|.*\bkimdir\b|who (heads|leads|chairs|runs|directs)\b|qui (dirige|preside)\b"
    r"|кто (возглавляет|руководит)\b)"
)
# 'out of how many?', 'sur combien ?', 'из скольких?', 'neçə ölkə arasında?': the whole a rank or share is of
OUT_OF_HOW_MANY = re.compile(
    r"^\W*(and |et |а |и |bes )?(out of how many|of how many|sur combien|parmi combien|из скольких|из скольки"
    r"|nece (\w+ )?arasinda)( \w+)?\W*$"
)
# The rest of a series just named: 'and the other ones?', 'et les autres ?', 'а остальные?', 'bəs digərləri?'
OTHER_ONES = re.compile(
    r"^\W*(and |et |а |и |bes )?((what|which) (were|are|about) |(quelles|quels) (sont|etaient) |(и )?какие )?(the )?"
    r"(other ones|others|the rest|other (\d+|two|three|four)( ones)?|les (\d+ |deux |trois )?autres|остальные( \d+)?"
    r"|другие( \d+)?|digerleri|diger (\d+|\w+ )?)\W*$"
)
# 'what else?', 'anything else?', 'quoi d'autre ?', 'а ещё?', 'bəs başqa?': more of what the previous question asked.
WHAT_ELSE = re.compile(
    r"^\W*(and |et |а |и |bes )?((what|anything|something) else|anything more|more|quoi d autre|autre chose"
    r"|rien d autre|(что )?ещ[её]( что( нибудь)?)?|что еще|baska (ne|ne var|bir sey)?|daha ne)\W*$"
)
# The other of two things just told: 'and the other one?', 'et l'autre ?', 'а другая?'.
# 'which other organisation?', 'une autre organisation ?', 'какая другая организация?': not the one just shown
ANOTHER = re.compile(r"\b(other|another|autres?|друг(ая|ой|ое|ую|ие|их)|basqa|diger)\b")
OTHER_ONE = re.compile(r"\b(the other( one)?|l autre|другая|другой|другое|другую|o biri|digeri|diger)\b")
# Whose initiative something was: 'who asked for it?', 'who proposed it?', 'à l'initiative de qui ?'.
ASKS_INITIATIVE = re.compile(
    r"\b(asked for|called for|requested|proposed|initiated|initiative|suggested|demande\w*|propose\w*|initiative"
    r"|предложил\w*|инициатив\w*|teklif\w*|tesebbus\w*)\b"
)
INITIATIVE = re.compile(r"\binitiative of\b|'s initiative\b|\bat the request of\b", re.IGNORECASE)
# 'what did the resolutions demand / say / call for?', 'qu'ont exigé …', 'что требовали …': what they state
WHAT_THEY_SAY = re.compile(r"\b(demand\w*|say|said|call\w* for|exig\w*|dis\w*|требова\w*|tel[eə]b\w*)\b")
# 'and before that?', 'et avant ?', 'а до этого?', 'and the one after?': the previous or next of a series
BEFORE_OR_AFTER_THAT = re.compile(
    r"^(and |et |а |и |bes )?(what about |what of |qu en est il de )?(right |just |immediately |juste |сразу )?"
    r"((?P<before>before( that| it| then)?|earlier|the one before|(the )?(earlier|previous|prior) one"
    r"|avant( ca| cela)?|(le |la )?precedente?|до этого|раньше|(а )?предыдущ\w*|ondan evvel|evvelki)"
    r"|(after( that| it)?|later|the one after|next|(the )?(later|next|following) one|apres( ca| cela)?"
    r"|(le |la )?suivante?|после этого|позже|следующ\w*|ondan sonra|novbeti|sonraki))\W*$"
)
WHAT_WORD = re.compile(r"\b(what|quoi|que|qu|что|ne)\b")
# 'for whom?', 'à qui ?', 'кому?': who received, not who acted.
RECIPIENT = re.compile(
    r"\b(for whom|to whom|pour qui|a qui|кому|для кого|kime|kim ucun)\b"
    r"|\bwho (was|is|were|are) (it|that|this|they|those) (meant |intended )?for\b"
)
# Words after which a name is the one spoken to or with, not the speaker: 'tell Guterres', 'dit à Guterres'.
ADDRESSED_AFTER = frozenset("to with tell told tells telling inform informed brief briefed a avec au с со к ко".split())
# Azerbaijani dative and comitative endings: 'Quterreşə', 'Quterreşlə' (folded).
AZ_TO_OR_WITH = ("yle", "yla", "ile", "ila", "le", "la", "ye", "ya", "e", "a")
# Verbs of saying: the person asked about must be the one who spoke in the fact.
# 'What did X say': X's words are asked for, not a card about X ('tell me about X' is one).
_SAID_WORDS = (
    r"say|said|says|dit|dire|сказал\w*|заявил\w*|говорил\w*|dedi|soyledi|repondu|replied|answered|responded"
    r"|ответил\w*|cavab verdi|deyib|deyibdir|soyleyib"
)
SAID = re.compile(rf"\b({_SAID_WORDS})\b")
# Any verb of saying: the fact must then be the words of the person the question names.
SAYING = re.compile(
    rf"\b({_SAID_WORDS}|tell|told|speak|spoke|stress|stressed|state|stated|declare|declared|claim|claimed|"
    r"declare|affirme|souligne|сообщил\w*|bildirdi|qeyd etdi)\b"
)
# "Who voted against": the facts give support and adoption, never the votes against.
VOTED_AGAINST = re.compile(
    r"\b(vot\w*|abstain\w*|abstention\w*|проголосова\w*|голосова\w*|ses ver\w*)\b.*\b(against|contre|против|eleyhine)\b"
    r"|\b(against|contre|против|eleyhine)\b.*\b(vot\w*|проголосова\w*|ses ver\w*)\b|\babst\w+"
    r"|\bveto\w*|\bвето\b"  # ('how many resolutions got vetoed?': not the 7 adopted)
)
# 'how many countries opposed it?': not the count of those who supported it
OPPOSED = re.compile(r"\b(oppos\w*|s opposer|opposes|выступил\w* против|qarsi (\w+ ){0,3}ses\w*|qarsi cix\w*)\b")
# How a list of each kind of fact is titled, in English and French.
KIND_PLURALS = {
    "": ("Facts", "Faits"),
    "meeting": ("Meetings", "Rencontres"),
    "resolution": ("Resolutions", "Résolutions"),
    "award": ("Awards and distinctions", "Prix et distinctions"),
    "speech": ("Speeches", "Discours"),
    "session": ("Sessions", "Sessions"),
    "membership": ("Memberships", "Adhésions"),
    "conference": ("Conferences and forums", "Conférences et forums"),
    "title": ("Titles and roles", "Titres et fonctions"),
}
# Words for the type of an entity, that name it without asking anything more ("the programme Great Return").
TYPE_WORDS = {
    "programme": {"programme", "program", "programm", "программа", "proqram"},
    "event": {"event", "evenement", "conference", "forum", "событие", "tedbir"},
    "organisation": {"organisation", "organization", "organisme", "agency", "agence", "организация", "teskilat"},
    "session": {"session", "сессия", "sessiya"},
    "person": {"person", "personne", "человек", "sexs"},
}
# "Why": a reason is only given when the fact says what is asked, word for word or by synonym.
WHY = re.compile(
    r"\b(why|pourquoi|почему|зачем|niye|ne ucun|purpose|a quoi sert\w*|dans quel but|quel est le but|для чего"
    r"|с какой целью|meqsed\w*|какова цель|в чем цель)\b"
)
# A statement that gives a reason or a purpose ('set up to improve', 'in response to', 'afin de'): what 'why' asks.
BECAUSE = re.compile(
    r"\b(because|in response|set up to|meant to|in order to|so that|to improve|to help|justified|on the grounds|"
    r"parce que|en reponse|en reaction|afin de|pour ameliorer|pour aider|destine|justifie|в ответ|чтобы|ucun)\b"
    # what an award or a title was given for: 'for her contribution to …', 'pour son action en faveur …'
    r"|\bfor (her|his|its|their) (\w+ ){0,3}(contribution|work|achievements|efforts|commitment|services|merits)\b"
    r"|\bpour (sa|son|ses|leur) (\w+ ){0,2}(contribution|action|travail|resultats|efforts|engagement)\b"
)
# A statement that names reasons ('named … as one of the main reasons the settlement was delayed'): what a 'why' of
# its own words asks, though no reason for another fact of its report.
REASONS_NAMED = re.compile(
    rf"{BECAUSE.pattern}|\b(reasons?|raisons?|causes?|причин\w*|aims?|goals?|objectives?|purposes?|objectifs?|цел[ьи])\b"
)  # (a purpose asked, 'FAO-nun məqsədləri nədir?': 'The FAO's aims are …')
# Words that put the question in relation to something else: the fact must share them.
RELATIONAL = re.compile(
    r"^(before|after|previous|previously|next|later|earlier|predecessor|successor|until|avant|apres|precedent|prochain|"
    r"suivant|до|после|спустя|позже|позднее|предыдущ\w*|следующ\w*|evvel|sonra|novbeti|evvelki)$"
)
# What is left of a count ('how many IDPs are still waiting?', 'combien restent déplacés ?'): not how many returned.
REMAINING = re.compile(r"\b(still|remaining|yet to|waiting|encore|toujours|всё ещё|все еще|по прежнему|hele de)\b")
# A numbered session or COP as the parser names one the sources lack ('61st session', '50e session', 'cop28').
NUMBERED_INSTANCE = re.compile(r"\d+(st|nd|rd|th|e)? session|cop\s*\d+", re.IGNORECASE)
# Speaking, in a 'who' question ('who spoke there?', 'qui y a pris la parole ?', 'кто там выступал?'). Not the parser's
# word for a speech as the kind asked: there 'parle' is the 'parle-moi de' of 'tell me about'.
SPEAKING = re.compile(r"\b(spoke|speak\w*|addressed|intervenu|pris la parole|parle|выступ\w*|cixis\w*|danis\w*)\b")
# 'who else was there?', 'кто ещё там выступал?': at the same occasion
THERE = re.compile(r"\b(there|la bas|там|orada|orda)\b")
# A whole term of office ('during its whole 2012-2013 term', 'tout le mandat'): a figure of part of it is not one of it.
TERM_OF_OFFICE = re.compile(r"^(terms?|tenure|mandates?|mandats?|срок\w*|мандат\w*|muddet\w*|müddət\w*)$")
# What a figure measures ('the poverty rate', 'le taux de chômage', 'уровень бедности'): a fact that lacks the word
# gives no such figure, whatever else it says of poverty.
MEASURES = re.compile(
    r"^(rates?|taux|уровень|уровня|уровне|səviyyə\w*|seviyye\w*|percentages?|pourcentages?|процент\w*|faiz\w*"
    r"|shares?|доля|доли|budgets?|бюджет\w*|budcə\w*|budce\w*|gdp|pib|ввп|udm|üdm|salar(y|ies)|salaires?"
    r"|зарплат\w*|maaş\w*|maas\w*|inflation|инфляци\w*|inflyasiya\w*|unemployment|chomage|безработиц\w*"
    r"|işsizlik\w*|issizlik\w*|prices?|prix|цен\w*|qiymət\w*|qiymet\w*)$"
)
# The relational words that mean 'after' (the others mean 'before'), and a resolution's own number in its statement.
LATER_WORDS = frozenset({"after", "next", "successor", "apres", "prochain", "suivant", "после", "sonra", "novbeti"})
OWN_NUMBER = re.compile(r"^Resolution (\d+)\b")
# 'what was its number?', 'c'était la résolution numéro combien ?', 'какой у неё номер?', 'nömrəsi nədir?'
ASKS_NUMBER = re.compile(
    r"\b(what|which) numbers?\b|\b(its|their) numbers?\b|\bnumeros?\b|\bномер\w*|\bnomre\w*|\bresolution numbers?\b"
    r"|\bnumbers? of (the|that|this|those|these)\b(?=.*\bresolution)"
)
# Negated words, in folded text: 'non-permanent', 'qeyri-daimi', 'does not cooperate', 'doesn't', 'never',
# 'no longer has any unit', 'refuses to', 'ne coopère pas', 'n'a pas coopéré', 'refuse de', 'не сотрудничает',
# 'отказ сотрудничать', 'əməkdaşlıq etmir', 'icra olunmayıb'. Each group is what is negated: after 'not' and its
# like, up to six words, to the end of the clause.
_NEGATED = re.compile(
    r"\b(?:non|qeyri)[-\s]+(\w+)"
    r"|(?:\bnot|\bnever|\bno longer|\bno|\brefuses to|\brefused to|\brefuse to|n't"
    # ('karabakh doesnt exist anymore', folded 'doesn t'; not an opening 'isn t it …?', which expects a yes)
    r"|(?<=\w )(?:does|do|did|has|have|ca|wo)(?:n t|nt))\s+((?:\w+[-\s]+){0,5}\w+)"
    r"|\b(?:aucune?|nul|nulle)\s+((?:\w+[-\s]+){0,2}\w+)"  # ('n'avait constaté aucune réaction positive')
    r"|\b(?:sans|without)\s+((?:\w+[-\s]+){0,1}\w+)"  # ('restées combien de temps sans être appliquées ?')
    r"|\bne\s+(\w+)\s+(?:pas|jamais|plus)\b(?:\s+((?:\w+[-'\s]+){0,3}\w+))?"
    r"|\bn'(\w+)\s+(?:pas|jamais|plus)\s+((?:\w+[-'\s]+){0,3}\w+)|\brefus\w*\s+de\s+(\w+)"
    r"|\bne\s+(?:pas|jamais|plus)\s+((?:\w+[-'\s]+){0,2}\w+)"  # ('accusé de ne pas coopérer')
    r"|\bn'y\s+\w+\s+(?:pas|jamais|plus)\s+((?:\w+[-'\s]+){0,2}\w+)"  # ('n'y avait pas répondu favorablement')
    r"|\bне\s+(\w+)|\bотказ\w*\s+(\w+)"
    r"|\b(\w+)\s+(?:etm(?:ir|ur|eyib|edi)|deyil|olunm(?:ur|ayib|adi|amis\w*)|edilm(?:ir|eyib|edi|emis\w*))\b"
)
_CLAUSE_END = frozenset("and but which that who while as et mais qui que dont de du des и но который ve amma".split())
# Speaking of something, in words the question may use alone with names ('mention' is a stopword).
MENTIONED = re.compile(
    r"\b(mention\w*|(talk\w*|spoke|speak\w*|said|say\w*) (about|of)|bring up|brought up|parle\w* de|упомя\w*)\b"
)
# An adverb of manner ('unanimously', 'secretly', 'unanimement'): how something was done.
MANNER = re.compile(r"\w{4,}(ly|ement)")
RU_MANNER = re.compile(r"\w{6,}(но|ло)")  # 'положительно', 'единогласно'
HOW_OFTEN = re.compile(r"\bhow many times\b|\bhow often\b|\bcombien de fois\b|\bсколько раз\b|\bnece defe\b")
# 'the 76th session', 'the 72nd General Assembly session', 'his 76th-session address': one numbered session.
_SESSION_ORDINAL = re.compile(r"\b(\d{2,3})(?:st|nd|rd|th)\b(?:[\s-]+[A-Z]\w*){0,2}[\s-]+session\b")
# 'How long did X last?': a duration, of what is asked ('combien de temps', 'сколько длилась', 'nə qədər davam').
HOW_LONG = re.compile(
    r"\bhow long\b|\bhow many (years|days|months|weeks)\b|\bcombien de temps\b|\bpendant combien\b"
    r"|\bdure\w* combien\b|\bсколько (лет |дней |месяцев )?(длил|продолжал|времени)\w*"
    r"|\bкак долго\b|\bne qeder (davam|muddet|surdu)\w*|\bneçe (il|gun|ay) davam\w*|\bnece (il|gun|ay) davam\w*"
)
# A duration in a statement: '44 days', 'almost 30 years', 'pendant près de 30 ans', '44 jours', '44-day'.
DURATION = re.compile(r"\b\d+(?:[-\s](?:day|days|year|years|month|months|week|weeks|jours|ans|annees|mois|semaines))\b")
# The units a duration is counted in: 'how many years' asks a duration, 'years' is not what lasted.
TIME_UNITS = frozenset(
    stem(w, lang)
    for w in "year years day days month months week weeks an ans annee annees jour jours mois semaine semaines".split()
    for lang in ("en", "fr")
) | {"лет", "год", "дн", "месяц", "il", "gun", "ay"}
LASTED = frozenset({"lasted", "lasting", "dure", "durait", "lasts"})
DURATION_STEMS = frozenset({"last", "lasted", "dur", "durer", "dure", "длил", "продолжа", "davam", "long", "temp"})
# Stems of the English words for people a figure can count ('53,000 former IDPs', '30 Azerbaijani citizens').
# Units a figure measures something in: 'how much food?' is answered by '160,000 tons of food'.
_MEASURES = frozenset("tons tonnes percent kilograms kg dollars usd manat euros".split())
PERSONS = frozenset(
    {
        "idp",
        "idps",
        "citizen",
        "journalist",
        "azerbaijani",
        "refuge",
        "person",
        "displac",
        "civilian",
        "victim",
        "peopl",
    }
)
# 'Which X' asks to name them; 'various X' does not ('in which missions?' of 'service in various missions').
WHICH = re.compile(
    r"\b(which|quels|quelles|quel|quelle|какие|каких|каким|какими|каком|какой|какои|какую|какая|hansi)\b"
)
VAGUE = frozenset(
    "various several many numerous different other divers diverses plusieurs nombreux nombreuses differents "
    "differentes autres различных многих многие других muxtelif bir cox diger".split()
)
# 'Which session': a session is told from another by its number or by its kind ('the 49th', 'a special session').
SESSION_STEMS = frozenset({"session"})
ORDINAL_WORD = re.compile(
    r"\d+(st|nd|rd|th|e|eme|er|re)?|first|second|third|premiere|deuxieme|troisieme|special|speciale|extraordinaire"
    r"|solemn|solennelle|commemorative|extraordinary|emergency|urgence|high|haut"
)
# 'How old is X', 'quel âge', 'сколько лет X', 'neçə yaşı': an age, which no fact gives.
AGE = re.compile(r"\bhow old\b|\bquel age\b|\bage (de|d)\b|\bсколько лет\b|\bвозраст\b|\bne\S* yas\w*")
TIME_OF_DAY = re.compile(
    r"\b(what|which) time\b|\bat what hour\b|\ba quelle heure\b|\bво сколько\b|\bв котором часу\b|\bsaat ne\w*"
)
# A UN document symbol: 'resolution 62/243', 'A/RES/60/285'.
SYMBOL = re.compile(r"(?<!\d)(\d{2})/(\d{2,3})(?![/\d])")
AGE_WORDS = frozenset({"old", "age", "лет", "год", "возраст", "yas", "yasi"})
# A figure that limits what it goes with ('only 25% accurate', 'qu'à 25 %'): a yes/no about it is not a plain yes.
ONLY_FIGURE = re.compile(r"\b(only|merely|barely|seulement|qu['’ ]?a|лишь|только|yalniz)\s+(about\s+|environ\s+)?\d")
# Verbs of becoming something (folded): 'become First Lady', 'was named FAO Goodwill Ambassador', 'élue'.
BECOMING = re.compile(
    r"\b(become|became|becomes|named|appointed|elected|made|devenu|devenue|devenir|nomme|nommee|elu|elue)\b"
)
RU_BECOMING = re.compile(r"\b(стал|стала|стали|станет|назначен\w*|избран\w*)\b")
# What a statement says something became: 'was named', 'went from receiving aid to being a donor'.
BECOMING_STATED = re.compile(BECOMING.pattern + r"|\bto being\b|\b(?:a|au) (?:celui|statut) de\b")
# Words that say the opposite of each other, for yes/no questions (folded text, spaces around).
OPPOSITES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(a), re.compile(b))
    for a, b in (
        (
            r"\b(critici[sz]\w*|critiqu\w*|condemn\w*|критик\w*|tenqid\w*)",
            r"\b(prais\w*|congratulat\w*|welcom\w*|thank\w*|felicit\w*|salu\w*|похвал\w*|поздрав\w*|tebrik\w*)",
        ),
        (r"\b(after|apres|после|sonra)\b", r"\b(before|avant|до|evvel)\b"),
        # 'was it always a donor?' of a country that 'went from receiving aid to being a donor'
        (
            r"\b(always|all along|depuis toujours|всегда|hemise)\b",
            r"\b(went from|turned from|from receiving|passe du|стал\w* из|превратил\w*|no longer)\b",
        ),
        (r"\b(before|avant|до|evvel)\b", r"\b(after|apres|после|sonra)\b"),
        (
            r"\bin person\b|\ben personne\b|\bлично\b|\bsexsen\b",
            r"\b(video|videoconference|visioconference|видео\w*)\b",
        ),
        (r"\b(oppos\w*|against|contre|против)", r"\b(support\w*|backing|soutien\w*|soutenu\w*|поддерж\w*|destek\w*)"),
        # 'a silver medal?' of a gold one; 'Defence minister?' of the Foreign Minister; whose forces withdraw
        (
            r"\b(silver|bronze|d argent|de bronze|серебрян\w*|бронзов\w*|gumus|tunc)\b",
            r"\b(gold|d or|золот\w*|qizil)\b",
        ),
        (
            r"\b(defen[cs]e|interior|de la defense|de l interieur|оборон\w*|внутренних|mudafie|daxili)\b",
            r"\b(foreign|affaires etrangeres|иностранных|xarici)\b",
        ),
    )
) + tuple(
    # whose forces, citizens or lands: 'withdrawal of Azerbaijani forces?' of the Armenian ones is a no
    (
        re.compile(rf"\b({mine} {en}|{fr} {mine_fr}|{mine_ru} {ru})\b"),
        re.compile(rf"\b({theirs} {en}|{fr} (d occupation )?{theirs_fr}|{theirs_ru} {ru})\b"),
    )
    for en, fr, ru in (
        ("(forces|troops|army)", "(forces|troupes)", "(воиск|сил)"),
        ("(citizens|civilians)", "(citoyens|civils)", "(граждан|мирных)"),
        ("(territories|territory|lands)", "(territoires|terres)", "(территории|земель)"),
    )
    for (mine, mine_fr, mine_ru), (theirs, theirs_fr, theirs_ru) in (
        (("azerbaijani", "azerbaidjanaise?s?", "азербаиджанских"), ("armenian", "armenienne?s?", "армянских")),
        (("armenian", "armenienne?s?", "армянских"), ("azerbaijani", "azerbaidjanaise?s?", "азербаиджанских")),
    )
)
# Titles of whoever heads a body (stems): 'who heads X' asks for them.
HEAD_TITLES = frozenset({"president", "chair", "chairman", "director", "head", "presid"})
# 'many agencies, among them UNESCO, UNDP ...': the vague word is followed by the names.
NAMED_AFTER = re.compile(r"\b(among them|including|such as|parmi lesquel\w*|notamment|dont|в том числе|включая)\b")
# Words that name a meeting itself (folded), not what was said at it.
MEETING_WORDS = frozenset(
    "meeting meetings meet met talks rencontre rencontres reunion entretien встреча встречи gorus gorusu gorusdu "
    "gorusde gorusub".split()
)
# 'Did X meet Y?': one meeting of X does not rule out another ('chair the meeting' is something else).
MEETING_VERBS = frozenset(
    "meet met meets rencontre rencontrer rencontrez встречался встретился встречались gorusdu gorusub "
    "gorusmusdu".split()
)
# Words after which a question sets the scene, not what a figure counts: '7 resolutions during the presidencies'.
CONTEXT_PREPOSITIONS = frozenset(
    "during in at on over while when for pendant lors durant en au во при за zamani".split()
)
NON_ALIGNED = re.compile(r"\bnon[- ]aligned\b")  # a name, not a negation
# 'and the second one?', 'et la deuxième ?', 'а вторая?': an ordinal alone, to pick from the previous answer
BARE_ORDINAL = re.compile(r"^(and |et |а |bes )?(what about |the |la |le |l )?\w+( one| time| fois| раз)?\W*$")
LATER_ORDINAL = re.compile(r"\b(second|third|fourth|fifth|([2-9]|\d\d+)(nd|rd|th))\b")
# The verbs of the kinds counted by listing: 'adopt' resolutions, 'receive' awards, 'give' speeches, 'hold' meetings.
KIND_VERBS = frozenset(
    stem(w, lang)
    for w in "adopt adopted pass passed receive received get got win won give gave given hold held have had host "
    "hosted deliver delivered make made adopter adoptee adoptees recevoir recu recue recus obtenir obtenu tenir tenu "
    "prononcer prononce organiser organise accueillir accueilli".split()
    for lang in ("en", "fr")
)
COUNTED_BY_LISTING = frozenset({"resolution", "meeting", "speech", "award", "conference", "title"})
# A statement's words just before a name it speaks to or with ('… with [UN official] Zuev'), as in questions.
SPOKEN_TO = re.compile(
    rf"\b({'|'.join(sorted(w for w in ADDRESSED_AFTER if w.isascii() and len(w) > 1))}|before)"
    r"\s+(the\s+)?(\w+\s+){0,4}$"
)
LISTENS = re.compile(r"\W*(heard|was told|was informed|was briefed|listened|learned)\b")
# 'the most recent', 'last', 'la dernière', 'последний', 'sonuncu' (not 'the first': the sources may not reach back
# to it, and a list narrowed by words may miss it)
SUPERLATIVE = re.compile(
    r"\b(most recent(ly)?|latest|last( time)?|newest|dernier|derniere|(le )?plus recen\w*|последн\w*|sonuncu)\b"
)
# 'the first resolution of 1993', 'la première présidence', 'первая встреча', 'ilk görüş': the earliest of a kind
EARLIEST = re.compile(r"\b(first|earliest|premier|premiere|plus ancien\w*|перв\w+|ilk|birinci)\b")
# A count of what did not happen: 'did not support', 'rejected', 'n'ont pas soutenu', 'не поддержали', 'dəstəkləməyib'.
NOT_COUNTED = re.compile(
    r"\b(not|didn t|did n t|never|reject\w*|pas|jamais|rejet\w*|не|отклонил\w*)\b|\w+(mayib|meyib|mamis|memis)\b"
)
UNDONE = re.compile(r"\b(un\w+ed|without|no longer|never)\b")  # 'unimplemented for 27 years'
# Who a figure counts by nationality: 'how many Armenians', 'combien d'Arméniens', 'сколько армян', 'neçə erməni'.
NATIONALITY = {
    "armenian": re.compile(r"armenians?|armeniens?|армян\w*|ermeni\w*"),
    "azerbaijani": re.compile(r"azerbaijanis?|azerbaidjanais\w*|азербайджанц\w*|azerbaycanli\w*"),
}
JOINING = frozenset("and et и или ve".split())
SLOT_GLUE = frozenset("s had has have was were is are been be being d l own itself against de du des".split())
ARTICLES = frozenset("the a an l la le les un une".split())
DATE_GLUE = frozenset("in on en le au".split())  # ('In 2015, …', 'Le 25 septembre, …')
WORDS_GIVEN = re.compile(
    r"\b(about|said|told|stress\w*|warn\w*|denounc\w*|call\w*|describ\w*|restat\w*|setting out|insist\w*|"
    r"urg\w*|announc\w*|propos\w*|express\w*|thank\w*|recall\w*|underlin\w*|welcom\w*|prais\w*|congratulat\w*|"
    r"not(ed|es)|emphasi\w*|highlight\w*|appeal\w*|ask\w*|acknowledg\w*|valu\w*)\b"
)
BY_THE_SOURCE = re.compile(r"(the overview|according to the overview)\b", re.IGNORECASE)
# Kinds of fact that report no one's words.
NOT_WORDS = frozenset({"meeting", "title", "membership", "award", "event", "session"})
NOT_A_SPEAKER_BEFORE = ADDRESSED_AFTER | frozenset("between of from by against about for after before".split())
SUBJECT_PRONOUNS = frozenset("he she il elle он она".split())
OBJECT_PRONOUNS = frozenset("him her lui ему ей ним ней".split())
OR = re.compile(r"\b(or|ou|или|либо|yoxsa|ya da|veya)\b")  # 'in person or by video?'
# A follow-up that asks whether ('was it in 2024?', 'c'était en 1993 ?', 'это было в 1993?').
ASKS_IF = re.compile(r"^(was|were|is|did|does|c ?etait|etait|est[- ]ce|это было|это|bu)\b")
# A question about the sources disagreeing ('do the sources agree?', 'which date is correct?').
DISAGREEMENT = re.compile(
    r"\b(agree|disagree\w*|contradict\w*|correct|right date|concord\w*|contradi\w*|two dates|deux dates|две даты|"
    r"different dates|dates differ\w*|date is (right|correct)|la bonne date|"
    r"d'accord|d accord|daccord|exacte|противореч\w*|расходятся|правильн\w*|ziddiyyet\w*|dogru tarix)\b"
)
# 'what was it about?', 'de quoi s'agissait-il ?': what was said at the previous answer's meeting or speech.
WHAT_ABOUT = re.compile(
    r"\bwhat (was|is|were) (it|that|this|the|that|this)( (meeting|speech|talk|talks|address|session|conference|forum))?"
    r" about\b|\bde quoi (s agissait|s agit|parlait)"
    r"|\bо ч[её]м (была|было|шла|шел|говорилось)\b|\bne haqqinda (idi|olub)\b"
    # 'what was the topic of that meeting?', 'quel était le sujet de la réunion ?', 'какой была тема этого заседания?'
    r"|^\W*(what|which|quel|quelle|как\w*|hansi)( (was|were|is|etait|est|был\w*))? (the |le |la )?"
    r"(topic|subject|theme|sujet|theme|тема|предмет|movzu\w*)\b"
    r"|\b(тема|movzusu) (этого|этой|той|того|bu|hemin)\b"
)
# The word for what a meeting was about, which the words asked do not narrow: 'the topic of that meeting'.
TOPIC_WORD = re.compile(r"^(topics?|subjects?|themes?|sujets?|тем\w*|предмет\w*|movzu\w*)$")
# The word after which a "how many" question names what it counts ('how many', 'combien', 'сколько', 'neçə').
_HOW_MANY_WORDS = frozenset({"many", "much", "combien", "сколько", "nece"})
# 'on what exact day', 'quel mois', 'какого числа': a day or a month is asked, not only a year.
PRECISE_DATE = re.compile(
    r"\b(?P<day>(what|which|exact) (exact )?(day|date)s?|quel jour|dates? exactes?|какого числа|в какой день|hansi gun"
    r"|hansı gun)\b|\b(what|which) month\b|\bquel mois\b|\bв каком месяце\b|\bhansi ay\b"
)
# Things that happen on one day (stems): a span of years is not when they happened.
# Words a title may be typed with that its written form lacks: 'UN Secretary-General', 'SG de l'ONU'.
TITLE_GLUE = frozenset("un onu оон bmt the le la l of de du des".split())
# Facts that hold over their span of dates (a seat, a title, a programme): any time within it is one of theirs.
LASTING_KINDS = frozenset({"membership", "title", "programme"})
# What someone or something is: 'was Azerbaijan president of ...?', 'is Zuev a minister?'. A yes must say it.
TITLE_STEMS = frozenset(
    stem(word, lang)
    for word in (
        "president presidency chairman chairmanship chair member membership host ambassador envoy head leader "
        "winner laureate founder observer candidate secretary minister rapporteur président présidence membre hôte "
        "ambassadeur ambassadrice lauréat fondateur observateur candidat ministre secrétaire председатель президент "
        "член посол министр генсек sədr üzv səfir nazir representative représentant"
    ).split()
    for lang in ("en", "fr")
)
# Offices that say who someone is ('le ministre Baïramov', 'UN chief'), never what was said to them.
OFFICE_STEMS = frozenset(
    stem(w, lang)
    for w in "minister ministre министр nazir chief secretary secretaire генсек".split()
    for lang in ("en", "fr")
)
# 'who represented Armenia?', 'qui représentait …', 'кто представлял …', 'kim təmsil edib'
REPRESENTED = re.compile(
    r"\b(represent\w*|represent\w*|представлял\w*|представит\w*|temsil\w*|on behalf of|au nom de)\b"
)
# Posts asked by 'who is the …?' (nouns only: 'who hosted' asks who did it)
TITLE_NOUNS = frozenset(
    "president chairman chairwoman chairperson ambassador minister secretary envoy rapporteur president presidente "
    "ambassadeur ambassadrice ministre secretaire representative representant representante diplomat "
    "prezident sefir nazir".split()
)
# 'quel président de l'Assemblée …', 'which ambassador …': who holds a post, asked by 'which'
# ('by which president?', 'par quel président ?': set up by a decree of the President of Azerbaijan, who is not named)
WHICH_POST = re.compile(
    r"\W*(?:(?:and|et|by|under|from|of|par|sous|de|du)\s+)?(quel|quelle|which|what) "
    r"(president|chairman|ambassad\w*|minist\w*|secretar\w*)\b"
    r"|\W*(?:\w+\s+)?(?:hansi|какой|какая|который) (prezident\w*|sefir\w*|nazir\w*|президент\w*|посол|министр\w*)\b"
)
# Russian and Azerbaijani titles, by their stems ('председатель', 'посла', 'sədri').
RU_TITLE_PREFIXES = ("председател", "президент", "посол", "посла", "министр", "генсек", "sedr", "sefir", "nazir")
# Titles a synonym may stand for: a head of the NAM is its chairman (a founder of the UN is not one who set up a
# commission, nor a host one who held a meeting).
HEAD_STEMS = frozenset(stem(w, lang) for w in "head leader chair chef dirigeant глава".split() for lang in ("en", "fr"))
# Speaking before a body ('address the General Assembly', 'выступал в Генассамблее'): a speech there, not a
# statement that mentions the body.
ADDRESSED_BODY = re.compile(
    r"\b(address\w*|spoke|speak\w*|talk\w*|выступ\w*|cixis\w*|intervenu\w*|intervenir|discours)\b(\W+\w+){0,4}?\W+"
    r"(general assembly|security council|assemblee generale|conseil de securite|генассамбле\w*|генеральной ассамбле\w*"
    r"|совет\w* безопасности|bas assambleya\w*|tehlukesizlik surasi\w*)"
)
COUNCIL = re.compile(r"security council|conseil de securite|совет\w* безопасности|tehlukesizlik")
SPOKE_THERE = re.compile(r"^speech\b|\b(address\w*|speech|spoke|speaking|told the|said at|session)\b")
# A day of the month asked alone: 'the 24th', 'the 23rd or the 24th', 'le 24 ?'.
BARE_DAY = re.compile(r"\b([12]?\d|3[01])(st|nd|rd|th|e|er)\b|\b(le|du) ([12]?\d|3[01])\b(?!\s*\w)")
# 'who said that?', 'qui a dit ça ?', 'кто это сказал?', 'bunu kim dedi?': who says so in the previous answer.
WHO_SAID = re.compile(
    r"^(and |et |а )?(who|qui|кто|kim) (said|says|told|stated|claimed|l a dit|a dit|a declare|l a declare|это )?"
    r"(said|сказал\w*|заявил\w*|dedi|deyib|ca|cela|that|it|so|this|это)?\s*(that|it|so|this|ca|cela|это)?\s*$"
    r"|^(bunu|bunu da) kim (dedi|deyib)\s*$"
)
SAYS = re.compile(r"\b(said|says|told|stressed|noted|stated|recalled|called|urged|announced)\b")
# The words 'which ...?' asks a kind of thing by, and the kind of entity that answers it.
# 'in what field?', 'dans quel domaine ?', 'в какой области?': which aspect of the fact just shown, not a fact that
# has the word
ASPECT_STEMS = frozenset(
    stem(word, lang)
    for word in "field fields area areas domain domains sphere sector topic theme subject domaine secteur sujet "
    "thematique область области сфере сфера тема теме sahe sahede movzu".split()
    for lang in ("en", "fr")
)
WHICH_KINDS = {
    stem(word, lang): kind
    for kind, words in (
        (
            "organisation",
            "agency agencies organisation organization body institution agence organisme организация "
            "агентство учреждение qurum teskilat təşkilat programme program programa программа proqram",
        ),
        ("country", "country countries state nation pays etat état страна государство olke ölkə dovlet dövlət"),
        ("session", "session сессия sessiya"),
        ("place", "city town ville город sehir şəhər"),
        # 'at which event did he speak?', 'hansı tədbirdə?', 'на каком мероприятии?': the summit, the forum
        ("event", "event events evenement événement occasion мероприятие мероприятии событие tedbir tədbir tedbirde"),
    )
    for word in words.split()
    for lang in ("en", "fr", "ru")
}
# A question asking whether something has happened: 'did ... host', 'was it held', 'a-t-il eu lieu', 'уже прошел'.
DONE = re.compile(
    r"^(did|was|were|has|have|had)\b|\b(already|deja|уже|artiq|took place|eu lieu|s est tenu\w*|прош[её]л|прошла"
    r"|состоял\w*|kecirildi|keçirildi)\b|\b(a|ont) t (il|elle|ils|elles)\b"
)
# 'how did it go?', 'comment ça s'est passé ?', 'как прошло?', 'necə keçdi?': how something turned out
HOW_IT_WENT = re.compile(
    r"\bhow did (it|that|the \w+) go\b|\bhow was it\b|\b(result|outcome|results|outcomes)\b|\bcomment (ca|cela) s est"
    r" passe\b|\b(resultat|bilan)s?\b|\bкак прош(ло|ел|ёл|ла)\b|\bчем (оно |он |она )?закончил\w*|\bnec[əe] kecdi\b"
)
# Becoming a member: a day, not the state that follows ('was it a member in 1993?' asks the state).
# ('BMT-yə üzv olub?', 'qəbul olunub' joined; 'BMT-nin üzvü idi?' was one)
BECAME = re.compile(
    r"\b(join\w*|becom\w*|became|admi\w*|adhe\w*|rejoin\w*|rejoint|devenu\w*|вступ\w*|стал\w*|принят\w*"
    r"|qosul\w*|daxil|ilden|ildan|uzv ol\w*|qebul ol\w*|qebul edil\w*)\b"
)
# What happened to the people a figure counts.
DONE_TO = frozenset(stem(w, "en") for w in "killed injured wounded expelled displaced returned died".split())
BEGAN_STATE = re.compile(r"\b(first|opened|established|set up|founded|created)\b", re.IGNORECASE)
EVENT_KINDS = frozenset({"event", "meeting", "conference", "session"})
_AS_TITLE = re.compile(r"\b(?:as|en tant que|en qualite de|в качестве)\s+((?:\w+[\s-]){0,3}\w+)")
_CAPACITY_STEMS = frozenset(
    stem(w, lang)
    for w in "commissioner commissaire secretary-general secretary general chairman chair ambassador".split()
    for lang in ("en", "fr")
)
CHAIR_STEMS = HEAD_STEMS | {stem(w, lang) for w in ("chairman", "president", "presidency") for lang in ("en", "fr")}
WAR_WORDS = re.compile(r"\b(war|wars|fighting|guerre|войн\w*|воин\w*|muharibe\w*)\b")  # folded: 'воина'
# 'how many died / were killed / погибло / həlak olub': a toll of the dead
DEATHS = re.compile(
    r"\b(died|die|dead|deaths?|killed|casualt\w*|victims?|morts?|tues|tuee?s?|deces|погиб\w*|убит\w*|жертв\w*"
    r"|смерт\w*|helak|oldurul\w*|qurban\w*)\b"
)
AFTER_WAR = re.compile(r"\b(after|post|since|apres|depuis|после|sonra)\b")
CONFERRED = re.compile(r"\b(named|appointed|elected|became|designated|awarded)\b", re.IGNORECASE)
# (not 'died': a toll of the dead is counted over a span, 'how many died between 2020 and 2021?')
PUNCTUAL = frozenset("elect elected appoint appointed born found founded sign signed".split())
# 'more than 50,000', 'moins de 100': a bound, not a figure.
_ABOVE = r"more than|over|at least|above|plus de|au moins|более|больше|свыше|не менее|cox|çox"
_BELOW = r"less than|under|fewer than|at most|below|moins de|au plus|менее|меньше|не более|az"
BOUND = re.compile(rf"\b(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\s+(?P<number>\d+)\b")
TIME_WORDS = frozenset(
    "day days jour jours year years an ans annee annees month months mois week weeks semaine".split()
)
# A question about the present: 'is X still ...?', 'est-il toujours ...?', 'сейчас'.
NOW = re.compile(
    r"^(?!is it (true|right|correct)\b)(is|are|does|do)\b"  # ('is it true that …' asks of then)
    r"|\b(still|currently|now|today|toujours|encore|actuellement|aujourd hui|сейчас|ещё|еще"
    r"|до сих пор|hele|hazirda|indi)\b|\b(est|sont)[- ](il|elle|ils|elles)\b|^(?!c est (vrai|exact|juste)\b)\w+ est\b"
)
STILL = re.compile(r"\b(still|toujours|encore|ещё|еще|до сих пор|hele)\b")
# 'which one is right?' after an answer whose sources disagree.
WHICH_IS_RIGHT = re.compile(
    r"\bwhich (one |date )?is (right|true|correct)\b"
    r"|\b(lequel|laquelle|quelle date) est (la bonne|juste|vraie|correcte)"
    r"|\bкак(ая|ой|ое) (из них )?(верн|прав|точн)\w*|\bhansi (dogru|duzgun)\w*"
)
# 'is that certain?', 'c'est sûr ?', 'точно?': how sure the previous answer's date is.
HOW_SURE = re.compile(
    r"\b(certain|sure|definite|confirmed|certaine|confirme\w*|точно|уверен\w*|наверняка|eminsen|eminsiniz)\b"
    r"|\bc ?est (bien |vraiment )?sur\b"
)
# 'is that year certain?', 'c'est la bonne date ?': a word for a date
DATE_WORD = re.compile(r"\b(dates?|days?|years?|month|annee|jour|mois|дат\w*|год\w*|числ\w*|tarix\w*|il|gun)\b")
# 'Then', 'at that time': the time of the previous answer.
AT_THAT_TIME = frozenset({"then", "alors", "тогда", "vaxt", "dovrde", "zaman"})
# Words of helping, giving and receiving, for `help_roles` (folded).
_HELP_VERB = re.compile(r"^(help|helped|helping|helps|aided|aiding|assist|assisted|assisting|aider|aidait|помог\w*)$")
_HELP_NOUN = re.compile(r"^(aid|assistance|помощ\w*|komek\w*|yardim\w*)$")
_GIVING = re.compile(r"^(gave|give|given|gives|giving|provided|provide|offered|donne|fourni|apporte|оказал\w*)$")
_RECEIVING = re.compile(r"^(receiv\w*|recev\w*|recu\w*|получ\w*|ald\w*|alib\w*)$")
_AZ_DOING = re.compile(r"^(et|ed|gost)\w*$")
_FRENCH_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "ete", "est", "sont"})
_BY = frozenset({"by", "from", "par", "от"})
_REPORTING = re.compile(r"^(told|said|says|stressed|declare|indique|souligne|selon|according|сказал\w*|заявил\w*)$")
# 'Which city', 'quelle ville', 'в каком городе', 'hansı şəhərdə': a country is not an answer.
ASKS_CITY = re.compile(r"\b(city|town|ville|город\w*)\b|\bhansi seher\w*")
# A fact that recounts an earlier event: its date is when it was told, not when the event happened.
RECOUNTED = re.compile(
    r"\b(recall|recalled|recalling|rappel|rappele|rappela|vspomn|xatirla)\w*"
    # 'congratulated Azerbaijan on holding the conference': the date is the congratulation's, not the event's
    r"|\bcongratulated [^.]*\bon (?:\w+(?:'s|’s) )?(?:its |the )?(?:successful )?(?:holding|having held|hosting)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W_]+")
# 'when did the war end?', 'quand s'est-elle terminée ?' ('preside over' is no ending)
_ENDING_WORDS = (
    r"end|ended|ends|(?:is|was|were|be|been) over|finish\w*|fin|fini\w*|termin\w*|закончил\w*|кончил\w*|завершил\w*"
    r"|bitdi|bitib"
    # 'until when did it run?', 'jusqu'à quand ?', 'до какого года эта программа работала?'
    r"|until when|till when|jusqu a quand|до какого (?:года|времени)|до каких пор|ne vaxta qeder"
)
ENDING = re.compile(rf"\b({_ENDING_WORDS})\b")
# Beginning a war, in a question ('who started it?') and in a statement: 'began … the war', 'the war … began'.
_BEGIN_WORDS = r"start\w*|began|begin\w*|launch\w*|commenc\w*|declench\w*|начал\w*|развязал\w*|basla\w*"
_WAR_NOUNS = r"war|wars|conflict|hostilities|guerre|conflit|воин\w*|конфликт\w*|muharibe\w*|munaqise\w*"
BEGIN_WORD = re.compile(rf"\b({_BEGIN_WORDS})\b")
STARTED_WAR = re.compile(
    rf"\b({_BEGIN_WORDS})\b(\W+\w+){{0,3}}?\W+({_WAR_NOUNS})\b"
    rf"|\b(war|guerre|воин\w*|muharibe\w*)\b(\W+\w+){{0,6}}?\W+(start\w*|began|begun|commenc\w*|начал\w*|basla\w*)\b"
)
# Who began it, only as a statement says so: 'Armenia launched the war' (not 'the war began on 27 September').
AGENT_STARTED_WAR = re.compile(
    rf"\b(started|launched|began|unleashed|declenche\w*|начал\w*|развязал\w*|baslat\w*|basladi\w*)\b"
    rf"(\W+\w+){{0,3}}?\W+({_WAR_NOUNS})\b"
)
# Words between a name and its verb: 'Armenia was forced to hand over', 'Armenia, which he said does not cooperate'.
AUXILIARIES = frozenset(
    "was were is are has have had been being forced to also itself himself then already serving as which who he she"
    " said says does do did not s".split()
)
PASSIVE = frozenset("been was were is are be being ete".split())  # ('a été adoptée')
# 'who did he congratulate?', 'qui a-t-il félicité ?', 'кого он поздравил?': the one acted on
ASKS_OBJECT = re.compile(
    r"^(who|whom) (did|does|has|have|had) (he|she|they|it)\b|^qui (a|ont|avait)[- ]t?[- ]?(il|elle|ils|elles)\b"
    r"|^кого\b|^kimi\b"
)
# 'which ones?', 'lesquelles ?', 'какие?' after a count or a list: the ones counted or listed
WHICH_ONES = re.compile(
    r"^(and )?(which|what) (ones|are they|were they)\b|^(and )?(what|which) (are|were) (their|the) (numbers|names)\W*$"
    r"|^(et )?(quels|quelles) (sont|etaient) leurs (numeros|noms)\W*$|^(а )?(какие )?(у них )?(их )?номера\W*$"
    r"|^(ok |so |now )?(list|name|show|give) (me )?(them|those|these)"
    r"(\s+all)?\W*$|^(et )?(lesquel(le)?s|lesquels|quelles sont-elles|quels sont-ils)\b"
    r"|^(liste|cite|nomme|donne)[sz]?[- ]?(les|moi les)\W*$|^(перечисли|назови|покажи)\w*( их)?\W*$"
    r"|^(а )?(какие|которые)( именно)?\W*$|^(bes )?hansilar\b|^(onlari )?(sadala|say)\w*\W*$"
)
NUMBERED_WORD = re.compile(r"\d+(st|nd|rd|th)")  # '60th' (session), '7th' (forum)
BEGAN = re.compile(r"\b(began|begun|started|start|opened|broke out)\b")  # (not the day it ended)
# 'when did it end / start / take over?': of what someone said, the date asked is the event's, not the saying's;
# of a span inferred around a fact, no date the sources give
BEGIN_OR_END = re.compile(
    rf"\b({_ENDING_WORDS}|begin|began|begun|start|started|(?:take|took|taken|taking) over|assum\w*|commenc\w*|debut\w*"
    r"|pris|prise|стал\w*|начало|началась|начал\w*|qebul etdi|baslangic|basladi|baslayib)\b"
)

# An undated beginning placed by another event: 'began right after the Soviet Union collapsed'.
BEGAN_AFTER = re.compile(r"\b(began|begun|started)\b( \w+)? (right after|soon after|after|following)\b")


@dataclass
class Candidate:
    """A fact considered as an answer, with how well it covers the question."""

    fact: Fact
    score: float
    coverage: float
    covered: list[Unit]
    missing: list[Unit]


def _capacities(text: str) -> set[str]:
    """The title stems after 'as' / 'en tant que' / 'в качестве': 'as UN High Commissioner' -> {high, commission}."""
    found: set[str] = set()
    for match in _AS_TITLE.finditer(fold(text)):
        words = WORD.findall(match.group(1))
        found |= {stem(w, "en") for w in words} | {stem(w, "fr") for w in words}
    found &= TITLE_STEMS | _CAPACITY_STEMS | HEAD_STEMS
    return {"chair" if s in CHAIR_STEMS else s for s in found}  # a head, a chair, a chairman: one capacity


def other_capacity(folded: str, statement: str) -> bool:
    """True when the question asks someone in one capacity and the statement gives them in another."""
    asked = _capacities(folded)
    given = _capacities(statement)
    return bool(asked and given and asked.isdisjoint(given))


def in_year(query: DateQuery, year: int) -> DateQuery:
    """A day or month asked without a year ('and in October?'), placed in `year`."""
    month = query.month or 1
    last = calendar.monthrange(year, month)[1]
    start = dt.date(year, month, query.day or 1)
    end = dt.date(year, month, query.day or last)
    return replace(query, start=start, end=end, unit="day" if query.day else "month", year_given=True)


def held_during(fact: Fact, query: DateQuery, folded: str) -> bool:
    """'Did the war take place in October 2020?': an event dated by its first day that 'lasted 44 days' was going
    on throughout them (but it did not start in October)."""
    date = fact.date
    if date is None or date.unit != "day" or not query.year_given:
        return False
    days = next((int(q.value) for q in fact.numbers if q.unit.split()[0] in ("day", "days")), 0)
    if days <= 1 or BEGIN_OR_END.search(folded) or LASTED.isdisjoint(tokens(fact.statement.en)):
        return False
    end = date.start + dt.timedelta(days=days - 1)
    return date.start <= query.start and query.end <= end


def after_how_many(parsed: Parsed) -> list[str]:
    """The words after 'how many', 'combien', 'сколько' (none when the question has no such word)."""
    at = next((i for i, w in enumerate(parsed.tokens) if w in _HOW_MANY_WORDS), None)
    return parsed.tokens[at + 1 :] if at is not None else []


def sums_up(fact: Fact, facts: Sequence[Fact]) -> bool:
    """Whether `fact` spans the dates of two or more of the others: what it says is said of them together."""
    span = fact.date
    if span is None or not span.is_range:
        return False
    inside = [
        f
        for f in facts
        if f is not fact and f.date is not None and span.start <= f.date.start and f.date.end <= span.end
    ]
    return len(inside) >= 2


def stems_of(word: str) -> set[str]:
    return {fold(word), stem(fold(word), "en"), stem(fold(word), "fr")}


def occasions_of(facts: Sequence[Fact]) -> int:
    """How many occasions the facts tell of: the versions of a disputed date, what the same people did or said on
    the same day, and what is said of one numbered session are one occasion."""
    parent = {f.id: f.id for f in facts}

    def root(ident: str) -> str:
        while parent[ident] != ident:
            ident = parent[ident]
        return ident

    first: dict[tuple[Any, ...], str] = {}
    for fact in facts:
        marks: list[tuple[Any, ...]] = [("fact", other) for other in fact.conflicts_with if other in parent]
        if fact.date is not None and not fact.date.is_range:
            marks.append(("date", fact.date.start, fact.date.unit, tuple(sorted(fact.participants))))
        marks += [("session", n) for n in _SESSION_ORDINAL.findall(fact.statement.en)]
        for mark in marks:
            other = mark[1] if mark[0] == "fact" else first.setdefault(mark, fact.id)
            parent[root(fact.id)] = root(other)
    return len({root(f.id) for f in facts})


def figure_text(quantity: Any, lang: str) -> str:
    """'More than 53,000', 'Plus de 53 000', '25%': a figure as the first words of an answer."""
    number = quantity.display()
    if lang == "fr":
        number = number.replace(",", "\u202f")
    if "percent" in quantity.unit:
        number += "\u00a0%" if lang == "fr" else "%"
    bound = _FIGURE_BOUNDS.get(quantity.qualifier or "", {}).get(lang, "")
    return f"{bound} {number}" if bound else number


_FIGURE_BOUNDS = {
    "over": {"en": "More than", "fr": "Plus de"},
    "under": {"en": "Fewer than", "fr": "Moins de"},
    "about": {"en": "About", "fr": "Environ"},
    "almost": {"en": "Almost", "fr": "Près de"},
}


def alike_first(
    ranked: list[Candidate], pattern: re.Pattern[str], lang: str, *, saying: bool = True
) -> list[Candidate]:
    """The candidates with, among those that cover the question alike, those whose statement says `pattern` (or,
    `saying=False`, does not) first."""
    return sorted(
        ranked,
        key=lambda c: (-round(c.coverage * 20), bool(pattern.search(fold(c.fact.statement.get(lang)))) != saying),
    )


def head_stems(description: str) -> set[str]:
    """What a figure counts: 'citizens' of 'Azerbaijani citizens killed by mines', 'days' of 'days of war'."""
    head: list[str] = []
    words = tokens(description)
    if words[:1] and words[0] in _MEASURES:
        return {stem(w, "en") for w in words if w not in ALL_STOPWORDS}  # 'tons of food' measures food
    for word in words:
        if word in ("by", "of", "in", "for", "from", "with") or (head and word.endswith(("ed", "ing"))):
            break
        if word not in ALL_STOPWORDS:
            head.append(stem(word, "en"))
    return set(head)


def names_person(fact: Fact, index: KnowledgeIndex, parsed: Parsed) -> bool:
    """A 'who' question needs a fact that names a person or organisation besides the ones asked about."""
    asked = {i for m in parsed.entities for i in m.entity_ids}
    named = [i for i in (*fact.participants, *fact.organisations) if i not in asked and i not in GENERIC_ENTITIES]
    # ('who held the Council presidency in October 2013?': Azerbaijan, the subject of the fact, when not asked of)
    subject = (
        "azerbaijan" in fact.organisations and "azerbaijan" not in asked and fact.statement.en.startswith("Azerbaijan ")
    )
    return bool(named) or bool(fact.participants) or subject


_RU_VERB = re.compile(r"(л|ла|ло|ли|ет|ит|ют|ят|ат|ут|ся|сь|ть|ал|ил)$")


def help_roles(words: Sequence[str], names: Sequence[Any]) -> dict[str, str]:
    """Who gives and who receives the help a text speaks of: a name before the first word of helping gives it
    ('Azerbaijan helped 80 countries', 'gave assistance to'), after it receives it ('countries helped
    Azerbaijan'), and the other way round after 'receive' or before 'by'/'from' ('Azerbaijan received aid from').
    A noun alone ('the aid Azerbaijan gave') says nothing of who gives."""
    at = next((i for i in range(len(words)) if _helping_at(words, i)), None)
    if at is None:
        return {}
    reverse = any(_RECEIVING.match(w) for w in words[max(0, at - 2) : at]) or (
        at + 1 < len(words) and words[at + 1] in _BY
    )
    # ('…, Ilham Aliyev told Guterres': who reports the help neither gives nor receives it)
    told = next((i for i in range(at + 1, len(words)) if _REPORTING.match(words[i])), None)
    roles: dict[str, str] = {}
    for match in names:
        if told is not None and match.start >= told - 2:
            continue  # (the reporter and whom he told: two words before the verb of saying, and after it)
        role = "giver" if (match.start < at) != reverse else "receiver"
        for ident in match.entity_ids:
            roles.setdefault(ident, role)
    return roles


def _helping_at(words: Sequence[str], i: int) -> bool:
    """Whether words[i] says that help is given: a verb, or a noun with a verb of giving or receiving before it
    ('gave assistance', 'receiving aid', 'a aidé', 'yardım edib')."""
    word = words[i]
    before = words[max(0, i - 2) : i]
    if _HELP_VERB.match(word):
        return True
    if word in ("aide", "aidee", "aidees", "aides"):  # French 'aidé' folds to the noun 'aide'
        return bool(before) and before[-1] in _FRENCH_AUXILIARIES
    if _HELP_NOUN.match(word):
        after = words[i + 1] if i + 1 < len(words) else ""
        return any(_GIVING.match(w) or _RECEIVING.match(w) for w in before) or bool(_AZ_DOING.match(after))
    return False


def names_kind(word: str, kind: str) -> bool:
    """Whether a word is a name of the kind in the plural ('titles', 'prix', 'medals'), not a word that narrows it
    ('presided', 'meet')."""
    folded, group = fold(word), KIND_WORDS.get(kind, ())
    if folded.startswith(kind[:5]):
        return True
    return folded.endswith(("s", "x")) and (folded in group or folded[:-1] in group)


@lru_cache(maxsize=4096)
def which_words(folded: str) -> tuple[str, ...]:
    """The words right after 'which': 'in which peacekeeping missions' -> ('peacekeeping', 'missions')."""
    match = WHICH.search(folded)
    if not match:
        return ()
    words: list[str] = []
    for word in WORD.findall(folded[match.end() :])[:3]:
        if word in ARTICLES and words:
            break  # ('en quelle année la résolution 853 …': the year is asked, not which resolution)
        words.append(word)
    return tuple(words)


def beside_name(match: EntityMatch, i: int, distance: int = 2) -> bool:
    """Whether a name matched in a text is within `distance` words of word `i`."""
    start, end = match.start, match.end - 1
    return -distance <= start - i <= distance or -distance <= i - end <= distance


_SAYING = re.compile(
    r"\b(said|says|told|acknowledged|noted|stressed|recalled|expressed|emphasi[sz]ed"
    r"|highlighted|declared|stated|called for)\b"
)


def reports_talk(fact: Fact) -> bool:
    """A fact that reports what was said: a statement, a speech, what two people raised at a meeting, or what
    someone acknowledged or praised ('Guterres acknowledged Azerbaijan's role in … Central Asia')."""
    return (
        fact.kind in ("statement", "speech")
        or (fact.kind in ("cooperation", "statistic") and len(fact.participants) >= 2)
        or (bool(fact.participants) and _SAYING.search(fact.statement.en) is not None)
    )


def first_paragraph(fact: Fact) -> int:
    """Where a fact's report first says it: its order in the document."""
    return min((p for c in fact.citations for p in c.paragraphs), default=0)


def negated_words(folded: str) -> tuple[list[str], list[str]]:
    """The words of a folded text that are negated ('does not cooperate'), and the others."""
    negated_at = set()
    for match in _NEGATED.finditer(folded):
        for group in range(1, _NEGATED.groups + 1):
            if match.group(group):
                for word in WORD.finditer(folded, match.start(group), match.end(group)):
                    if word.group() in _CLAUSE_END:
                        break
                    negated_at.add(word.start())
    negated: list[str] = []
    plain: list[str] = []
    previous = ""
    for word in WORD.finditer(folded):
        if word.start() in negated_at:
            negated.append(word.group())
        elif previous != "to":  # ('had not been implemented and called for a mechanism to implement them': still not)
            plain.append(word.group())
        previous = word.group()
    return negated, plain


def asks_who_is(folded: str) -> bool:
    """'Who is the X', 'qui est le X', 'кто X' (no verb), 'X kimdir': a role, not an action ('53 min köçkün
    qayıdıb deyən kimdir?', 'who is the one who said …', asks who acted)."""
    if re.search(r"\w(an|en|yan|yen) kimdir\b", folded):
        return False
    if WHO_ROLE.search(folded):
        return True
    match = re.match(r"^кто\s+(.*)$", folded)
    if match is None:
        return False
    return not any(_RU_VERB.search(w) for w in re.findall(r"\w+", match.group(1)))


def asks_for_others(folded: str) -> bool:
    return bool(
        re.search(r"\b(else|other|others|besides|d ?autre|autres|ещ[её]|кроме|другие|basqa|diger)\b|\bkim de\b", folded)
    )


# 'when was the 72nd session held?', 'когда проходила сессия?', 'nə vaxt keçirilib?': that it took place, which
# any fact of a session or an event says by being dated at it
HELD = re.compile(
    r"held|hold|tenu\w*|deroul\w*|проходил\w*|прошл\w*|состоял\w*|keciril\w*|kecirilmis\w*|bas tutub|baş tutub"
)
# 'when did the war start and how long did it last?', 'quand … et combien de temps …': a second question after 'and'
TWO_QUESTIONS = re.compile(
    r"(,? (?:and|et|и|а|və|ve|&) (?=(?:(?:on|in|at|by|for|from|en|à|dans|pour|par|в|на) )?(?:how (?:long|many|much)"
    r"|when|where|who|why|what|which|quand|où|ou|qui|combien"
    r"|pourquoi|comment|quel\w*|когда|где|кто|сколько|почему|зачем|harada|nə vaxt|ne vaxt|kim|niyə|neçə"
    # ('… announced, and did Azerbaijan take part in them?', '… lettre morte, et qu'est-ce qu'Aliyev en a dit ?')
    r"|did|does|was|were|has|qu['’ ]est[- ]ce|que|(?:on |by |at |in |of )?whose"
    r"|(?:sur |par )?(?:d[ée]cision|ordre) de qui)\b))",
    re.IGNORECASE,
)
# A statement, then a question asked of it: 'Aliyev et Guterres se sont vus le 25 septembre, ils ont parlé de la
# COP29 ?' (not after 'et / and / sur …', which open a follow-up themselves).
PREMISE_THEN_QUESTION = re.compile(
    r"^(?!\W*(et|and|а|и|bəs|bes|but|mais|sur|on|about|au sujet)\b)(?P<premise>[^,?;]{12,}),\s*"
    r"(?P<question>(ils|elles|il|elle|they|he|she|они|он|она|onlar|o)\s.+\?)\s*$",
    re.IGNORECASE,
)
# 'l'Azerbaïdjan a adhéré le 2 mars 92. et la mission permanente a ouvert quand ?': a statement, then a question
SENTENCE_THEN_QUESTION = re.compile(r"^(?P<premise>[^?!]{12,}?\w{2})[.!]\s+(?P<question>[^.?!]{4,}\?)\s*$")
# '… the ga president, which one visited?': which holder of the post named before
WHICH_ONE = re.compile(r"\b(which|what) one\b")
# 'what', 'which', 'quel', 'что', 'какой', 'hansı': a question asking for a thing, not whether
WHAT_WORD = re.compile(r"\b(what|which|quel\w*|que|quoi|что|как(?:ой|ая|ое|ие|ую)|hansi|nedir)\b")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def asked_sentences(text: str) -> list[str]:
    """The questions of a message of several sentences ('Dear Sir or Madam, I am writing a paper. Could you tell
    me …? Kind regards'); none for a message of one sentence."""
    sentences = [m.group().strip() for m in _SENTENCE.finditer(text) if len(WORD.findall(m.group())) >= 3]
    if len(sentences) < 2 or len(sentences) > 6:
        return []
    return [s for s in sentences if s.endswith("?") and len(WORD.findall(s)) >= 4]


# A question word first: the first of two questions must be one ('when did …', 'quand …', 'когда …').
QUESTION_START = re.compile(
    r"\W*((in|at|for|from|during|en|a|dans|pendant|depuis|в|с|до) )?(how|when|where|who|why|what|which|quand|ou|qui"
    r"|combien|pourquoi|comment|quel\w*|que|qu|когда|где|кто|сколько|почему|зачем|что|какой|какая|как)\b"
)
# A year that names a set of resolutions ('the 1993 resolutions', 'les résolutions de 1993', 'резолюции 1993 года'):
# a name, not when the question says something happened
YEAR_OF_KIND = re.compile(
    r"\b(1[89]|20)\d\d (\w+ ){0,2}(resolutions|qetnameler\w*)\b"
    r"|\b(resolutions|резолюци\w*) (\w+ ){0,3}(of|de|du) (1[89]|20)\d\d\b"
    r"|\bрезолюци\w* (\w+ ){0,3}(1[89]|20)\d\d года\b"
)
# Pronouns that stand for a thing, not a person: 'for that', 'pour ça', 'за это', 'bunun üçün'
THING_PRONOUNS = frozenset("that this ca cela ceci это этого этим bu bunu bunun".split())
# A statement whose subject is Azerbaijan: 'Azerbaijan chaired …', 'In 2016, Azerbaijan hosted …'
AZERBAIJAN_FIRST = re.compile(r"(?:(?:In|On|From|By|Since) [^,]{1,30}, )?Azerbaijan\b(?!'s)")
# 'who else was present / attended / took part?': being there, which every fact of the occasion says
BEING_THERE = re.compile(r"(present\w*|attend\w*|particip\w*|присутств\w*|участв\w*|istirak\w*|qatil\w*|de)")


def asked_as_place(folded: str, label: str) -> bool:
    """Whether the question puts a word after 'in', 'at', 'à', 'в'... or an Azerbaijani locative ('Cenevrədə')."""
    if re.search(rf"\b(in|at|a|en|au|aux|dans|в|во|на)\s+(the\s+|la\s+|le\s+|l\s+)?{re.escape(label)}\b", folded):
        return True
    return bool(re.fullmatch(r"\w+(da|de|ta|te)", label)) and script_lang(label) != "ru"


def asked_as_topic(folded: str, label: str) -> bool:
    """Whether the question is about a place ('the resolution on the occupied territories'), not set in it."""
    pattern = r"\b(on|about|concerning|regarding|sur|concernant|о|об|по|про|насчет)\s+(the\s+|les\s+|la\s+|le\s+|l\s+)?"
    text = folded.replace("'", " ")
    # ('Mərkəzi Asiya haqqında': Azerbaijani puts it after)
    return bool(
        re.search(pattern + re.escape(label) + r"\b", text)
        or re.search(r"\b" + re.escape(label) + r"\w*\s+(haqqinda|barede|baresinde)\b", text)
    )


def as_subject(folded: str, label: str) -> bool:
    """Whether a name opens the question, right after its yes/no opener: 'did Baku ...', 'c'est vrai que Bakou ...'."""
    opener = (
        r"(did|does|do|has|have|had|was|is|is it true that|c est vrai que|est il vrai que|est ce que|правда ли что)"
    )
    return bool(re.match(rf"({opener}\s+)?((the|la|le|les|l)\s+)?{re.escape(fold(label))}\b", folded.replace("'", " ")))


# What may stand between a subject and the title a question gives it: 'was Azerbaijan ever a member', 'l'Azerbaïdjan
# a-t-il déjà été membre', 'has Azerbaijan been the host'.
_BEFORE_TITLE = frozenset(
    "ever once already been still a an the t il elle ete etait est deja jamais le la l un une".split()
)
_COPULA_OPENINGS = (
    ("was",),
    ("is",),
    ("were",),
    ("has",),
    ("had",),
    (),
    ("l",),
    ("le",),
    ("la",),
    ("est", "ce", "que"),
)


def title_asked(parsed: Parsed) -> tuple[EntityMatch, Unit] | None:
    """'Was Azerbaijan president of the General Assembly?', 'l'Azerbaïdjan a-t-il été membre du Conseil ?': the
    question's subject and the title it is said to hold (not 'did Azerbaijan host ...', which asks a deed)."""
    if not parsed.entities:
        return None
    subject = min(parsed.entities, key=lambda m: m.start)
    if tuple(parsed.tokens[: subject.start]) not in _COPULA_OPENINGS:
        return None
    lang = "fr" if parsed.lang == "fr" else "en"
    for word in parsed.tokens[subject.end : subject.end + 6]:
        if word in _BEFORE_TITLE:
            continue
        if stem(word, lang) not in TITLE_STEMS:
            return None
        title = next((u for u in parsed.units if u.kind == "term" and stem(word, lang) in u.stems), None)
        return (subject, title) if title is not None else None
    return None


def of_name(parsed: Parsed, unit: Unit) -> bool:
    """Whether a name follows 'of' in the question: 'vice-president of Azerbaijan', 'présidente de l'Azerbaïdjan'."""
    return bool(re.search(rf"\b(of|de|du|d|des)\s+((the|la|le|l)\s+)?{re.escape(fold(unit.label))}\b", parsed.folded))


def copula(words: Sequence[str], person: EntityMatch) -> bool:
    """'Is/Was X the/a ...?', 'X est-il le ...?', 'est-ce que X est le ...?': X said to be something, not to do it."""
    after = list(words[person.end : person.end + 3])
    if person.start == 1 and words[0] in ("is", "was") and after[:1] and after[0] in ("the", "a", "an"):
        return True
    french = [w for w in after if w not in ("il", "elle")]
    opened = person.start == 0 or list(words[: person.start]) == ["est", "ce", "que"]
    return opened and len(french) >= 2 and french[0] in ("est", "etait") and french[1] in ("le", "la", "l", "un", "une")


def without_names(parsed: Parsed) -> str:
    """The folded question with the names it holds taken out."""
    folded = parsed.folded
    for match in parsed.entities:
        folded = folded.replace(fold(match.surface), " ")
    return folded


def states_number(fact: Fact) -> bool:
    """True when the fact states a figure (not only a date or a resolution number)."""
    return bool(fact.numbers)


def source_numbers(facts: Sequence[Fact], fact: Fact) -> tuple[int, ...]:
    order: list[str] = []
    for f in facts:
        for citation in f.citations:
            if citation.source not in order:
                order.append(citation.source)
    return tuple(order.index(c.source) + 1 for c in fact.citations if c.source in order)


def fact_order(fact: Fact) -> tuple[Any, float, str]:
    """Sort key for lists: by date, the more notable kind first on the same date (the meeting before its topics)."""
    return (fact.date.start if fact.date else dt.date.max, -KIND_PRIOR.get(fact.kind, 0.0), fact.id)


def day_distance(fact: Fact, query: DateQuery) -> int:
    if fact.date is None or query.month is None:
        return 10**6
    start = fact.date.start
    day = query.day or 15
    return abs((start.month - query.month) * 31 + (start.day - day))


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

"""The bot's own sentences in English and French (facts carry their own translations)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "refuse": {
        "en": "I don't have that in my sources, so I won't guess.",
        "fr": "Je n'ai pas cette information dans mes sources, et je préfère ne pas deviner.",
    },
    "refuse_unknown": {
        "en": "My sources say nothing about {names}.",
        "fr": "Mes sources ne disent rien de {names}.",
    },
    "refuse_date": {
        "en": "My sources record nothing on {date}.",
        "fr": "Mes sources ne rapportent rien pour le {date}.",
    },
    "refuse_empty": {
        "en": "Ask me a question about Azerbaijan and the United Nations, for example: {example}",
        "fr": "Posez-moi une question sur l'Azerbaïdjan et les Nations unies, par exemple : {example}",
    },
    "suggest": {"en": "I can tell you about:", "fr": "Je peux vous parler de :"},
    "nearest": {"en": "The nearest dates I know:", "fr": "Les dates les plus proches que je connais :"},
    "conflict": {
        "en": "The sources disagree on this; here is what each says:",
        "fr": "Les sources ne concordent pas sur ce point ; voici ce que dit chacune :",
    },
    "conflict_note": {
        "en": "Another source gives a different account: {other}",
        "fr": "Une autre source donne une autre version : {other}",
    },
    "inferred": {
        "en": "Date: {date} (inferred, not stated in the source).",
        "fr": "Date : {date} (déduite, non indiquée dans la source).",
    },
    "when": {"en": "Date: {date}.", "fr": "Date : {date}."},
    "when_followup": {"en": "That was on {date}.", "fr": "C'était le {date}."},
    "when_followup_period": {"en": "That was in {date}.", "fr": "C'était en {date}."},
    "no_date": {
        "en": "The sources give no date for that.",
        "fr": "Les sources ne donnent pas de date pour cela.",
    },
    "where_followup": {"en": "It took place in {place}.", "fr": "Cela s'est passé à {place}."},
    "no_place": {
        "en": "The sources do not say where.",
        "fr": "Les sources ne précisent pas le lieu.",
    },
    "others": {"en": "Also named: {people}.", "fr": "Sont également cités : {people}."},
    "no_others": {
        "en": "The sources name nobody else there besides {people}.",
        "fr": "Les sources ne citent personne d'autre que {people}.",
    },
    "list_head": {"en": "{count} facts match:", "fr": "{count} faits correspondent :"},
    "list_head_one": {"en": "One fact matches:", "fr": "Un fait correspond :"},
    "on_date_head": {"en": "On {date}:", "fr": "Le {date} :"},
    "in_period_head": {"en": "In {date}:", "fr": "En {date} :"},
    "nothing_on_date": {
        "en": "Nothing is recorded on {date} itself.",
        "fr": "Rien n'est rapporté pour le {date} lui-même.",
    },
    "yes": {"en": "Yes.", "fr": "Oui."},
    "no_but": {"en": "No.", "fr": "Non."},
    "about_roles": {"en": "Roles in the sources: {roles}.", "fr": "Fonctions dans les sources : {roles}."},
    "about_facts": {"en": "What the sources say:", "fr": "Ce que disent les sources :"},
    "ambiguous": {"en": "Did you mean {names}?", "fr": "Vouliez-vous dire {names} ?"},
    "sources": {"en": "Sources", "fr": "Sources"},
    "paragraph": {"en": "para.", "fr": "§"},
    "inferred_date": {"en": "date inferred", "fr": "date déduite"},
    "translated_note": {
        "en": "(You wrote in {language}; I answer in English.)",
        "fr": "(Vous avez écrit en {language} ; je réponds en français.)",
    },
    "and": {"en": "and", "fr": "et"},
    "count_answer": {"en": "{statement}", "fr": "{statement}"},
    "role_answer": {"en": "{name}: {role}.", "fr": "{name} : {role}."},
}

LANGUAGE_NAMES = {
    "en": {"ru": "Russian", "az": "Azerbaijani", "fr": "French", "en": "English"},
    "fr": {"ru": "russe", "az": "azerbaïdjanais", "fr": "français", "en": "anglais"},
}


def t(key: str, lang: str, **values: object) -> str:
    """The message `key` in `lang` (English when missing), with `values` filled in."""
    table = MESSAGES[key]
    text = table.get(lang) or table["en"]
    return text.format(**values) if values else text


def join_names(names: list[str], lang: str) -> str:
    """'A', 'A and B', 'A, B and C' in the language."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('and', lang)} {names[-1]}"

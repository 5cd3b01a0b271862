"""The bot's own sentences in English and French (facts carry their own translations)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "refuse": {
        "en": "I don't have that in my sources, so I won't guess.",
        "fr": "Je n'ai pas cette information dans mes sources, et je préfère ne pas deviner.",
    },
    "sources_say": {  # 'are you sure?' of an answer: its fact again
        "en": "That is what my sources say: {text}",
        "fr": "C'est ce que disent mes sources : {text}",
    },
    "refuse_unknown": {
        "en": "My sources say nothing about {names}.",
        "fr": "Mes sources ne mentionnent nulle part : {names}.",
    },
    "refuse_date": {
        "en": "My sources record nothing on {date}.",
        "fr": "Mes sources ne rapportent rien pour le {date}.",
    },
    "refuse_date_asked": {
        "en": "My sources record nothing of what you ask on {date}. What they record that day:",
        "fr": "Mes sources ne rapportent rien de ce que vous demandez pour le {date}. "
        "Ce qu'elles rapportent ce jour-là :",
    },
    "refuse_period_asked": {
        "en": "My sources record nothing of what you ask for {date}. What they record then:",
        "fr": "Mes sources ne rapportent rien de ce que vous demandez pour {date}. Ce qu'elles rapportent alors :",
    },
    "refuse_period": {  # a month or a year: 'en 1993', 'en septembre 2020'
        "en": "My sources record nothing for {date}.",
        "fr": "Mes sources ne rapportent rien pour {date}.",
    },
    "refuse_empty": {
        "en": "Ask me a question about Azerbaijan and the United Nations, for example: {example}",
        "fr": "Posez-moi une question sur l'Azerbaïdjan et les Nations unies, par exemple : {example}",
    },
    "suggest": {"en": "I can tell you about:", "fr": "Je peux vous parler de :"},
    "rest_unsaid": {  # the second of two questions in one, which the sources do not answer
        "en": "My sources do not answer the rest: “{rest}?”",
        "fr": "Mes sources ne répondent pas à la suite : « {rest} ? »",
    },
    "nearest": {"en": "The nearest dates I know:", "fr": "Les dates les plus proches que je connais :"},
    "conflict": {
        "en": "The sources disagree on this; here is what each says:",
        "fr": "Les sources ne concordent pas sur ce point ; voici ce que dit chacune :",
    },
    "yes_conflict": {
        "en": "Yes. The sources differ only on the exact date; here is what each says:",
        "fr": "Oui. Les sources ne divergent que sur la date exacte ; voici ce que dit chacune :",
    },
    "occasions_head": {
        "en": "{n} in my sources — {label} ({count} entries):",
        "fr": "{n} dans mes sources — {label} ({count} entrées) :",
    },
    "latest_of": {
        "en": "The latest of {n} in my sources.",
        "fr": "Le plus récent des {n} de mes sources.",
    },
    "earliest_of": {
        "en": "The earliest of {n} in my sources.",
        "fr": "Le plus ancien des {n} de mes sources.",
    },
    "first_then": {
        "en": "First came {first}, then {then}:",
        "fr": "D'abord {first}, puis {then} :",
    },
    "first_then_named": {
        "en": "First came {first_name} ({first}), then {then_name} ({then}).",
        "fr": "D'abord {first_name} ({first}), puis {then_name} ({then}).",
    },
    "no_order": {
        "en": "The sources do not tell which came first: they date one to {first} and the other to {then}.",
        "fr": "Les sources ne disent pas lequel est venu en premier : elles datent l'un de {first}, l'autre de {then}.",
    },
    "no_order_same": {
        "en": "The sources do not tell which came first: they date both to {first}.",
        "fr": "Les sources ne disent pas lequel est venu en premier : elles les datent tous deux de {first}.",
    },
    "only_one": {
        "en": "The only one in my sources; they may not record a later one.",
        "fr": "Le seul de mes sources, qui peuvent ne pas en mentionner de plus récent.",
    },
    "counted_head": {
        "en": "{count} in my sources — {label}",
        "fr": "{count} dans mes sources — {label}",
    },
    "occasion": {"en": "1 occasion", "fr": "1 occasion"},
    "occasions": {"en": "{n} occasions", "fr": "{n} occasions"},
    "conflict_list": {
        "en": "Note: the sources disagree on some of these points; each is shown with its own source.",
        "fr": "Attention : les sources divergent sur certains de ces points ; chacun est cité avec sa source.",
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
    "when_followup_between": {
        "en": "That was between {start} and {end}.",
        "fr": "C'était entre le {start} et le {end}.",
    },
    "still_to_come": {
        "en": "My sources speak of it as still to come ({date}); they do not say whether it has taken place.",
        "fr": "Mes sources en parlent comme d'un événement à venir ({date}) ; elles ne disent pas s'il a eu lieu.",
    },
    "also_dated": {"en": "Also: {dates}.", "fr": "Également : {dates}."},
    "only_then": {
        "en": "My sources show this only for {date}; they do not say whether it is still so.",
        "fr": "Mes sources ne l'indiquent que pour {date} ; elles ne disent pas si c'est toujours le cas.",
    },
    "said_by": {"en": "{name} said so.", "fr": "C'est {name} qui l'a dit."},
    "no_exact_date": {
        "en": "The sources do not give the exact date; they say {date}.",
        "fr": "Les sources ne donnent pas la date exacte ; elles indiquent {date}.",
    },
    "no_exact_date_inferred": {
        "en": "The sources do not date this; from what they say it can only be placed in {date}.",
        "fr": "Les sources ne le datent pas ; d'après ce qu'elles disent, on peut seulement le situer en {date}.",
    },
    "only_start": {
        "en": "The sources give when it began ({date}), not the day it ended.",
        "fr": "Les sources donnent le début ({date}), pas le jour où cela a pris fin.",
    },
    "term_only": {
        "en": "The sources do not date that; they give only the term, {date}.",
        "fr": "Les sources ne le datent pas ; elles donnent seulement la période, {date}.",
    },
    "recalled_undated": {
        "en": "The sources do not say when; they mention it only in remarks made on {date}.",
        "fr": "Les sources ne disent pas quand ; elles l'évoquent seulement dans des propos tenus le {date}.",
    },
    "no_date": {
        "en": "The sources give no date for that.",
        "fr": "Les sources ne donnent pas de date pour cela.",
    },
    # Place names carry no article ('UN Headquarters (New York)'), so they stand alone after a label.
    "where_followup": {"en": "Where: {place}.", "fr": "Lieu : {place}."},
    "spoke_at": {
        "en": "At the {session}; the sources do not say from where the speech was given.",
        "fr": "Lors de la {session} ; les sources ne disent pas d'où le discours a été prononcé.",
    },
    "no_place": {
        "en": "The sources do not say where.",
        "fr": "Les sources ne précisent pas le lieu.",
    },
    "no_which": {
        "en": "The sources do not say which.",
        "fr": "Les sources ne précisent pas lequel.",
    },
    "no_more": {
        "en": "My sources say nothing more on that.",
        "fr": "Mes sources n'en disent pas plus.",
    },
    "times_not_counted": {
        "en": "The sources do not say how many times; they speak of it only as a series.",
        "fr": "Les sources ne disent pas combien de fois ; elles en parlent seulement comme d'une série.",
    },
    "no_figure": {
        "en": "The sources do not give that figure; here is what they count.",
        "fr": "Les sources ne donnent pas ce chiffre ; voici ce qu'elles comptent.",
    },
    "no_number": {
        "en": "The sources do not give its number.",
        "fr": "Les sources ne donnent pas son numéro.",
    },
    "people": {"en": "{people}.", "fr": "{people}."},
    "no_reason": {
        "en": "The sources do not say why.",
        "fr": "Les sources ne disent pas pourquoi.",
    },
    "no_words": {
        "en": "The sources do not report what was said there.",
        "fr": "Les sources ne rapportent pas ce qui y a été dit.",
    },
    "none_before": {
        "en": "My sources record no earlier one of that kind.",
        "fr": "Mes sources n'en mentionnent aucun plus ancien de ce type.",
    },
    "none_after": {
        "en": "My sources record no later one of that kind.",
        "fr": "Mes sources n'en mentionnent aucun plus récent de ce type.",
    },
    "no_series": {
        "en": "My last answer holds only this one, so there is no other to pick.",
        "fr": "Ma dernière réponse ne contient que celle-ci ; il n'y en a pas d'autre à choisir.",
    },
    "no_people": {
        "en": "The sources name no person for that.",
        "fr": "Les sources ne nomment personne pour cela.",
    },
    "topics_head": {"en": "At that meeting ({date}):", "fr": "Lors de cette rencontre ({date}) :"},
    "topics_head_undated": {"en": "At that meeting:", "fr": "Lors de cette rencontre :"},
    "topics_head_speech": {"en": "In that address ({date}):", "fr": "Dans ce discours ({date}) :"},
    "topics_head_undated_speech": {"en": "In that address:", "fr": "Dans ce discours :"},
    "dates_differ": {
        "en": "{first} or {second}: the sources differ",
        "fr": "{first} ou {second} : les sources divergent",
    },
    "others": {"en": "Also named: {people}.", "fr": "Sont également cités : {people}."},
    "no_others": {
        "en": "The sources name nobody else there besides {people}.",
        "fr": "Les sources ne citent personne d'autre que {people}.",
    },
    "on_date_head": {"en": "On {date}:", "fr": "Le {date} :"},
    "in_period_head": {"en": "In {date}:", "fr": "En {date} :"},
    "open_period_head": {"en": "{date}:", "fr": "{date} :"},  # 'Before 1993:', 'Depuis 2023 :'
    "nothing_on_date": {
        "en": "Nothing is recorded on {date} itself.",
        "fr": "Rien n'est rapporté pour le {date} lui-même.",
    },
    "yes": {"en": "Yes.", "fr": "Oui."},
    "si": {"en": "Yes.", "fr": "Si."},
    "no_but": {"en": "Not according to my sources.", "fr": "Pas d'après mes sources."},
    "about_roles": {"en": "Roles in the sources: {roles}.", "fr": "Fonctions dans les sources : {roles}."},
    "about_facts": {"en": "What the sources say:", "fr": "Ce que disent les sources :"},
    "ambiguous": {"en": "Did you mean {names}?", "fr": "Vouliez-vous dire {names} ?"},
    "sources_label": {"en": "Sources:", "fr": "Sources :"},  # above an answer's numbered sources
    "paragraph": {"en": "para.", "fr": "§"},
    "inferred_date": {"en": "date inferred", "fr": "date déduite"},
    "translated_note": {
        "en": "(You wrote in {language}; I answer in English.)",
        "fr": "(Vous avez écrit en {language} ; je réponds en français.)",
    },
    "and": {"en": "and", "fr": "et"},
    "count_answer": {"en": "{statement}", "fr": "{statement}"},
    "role_dated": {"en": "{title} (as the sources show, {date})", "fr": "{title} (selon les sources, {date})"},
    "role_answer": {"en": "{name}: {role}.", "fr": "{name} : {role}."},
    "card": {"en": "{name}: {description}", "fr": "{name} : {description}"},
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


# The bot's own sentences around the engine: commands, buttons, settings and administration.
# Kept apart from MESSAGES above (the engine's) so the two grow without stepping on each other.
BOT_MESSAGES: dict[str, dict[str, str]] = {
    # usage lines and command descriptions (command menus and /help)
    "usage": {"en": "Usage: {usage}\nExample: {example}", "fr": "Utilisation : {usage}\nExemple : {example}"},
    "args_ask": {"en": "<question>", "fr": "<question>"},
    "args_meetings": {"en": "[person | year]", "fr": "[personne | année]"},
    "args_resolutions": {"en": "[number | year]", "fr": "[numéro | année]"},
    "args_timeline": {"en": "[year | from-to]", "fr": "[année | début-fin]"},
    "args_on": {"en": "<date>", "fr": "<date>"},
    "args_who": {"en": "<person or organisation>", "fr": "<personne ou organisation>"},
    "args_source": {"en": "<source id>", "fr": "<identifiant de source>"},
    "args_fact": {"en": "<fact id>", "fr": "<identifiant de fait>"},
    "args_lang": {"en": "en | fr", "fr": "en | fr"},
    "example_ask": {
        "en": "/ask When did Azerbaijan join the UN?",
        "fr": "/ask Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?",
    },
    "example_meetings": {"en": "/meetings Guterres", "fr": "/meetings Guterres"},
    "example_resolutions": {"en": "/resolutions 1993", "fr": "/resolutions 1993"},
    "example_timeline": {"en": "/timeline 2012-2013", "fr": "/timeline 2012-2013"},
    "example_on": {"en": "/on 2 March 1992", "fr": "/on 2 mars 1992"},
    "example_today": {"en": "/today", "fr": "/today"},
    "example_who": {"en": "/who Bayramov", "fr": "/who Bayramov"},
    "example_sources": {"en": "/sources", "fr": "/sources"},
    "example_source": {"en": "/source newsaz-2023-bayramov-zuev", "fr": "/source newsaz-2023-bayramov-zuev"},
    "example_fact": {"en": "/fact un-membership-1992", "fr": "/fact un-membership-1992"},
    "example_random": {"en": "/random", "fr": "/random"},
    "example_lang": {"en": "/lang fr", "fr": "/lang en"},
    "example_settings": {"en": "/settings", "fr": "/settings"},
    "example_help": {"en": "/help", "fr": "/help"},
    "example_start": {"en": "/start", "fr": "/start"},
    "example_question": {"en": "When did Azerbaijan join the UN?", "fr": "Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?"},
    "cmd_ask": {"en": "Ask a question (in groups too)", "fr": "Poser une question (aussi dans les groupes)"},
    "cmd_meetings": {"en": "Meetings, by person or year", "fr": "Rencontres, par personne ou par année"},
    "cmd_resolutions": {"en": "UN resolutions, by number or year", "fr": "Résolutions de l'ONU, par numéro ou année"},
    "cmd_timeline": {"en": "Dated facts in order", "fr": "Les faits datés, dans l'ordre"},
    "cmd_on": {"en": "What happened on a date", "fr": "Ce qui s'est passé à une date"},
    "cmd_today": {"en": "What happened on this day", "fr": "Ce qui s'est passé ce jour-là"},
    "cmd_who": {"en": "A person or organisation", "fr": "Une personne ou une organisation"},
    "cmd_sources": {"en": "The documents I rely on", "fr": "Les documents sur lesquels je m'appuie"},
    "cmd_source": {"en": "One source in detail", "fr": "Une source en détail"},
    "cmd_fact": {"en": "One fact by its id", "fr": "Un fait, par son identifiant"},
    "cmd_random": {"en": "A fact at random", "fr": "Un fait au hasard"},
    "cmd_lang": {"en": "Answer in English or French", "fr": "Répondre en anglais ou en français"},
    "cmd_settings": {"en": "This chat's settings", "fr": "Les réglages de cette discussion"},
    "cmd_help": {"en": "What I can do", "fr": "Ce que je sais faire"},
    "cmd_start": {"en": "Start", "fr": "Démarrer"},
    "cmd_stats": {"en": "Usage statistics (admins)", "fr": "Statistiques d'utilisation (admins)"},
    "cmd_unanswered": {"en": "Unanswered questions (admins)", "fr": "Questions sans réponse (admins)"},
    "cmd_reload": {"en": "Reload the fact base (admins)", "fr": "Recharger la base de faits (admins)"},
    # /help and /start
    "help_head": {"en": "What I can do", "fr": "Ce que je sais faire"},
    "help_line": {
        "en": "{usage}: {description}. Example: {example}",
        "fr": "{usage} : {description}. Exemple : {example}",
    },
    "help_free_text": {
        "en": "Or just ask, in English or French (Russian and Azerbaijani are understood too): {example}",
        "fr": "Ou posez simplement votre question, en français ou en anglais "
        "(le russe et l'azerbaïdjanais sont compris) : {example}",
    },
    "help_admin": {"en": "Admin commands: {commands}", "fr": "Commandes d'administration : {commands}"},
    "welcome": {
        "en": "Hello! I answer questions about Azerbaijan and the United Nations from {count} cited sources. "
        "When my sources don't hold the answer, I say so rather than guess.",
        "fr": "Bonjour ! Je réponds aux questions sur l'Azerbaïdjan et les Nations unies à partir de {count} sources "
        "citées. Quand mes sources ne contiennent pas la réponse, je le dis au lieu de deviner.",
    },
    "welcome_more": {
        "en": "Ask a question, or try one of these. /help lists my commands.",
        "fr": "Posez une question, ou essayez l'une de celles-ci. /help donne la liste de mes commandes.",
    },
    "starters": {
        "en": "When did Azerbaijan join the UN?|When was Azerbaijan on the Security Council?"
        "|Who did Jeyhun Bayramov meet?|When did Ilham Aliyev meet António Guterres?",
        "fr": "Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?|Quand l'Azerbaïdjan a-t-il siégé au Conseil de sécurité ?"
        "|Qui Jeyhun Bayramov a-t-il rencontré ?|Quand Ilham Aliyev a-t-il rencontré António Guterres ?",
    },
    # lists
    "meetings_head": {"en": "Meetings in my sources ({count}):", "fr": "Les rencontres dans mes sources ({count}) :"},
    "meetings_in_head": {"en": "Meetings in {date} ({count}):", "fr": "Rencontres en {date} ({count}) :"},
    "meetings_of_head": {"en": "Meetings of {name} ({count}):", "fr": "Rencontres de {name} ({count}) :"},
    "none_meetings_in": {
        "en": "My sources record no meeting in {date}.",
        "fr": "Mes sources ne rapportent aucune rencontre en {date}.",
    },
    "none_meetings_of": {
        "en": "My sources record no meeting of {name}.",
        "fr": "Mes sources ne rapportent aucune rencontre de {name}.",
    },
    "resolutions_head": {
        "en": "Resolutions in my sources ({count}):",
        "fr": "Les résolutions dans mes sources ({count}) :",
    },
    "resolutions_in_head": {"en": "Resolutions of {date} ({count}):", "fr": "Résolutions de {date} ({count}) :"},
    "resolutions_of_head": {
        "en": "Resolutions about {name} ({count}):",
        "fr": "Résolutions concernant {name} ({count}) :",
    },
    "resolutions_number_head": {"en": "Resolution {number}:", "fr": "Résolution {number} :"},
    "none_resolutions_in": {
        "en": "My sources record no resolution in {date}.",
        "fr": "Mes sources ne rapportent aucune résolution en {date}.",
    },
    "none_resolutions_of": {
        "en": "My sources record no resolution about {name}.",
        "fr": "Mes sources ne rapportent aucune résolution concernant {name}.",
    },
    "none_resolution_number": {
        "en": "My sources say nothing about resolution {number}.",
        "fr": "Mes sources ne disent rien de la résolution {number}.",
    },
    "timeline_head": {
        "en": "Timeline, {first}–{last} ({count} dated facts):",
        "fr": "Chronologie, {first}–{last} ({count} faits datés) :",
    },
    "timeline_in_head": {"en": "Timeline of {date} ({count}):", "fr": "Chronologie de {date} ({count}) :"},
    "none_timeline": {"en": "My sources record nothing in {date}.", "fr": "Mes sources ne rapportent rien en {date}."},
    "show_all": {"en": "Show all ({command})", "fr": "Tout afficher ({command})"},
    # cards
    "who_no_facts": {
        "en": "No fact in my sources names them directly.",
        "fr": "Aucun fait de mes sources ne les nomme directement.",
    },
    "sources_head": {"en": "My {count} sources:", "fr": "Mes {count} sources :"},
    "source_line": {
        "en": "{id}: {publisher}, {published}, «{title}» ({count} facts)",
        "fr": "{id} : {publisher}, {published}, « {title} » ({count} faits)",
    },
    "sources_more": {
        "en": "/source <id> shows one of them in detail.",
        "fr": "/source <identifiant> en montre une en détail.",
    },
    "source_publisher": {"en": "Publisher: {publisher}", "fr": "Éditeur : {publisher}"},
    "source_published": {"en": "Published: {date}", "fr": "Publication : {date}"},
    "source_stated": {
        "en": "How the date is known: stated in the document ({basis}).",
        "fr": "Origine de la date : indiquée dans le document ({basis}).",
    },
    "source_inferred": {
        "en": "How the date is known: inferred. {basis}",
        "fr": "Origine de la date : déduite. {basis}",
    },
    "source_document": {
        "en": "Document: {document} (language: {language})",
        "fr": "Document : {document} (langue : {language})",
    },
    "source_facts": {"en": "Facts taken from it: {count}", "fr": "Faits qui en sont tirés : {count}"},
    "fact_people": {"en": "People: {people}.", "fr": "Personnes : {people}."},
    "fact_place": {"en": "Place: {place}.", "fr": "Lieu : {place}."},
    "fact_id": {"en": "Fact {id} ({kind}).", "fr": "Fait {id} ({kind})."},
    "kind_membership": {"en": "membership", "fr": "adhésion"},
    "kind_meeting": {"en": "meeting", "fr": "rencontre"},
    "kind_resolution": {"en": "resolution", "fr": "résolution"},
    "kind_session": {"en": "session", "fr": "session"},
    "kind_speech": {"en": "speech", "fr": "discours"},
    "kind_award": {"en": "award", "fr": "distinction"},
    "kind_title": {"en": "title", "fr": "titre"},
    "kind_agreement": {"en": "agreement", "fr": "accord"},
    "kind_programme": {"en": "programme", "fr": "programme"},
    "kind_conference": {"en": "conference", "fr": "conférence"},
    "kind_cooperation": {"en": "cooperation", "fr": "coopération"},
    "kind_statistic": {"en": "statistic", "fr": "statistique"},
    "kind_event": {"en": "event", "fr": "événement"},
    "kind_statement": {"en": "statement", "fr": "déclaration"},
    # conversation
    "unknown_command": {
        "en": "I don't know that command. /help lists what I can do.",
        "fr": "Je ne connais pas cette commande. /help donne la liste de ce que je sais faire.",
    },
    "flood": {
        "en": "You are asking faster than I can look things up. Please wait a minute, then ask again.",
        "fr": "Vous posez des questions plus vite que je ne peux chercher. "
        "Attendez une minute, puis reposez votre question.",
    },
    "just_answered": {"en": "I answered that just above.", "fr": "J'y ai répondu juste au-dessus."},
    "lang_set": {
        "en": "From now on I answer in English in this chat.",
        "fr": "Désormais, je réponds en français dans cette discussion.",
    },
    "lang_name_en": {"en": "English", "fr": "anglais"},
    "lang_name_fr": {"en": "French", "fr": "français"},
    "settings_head": {"en": "Settings of this chat", "fr": "Réglages de cette discussion"},
    "settings_lang_chosen": {
        "en": "Language: {language} (chosen with /lang).",
        "fr": "Langue : {language} (choisie avec /lang).",
    },
    "settings_lang_app": {
        "en": "Language: {language} (from your Telegram app's language).",
        "fr": "Langue : {language} (celle de votre application Telegram).",
    },
    "settings_lang_default": {"en": "Language: {language} (the default).", "fr": "Langue : {language} (par défaut)."},
    "settings_change": {
        "en": "Change it with /lang en or /lang fr. "
        "Questions written in English or French are answered in their own language.",
        "fr": "Pour la changer : /lang en ou /lang fr. "
        "Les questions écrites en français ou en anglais reçoivent une réponse dans leur langue.",
    },
    "button_expired": {"en": "This button has expired, ask again.", "fr": "Ce bouton a expiré, reposez la question."},
    "feedback_thanks": {"en": "Thank you for your feedback!", "fr": "Merci pour votre avis !"},
    "btn_prev": {"en": "« Previous", "fr": "« Précédent"},
    "btn_next": {"en": "Next »", "fr": "Suivant »"},
    "btn_page": {"en": "{page}/{total}", "fr": "{page}/{total}"},
    "btn_sources": {"en": "Sources", "fr": "Sources"},
    "btn_useful": {"en": "👍", "fr": "👍"},
    "btn_not_useful": {"en": "👎", "fr": "👎"},
    "error": {
        "en": "Sorry, something went wrong on my side. Please try again.",
        "fr": "Désolé, un problème est survenu de mon côté. Veuillez réessayer.",
    },
    # administration
    "stats": {
        "en": "Questions: {questions}, answered: {answered} ({rate:.0%}). Chats: {chats}. "
        "Feedback: 👍 {up}, 👎 {down}.",
        "fr": "Questions : {questions}, avec réponse : {answered} ({rate:.0%}). Discussions : {chats}. "
        "Avis : 👍 {up}, 👎 {down}.",
    },
    "stats_top": {"en": "Most asked:", "fr": "Les plus posées :"},
    "stats_top_line": {"en": "{times}× {question}", "fr": "{times}× {question}"},
    "unanswered_head": {
        "en": "Unanswered questions, latest first:",
        "fr": "Questions sans réponse, les plus récentes d'abord :",
    },
    "unanswered_line": {"en": "{times}× {question} ({chat_type})", "fr": "{times}× {question} ({chat_type})"},
    "unanswered_none": {"en": "No unanswered questions.", "fr": "Aucune question sans réponse."},
    "reload_ok": {
        "en": "Fact base reloaded: {facts} facts, {entities} entities, {sources} sources.",
        "fr": "Base de faits rechargée : {facts} faits, {entities} entités, {sources} sources.",
    },
    "reload_failed": {
        "en": "The fact base has {count} problem(s); I keep serving the previous one:",
        "fr": "La base de faits a {count} problème(s) ; je continue avec la précédente :",
    },
    "reload_more": {"en": "… and {count} more.", "fr": "… et {count} de plus."},
    # the terminal chat's numbered choices
    "choice_prev": {"en": "[p] previous page", "fr": "[p] page précédente"},
    "choice_next": {"en": "[n] next page", "fr": "[n] page suivante"},
    "choice_sources": {"en": "[s] sources", "fr": "[s] sources"},
    "choice_feedback": {"en": "[+] useful, [-] not useful", "fr": "[+] utile, [-] pas utile"},
}

_CLASHES = MESSAGES.keys() & BOT_MESSAGES.keys()
if _CLASHES:  # pragma: no cover -- a programming error, caught by the test suite's import
    raise RuntimeError(f"message keys defined twice: {sorted(_CLASHES)}")
MESSAGES.update(BOT_MESSAGES)

"""The answer engine, as a user sees it: the right fact, in the right language, or an honest refusal."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.answer import Answer
from bot.engine import Engine
from bot.render import to_plain


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("When did Azerbaijan join the UN?", "un-membership-1992"),
        ("when did azerbaijan become a member of the united nations", "un-membership-1992"),
        ("Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?", "un-membership-1992"),
        ("Когда Азербайджан вступил в ООН?", "un-membership-1992"),
        ("Azərbaycan BMT-yə nə vaxt üzv olub?", "un-membership-1992"),
        ("resolution 853", "unsc-resolution-853"),
        ("When did Aliev meet Guteres?", "aliyev-guterres-meeting-2025"),
        ("Bairamov Zuyev meeting", "bayramov-zuev-meeting-2023"),
        ("Was Azerbaijan ever on the Security Council?", "unsc-non-permanent-member-2012-2013"),
        ("How many former IDPs have returned under the Great Return programme?", "great-return-53000-idps-2025"),
        ("Combien de pays ont soutenu la résolution sur les vaccins ?", "unga-covid-vaccine-resolution-2021"),
        ("Quand Baïramov a-t-il vu Guterres ?", "guterres-bayramov-meeting-2022"),
        ("quand l azerbaidjan est entre a l onu", "un-membership-1992"),
        ("When was the permanent mission opened?", "permanent-mission-opened-1992"),
        ("Was Azerbaijan a non-permanent member of the Security Council?", "unsc-non-permanent-member-2012-2013"),
        ("In which areas did Azerbaijan make progress on the SDGs?", "sdr-2021-azerbaijan-areas-of-progress"),
        ("quand a eu lieu la guerre de 44 jours", "second-karabakh-war-2020"),  # not a speech that mentions it
        ("combien de deplaces sont revenus", "great-return-53000-idps-2025"),
        ("What did Leyla Aliyeva do at the intercultural forum?", "leyla-aliyeva-speech-intercultural-forum-2017"),
        (
            "Quand la commission nationale pour l'UNESCO a-t-elle été fondée ?",
            "unesco-national-commission-1994",
        ),  # no accents: 'entré', not 'entre'
        ("Heydar Aliev a-t-il parlé à l'Assemblée générale en 1994 ?", "heydar-aliyev-unga-49-speech"),
        ("Combien d'anciens déplacés sont rentrés chez eux d'après Aliev ?", "great-return-53000-idps-2025"),
        # 'who told X': X is the one spoken to, the speaker is what is asked
        (
            "Who told Guterres that more international effort was needed against landmines?",
            "bayramov-landmines-appeal-2022",
        ),
        ("Qui a dit à Guterres qu'il fallait plus d'efforts contre les mines ?", "bayramov-landmines-appeal-2022"),
        # 'parlé de X' is a speech that mentions X, not only a discussion
        ("Aliev a-t-il parlé de l'article 51 à l'ONU ?", "unga76-aliyev-article-51-counter-attack"),
        # 'part of', 'fait partie de', 'входит в': membership
        ("since when is azerbaijan part of the un?", "un-membership-1992"),
        ("Depuis quand l'Azerbaïdjan fait partie de l'ONU ?", "un-membership-1992"),
        ("С какого года Азербайджан входит в ООН?", "un-membership-1992"),
        ("Neçə məcburi köçkün qayıdıb?", "great-return-53000-idps-2025"),  # 'məcburi köçkün': IDP
        ("Où se tiendra le Forum urbain mondial 2026 ?", "world-urban-forum-2026-azerbaijan"),  # the host's country
        (
            "Depuis quand existe la commission nationale azerbaïdjanaise pour l'UNESCO ?",
            "unesco-national-commission-1994",
        ),
        ("Məcburi köçkünlər doğma torpaqlarına qayıdıblar?", "great-return-53000-idps-2025"),
    ],
)
def test_questions_find_their_fact(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert fact in answer.facts


@pytest.mark.parametrize(
    "question",
    [
        "When did Azerbaijan join NATO?",
        # the UN's own founding is not in the sources; the founding of Azerbaijan's mission to it is another thing
        "When was the UN founded?",
        "Азербайджан вступал в НАТО?",  # 'вступал' is not 'выступал' (spoke), and NATO is in no source
        "Azərbaycan NATO-ya üzv olub?",
        "Алиев встречался с Путиным?",  # a name the sources never mention: not a 'no' either
        "Did Aliyev meet Biden at the UN?",
        "Азербайджан член ЕС?",
        "When did Azerbaijan join the WHO?",  # the agency, not the question word
        "How many countries are in the Non-Aligned Movement?",  # 179 supported a resolution of it
        "Who was Azerbaijan's president in 1985?",  # before any role the sources give
        "When was the Security Council founded?",  # not 'the creation of a mechanism' for its resolutions
        "Когда основан Совет Безопасности?",
        "Quand l'ONU a-t-elle été fondée ?",
        "Когда была основана ООН?",
        "Who is Azerbaijan's ambassador to the UN?",
        "What is the population of Azerbaijan?",
        "When did Guterres become Secretary-General?",
        "Who chaired the Non-Aligned Movement before Azerbaijan?",
        "Quel pays a voté contre la résolution sur les vaccins ?",
        "What's the weather in Baku tomorrow?",
        "Who told Guterres that Armenia must pay reparations?",
        # the documents give no date for it, only the years around it
        "When did Azerbaijan take over the chairmanship of the Non-Aligned Movement?",
        # no resolution after 884 is in the sources, though every 1993 one says 'after'
        "Which Security Council resolutions on Karabakh came after 884?",
        "Who thanked Azerbaijan for hosting the Olympics?",
        "asdf qwerty",
    ],
)
def test_near_misses_are_refused_with_suggestions(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)
    assert answer.facts == ()
    assert 1 <= len(answer.suggestions) <= 3


def test_a_refusal_names_what_the_sources_do_not_mention(engine: Engine) -> None:
    answer = engine.ask("When did Azerbaijan join NATO?")
    assert "NATO" in answer.headline


def test_answers_come_in_the_language_of_the_question(engine: Engine) -> None:
    french = engine.ask("Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?")
    assert (french.lang, french.detected_lang) == ("fr", "fr")
    assert "2 mars 1992" in french.headline
    russian = engine.ask("Когда Азербайджан вступил в ООН?", lang="fr")
    assert (russian.lang, russian.detected_lang) == ("fr", "ru")


def test_conflicting_sources_are_both_cited(engine: Engine) -> None:
    answer = engine.ask("On what day did Aliyev address the 76th session of the General Assembly?")
    assert {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"} <= set(answer.facts)
    assert "disagree" in answer.headline
    text = to_plain(answer)
    assert "23 September 2021" in text
    assert "24 September 2021" in text
    assert {s.source_id for s in answer.sources} == {"jamnews-2021-aliyev-unga76", "overview-azerbaijan-un-cooperation"}


def test_an_inferred_date_is_marked(engine: Engine) -> None:
    answer = engine.ask("When did Aliyev meet Guterres at UN headquarters?")
    assert any("inferred" in text for text in (answer.headline, *answer.notes))


def test_a_yes_no_question_with_a_wrong_date_is_corrected(engine: Engine) -> None:
    answer = engine.ask("Did Azerbaijan join the UN in 1991?")
    assert answer.answered
    assert answer.headline.startswith("Not according to my sources.")
    assert "1992" in answer.headline


def test_lists_gather_every_matching_fact_in_date_order(engine: Engine) -> None:
    answer = engine.ask("all Security Council resolutions of 1993")
    assert list(answer.facts) == [f"unsc-resolution-{n}" for n in (822, 853, 874, 884)]
    meetings = engine.ask("every meeting with Guterres")
    assert list(meetings.facts) == ["guterres-bayramov-meeting-2022", "aliyev-guterres-meeting-2025"]


def test_what_happened_on_a_date(engine: Engine) -> None:
    assert "un-membership-1992" in engine.ask("What happened on 02.03.1992?").facts
    nothing = engine.ask("What happened on 5 June 2019?")
    assert not nothing.answered
    assert nothing.suggestions


@pytest.mark.parametrize(
    ("first", "follow", "fact"),
    [
        ("Who is Alexander Zuev?", "when did he meet Bayramov?", "bayramov-zuev-meeting-2023"),
        ("all Security Council resolutions of 1993", "and the second one?", "unsc-resolution-853"),
        ("Quand l'Azerbaïdjan a-t-il présidé le Conseil de sécurité en 2012 ?", "et en 2013 ?",
         "unsc-presidency-october-2013"),
        ("When did Heydar Aliyev speak at the 49th session?", "and in 1995?",
         "heydar-aliyev-un-50th-anniversary-speech"),
        # what he proposed, not who proposed it
        ("aliev a parlé à la 59e session ?", "il a proposé quoi ?", "ilham-aliyev-unga-59-speech"),
        ("When did Azerbaijan sign the agreement with UNICEF?", "what was the aim?",
         "unicef-cooperation-refugee-idp-children"),
        ("When did Azerbaijan host the Alliance of Civilizations forum?", "which edition was that?",
         "unaoc-global-forum-2016"),
        ("what happened on 3 december 2020", "whose idea was it",
         "unga-covid-special-session-azerbaijan-initiative"),
        # a whole question after 'ok, and'
        ("What did Guterres say about the Non-Aligned Movement in 2025?", "ok, and when did Azerbaijan join the UN?",
         "un-membership-1992"),
    ],
)  # fmt: skip
def test_follow_ups_use_the_previous_answer(engine: Engine, first: str, follow: str, fact: str) -> None:
    previous = engine.ask(first)
    answer = engine.ask(follow, context=previous.context)
    assert answer.answered, to_plain(answer)
    assert fact in answer.facts


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("Which resolutions were adopted after resolution 853?", {"unsc-resolution-874", "unsc-resolution-884"}),
        ("какие резолюции после 822?", {"unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884"}),
        ("Quelles résolutions avant la 874 ?", {"unsc-resolution-822", "unsc-resolution-853"}),
    ],
)
def test_lists_ordered_by_a_resolution_number(engine: Engine, question: str, facts: set[str]) -> None:
    answer = engine.ask(question)
    assert set(answer.facts) == facts, to_plain(answer)


def test_what_someone_said_is_their_words_not_their_card(engine: Engine) -> None:
    said = engine.ask("what did zuev say about azerbaijan")
    assert said.answered, to_plain(said)
    assert said.headline.startswith("Zuev "), said.headline  # a statement of his, not 'Alexander Zuev: ...'
    card = engine.ask("parle-moi de Zouev")
    assert card.lang == "fr"
    assert card.headline.startswith("Alexandre Zouev")


@pytest.mark.parametrize(
    ("question", "headline"),
    [("Zuyev kimdir?", "Alexander Zuev"), ("COP29 nədir?", "COP29"), ("Böyük Qayıdış nədir?", "Great Return")],
)
def test_azerbaijani_who_is_and_what_is(engine: Engine, question: str, headline: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert answer.headline.startswith(headline)  # the card, not a 'Yes.' to a question nobody asked


def test_a_place_the_sources_do_not_give_is_a_no_with_the_right_place(engine: Engine) -> None:
    answer = engine.ask("Алиев встречался с Гутеррешем в Женеве?")
    assert answer.answered, to_plain(answer)
    assert answer.facts == ("aliyev-guterres-meeting-2025",)
    assert answer.headline.startswith("Not according to my sources.")


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        ("what happened before 1993", "Before 1993:"),
        ("que s'est-il passé depuis 2023 ?", "Depuis 2023 :"),
        ("events of 19/09/2022", "On 19 September 2022:"),
        ("timeline 2012", "In 2012:"),
    ],
)
def test_what_happened_in_a_period_is_headed_by_it(engine: Engine, question: str, headline: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert answer.headline == headline
    assert answer.facts


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        ("Who was Azerbaijan's president in 1994?", "Heydar Aliyev:"),
        ("Who was Azerbaijan's president in 2010?", "Ilham Aliyev:"),
        ("Qui était président de l'Azerbaïdjan en 1995 ?", "Heydar Aliev :"),
    ],
)
def test_a_role_asked_at_a_date_is_the_one_held_then(engine: Engine, question: str, headline: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(headline), to_plain(answer)


def test_a_when_with_two_answers_gives_both_without_an_empty_entry(engine: Engine) -> None:
    text = to_plain(engine.ask("When did Azerbaijan preside over the Security Council?"))
    assert "May 2012" in text
    assert "October 2013" in text
    empty_entries = [line for line in text.splitlines() if re.fullmatch(r"(\d+\.|•)\s*(\[\d+\])*\s*", line)]
    assert empty_entries == [], text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Was resolution 853 adopted in 1994?", "unsc-resolution-853"),  # the resolution asked about, not another
        ("Did Aliyev meet Guterres in Baku?", "aliyev-guterres-meeting-2025"),  # it was New York
        ("Aliev a-t-il rencontré Guterres à Bakou ?", "aliyev-guterres-meeting-2025"),
    ],
)
def test_a_yes_no_with_a_wrong_detail_is_a_no_with_the_right_fact(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)
    assert answer.headline.startswith(("Not according to my sources.", "Pas d'après mes sources.")), answer.headline


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        ("tell me about Azerbaijan and the UN", "Azerbaijan: The Republic of Azerbaijan"),
        ("parle-moi de l'Azerbaïdjan et de l'ONU", "Azerbaïdjan : La République d'Azerbaïdjan"),
    ],
)
def test_azerbaijan_and_the_un_together_give_the_milestones(engine: Engine, question: str, headline: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(headline), answer.headline
    assert "un-membership-1992" in answer.facts


def test_a_pronoun_keeps_the_follow_up_on_the_previous_answer(engine: Engine) -> None:
    previous = engine.ask("resolution 822")
    # 'it' is resolution 822; the sources give no vote for it, only for another resolution.
    answer = engine.ask("who voted for it?", context=previous.context)
    assert not answer.answered, to_plain(answer)
    assert answer.facts == ()


def test_they_are_the_people_of_the_previous_answer(engine: Engine) -> None:
    zuev = engine.ask("Who is Zuev?")
    meeting = engine.ask("when did he meet Bayramov?", context=zuev.context)
    assert meeting.facts == ("bayramov-zuev-meeting-2023",)
    topics = engine.ask("what did they discuss?", context=meeting.context)
    assert topics.answered, to_plain(topics)
    # Bayramov and Zuev, in the News.az report: not Bayramov's talk with Guterres a year before.
    assert {s.source_id for s in topics.sources} == {"newsaz-2023-bayramov-zuev"}


def test_where_follow_up_names_the_place(engine: Engine) -> None:
    meeting = engine.ask("Quand Aliev a-t-il rencontré Guterres ?")
    where = engine.ask("où ?", context=meeting.context)
    assert where.headline == "Lieu : Siège de l'ONU (New York)."


def test_what_was_discussed_follows_the_meeting(engine: Engine) -> None:
    meeting = engine.ask("Quand Baïramov a-t-il vu Guterres ?")
    assert meeting.facts == ("guterres-bayramov-meeting-2022",)
    topics = engine.ask("et de quoi ont-ils parlé ?", context=meeting.context)
    assert topics.answered, to_plain(topics)
    # A topic of that same talk (the MFA report), not the meeting's date again.
    assert topics.facts
    assert not set(topics.facts) & set(meeting.facts)
    assert {s.source_id for s in topics.sources} == {"mfa-2022-guterres-bayramov"}


@pytest.mark.parametrize(
    ("flow", "fact", "headline"),
    [
        (["resolution 853", "who adopted it?"], "unsc-resolution-853", "UN Security Council."),
        (["Qui est Zouev ?", "quand a-t-il rencontré Baïramov ?"], "bayramov-zuev-meeting-2023", None),
        # the 'il' of 'l'Azerbaïdjan a-t-il' repeats the name: a new question, not a follow-up
        (
            [
                "Qui a présidé la réunion du Conseil de sécurité en mai 2012 ?",
                "quand l'Azerbaïdjan a-t-il rejoint l'ONU ?",
            ],
            "un-membership-1992",
            None,
        ),
        (
            ["Quand Guterres a-t-il rencontré Baïramov ?", "quand la guerre a-t-elle commencé ?"],
            "second-karabakh-war-2020",
            None,
        ),
        (["/who Bairamov", "Когда Азербайджан вступил в ООН?"], "un-membership-1992", None),
        (["What happened in 2016?", "the first one?"], "unaoc-global-forum-2016", None),
        # Russian ordinals and question words are read folded ('последний' is 'последнии'): they must match so
        (["Какие резолюции Совбез принял в 1993 году?", "а последний?"], "unsc-resolution-884", None),
    ],
)
def test_conversations(engine: Engine, flow: list[str], fact: str, headline: str | None) -> None:
    context = None
    for question in flow:
        answer = engine.ask(question, context=context)
        context = answer.context
    assert answer.answered, to_plain(answer)
    assert answer.facts[0] == fact
    if headline is not None:
        assert answer.headline == headline


def test_when_was_that_gives_the_date_of_the_previous_answer(engine: Engine) -> None:
    previous = engine.ask("resolution 853")
    answer = engine.ask("when was that?", context=previous.context)
    assert answer.headline == "That was in 1993."


def test_every_answer_names_its_sources(engine: Engine) -> None:
    answer = engine.ask("When did Mehriban Aliyeva become a UNESCO Goodwill Ambassador?")
    assert answer.answered
    (source,) = answer.sources
    assert source.document == "002_d2274c8ab08e79db.txt"
    assert source.paragraphs == (12,)
    assert "[1]" in to_plain(answer)


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        # 'the role of X' and 'who does X work for' ask what X is, not for the word 'role' or 'work'
        ("Quel est le rôle de l'ANAMA ?", "ANAMA"),
        ("Какова роль ЮНИСЕФ в Азербайджане?", "UNICEF"),
        ("Which part of the UN does Zuev work for?", "Assistant Secretary-General"),
    ],
)
def test_a_role_question_is_answered_with_the_card(engine: Engine, question: str, headline: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert headline in answer.headline


@pytest.mark.parametrize("question", ["who chaired the security council in may 2012", "when did the war start"])
def test_an_answer_never_lists_its_own_fact_twice(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert len(answer.facts) == len(set(answer.facts)), answer.facts
    assert to_plain(answer).count(answer.headline) == 1, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Did Armenia cooperate on mine clearance?", "bayramov-mine-clearance-victims-2023"),
        ("L'Arménie coopère-t-elle au déminage ?", "bayramov-mine-clearance-victims-2023"),
        ("Армения сотрудничает с Азербайджаном по разминированию?", "bayramov-mine-clearance-victims-2023"),
        ("Does Azerbaijan still have a Nagorno-Karabakh administrative unit?", "no-nagorno-karabakh-unit-2021"),
        ("L'Azerbaïdjan a-t-il encore une unité administrative du Haut-Karabakh ?", "no-nagorno-karabakh-unit-2021"),
        # it was a non-permanent one: a no with that fact (it used to be refused, which told the user less)
        ("Was Azerbaijan a permanent member of the Security Council?", "unsc-non-permanent-member-2012-2013"),
        ("Azərbaycan Təhlükəsizlik Şurasının daimi üzvü olub?", "unsc-non-permanent-member-2012-2013"),
        ("Азербайджан был постоянным членом Совета Безопасности?", "unsc-non-permanent-member-2012-2013"),
    ],
)
def test_a_yes_no_the_fact_denies_is_a_no(engine: Engine, question: str, fact: str) -> None:
    """'does not cooperate', 'no longer has', 'non-permanent': the fact says the opposite of what is asked."""
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)
    assert answer.headline.startswith(("Not according to my sources.", "Pas d'après mes sources.")), answer.headline


@pytest.mark.parametrize(
    "question",
    ["Did Armenia not cooperate on demining?", "Did Aliyev say there is no Nagorno-Karabakh unit anymore?"],
)
def test_a_yes_no_asked_in_the_negative_is_a_yes(engine: Engine, question: str) -> None:
    assert engine.ask(question).headline.startswith("Yes.")


def test_aid_is_an_english_word_not_an_azerbaijani_stopword(engine: Engine) -> None:
    # 'aid' (about) is an Azerbaijani function word; dropping it from an English question answered another fact
    answer = engine.ask("Did Azerbaijan receive aid from other countries?")
    assert answer.facts[:1] == ("azerbaijan-aid-recipient-to-donor-2023",), to_plain(answer)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Какую награду получила Мехрибан Алиева?", "what"),  # not a yes/no: 'какую' asks which
        ("Какой форум Азербайджан проведет в 2026 году?", "what"),
        ("в какой день сентября 2021 Алиев выступал на Генассамблее?", "when"),
    ],
)
def test_russian_question_words_with_short_i_are_read(engine: Engine, question: str, intent: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert answer.intent == intent
    assert not answer.headline.startswith("Yes.")


def test_which_city_is_not_answered_with_a_country(engine: Engine) -> None:
    # the sources say Azerbaijan will host the World Urban Forum, not in which city
    assert engine.ask("Where will the World Urban Forum 2026 take place?").answered
    assert not engine.ask("Which city will host the World Urban Forum in 2026?").answered
    assert not engine.ask("Dans quelle ville se tiendra le Forum urbain mondial 2026 ?").answered


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # 'presided' narrows the Council's titles to the presidencies ('first elected' is a title too)
        (
            "Combien de fois l'Azerbaïdjan a présidé le Conseil de sécurité ?",
            {"unsc-presidency-may-2012", "unsc-presidency-october-2013"},
        ),
        (
            "How many times did Azerbaijan preside over the Security Council?",
            {"unsc-presidency-may-2012", "unsc-presidency-october-2013"},
        ),
        ("Which titles does Leyla Aliyeva hold?", {"leyla-aliyeva-fao-goodwill-ambassador-2015"}),
        (
            "Quels prix Mehriban Aliyeva a-t-elle reçus ?",
            {"mehriban-aliyeva-wipo-gold-medal-2006", "unfpa-diploma-mehriban-aliyeva-2015"},
        ),
    ],
)
def test_a_list_is_narrowed_by_the_words_of_the_question(engine: Engine, question: str, facts: set[str]) -> None:
    answer = engine.ask(question)
    assert set(answer.facts) == facts, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Heydar Aliyev speeches at the UN", 3),  # terse, with a kind in the plural: a list
        ("Bayramov meetings", 2),
        ("discours de Heydar Aliev", 3),
    ],
)
def test_a_terse_plural_kind_is_a_list(engine: Engine, question: str, count: int) -> None:
    answer = engine.ask(question)
    assert answer.intent == "list", to_plain(answer)
    assert len(answer.facts) == count, to_plain(answer)


def test_what_did_the_resolutions_demand_is_not_a_list_of_them(engine: Engine) -> None:
    answer = engine.ask("What did the 1993 resolutions demand?")
    assert answer.facts == ("unsc-resolutions-1993-demands",), to_plain(answer)


@pytest.mark.parametrize(
    ("flow", "source"),
    [
        (["When did Aliyev meet Guterres?", "what did they discuss?"], "azertac-2025-aliyev-guterres"),
        (["Quand Baïramov a-t-il vu Guterres ?", "et de quoi ont-ils parlé ?"], "mfa-2022-guterres-bayramov"),
        (["Когда Байрамов встречался с Зуевым?", "о чем говорили?"], "newsaz-2023-bayramov-zuev"),
    ],
)
def test_what_was_discussed_lists_what_that_meeting_covered(engine: Engine, flow: list[str], source: str) -> None:
    meeting = engine.ask(flow[0])
    topics = engine.ask(flow[1], context=meeting.context)
    assert topics.answered, to_plain(topics)
    assert len(topics.facts) > 3  # everything the report gives for that meeting, not one fact of another one
    assert meeting.facts[0] not in topics.facts
    assert {s.source_id for s in topics.sources} == {source}
    second = engine.ask("the second one?", context=topics.context)
    assert second.facts == (topics.facts[1],)


def test_what_someone_said_is_covered_by_their_statement(engine: Engine) -> None:
    # 'говорил' (said): a statement is someone saying it, though 'told' is never indexed
    answer = engine.ask("Зангезурский коридор - что про него говорил Алиев на Генассамблее?")
    assert answer.facts[:1] == ("aliyev-zangezur-corridor-unga-2021",), to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # the duration must be the one of what is asked: not the 44 days of the war that ended the occupation
        ("How long was the occupation?", "occupation-30-years-million-expelled"),
        ("How long did the occupation last?", "occupation-30-years-million-expelled"),
        ("Сколько длилась оккупация?", "occupation-30-years-million-expelled"),
        ("Işğal nə qədər davam edib?", "occupation-30-years-million-expelled"),
        ("How long did the Second Karabakh War last?", "second-karabakh-war-2020"),
        ("Combien de temps a duré la guerre de 2020 ?", "second-karabakh-war-2020"),
        ("How long were the 1993 resolutions unimplemented?", "unsc-resolutions-unimplemented-27-years"),
    ],
)
def test_how_long_is_answered_by_the_duration_of_what_is_asked(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_how_long_without_a_duration_in_the_sources_is_refused(engine: Engine) -> None:
    assert not engine.ask("How long did Azerbaijan chair the Non-Aligned Movement?").answered


@pytest.mark.parametrize(
    "question",
    ["How many mines did Armenia lay?", "Сколько мин установила Армения?", "Neçə mina basdırılıb?"],
)
def test_how_many_needs_a_figure_that_counts_what_is_asked(engine: Engine, question: str) -> None:
    # the sources count victims of the mines and the accuracy of the maps, never the mines themselves
    assert not engine.ask(question).answered, to_plain(engine.ask(question))


@pytest.mark.parametrize(
    "question",
    [
        "How many countries helped Azerbaijan?",
        "Combien de pays ont aidé l'Azerbaïdjan ?",
        "Сколько стран помогли Азербайджану?",
        "Did other countries help Azerbaijan during the pandemic?",
    ],
)
def test_help_received_is_not_help_given(engine: Engine, question: str) -> None:
    # the sources give the 80 countries Azerbaijan helped, not who helped Azerbaijan
    answer = engine.ask(question)
    assert "covid-assistance-80-countries-2025" not in answer.facts, to_plain(answer)


@pytest.mark.parametrize(
    "question",
    [
        "How many countries did Azerbaijan help during COVID?",
        "Combien de pays l'Azerbaïdjan a-t-il aidés ?",
        "Сколько стран получили помощь от Азербайджана?",
        "Pandemiya zamanı Azərbaycan neçə ölkəyə yardım edib?",
    ],
)
def test_help_given_is_found_in_every_language(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("covid-assistance-80-countries-2025",)


@pytest.mark.parametrize(
    "question",
    [
        "Aliev UNGA76 speech - was it the 23rd or the 24th of sept?",
        "Aliyev a-t-il parlé le 23 ou le 24 septembre 2021 ?",
    ],
)
def test_a_question_naming_both_sides_of_a_conflict_gets_both(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert set(answer.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("How many people returned home?", "great-return-53000-idps-2025"),  # people: the former IDPs
        ("Combien de personnes sont rentrées chez elles ?", "great-return-53000-idps-2025"),
        ("How many Azerbaijanis were forced from their homes?", "occupation-30-years-million-expelled"),
        ("Quel est le taux de précision des cartes de mines ?", "minefield-maps-25-percent-accurate"),
        ("How much food did the WFP distribute?", "wfp-food-aid-160000-tons"),
    ],
)
def test_counts_asked_in_other_words(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_how_many_people_needs_what_happened_to_them(engine: Engine) -> None:
    # 'people' matches the citizens the mines killed, but living in Azerbaijan is not what they count
    assert not engine.ask("How many people live in Azerbaijan?").answered


@pytest.mark.parametrize(
    "question",
    [
        # Armenia never speaks in the sources: a resolution about it is not what it said
        "What did Armenia say at the UN?",
        "Qu'a dit l'Arménie à l'ONU ?",
        "Что сказала Армения в ООН?",
        # 'ÜTT' (the WTO) is a name the sources never mention: its capital Ü makes it one
        "Azərbaycan nə vaxt ÜTT-yə üzv olub?",
        # the fact only says 'various missions'
        "In which missions do Azerbaijani peacekeepers serve?",
        "Dans quelles missions servent les casques bleus azerbaïdjanais ?",
    ],
)
def test_more_near_misses_are_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)


def test_what_someone_said_is_still_answered(engine: Engine) -> None:
    assert engine.ask("Qu'a dit Guterres sur la COP29 ?").facts[:1] == ("guterres-congratulates-cop29-2025",)
    assert engine.ask("Which UN agencies does Azerbaijan work with?").facts[:1] == (
        "un-specialised-agencies-cooperation",
    )


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        # 'and X?' asks the previous question of X, even when X does not fit its other words ('join')
        (["When did Azerbaijan join the UN?", "and the permanent mission?"], "permanent-mission-opened-1992"),
        (["Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?", "et la mission permanente ?"], "permanent-mission-opened-1992"),
        # 'they' are the two people of the meeting: what Bayramov told Guterres, not what he told Zuev
        (["When did Bayramov meet Guterres?", "did they discuss landmines?"], "bayramov-landmines-appeal-2022"),
        (["When did Bayramov meet Zuev?", "did they discuss COVID?"], "azerbaijan-covid-donor-activities-2023"),
        # an ordinal keeps the list to pick from
        (
            ["What awards did Mehriban Aliyeva receive?", "when did she get the first one?", "and the second?"],
            "unfpa-diploma-mehriban-aliyeva-2015",
        ),
    ],
)
def test_follow_ups_stay_on_what_was_asked(engine: Engine, flow: list[str], fact: str) -> None:
    context = None
    for question in flow:
        answer = engine.ask(question, context=context)
        assert answer.answered, (question, to_plain(answer))
        context = answer.context
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_who_adopted_them_follows_the_resolutions_of_the_previous_answer(engine: Engine) -> None:
    demands = engine.ask("What did the 1993 resolutions demand?")
    who = engine.ask("who adopted them?", context=demands.context)
    assert who.answered, to_plain(who)
    assert "Security Council" in to_plain(who)
    assert not [f for f in who.facts if f.startswith("unga-")], who.facts  # not the General Assembly's


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # French typed without accents is stemmed as French with them ('apres', 'blesses', 'creees')
        ("combien de blesses a cause des mines apres le 10 novembre 2020", "mine-victims-since-november-2020"),
        ("les zones economiques ont elles ete creees en 2021", "karabakh-east-zangezur-zones-decree-2021"),
        # 'lands' is 'territories' too, not only the 'native lands' of one fact
        ("How long were Azerbaijani lands under Armenian occupation?", "occupation-30-years-million-expelled"),
        # 'chassés de leurs terres' is being driven out, not the withdrawal of occupying forces
        (
            "Combien d'Azerbaïdjanais ont été chassés de leurs terres pendant l'occupation ?",
            "occupation-30-years-million-expelled",
        ),
    ],
)
def test_words_as_people_type_them(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_a_french_yes_no_with_ont_elles_is_a_yes_no(engine: Engine) -> None:
    answer = engine.ask("Les zones économiques du Karabakh et du Zanguezour oriental ont-elles été créées en 2020 ?")
    assert answer.headline.startswith("Pas d'après mes sources."), answer.headline  # 2021, not 2020


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 'why' is answered by the fact that gives the reason, among those that cover the question
        ("Why does Azerbaijan cooperate with UNICEF?", "unicef-cooperation-refugee-idp-children"),
        ("À quoi sert la coopération avec l'UNICEF ?", "unicef-cooperation-refugee-idp-children"),
        ("Quel est le but de la coopération avec l'UNICEF ?", "unicef-cooperation-refugee-idp-children"),
        ("Why were the 1993 resolutions adopted?", "unsc-resolutions-1993-reason"),
        ("Pourquoi les résolutions de 1993 ont-elles été adoptées ?", "unsc-resolutions-1993-reason"),
    ],
)
def test_why_is_answered_with_the_reason(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_a_title_beside_a_name_answers_who_held_it(engine: Engine) -> None:
    answer = engine.ask("Who was the FAO attaché at the Baku forum?")
    assert answer.facts[:1] == ("rashad-al-khafaci-speech-intercultural-forum-2017",), to_plain(answer)
    # a title beside a name, but not of what is asked: Heydar Aliyev is not the president of Armenia
    assert not engine.ask("Qui est le président de l'Arménie ?").answered
    assert not engine.ask("Who is the President of the General Assembly?").answered


def test_french_counts_are_checked_through_synonyms(engine: Engine) -> None:
    # 'réfugiés arméniens' are not the Azerbaijanis driven out, though both are counted in people
    assert not engine.ask("Combien de réfugiés arméniens y a-t-il ?").answered
    # another form of a word of a group finds the group: 'soutenues' of 'soutenu'
    answer = engine.ask("combien de pays l'ont soutenue ?")
    assert "unga-covid-vaccine-resolution-2021" in answer.facts, to_plain(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Who heads the Heydar Aliyev Foundation?",
        "Qui préside la Fondation Heydar Aliev ?",
        "Кто возглавляет Фонд Гейдара Алиева?",
        "Heydər Əliyev Fondunun rəhbəri kimdir?",
    ],
)
def test_who_heads_a_body_is_its_president_not_its_vice_president(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith("Mehriban"), answer.headline


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Who represented Azerbaijan at the COVID special session?", "unga-covid-special-session-aliyev-speech"),
        ("Who briefed Zuev on mine clearance?", "bayramov-mine-clearance-victims-2023"),
        ("Who chaired the Security Council meeting in May 2012?", "unsc-meeting-may-2012-ilham-aliyev"),
        # asking for a session is proposing it ('demander' is not only the Council's 'demand')
        ("qui a demandé la session spéciale sur le covid ?", "unga-covid-special-session-azerbaijan-initiative"),
        ("who asked for the special session on covid?", "unga-covid-special-session-azerbaijan-initiative"),
        (
            "à la demande de qui la session extraordinaire a-t-elle été convoquée ?",
            "unga-covid-special-session-azerbaijan-initiative",
        ),
        ("Qu'a demandé le Conseil de sécurité en 1993 ?", "unsc-resolutions-1993-demands"),
    ],
)
def test_who_did_it(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


@pytest.mark.parametrize(
    "question",
    [
        "How old is Ilham Aliyev?",  # no age in the sources (it was answered with his card)
        "Сколько лет Ильхаму Алиеву?",  # it was answered with the 27 years the resolutions waited
        "When did Azerbaijan chair the General Assembly?",  # not Aliyev as Chairman of the NAM
        "Когда Азербайджан председательствовал в Генассамблее?",
    ],
)
def test_near_misses_on_age_and_chairing(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)


def test_how_many_years_asks_a_duration(engine: Engine) -> None:
    for question in ("Сколько лет длилась оккупация?", "How many years did the occupation last?"):
        assert engine.ask(question).facts[:1] == ("occupation-30-years-million-expelled",), question


@pytest.mark.parametrize(
    "question",
    [
        "Əliyev 76-cı sessiyada hansı gün çıxış edib?",  # 'sessiyada' is the numbered session, 'hansı gün' asks when
        "When did Aliyev deliver his address to UNGA 76 by video?",
    ],
)
def test_more_ways_of_asking_the_disputed_date(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert set(answer.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("В каком году Азербайджан приняли в ООН?", "un-membership-1992"),  # admitted, not 'adopted'
        ("Когда объявили Цели развития тысячелетия?", "mdgs-announced-2000"),
        (
            "По чьей инициативе созвали спецсессию Генассамблеи по ковиду?",
            "unga-covid-special-session-azerbaijan-initiative",
        ),
        ("2021 Dayanıqlı İnkişaf Hesabatında Azərbaycan neçənci yeri tutub?", "sdr-2021-azerbaijan-rank"),
        (
            "Ümumdünya Ərzaq Proqramı Azərbaycanda təcili ərzaq əməliyyatına nə vaxt başlayıb?",
            "wfp-emergency-food-operation-1993",
        ),
        ("quand l'Azerbaidjan a preside le conseil de securite pour la 2e fois", "unsc-presidency-october-2013"),
    ],
)
def test_russian_azerbaijani_and_french_wordings_from_probing(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


@pytest.mark.parametrize(
    "question",
    [
        # the article dates Zuev's congratulation, not the conference; the sources never date COP29
        "When exactly was the Baku mine conference held?",
        "When was COP29 held?",
    ],
)
def test_an_event_only_congratulated_on_is_not_dated_by_the_congratulation(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize("question", ["Насколько точны карты минных полей?", "Скольким странам Азербайджан помог?"])
def test_russian_how_much_words_do_not_make_a_yes_no(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert not answer.headline.startswith("Yes."), answer.headline


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        # the new name replaces the previous one of its kind, or everything when it is another kind of thing
        (["Tell me about the Global Forum on Youth Policies", "and the UNAOC one?"], "unaoc-global-forum-2016"),
        (
            ["Qu'a dit Guterres sur la COP29 ?", "et le Forum urbain mondial, c'est quand ?"],
            "world-urban-forum-2026-azerbaijan",
        ),
        (["Когда Байрамов встречался с Гутеррешем?", "о чём говорили?"], "guterres-bayramov-topics-2022"),
    ],
)
def test_and_x_follow_ups(engine: Engine, flow: list[str], fact: str) -> None:
    first = engine.ask(flow[0])
    answer = engine.ask(flow[1], context=first.context)
    assert fact in answer.facts, to_plain(answer)


def test_and_armenia_keeps_the_council(engine: Engine) -> None:
    # Armenia takes Azerbaijan's place, the Security Council stays: the sources never put Armenia on it
    first = engine.ask("Когда Азербайджан был членом Совбеза ООН?")
    assert not engine.ask("а Армения?", context=first.context).answered


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (
            ["When did Azerbaijan first hold the UN Security Council presidency?", "and the second time?"],
            "unsc-presidency-october-2013",
        ),
        (
            ["Когда Азербайджан впервые председательствовал в СБ ООН?", "а во второй раз?"],
            "unsc-presidency-october-2013",
        ),
        (["resolution 822", "and the second one?", "the last one?"], "unsc-resolution-884"),
        (
            ["Heydər Əliyev BMT-nin 49-cu sessiyasında nə vaxt çıxış edib?", "bəs BMT-nin 50 illik yubileyində?"],
            "heydar-aliyev-un-50th-anniversary-speech",
        ),
    ],
)
def test_ordinal_follow_ups_pick_from_a_series_said_alike(engine: Engine, flow: list[str], fact: str) -> None:
    context = None
    for question in flow:
        answer = engine.ask(question, context=context)
        context = answer.context
    assert answer.facts[:1] == (fact,), to_plain(answer)
    assert not answer.headline.startswith("Yes."), answer.headline  # 'а во второй раз?' is not a yes/no


def test_a_limited_figure_is_not_a_plain_yes(engine: Engine) -> None:
    for question in ("Are the minefield maps reliable?", "Les cartes des champs de mines sont-elles fiables ?"):
        answer = engine.ask(question)
        assert answer.facts[:1] == ("minefield-maps-25-percent-accurate",), question
        assert not answer.headline.startswith(("Yes.", "Oui.")), answer.headline


def test_which_is_not_answered_by_various(engine: Engine) -> None:
    assert not engine.ask("In which peacekeeping missions did Azerbaijani troops serve?").answered
    # 'many agencies, among them UNESCO, UNDP ...' does name them
    assert engine.ask("Which UN agencies does Azerbaijan work with?").answered


def test_a_first_question_that_only_the_first_of_a_series_answers(engine: Engine) -> None:
    # the sources say October 2013 was the second time; they never say which meeting with Guterres was the first
    assert engine.ask("When did Azerbaijan first hold the UN Security Council presidency?").facts[:1] == (
        "unsc-presidency-may-2012",
    )
    assert not engine.ask("When did Guterres and Aliyev first meet?").answered


def test_when_did_x_become_y_needs_the_fact_that_makes_x_y(engine: Engine) -> None:
    # the facts date the UNESCO and FAO appointments, not becoming First Lady or Vice-President of the Foundation
    assert not engine.ask("When did Mehriban Aliyeva become First Lady?").answered
    assert not engine.ask("When did Leyla Aliyeva become vice-president of the Heydar Aliyev Foundation?").answered
    assert engine.ask("When was Leyla Aliyeva named FAO Goodwill Ambassador?").facts[:1] == (
        "leyla-aliyeva-fao-goodwill-ambassador-2015",
    )
    assert engine.ask("Когда Азербайджан стал членом ООН?").facts[:1] == ("un-membership-1992",)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "Did Guterres criticise Azerbaijan's chairmanship of the Non-Aligned Movement?",
            "guterres-praises-nam-chairmanship-2025",
        ),
        (
            "Guterres a-t-il critiqué la présidence azerbaïdjanaise du Mouvement des non-alignés ?",
            "guterres-praises-nam-chairmanship-2025",
        ),
        ("Did Aliyev sign the guest book after his talks with Guterres?", "aliyev-un-guest-book-2025"),
        ("did aliev adress the UN 75th anniversary meeting in person?", "un75-aliyev-video-address"),
    ],
)
def test_a_yes_no_the_fact_contradicts_in_other_words_is_a_no(engine: Engine, question: str, fact: str) -> None:
    """praised, not criticised; before, not after; by video, not in person."""
    answer = engine.ask(question)
    assert answer.facts == (fact,), to_plain(answer)
    assert answer.headline.startswith(("Not according to my sources.", "Pas d'après mes sources.")), answer.headline


@pytest.mark.parametrize(
    ("verb", "headline"), [("put it forward", "Azerbaijan."), ("adopted it", "UN General Assembly.")]
)
def test_who_did_what_to_it_is_the_name_after_by(engine: Engine, verb: str, headline: str) -> None:
    # 'adopted by the General Assembly ... a resolution put forward by Azerbaijan'
    first = engine.ask("Tell me about the 2021 covid vaccine resolution")
    answer = engine.ask(f"who {verb}?", context=first.context)
    assert answer.headline == headline, to_plain(answer)


def test_a_terse_list_is_narrowed_by_its_other_words_and_headed_by_who_it_is_about(engine: Engine) -> None:
    # 'prix' names the kind; 'Sud-Sud' says which; 'Aliyev' is Ilham here, not Heydar
    answer = engine.ask("prix Sud-Sud Aliyev")
    assert answer.facts == ("south-south-award-2015",), to_plain(answer)
    assert "Ilham" in answer.headline
    assert "Heydar" in engine.ask("Aliyev speeches").headline  # both Aliyevs spoke


def test_a_french_answer_describes_its_sources_in_french(engine: Engine) -> None:
    answer = engine.ask("Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?")
    assert answer.sources[0].publisher == "Article de synthèse (sans éditeur nommé)"
    assert (
        engine.ask("When did Azerbaijan join the UN?").sources[0].publisher == "Overview article (no publisher named)"
    )


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 'входит в число' is 'is among', not membership
        ("Почему Азербайджан входит в число самых заминированных стран?", "azerbaijan-most-mined-countries-2021"),
        # 'necə' (how) is not 'neçə' (how many), though both fold to 'nece'
        ("UNDP ANAMA-ya necə dəstək verir?", "undp-anama-support"),
        # 'Şəhərsalma' (urban planning) holds 'şəhər' (city), yet asks where, not which city
        ("Dünya Şəhərsalma Forumu 2026-da harada keçiriləcək?", "world-urban-forum-2026-azerbaijan"),
    ],
)
def test_russian_and_azerbaijani_words_that_looked_like_others(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)
    assert not answer.headline.startswith("Yes."), answer.headline


def test_did_x_do_it_needs_x_to_act_in_the_fact(engine: Engine) -> None:
    # the General Assembly condemned, Armenia did not criticise; Heydar Aliyev signed, not Guterres
    assert not engine.ask("Did Armenia criticise Azerbaijan at the UN?").answered
    signed = engine.ask("Did Guterres sign the UNICEF agreement?")  # no, and who did
    assert signed.headline.startswith("Not according to my sources. President Heydar Aliyev signed"), signed.headline
    assert engine.ask("Did Heydar Aliyev sign the UNICEF agreement?").headline.startswith("Yes.")
    assert engine.ask("Did UNDP support ANAMA?").headline.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "did guterres visit baku in 2025?",  # 2025 is when he recalled a visit the sources do not date
        "did bayramov meet zuev in baku?",  # the sources do not say where they met
        "did bayramov meet zuev on 26 may 2023?",  # the meeting is only dated by its report to May 2023
    ],
)
def test_a_yes_no_the_sources_cannot_settle_is_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)


def test_in_person_is_answered_with_by_video(engine: Engine) -> None:
    answer = engine.ask("did aliyev speak at the UNGA in person in sept 2021?")
    assert answer.headline.startswith("Not according to my sources."), answer.headline
    assert "by video" in answer.headline


@pytest.mark.parametrize(
    ("flow", "fact", "prefix"),
    [
        # a choice is answered with the side the fact says, without a yes or a no
        (["How did Aliyev address the 76th session, in person or by video?"], "unga76-aliyev-address-sep23", "On 23"),
        (["Did Aliyev speak at the UN75 meeting?", "was it in person or by video?"], "un75-aliyev-video-address", "On"),
        (
            ["Quand Aliyev a-t-il parlé à la réunion des 75 ans de l'ONU ?", "en personne ou par vidéo ?"],
            "un75-aliyev-video-address",
            "Le 21",
        ),
        (["When did Aliyev address the UN75 meeting?", "in person?"], "un75-aliyev-video-address", "Not according"),
        (["did Mehriban Aliyeva win a gold or silver medal from WIPO?"], "mehriban-aliyeva-wipo-gold-medal-2006", "In"),
    ],
)
def test_in_person_or_by_video_is_answered_with_the_side_the_fact_says(
    engine: Engine, flow: list[str], fact: str, prefix: str
) -> None:
    answer = _follow(engine, flow)
    assert answer.facts[:1] == (fact,), to_plain(answer)
    assert answer.headline.startswith(prefix), answer.headline


def test_a_choice_the_sources_do_not_settle_is_refused(engine: Engine) -> None:
    # the meeting is reported without saying how it was held ('person' is not the people mines killed)
    assert not engine.ask("did bayramov meet zuev in person or by video?").answered


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("bayramov et zuev ont parle de quoi", "bayramov-zuev-post-conflict-situation-2023"),
        ("What did Guterres and Bayramov discuss?", "guterres-bayramov-topics-2022"),
        ("Guteres Bairamov meeting", "guterres-bayramov-meeting-2022"),  # the meeting itself, not its topics
        ("what happened 19.09.22", "guterres-bayramov-meeting-2022"),  # a two-digit year
        ("quand l'azerbaidjan a preside le CS", "unsc-presidency-october-2013"),  # CS: Conseil de sécurité
    ],
)
def test_more_ways_of_asking_from_the_second_probing_round(engine: Engine, question: str, first: str) -> None:
    answer = engine.ask(question)
    assert first in answer.facts, to_plain(answer)


def test_a_two_word_follow_up_keeps_the_conversation_language(engine: Engine) -> None:
    first = engine.ask("Quand Aliyev a-t-il rencontré Guterres ?")
    assert engine.ask("ou ?", context=first.context).lang == "fr"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 'guest book' among the fact's keywords: 'guest' is not only ever 'distinguished guests'
        ("when did aliyev sign the guest book at the un", "aliyev-un-guest-book-2025"),
        # a statement that gives the date of the event it speaks of answers 'when'
        ("When did Azerbaijan invoke Article 51?", "article-51-self-defence-counter-offensive"),
        ("quand l'azerbaidjan a invoque l'article 51", "article-51-self-defence-counter-offensive"),
    ],
)
def test_when_from_a_keyword_phrase_and_from_a_dated_statement(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


@pytest.mark.parametrize(
    ("flow", "facts", "prefix"),
    [
        # the presidencies in the order of their dates: the second one is October 2013
        (
            ["When did Azerbaijan hold the presidency of the Security Council?", "the second one?"],
            ("unsc-presidency-october-2013",),
            "",
        ),
        # 'was it in <year>?' answered from the previous fact's date
        (
            ["Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?", "c'était en 1993 ?"],
            ("un-membership-1992",),
            "Pas d'après mes sources.",
        ),
        (
            ["When did Aliyev meet Guterres?", "was it in 2024?"],
            ("aliyev-guterres-meeting-2025",),
            "Not according to my sources.",
        ),
        (["When did Azerbaijan join the UN?", "was it in 1992?"], ("un-membership-1992",), "Yes."),
    ],
)
def test_follow_ups_from_the_third_probing_round(
    engine: Engine, flow: list[str], facts: tuple[str, ...], prefix: str
) -> None:
    context = None
    for question in flow:
        answer = engine.ask(question, context=context)
        context = answer.context
    assert answer.facts[: len(facts)] == facts, to_plain(answer)
    assert answer.headline.startswith(prefix), answer.headline


def test_what_did_x_say_after_a_meeting_lists_their_words_there(engine: Engine) -> None:
    meeting = engine.ask("When did Aliyev meet Guterres?")
    said = engine.ask("what did Guterres say?", context=meeting.context)
    assert said.facts, to_plain(said)
    assert all(f.startswith("guterres-") for f in said.facts), said.facts


def test_and_in_another_year_keeps_asking_the_first_question(engine: Engine) -> None:
    # no General Assembly resolution of 2012: not the Security Council timeline of that year
    context = None
    for question in ("Which resolution did the General Assembly adopt in 2006?", "and in 2008?", "and in 2012?"):
        answer = engine.ask(question, context=context)
        context = answer.context
    assert not answer.answered, to_plain(answer)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["When did Bayramov meet Zuev?", "and with Guterres?"], "guterres-bayramov-meeting-2022"),
        (["Когда Байрамов встречался с Зуевым?", "а с Гутеррешем?"], "guterres-bayramov-meeting-2022"),
        (["When did Guterres meet Bayramov?", "and Aliyev?"], "aliyev-guterres-meeting-2025"),
        (["When did Aliyev meet Guterres?", "and Bayramov?"], "guterres-bayramov-meeting-2022"),
    ],
)
def test_and_another_person_takes_the_right_place(engine: Engine, flow: list[str], fact: str) -> None:
    first = engine.ask(flow[0])
    answer = engine.ask(flow[1], context=first.context)
    assert answer.facts == (fact,), to_plain(answer)


def test_a_french_numbered_session_written_ag(engine: Engine) -> None:
    # '76e AG' is the 76th session of the General Assembly, not any speech of any Aliyev
    answer = engine.ask("Quand Aliev a-t-il prononcé son discours à la 76e AG ?")
    assert set(answer.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}, to_plain(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Do the sources agree on the date of Aliyev's UNGA 76 speech?",
        "Which date is correct for Aliyev's 2021 UN speech?",
        "Les sources sont-elles d'accord sur la date du discours d'Aliev à l'AG en 2021 ?",
    ],
)
def test_a_question_about_the_disagreement_gets_both_sides(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert set(answer.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}, to_plain(answer)


# Suggestions the engine does not answer with their own fact yet (the next session's work, see the closing note).
_UNANSWERED_SUGGESTIONS = {
    ("cooperation-established-after-ussr", "fr"),  # undated: 'depuis quand' finds a dated cooperation instead
    ("unsc-resolutions-implemented-by-azerbaijan-itself", "en"),  # 'who implemented' needs an actor
    ("unsc-resolutions-implemented-by-azerbaijan-itself", "fr"),
}


def test_every_suggestion_the_bot_offers_is_answered_with_its_fact(engine: Engine) -> None:
    """A refusal offers questions to ask instead: pressing one must not get another refusal."""
    broken = []
    for fact in engine.index.facts.values():
        for lang in ("en", "fr"):
            query = engine._suggestion(fact, lang).query
            answer = engine.ask(query)
            if (not answer.answered or fact.id not in answer.facts) and (fact.id, lang) not in _UNANSWERED_SUGGESTIONS:
                broken.append((fact.id, lang, query))
    assert not broken, broken


@pytest.mark.parametrize(
    "flow",
    [
        ["When did Azerbaijan hold the UNSC presidency?", "how many resolutions were adopted then?"],
        [
            "Quand l'Azerbaïdjan a-t-il présidé le Conseil de sécurité ?",
            "combien de résolutions ont été adoptées alors ?",
        ],
    ],
)
def test_then_is_the_time_of_the_previous_answer(engine: Engine, flow: list[str]) -> None:
    # 7 resolutions during the presidencies, not the 4 of 1993 nor the vaccine resolution of 2021
    first = engine.ask(flow[0])
    answer = engine.ask(flow[1], context=first.context)
    assert answer.facts == ("unsc-presidencies-statistics",), to_plain(answer)


def test_another_un_rank_is_not_confirmed(engine: Engine) -> None:
    assert not engine.ask("was alexander zuev un under-secretary-general?").answered  # he is Assistant SG
    assert engine.ask("Was Zuev a UN Assistant Secretary-General?").headline.startswith("Yes.")


def test_the_meeting_in_a_follow_up_is_the_one_just_answered(engine: Engine) -> None:
    # 'who chaired the meeting?' after the UN-OIC meeting of October 2013 is not Aliyev's meeting of May 2012
    first = engine.ask("When was the UN-OIC meeting in the Security Council?")
    answer = engine.ask("who chaired the meeting?", context=first.context)
    assert "unsc-meeting-may-2012-ilham-aliyev" not in answer.facts, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("hi, when did Azerbaijan join the UN?", "un-membership-1992"),
        ("pls tell me when Azerbaijan joined the UN thanks", "un-membership-1992"),
        ("Can you remind me when Azerbaijan joined the United Nations?", "un-membership-1992"),
        ("I wonder when Azerbaijan became a UN member", "un-membership-1992"),
        ("salut ! tu sais quand l'Azerbaïdjan a rejoint l'ONU ?", "un-membership-1992"),
        ("Не подскажете, когда Азербайджан вступил в ООН?", "un-membership-1992"),
        ("Salam, Azərbaycan BMT-yə nə vaxt daxil olub?", "un-membership-1992"),  # 'daxil olmaq': to join
        ("what year did azerbaijan get into the un", "un-membership-1992"),
        ("Qui est à l'origine des conférences Semaine verte ?", "green-week-conferences"),  # not a role
        ("Bonsoir, quand Aliev a-t-il rencontré Guterres ? Merci d'avance", "aliyev-guterres-meeting-2025"),
    ],
)
def test_greetings_and_courtesies_around_a_question_are_not_part_of_it(
    engine: Engine, question: str, fact: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert fact in answer.facts


@pytest.mark.parametrize(
    "question", ["do you know if Azerbaijan joined NATO?", "tu sais si l'Azerbaïdjan est dans l'OTAN ?"]
)
def test_an_indirect_yes_no_about_what_the_sources_lack_is_refused(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("est-il vrai que l'Azerbaïdjan est entré à l'ONU en 1993 ?", "un-membership-1992"),
        ("L'Azerbaïdjan est-il entré à l'ONU en 1993 ?", "un-membership-1992"),
    ],
)
def test_a_french_yes_no_with_a_wrong_year_is_corrected(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith("Pas d'après mes sources"), answer.headline
    assert fact in answer.facts


def test_a_capital_as_the_subject_speaks_for_its_country(engine: Engine) -> None:
    answer = engine.ask("C'est vrai que Bakou a eu la présidence du Conseil de sécurité en octobre 2013 ?")
    assert answer.headline.startswith("Oui"), answer.headline
    assert "unsc-presidency-october-2013" in answer.facts


def test_who_is_with_a_passive_verb_asks_who_did_it_not_a_role(engine: Engine) -> None:
    answer = engine.ask("Who is credited with reviving Azerbaijan's relations with UNESCO?")
    assert answer.answered, to_plain(answer)
    assert "mehriban-aliyeva-unesco-relations-role" in answer.facts


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what did aliyev tell guterres about peace with armenia", "aliyev-peace-prevails-2025"),
        ("qu'a dit Aliev a Guterres sur la paix", "aliyev-peace-prevails-2025"),
        ("Eliyev Ermenistanla sulh haqqinda Quterrese ne dedi", "aliyev-peace-prevails-2025"),
        ("что Алиев сказал Гутеррешу про мир с Арменией", "aliyev-peace-prevails-2025"),
        ("what did Guterres tell Aliyev about peace?", "guterres-congratulates-peace-agenda-2025"),
        ("что Гутерреш сказал Алиеву о мире", "guterres-congratulates-peace-agenda-2025"),
        ("Quterreş Əliyevə sülh haqqında nə dedi?", "guterres-congratulates-peace-agenda-2025"),
    ],
)
def test_the_one_spoken_to_is_not_the_speaker(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert answer.facts[0] == fact


@pytest.mark.parametrize(
    ("question", "start", "holder"),
    [
        ("Is Alexander Zuev the UN Secretary-General?", "Not according to my sources.", "António Guterres"),
        ("Zouev est-il le secretaire general de l'ONU ?", "Pas d'après mes sources.", "António Guterres"),
        ("Зуев генеральный секретарь ООН?", "Not according to my sources.", "António Guterres"),
        ("Was Bayramov the President of Azerbaijan?", "Not according to my sources.", "Ilham Aliyev"),
        ("Baïramov est-il le président de l'Azerbaïdjan ?", "Pas d'après mes sources.", "Ilham Aliev"),
        ("Was Heydar Aliyev president of Azerbaijan in 2010?", "Not according to my sources.", "Ilham Aliyev"),
        ("Was Leyla Aliyeva the First Lady of Azerbaijan?", "Not according to my sources.", "Mehriban Aliyeva"),
        ("Is Guterres the Secretary-General?", "Yes.", "António Guterres"),
        ("Was Heydar Aliyev president of Azerbaijan?", "Yes.", "Heydar Aliyev"),
        ("Bayramov xarici işlər naziridir?", "Yes.", "Jeyhun Bayramov"),
    ],
)
def test_is_x_the_title_is_checked_against_who_holds_it(engine: Engine, question: str, start: str, holder: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline
    assert holder in answer.headline


def test_a_title_no_one_holds_in_the_sources_is_not_confirmed_by_a_mention(engine: Engine) -> None:
    answer = engine.ask("Was Bayramov the president of the General Assembly?")  # he welcomed that president's visits
    assert not answer.answered, answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did the UNSC hold 29 public meetings during Azerbaijan's presidencies?", "Not according to my sources."),
        ("Did the UNSC hold 29 closed meetings during Azerbaijan's presidencies?", "Yes."),
        ("Did Azerbaijan chair the Security Council three times?", "Not according to my sources."),
        ("Did 179 countries oppose the covid vaccine resolution?", "Not according to my sources."),
        ("Did mines injure 130 people?", "Yes."),
        ("Did mines kill 130 people after the war?", "Not according to my sources."),  # 30 killed, 130 injured
        # what a figure belongs to ('presidencies of the Council') or when ('during …') counts nothing
        ("Did the Council hold 30 public meetings?", "Yes."),
        ("did the council adopt 7 resolutions during the presidencies?", "Yes."),
        ("did the council adopt 3 resolutions during the presidencies?", "Not according to my sources."),
    ],
)
def test_a_figure_in_a_yes_no_is_the_figure_of_what_is_asked(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Did Aliyev speak at the 77th General Assembly?",
        "Алиев выступал на 78-й сессии Генассамблеи?",
        "Aliev a-t-il parlé à la 78e session de l'AG ?",
        "Did Azerbaijan host the 8th Global Forum of the UN Alliance of Civilizations?",  # it hosted the 7th
    ],
)
def test_a_numbered_session_or_forum_the_sources_lack_is_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Is Azerbaijan not a member of the UN?",
        "Is there still no peace between Armenia and Azerbaijan?",
        "Was Azerbaijan never on the Security Council?",
        "Did Guterres not congratulate Aliyev on COP29?",
    ],
)
def test_a_yes_no_that_denies_what_the_fact_states_is_a_no(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith("Not according to my sources."), answer.headline


def _follow(engine: Engine, flow: list[str]) -> Answer:
    context = None
    answer = None
    for question in flow:
        answer = engine.ask(question, context=context)
        context = answer.follow_context or context
    assert answer is not None
    return answer


@pytest.mark.parametrize(
    ("flow", "expected"),
    [
        # the WFP acted; the question asks who received
        (["When did the WFP start its emergency operation in Azerbaijan?", "how much food?", "for whom?"], "refugees"),
        # 'by a decree of the President', not UNESCO, which the commission's name holds
        (["When was the UNESCO national commission set up?", "who set it up?"], "decree of the President"),
        (["When did Aliyev address the 76th session?", "source?", "which one is right?"], "sources disagree"),
        (["When did Guterres meet Bayramov?", "is that year certain?"], "inferred"),
        (["Quand Baïramov a-t-il rencontré Zouev ?", "c'est sûr ?"], "déduite"),
        (["Qu'a dit Aliyev sur les cartes des champs de mines ?", "pour combien de régions ?"], "trois régions"),
    ],
)
def test_follow_ups_about_what_the_previous_answer_says(engine: Engine, flow: list[str], expected: str) -> None:
    answer = _follow(engine, flow)
    assert answer.answered, to_plain(answer)
    assert expected in to_plain(answer)


def test_when_of_a_recalled_event_is_not_the_date_of_the_recalling(engine: Engine) -> None:
    answer = _follow(engine, ["What did Guterres say about refugees?", "when did he visit Azerbaijan?"])
    assert answer.headline == "The sources give no date for that.", answer.headline


@pytest.mark.parametrize(
    ("flow", "facts"),
    [
        (["Who did Guterres meet in 2022?", "when was that?", "what did he say?"], {"guterres-bayramov-topics-2022"}),
        (["Il a dit quoi, Guterres, sur la COP29 ?", "et Aliyev, il a répondu quoi ?"], {"aliyev-peace-prevails-2025"}),
        (["What did Guterres congratulate Aliyev on?", "where?"], {"aliyev-guterres-meeting-2025"}),
    ],
)
def test_what_was_said_and_where_follow_the_meeting_it_was_said_at(
    engine: Engine, flow: list[str], facts: set[str]
) -> None:
    answer = _follow(engine, flow)
    assert answer.answered, to_plain(answer)
    assert facts <= set(answer.facts), answer.facts


def test_what_was_said_at_a_speech_the_sources_do_not_report_is_said_so(engine: Engine) -> None:
    # (asked of 2020 as a whole, the answer now starts with his 21 September address, whose words are reported)
    flow = ["When did Aliyev address the General Assembly special session on COVID-19?", "what did he say?"]
    answer = _follow(engine, flow)
    assert answer.headline == "The sources do not report what was said there.", answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Azerbaijan joined the UN in 1993, right?", "Not according to my sources."),
        ("L'Azerbaïdjan est entré à l'ONU en 1992, n'est-ce pas ?", "Oui."),
        ("Азербайджан вступил в ООН в 1993, верно?", "Not according to my sources."),
    ],
)
def test_a_statement_with_a_question_tag_is_a_yes_no(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Did Heydar Aliyev chair the Security Council meeting in May 2012?", "unsc-meeting-may-2012-ilham-aliyev"),
        ("Was resolution 853 adopted by the General Assembly?", "unsc-resolution-853"),
        ("Mehriban Alieva a-t-elle ete nommee ambassadrice de la FAO ?", "leyla-aliyeva-fao-goodwill-ambassador-2015"),
        ("Did Guterres congratulate Bayramov on COP29?", "guterres-congratulates-cop29-2025"),
        ("Did Bayramov meet Guterres in 2023?", "guterres-bayramov-meeting-2022"),
    ],
)
def test_a_yes_no_naming_the_wrong_person_or_body_is_a_no_with_the_right_one(
    engine: Engine, question: str, fact: str
) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(("Not according to my sources.", "Pas d'après mes sources.")), answer.headline
    assert fact in answer.facts


@pytest.mark.parametrize(
    "question",
    ["Did Aliyev meet Bayramov?", "Did Zuev meet Guterres in 2023?", "Did Putin meet Aliyev in 2025?"],
)
def test_one_meeting_does_not_rule_out_another(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "When did Aliyev denounce vaccine nationalism at the UN?",
        "When did Aliyev talk about the Zangezur corridor at the UN?",
        "Quand Aliev a-t-il dénoncé le nationalisme vaccinal ?",
    ],
)
def test_when_of_something_said_in_a_disputed_address_gives_both_dates(engine: Engine, question: str) -> None:
    text = to_plain(engine.ask(question))
    assert "23" in text, text
    assert "24" in text, text
    assert text.startswith(("The sources disagree", "Les sources ne concordent pas")), text


def test_how_many_needs_one_figure_for_all_it_counts(engine: Engine) -> None:
    # 2 journalists were killed and 130 people injured: no figure counts injured journalists
    assert not engine.ask("How many journalists were injured by mines after the 2020 war?").answered
    assert engine.ask("How many journalists were killed by mines?").answered


def test_which_of_a_number_the_sources_do_not_name_is_refused(engine: Engine) -> None:
    assert not engine.ask("Which three regions were Armenia's minefield maps for?").answered  # 'three regions'
    assert engine.ask("For how many regions were the maps?").answered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "When did the item on the occupied territories of Azerbaijan get onto the General Assembly agenda?",
            "unga-agenda-occupied-territories-2004",
        ),  # 'onto' is a function word
        ("In what areas has Azerbaijan helped other countries?", "azerbaijan-assistance-many-countries-2023"),
        (
            "En quelle année l'Azerbaïdjan a-t-il reçu le 7e Forum mondial de l'Alliance des civilisations ?",
            "unaoc-global-forum-2016",
        ),  # 'recevoir' a forum is hosting it
        ("О возвращении переселенцев что Байрамов говорил Зуеву?", "bayramov-reconstruction-mine-threat-2023"),
    ],
)
def test_words_of_asking_and_saying_need_not_be_in_the_fact(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, to_plain(answer)
    assert fact in answer.facts


def test_a_name_spelt_out_with_a_word_inside_it_is_still_the_name(engine: Engine) -> None:
    # 'Gənclər siyasəti üzrə ilk Qlobal Forum': the Global Forum on Youth Policies, with 'first' inside
    answer = engine.ask("Gənclər siyasəti üzrə ilk Qlobal Forum hansı ildə olub?")
    assert answer.facts[:1] == ("global-forum-youth-policy-2014",), to_plain(answer)
    assert not engine.ask("What is the population of Azerbaijan?").answered  # one word of the UN Population Fund


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what triggered the security council resolutions of 1993", "unsc-resolutions-1993-reason"),
        ("qu'est-ce qui a déclenché les résolutions de 1993 ?", "unsc-resolutions-1993-reason"),
    ],
)
def test_what_caused_something_asks_why(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("aliev a preside une reunion du conseil de securite en mai 2012 ?", "Oui."),
        ("mehriban aliyeva a recu une medaille d'or de l'OMPI ?", "Oui."),
        ("bayramov a rencontre zuev en 2021 ?", "Pas d'après mes sources."),
        ("le forum urbain mondial en azerbaidjan c'est en 2025 ?", "Pas d'après mes sources."),
        ("bonjour, est-ce que l'azerbaidjan a rejoint l'ONU en 1993 ?", "Pas d'après mes sources."),
        ("la 2e guerre du karabakh a dure 44 jours ?", "Oui."),  # '2e' is 'deuxième', not a figure
    ],
)
def test_a_french_statement_with_a_question_mark_is_a_yes_no(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline


def test_a_french_question_word_is_still_a_question(engine: Engine) -> None:
    assert not engine.ask("qu'est-ce que la résolution 822 ?").headline.startswith(("Oui", "Pas d'après"))


@pytest.mark.parametrize(
    ("flow", "facts"),
    [
        (["what did guterres say about COP29?", "and about the non-aligned movement?"],
         {"guterres-nam-gratitude-2022", "guterres-praises-nam-chairmanship-2025"}),
        (["quand a eu lieu la session speciale de l'AG sur le covid ?", "qui a parle ?"],
         {"unga-covid-special-session-aliyev-speech"}),
    ],
)  # fmt: skip
def test_follow_ups_keep_who_is_asked_about(engine: Engine, flow: list[str], facts: set[str]) -> None:
    answer = _follow(engine, flow)
    assert facts & set(answer.facts), to_plain(answer)


def test_a_yes_no_with_a_word_of_blame_the_fact_lacks_is_not_a_yes(engine: Engine) -> None:
    answer = engine.ask("did zuev criticise azerbaijan's law enforcement agencies?")  # he said they work well
    assert not answer.headline.startswith("Yes"), answer.headline


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("когда была спецсессия ГА ООН по COVID-19", "unga-covid-special-session-2020"),  # not the 2021 resolution
        ("COVID uzre BMT BA xususi sessiyasi ne vaxt olub", "unga-covid-special-session-2020"),
        ("когда было заседание СБ по сотрудничеству ООН и ОИС", "unsc-un-oic-meeting-2013"),
        ("где пройдет всемирный городской форум в 2026", "world-urban-forum-2026-azerbaijan"),  # 'городской': a name
    ],
)
def test_russian_and_azerbaijani_abbreviations(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


@pytest.mark.parametrize(
    "question",
    ["When was Azerbaijan elected to the Security Council?", "Azerbaycan TS-ye hansi ilde secilib"],
)
def test_when_of_a_one_day_event_is_not_a_span_of_years(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # the sources give the 2012-2013 term, not the election


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("quel jour exactement la resolution 884 a ete adoptee ?", False),  # the sources give 1993
        ("what month in 2026 is the world urban forum?", False),
        ("What day did Azerbaijan join the UN?", True),
        ("какого числа Азербайджан вступил в ООН?", True),
    ],
)
def test_an_exact_day_or_month_needs_a_source_that_gives_it(engine: Engine, question: str, answered: bool) -> None:
    assert engine.ask(question).answered is answered


@pytest.mark.parametrize(
    "flow",
    [
        ["When did Azerbaijan chair the Security Council?", "how many resolutions?"],
        ["when was azerbaijan on the UN security council?", "and in 2013?", "how many resolutions?"],
        ["Azərbaycan Təhlükəsizlik Şurasına nə vaxt sədrlik edib?", "o dövrdə neçə qətnamə qəbul olunub?"],
    ],
)
def test_how_many_after_a_dated_answer_counts_in_its_time(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ("unsc-presidencies-statistics",), to_plain(answer)  # 7, not the 4 of 1993


def test_the_french_onu_is_not_the_azerbaijani_pronoun_onu(engine: Engine) -> None:
    # a new French question about l'ONU mid-conversation stands on its own
    answer = _follow(
        engine,
        [
            "azerbaidjan membre de l'onu depuis quand ?",
            "et la mission permanente ?",
            "pourquoi l'azerbaidjan a utilise la plateforme de l'onu ?",
        ],
    )
    assert answer.facts[:1] == ("un-platform-for-conflict",), to_plain(answer)


def test_when_of_a_span_of_days_reads_between_its_ends(engine: Engine) -> None:
    answer = _follow(engine, ["how many people did mines kill after the war?", "when?"])
    assert answer.headline == "That was between 10 November 2020 and 23 September 2021.", answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Qarabağ və Şərqi Zəngəzur iqtisadi rayonları nə vaxt yaradılıb?",
        "Qarabag ve Serqi Zengezur iqtisadi zonalari hansi tarixde yaradilib?",
        "когда создали Карабахский и Восточно-Зангезурский экономические районы",
    ],
)
def test_a_name_shared_by_two_joined_names_is_each_of_them(engine: Engine, question: str) -> None:
    # 'the Karabakh and East Zangezur economic zones': 'Karabakh' is the Karabakh economic zone
    assert engine.ask(question).facts[:1] == ("karabakh-east-zangezur-zones-decree-2021",)


def test_resolution_numbers_listed_with_spaces_are_not_one_figure(engine: Engine) -> None:
    answer = engine.ask("c quoi que les resolutions 822 853 874 884 demandaient ?")
    assert answer.facts[:1] == ("unsc-resolutions-1993-demands",), to_plain(answer)
    grouped = engine.ask("Did the WFP provide about 160 000 tons of food?")  # a figure, grouped by a space
    assert grouped.headline.startswith("Yes."), grouped.headline


@pytest.mark.parametrize(
    "question",
    [
        "Did Armenia start the Second Karabakh War on 27 September 2020?",
        "Did Azerbaijan start the Second Karabakh War?",
    ],
)
def test_a_war_between_two_countries_does_not_say_who_began_it(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered
    assert engine.ask("Did the Second Karabakh War start on 27 September 2020?").headline.startswith("Yes.")


def test_what_happened_on_a_disputed_day_shows_the_other_side(engine: Engine) -> None:
    answer = engine.ask("What happened on 24 September 2021?")
    assert "unga76-aliyev-address-sep23" in answer.facts  # JAMnews dates the same address the 23rd
    assert "the sources disagree" in to_plain(answer)


@pytest.mark.parametrize(
    "question", ["Did Aliyev speak at the 76th session?", "Алиев выступал на генассамблее в 2021?"]
)
def test_a_yes_no_both_sides_of_a_date_dispute_agree_on_is_a_yes(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith("Yes. The sources differ only on the exact date"), answer.headline
    assert len(answer.facts) == 2
    on_the_day = engine.ask("Did Aliyev address the 76th session on 23 September 2021?")
    assert on_the_day.headline.startswith("The sources disagree"), on_the_day.headline  # the day is in dispute


def test_where_of_a_fact_about_an_event_is_the_events_place(engine: Engine) -> None:
    answer = _follow(engine, ["When was the special session on COVID-19?", "Who called for it?", "where was it held?"])
    assert "New York" in answer.headline, answer.headline


def test_bring_up_is_mention(engine: Engine) -> None:
    answer = _follow(engine, ["What did Guterres say to Aliyev in September 2025?", "did he bring up refugees?"])
    assert answer.headline.startswith("Yes."), answer.headline


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["who signed the unicef agreement?", "why?"], "unicef-cooperation-refugee-idp-children"),
        (["When were the 1993 resolutions adopted?", "why?"], "unsc-resolutions-1993-reason"),
    ],
)
def test_why_after_an_answer_gives_the_reason_the_same_report_gives(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


def test_why_with_no_reason_in_the_sources_says_so(engine: Engine) -> None:
    answer = _follow(engine, ["When was the special session on COVID-19?", "why?"])
    assert answer.headline == "The sources do not say why.", answer.headline


@pytest.mark.parametrize("message", ["thanks", "Merci !", "hello", "ok"])
def test_a_courtesy_alone_is_met_with_an_invitation_not_a_fact(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert not answer.answered
    assert not answer.facts


@pytest.mark.parametrize(
    "question",
    ["Did Aliyev congratulate Guterres on COP29?", "Did Bayramov thank Guterres?"],
)
def test_did_x_do_it_to_y_is_not_y_doing_it_to_x(engine: Engine, question: str) -> None:
    assert not engine.ask(question).headline.startswith("Yes"), engine.ask(question).headline
    assert engine.ask("Did Guterres congratulate Aliyev on COP29?").headline.startswith("Yes.")


@pytest.mark.parametrize(
    "question", ["l'azerbaïdjan n'est pas membre de l'ONU ?", "L'Azerbaïdjan n'a-t-il pas rejoint l'ONU en 1992 ?"]
)
def test_a_french_negative_question_the_fact_contradicts_is_answered_si(engine: Engine, question: str) -> None:
    assert engine.ask(question).headline.startswith("Si."), engine.ask(question).headline


def test_a_former_title_asked_in_the_present_is_not_a_yes(engine: Engine) -> None:
    now = engine.ask("Is Guterres still the High Commissioner for Refugees?")
    assert not now.headline.startswith("Yes"), now.headline
    assert "(earlier)" in now.headline
    assert engine.ask("Was Guterres the High Commissioner for Refugees?").headline.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did more than 50,000 IDPs return?", "Yes."),  # 'more than 53,000'
        ("Did fewer than 100 countries support the vaccine resolution?", "Not according to my sources."),
    ],
)
def test_a_bound_in_a_yes_no_is_compared_with_the_figure(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Do you know Guterres?", "António Guterres:"),
        ("tu connais Zouev ?", "Alexandre Zouev"),
        ("Excuse me, when did Azerbaijan join the UN?", "Azerbaijan became a member"),
        ("Lütfən deyin, Azərbaycan BMT-yə nə vaxt üzv olub?", "Azerbaijan became a member"),
    ],
)
def test_more_ways_of_asking_politely(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline


@pytest.mark.parametrize(
    "question", ["Was Heydar Aliyev President in 2002?", "Was Guterres Secretary-General in 2017?"]
)
def test_a_title_at_a_time_the_sources_do_not_cover_is_refused(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # the sources show the title, at other times


@pytest.mark.parametrize("question", ["la guerre a commencé quel jour ?", "quel jour la guerre a-t-elle commencé ?"])
def test_which_day_is_not_a_vague_count_of_days(engine: Engine, question: str) -> None:
    # 'commencé' asks when it began; '44 jours' in the fact is a length, not days the sources fail to name
    assert engine.ask(question).facts[:1] == ("second-karabakh-war-2020",)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Является ли Зуев генсеком ООН?", "Not according to my sources."),
        ("Является ли Гутерреш генсеком ООН?", "Yes."),
    ],
)
def test_a_russian_title_question_is_checked_against_the_roles(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_a_title_whose_head_word_is_not_asked_is_not_confirmed(engine: Engine) -> None:
    answer = engine.ask("Is Rashad Al-Khafaci the head of the FAO?")  # attaché of the FAO head's office
    assert not answer.headline.startswith("Yes"), answer.headline
    assert "Attaché" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Did Azerbaijan rank first in the 2021 SDR?",
        "did azerbaijan come top of the sustainable development report in 2021",
        "l'Azerbaïdjan était-il premier du classement 2021 ?",
        "Азербайджан занял первое место в докладе об устойчивом развитии 2021?",
    ],
)
def test_a_rank_in_words_is_compared_with_the_facts_rank(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # 55th of 165
    assert answer.headline.startswith(("Not according", "Pas d'après")), answer.headline
    assert "55" in answer.headline


def test_first_in_the_region_is_not_read_as_first_overall(engine: Engine) -> None:
    answer = engine.ask("was azerbaijan in first place in its region in the SDR 2021?")
    assert not answer.headline.startswith("Not according"), answer.headline


def test_first_of_what_happens_once_is_not_a_missing_word(engine: Engine) -> None:
    assert "2 March 1992" in engine.ask("when did azerbaijan first join the un").headline
    assert not engine.ask("when did bayramov and guterres first meet").answered  # one meeting is not the first


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Was resolution 853 adopted on 29 July 1993?", "they say 1993"),
        ("резолюция 853 принята 29 июля 1993?", "they say 1993"),
        ("la résolution 822 a-t-elle été adoptée le 30 avril 1993 ?", "elles indiquent 1993"),
        ("Did Azerbaijan host the first Global Forum on Youth Policies in October 2014?", "they say 2014"),
    ],
)
def test_a_day_within_the_facts_year_is_neither_yes_nor_no(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert said in answer.headline, answer.headline
    assert not answer.headline.startswith(("Yes", "Not according", "Oui", "Pas d'après"))
    assert answer.facts  # the fact it was about is the source


def test_a_year_the_fact_does_not_give_is_still_a_no(engine: Engine) -> None:
    assert engine.ask("Was resolution 884 adopted in 1994?").headline.startswith("Not according to my sources")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("did aliyev meet guterres in geneva in 2025", "Not according to my sources"),
        ("aliev a rencontre guterres a geneve ?", "Pas d'après mes sources"),
    ],
)
def test_a_place_typed_in_lower_case_is_a_name_the_facts_place_contradicts(
    engine: Engine, question: str, start: str
) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline
    assert "New York" in answer.headline


def test_a_name_with_another_number_is_not_confirmed(engine: Engine) -> None:
    answer = engine.ask("did guterres congratulate aliyev for hosting cop28")  # it was COP29
    assert not answer.headline.startswith("Yes"), answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Azerbaijan ranked 55th of 165 in 2021?", "Yes."),
        ("l'azerbaidjan etait il classe 55e sur 165 en 2021", "Oui."),
        ("Azerbaijan ranked 45th of 165 in 2021?", "Not according to my sources."),
        ("the minefield maps were 50% accurate?", "Not according to my sources."),
        ("mines killed 40 azerbaijanis after the war?", "Not according to my sources."),
        ("more than 35000 idps returned home right?", "Yes."),
        ("la mission permanente a ouvert le 6 mai 92 c'est ca", "Oui."),
    ],
)
def test_a_statement_asked_with_a_question_mark_or_a_tag_is_a_yes_no(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Алиев поздравил Гутерреша с COP29?", False),
        ("Əliyev Quterreşi təbrik edib?", False),
        ("Aliev a félicité Guterres pour la COP29 ?", False),
        ("Гутерреш поздравил Алиева с COP29?", True),
        ("Guterres a félicité Aliev pour la COP29 ?", True),
        ("Байрамов встретился с Гутеррешем?", True),  # a meeting is both's
    ],
)
def test_the_person_named_first_acts_in_any_language(engine: Engine, question: str, yes: bool) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(("Yes", "Oui")) == yes, answer.headline


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["when did Aliyev speak at the 76th General Assembly?", "and the year before?"], "un75-aliyev-video-address"),
        (["Что произошло в 1993 году?", "а годом позже?"], "unicef-cooperation-agreement-1994"),
        (["что было 06.05.1992?", "а за пару месяцев до этого?"], "un-membership-1992"),
        (["what happened on 2 March 1992?", "and two months later?"], "permanent-mission-opened-1992"),
        (["что было 21.09.2020?", "а через три дня он где выступал?"], "aliyev-unga75-speech-recalled"),
    ],
)
def test_a_time_counted_from_the_previous_answer(engine: Engine, flow: list[str], fact: str) -> None:
    answer = _follow(engine, flow)
    assert fact in answer.facts, (answer.headline, answer.facts)


def test_nothing_asked_on_a_day_that_holds_other_facts_says_so(engine: Engine) -> None:
    answer = _follow(engine, ["What did Aliyev say at the UN in September 2020?", "and three days later?"])
    assert not answer.answered
    assert "nothing of what you ask on 27 September 2020" in answer.headline  # the war began that day
    assert "second-karabakh-war-2020" in answer.facts


@pytest.mark.parametrize(
    "flow",
    [
        # the refusal shows the war, which the user then asks about
        ["What did Aliyev say at the UN in September 2020?", "and three days later?", "how long did it last?"],
        ["what happened on 27 September 2020?", "how long did it last?"],  # the verb, not 'the last one'
    ],
)
def test_what_a_refusal_shows_on_the_day_asked_is_what_follows_from_it(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert answer.facts == ("second-karabakh-war-2020",), (answer.headline, answer.facts)
    assert "44" in answer.headline


@pytest.mark.parametrize(
    ("flow", "headline"),
    [
        (["how accurate were the minefield maps?", "who handed them over?"], "Armenia."),
        (["when did Azerbaijan host the 7th Global Forum?", "who hosted it?"], "Azerbaijan."),
        (["what did Guterres congratulate Aliyev on?", "who congratulated him?"], "António Guterres."),
        (["who congratulated Aliyev on COP29?", "who did he congratulate?"], "Ilham Aliyev."),
    ],
)
def test_who_did_it_is_the_name_before_the_verb(engine: Engine, flow: list[str], headline: str) -> None:
    assert _follow(engine, flow).headline == headline


def test_when_did_it_end_of_what_someone_said_is_not_the_day_it_was_said(engine: Engine) -> None:
    answer = _follow(engine, ["when did the second Karabakh war start?", "who won it?", "when did it end?"])
    assert "23 September 2021" not in answer.headline  # the day Aliyev told the Assembly, not the war's end


@pytest.mark.parametrize(
    "question",
    [
        "When did Azerbaijan chair the Non-Aligned Movement?",
        "Quand l'Azerbaïdjan a-t-il présidé le Mouvement des non-alignés ?",
    ],
)
def test_when_of_a_span_inferred_around_a_fact_gives_it_marked_inferred(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == ("azerbaijan-nam-chairmanship",)
    said = (answer.headline, *answer.notes)
    assert any("2020" in text and ("inferred" in text or "déduite" in text) for text in said), said


def test_the_start_of_a_span_inferred_around_a_fact_is_not_known(engine: Engine) -> None:
    assert not engine.ask("When did Azerbaijan take over the chairmanship of the Non-Aligned Movement?").answered


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did Azerbaijan chair the Non-Aligned Movement in 2021?", "Yes."),
        ("Was Azerbaijan chairing the NAM in 2019?", "The sources do not date this"),  # not a no: only inferred
        ("Was Azerbaijan a member of the Security Council in October 2012?", "Yes."),  # within its 2012-2013 seat
        ("Was Azerbaijan on the Security Council in 2015?", "Not according to my sources."),
    ],
)
def test_a_time_within_a_lasting_facts_span(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "question", ["who was UN secretary general in 2023", "qui était secrétaire général de l'ONU en 2023 ?"]
)
def test_who_held_a_title_at_a_date_is_its_holder_not_a_fact_that_names_another_title(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith("António Guterres"), answer.headline  # not Zuev, Assistant Secretary-General


@pytest.mark.parametrize(
    "question", ["Mehriban Əliyeva UNFPA diplomu", "Mədəniyyətlərarası Dialoq üzrə IV Ümumdünya Forumu"]
)
def test_an_azerbaijani_noun_ending_in_mu_is_not_the_question_particle(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert not answer.headline.startswith("Yes"), answer.headline


@pytest.mark.parametrize("question", ["Azərbaycan BMT-yə 1992-ci ildə üzv olubmu", "Quterreş Bayramovla görüşübmü?"])
def test_the_azerbaijani_question_particle_after_a_verb_asks_yes_or_no(engine: Engine, question: str) -> None:
    assert engine.ask(question).headline.startswith("Yes.")


@pytest.mark.parametrize(
    "question", ["when did the war end", "quand la guerre s'est-elle terminée ?", "когда закончилась война?"]
)
def test_when_did_it_end_is_not_the_day_it_began_nor_a_day_someone_spoke_of_it(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # the sources give its start and its 44 days, no end


def test_when_did_he_preside_over_is_not_an_ending(engine: Engine) -> None:
    assert "May 2012" in engine.ask("When did President Aliyev preside over a Security Council meeting?").headline


def test_the_act_of_surrender_is_dated_as_aliyev_gives_it(engine: Engine) -> None:
    answer = engine.ask("when did armenia sign the act of surrender")
    assert "10 November 2020" in answer.headline
    assert answer.facts[:1] == ("armenia-act-of-surrender-2020",)


@pytest.mark.parametrize(
    "question",
    [
        "does azerbaijan cooperate with the IAEA",
        "Азербайджан сотрудничает с МАГАТЭ?",
        "L'Azerbaïdjan coopère-t-il avec l'AIEA ?",
    ],
)
def test_a_name_in_the_list_after_among_them_is_close_to_the_verb_before_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(("Yes.", "Oui.")), answer.headline
    assert answer.facts[:1] == ("un-specialised-agencies-cooperation",)


@pytest.mark.parametrize(
    ("question", "start"), [("whats ANAMA", "Azerbaijan National Agency"), ("АНАМА", "Azerbaijan")]
)
def test_whats_without_its_apostrophe_and_a_cyrillic_acronym(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_who_was_chairman_is_the_person_serving_as_chairman_not_who_chaired(engine: Engine) -> None:
    flow = ["When did Azerbaijan chair the Non-Aligned Movement?", "who was chairman?"]
    assert _follow(engine, flow).headline == "Ilham Aliyev."


def test_it_is_the_thing_of_the_previous_answer_not_anyone_who_spoke_of_it(engine: Engine) -> None:
    answer = _follow(engine, ["when will azerbaijan host the World Urban Forum?", "who announced it?"])
    assert "unga76-aliyev-announces-nam-vaccine-resolution" not in answer.facts, answer.headline


@pytest.mark.parametrize(
    "question",
    ["How many mines did Armenia plant in Karabakh", "how many mines were laid in the liberated territories"],
)
def test_how_many_counts_the_head_of_a_figure_not_a_word_after_it(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # '30 citizens killed by mines' does not count mines


@pytest.mark.parametrize(
    "question",
    ["how many people were injured by mines", "combien de blesses a cause des mines apres le 10 novembre 2020"],
)
def test_how_many_injured_counts_the_people_injured(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "130" in answer.headline, answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "how many countries opposed the vaccine resolution",
        "qetnameye nece olke qarsi ses verib",
        "how many days did the first karabakh war last",
    ],
)
def test_a_count_of_the_other_side_or_the_other_war_is_refused(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # 179 supported it; the 44 days are the second war's


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did Guterres meet Bayramov on Tuesday 19 September?", "Not according to my sources."),
        ("Встреча Гутерреша и Байрамова прошла в пятницу, 19 сентября?", "Not according to my sources."),
        ("Did Guterres and Bayramov meet on a Monday?", "Yes."),
        ("Təhlükəsizlik Şurası 1993-cü ildə beş qətnamə qəbul edibmi?", "Not according to my sources."),  # 4
    ],
)
def test_a_weekday_or_a_figure_in_words_is_checked(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "Did Armenia start the war?",
        "Did Azerbaijan start the war?",  # the fact says it started a counter-attack
        "qui a commencé la guerre ?",
        "l'Arménie a-t-elle déclenché la guerre ?",
    ],
)
def test_who_began_the_war_is_never_inferred(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.headline.startswith(("Yes", "Oui", "Not according", "Pas d'après")), answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did Armenia sign the act of surrender on 10 November 2020?", "Yes."),
        ("Did Armenia hand over minefield maps?", "The minefield maps"),
        ("Did Azerbaijan justify its counter-offensive by Article 51?", "Yes."),
    ],
)
def test_the_name_before_the_verb_is_the_one_who_acts(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "question", ["Did Azerbaijan sign the act of surrender?", "Did Azerbaijan hand over minefield maps?"]
)
def test_a_country_that_did_not_do_it_is_not_confirmed(engine: Engine, question: str) -> None:
    assert not engine.ask(question).headline.startswith("Yes")


def test_a_place_asked_is_the_meetings_place_not_a_country_it_spoke_of(engine: Engine) -> None:
    answer = engine.ask("Did Aliyev meet Guterres in Armenia?")
    assert answer.headline.startswith("Not according to my sources."), answer.headline
    assert "New York" in answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did Mehriban Aliyeva receive a silver medal from WIPO?", "Not according to my sources."),
        ("Did Mehriban Aliyeva receive a gold medal from WIPO?", "Yes."),
        ("Guterres a rencontré le ministre azerbaïdjanais de la Défense le 19 septembre 2022 ?", "Pas d'après"),
        ("Did the 1993 resolutions demand the withdrawal of Azerbaijani forces?", "Not according to my sources."),
        ("Did the 1993 resolutions demand the withdrawal of Armenian forces?", "Yes."),
    ],
)
def test_a_contrasting_word_in_the_fact_is_a_no(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_a_span_asked_must_lie_within_a_lasting_facts_span(engine: Engine) -> None:
    answer = engine.ask("Was Azerbaijan's first poverty reduction strategy for 2005-2008?")  # it was 2003-2005
    assert not answer.headline.startswith("Yes"), answer.headline


def test_becoming_something_in_a_year_needs_the_fact_of_the_becoming(engine: Engine) -> None:
    answer = engine.ask("Leyla Aliyeva became FAO Goodwill Ambassador in 2017?")  # named in 2015; spoke as one in 2017
    assert answer.headline.startswith("Not according to my sources."), answer.headline
    assert "2015" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "53 mindən çox keçmiş köçkün doğma torpaqlarına qayıdıbmı?",
        "Более 53 тысяч бывших переселенцев вернулись на родные земли?",
        "Did more than 53 thousand IDPs return?",
    ],
)
def test_thousands_in_words_are_figures(engine: Engine, question: str) -> None:
    assert engine.ask(question).headline.startswith("Yes."), engine.ask(question).headline


def test_a_question_that_denies_what_the_fact_denies_is_a_yes(engine: Engine) -> None:
    question = (
        "Did Aliyev tell the General Assembly in 2021 that Nagorno-Karabakh no longer exists as an administrative unit?"
    )
    assert engine.ask(question).headline.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # a day one source gives and the other does not: what each says, no 'yes'
        ("Did Aliyev announce the NAM vaccine resolution on 23 September 2021?", "The sources disagree on this"),
        ("Did Aliyev denounce vaccine nationalism at the UN on 23 September 2021?", "The sources disagree on this"),
        ("Did Aliyev denounce vaccine nationalism on 24 September 2021?", "The sources disagree on this"),
        (
            "Did Aliyev say on 24 September 2021 that Nagorno-Karabakh no longer exists as an administrative unit?",
            "The sources disagree on this",
        ),
        ("Was the 76th session address on the 23rd or the 24th?", "The sources disagree on this"),
        # a month both sources give: a yes, with both
        ("Did Aliyev speak at the General Assembly in September 2021?", "Yes. The sources differ only"),
        ("Did Aliyev address the 76th session on 25 September 2021?", "Not according to my sources."),
    ],
)
def test_what_was_said_in_the_disputed_address_is_told_with_both_sides(
    engine: Engine, question: str, start: str
) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline
    assert len(answer.facts) >= 2  # both sides, cited


def test_a_city_within_the_country_a_fact_gives_is_not_a_no(engine: Engine) -> None:
    answer = engine.ask("Will the 2026 World Urban Forum be held in Baku?")  # the sources name only Azerbaijan
    assert not answer.headline.startswith(("Yes", "Not according")), answer.headline
    assert engine.ask("Will the 2026 World Urban Forum be held in Paris?").headline.startswith("Not according")


def test_a_no_cites_the_fact_the_question_is_about(engine: Engine) -> None:
    answer = engine.ask("Was the 2008 resolution on the occupied territories adopted by the Security Council?")
    assert answer.headline.startswith("Not according to my sources."), answer.headline
    assert answer.facts[:1] == ("unga-resolution-occupied-territories-2008",)  # the General Assembly's, not 822


def test_was_it_in_that_year_of_an_inferred_date_says_it_is_inferred(engine: Engine) -> None:
    answer = _follow(engine, ["Who did Guterres meet on 19 September?", "was it in 2022?"])
    assert answer.headline.startswith("Yes.")
    assert any("inferred" in note for note in answer.notes), answer.notes


def test_a_name_with_other_digits_is_neither_a_typo_nor_an_inflection(engine: Engine) -> None:
    answer = engine.ask("Did Aliyev speak at unga77?")
    assert not answer.headline.startswith(("Yes", "Not according")), answer.headline
    # 'cop28' is not read as COP29: no 'Yes'; the COP29 fact is shown as what the sources say instead
    answer = engine.ask("did guterres congratulate aliyev for hosting cop28")
    assert answer.headline.startswith("Not according to my sources"), answer.headline
    assert "COP29" in answer.headline


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did Armenia defeat Azerbaijan?", False),  # 'Armenia had been defeated': Armenia underwent it
        ("Was Azerbaijan defeated?", False),
        ("Was Armenia defeated?", True),
        ("Were Aliyev and Guterres photographed together at UN headquarters?", True),
        ("Did Azerbaijan occupy Armenian territories?", False),
        ("Were 30 Armenian citizens killed by mines?", False),
        ("Were 30 Azerbaijani citizens killed by mines?", True),
    ],
)
def test_who_underwent_what_the_statement_says(engine: Engine, question: str, yes: bool) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith("Yes") == yes, answer.headline


def test_another_countrys_membership_is_not_a_no_from_azerbaijans(engine: Engine) -> None:
    answer = engine.ask("Did Armenia join the UN in 1992?")  # the sources say nothing of Armenia's membership
    assert not answer.headline.startswith(("Yes", "Not according")), answer.headline


def test_a_tag_needs_a_statement_before_it(engine: Engine) -> None:
    assert not engine.ask("Aliyev right?").headline.startswith("Yes")


@pytest.mark.parametrize(
    "question", ["was azerbaijan still occupied in 2019?", "l'Azerbaïdjan était-il encore occupé en 2019 ?"]
)
def test_a_state_still_holding_at_a_date_is_not_denied_by_an_event_of_another_year(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)  # it was 'Not according to my sources' with resolution 853 of 1993
    assert not answer.headline.startswith(("Not according", "Pas d'après")), answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # a month's presidency is held on each day of it; a day of another month is a no
        ("Was Azerbaijan president of the Security Council on 15 October 2013?", "Yes."),
        ("Did Azerbaijan preside over the Security Council on 15 November 2013?", "Not according to my sources."),
        # an event dated by its first day that lasted 44 days was going on in the month after; it did not start then
        ("Did the war take place in October 2020?", "Yes."),
        ("была ли война в октябре 2020?", "Yes."),
        ("Did the war start in October 2020?", "Not according to my sources."),
        # a day asked without a year of a fact known only to the year: neither yes nor no
        ("Was resolution 822 adopted on 30 April?", "The sources do not give the exact date; they say 1993."),
        ("Was resolution 853 adopted in July?", "The sources do not give the exact date; they say 1993."),
        ("Did Azerbaijan join the UN on 3 March?", "Not according to my sources."),
    ],
)
def test_a_day_inside_what_lasted_or_coarser_than_the_fact_is_judged_by_the_span(
    engine: Engine, question: str, start: str
) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "Did the war take place in December 2020?",  # was 'Yes' with the session on fighting the pandemic
        "Was Azerbaijan a founder of the UN?",
        "Was Azerbaijan a host of the Security Council in 2013?",
    ],
)
def test_a_yes_needs_what_the_subject_was_and_not_a_figurative_fight(engine: Engine, question: str) -> None:
    assert not engine.ask(question).headline.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "no"),
    [
        ("Did 60 thousand IDPs return?", False),  # 'more than 53,000': it may have been 60,000
        ("Did the WFP give 150,000 tons of food?", False),  # 'about 160,000'
        ("Did 530,000 IDPs return?", True),
        ("Did the WFP give 200,000 tons of food?", True),
        ("Have fewer than 60,000 IDPs returned?", False),  # 'more than 53,000' may be under 60,000
        ("More than 100,000 IDPs have already returned, right?", False),
        ("Have fewer than 50,000 IDPs returned?", True),
    ],
)
def test_a_figure_given_as_a_bound_or_roughly_is_no_no_to_a_figure_it_allows(
    engine: Engine, question: str, no: bool
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.headline.startswith("Not according to my sources.") == no, answer.headline
    assert not answer.headline.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "is heydar aliyev still president",  # 1994-2000 in the sources
        "is azerbaijan a member of the security council",  # 2012-2013
        "l'azerbaidjan est-il toujours membre du conseil de securite ?",
        "is ilham aliyev the chairman of nam",
    ],
)
def test_what_held_only_before_the_latest_source_is_not_confirmed_for_now(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.headline.startswith(("My sources show this only for", "Mes sources ne l'indiquent que")), (
        answer.headline
    )


@pytest.mark.parametrize(
    "question",
    ["is azerbaijan a member of the un", "is guterres the secretary general", "was heydar aliyev president?"],
)
def test_what_still_holds_or_is_asked_of_the_past_is_confirmed(engine: Engine, question: str) -> None:
    assert engine.ask(question).headline.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    [
        "Did Aliyev get a WIPO gold medal?",  # Mehriban Aliyeva did: 'Aliyev' alone is not her
        "was georgia the first south caucasus country elected to the security council",
        "la georgie a-t-elle ete le premier pays du caucase du sud au conseil de securite",
        "Did Bayramov address the General Assembly?",  # he welcomed its President's visits
        "Байрамов выступал в Генассамблее?",
        "azerbaijan has been a un member since 1993?",  # was 'Yes' with a 2021 appeal to 'member states'
    ],
)
def test_a_yes_needs_the_subject_and_the_act_asked(engine: Engine, question: str) -> None:
    assert not engine.ask(question).headline.startswith("Yes")


def test_a_member_since_a_year_asks_when_it_became_one(engine: Engine) -> None:
    answer = engine.ask("l'azerbaidjan est membre de l'onu depuis 1993 ?")
    assert answer.headline.startswith("Pas d'après mes sources."), answer.headline
    assert "2 mars 1992" in answer.headline
    assert engine.ask("has azerbaijan been a member of the UN since 1992").headline.startswith("Yes.")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("what happened last year", "In 2025:"),  # was the war, 'last' read as 'lasted'
        ("que s'est il passe l'annee derniere", "En 2025 :"),
        ("что произошло в прошлом году?", "In 2025:"),
        ("what happened last month", "My sources record nothing for October 2026."),
        ("Qu'est-ce qui s'est passé ce mois-ci ?", "Mes sources ne rapportent rien pour novembre 2026."),
        ("qu'est-ce qui s'est passé il y a trois ans ?", "En 2023 :"),
        ("что было 4 года назад?", "In 2022:"),
        ("Did Bayramov meet Zuev three years ago?", "Yes."),
        ("Did Aliyev meet Guterres the year before last?", "Not according to my sources."),  # 2024; it was 2025
    ],
)
def test_last_year_is_counted_from_today(engine: Engine, question: str, start: str) -> None:
    in_2026 = Engine(engine.index, today=lambda: dt.date(2026, 11, 23))
    assert in_2026.ask(question).headline.startswith(start)


def test_a_disputed_day_asked_as_a_follow_up_is_not_confirmed(engine: Engine) -> None:
    answer = _follow(engine, ["When did Aliyev address the 76th session?", "was it on the 24th?"])
    assert answer.headline.startswith("The sources disagree on this"), answer.headline


@pytest.mark.parametrize(
    ("flow", "start", "fact"),
    [
        # 'Aliyev' who met Guterres is Ilham: 'he' is not Heydar Aliyev signing the UNICEF agreement
        (["When did Aliyev meet Guterres?", "did he sign anything?"], "Yes.", "aliyev-un-guest-book-2025"),
        (["How many IDPs have returned?", "who said that?"], "Ilham Aliyev said so.", "great-return-53000-idps-2025"),
        (["Combien de déplacés sont rentrés ?", "qui a dit ça ?"], "C'est Ilham Aliev", "great-return-53000-idps-2025"),
    ],
)
def test_a_follow_up_stays_with_the_previous_answer(engine: Engine, flow: list[str], start: str, fact: str) -> None:
    answer = _follow(engine, flow)
    assert answer.headline.startswith(start), answer.headline
    assert answer.facts[0] == fact


def test_why_of_a_speech_is_not_the_reason_for_an_award_to_the_same_person(engine: Engine) -> None:
    answer = _follow(engine, ["What happened on 3 December 2020?", "who spoke?", "why?"])
    assert "south-south-award-2015" not in answer.facts
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("how many journalists killed by mines", "2 — "),
        ("how many people were injured by mines?", "130 — "),
        ("how many people were killed by mines?", "30 — "),  # not the 130 injured
        ("combien de personnes ont été blessées par les mines ?", "130 — "),
        ("combien de journalistes ont été tués ?", "2 — "),
        ("how many closed meetings did the Council hold during Azerbaijan's presidencies?", "29 — "),
        ("how many years was azerbaijan occupied?", "Almost 30 — "),
        ("How many IDPs have returned?", "More than 53,000 former"),  # the statement opens with it already
    ],
)
def test_a_count_answer_leads_with_the_figure_asked(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_a_count_of_two_things_leads_with_neither(engine: Engine) -> None:
    answer = engine.ask("How many people did mines kill or injure?")  # was '130 — ', the injured only
    assert answer.headline.startswith("Between"), answer.headline


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Which agency gave Mehriban Aliyeva a gold medal?", "mehriban-aliyeva-wipo-gold-medal-2006"),
        ("Which country did Aliyev blame for the provocations?", "un75-aliyev-armenia-responsible-escalation"),
        ("Which agency launched an emergency food operation in 1993?", "wfp-emergency-food-operation-1993"),
        ("Which session of the General Assembly did Heydar Aliyev address in 1994?", "heydar-aliyev-unga-49-speech"),
        ("Which agency gave Azerbaijan a special diploma in 2015?", "fao-special-diploma-2015"),
    ],
)
def test_which_agency_country_or_session_is_answered_by_the_fact_naming_one(
    engine: Engine, question: str, fact: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.facts[0] == fact


def test_which_agency_with_nothing_to_pin_it_is_not_a_guess(engine: Engine) -> None:
    # the FAO's diploma, UNFPA's and WIPO's medal all fit 'gave Azerbaijan a diploma' alike
    answer = engine.ask("Which UN agency gave Azerbaijan a diploma?")
    assert not answer.answered or answer.facts[0] == "fao-special-diploma-2015"


@pytest.mark.parametrize(
    "question",
    [
        "what time did guterres meet bayramov",  # the sources give days, never hours
        "à quelle heure Aliyev a-t-il rencontré Guterres ?",
        "resolution 61/243",  # a symbol no fact gives: not the 61st session's resolution
        "What is A/RES/62/100?",
        "Was Azerbaijan elected to the Security Council in 2011?",  # the sources date the 2012-2013 term only
    ],
)
def test_an_hour_a_symbol_or_an_undated_election_is_not_answered_from_a_neighbour(
    engine: Engine, question: str
) -> None:
    assert not engine.ask(question).answered


def test_a_day_and_month_typed_with_a_slash_is_still_a_date(engine: Engine) -> None:
    assert engine.ask("what happened on 19/09?").headline.startswith("On 19 September")


def test_what_was_said_in_the_disputed_address_is_its_words_with_both_dates(engine: Engine) -> None:
    answer = engine.ask("What did Aliyev say at the 76th session of the General Assembly?")
    # was only 'The sources disagree on this' with the two address facts and none of what he said
    assert answer.headline.startswith("In that address (23 September 2021 or 24 September 2021: the sources differ)")
    assert {"unga76-aliyev-vaccine-nationalism", "no-nagorno-karabakh-unit-2021"} <= set(answer.facts)
    assert len(to_plain(answer)) <= 4096


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did Azerbaijan host the World Urban Forum?", "My sources speak of it as still to come (2026)"),
        ("is the world urban forum already held", "My sources speak of it as still to come (2026)"),
        ("Will Azerbaijan host the World Urban Forum in 2026?", "Yes."),
        ("Will Azerbaijan host the World Urban Forum in 2027?", "Not according to my sources."),
    ],
)
def test_what_the_latest_source_plans_is_not_confirmed_as_done(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_a_forum_named_in_russian_is_not_another_forum(engine: Engine) -> None:
    answer = engine.ask("Всемирный урбанистический форум уже прошел?")  # was 'Yes' with the 2017 intercultural forum
    assert not answer.headline.startswith("Yes")


def test_how_long_asks_the_duration_of_what_is_named_not_of_what_it_qualifies(engine: Engine) -> None:
    # 'the 4 Security Council resolutions ... stayed unimplemented for 27 years' is no seat of 27 years
    assert not engine.ask("How many years was Azerbaijan on the Security Council?").answered
    answer = engine.ask("how many years were the 1993 resolutions not implemented?")
    assert answer.facts[0] == "unsc-resolutions-unimplemented-27-years"


def test_still_occupied_is_not_confirmed_by_a_1993_resolution(engine: Engine) -> None:
    assert not engine.ask("is nagorno-karabakh still occupied").headline.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Was Azerbaijan a UN member in 1993?", "Yes."),  # a membership with no end holds from its day on
        ("Was Azerbaijan a member of the UN in 2010?", "Yes."),
        ("Was Azerbaijan a UN member in 1991?", "Not according to my sources."),
        ("Did Azerbaijan join the UN in 1993?", "Not according to my sources."),
        ("Азербайджан член ООН с 1993 года?", "Not according to my sources."),  # was 'Yes' with 'member states'
        ("Were 30 people killed by mines?", "Yes."),  # 30 citizens killed; the 130 people were injured
        ("30 personnes ont-elles été tuées par les mines ?", "Oui."),
        ("Did mines kill 130 people?", "Not according to my sources."),
    ],
)
def test_a_lasting_membership_and_what_happened_to_those_counted_decide_the_yes(
    engine: Engine, question: str, start: str
) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_an_election_the_sources_do_not_date_is_not_confirmed_by_the_term(engine: Engine) -> None:
    assert not engine.ask("Was Azerbaijan elected to the Security Council in 2012?").answered


@pytest.mark.parametrize(
    "question",
    [
        "Was Azerbaijan on the Security Council in 2004?",  # was 'Yes' with the 59th-session speech on resolutions
        "Азербайджан был в Совбезе в 2020 году?",
        "Was Azerbaijan a Security Council member in 2025?",  # was a no citing UN membership
        "Azərbaycan 2017-ci ildə Təhlükəsizlik Şurasının üzvü olub?",
    ],
)
def test_a_seat_on_the_council_in_another_year_is_a_no_with_the_seat(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith("Not according to my sources."), answer.headline
    assert answer.facts[0] == "unsc-non-permanent-member-2012-2013"


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Are Azerbaijani territories still occupied by Armenia?", "My sources show this only for 2023"),
        ("Does Azerbaijan still receive WFP food aid?", "My sources show this only for 2022"),
        ("Is Azerbaijan at war with Armenia?", "My sources show this only for 27 September 2020"),
        ("Does Azerbaijan hold the presidency of the Security Council?", "My sources show this only for October 2013"),
        ("does azerbaijan cooperate with unicef?", "Yes."),
    ],
)
def test_still_of_an_undated_statement_or_now_of_a_past_event_is_not_a_yes(
    engine: Engine, question: str, start: str
) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "question", ["did Aliyev receive the South-South award?", "did Aliyev chair a Security Council meeting?"]
)
def test_a_name_of_several_people_is_the_one_the_conversation_is_about(engine: Engine, question: str) -> None:
    answer = _follow(engine, ["Who is Heydar Aliyev?", question])  # both were Ilham Aliyev's: 'Yes' before
    assert not answer.headline.startswith("Yes"), answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Did Ilham Aliyev address the Security Council?",  # was 'Yes' with his 2017 General Assembly speech
        "Ильхам Алиев выступал в Совете Безопасности?",
        "Did Aliyev speak at the Security Council in May 2012?",  # he chaired a meeting; a no cited 2017
    ],
)
def test_a_speech_at_the_general_assembly_is_not_one_at_the_council(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("1992.03.02", "On 2 March 1992:"),
        ("1992/03/02", "On 2 March 1992:"),
        ("what happened on 12/16/2021?", "On 16 December 2021:"),  # month first when the day is over 12
        ("02/03/1992", "On 2 March 1992:"),  # day first otherwise
    ],
)
def test_dates_typed_year_first_or_month_first_are_read(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    ("flow", "start"),
    [
        (["What did Aliyev say on 21 September 2020?", "was it in person?"], "Not according to my sources."),
        (["When did Aliyev address the UN's 75th anniversary meeting?", "c'était en personne ?"], "Pas d'après"),
        (["When did Aliyev meet Guterres?", "was it by video?"], "I don't have that"),  # was 'Yes' with UN75
        (["When did Aliyev meet Guterres?", "was it before 2024?"], "Not according to my sources."),
    ],
)
def test_was_it_in_person_is_asked_of_the_previous_answer(engine: Engine, flow: list[str], start: str) -> None:
    # 'was it in person?' was the 53,000 returned IDPs ('person' matched 'people')
    assert _follow(engine, flow).headline.startswith(start)


def test_a_day_within_the_month_of_the_right_speech_is_neither_yes_nor_no(engine: Engine) -> None:
    # was a no citing the September 1994 speech; the 50th-anniversary speech is dated October 1995
    answer = engine.ask("Did Heydar Aliyev speak at the General Assembly on 24 October 1995?")
    assert answer.headline == "The sources do not give the exact date; they say October 1995."


def test_what_someone_said_is_dated_by_the_saying_not_the_event_it_names(engine: Engine) -> None:
    # Guterres's congratulations of 2025 do not date COP29; asked of Guterres, the date is his
    assert not engine.ask("Did Azerbaijan host COP29 in 2021?").answered
    answer = engine.ask("Did Guterres congratulate Aliyev on COP29 in 2021?")
    assert answer.headline.startswith("Not according to my sources.")


def test_number_of_is_a_count(engine: Engine) -> None:
    answer = engine.ask("number of press statements during azerbaijan's security council presidencies")
    assert answer.headline.startswith("13 — "), answer.headline  # was a list of the Council titles


def test_when_of_a_thing_done_twice_gives_both_dates_first(engine: Engine) -> None:
    answer = engine.ask("When did Azerbaijan hold the Security Council presidency?")
    assert answer.headline.endswith("in May 2012. Also: October 2013."), answer.headline


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Did Aliyev leave an entry in the UN visitors' book?", "aliyev-un-guest-book-2025"),
        ("Aliev a-t-il laissé un mot dans le livre d'or des Nations unies ?", "aliyev-un-guest-book-2025"),
        ("When did Guterres sit down with Bayramov?", "guterres-bayramov-meeting-2022"),
        ("Quand Aliev et Guterres se sont-ils vus à New York ?", "aliyev-guterres-meeting-2025"),
    ],
)
def test_everyday_words_for_meeting_and_signing(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.facts[0] == fact


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # answered right at the start of this stop, then lost to a new rule, found by a diff of 3,252 questions
        ("İkinci Qarabağ müharibəsi neçə gün davam edib?", "44 — "),
        ("number of mine deaths", "30 — "),
        ("was azerbaijan elected to the security council for 2014", "Not according to my sources."),
        ("Did Aliyev chair a Security Council meeting in October 2013?", "Not according to my sources. In May 2012"),
        ("Did UNDP launch an emergency food operation in Azerbaijan in 1993?", "Not according to my sources."),
        ("L'Azerbaïdjan est-il le premier pays du Caucase du Sud élu au Conseil de sécurité ?", "Oui."),
        ("Does Azerbaijan have a permanent mission to the UN?", "Yes."),
        ("Have fewer than 50,000 IDPs returned?", "Not according to my sources."),
        ("Azərbaycan 1993-cü ildən BMT-nin üzvüdür?", "Not according to my sources."),
        ("How many resolutions did the Security Council adopt in the whole of 2012?", "During"),  # no '7 — '
    ],
)
def test_this_stops_rules_keep_what_was_answered_right(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_a_year_tells_which_aliyev_without_the_conversation(engine: Engine) -> None:
    flow = [
        "Who chaired the Security Council meeting in May 2012?",
        "Did Aliyev speak at the General Assembly in 1994?",
    ]
    assert _follow(engine, flow).headline.startswith("Yes. In September 1994 President Heydar Aliyev")


@pytest.mark.parametrize("question", ["Did Azerbaijan propose UN cooperation with the EU?", "Azerbaijan and the EU"])
def test_an_acronym_that_is_a_french_stopword_is_a_name(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was 'Yes' with the Turkic Council proposal: 'EU' dropped as French 'eu'
    assert not answer.answered
    assert "EU" in answer.headline


def test_a_question_in_capitals_is_read_as_words(engine: Engine) -> None:
    assert engine.ask("IS AZERBAIJAN A MEMBER OF THE UN?").headline.startswith("Yes.")


@pytest.mark.parametrize(
    ("flow", "start"),
    [
        (["What happened in 2013?", "and in October?"], "In October 2013:"),  # was every October
        (["When did Aliyev address the UN in 2020?", "and in September?"], "In September 2020:"),
    ],
)
def test_a_month_asked_after_a_year_is_that_years(engine: Engine, flow: list[str], start: str) -> None:
    assert _follow(engine, flow).headline.startswith(start)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("did guterres visit azerbaijan as secretary general", False),  # as High Commissioner for Refugees
        ("did guterres visit azerbaijan as high commissioner for refugees", True),
        ("Did Leyla Aliyeva speak as UNESCO goodwill ambassador?", False),  # as FAO's
        ("Did Leyla Aliyeva speak as FAO goodwill ambassador?", True),
    ],
)
def test_the_capacity_asked_must_be_the_one_the_fact_gives(engine: Engine, question: str, yes: bool) -> None:
    assert engine.ask(question).headline.startswith("Yes.") == yes


def test_a_place_the_question_is_about_must_be_the_facts(engine: Engine) -> None:
    # was '179 — ' from the vaccine resolution, which is not about the occupied territories
    assert not engine.ask("How many countries voted for the resolution on the occupied territories?").answered
    # a capital standing for its country, or a place a thing was in, is no topic
    assert engine.ask("When did Baku open its permanent mission at the UN?").answered
    assert engine.ask("cop 29 baku").answered


def test_a_war_in_a_year_is_not_confirmed_by_a_speech_of_that_year_about_it(engine: Engine) -> None:
    assert not engine.ask("Was there a war in 2021?").headline.startswith("Yes")  # Aliyev spoke of it in 2021
    assert engine.ask("Was there a war in 2020?").headline.startswith("Yes.")
    assert engine.ask("Did Aliyev talk about the war in 2021?").headline.startswith("Yes.")


def test_azerbaijani_neyi_asks_what_not_whether(engine: Engine) -> None:
    answer = engine.ask("Bayramov və Quterreş nəyi müzakirə ediblər?")  # was 'Yes. Guterres and Bayramov discussed'
    assert not answer.headline.startswith("Yes"), answer.headline
    assert "guterres-bayramov-topics-2022" in answer.facts  # (with the other topics of that meeting)


def test_the_who_is_the_organisation(engine: Engine) -> None:
    answer = engine.ask("when did azerbaijan join the who")  # was UN membership: 'who' read as the question word
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "start"),
    [
        (
            "When did Azerbaijan chair the Non-Aligned Movement?",
            "Date: 2020–2022 (inferred, not stated in the source).",
        ),
        (
            "When did Aliyev meet Guterres?",
            "Date: 25 September 2025 (inferred, not stated in the source). On 25 September",
        ),
        ("When did Azerbaijan join the UN?", "Azerbaijan became a member of the United Nations on 2 March 1992."),
    ],
)
def test_when_leads_with_the_date_when_the_statement_lacks_its_year(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start)
    assert not [n for n in answer.notes if n in answer.headline]  # said once


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Was Azerbaijan president of the General Assembly?", None),  # was a yes: its President visited Azerbaijan
        ("Was Azerbaijan president of the Security Council?", "unsc-presidency-may-2012"),
        ("Is Azerbaijan a full member of the UN family?", "azerbaijan-full-member-un-family"),
        ("Was Azerbaijan the host of COP29?", "guterres-congratulates-cop29-2025"),
    ],
)
def test_a_title_asked_of_a_country_must_be_its_own(engine: Engine, question: str, fact: str | None) -> None:
    answer = engine.ask(question)
    if fact is None:
        assert not answer.answered, answer.headline
    else:
        assert answer.headline.startswith("Yes."), answer.headline
        assert fact in answer.facts


def test_how_many_times_counts_occasions_not_entries(engine: Engine) -> None:
    answer = engine.ask("How many times did Ilham Aliyev address the General Assembly?")
    # 11 entries: two about the 72nd session, five about the 76th (two dates, one disputed), ...
    assert answer.headline.startswith("6 occasions in my sources — Speeches"), answer.headline
    assert "(11 entries)" in answer.headline
    assert engine.ask("how many times did aliyev meet guterres").headline.endswith("(1):")  # one entry, one occasion


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["UNICEF", "when did it start?"], None),  # was the 44-day war's start
        (["premier pays du caucase du sud au conseil de sécurité ?", "pour quelle période ?"], None),  # was Zuev
        (
            ["Quand Baïramov a-t-il rencontré Guterres ?", "de quoi ont-ils parlé ?", "et les mines ?"],
            "bayramov-landmines-appeal-2022",  # the topic of that meeting, not what Bayramov told Zuev
        ),
        (
            ["Tell me about Azerbaijan and UNICEF", "when was the agreement signed?", "what was its purpose?"],
            "unicef-cooperation-refugee-idp-children",
        ),
    ],
)
def test_a_bare_follow_up_is_answered_from_the_conversation_or_refused(
    engine: Engine, flow: list[str], fact: str | None
) -> None:
    answer = _follow(engine, flow)
    if fact is None:
        assert not answer.answered, answer.headline
    else:
        assert fact in answer.facts, answer.headline


def test_a_name_the_sources_lack_can_be_swapped_for_one_they_have(engine: Engine) -> None:
    refused = engine.ask("When did Azerbaijan join NATO?")
    assert not refused.answered
    assert engine.ask("and the UN?", context=refused.context).facts == ("un-membership-1992",)
    assert engine.ask("et l'ONU ?", context=engine.ask("Quand l'Azerbaïdjan a-t-il rejoint l'OTAN ?").context).answered
    # the same question of UNESCO, which no source answers (not Mehriban Aliyeva's UNESCO title)
    assert not engine.ask("and UNESCO?", context=refused.context).answered
    joined = engine.ask("When did Azerbaijan join the UN?")
    assert not engine.ask("and UNESCO?", context=joined.context).answered


@pytest.mark.parametrize(
    ("flow", "start"),
    [
        (["резолюция 853", "когда приняли?"], "That was in 1993."),  # was a 2006 General Assembly resolution
        (["zones économiques karabakh et zanguezour oriental", "créées quand ?"], "C'était le 7 juillet 2021."),
        (["резолюция 853", "когда приняли?", "а какого числа?"], "The sources do not give the exact date"),
    ],
)
def test_two_words_asking_when_ask_it_of_the_answer(engine: Engine, flow: list[str], start: str) -> None:
    assert _follow(engine, flow).headline.startswith(start)


@pytest.mark.parametrize(
    ("flow", "start", "fact"),
    [
        # a statement with a tag is asked of the answer, not of another fact of that year about her
        (["mehriban aliyeva goodwill ambassador", "that was in 2006 right?"], "Not according to my sources.", None),
        (["30 réunions à huis clos pendant les présidences de l'Azerbaïdjan, c'est exact ?"], "Pas d'après", None),
        (["Azerbaijan joined the UN in 1992, right?"], "Yes.", "un-membership-1992"),
        (["how many people died from mines since the war ended"], "30 — ", None),  # not the 130 injured
        (["combien de personnes sont mortes à cause des mines ?"], "30 — ", None),
    ],
)
def test_tags_and_the_dead(engine: Engine, flow: list[str], start: str, fact: str | None) -> None:
    answer = _follow(engine, flow)
    assert answer.headline.startswith(start), answer.headline
    assert fact is None or fact in answer.facts


def test_a_title_of_a_country_is_not_a_foundations(engine: Engine) -> None:
    # was 'Not according to my sources. Leyla Aliyeva: Vice-President of the Heydar Aliyev Foundation'
    assert not engine.ask("Is Mehriban Aliyeva the vice-president of Azerbaijan?").answered
    assert not engine.ask("Mehriban Aliyeva est-elle vice-présidente de l'Azerbaïdjan ?").answered
    assert engine.ask("Is Ilham Aliyev the president of Azerbaijan?").headline.startswith("Yes.")


def test_a_follow_up_answered_from_the_answer_keeps_the_question_for_the_next(engine: Engine) -> None:
    answer = _follow(
        engine, ["sustainable development report 2021 azerbaijan rank", "out of how many?", "and in 2022?"]
    )
    assert not answer.answered  # was every fact of 2022: the SDR rank's question had been forgotten


@pytest.mark.parametrize(
    ("question", "answered", "fact"),
    [
        ("EU membership azerbaijan", False, None),  # was UN membership: 'eu' is also French ('a eu lieu')
        ("Is Azerbaijan an EU member?", False, None),
        ("30 public meetings", True, "unsc-presidencies-statistics"),  # was a list of six meetings
        ("Совет Безопасности принял 4 резолюции в 1993 году?", True, "unsc-resolution-822"),  # a yes, not a list
    ],
)
def test_acronyms_and_figures_in_terse_questions(
    engine: Engine, question: str, answered: bool, fact: str | None
) -> None:
    answer = engine.ask(question)
    assert answer.answered is answered, answer.headline
    assert fact is None or fact in answer.facts


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["UN75 high level meeting when", "did aliyev take part?"], "un75-aliyev-video-address"),  # was a 2025 meeting
        (["un 75th anniversary meeting 2020", "what did aliyev say?"], "un75-aliyev-warning-armenian-aggression"),
    ],
)
def test_a_person_asked_after_an_event_is_asked_of_that_event(engine: Engine, flow: list[str], fact: str) -> None:
    assert fact in _follow(engine, flow).facts


@pytest.mark.parametrize(
    "question",
    [
        "Did the Security Council adopt resolution 822 unanimously?",
        "La résolution 822 a-t-elle été adoptée unanimement ?",
    ],
)
def test_how_it_was_done_must_be_said_for_a_yes(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # was 'Yes. Resolution 822 is one of the 4 resolutions ...'


def test_when_was_that_of_a_recalled_visit_is_not_the_day_it_was_recalled(engine: Engine) -> None:
    answer = _follow(engine, ["Guterres visited Azerbaijan as UN refugee chief?", "when was that?"])
    assert not answer.answered  # was 'That was on 25 September 2025', the day he recalled it
    recalled = _follow(engine, ["what did Guterres recall about his visit?", "when was that?"])
    assert recalled.headline == "That was on 25 September 2025."  # the recalling itself


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("l'Azerbaïdjan coopère-t-il avec le HCR ?", False),  # was 'Oui': Guterres recalled his visit as its head
        ("Does Azerbaijan cooperate with UNICEF?", True),
        ("Was the poverty reduction strategy in force in 2004?", True),  # a programme's span: 'in force' is a state
    ],
)
def test_a_yes_needs_what_was_done_not_only_the_names(engine: Engine, question: str, answered: bool) -> None:
    assert engine.ask(question).answered is answered


def test_working_together_is_cooperation(engine: Engine) -> None:
    answer = engine.ask("how did azerbaijan and the UN start working together")
    assert answer.facts[:1] == ("cooperation-established-after-ussr",)  # was the MDG support of the 2000s


@pytest.mark.parametrize(
    "question",
    [
        "why are there two dates for aliyev's 2021 speech?",  # was the mine victims of 2020-2021
        "When did Aliyev mention the Zangezur corridor at the UN?",  # was refused: 'mention' is a stopword
    ],
)
def test_the_disputed_address_is_found_by_how_people_ask(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert "unga76-aliyev-address-sep24" in answer.facts or "unga76-aliyev-address-sep23" in answer.facts


def test_how_many_times_without_a_kind_is_no_list_of_everything(engine: Engine) -> None:
    # was 'Facts — UN General Assembly (3)': two unrelated speeches and the visits 'in recent years'
    assert not engine.ask("Baş Assambleyanın sədri Azərbaycana neçə dəfə səfər edib?").answered
    assert engine.ask("how many times did Azerbaijan hold the Security Council presidency?").headline.endswith("(2):")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Were 30 journalists killed by mines?", "Not according to my sources."),  # 30 citizens, 2 journalists
        ("Did mines kill 30 people?", "Yes."),
        ("Did the war last 30 days?", "Not according to my sources. The Second Karabakh War"),  # not the 30 dead
        ("Did the war last 27 days?", "I don't have that"),  # not a yes from '27 September'
        ("did the war start on the 27th?", "Yes."),
        ("Did Azerbaijan assist more than 80 countries?", "Yes."),  # 'assist' was read as Zuev's 'Assistant'
        ("did azerbaijan give covid aid to over 100 countries", "As a donor country"),  # 'more than 80': neither
    ],
)
def test_a_figure_asked_is_checked_against_what_it_counts(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (
            [
                "when did the general assembly adopt a resolution on the occupied territories of azerbaijan?",
                "and the other one?",
            ],
            "unga-resolution-occupied-territories-2008",  # was the 2006 one again
        ),
        (
            ["when did the general assembly hold its special session on covid?", "who asked for it?"],
            "unga-covid-special-session-azerbaijan-initiative",  # was Aliyev's appeal about names
        ),
        (
            [
                "Combien de réunions publiques le Conseil a-t-il tenues pendant les présidences azerbaïdjanaises ?",
                "et de résolutions ?",
            ],
            "unsc-presidencies-statistics",  # was resolution 853
        ),
        (
            ["How many countries supported the vaccine resolution?", "who proposed it?"],
            "unga-covid-vaccine-resolution-2021",
        ),
    ],
)
def test_short_follow_ups_about_the_other_one_the_initiative_and_another_figure(
    engine: Engine, flow: list[str], fact: str
) -> None:
    answer = _follow(engine, flow)
    assert answer.answered, answer.headline
    assert fact in answer.facts
    assert not _follow(engine, ["resolution 822", "who proposed it?"]).answered  # (not a speech about it)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Kogda azerbaijan vstupil v oon", "un-membership-1992"),  # Russian typed in Latin letters
        ("kogda aliev vstrechalsya s guterreshem", "aliyev-guterres-meeting-2025"),
        ("postpredstvo azerbaijana pri oon kogda otkryli", "permanent-mission-opened-1992"),
        ("Азербайджан в ООН с какого года?", "un-membership-1992"),
        ("Зангезур", "aliyev-zangezur-corridor-unga-2021"),  # was 'My sources say nothing about Зангезур'
        ("Rəşad Əl-Xəfaci kimdir?", "rashad-al-khafaci-speech-intercultural-forum-2017"),
        ("Qosulmama Herekatina kim sedrlik edirdi", "azerbaijan-nam-chairmanship"),
        ("Təhlükəsizlik Şurasının qətnamələri neçə il icra olunmayıb?", "unsc-resolutions-unimplemented-27-years"),
    ],
)
def test_russian_and_azerbaijani_as_people_type_them(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert fact in answer.facts


@pytest.mark.parametrize(
    "question",
    [
        "Как зовут посла Азербайджана в ООН?",  # was the Bayramov-Zuev meeting
        "kogda azerbaijan vstupil v nato",
        "skolko chelovek pogiblo v vojne",  # war casualties are not in the sources (not the mines' 30)
        "Peyvənd qətnaməsinə qarşı neçə ölkə səs verib?",  # against: not the 179 in favour
    ],
)
def test_russian_and_azerbaijani_near_misses_are_refused(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


def test_a_figure_of_another_body_is_not_counted(engine: Engine) -> None:
    # was '4 — Les résolutions de l'Assemblée générale de 2006 et 2008 ...': the 4 are the Security Council's
    answer = engine.ask("Combien de résolutions de l'Assemblée générale sur les territoires occupés ?")
    assert answer.headline.startswith("2 dans mes sources"), answer.headline  # its own two, counted
    assert engine.ask("how many resolutions did the Security Council adopt in 1993?").headline.startswith("4 — ")


def test_what_was_discussed_when_they_met_asks_the_topics(engine: Engine) -> None:
    answer = engine.ask("What was discussed when Guterres met Bayramov in 2022?")  # was the meeting, dated
    assert answer.headline.startswith("At that meeting (19 September 2022):")
    assert not engine.ask("Which agency did Guterres head when he visited Azerbaijan?").answered


def test_at_whose_initiative_is_asked_of_the_answer(engine: Engine) -> None:
    flow = ["what did the general assembly put on its agenda in october 2004?", "at whose initiative?"]
    assert _follow(engine, flow).facts == ("unga-agenda-occupied-territories-2004",)  # was the COVID session's


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did the Second Karabakh War last 44 days?", "Yes."),  # was refused: 'lasted' far from the war's name
        ("İkinci Qarabağ müharibəsi 44 gün davam edib?", "Yes."),
        ("Was the COVID special session convened at Azerbaijan's initiative?", "Yes."),
        ("Did the Second Karabakh War last 30 days?", "Not according to my sources."),
    ],
)
def test_the_subject_of_a_statement_goes_with_all_it_says(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_what_place_in_a_report_is_a_rank(engine: Engine) -> None:
    answer = engine.ask("what place did azerbaijan get in the 2021 sustainable development report")
    assert answer.facts == ("sdr-2021-azerbaijan-rank",)  # was refused: a 'where' question


def test_a_question_offering_both_alternatives_is_no_no(engine: Engine) -> None:
    answer = engine.ask("did aliyev take part in the un75 meeting by video or in person?")
    assert not answer.headline.startswith("Not according")  # was a 'no' to a question that offers both
    assert "by video" in answer.headline


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # 'BMT-yə üzv olub' is joining it, not being a member then
        ("Azərbaycan BMT-yə 1993-cü ildə üzv olub?", "Not according to my sources."),
        ("Azerbaycan BMT-ye 6 may 1992 uzv olub?", "Not according to my sources."),
        ("Azərbaycan 1992-ci ildə BMT-yə üzv olub?", "Yes."),
        # a fact that denies what a Russian question, read only in part, asks is no plain 'yes'
        ("Есть ли в Азербайджане административная единица Нагорный Карабах?", "Ilham Aliyev told"),
        ("Гутерреш бывал в Азербайджане?", "Yes."),  # as High Commissioner for Refugees
        ("Guterres est-il déjà allé en Azerbaïdjan ?", "Oui."),
    ],
)
def test_yes_no_questions_from_the_fourth_probing_round(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли в Азербайджане Нагорный Карабах?",  # names alone: a Millennium Summit speech was its 'yes'
        "Армения положительно отреагировала на предложение о мире?",  # the fact: no positive reaction
        "did the security council condemn azerbaijan",  # the General Assembly condemned the settlement
        "did Guterres go to Baku?",  # 'no' from meetings in New York, though he visited Azerbaijan
    ],
)
def test_yes_no_questions_the_sources_do_not_settle_from_the_fourth_probing_round(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        # 'c'était à …?' is asked of the meeting just shown: not of Leyla Aliyeva's Baku speech, nor of a 2017
        # speech in New York; a meeting the sources do not place is refused
        (["Quand Aliyev a-t-il rencontré Guterres ?", "c'était à Bakou ?"], "aliyev-guterres-meeting-2025"),
        (["Quand Guterres a-t-il rencontré Baïramov ?", "c'était à New York ?"], None),
        # 'et après ?' asks what came next, not whether the guest book was signed 'after'
        (["Qui a signé le livre d'or de l'ONU ?", "où ça ?", "et après ?"], "aliyev-guterres-photo-2025"),
    ],
)
def test_place_and_next_follow_ups(engine: Engine, flow: list[str], fact: str | None) -> None:
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ((fact,) if fact else ()), to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # why the user asks, before or after the question, is no part of it
        (
            "I'm writing an essay: when did Azerbaijan open its permanent mission to the UN?",
            "permanent-mission-opened-1992",
        ),
        ("asking for my dad: when did Aliyev meet Guterres?", "aliyev-guterres-meeting-2025"),
        ("sorry to bother, but who signed the UNICEF agreement?", "unicef-cooperation-agreement-1994"),
        ("what did the 1993 resolutions demand? any idea?", "unsc-resolutions-1993-demands"),
        ("when did Aliyev meet Guterres? thanks in advance!", "aliyev-guterres-meeting-2025"),
        ("when did Azerbaijan join the UN lol", "un-membership-1992"),
        ("ugh I always forget, what was resolution 884 about??", "unsc-resolution-884"),
        ("для доклада: когда Азербайджан вступил в ООН?", "un-membership-1992"),
        # a second question after the first is kept
        ("Was Azerbaijan on the Security Council? When?", "unsc-non-permanent-member-2012-2013"),
    ],
)
def test_why_the_user_asks_is_not_part_of_the_question(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_a_preface_that_names_the_topic_is_kept(engine: Engine) -> None:
    # 'on covid' is what 'about it' refers to: dropping it left a question about nothing, answered with UNICEF
    answer = engine.ask(
        "I'm doing a school project on covid, what did Azerbaijan do at the UN general assembly about it?"
    )
    assert "unicef-cooperation-agreement-1994" not in answer.facts, to_plain(answer)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        # 'he … him': one person each, both of the meeting shown (not Bayramov telling Zuev in 2023)
        (
            ["When did Guterres meet Bayramov?", "what did he tell him about landmines?"],
            "bayramov-landmines-appeal-2022",
        ),
        (
            ["Quand Guterres a-t-il rencontré Baïramov ?", "que lui a-t-il dit sur les mines ?"],
            "bayramov-landmines-appeal-2022",
        ),
        # the meeting shown is the occasion, not the General Assembly it was held beside (the COVID session)
        (["When did the UN celebrate its 75th anniversary?", "did Aliyev speak?"], "un75-aliyev-video-address"),
    ],
)
def test_follow_ups_are_asked_of_the_people_and_occasion_just_shown(engine: Engine, flow: list[str], fact: str) -> None:
    answer = _follow(engine, flow)
    assert answer.facts[:1] == (fact,), to_plain(answer)


@pytest.mark.parametrize(
    "flow",
    [
        ["When did Guterres meet Bayramov?", "and the second one?"],  # not 'the second Karabakh war'
        ["When did Azerbaijan join the UN?", "and the second one?"],  # not the second Council presidency
        ["Quand l'Azerbaïdjan a-t-il rejoint l'ONU ?", "et la deuxième ?"],
    ],
)
def test_an_ordinal_with_nothing_to_pick_from_says_so(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert not answer.answered, to_plain(answer)
    assert answer.facts == _follow(engine, flow[:1]).facts  # about the one fact shown


def test_how_many_times_as_a_follow_up_counts_each_time(engine: Engine) -> None:
    flow = ["When was Azerbaijan on the Security Council?", "how many times did it preside?"]
    answer = _follow(engine, flow)
    assert set(answer.facts) == {"unsc-presidency-may-2012", "unsc-presidency-october-2013"}, to_plain(answer)
    second = _follow(engine, [*flow, "and the second one?"])
    assert second.facts[:1] == ("unsc-presidency-october-2013",), to_plain(second)


@pytest.mark.parametrize("question", ["what happened today", "anything today?", "que s'est-il passé hier ?"])
def test_today_is_a_day_asked_about_not_a_word_of_a_fact(engine: Engine, question: str) -> None:
    # it was answered with Al-Khafaci's remark on 'today's world'
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)
    assert answer.intent == "on_date", answer.intent


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # the ordinal asked is not the fact's: the 7th forum, the second presidency
        ("Did Azerbaijan host the 8th UNAOC forum?", None),
        ("Did Azerbaijan host the 7th UNAOC forum?", "Yes."),
        ("Did Azerbaijan hold its first UNSC presidency in October 2013?", "Not according to my sources."),
        # the war is asked about; a 2021 speech only speaks of it
        ("was the second karabakh war in 2021", "Not according to my sources."),
    ],
)
def test_false_premises_from_the_fourth_probing_round(engine: Engine, question: str, start: str | None) -> None:
    answer = engine.ask(question)
    if start is None:
        assert not answer.answered, to_plain(answer)
    else:
        assert answer.headline.startswith(start), answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Aliyev a-t-il signé un accord de paix avec l'Arménie à l'ONU en 2021 ?",  # he was ready to negotiate one
        "Aliyev a-t-il parlé par vidéo à la 72e session en 2017 ?",  # the fact does not say how
    ],
)
def test_a_yes_needs_every_word_asked(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.headline.startswith(("Oui", "Yes")), answer.headline


def test_a_yes_to_congratulating_is_backed_by_praise_not_by_a_mention(engine: Engine) -> None:
    # the 2022 talks only discussed the chairmanship; in 2025 Guterres praised it
    answer = engine.ask("Guterres a-t-il félicité l'Azerbaïdjan pour sa présidence du Mouvement des non-alignés ?")
    assert answer.headline.startswith("Oui.")
    assert answer.facts[:1] == ("guterres-praises-nam-chairmanship-2025",)


def test_what_a_country_said_is_not_a_fact_that_mentions_it(engine: Engine) -> None:
    # 'Between Armenia's signing of …' (Aliyev's figures) and Aliyev's disputed address are not Armenia's words
    assert not engine.ask("What did Armenia say at the UN in 2021?").answered


@pytest.mark.parametrize(
    "question", ["what did aliyev say at the UN in September 2021?", "Qu'a dit Aliyev à l'ONU en 2021 ?"]
)
def test_what_someone_said_is_not_a_title_they_held(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # it was 'Azerbaijan chaired the Non-Aligned Movement' (2020-2022)
    assert "azerbaijan-nam-chairmanship" not in answer.facts, to_plain(answer)
    assert answer.answered, to_plain(answer)


def test_a_when_follow_up_of_a_disputed_date_gives_both_dates(engine: Engine) -> None:
    answer = _follow(engine, ["How did Aliyev address the 76th session, in person or by video?", "when?"])
    assert set(answer.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        # no fact gives the figure; the facts of that kind meeting every constraint are counted and shown
        ("How many resolutions did the General Assembly adopt on the occupied territories?", "2 in my sources"),
        ("Combien de résolutions l'Assemblée générale a-t-elle adoptées sur les territoires occupés ?", "2 dans"),
        ("how many speeches did Heydar Aliyev give at the UN?", "3 in my sources"),
        ("How many meetings did Bayramov have?", "2 in my sources"),
    ],
)
def test_a_count_no_fact_gives_is_counted_from_the_facts_listed(engine: Engine, question: str, count: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(count), answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "How many meetings did Bayramov have with UN officials?",  # 'officials' would narrow the list: an undercount
        "How many countries voted against the COVID vaccine resolution?",  # countries are counted, not resolutions
    ],
)
def test_a_count_is_not_made_from_a_list_that_may_leave_some_out(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Did Zuev brief Bayramov on mine clearance?", False),  # Bayramov told Zuev: 'brief' is a word asked
        ("Did Bayramov brief Zuev on mine clearance?", True),
        # 'Zuev heard a detailed account …': the one who only listens is not the one who briefed
        ("Did Bayramov brief Zuev on Azerbaijan's donor work during the pandemic?", True),
    ],
)
def test_who_briefed_whom(engine: Engine, question: str, answered: bool) -> None:
    answer = engine.ask(question)
    assert answer.answered == answered, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # who it was done to: he congratulated Aliyev; the Assembly condemned the settlement of Armenians
        ("Guterres a-t-il félicité l'Arménie pour la paix ?", False),
        ("did the general assembly condemn azerbaijan?", False),
        ("did the general assembly condemn the settlement of armenians?", True),
        # who did it: the Assembly condemned, not the Council ('did the Council' with its article)
        ("did the security council condemn armenia?", False),
        ("did the security council adopt resolution 822?", True),
        ("did the covid vaccine resolution pass?", True),
        ("Did Guterres ever visit Azerbaijan?", True),
        ("Is Azerbaijan going to host the World Urban Forum in 2026?", True),
    ],
)
def test_who_did_what_to_whom_in_a_yes_no(engine: Engine, question: str, answered: bool) -> None:
    answer = engine.ask(question)
    assert answer.answered == answered, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # the latest of several of that kind in the sources, said to be so (not a 2013 meeting naming both)
        ("what was the most recent meeting between azerbaijan and the UN", "aliyev-guterres-meeting-2025"),
        ("what was the last resolution adopted on azerbaijan", "unga-covid-vaccine-resolution-2021"),
    ],
)
def test_the_latest_of_a_kind(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)
    assert any(note.startswith("The latest of") for note in answer.notes), answer.notes


@pytest.mark.parametrize(
    "flow",
    [
        ["When did Mehriban Aliyeva get the WIPO gold medal?", "why?"],
        ["Quand l'Azerbaïdjan a-t-il reçu le diplôme spécial de la FAO ?", "pourquoi ?"],
        ["When was Leyla Aliyeva named FAO Goodwill Ambassador?", "what for?"],
    ],
)
def test_why_an_award_was_given_is_its_for_clause(engine: Engine, flow: list[str]) -> None:
    # 'for her contribution to …' is the reason: it was 'The sources do not say why.'
    answer = _follow(engine, flow)
    assert answer.answered, to_plain(answer)
    assert answer.facts == _follow(engine, flow[:1]).facts[:1]


@pytest.mark.parametrize("question", ["when was the UN-OIC meeting?", "Quand a eu lieu la réunion ONU-OCI ?"])
def test_the_word_for_the_facts_kind_need_not_sit_beside_its_names(engine: Engine, question: str) -> None:
    # 'a high-level Council meeting on expanding cooperation between the UN and the OIC': far apart, one meeting
    assert engine.ask(question).facts[:1] == ("unsc-un-oic-meeting-2013",)


@pytest.mark.parametrize(
    "question",
    [
        # a well-known name the sources never use rules an answer out, in any language or case
        "когда путин встречался с алиевым",  # was the Aliyev-Guterres meeting
        "когда грузия вступила в оон",  # was Azerbaijan's membership
        "резолюции СБ ООН по украине",  # was the four Karabakh resolutions
        "Quterreş Putinlə nə vaxt görüşüb?",
        "how many resolutions did the security council adopt on syria",  # was '4 —'
        # who started it: the sources give only one side's account; nor did Azerbaijan start the WFP's operation
        "Did Azerbaijan start the 2020 war?",
        "Did Azerbaijan start a food programme?",
    ],
)
def test_near_misses_from_the_second_probing_round(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # one country put where the fact puts the other is a no, with the fact
        ("Did the 1993 resolutions reaffirm Armenia's territorial integrity?", "Not according to my sources."),
        ("Did Aliyev say Azerbaijan was defeated on the battlefield?", "Not according to my sources."),
        ("Did Aliyev warn that Azerbaijan was preparing a new aggression against Armenia?", "Not according"),
        ("Did Aliyev put the responsibility for the escalation on Azerbaijan's leadership?", "Not according"),
        ("L'Azerbaïdjan a-t-il signé l'acte de capitulation ?", "Pas d'après mes sources."),
        # and the right way round stays a yes
        ("Did the 1993 resolutions reaffirm Azerbaijan's territorial integrity?", "Yes."),
        ("Did Aliyev say peace prevails between Azerbaijan and Armenia?", "Yes."),
        ("Were Azerbaijani territories under occupation for almost 30 years?", "Yes."),
    ],
)
def test_the_two_countries_swapped_is_a_no(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline


@pytest.mark.parametrize(
    "question",
    [
        # the sources count only those who supported it
        "How many countries did not support the vaccine resolution?",
        "How many countries rejected the COVID-19 vaccine resolution?",
        "Combien de pays n'ont pas soutenu la résolution sur les vaccins ?",
        "Сколько стран не поддержали резолюцию о вакцинах?",
        "Vaksin qətnaməsini neçə ölkə dəstəkləməyib?",
        # the 30 killed were Azerbaijani citizens
        "How many Armenians were killed by mines?",
        "Combien d'Arméniens ont été tués par des mines ?",
    ],
)
def test_a_count_of_the_opposite_or_of_other_people_is_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)


@pytest.mark.parametrize(
    "question",
    [
        # the sources say they spoke there, not what they said; nor is the overview's praise Aliyev's words
        "What did Aliyev say at the COVID special session?",
        "What did Leyla Aliyeva say at the intercultural forum?",
        "What did Aliyev say at the Security Council meeting he chaired in 2012?",
    ],
)
def test_what_was_said_where_the_sources_only_say_someone_spoke_is_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, to_plain(answer)


def test_what_was_said_at_the_un75_meeting_is_his_warning(engine: Engine) -> None:
    answer = engine.ask("What did Aliyev say at the 75th anniversary meeting?")
    assert answer.facts[:1] == ("un75-aliyev-warning-armenian-aggression",), to_plain(answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # what the user says others say, and chatter, is not the question
        ("my professor says Azerbaijan joined the UN in 1991, is he right?", "un-membership-1992"),
        ("someone told me the war lasted 44 days, true?", "second-karabakh-war-2020"),
        ("guys when did azerbaijan join the UN", "un-membership-1992"),
        ("salut tout le monde! qqn sait quand l'azerbaidjan a rejoint l'onu ?", "un-membership-1992"),
        # a rank asked with 'where', a name holding 'Population', 'covid19', 'инициировал'
        ("Where did Azerbaijan rank in the 2021 Sustainable Development Report?", "sdr-2021-azerbaijan-rank"),
        ("Tell me about the UN Population Fund", "unfpa-diploma-mehriban-aliyeva-2015"),
        ("covid19 special session who initiated", "unga-covid-special-session-azerbaijan-initiative"),
        ("кто инициировал спецсессию ГА по ковиду", "unga-covid-special-session-azerbaijan-initiative"),
    ],
)
def test_messy_questions_from_the_second_probing_round(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_the_second_of_someones_speeches(engine: Engine) -> None:
    flow = ["When did Heydar Aliyev speak at the UN General Assembly?", "and the second one?"]
    assert _follow(engine, flow).facts[:1] == ("heydar-aliyev-un-50th-anniversary-speech",)


@pytest.mark.parametrize(
    ("flow", "answered"),
    [
        (["Who is Rashad Al-Khafaci?", "what did he say?"], True),  # the address says what he stressed
        (["When did Aliyev speak at the COVID special session?", "what did he say?"], False),  # only that he spoke
    ],
)
def test_what_did_he_say_of_an_address_that_says_it(engine: Engine, flow: list[str], answered: bool) -> None:
    answer = _follow(engine, flow)
    assert answer.answered == answered, to_plain(answer)


@pytest.mark.parametrize(
    "flow",
    [
        # the sources say when the war began, and whose account that is; never who began it
        ["When did the Second Karabakh War start?", "who started it?"],
        ["Who started the Second Karabakh War?"],
    ],
)
def test_who_started_the_war_is_not_answered(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert not answer.answered, to_plain(answer)
    assert "Armenia." not in answer.headline


@pytest.mark.parametrize(
    "flow",
    [
        ["when did aliyev meet guterres", "and when did azerbaijan join the UN?"],  # was the 76th-session dispute
        ["Quand Aliev a-t-il rencontré Guterres ?", "et quand l'Azerbaïdjan a-t-il rejoint l'ONU ?"],
        ["zuev 2023", "а когда азербайджан вступил в оон?"],
    ],
)
def test_a_whole_question_after_and_is_a_new_question(engine: Engine, flow: list[str]) -> None:
    assert _follow(engine, flow).facts[:1] == ("un-membership-1992",)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # killed is not injured, in Russian and Azerbaijani too
        ("Мины убили 130 человек?", "Not according to my sources."),
        ("Minalar 130 nəfəri öldürübmü?", "Not according to my sources."),
        ("Мины убили 2 журналистов?", "Yes."),
        # the figure of what is counted, not of what it was counted during
        ("how many resolutions did the council adopt under azerbaijan's presidency", "7 — "),
        ("how many people killed by mines after the war", "30 — "),
    ],
)
def test_figures_in_every_language(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(start), answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Combien de journalistes ont été blessés par des mines ?",  # 2 were killed; 130 people were injured
        "Сколько журналистов были ранены минами?",
        "Minalardan neçə jurnalist yaralanıb?",
    ],
)
def test_injured_journalists_are_not_counted(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("flow", "fact", "answered"),
    [
        # the war 'began on 27 September 2020 and lasted 44 days': its end is no date the sources give
        (["When did the Second Karabakh War start?", "when did it end?"], "second-karabakh-war-2020", False),
        (["Вторая карабахская война когда началась?", "а когда закончилась?"], "second-karabakh-war-2020", False),
        # 'at which session?' of the 2006 resolution: the fact shown says which (not the COVID special session)
        (
            ["When did the General Assembly adopt its resolution on the occupied territories?", "at which session?"],
            "unga-resolution-occupied-territories-2006",
            True,
        ),
        (
            ["Когда ГА ООН приняла резолюцию об оккупированных территориях?", "на какой сессии?"],
            "unga-resolution-occupied-territories-2006",
            True,
        ),
    ],
)
def test_follow_ups_asking_which_or_when_it_ended(engine: Engine, flow: list[str], fact: str, answered: bool) -> None:
    answer = _follow(engine, flow)
    assert answer.answered == answered, to_plain(answer)
    assert answer.facts[:1] == (fact,), to_plain(answer)


def test_which_session_of_a_fact_that_names_none_is_refused(engine: Engine) -> None:
    answer = _follow(engine, ["When did Azerbaijan join the UN?", "which session?"])
    assert not answer.answered, to_plain(answer)


def test_an_attache_is_not_what_a_country_attaches_importance_to(engine: Engine) -> None:
    answer = engine.ask("What does Azerbaijan attach particular importance to in its cooperation with the UN?")
    assert answer.facts[:1] == ("sdgs-particular-importance-azerbaijan",), to_plain(answer)  # not FAO attaché


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["28 октября 2013 что было в Совбезе"], "unsc-un-oic-meeting-2013"),  # 'было' asks what happened
        (["Zuyev kimdir?", "Bayramovla nə vaxt görüşüb?"], "bayramov-zuev-meeting-2023"),  # met whom: Zuev
    ],
)
def test_russian_and_azerbaijani_from_the_third_probing_round(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


def test_bes_after_a_refused_name_swaps_the_name(engine: Engine) -> None:
    refused = engine.ask("Azerbaycan NATO-ya uzv olub?")  # the chat keeps a refusal's context when it names a lack
    assert not refused.answered
    assert refused.context.get("unknown")
    assert engine.ask("bes BMT-ye?", context=refused.context).facts[:1] == ("un-membership-1992",)


@pytest.mark.parametrize(
    ("flow", "facts"),
    [
        # 'which ones?' after a count: the ones counted
        (
            ["How many resolutions did the Security Council adopt on the conflict in 1993?", "which ones?"],
            {"unsc-resolution-822", "unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884"},
        ),
        (
            ["Сколько резолюций Совет Безопасности принял в 1993 году по конфликту?", "какие?"],
            {"unsc-resolution-822", "unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884"},
        ),
    ],
)
def test_which_ones_lists_what_was_counted(engine: Engine, flow: list[str], facts: set[str]) -> None:
    assert set(_follow(engine, flow).facts) == facts


@pytest.mark.parametrize(
    "flow",
    [
        ["When did Azerbaijan join the UN?", "which ones?"],  # one fact: nothing to list
        ["What's the weather in Baku today?"],  # was Al-Khafaci's 'today's world'
        ["today in history"],
    ],
)
def test_conversation_refusals_from_the_third_probing_round(engine: Engine, flow: list[str]) -> None:
    assert not _follow(engine, flow).answered


@pytest.mark.parametrize(
    "flow",
    [
        ["What did Guterres and Aliyev discuss in 2025?"],  # 'Aliyev' may be Heydar: the meeting is Ilham's
        ["Где встретились Алиев и Гутерреш в 2025 году?", "что он сделал перед встречей?", "о чём они говорили?"],
    ],
)
def test_what_they_discussed_lists_the_meetings_topics(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert "guterres-congratulates-cop29-2025" in answer.facts, to_plain(answer)


def test_which_of_what_a_fact_only_counts_is_refused(engine: Engine) -> None:
    # 'the minefield maps for three regions': counted, never named (it was the economic zones' decree)
    flow = ["How many regions do the minefield maps cover?", "which regions?"]
    assert not _follow(engine, flow).answered


def test_what_other_awards_are_hers_but_the_one_shown(engine: Engine) -> None:
    flow = ["When was Mehriban Aliyeva made a UNESCO Goodwill Ambassador?", "what other awards did she get?"]
    facts = set(_follow(engine, flow).facts)
    assert facts == {"mehriban-aliyeva-wipo-gold-medal-2006", "unfpa-diploma-mehriban-aliyeva-2015"}


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        # asked in the time of the presidencies just shown (not the 179 of the 2021 vaccine resolution)
        (
            [
                "Quand l'Azerbaïdjan a-t-il présidé le Conseil de sécurité ?",
                "et la deuxième fois ?",
                "combien de résolutions ont été adoptées ?",
            ],
            "unsc-presidencies-statistics",
        ),
        # 'when did it preside?' of the seat: the presidencies
        (
            ["Когда Азербайджан был членом Совета Безопасности ООН?", "когда он председательствовал?"],
            "unsc-presidency-may-2012",
        ),
        (
            ["How many people were killed by mines after 10 November 2020?", "and how many were injured?"],
            "mine-victims-since-november-2020",
        ),
    ],
)
def test_count_and_when_follow_ups_from_the_third_probing_round(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


@pytest.mark.parametrize(
    "flow",
    [
        ["Когда началась вторая карабахская война?", "сколько человек погибло на войне?"],  # not its 44 days
        ["Tell me about the COVID-19 vaccine resolution", "How many voted against it?"],  # only the 179 for it
    ],
)
def test_a_count_follow_up_the_previous_fact_does_not_give_is_refused(engine: Engine, flow: list[str]) -> None:
    assert not _follow(engine, flow).answered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # his words on it, before a fact saying the topic came up at a meeting
        ("What did Guterres say about the NAM chairmanship?", "guterres-praises-nam-chairmanship-2025"),
        (
            "Quterreş Azərbaycanın Qoşulmama Hərəkatına sədrliyi barədə nə dedi?",
            "guterres-praises-nam-chairmanship-2025",
        ),
        (
            "I'm a journalist, what did Guterres say about COP29 when he met Aliyev?",
            "guterres-congratulates-cop29-2025",
        ),
    ],
)
def test_what_someone_said_on_a_topic_is_their_words_on_it(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 'quelle année' asks the year, not which resolution ('one of the 4' is no vague answer to it)
        ("en quelle annee la resolution 853 a ete adoptee", "unsc-resolution-853"),
        # how someone described something is what they said of it
        (
            "Comment Baïramov a-t-il décrit les relations de l'Azerbaïdjan avec l'ONU ?",
            "bayramov-un-relations-rising-2022",
        ),
        ("How did Bayramov describe Azerbaijan's relations with the UN?", "bayramov-un-relations-rising-2022"),
    ],
)
def test_french_and_english_from_the_third_probing_round(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    "question", ["What do UNDP and UNIDO do in Azerbaijan?", "Que font le PNUD et l'ONUDI en Azerbaïdjan ?"]
)
def test_of_facts_alike_the_one_about_fewer_things_leads(engine: Engine, question: str) -> None:
    # their own fact, not the list of every agency Azerbaijan works with that names them (a tie on words)
    assert engine.ask(question).facts[:1] == ("undp-unido-relations",)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # a verb inverted with its pronoun makes a French yes/no, plural subject or not
        ("Les résolutions de 1993 exigeaient-elles un cessez-le-feu immédiat ?", "Oui."),
        (
            "Les résolutions de 1993 exigeaient-elles le retrait des forces azerbaïdjanaises ?",
            "Pas d'après mes sources.",
        ),
        ("Le PNUD soutient-il l'ANAMA ?", "Oui."),
    ],
)
def test_french_inversion_makes_a_yes_no(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "flow",
    [
        ["What did Zuev say about the country's development?"],
        ["Qu'a dit Zuev sur les forces de l'ordre azerbaïdjanaises ?", "et sur le développement du pays ?"],
    ],
)
def test_what_zuev_said_is_not_what_azerbaijan_told_him(engine: Engine, flow: list[str]) -> None:
    # 'At the meeting with Zuev, Azerbaijan drew attention to …' is spoken to Zuev; 'the country' is Azerbaijan
    assert _follow(engine, flow).facts[:1] == ("zuev-praises-development-2023",)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Combien de fois l'Azerbaïdjan a-t-il présidé le Conseil de sécurité ?", "2 dans mes sources"),
        ("How many times did Heydar Aliyev speak at the UN?", "3 in my sources"),
    ],
)
def test_how_many_times_leads_with_the_number(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "question", ["who was it that signed the UNICEF deal?", "qui est-ce qui a signé l'accord avec l'UNICEF ?"]
)
def test_a_cleft_question_is_the_plain_one(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("unicef-cooperation-agreement-1994",)


@pytest.mark.parametrize(
    "question",
    [
        "when did Guterres visit Azerbaijan?",
        "quand Guterres est-il venu en Azerbaïdjan ?",
        "Guteres Azərbaycana nə vaxt gəlib?",
    ],
)
def test_a_visit_only_recalled_is_shown_undated(engine: Engine, question: str) -> None:
    # the remark of 25 September 2025 recalls the visit; its date is not the visit's
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.facts == ("guterres-recalls-unhcr-visit-2025",)
    assert "2025" in answer.headline
    assert answer.headline.startswith(("The sources do not say when", "Les sources"))


@pytest.mark.parametrize(
    "question",
    ["Which countries did Azerbaijan help with vaccines?", "quels pays l'Azerbaïdjan a-t-il aidés avec des vaccins ?"],
)
def test_which_countries_needs_a_fact_naming_them(engine: Engine, question: str) -> None:
    # 'rich and poor countries' in a speech does not say which countries
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "À quelle date l'Assemblée générale a-t-elle voté sa résolution de 2006 sur les territoires occupés ?",
        "when did the general assembly vote on the occupied territories resolution in 2006?",
    ],
)
def test_a_body_that_voted_a_resolution_adopted_it(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("unga-resolution-occupied-territories-2006",)


@pytest.mark.parametrize(
    "question",
    [
        "When did Ilham Aliyev most recently meet António Guterres?",
        "what was the last meeting between aliyev and guterres",
    ],
)
def test_the_latest_of_one_is_answered_as_the_only_one(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == ("aliyev-guterres-meeting-2025",)
    assert "The only one in my sources" in to_plain(answer)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (
            [
                "Azərbaycan Gənclər siyasəti üzrə Qlobal Forumu harada keçirib?",
                "Bəs Sivilizasiyalar Alyansının Qlobal Forumunu?",
            ],
            "unaoc-global-forum-2016",
        ),
        (
            ["When did Mehriban Aliyeva become a UNESCO goodwill ambassador?", "and Leyla Aliyeva?"],
            "leyla-aliyeva-fao-goodwill-ambassador-2015",
        ),
        (
            ["When did Mehriban Aliyeva get the WIPO gold medal?", "and the UNFPA diploma?"],
            "unfpa-diploma-mehriban-aliyeva-2015",
        ),
        (["Azərbaycan TŞ-yə nə vaxt sədrlik edib?", "bəs 2013-cü ildə?"], "unsc-presidency-october-2013"),
    ],
)
def test_and_what_about_takes_the_new_name_or_thing(engine: Engine, flow: list[str], fact: str) -> None:
    # 'Bəs' opens a follow-up, capitalised or not; a name or a thing of another body is the same question of it
    first = engine.ask(flow[0])
    assert fact in engine.ask(flow[1], context=first.context).facts


def test_a_subject_after_a_date_is_still_the_subject(engine: Engine) -> None:
    # 'In 2015, Leyla Aliyeva, Vice-President of …, was named FAO Goodwill Ambassador': far apart, but hers
    answer = engine.ask("When did Leyla Aliyeva become a goodwill ambassador?")
    assert answer.facts[:1] == ("leyla-aliyeva-fao-goodwill-ambassador-2015",)


@pytest.mark.parametrize(
    "question",
    [
        "how many times did Azerbaijan preside over the Council?",
        "Сколько раз Азербайджан председательствовал в Совете?",
        "Azərbaycan Şuraya neçə dəfə sədrlik edib?",
        "combien de fois l'Azerbaïdjan a-t-il présidé le Conseil ?",
    ],
)
def test_the_council_alone_is_the_security_council(engine: Engine, question: str) -> None:
    # not the Non-Aligned Movement's chairmanship counted with the two presidencies
    answer = engine.ask(question)
    assert answer.headline.startswith(("2 in my sources", "2 dans mes sources")), answer.headline
    assert "azerbaijan-nam-chairmanship" not in answer.facts


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how many displaced people have actually gone back home so far", "great-return-53000-idps-2025"),
        ("which years was azerbaijan sitting on the security council", "unsc-non-permanent-member-2012-2013"),
    ],
)
def test_everyday_wording(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("est ce que l azerbaidjan envoie des casques bleus ?", "azerbaijan-peacekeepers-appreciated-2023"),
        ("la FAO a donné un diplôme à l'azerbaidjan en quelle année ?", "fao-special-diploma-2015"),
    ],
)
def test_french_light_verbs_ask_nothing_of_their_own(engine: Engine, question: str, fact: str) -> None:
    # 'donné', 'envoie' are what 'gave', 'send' are in English: the thing given or sent is what is asked
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,)
    assert answer.lang == "fr"


@pytest.mark.parametrize(
    "flow",
    [
        [
            "Quand l'Azerbaïdjan a-t-il présidé le Conseil de sécurité pour la première fois ?",
            "qui présidait la réunion ?",
            "et la seconde fois c'était quand ?",
        ],
        [
            "When did Azerbaijan preside over the Security Council for the first time?",
            "who chaired the meeting?",
            "and the second time, when was it?",
        ],
    ],
)
def test_the_first_time_and_the_second(engine: Engine, flow: list[str]) -> None:
    # 'la première fois' is 'the first time', not an ordinal the fact must hold; the second time is the second
    # presidency, not Aliyev's next meeting of any kind
    answers = []
    context = None
    for question in flow:
        answers.append(engine.ask(question, context=context))
        context = answers[-1].context
    assert answers[0].facts[:1] == ("unsc-presidency-may-2012",)
    assert answers[2].facts[:1] == ("unsc-presidency-october-2013",)


@pytest.mark.parametrize("question", ["aliev a vu guteres ?", "Aliev a-t-il déjà vu Guterres ?"])
def test_seeing_someone_is_meeting_them(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.lang == "fr"
    assert answer.headline.startswith("Oui.")
    assert answer.facts[:1] == ("aliyev-guterres-meeting-2025",)


@pytest.mark.parametrize(
    "question",
    [
        "in 2017 what reason did aliyev give for why the conflict still wasnt solved",
        "d apres aliev c'est la faute a quoi si le conflit etait pas reglé",
        "selon aliev pourquoi le conflit n'était pas réglé ?",
        "why did aliyev think the conflict was taking so long to settle",
    ],
)
def test_why_the_conflict_was_not_settled(engine: Engine, question: str) -> None:
    # 'solved' and 'réglé' are the settlement; 'why' prefers the fact that names a reason (not 'it was settled')
    assert engine.ask(question).facts[:1] == ("ilham-aliyev-unga-72-lack-of-pressure",)


@pytest.mark.parametrize(
    "question",
    [
        "which date is right for Aliyev's speech at the 76th session, 23 or 24 September?",
        "quelle est la bonne date du discours d'Aliyev à la 76e session ?",
    ],
)
def test_the_disputed_address_shows_both_dates(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(("The sources disagree", "Les sources ne concordent pas"))
    assert {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"} <= set(answer.facts)


def test_when_someone_said_a_thing_ended_is_the_day_said(engine: Engine) -> None:
    # the day he said it is what is asked, not when the conflict ended (a day the sources do not give)
    answer = engine.ask("when did aliyev tell the UN that the conflict was over?")
    assert answer.answered
    assert "aliyev-30-year-conflict-resolved-2021" in answer.facts
    assert "23 September 2021" in to_plain(answer)


@pytest.mark.parametrize(
    "question",
    [
        "what is Zuev's position?",
        "what job does Zuev have",
        "Какую должность занимал Александр Зуев?",
        "Zuevin vəzifəsi nədir?",
        "quel poste occupe Zouev ?",
    ],
)
def test_a_position_or_post_is_the_role(engine: Engine, question: str) -> None:
    assert (
        "Assistant Secretary-General" in engine.ask(question).headline
        or "Sous-secrétaire" in engine.ask(question).headline
    )


def test_exact_dates_of_an_event_dated_by_year_are_not_given(engine: Engine) -> None:
    answer = engine.ask("On what exact dates will the 2026 World Urban Forum be held?")
    assert not answer.answered
    assert answer.headline == "The sources do not give the exact date; they say 2026."


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("10 noyabr 2020-ci ildən sonra minalardan neçə nəfər yaralanıb?", "130"),  # 'after' follows the date
        ("İkinci Qarabağ müharibəsi 30 gün sürübmü?", "Not according to my sources."),  # 'sürüb': lasted
        ("İkinci Qarabağ müharibəsi 44 gün sürüb?", "Yes."),
    ],
)
def test_azerbaijani_after_a_date_and_lasting(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "question", ["Did Azerbaijan join the UN in 2012?", "Azerbaijan joined the UN in 2012, right?"]
)
def test_joining_the_un_is_not_a_seat_on_the_council(engine: Engine, question: str) -> None:
    # the 2012-2013 Security Council term is membership of a body within the UN, not of the UN
    answer = engine.ask(question)
    assert answer.headline.startswith("Not according to my sources.")
    assert answer.facts[:1] == ("un-membership-1992",)


@pytest.mark.parametrize(
    ("flow", "fact", "name"),
    [
        (["where did Leyla Aliyeva speak in 2017?", "who else spoke there?"],
         "rashad-al-khafaci-speech-intercultural-forum-2017", "Rashad Al-Khafaci"),
        (["When did Mehriban Aliyeva get the UNFPA diploma?", "who else was honoured that year?"],
         "south-south-award-2015", "Ilham Aliyev"),
    ],
)  # fmt: skip
def test_who_else_looks_at_the_same_occasion(engine: Engine, flow: list[str], fact: str, name: str) -> None:
    answer = _follow(engine, flow)
    assert fact in answer.facts
    assert name in answer.headline


@pytest.mark.parametrize(
    "flow",
    [["When did Aliyev sign the UN guest book?", "who else was there?"],
     ["quand aliev a signé le livre d'or de l'onu ?", "qui d'autre était là ?"]],
)  # fmt: skip
def test_who_else_was_at_the_guest_book_signing(engine: Engine, flow: list[str]) -> None:
    # the photo taken there that day names Guterres
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ("aliyev-guterres-photo-2025",)
    assert "Guterres" in answer.headline


def test_who_else_with_nobody_else_says_so(engine: Engine) -> None:
    answer = _follow(engine, ["When did Guterres meet Bayramov?", "who else was there?"])
    assert not answer.answered
    assert answer.headline == "The sources name nobody else there besides António Guterres and Jeyhun Bayramov."


def test_how_many_tons_was_that_in_french(engine: Engine) -> None:
    answer = _follow(
        engine, ["le pam a lancé son aide d'urgence en azerbaidjan quand ?", "ça représentait combien de tonnes ?"]
    )
    assert answer.facts[:1] == ("wfp-food-aid-160000-tons",)


@pytest.mark.parametrize(
    "question", ["Что Байрамов сказал Гутеррешу о Грузии?", "What did Bayramov tell Guterres about Georgia?"]
)
def test_what_was_said_about_a_country_no_source_names_is_refused(engine: Engine, question: str) -> None:
    # not every topic of their meeting
    answer = engine.ask(question)
    assert not answer.answered
    assert "Georgia" in answer.headline


def test_were_they_implemented_is_a_no(engine: Engine) -> None:
    # 'had still not been implemented and called for a mechanism to implement them': the purpose is no 'yes'
    flow = ["Which Security Council resolutions were adopted on Karabakh in 1993?", "were they implemented?"]
    assert _follow(engine, flow).headline.startswith("Not according to my sources.")


def test_always_a_donor_is_a_no(engine: Engine) -> None:
    answer = engine.ask("Has Azerbaijan always been a donor?")
    assert answer.headline.startswith("Not according to my sources.")
    assert answer.facts == ("azerbaijan-aid-recipient-to-donor-2023",)


def test_is_that_certain_of_a_disputed_date_shows_both(engine: Engine) -> None:
    answer = _follow(engine, ["When did Aliyev speak at the 76th General Assembly?", "is that certain?"])
    assert answer.headline == "The sources disagree on this; here is what each says:"
    assert set(answer.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}


def test_what_he_said_after_when_he_spoke_is_his_words(engine: Engine) -> None:
    answer = _follow(engine, ["Quand Aliev a-t-il parlé à la 76e session ?", "et qu'a-t-il dit sur le Haut-Karabakh ?"])
    assert answer.facts == ("unga76-aliyev-address-sep23",)
    assert answer.headline.startswith("Le 23 septembre 2021")


def test_that_programme_is_the_wfp_and_it_was_for_the_displaced(engine: Engine) -> None:
    flow = ["How much food did the WFP give refugees in Azerbaijan?", "when did that programme start?"]
    started = _follow(engine, flow)
    assert started.facts[:1] == ("wfp-emergency-food-operation-1993",)
    recipients = engine.ask("who was it for?", context=started.context)
    assert recipients.headline.startswith("In 1993, the UN World Food Programme started")  # the statement says


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("What did the Security Council resolutions demand?", "unsc-resolutions-1993-demands"),
        ("Qu'ont exigé les quatre résolutions du Conseil de sécurité ?", "unsc-resolutions-1993-demands"),
        ("What did the General Assembly resolutions on the occupied territories say?",
         "unga-resolutions-occupied-territories-content"),
    ],
)  # fmt: skip
def test_what_resolutions_demanded_is_theirs_not_those_citing_them(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("I read that Azerbaijan joined the UN in 1992. Is that true?", "Yes."),
        ("I heard Azerbaijan joined the UN in 1991. Correct?", "Not according to my sources."),
    ],
)
def test_a_claim_heard_or_read_is_checked(engine: Engine, question: str, start: str) -> None:
    # 'read' is not a misspelt 'Rəşad'
    answer = engine.ask(question)
    assert answer.headline.startswith(start)
    assert answer.facts[:1] == ("un-membership-1992",)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Qui a été nommé ambassadeur de bonne volonté de la FAO ?", "leyla-aliyeva-fao-goodwill-ambassador-2015"),
        ("mehriban unesco ambassador when", "mehriban-aliyeva-unesco-goodwill-ambassador-2004"),
        ("Когда Лейла Алиева стала послом ФАО?", "leyla-aliyeva-fao-goodwill-ambassador-2015"),
        ("Qui a décerné le prix Sud-Sud à Ilham Aliyev ?", "south-south-award-2015"),
        ("Pourquoi, d'après Aliev, le règlement du conflit a-t-il pris autant de retard ?",
         "ilham-aliyev-unga-72-lack-of-pressure"),
    ],
)  # fmt: skip
def test_an_ambassador_of_a_named_body_is_its_goodwill_ambassador(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


def test_her_awards_after_her_unesco_title_are_all_of_hers(engine: Engine) -> None:
    answer = _follow(engine, ["Когда Мехрибан Алиеву назначили послом ЮНЕСКО?", "а какие награды у неё?"])
    assert set(answer.facts) == {"mehriban-aliyeva-wipo-gold-medal-2006", "unfpa-diploma-mehriban-aliyeva-2015"}


@pytest.mark.parametrize("last", ["what was his job again?", "who is he?", "quel est son rôle ?"])
def test_his_job_is_the_card_of_the_person_just_named(engine: Engine, last: str) -> None:
    answer = _follow(
        engine, ["What conference on mines was held in Baku?", "who congratulated Azerbaijan on it?", last]
    )
    assert answer.headline.startswith(("Alexander Zuev", "Alexandre Zouev"))
    assert "bayramov-zuev-meeting-2023" in answer.facts


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["What did Heydar Aliyev say at the UN in 1995?", "and before that?"], "heydar-aliyev-unga-49-speech"),
        (["What did Heydar Aliyev say at the UN in 1995?", "et après ?"], "heydar-aliyev-millennium-summit-speech"),
    ],
)
def test_before_and_after_that_step_through_a_series(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


def test_before_the_first_of_a_series_there_is_none(engine: Engine) -> None:
    answer = _follow(engine, ["When did Heydar Aliyev speak at the 49th session?", "and before that?"])
    assert not answer.answered
    assert answer.headline == "My sources record no earlier one of that kind."


@pytest.mark.parametrize(
    "question",
    [
        "tell me about Azerbaijan's presidency of the Security Council",
        "Parlez-moi de la présidence azerbaïdjanaise du Conseil de sécurité.",
    ],
)
def test_tell_me_about_shows_each_of_a_kind(engine: Engine, question: str) -> None:
    # both presidencies, not the first alone ('Parlez-moi de' asks to be told, like 'Parle-moi de')
    answer = engine.ask(question)
    assert {"unsc-presidency-may-2012", "unsc-presidency-october-2013"} <= set(answer.facts)


@pytest.mark.parametrize(
    "question",
    [
        "Which UN General Assembly meetings did Heydar Aliyev speak at?",
        "À quelles sessions de l'Assemblée générale Heydar Aliev est-il intervenu ?",
    ],
)
def test_meetings_someone_spoke_at_are_their_speeches(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert {"heydar-aliyev-unga-49-speech", "heydar-aliyev-un-50th-anniversary-speech"} <= set(answer.facts)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("What role did Azerbaijan play in the Non-Aligned Movement?", "azerbaijan-nam-chairmanship"),
        ("What did Azerbaijan achieve during its time on the UN Security Council?",
         "unsc-membership-diplomatic-achievement"),
    ],
)  # fmt: skip
def test_what_a_country_did_somewhere(engine: Engine, question: str, fact: str) -> None:
    assert fact in engine.ask(question).facts


def test_the_mine_action_conference_is_the_mine_threat_one(engine: Engine) -> None:
    answer = engine.ask("who congratulated Azerbaijan on the mine action conference?")
    assert answer.facts[:1] == ("mine-threat-conference-baku-2023",)


@pytest.mark.parametrize(
    "flow",
    [
        ["Parle-moi des résolutions de l'AG sur les territoires occupés de l'Azerbaïdjan", "que demandaient-elles ?"],
        ["When did the General Assembly adopt resolutions on the occupied territories?", "what did they demand?"],
    ],
)
def test_what_they_demanded_is_the_resolutions_not_a_speech(engine: Engine, flow: list[str]) -> None:
    # not Aliyev's appeal on the names of the occupied territories, which shares their topic
    assert _follow(engine, flow).facts[:1] == ("unga-resolutions-occupied-territories-content",)


def test_what_it_tried_to_achieve_is_its_goal(engine: Engine) -> None:
    # not the overview's 'great achievements of Azerbaijani diplomacy'
    answer = engine.ask("What was Baku trying to achieve on the Security Council?")
    assert answer.facts[:1] == ("unsc-membership-priorities",)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("when did azerbaijan launch its counteroffensive?", "second-karabakh-war-2020"),
        ("when did Azerbaijan set up its permanent mission to the UN?", "permanent-mission-opened-1992"),
        ("what yr did azerbaijan join the un", "un-membership-1992"),
        ("res 853 pls", "unsc-resolution-853"),
        ("did azerbaijn chair the SC in oct 2013", "unsc-presidency-october-2013"),
        ("did SG congratulate aliev on cop29 y/n", "guterres-congratulates-cop29-2025"),
        ("wen did az join the un pls", "un-membership-1992"),
        ("when did aze join un", "un-membership-1992"),
        ("aze sec council presidency first time when", "unsc-presidency-may-2012"),
        ("is it true aze was 1st from south caucasus in sec council", "unsc-first-south-caucasus-central-asia"),
        ("first country from the south caucasus to be elected to the UNSC?", "unsc-first-south-caucasus-central-asia"),
        ("zuev title", "bayramov-zuev-meeting-2023"),
    ],
)
def test_words_typed_short_or_joined(engine: Engine, question: str, fact: str) -> None:
    assert fact in engine.ask(question).facts


def test_a_word_taking_in_the_answer_does_not_hide_the_follow_up(engine: Engine) -> None:
    answer = _follow(engine, ["what did Guterres say about COP29?", "nice. and about NAM?"])
    assert answer.facts[:1] in (("guterres-nam-gratitude-2022",), ("guterres-praises-nam-chairmanship-2025",))
    assert engine.ask("great return").answered  # 'great' is part of a name here, not a word of thanks


def test_when_of_a_thing_a_statement_recalls_is_the_fact_that_dates_it(engine: Engine) -> None:
    answer = _follow(engine, ["what did Guterres say about NAM?", "when did azerbaijan chair it?"])
    assert answer.facts[:1] == ("azerbaijan-nam-chairmanship",)


def test_another_year_in_a_follow_up_is_not_the_previous_fact(engine: Engine) -> None:
    answer = _follow(engine, ["Azerbaijan 2021 SDG report ranking", "out of how many countries?",
                              "and what was its rank in 2022?"])  # fmt: skip
    assert not answer.answered  # the sources give the 2021 rank only


def test_where_a_meeting_took_place_is_not_where_its_topic_is(engine: Engine) -> None:
    answer = _follow(engine, ["what did Bairamov tell the UN chief about landmines in 2022?",
                              "where did that meeting take place?"])  # fmt: skip
    assert not answer.answered  # the landmines are in the liberated lands; the meeting's place is not given


def test_which_people_far_from_which_is_a_list(engine: Engine) -> None:
    answer = engine.ask("Which Azerbaijani women are UN goodwill ambassadors?")
    assert {"mehriban-aliyeva-unesco-goodwill-ambassador-2004", "leyla-aliyeva-fao-goodwill-ambassador-2015"} <= set(
        answer.facts
    )


@pytest.mark.parametrize("last", ["qui d'autre était présent ?", "who else was present?", "kim də iştirak edib?"])
def test_who_else_was_present_is_who_else_was_there(engine: Engine, last: str) -> None:
    # not Mehriban Aliyeva's UNFPA diploma, which was 'présenté' to her
    answer = _follow(engine, ["bayramov met zuev", last])
    assert not answer.answered
    assert "bayramov-zuev-meeting-2023" in answer.facts or "bayramov-zuev-post-conflict-situation-2023" in answer.facts


@pytest.mark.parametrize(
    "flow",
    [
        ["vaccine resolution december 2021", "how many countries voted against it"],
        ["vaccine resolution december 2021", "how many countries abstained"],
    ],
)
def test_votes_against_are_not_the_supporters(engine: Engine, flow: list[str]) -> None:
    assert not _follow(engine, flow).answered  # the sources give the 179 supporters only


@pytest.mark.parametrize(
    ("flow", "said"),
    [
        (["le 16 décembre 2021", "c'était la résolution numéro combien"], "Les sources ne donnent pas son numéro."),
        (["general assembly resolution on the occupied territories 2006", "what was its number?"],
         "The sources do not give its number."),
    ],
)  # fmt: skip
def test_the_number_of_a_resolution_the_sources_do_not_number(engine: Engine, flow: list[str], said: str) -> None:
    # not the 179 supporters, nor the 53,000 people who returned
    answer = _follow(engine, flow)
    assert not answer.answered
    assert answer.headline == said


def test_the_first_of_a_numbered_series_of_one_year(engine: Engine) -> None:
    answer = engine.ask("first security council resolution of 1993")
    assert answer.facts[:1] == ("unsc-resolution-822",)
    assert "The earliest of 4 in my sources." in answer.notes


def test_azerbaijani_what_in_the_accusative_asks_about_the_meeting_just_named(engine: Engine) -> None:
    # 'nəyi' (what, as an object): the topics of the Bayramov–Zuev meeting, not those of his 2022 talks
    answer = _follow(engine, ["Bayramov Zuyev ilə nə vaxt görüşüb?", "bəs nəyi müzakirə ediblər?"])
    assert "bayramov-zuev-post-conflict-situation-2023" in answer.facts
    assert "guterres-bayramov-topics-2022" not in answer.facts


@pytest.mark.parametrize(
    "question",
    [
        "at which event did Heydar Aliyev speak in September 2000?",
        "à quel événement Heydar Aliyev a-t-il pris la parole en septembre 2000 ?",
        "Heydər Əliyev 2000-ci ilin sentyabrında BMT-də hansı tədbirdə çıxış edib?",
    ],
)
def test_which_event_is_answered_by_the_event_the_fact_names(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("heydar-aliyev-millennium-summit-speech",)


def test_taking_the_floor_is_speaking(engine: Engine) -> None:
    answer = engine.ask("Combien de fois Ilham Aliyev a-t-il pris la parole à l'Assemblée générale ?")
    assert answer.headline.startswith("6 occasions")


def test_un_related_forums_in_two_years_are_both_listed(engine: Engine) -> None:
    answer = engine.ask("Which UN-related global forums did Azerbaijan host in 2014 and 2016?")
    assert {"global-forum-youth-policy-2014", "unaoc-global-forum-2016"} <= set(answer.facts)


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("when were resolutions 874 and 884 adopted?", ("unsc-resolution-874", "unsc-resolution-884")),
        ("874 ve 884 sayli qetnameler hansi ilde qebul olunub", ("unsc-resolution-874", "unsc-resolution-884")),
        ("resolutions 822 and 853", ("unsc-resolution-822", "unsc-resolution-853")),
    ],
)
def test_two_numbered_resolutions_are_each_answered(engine: Engine, question: str, facts: tuple[str, ...]) -> None:
    assert engine.ask(question).facts == facts  # (not refused, nor the 8 resolutions of every year)


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        ("where was the 72nd session held?", "Where: New York."),
        ("où s'est tenue la 72e session ?", "Lieu : New York."),
        ("72-ci sessiya nə vaxt keçirilib?", "In his September 2017 speech"),
    ],
)
def test_when_or_where_a_session_was_held(engine: Engine, question: str, headline: str) -> None:
    assert engine.ask(question).headline.startswith(headline)


def test_where_is_located_is_where_is(engine: Engine) -> None:
    # not the occupied lands, whose fact says 'находились'
    assert "occupation-30-years-million-expelled" not in engine.ask("Где находится штаб-квартира ООН?").facts


def test_receiving_the_title_in_azerbaijani_is_becoming_it(engine: Engine) -> None:
    answer = engine.ask("Leyla Əliyeva FAO-nun xoşməramlı səfiri adını nə vaxt alıb?")
    assert answer.facts[:1] == ("leyla-aliyeva-fao-goodwill-ambassador-2015",)


@pytest.mark.parametrize(
    "question",
    ["which country chaired the non-aligned movement", "quel pays présidait le mouvement des non alignés"],
)
def test_which_country_did_something_can_be_azerbaijan(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("azerbaijan-nam-chairmanship",)


def test_which_country_did_what_no_fact_says_is_refused(engine: Engine) -> None:
    assert not engine.ask("which country drafted UNSC resolution 822").answered


@pytest.mark.parametrize(
    "question",
    [
        "Кто получил золотую медаль Всемирной организации интеллектуальной собственности?",
        "qu'a reçu Mehriban Aliyeva de l'Organisation mondiale de la propriété intellectuelle ?",
    ],
)
def test_agencies_by_their_full_names(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("mehriban-aliyeva-wipo-gold-medal-2006",)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("the vaccine resolution got 197 votes right", "Not according to my sources."),
        ("the vaccine resolution got 179 votes, right?", "Yes."),
        ("l'azerbaïdjan a présidé le conseil de sécurité en 2012, c'est ça ?", "Oui."),
    ],
)
def test_a_claim_with_right_at_the_end_is_checked(engine: Engine, question: str, verdict: str) -> None:
    assert engine.ask(question).headline.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how many ex idps went back home under the great return", "great-return-53000-idps-2025"),
        ("who came up with the idea of the un special session on covid",
         "unga-covid-special-session-azerbaijan-initiative"),
    ],
)  # fmt: skip
def test_everyday_phrasings(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["mehriban alieva ambassadrice unesco depuis quand", "et la médaille d'or ?"],
         "mehriban-aliyeva-wipo-gold-medal-2006"),
        (["ce que guteres a dit sur la cop29", "et sur les réfugiés ?"], "guterres-recalls-unhcr-visit-2025"),
        (["what did guterres say about cop29", "and about refugees?"], "guterres-recalls-unhcr-visit-2025"),
    ],
)  # fmt: skip
def test_and_something_else_keeps_the_person_not_the_body(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


@pytest.mark.parametrize(
    "flow",
    [
        ["que s'est-il passé le 21/09/2020", "aliev a parlé comment, en personne ?"],
        ["what happened on 21 september 2020", "how did aliyev speak, in person?"],
    ],
)
def test_how_he_spoke_in_person_is_whether_he_did(engine: Engine, flow: list[str]) -> None:
    # not the 30 people mines killed ('personne')
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ("un75-aliyev-video-address",)
    assert answer.headline.startswith(("Not according to my sources.", "Pas d'après mes sources."))


def test_a_question_after_a_day_is_asked_of_that_day_first(engine: Engine) -> None:
    # not his 3 December 2020 speech on COVID-19
    answer = _follow(engine, ["what happened 2020-09-21", "who spoke for azerbaijan"])
    assert answer.facts[:1] == ("un75-aliyev-video-address",)


@pytest.mark.parametrize("last", ["а сколько человек погибло?", "how many people died?"])
def test_the_toll_of_a_war_is_not_the_mines_after_it(engine: Engine, last: str) -> None:
    assert not _follow(engine, ["when did the second karabakh war start", last]).answered
    # asked of what came after it, the mines' victims answer
    after = _follow(engine, ["when did the second karabakh war start", "how many people died after it?"])
    assert after.facts[:1] == ("mine-victims-since-november-2020",)


def test_the_place_a_statement_speaks_of_is_no_venue_to_deny(engine: Engine) -> None:
    # the mines' victims are in the liberated lands: that is no 'no' to 'in New York?'
    answer = engine.ask("aliev était présent en personne à new york pour la 76e session ?")
    assert "mine-victims-since-november-2020" not in answer.facts
    # a country it speaks of still denies another ('the territorial integrity of Armenia?' is a no)
    denied = engine.ask("Les résolutions de 1993 ont-elles réaffirmé l'intégrité territoriale de l'Arménie ?")
    assert denied.headline.startswith("Pas d'après mes sources.")


def test_a_two_digit_year_before_resolutions(engine: Engine) -> None:
    # '93' is 1993, not a figure the fact lacks (which gave a wrong 'no')
    answer = engine.ask("is it true the 93 SC resolutions demanded armenian troops withdraw")
    assert answer.headline.startswith("Yes.")


def test_a_french_statement_asked_is_a_yes_no(engine: Engine) -> None:
    answer = engine.ask("les résolutions de 93 ont été adoptées par le conseil de sécurité ?")
    assert answer.headline.startswith("Oui.")
    assert answer.intent == "yesno"


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("tell me about the meeting between aliev and guteres", "aliyev-guterres-meeting-2025"),
        ("parle-moi de la rencontre entre bayramov et zouev", "bayramov-zuev-meeting-2023"),
    ],
)
def test_tell_me_about_a_meeting_gives_it_and_what_was_said(engine: Engine, question: str, meeting: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[0] == meeting
    assert len(answer.facts) > 2  # (its topics follow, not one remark alone)


def test_the_ministers_title_is_no_topic_of_the_talks(engine: Engine) -> None:
    answer = engine.ask("de quoi ont parlé guterres et le ministre baïramov")
    assert answer.facts[:1] == ("guterres-bayramov-topics-2022",)


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("when did azerbaijan join the UN and when did it open its mission",
         ("un-membership-1992", "permanent-mission-opened-1992")),
        ("когда азербайджан вступил в оон и когда открыли постпредство",
         ("un-membership-1992", "permanent-mission-opened-1992")),
        ("when did the second karabakh war start and how long did it go on", ("second-karabakh-war-2020",)),
        ("when did azerbaijan chair the security council & who chaired the meeting in may 2012?",
         ("unsc-presidency-may-2012", "unsc-presidency-october-2013", "unsc-meeting-may-2012-ilham-aliyev")),
    ],
)  # fmt: skip
def test_two_questions_in_one_are_both_answered(engine: Engine, question: str, facts: tuple[str, ...]) -> None:
    answer = engine.ask(question)
    assert answer.facts == facts
    assert answer.question == question  # (the whole question, as `ask --json` reports it)


def test_two_questions_one_fact_answers_is_shown_once(engine: Engine) -> None:
    answer = engine.ask("how long was azerbaijani land occupied and how many people were forced out")
    assert answer.facts == ("occupation-30-years-million-expelled",)
    assert answer.headline.startswith("Almost 30; about 1,000,000 — ")  # (each figure asked, first)
    assert not answer.items[1:]  # (not the same statement twice)


def test_russian_this_meeting_is_the_meeting_just_named(engine: Engine) -> None:
    # not the topics of Bayramov's talks with Guterres: the sources give none for the Council meeting
    flow = ["Кто председательствовал на заседании Совбеза ООН в мае 2012 года?", "Какой была тема этого заседания?"]
    assert not _follow(engine, flow).answered


@pytest.mark.parametrize(
    "question",
    [
        "What was Guterres before becoming Secretary-General?",
        "what was Guterres's job before?",
        "Кем был Гутерреш раньше, до того как стал генсеком?",
        "que faisait guterres avant de devenir secrétaire général ?",
    ],
)
def test_what_someone_was_before_is_their_card(engine: Engine, question: str) -> None:
    # not the guest book Aliyev signed 'before his talks'
    answer = engine.ask(question)
    assert "High Commissioner for Refugees" in answer.headline or "haut-commissaire" in answer.headline


def test_how_much_money_is_no_count_of_countries(engine: Engine) -> None:
    flow = ["How many countries did Azerbaijan assist during the COVID-19 pandemic?",
            "How much money did it spend on that assistance?"]  # fmt: skip
    assert not _follow(engine, flow).answered


def test_that_month_is_the_month_of_the_previous_answer(engine: Engine) -> None:
    # not May 2012: the UN-OIC meeting was in October 2013
    answer = _follow(
        engine, ["UN-OIC meeting at the security council 2013", "was azerbaijan presiding the council that month?"]
    )
    assert answer.facts[:1] == ("unsc-presidency-october-2013",)


def test_what_was_organised_that_month_in_french(engine: Engine) -> None:
    flow = ["l'azerbaidjan a présidé le conseil de sécurité quand ?", "et la deuxième ?",
            "qu'est-ce qui a été organisé pendant ce mois"]  # fmt: skip
    assert _follow(engine, flow).facts[:1] == ("unsc-un-oic-meeting-2013",)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["Quand a commencé la seconde guerre du Karabakh ?", "et elle a duré combien de temps ?"],
         "second-karabakh-war-2020"),
        (["Que demandaient les résolutions du Conseil de sécurité de 1993 ?", "ont-elles été appliquées ?",
          "pendant combien de temps ?"], "unsc-resolutions-unimplemented-27-years"),
    ],
)  # fmt: skip
def test_how_long_in_french(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


def test_each_date_of_a_yes_no_is_checked(engine: Engine) -> None:
    # 1993 names the resolution; 1994 is not when it was adopted
    assert not engine.ask("was the 1993 resolution 822 adopted in 1994?").headline.startswith("Yes")
    assert engine.ask("the 1993 resolutions were unimplemented?").headline.startswith("Yes.")


def test_in_25_years_in_azerbaijani_is_no_year(engine: Engine) -> None:
    answer = engine.ask("Əliyev 2017-ci ildə BMT-də 25 ildə əldə olunan nailiyyətlərdən danışıb?")
    assert answer.facts[:1] == ("ilham-aliyev-unga-72-achievements",)


def test_a_recollection_dated_in_its_own_words_confirms_that_date(engine: Engine) -> None:
    # 'On 24 September 2020, Aliyev told the Assembly …, as he recalled a year later': that day is when he spoke
    answer = engine.ask("aliev a-t-il parle a l'assemblee generale le 24 septembre 2020 ?")
    assert answer.headline.startswith("Oui.")
    assert answer.facts[:1] == ("aliyev-unga75-speech-recalled",)
    assert not engine.ask("did Guterres visit Azerbaijan in 2025?").headline.startswith("Yes")  # he recalled it then


def test_which_years_asks_when(engine: Engine) -> None:
    answer = engine.ask("azerbaijan on the security council which years")
    assert answer.facts[:1] == ("unsc-non-permanent-member-2012-2013",)


def test_for_that_is_the_thing_the_previous_fact_is_about(engine: Engine) -> None:
    # not Guterres's congratulations on the peace process: 'ça' is the NAM chairmanship
    flow = ["l'azerbaidjan a preside le mouvement des non-alignes ?", "qui en etait le president ?",
            "qui l'a felicite pour ca a l'onu ?"]  # fmt: skip
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ("guterres-praises-nam-chairmanship-2025",)  # praising it is congratulating it


def test_attacking_first_is_no_first_of_a_series(engine: Engine) -> None:
    # 'en premier' is who began it, not his first speech at the UN (2004)
    flow = ["aliev a parle a l'onu le 24 septembre 2020 ?", "qui a attaque en premier selon lui ?"]
    assert "ilham-aliyev-unga-59-speech" not in _follow(engine, flow).facts


def test_the_second_of_a_list_skips_the_fact_that_sums_it_up(engine: Engine) -> None:
    flow = ["unga resolutions on the occupied territories of azerbaijan?", "the second one, when exactly"]
    assert _follow(engine, flow).facts[:1] == ("unga-resolution-occupied-territories-2008",)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("l'azerbaidjan au conseil de securite c'etait quelles annees", "unsc-non-permanent-member-2012-2013"),
        ("Sur quelles années portait la première stratégie nationale de réduction de la pauvreté ?",
         "poverty-reduction-strategy-2003-2005"),
        ("Pendant combien d'années les résolutions du Conseil de sécurité sont-elles restées inappliquées ?",
         "unsc-resolutions-unimplemented-27-years"),
    ],
)  # fmt: skip
def test_which_years_in_french(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Гейдар Алиев выступал на 49-й сессии Генассамблеи в 1996 году?", "Not according to my sources."),
        ("Гейдар Алиев выступил на 49-й сессии Генассамблеи ООН?", "Yes."),
        ("Больше 50 000 бывших вынужденных переселенцев уже вернулись в родные края?", "Yes."),
        ("Резолюции Совета Безопасности 1993 года подтвердили территориальную целостность Армении?",
         "Not according to my sources."),
    ],
)  # fmt: skip
def test_a_russian_statement_asked_is_a_yes_no(engine: Engine, question: str, verdict: str) -> None:
    assert engine.ask(question).headline.startswith(verdict)


def test_a_name_ending_like_a_russian_verb_is_no_yes_no(engine: Engine) -> None:
    answer = _follow(engine, ["Кто такая Мехрибан Алиева?", "а Лейла?"])
    assert answer.answered
    assert not answer.headline.startswith(("Yes", "Not according"))


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["what did aliev say at the unga in 2017", "which session number was that"],
         "ilham-aliyev-unga-72-achievements"),
        (["when did mehriban aliyeva become a unesco goodwill ambassador", "what else did she get from un bodies?"],
         "mehriban-aliyeva-wipo-gold-medal-2006"),
        (["when did azerbaijan host the un alliance of civilizations forum", "ok different thing: what is ANAMA"],
         "undp-anama-support"),
        (["qu'est ce que guterres a dit sur la cop29", "c'etait ou cette rencontre ?"], "aliyev-guterres-meeting-2025"),
    ],
)  # fmt: skip
def test_follow_ups_of_the_fifth_round(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Azerbaycan BMT TS-nin qeyri-daimi uzvu hansi illerde olub?", "unsc-non-permanent-member-2012-2013"),
        ("2026-ci ilde BMT Dunya Seherlesme Forumu harada kecirilecek?", "world-urban-forum-2026-azerbaijan"),
    ],
)
def test_azerbaijani_typed_without_its_letters(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("flow", "figure"),
    [
        (["when did the second karabakh war start", "how long did it last"], "44 — "),
        (["Сколько граждан Азербайджана погибли от мин после 10 ноября 2020?", "А сколько людей получили ранения?"],
         "130 — "),
        (["Когда Азербайджан приняли в Организацию Объединённых Наций?",
          "А своё постоянное представительство при ООН когда открыли?"], "Azerbaijan opened its Permanent Mission"),
    ],
)  # fmt: skip
def test_a_counting_follow_up_gives_its_figure_first(engine: Engine, flow: list[str], figure: str) -> None:
    assert _follow(engine, flow).headline.startswith(figure)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Combien de déclarations à la presse le Conseil a-t-il publiées sous présidence azerbaïdjanaise ?", "13 — "),
        (
            "Combien de déclarations présidentielles le Conseil a-t-il adoptées sous présidence azerbaïdjanaise ?",
            "3 — ",
        ),
        ("Combien de personnes ont été tuées par des mines après novembre 2020 ?", "30 — "),
        ("combien de personnes ont été blessées par les mines ?", "130 — "),
    ],
)
def test_the_french_figure_asked_comes_first(engine: Engine, question: str, figure: str) -> None:
    assert engine.ask(question).headline.startswith(figure)


def test_the_assembly_alone_is_the_general_assembly(engine: Engine) -> None:
    flow = ["Which General Assembly session did Ilham Aliyev speak at in September 2004?",
            "And what did the Assembly add to its agenda the next month?"]  # fmt: skip
    assert _follow(engine, flow).facts[:1] == ("unga-agenda-occupied-territories-2004",)


def test_who_spoke_at_an_occasion_names_each_speaker(engine: Engine) -> None:
    answer = engine.ask("Who spoke on behalf of the FAO at the May 2017 forum in Baku?")
    assert set(answer.facts) >= {"leyla-aliyeva-speech-intercultural-forum-2017",
                                 "rashad-al-khafaci-speech-intercultural-forum-2017"}  # fmt: skip


@pytest.mark.parametrize(
    ("question", "start"),
    [
        (
            "C'est Heydar Aliyev qui a présidé la réunion du Conseil de sécurité en mai 2012 ?",
            "Pas d'après mes sources.",
        ),
        ("Was it Heydar Aliyev who chaired the Security Council meeting in May 2012?", "Not according to my sources."),
        ("az was the 1st in south caucasus n central asia to get elected to the SC true??", "Yes."),
        ("when was the un75 high lvl meeting", "On 21 September 2020"),
        ("Leyla Eliyeva FAO-nun xosmeramli sefiri ne vaxt secilib?", "In 2015, Leyla Aliyeva"),
        ("Əliyev 59-cu sessiyada nə deyib?", "At the 59th session"),
    ],
)
def test_wordings_of_the_sixth_round(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


def test_vetoed_resolutions_are_not_the_adopted_ones(engine: Engine) -> None:
    flow = ["azerbaijan security council presidency?", "how many closed meetings during those?",
            "and how many resolutions got vetoed?"]  # fmt: skip
    assert not _follow(engine, flow).answered


def test_the_other_ones_are_the_rest_of_the_series(engine: Engine) -> None:
    answer = _follow(engine, ["res 874 what yr", "and the other ones"])
    assert answer.facts == ("unsc-resolution-822", "unsc-resolution-853", "unsc-resolution-884")


def test_a_rank_is_no_score(engine: Engine) -> None:
    q = "Quel score l'Azerbaïdjan a-t-il obtenu dans le rapport sur le développement durable 2021 ?"
    assert not engine.ask(q).answered


@pytest.mark.parametrize(
    "flow",
    [
        ["Когда Мехрибан Алиева стала послом доброй воли ЮНЕСКО?", "а кто ещё стал послом доброй воли?"],
        ["when did mehriban aliyeva become unesco goodwill ambassador", "who else became a goodwill ambassador?"],
    ],
)
def test_who_else_did_the_same_is_someone_else(engine: Engine, flow: list[str]) -> None:
    assert _follow(engine, flow).facts[:1] == ("leyla-aliyeva-fao-goodwill-ambassador-2015",)


@pytest.mark.parametrize(
    "question",
    [
        "Как зовут председателя Генассамблеи, который посетил Азербайджан?",
        "Кто председатель Генассамблеи, который посетил Азербайджан?",
    ],
)
def test_who_holds_a_post_is_not_whoever_mentions_it(engine: Engine, question: str) -> None:
    # Bayramov welcomed the visits of the Assembly's President, who is not named
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question", ["Qui représentait l'Arménie à la 76e session de l'Assemblée générale ?",
                 "who represented armenia at the 76th session?"]
)  # fmt: skip
def test_who_represented_a_country_is_someone_of_that_country(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # Aliyev spoke there, for Azerbaijan
    assert engine.ask("who represented azerbaijan at the 76th session?").answered


def test_which_missions_in_azerbaijani_is_not_various_missions(engine: Engine) -> None:
    assert not engine.ask("Azərbaycan sülhməramlıları BMT-nin hansı missiyalarında iştirak edib?").answered


def test_when_gives_each_occasion_of_the_same_person(engine: Engine) -> None:
    answer = engine.ask("what date did Aliev address the UN general assembly in 2020?")
    assert {"un75-aliyev-video-address", "unga-covid-special-session-aliyev-speech"} <= set(answer.facts)
    # one occasion's several facts stay one answer: the guest book, not the photo of the same day, comes first
    assert engine.ask("quand aliev a signé le livre d'or de l'onu ?").facts[:1] == ("aliyev-un-guest-book-2025",)


def test_who_became_is_no_who_is(engine: Engine) -> None:
    answer = engine.ask("Qui est devenue ambassadrice de bonne volonté de la FAO en 2015 ?")
    assert answer.facts[:1] == ("leyla-aliyeva-fao-goodwill-ambassador-2015",)


def test_which_president_visited_needs_one_named(engine: Engine) -> None:
    assert not engine.ask("Quel président de l'Assemblée générale a visité l'Azerbaïdjan ?").answered


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Сколько примерно азербайджанцев были изгнаны с родных земель?", "About 1,000,000 — "),
        ("Azerbaycan Tehlukesizlik Surasina ne vaxt uzv secilib?", "Azerbaijan served as a non-permanent member"),
        ("Heydər Əliyev BMT Baş Məclisinin 49-cu sessiyasında çıxış edib?", "Yes."),
        ("примерно два миллиона азербайджанцев были изгнаны?", "Not according to my sources."),
    ],
)
def test_wordings_of_the_seventh_round(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).headline.startswith(start)


@pytest.mark.parametrize(
    "flow",
    [
        ["Qui a représenté l'Azerbaïdjan à la 49e session de l'Assemblée générale ?", "et à la 59e ?", "et à la 51e ?"],
        ["Did Heydar Aliyev speak at the 49th session of the General Assembly?", "And at the 51st?"],
    ],
)
def test_an_ordinal_is_no_article_number(engine: Engine, flow: list[str]) -> None:
    assert not _follow(engine, flow).answered  # not the Article 51 Aliyev cited
    assert _follow(engine, ["what happened on 23 september 2021", "and the 24th?"]).answered  # a day stays a day


def test_an_event_coming_up_is_one_to_be_held(engine: Engine) -> None:
    answer = engine.ask("what UN event is coming up in 2026")
    assert answer.facts[:1] == ("world-urban-forum-2026-azerbaijan",)


def test_two_questions_keep_both_sides_of_a_disputed_first_answer(engine: Engine) -> None:
    answer = engine.ask("quand est-ce que l'ONU a parlé des vaccins et combien de pays ont soutenu ?")
    # the headline says the sources disagree: both sides must follow, then the second answer
    assert answer.headline.startswith("Les sources ne concordent pas")
    assert {"unga76-aliyev-address-sep23", "unga-covid-vaccine-resolution-2021"} <= set(answer.facts)
    assert all(item.text for item in answer.items)


def test_which_session_is_answered_by_the_session_named(engine: Engine) -> None:
    # the UNICEF agreement was signed 'while he was attending the session': which one, it does not say
    answer = engine.ask("which session of the general assembly did heydar aliyev attend in 1994")
    assert answer.facts[:1] == ("heydar-aliyev-unga-49-speech",)
    assert "49th" in answer.headline
    assert _follow(engine, ["which session of the general assembly did heydar aliyev attend in 1994",
                            "and in 1995?"]).facts[:1] == ("heydar-aliyev-un-50th-anniversary-speech",)  # fmt: skip
    # a special session is a session, though the fact base files it as an event
    answer = engine.ask("which session did Aliyev address in December 2020?")
    assert answer.facts[:1] == ("unga-covid-special-session-aliyev-speech",)


@pytest.mark.parametrize(
    ("flow", "facts"),
    [
        (["who signed the unicef agreement with aze", "what was the point of that cooperation?"],
         ("unicef-cooperation-refugee-idp-children",)),
        (["14.03.2008", "and the earlier one?"], ("unga-resolution-occupied-territories-2006",)),
        (["14.03.2008", "et la précédente ?"], ("unga-resolution-occupied-territories-2006",)),
        (["resolution 853", "and the next one?"], ("unsc-resolution-874",)),
        (["res 822 year", "what were the other 3"],
         ("unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884")),
        (["résolution 822", "et les 3 autres ?"],
         ("unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884")),
    ],
)  # fmt: skip
def test_short_follow_ups_of_purpose_order_and_the_rest(
    engine: Engine, flow: list[str], facts: tuple[str, ...]
) -> None:
    assert _follow(engine, flow).facts == facts


def test_a_bare_number_asked_afresh_is_not_a_day_of_the_month(engine: Engine) -> None:
    # not the special session of 3 December 2020
    assert "unga-covid-special-session-2020" not in engine.ask("what were the 3").facts


@pytest.mark.parametrize(
    "question",
    [
        "what was Azerbaijan's poverty rate in 2015?",
        "quel était le taux de pauvreté en Azerbaïdjan en 2015 ?",
        "какой был уровень бедности в Азербайджане в 2015?",
    ],
)
def test_a_measure_no_fact_gives_is_refused(engine: Engine, question: str) -> None:
    # not the 2015 South-South award for fighting poverty
    assert not engine.ask(question).answered
    assert engine.ask("what percentage of the minefield maps were accurate?").facts[:1] == (
        "minefield-maps-25-percent-accurate",
    )


@pytest.mark.parametrize(
    "flow",
    [
        ["parle-moi de la présidence azerbaïdjanaise du mouvement des non-alignés", "et qu'en a dit Guterres ?"],
        ["tell me about Azerbaijan's NAM chairmanship", "and what did Guterres say about it?"],
    ],
)
def test_what_someone_said_of_the_thing_just_told(engine: Engine, flow: list[str]) -> None:
    # his own words, not that the chairmanship was among the subjects of a meeting
    assert _follow(engine, flow).facts[:1] in (
        ("guterres-praises-nam-chairmanship-2025",),
        ("guterres-nam-gratitude-2022",),
    )


def test_since_which_year_is_when(engine: Engine) -> None:
    flow = ["combien de tonnes de nourriture le PAM a distribué aux réfugiés", "à partir de quelle année ?"]
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ("wfp-food-aid-160000-tons",)  # not the UNICEF agreement of 1994
    assert not answer.answered  # the food figure is not dated


def test_a_pronoun_stands_for_the_one_person_asked_of(engine: Engine) -> None:
    # the card of Zuev shows his meeting with Bayramov: 'он' is still Zuev
    answer = _follow(engine, ["Зуев кто такой", "что он сказал про безопасность в Азербайджане?"])
    assert answer.facts[:1] == ("zuev-security-law-enforcement-2023",)


def test_what_someone_acknowledged_is_what_they_spoke_of(engine: Engine) -> None:
    answer = engine.ask("did Guterres talk about Central Asia?")
    assert answer.facts[:1] == ("guterres-regional-transport-central-asia-2025",)
    assert answer.headline.startswith("Yes")
    assert not engine.ask("who spoke at the mine conference in Baku?").answered  # Zuev congratulated, not spoke


@pytest.mark.parametrize(
    "question",
    ["кто был первым постпредом Азербайджана в ООН", "who was Azerbaijan's first ambassador to the UN?"],
)
def test_the_first_ambassador_to_the_un_is_not_in_the_sources(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # not the first South Caucasus country on the Security Council


@pytest.mark.parametrize(
    "question",
    [
        "кто председательствовал в Движении неприсоединения до Азербайджана?",
        "who was secretary-general before Guterres?",  # not the guest book signed 'before his talks with Guterres'
        "кто был генсеком ООН до Гутерриша?",
        "qui était secrétaire général avant Guterres ?",
    ],
)
def test_who_came_before_is_not_in_the_sources(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered
    assert engine.ask("Нагорный Карабах до сих пор административная единица Азербайджана?").answered  # 'still'


def test_an_event_held_in_azerbaijan_is_not_a_visit(engine: Engine) -> None:
    flow = ["BMT Sivilizasiyalar Alyansinin qlobal forumu azerbaycanda olub?", "neçənci forum idi?"]
    first = engine.ask(flow[0])
    assert first.facts[:1] == ("unaoc-global-forum-2016",)
    assert first.headline.startswith("Yes")
    assert _follow(engine, flow).facts[:1] == ("unaoc-global-forum-2016",)  # the 7th, not the SDR rank


@pytest.mark.parametrize(
    "question",
    [
        "what is the number of the 2021 vaccine resolution?",
        "un res number for vaccine equity 2021",
        "numéro de la résolution sur les vaccins ?",
        "номер резолюции о вакцинах?",
    ],
)
def test_the_number_of_a_resolution_asked_afresh(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered  # not the resolution shown as if it answered
    assert answer.facts[:1] == ("unga-covid-vaccine-resolution-2021",)  # what was found, to see for oneself


@pytest.mark.parametrize(
    "question",
    ["which was the first security council resolution of 1993?", "quelle a été la première résolution de 1993 ?"],
)
def test_the_first_of_a_series_when_no_fact_says_first(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("unsc-resolution-822",)


def test_on_whose_initiative_in_azerbaijani(engine: Engine) -> None:
    answer = _follow(engine, ["29 oktyabr 2004", "kimin təşəbbüsü ilə?"])
    assert answer.facts[:1] == ("unga-agenda-occupied-territories-2004",)  # not the 2020 special session


@pytest.mark.parametrize(
    "flow",
    [
        ["mine victims after war", "how many journalists", "how many journalists injured"],
        [
            "Что произошло 10 ноября 2020?",
            "сколько человек погибло от мин после этого?",
            "а сколько журналистов было ранено?",
        ],
    ],
)
def test_a_figure_of_others_is_not_the_one_asked(engine: Engine, flow: list[str]) -> None:
    # two journalists were killed; the 130 injured are people, not journalists
    answer = _follow(engine, flow)
    assert not answer.answered
    assert answer.facts[:1] == ("mine-victims-since-november-2020",)
    assert "130 —" not in answer.headline
    assert _follow(engine, [*flow[:-1], "how many people were injured?"]).headline.startswith("130 —")


@pytest.mark.parametrize("follow_up", ["list them", "name them", "liste-les", "перечисли их", "ok list them all"])
def test_list_them_after_a_count(engine: Engine, follow_up: str) -> None:
    answer = _follow(engine, ["how many UNSC resolutions were adopted on karabakh in 1993", follow_up])
    assert answer.facts == ("unsc-resolution-822", "unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Сколько районов охватывают карты минных полей?", "3 —"),
        ("Mina xəritələri neçə faiz dəqiqdir?", "25% —"),
        ("Сколько резолюций принял Совет Безопасности при председательстве Азербайджана?", "7 —"),
    ],
)
def test_a_count_in_russian_or_azerbaijani_gives_the_figure_first(engine: Engine, question: str, figure: str) -> None:
    assert engine.ask(question).headline.startswith(figure)


def test_russian_number_words_in_their_cases(engine: Engine) -> None:
    answer = engine.ask("Армения передала карты минных полей пяти районов?")
    assert answer.headline.startswith("Not according to my sources")  # three regions


@pytest.mark.parametrize(
    "flow",
    [
        ["did azerbaijan preside over the security council?", "how many times?"],
        ["Azerbaycan Tehlukesizlik Surasina sedrlik edib?", "neçə dəfə?"],
        ["did azerbaijan chair the security council in 2012?", "how many times?"],  # in all, not in 2012
    ],
)
def test_how_many_times_counts_what_was_just_asked(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert answer.facts == ("unsc-presidency-may-2012", "unsc-presidency-october-2013")
    assert answer.headline.startswith("2 in my sources")


@pytest.mark.parametrize(
    "question",
    [
        "ilham eliyev 76-ci sessiyada ne dedi",
        "что сказал Алиев на 76-й сессии?",
        "what did aliyev say at the 76th session?",
    ],
)
def test_what_was_said_at_a_numbered_session(engine: Engine, question: str) -> None:
    # what he said there, not only that the sources disagree on the day
    answer = engine.ask(question)
    assert "aliyev-peace-agreement-readiness-2021" in answer.facts
    assert "23 September 2021 or 24 September 2021" in answer.headline


def test_when_after_what_was_said_dates_the_occasion(engine: Engine) -> None:
    answer = _follow(engine, ["what did aliyev say at the 76th session?", "when?"])
    assert set(answer.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}  # both days, cited


@pytest.mark.parametrize(
    ("question", "fact"),
    [("vaksin qetnamesi ne vaxt qebul olundu?", "unga-covid-vaccine-resolution-2021"),
     ("ANAMA-ya kim dəstək verir?", "undp-anama-support")],
)  # fmt: skip
def test_azerbaijani_light_verbs(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


def test_premier_in_a_french_yes_no_is_first(engine: Engine) -> None:
    answer = engine.ask(
        "Est-ce que l'Azerbaïdjan a accueilli le premier forum mondial de l'Alliance des civilisations ?"
    )
    assert answer.facts[:1] == ("unaoc-global-forum-2016",)
    assert answer.headline.startswith("Pas d'après mes sources")  # the 7th


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("2 mart 1993-cü ildə Azərbaycan BMT-yə qəbul olunub, düzdür?", False),
        ("Azərbaycan BMT-yə 1993-cü ildə qəbul olunub, düzdür?", False),  # not the resolutions adopted in 1993
        ("Azərbaycan BMT-yə 1992-ci ildə qəbul olunub?", True),
    ],
)
def test_admitted_to_the_un_in_azerbaijani(engine: Engine, question: str, yes: bool) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == ("un-membership-1992",)
    assert answer.headline.startswith("Yes" if yes else "Not according to my sources")


def test_an_occasion_in_a_follow_up_carries_its_own_date(engine: Engine) -> None:
    flow = ["Гейдар Алиев выступал на Генассамблее в 1994?", "а в 1995?", "а на саммите тысячелетия?"]
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ("heydar-aliyev-millennium-summit-speech",)
    assert answer.headline.startswith("Yes")  # not 'Not according to my sources', for 1994


def test_member_states_are_not_a_membership(engine: Engine) -> None:
    # not Aliyev's appeal to 'UN member states' about names; the sources do not give the session
    assert not engine.ask("на какой сессии генассамблеи азербайджан приняли в оон").answered
    answer = engine.ask("Qui a demandé aux États membres de ne pas employer de noms manipulateurs ?")
    assert answer.facts[:1] == ("aliyev-manipulative-names-appeal-2021",)


def test_how_many_are_still_waiting_is_not_how_many_returned(engine: Engine) -> None:
    assert not engine.ask("how many idps are still waiting to go back").answered
    assert engine.ask("how many IDPs have returned?").facts[:1] == ("great-return-53000-idps-2025",)


def test_a_shared_surname_is_the_one_of_the_conversation(engine: Engine) -> None:
    # Ilham Aliyev, who met Guterres on 25 September; not Heydar Aliyev's 1994 UNICEF agreement
    answer = _follow(engine, ["aliyev guterres sept 25 — what happened?", "what did aliyev sign?"])
    assert answer.facts[:1] == ("aliyev-un-guest-book-2025",)


def test_c_est_vrai_que_asks_of_then_not_of_now(engine: Engine) -> None:
    flow = ["c'est vrai que l'azerbaidjan a siégé au conseil de securite ?", "il l'a présidé combien de fois ?"]
    first = engine.ask(flow[0])
    assert first.headline.startswith("Oui")  # 'a siégé': it did, not 'is it still'
    assert _follow(engine, flow).facts == ("unsc-presidency-may-2012", "unsc-presidency-october-2013")  # not the NAM


@pytest.mark.parametrize(
    ("flow", "facts"),
    [
        (["how many UNSC resolutions on karabakh were adopted in 1993", "what are their numbers?"],
         ("unsc-resolution-822", "unsc-resolution-853", "unsc-resolution-874", "unsc-resolution-884")),
        (["what did ilham aliyev call for at the 59th UNGA session", "when was that?",
          "and what got onto the GA agenda a month or so later?"], ("unga-agenda-occupied-territories-2004",)),
    ],
)  # fmt: skip
def test_their_numbers_and_a_month_or_so_later(engine: Engine, flow: list[str], facts: tuple[str, ...]) -> None:
    assert _follow(engine, flow).facts[: len(facts)] == facts


def test_the_report_named_in_french_without_its_article(engine: Engine) -> None:
    answer = _follow(engine, ["rapport developpement durable 2021 azerbaidjan rang", "et en 2020 ?"])
    assert not answer.answered  # the sources give the 2021 rank only, not a list of what happened in 2020


def test_french_en_and_ca_stand_for_the_thing_just_told(engine: Engine) -> None:
    flow = ["L'Azerbaïdjan a présidé le Mouvement des non-alignés ?", "Guterres en a dit quoi ?"]
    assert _follow(engine, flow).facts[:1] == ("guterres-praises-nam-chairmanship-2025",)  # was refused
    # the sources do not say when the chairmanship began (not when negotiations were to 'commence')
    assert not _follow(engine, [*flow, "et ça a commencé en quelle année ?"]).answered


@pytest.mark.parametrize(
    "flow",
    [
        ["Qu'a dit Guterres sur la coopération avec l'Azerbaïdjan en septembre 2022 ?", "et lui, Baïramov ?"],
        ["What did Guterres say about cooperation with Azerbaijan in September 2022?", "and Bayramov?"],
    ],
)
def test_and_him_the_other_one_says_his_own_words(engine: Engine, flow: list[str]) -> None:
    assert _follow(engine, flow).facts[:1] == ("bayramov-un-relations-rising-2022",)  # not Guterres's again


def test_a_french_counting_follow_up_by_the_words_after_the_figure(engine: Engine) -> None:
    flow = [
        "Pendant ses présidences du Conseil de sécurité, l'Azerbaïdjan a fait combien de déclarations à la presse ?",
        "et de réunions publiques ?",
        "et des déclarations présidentielles ?",
    ]
    answer = _follow(engine, flow)
    assert answer.facts[:1] == ("unsc-presidencies-statistics",)
    assert answer.headline.startswith("3 —")  # not a list of titles


@pytest.mark.parametrize(
    "flow",
    [
        ["Гутерреш с чем поздравил Алиева в сентябре 2025?", "а ещё?"],
        ["what did guterres congratulate aliyev on in september 2025?", "what else?"],
        ["When did Aliyev meet Guterres?", "what did Guterres congratulate him on?", "anything else?"],
    ],
)
def test_what_else_gives_the_next_answer_to_the_same_question(engine: Engine, flow: list[str]) -> None:
    first = _follow(engine, flow[:-1]).facts[:1]
    answer = _follow(engine, flow)
    assert answer.answered
    assert answer.facts[:1] != first  # not the same congratulation again
    assert answer.facts[:1] in (("guterres-congratulates-cop29-2025",), ("guterres-congratulates-peace-agenda-2025",))


@pytest.mark.parametrize(
    "question",
    [
        "Какой азербайджанский дипломат лично вёл заседания Совбеза в октябре 2013?",
        "Which Azerbaijani diplomat personally chaired the Security Council meetings in October 2013?",
    ],
)
def test_a_diplomat_is_no_diploma(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # the sources name no one for the October 2013 meetings


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["how many idps returned?", "under which programme?"], "great-return-53000-idps-2025"),
        (["53 min köçkün qayıdıb deyən kimdir?", "hansı proqram çərçivəsində?"], "great-return-53000-idps-2025"),
        (["What happened on 3 December 2020?", "in which city?"], "unga-covid-special-session-2020"),
    ],
)
def test_which_one_of_a_kind_the_answer_names(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)  # (the Great Return, New York)
    assert not _follow(engine, ["When did the Second Karabakh War start?", "how many countries took part?"]).answered


@pytest.mark.parametrize(
    "question",
    [
        "Combien de résolutions le Conseil de sécurité a-t-il adoptées pendant tout le mandat 2012-2013 ?",
        "How many resolutions did the Security Council adopt during Azerbaijan's whole 2012-2013 term?",
    ],
)
def test_a_figure_of_the_presidencies_is_not_one_of_the_whole_term(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # the 7 were adopted during its two months of presidency


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("sec council pres az which months", "unsc-presidency-may-2012"),
        (
            "is it true az was the 1st country in south caucasus to sit on unsc",
            "unsc-first-south-caucasus-central-asia",
        ),
        ("Azərbaycan BMT-yə 1992-ci ilin hansı ayında üzv olub?", "un-membership-1992"),
        ("TŞ-yə sədrlik 2012-ci ildə hansı ayda olub?", "unsc-presidency-may-2012"),
        ("с какими спецучреждениями оон сотрудничает АР", "un-specialised-agencies-cooperation"),
        ("за что ФАО дала Азербайджану спецдиплом", "fao-special-diploma-2015"),
        ("Azərbaycan 2026-da BMT-nin Dünya Şəhərsalma Forumunu qəbul edəcək?", "world-urban-forum-2026-azerbaijan"),
        ("did aliyev address the GA on sept 24 2020?", "aliyev-unga75-speech-recalled"),
    ],
)
def test_wordings_of_a_fresh_round(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


def test_a_full_date_asked_in_a_conversation_is_a_question_of_its_own(engine: Engine) -> None:
    flow = ["did aliyev address the GA on sept 24 2020?", "what happened 3 days later?"]
    assert _follow(engine, flow).facts[:1] == ("second-karabakh-war-2020",)
    flow = ["did aliyev address the GA on sept 24 2020?", "what happened on 27 September 2020?"]
    assert _follow(engine, flow).facts[:1] == ("second-karabakh-war-2020",)
    assert _follow(
        engine, ["when did azerbaijan become a un member", "and the permanent mission in NY opened when?"]
    ).facts[:1] == ("permanent-mission-opened-1992",)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("The 2006 resolution on the occupied territories was adopted at the 61st session, right?",
         "unga-resolution-occupied-territories-2006"),
        ("Did Aliyev speak at the 71st session in 2017?", "ilham-aliyev-unga-72-achievements"),
        ("Гейдар Алиев выступал на 50-й сессии Генассамблеи в 1994 году?", "heydar-aliyev-unga-49-speech"),
        ("Did Guterres congratulate Aliyev on hosting COP28?", "guterres-congratulates-cop29-2025"),
    ],
)  # fmt: skip
def test_another_numbered_session_or_cop_is_a_no(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,)
    assert answer.headline.startswith("Not according to my sources")
    assert not engine.ask("did azerbaijan join NATO at the 49th session?").answered


def test_which_countries_in_russian_are_not_the_80_unnamed(engine: Engine) -> None:
    assert not engine.ask("каким именно странам Азербайджан помог во время пандемии? перечисли").answered


@pytest.mark.parametrize(
    "flow",
    [
        ["la guerre de 44 jours a commencé quand ?", "et pourquoi Bakou dit que c'était légal ?"],
        ["when did the 44 day war start", "why did baku say it was legal?"],
    ],
)
def test_baku_saying_is_azerbaijan_saying(engine: Engine, flow: list[str]) -> None:
    assert _follow(engine, flow).facts[:1] == ("unga76-aliyev-article-51-counter-attack",)  # self-defence, Article 51


def test_and_who_was_the_representative_is_not_the_mission(engine: Engine) -> None:
    flow = ["hey does anyone know when Azerbaijan opened its permanent representation at the UN",
            "and who was the first permanent representative?"]  # fmt: skip
    assert not _follow(engine, flow).answered  # the sources name no representative


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what happened on the 2nd of March 1992?", "un-membership-1992"),
        ("what happened on 3rd december", "unga-covid-special-session-2020"),
        ("2nd march '92", "un-membership-1992"),
    ],
)
def test_an_ordinal_day_before_a_month_stays_a_day(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == (fact,)
    assert answer.headline.startswith(("On 2 March 1992", "On 3 December"))


def test_the_first_and_the_second_presidency_typed_short(engine: Engine) -> None:
    flow = ["az 1st sec council presidency when", "and the 2nd?"]
    assert engine.ask(flow[0]).facts[:1] == ("unsc-presidency-may-2012",)
    assert _follow(engine, flow).facts[:1] == ("unsc-presidency-october-2013",)
    assert not engine.ask("and the 2nd?").answered  # an ordinal asked of nothing


def test_a_span_no_source_gives_is_said_to_be_inferred_first(engine: Engine) -> None:
    answer = _follow(engine, ["L'Azerbaïdjan a-t-il présidé le Mouvement des non-alignés ?", "de quand à quand ?"])
    assert answer.headline.startswith("Date : 2020–2022 (déduite")


def test_what_was_that_meeting_about_when_the_sources_do_not_say(engine: Engine) -> None:
    answer = _follow(engine, ["who chaired the Security Council meeting in May 2012?", "what was that meeting about?"])
    assert not answer.answered  # not the chairing repeated as if it were the topic
    assert answer.facts[:1] == ("unsc-meeting-may-2012-ilham-aliyev",)


def test_the_first_one_asked_of_something_undated_is_not_another_first(engine: Engine) -> None:
    flow = ["who came up with the Green Week conferences?", "what year was the first one?"]
    assert "unsc-first-south-caucasus-central-asia" not in _follow(engine, flow).facts


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("guterres et bairamov se sont vus ou exactement ?", "Les sources ne précisent pas le lieu."),
        ("where exactly did guterres and bayramov meet?", "The sources do not say where."),
        ("где именно встретились Байрамов и Зуев?", "The sources do not say where."),
    ],
)
def test_where_a_known_meeting_took_place_when_the_sources_do_not_say(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.headline == said  # with the meeting, to see what is known
    assert answer.facts


@pytest.mark.parametrize(
    ("flow", "start"),
    [
        (["Азербайджан председательствовал в СБ в 2012?", "а в 2013?"], "Yes"),
        (["Azərbaycan 2012-ci ildə TŞ-yə sədrlik edib?", "bəs 2015-ci ildə?"], "Not according to my sources"),
        (["müharibədən sonra minalardan ölənlər olubmu?", "neçə?", "bəs 2023-də?"], "Not according to my sources"),
    ],
)
def test_a_year_after_a_yes_no_asks_the_same_yes_no(engine: Engine, flow: list[str], start: str) -> None:
    # not a list of whatever happened in that year
    assert _follow(engine, flow).headline.startswith(start)


def test_what_else_after_everything_was_shown(engine: Engine) -> None:
    answer = _follow(engine, ["guteres bairamov meeting when", "what did they talk about", "what else"])
    assert answer.headline == "My sources say nothing more on that."  # not the COVID special session


def test_who_held_a_post_then_is_asked_of_that_year(engine: Engine) -> None:
    flow = ["когда азербайджан стал членом оон?", "кто тогда был генсеком ООН?"]
    assert not _follow(engine, flow).answered  # 1992: not Guterres, whom the sources name for 2022-2025


def test_which_region_of_its_region_is_not_said(engine: Engine) -> None:
    flow = ["l'azerbaidjan est classé combien dans le rapport sur le developpement durable ?",
            "et c'est quelle région exactement ?"]  # fmt: skip
    assert not _follow(engine, flow).answered  # 'the best result in its region': which one, the sources do not say


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("7 июля 2021 что подписали", "karabakh-east-zangezur-zones-decree-2021"),
        ("un oic meeting az hosted when", "unsc-un-oic-meeting-2013"),
        ("Azerbaycan Tehlukesizlik Surasina 2010-2011 ci illerde uzv olub?", "unsc-non-permanent-member-2012-2013"),
    ],
)
def test_more_wordings_of_a_fresh_round(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("unga 72 location", "ilham-aliyev-unga-72-achievements"),
        ("who in the Aliyev family is FAO goodwill ambassador", "leyla-aliyeva-fao-goodwill-ambassador-2015"),
        (
            "Heidar Aliev a pris la parole à l'ONU pour les 50 ans de l'organisation ?",
            "heydar-aliyev-un-50th-anniversary-speech",
        ),
    ],
)
def test_location_family_and_the_organisation(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


def test_a_session_adopting_a_resolution_is_no_hosting(engine: Engine) -> None:
    assert engine.ask("60-cı sessiya hansı qətnaməni qəbul edib").facts[:1] == (
        "unga-resolution-occupied-territories-2006",
    )
    answer = engine.ask("leyla aliyeva got the south south award in 2015 tho?")
    assert answer.headline.startswith("Not according to my sources")  # Ilham Aliyev received it


@pytest.mark.parametrize(
    "question",
    ["Quel jour de la semaine Guterres a-t-il reçu Baïramov ?", "what day of the week did guterres meet bayramov?"],
)
def test_the_day_of_the_week_is_the_day_the_fact_gives(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == ("guterres-bayramov-meeting-2022",)
    assert "Monday" in to_plain(answer) or "lundi" in to_plain(answer)


@pytest.mark.parametrize(
    "flow",
    [
        ["21 sentyabr 2020-ci ildə Əliyev BMT-də nə dedi", "hansı formatda çıxış etdi?"],
        ["what did aliyev say on 21 september 2020", "in what format did he speak?"],
    ],
)
def test_in_what_format_is_in_person_or_by_video(engine: Engine, flow: list[str]) -> None:
    assert _follow(engine, flow).facts[:1] == ("un75-aliyev-video-address",)


@pytest.mark.parametrize(
    "flow",
    [
        ["Azerbaijan 2021 SDR rank", "which region?"],
        ["When was the vaccine resolution adopted?", "which countries supported it?"],
    ],
)
def test_which_ones_a_fact_does_not_name(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert not answer.answered
    assert answer.headline == "The sources do not say which."


def test_a_statement_then_a_question_asked_of_it(engine: Engine) -> None:
    answer = engine.ask("Aliyev et Guterres se sont vus le 25 septembre, ils ont parlé de la COP29 ?")
    assert answer.facts[:1] == ("guterres-congratulates-cop29-2025",)
    assert answer.headline.startswith("Oui")
    assert answer.question == "Aliyev et Guterres se sont vus le 25 septembre, ils ont parlé de la COP29 ?"


@pytest.mark.parametrize(
    "flow",
    [
        ["le 4e forum mondial sur le dialogue interculturel, c'était où et quand ?", "qui y a pris la parole ?"],
        ["where and when was the 4th world forum on intercultural dialogue?", "who spoke there?"],
    ],
)
def test_who_spoke_at_an_occasion_are_its_speakers(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)  # not the FAO, which organised the session
    assert set(answer.facts) == {
        "leyla-aliyeva-speech-intercultural-forum-2017",
        "rashad-al-khafaci-speech-intercultural-forum-2017",
    }


def test_what_he_asked_for_in_the_speech_just_named(engine: Engine) -> None:
    flow = ["Ilham Aliyev a parlé à quelle session de l'AG en 2004 ?", "et qu'a-t-il demandé ?"]
    assert _follow(engine, flow).facts[:1] == ("ilham-aliyev-unga-59-speech",)  # not his 2021 appeal on names


@pytest.mark.parametrize(
    "question",
    ["Aliev a parlé en visio le 21 septembre 2020 ?", "did aliyev speak by video link on 21 september 2020?"],
)
def test_visio_and_video_link_are_by_video(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == ("un75-aliyev-video-address",)
    assert answer.headline.startswith(("Oui", "Yes"))


@pytest.mark.parametrize(
    "flow",
    [
        ["when did the corridor open?"],
        ["зангезурский коридор что говорил Алиев в ООН", "а когда коридор открылся?"],
    ],
)
def test_the_day_something_was_said_to_come_is_not_when_it_came(engine: Engine, flow: list[str]) -> None:
    # was the disputed date of the 2021 address: Aliyev said then that the corridor would open new opportunities
    answer = _follow(engine, flow)
    assert not answer.answered
    assert "disagree" not in answer.headline
    spoke = engine.ask("when did aliyev speak about the zangezur corridor?")
    assert spoke.answered
    assert "23 September 2021" in to_plain(spoke)


@pytest.mark.parametrize("question", ["par quel président ?", "by which president?", "who was the president then?"])
def test_a_title_the_fact_does_not_name_is_not_answered_by_the_fact(engine: Engine, question: str) -> None:
    # the commission was set up by a decree of 'the President of Azerbaijan', who is not named there
    answer = _follow(engine, ["when was the unesco national commission set up?", question])
    assert not answer.answered


def test_who_that_post_holder_was_is_not_who_spoke_of_the_post(engine: Engine) -> None:
    flow = ["bayramov a parle des visites du president de l'ag en azerbaidjan ?", "c'etait qui ce president de l'ag ?"]
    assert not _follow(engine, flow).answered  # was 'Djeyhoun Baïramov.', who spoke of the visits


@pytest.mark.parametrize("question", ["c'est onu-habitat qui l'organise ?", "c'est le pnud qui l'organise ?"])
def test_who_organises_the_urban_forum_is_not_said(engine: Engine, question: str) -> None:
    # was 'Oui' ('organise' read as the 'organisations' of the UN agencies, 'UN-Habitat' a keyword no source has)
    answer = _follow(engine, ["forum urbain mondial 2026", question])
    assert not answer.headline.startswith("Oui")


@pytest.mark.parametrize(
    "question", ["did azerbaijan join the osce in 1992?", "azerbaijan imf loan", "когда Азербайджан вступил в ОБСЕ?"]
)
def test_organisations_the_sources_never_name_are_named_in_the_refusal(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert re.search(r"nothing about (osce|imf|OSCE)", to_plain(answer))


def test_an_ordinal_of_another_thing_does_not_swap_the_event(engine: Engine) -> None:
    # was 'Not according to my sources' with the intercultural forum's 'second plenary session'
    answer = engine.ask("did azerbaijan host the second global forum of the alliance of civilizations")
    assert "intercultural-forum-2017-food-security-session" not in answer.facts


@pytest.mark.parametrize(
    "flow",
    [
        ["which country hosted the intercultural dialogue forum in 2017?"],
        ["What are the Green Week conferences?", "whose idea were they?", "what organisation does she chair?"],
    ],
)
def test_hosting_the_forum_and_chairing_an_association(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert answer.answered
    assert re.search(r"Baku|IDEA Public Association", answer.headline)


@pytest.mark.parametrize(
    "question",
    [
        "where did aliyev denounce vaccine nationalism?",
        "Aliyev 'vaccine nationalism' haqqinda harda danishib",  # was the 2015 South-South award
        "où Aliev a-t-il dénoncé le nationalisme vaccinal ?",
    ],
)
def test_where_a_speech_was_given_is_its_session(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.facts[:1] == ("unga76-aliyev-vaccine-nationalism",)
    assert re.search(r"76(th|e) session", answer.headline)
    assert "New York" not in answer.headline  # (the sources do not say he was there)


def test_what_number_of_asks_how_many(engine: Engine) -> None:
    answer = engine.ask("What number of countries backed the COVID-19 vaccine resolution?")
    assert answer.headline.startswith("179")  # was 'The sources do not give its number'


def test_a_place_guessed_in_a_where_follow_up_is_checked_not_searched(engine: Engine) -> None:
    flow = ["о чем говорили Гутерреш и Байрамов в сентябре 2022", "а что сказал генсек?"]
    answer = _follow(engine, [*flow, "а где проходила встреча, в нью-йорке?"])
    assert "aliyev-guterres-meeting-2025" not in answer.facts  # was the 2025 meeting, which was in New York
    assert not answer.answered  # the sources do not say where the 2022 talks were


def test_with_which_un_agency_is_asked_of_the_answer_just_given(engine: Engine) -> None:
    answer = _follow(engine, ["green week conferences who initiated", "with which un agency?"])
    assert answer.facts[:1] == ("green-week-conferences",)  # UNEP; was the list of every agency Azerbaijan works with


def test_the_resolutions_after_that_are_those_of_its_subject(engine: Engine) -> None:
    flow = [
        "when was 'situation in occupied territories of azerbaijan' put on GA agenda",
        "and the resolutions after that?",
    ]
    answer = _follow(engine, flow)  # was the four Security Council resolutions of 1993, before it
    assert {"unga-resolution-occupied-territories-2006", "unga-resolution-occupied-territories-2008"} <= set(
        answer.facts
    )
    assert "unga-covid-vaccine-resolution-2021" not in answer.facts


@pytest.mark.parametrize("question", ["in what field?", "dans quel domaine ?"])
def test_in_what_field_is_asked_of_the_fact_just_shown(engine: Engine, question: str) -> None:
    answer = _follow(engine, ["mehriban aliyeva unesco goodwill ambassador when", question])
    assert answer.facts[:1] == ("mehriban-aliyeva-unesco-goodwill-ambassador-2004",)  # oral and musical traditions


def test_in_person_in_new_york_is_asked_of_the_address_just_talked_about(engine: Engine) -> None:
    flow = ["aliyev a l'ag le 23 septembre 2021, il a dit quoi sur le karabakh", "il etait a new york en personne ?"]
    answer = _follow(engine, flow)  # was the 2014 youth forum
    assert answer.facts[:1] == ("unga76-aliyev-address-sep23",)
    assert "vidéo" in answer.headline


@pytest.mark.parametrize(
    ("question", "fact", "opening"),
    [
        ("l'azerbaidjan n'a jamais preside le conseil de securite hein ?", "unsc-presidency-may-2012", "Si."),
        ("L'Azerbaïdjan n'a jamais présidé le Conseil de sécurité, si ?", "unsc-presidency-may-2012", "Si."),
        ("leyla aliyeva got the wipo gold medal in 2006 didnt she", "mehriban-aliyeva-wipo-gold-medal-2006", "Not"),
        ("has guterres ever been to azerbaijan before?", "guterres-recalls-unhcr-visit-2025", "Yes."),
    ],
)
def test_question_tags_and_ever_before(engine: Engine, question: str, fact: str, opening: str) -> None:
    answer = engine.ask(question)  # each was refused
    assert answer.facts[:1] == (fact,)
    assert answer.headline.startswith(opening)


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["how much food did the wfp give refugees and idps in az", "when did that program start"],
         "wfp-emergency-food-operation-1993"),
        (["tell me about green week", "who started them?"], "green-week-conferences"),
        (["how many idps went back home already", "whats the program called"], "great-return-53000-idps-2025"),
        (["combien de déplacés sont rentrés ?", "comment s'appelle le programme ?"], "great-return-53000-idps-2025"),
    ],
)  # fmt: skip
def test_follow_ups_the_previous_answer_holds(engine: Engine, flow: list[str], fact: str) -> None:
    answer = _follow(engine, flow)  # each was refused ('program' unknown; 'called' and 'started' not in the fact)
    assert answer.facts[:1] == (fact,)


@pytest.mark.parametrize("question", ["out of how many?", "sur combien ?", "из скольких?"])
def test_out_of_how_many_is_the_whole_a_rank_is_of(engine: Engine, question: str) -> None:
    answer = _follow(engine, ["sdg ranking 2021 azerbaijan", question])
    assert answer.headline.startswith("165")  # 55th out of 165 countries; 'out of how many?' was refused


def test_being_responsible_is_not_responding(engine: Engine) -> None:
    # 'responsables' and 'response' were both stemmed 'respons'
    assert "un75-aliyev-armenia-responsible-escalation" not in engine.ask("did armenia respond?").facts


@pytest.mark.parametrize(
    "question",
    ["when was azerbaijan elected to the security council?", "azerbaycan tehlukesizlik surasina ne vaxt secilib"],
)
def test_an_election_the_sources_give_only_the_term_of(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was a bare refusal
    assert not answer.answered
    assert "2012–2013" in answer.headline


@pytest.mark.parametrize("question", ["where was cop29 held", "COP29 harada kecirilib", "Où s'est tenue la COP29 ?"])
def test_cop29_was_hosted_by_azerbaijan(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was refused
    assert answer.facts[:1] == ("guterres-congratulates-cop29-2025",)


def test_when_after_where_cop29_was_is_not_the_day_of_the_congratulations(engine: Engine) -> None:
    answer = _follow(engine, ["COP29 harada kecirilib", "bəs nə vaxt?"])
    assert "25 September 2025" not in answer.headline  # the day Guterres congratulated Aliyev on hosting it
    again = _follow(engine, ["Qui a accueilli la COP29 ?", "qui l'a félicité ?", "quand ?"])
    assert "25 septembre 2025" in again.headline  # when he congratulated him, asked of him


def test_the_gensek_alone_is_the_secretary_general(engine: Engine) -> None:
    flow = ["Алиев и Гутерриш встречались в 2025?", "что Алиев сделал перед встречей?", "а потом?"]
    answer = _follow(engine, [*flow, "и что генсек сказал про COP29?"])  # was refused
    assert answer.facts[:1] == ("guterres-congratulates-cop29-2025",)


def test_a_name_kept_from_the_question_before_does_not_break_reading_who_is_spoken_to(engine: Engine) -> None:
    # a name merged in from the previous question stood past the end of this one (IndexError)
    answer = _follow(engine, ["о чем говорили Гутерреш и Байрамов в сентябре 2022", "а что сказал генсек?"])
    assert answer.answered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how many idps back home", "great-return-53000-idps-2025"),
        ("Dünya Şəhərsalma Forumu neçənci ildə olacaq?", "world-urban-forum-2026-azerbaijan"),
    ],
)
def test_terse_wordings_of_round_34(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # each was refused


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["all sc resolutions of 1993 on karabakh pls", "what did they demand",
          "why were they adopted in the first place?"], "unsc-resolutions-1993-reason"),
        (["qu'est ce qu'aliyev a dit sur le double standard", "et qui a fini par les appliquer ?"],
         "unsc-resolutions-implemented-by-azerbaijan-itself"),
        (["Who eventually implemented the Security Council resolutions on Karabakh?"],
         "unsc-resolutions-implemented-by-azerbaijan-itself"),
        (["Quterreş Azərbaycana hansı vəzifədə olarkən gəlib?"], "guterres-recalls-unhcr-visit-2025"),
    ],
)  # fmt: skip
def test_fillers_that_hid_the_question(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)  # each was refused


@pytest.mark.parametrize(
    "question", ["ermenistan ne qeder muddet isgal edib", "Ermənistan nə qədər müddət işğal edib?"]
)
def test_how_long_in_azerbaijani_asks_of_the_occupation(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was refused ('müddət', duration, was a word to find)
    assert answer.facts[:1] == ("occupation-30-years-million-expelled",)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Зуев это помощник генсека ООН?", "Yes."),
        ("Зуев был помощником генсека ООН по правам человека?", "Not according"),  # for the rule of law
        ("was zuev un assistant secretary-general for human rights?", "Not according"),
        ("Zuev était-il sous-secrétaire général aux droits de l'homme ?", "Pas d'après"),
    ],
)
def test_a_person_and_a_title_of_theirs_for_something_else(engine: Engine, question: str, opening: str) -> None:
    answer = engine.ask(question)  # each was refused (or, in Russian, the occupation's figures)
    assert answer.headline.startswith(opening)
    assert "Rule of Law" in to_plain(answer) or "état de droit" in to_plain(answer)


def test_a_predecessor_the_sources_do_not_name(engine: Engine) -> None:
    assert not engine.ask("Кто был предшественником Зуева на посту помощника генсека?").answered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("did aliev sign the un guestbook", "aliyev-un-guest-book-2025"),
        ("has guterres been to azerbaijan before?", "guterres-recalls-unhcr-visit-2025"),
        ("when did heydar aliyev go to the un general assembly", "heydar-aliyev-unga-49-speech"),
        (
            "quel classement pr l'azerbaidjan ds le rapport sur le developpement durable 2021",
            "sdr-2021-azerbaijan-rank",
        ),
        ("le prix sud-sud a ete remis a aliev en 2016 hein", "south-south-award-2015"),
    ],
)
def test_wordings_of_round_35(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # each was refused


@pytest.mark.parametrize(
    "question", ["guterres a felicité aliev pour la cop28 ?", "did guterres congratulate aliyev on cop28?"]
)
def test_congratulations_on_another_cop_are_those_on_cop29(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was refused: his first congratulations found were on the peace agenda
    assert answer.facts[:1] == ("guterres-congratulates-cop29-2025",)
    assert answer.headline.startswith(("Not according", "Pas d'après"))
    assert not engine.ask("Did Aliyev speak at the 73rd session of the general assembly?").answered  # (a session)


def test_a_day_later_than_a_speech_is_what_happened_that_day(engine: Engine) -> None:
    answer = _follow(engine, ["discours d'aliev a l'AG le 24.09.2020", "et 3 jours apres ?"])  # was a bare refusal
    assert "second-karabakh-war-2020" in answer.facts
    assert answer.headline.startswith("Mes sources ne rapportent rien de ce que vous demandez pour le 27 septembre")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("vaccine res date", "unga-covid-vaccine-resolution-2021"),
        ("Ilham Alyev Gutieres talks date", "aliyev-guterres-meeting-2025"),
        ("un oic mtg az date", "unsc-un-oic-meeting-2013"),
    ],
)
def test_a_terse_question_ending_in_date_asks_when(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)  # was a list of one, headed 'Resolutions (1):'
    assert answer.facts[:1] == (fact,)
    assert re.search(r"\d{4}", answer.headline)


@pytest.mark.parametrize("question", ["how did it go?", "comment ça s'est passé ?", "как прошло?"])
def test_how_an_event_still_to_come_went_is_not_known(engine: Engine, question: str) -> None:
    answer = _follow(engine, ["where is the world urban forum in 2026", question])  # was the 'to host' fact again
    assert not answer.answered
    assert "2026" in answer.headline


def test_azerbaijan_as_council_president_is_its_presidency(engine: Engine) -> None:
    answer = engine.ask("was azerbaijan unsc president in may 2013?")  # was refused ('president' is a person)
    assert answer.headline.startswith("Not according")
    assert {"unsc-presidency-may-2012", "unsc-presidency-october-2013"} <= set(answer.facts)


@pytest.mark.parametrize(
    "question", ["how many times were the green week conferences held?", "Yaşıl həftə konfransı neçə dəfə keçirilib?"]
)
def test_one_fact_about_a_series_is_no_count_of_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was '1 in my sources'
    assert not answer.answered
    assert answer.facts[:1] == ("green-week-conferences",)


@pytest.mark.parametrize(
    "question",
    [
        "did aliyev speak in person in new york at the 76th session?",
        "Алиев выступал на 76-й сессии ГА лично в Нью-Йорке?",
    ],
)
def test_in_person_in_a_place_is_denied_by_a_video_address(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was refused: the address gives no place
    assert answer.headline.startswith("Not according")
    assert answer.facts[:1] == ("unga76-aliyev-address-sep23",)


@pytest.mark.parametrize(
    "question",
    [
        "Was Armenia the first South Caucasus country elected to the Security Council?",
        "Первой страной Южного Кавказа в Совбезе ООН стала Грузия?",
        "Грузия была первой страной Южного Кавказа в СБ ООН?",
    ],
)
def test_another_country_as_the_first_is_corrected(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was refused
    assert answer.headline.startswith("Not according")
    assert answer.facts[:1] == ("unsc-first-south-caucasus-central-asia",)
    assert not engine.ask("Was Azerbaijan the first country in Europe elected to the UNSC?").answered


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["когда создали экономические районы Карабах и Восточный Зангезур"],
         "karabakh-east-zangezur-zones-decree-2021"),
        (["UNICEF ilə əməkdaşlıq sazişini kim imzalayıb?", "niyə? məqsəd nə idi"],
         "unicef-cooperation-refugee-idp-children"),
    ],
)  # fmt: skip
def test_russian_zones_and_azerbaijani_purpose(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)  # each was refused


def test_the_second_one_skips_the_summary_shown_with_the_first(engine: Engine) -> None:
    answer = _follow(engine, ["unga resolution occupied territories 2006", "and the second one?"])
    assert answer.facts[:1] == ("unga-resolution-occupied-territories-2008",)  # was what both said together


def test_what_else_she_did_is_the_rest_of_her_facts(engine: Engine) -> None:
    answer = _follow(engine, ["who got the fao goodwill ambassador title?", "what else did she do with the un?"])
    assert answer.answered  # was refused
    assert "green-week-conferences" in answer.facts
    assert "leyla-aliyeva-fao-goodwill-ambassador-2015" not in answer.facts  # (just shown)


def test_a_statement_then_a_follow_up_question_in_one_message(engine: Engine) -> None:
    answer = engine.ask("l'azerbaidjan a adhéré le 2 mars 92. et la mission permanente a ouvert quand ?")
    assert answer.facts[:1] == ("permanent-mission-opened-1992",)  # was refused
    claim = "I read that Azerbaijan was the first country in the South Caucasus to sit on the Security Council."
    assert engine.ask(f"{claim} Is that true?").headline.startswith("Yes.")  # (the statement itself is asked)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Уважаемые господа, прошу сообщить, в каком году президент Гейдар Алиев выступал на 49-й сессии Генеральной "
         "Ассамблеи ООН?", "heydar-aliyev-unga-49-speech"),
        ("Будьте любезны, в каком году была учреждена Национальная комиссия Азербайджана по делам ЮНЕСКО?",
         "unesco-national-commission-1994"),
    ],
)  # fmt: skip
def test_formal_russian_openings_are_courtesy(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # 'Уважаемые', 'Будьте' were read as unknown names


@pytest.mark.parametrize(
    "flow",
    [
        ["name of the unga president who visited azerbaijan"],
        ["Сколько человек погибло от мин после 10 ноября 2020?", "как звали погибших журналистов?"],
        ["is guterres visiting baku in 2026"],
    ],
)
def test_names_and_times_the_sources_do_not_give(engine: Engine, flow: list[str]) -> None:
    assert not _follow(engine, flow).answered  # each answered with a fact that names no one, or a past visit


def test_that_year_in_french_is_the_year_just_answered(engine: Engine) -> None:
    flow = ["Quand Heydar Aliyev a-t-il parlé à la 49e session ?", "il a aussi signé quelque chose cette année-là ?"]
    answer = _follow(engine, flow)  # 'cette année' was read as this year, 2026
    assert answer.facts[:1] == ("unicef-cooperation-agreement-1994",)
    assert answer.headline.startswith("Oui.")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("2004-cü il oktyabrın 29-da Baş Assambleyada hansı məsələ gündəliyə salındı?",
         "unga-agenda-occupied-territories-2004"),  # '29-da Baş Assambleyada' was read as the 29th session
        ("Zuyev kimdir? tam adı və vəzifəsi", "bayramov-zuev-meeting-2023"),
    ],
)  # fmt: skip
def test_azerbaijani_wordings_of_round_38(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # each was refused


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Is it true Azerbaijan became a UN member in 1991, right after independence?", "Not according"),
        ('"Azerbaijan was the first country in the South Caucasus and Central Asia to be elected to the UN Security '
         'Council" - is this accurate?', "Yes."),
        ("«L'Azerbaïdjan a rejoint l'ONU en 1991» — c'est vrai ?", "Pas d'après"),
        # the gloss after the year, with no comma, and a tag after it
        ("Azerbaijan was admitted to the UN in 1991 right after the USSR collapsed, right?", "Not according"),
        ("Азербайджан приняли в ООН в 1991 году сразу после распада СССР, верно?", "Not according"),
        ("Bonjour, l'Azerbaïdjan est entré à l'ONU le 2 mars 1992 — это точно?", "Yes."),
    ],
)  # fmt: skip
def test_a_quoted_claim_and_a_gloss_after_it(engine: Engine, question: str, opening: str) -> None:
    assert engine.ask(question).headline.startswith(opening)  # each was refused


def test_how_many_in_all_counts_what_is_named_after_it(engine: Engine) -> None:
    # 'сколько всего мин': the mines, not the 25% accuracy of the minefield maps ('всего' hid what is counted)
    flow = [
        "Сколько человек погибло от мин после подписания акта о капитуляции?",
        "а сколько всего мин армяне установили?",
    ]
    assert not _follow(engine, flow).answered
    answer = engine.ask("Сколько всего резолюций Совбез принял в 1993 по армяно-азербайджанскому конфликту?")
    assert answer.headline.startswith("4 —")  # 'принял в 1993' is adopted, not admitted


def test_which_three_in_russian_are_counted_not_named(engine: Engine) -> None:
    flow = ["насколько точные карты минных полей отдала Армения?", "каких именно трёх районов?"]
    assert not _follow(engine, flow).answered  # was the COVID special session


def test_a_year_with_its_azerbaijani_ending_typed_on(engine: Engine) -> None:
    answer = engine.ask("bes 2013de sedrlik edib?")  # was the NAM chairmanship: '2013de' was no year
    assert answer.facts[:1] == ("unsc-presidency-october-2013",)


@pytest.mark.parametrize(
    "question",
    [
        "qui a présidé le conseil de sécurité en octobre 2013 ?",
        "who held the security council presidency in october 2013?",
    ],
)
def test_who_held_a_presidency_can_be_azerbaijan(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was refused: Azerbaijan, its subject, counted as no one for a 'who'
    assert answer.facts[:1] == ("unsc-presidency-october-2013",)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("guterres aliyev 2025 central asia transport?", "guterres-regional-transport-central-asia-2025"),
        (
            "Bayramov a dit quoi à Guterres sur les visites du président de l'Assemblée générale ?",
            "bayramov-ga-president-visits-2022",
        ),
    ],
)
def test_a_remark_at_a_meeting_answers_with_the_other_person_named(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)  # was refused: the fact names only the one who spoke, not whom they met
    assert answer.facts[:1] == (fact,)


def test_a_meeting_partner_does_not_answer_who(engine: Engine) -> None:
    previous = engine.ask("Байрамов говорил Гутеррешу про визиты председателя Генассамблеи?")
    answer = engine.ask("а как зовут этого председателя?", context=previous.context)
    assert not answer.answered  # was the NAM chairmanship; the sources name no President of the Assembly


def test_who_reports_help_is_not_who_gives_it(engine: Engine) -> None:
    answer = engine.ask("Əliyev Quterreşə pandemiya dövründə neçə ölkəyə yardım etdiklərini deyib?")
    # was refused: 'Ilham Aliyev told Guterres' after the help read them as receiving it
    assert answer.facts[:1] == ("covid-assistance-80-countries-2025",)
    assert "80" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "aliyev told unga nagorno karabakh doesnt exist anymore as admin unit?",
        "did aliyev say nagorno karabakh doesn't exist anymore as an administrative unit?",
    ],
)
def test_a_negation_typed_without_its_apostrophe_agrees_with_the_fact(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was 'Not according to my sources': 'doesnt exist' was read as 'exists'
    assert answer.facts[:1] == ("no-nagorno-karabakh-unit-2021",)
    assert answer.headline.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("UNSC 874 nə vaxt qəbul edilib и по какому поводу", "unsc-resolutions-1993-reason"),  # (when: 1993)
        (
            "Zuev meeting 2023 — Азербайджан из получателя помощи стал донором?",
            "azerbaijan-aid-recipient-to-donor-2023",
        ),
        ("did guterres ever visit azerbaijan before as unhcr", "guterres-recalls-unhcr-visit-2025"),
        ("aliyev 2017 unga why conflict not solved acc to him", "ilham-aliyev-unga-72-lack-of-pressure"),
        ("why did aze have to use force acc to the overview", "unsc-resolutions-enforcement-by-force"),
    ],
)
def test_phone_and_mixed_wordings_of_answered_questions(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)  # each was refused
    assert answer.facts[:1] == (fact,)


def test_where_a_meeting_was_is_not_where_something_said_there_happened(engine: Engine) -> None:
    answer = engine.ask("Où s'est tenue la rencontre entre Baïramov et Zouev ?")
    assert not answer.answered  # not the Baku conference Zuev congratulated Azerbaijan on


def test_every_meeting_in_your_sources_is_a_list(engine: Engine) -> None:
    answer = engine.ask("toutes les rencontres avec Guterres mentionnées dans tes sources")
    assert set(answer.facts) == {"guterres-bayramov-meeting-2022", "aliyev-guterres-meeting-2025"}


def test_which_city_of_a_forum_placed_only_in_a_country_is_not_said(engine: Engine) -> None:
    previous = engine.ask("World Urban Forum in Azerbaijan - when?")
    answer = engine.ask("which city will host it?", context=previous.context)
    assert not answer.answered  # was 'Where: Azerbaijan.'


@pytest.mark.parametrize(
    ("first", "followup", "fact"),
    [
        (
            "Lundi 19 septembre, Baïramov a parlé de quoi avec le secrétaire général ?",
            "il a parlé des mines ?",
            "bayramov-landmines-appeal-2022",  # was his 2023 talk with Zuev about demining
        ),
        ("zuev 2023", "и что он сказал про экономику?", "zuev-praises-development-2023"),  # was the mine conference
    ],
)
def test_a_followup_on_a_meeting_stays_at_that_meeting(engine: Engine, first: str, followup: str, fact: str) -> None:
    previous = engine.ask(first)
    answer = engine.ask(followup, context=previous.context)
    assert answer.facts[:1] == (fact,)


def test_a_place_asked_about_in_russian_must_be_the_facts(engine: Engine) -> None:
    answer = engine.ask("Guterres Aliyev 2025 встреча — что про Central Asia сказал")
    # was Aliyev's words on peace: 'про Central Asia' is what is asked about, not where it happened
    assert "aliyev-peace-prevails-2025" not in answer.facts


def test_what_one_became_in_russian_must_be_what_the_fact_says(engine: Engine) -> None:
    assert not engine.ask("Когда Байрамов стал министром?").answered  # not when Azerbaijan became a donor
    assert engine.ask("когда Мехрибан Алиева стала послом доброй воли?").facts[:1] == (
        "mehriban-aliyeva-unesco-goodwill-ambassador-2004",
    )


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        (
            "Dear Sir or Madam, I am writing a paper on displacement. Could you tell me approximately how many "
            "Azerbaijanis were expelled from their native lands during the occupation? Kind regards",
            "occupation-30-years-million-expelled",
        ),
        (
            "Уважаемые коллеги! Просим сообщить, в каком году была учреждена Национальная комиссия Азербайджанской "
            "Республики по делам ЮНЕСКО. С уважением, пресс-служба.",
            "unesco-national-commission-1994",
        ),
        (
            "Правда ли, что Азербайджан вступил в ООН 2 марта 1991 года? Пишу статью, хочу перепроверить",
            "un-membership-1992",
        ),
    ],
)
def test_the_question_inside_a_letter_is_answered(engine: Engine, message: str, fact: str) -> None:
    answer = engine.ask(message)  # each was refused: the letter's other words were read as what is asked
    assert answer.facts[:1] == (fact,)
    assert answer.question == message


def test_a_fragment_of_a_message_is_not_asked_alone(engine: Engine) -> None:
    answer = engine.ask("SDR 2021 Azərbaycan hansı sahələrdə irəliləyiş göstərib? в каких областях")
    assert "un-specialised-agencies-cooperation" not in answer.facts  # 'in which areas' alone: any list of areas


@pytest.mark.parametrize(
    "question",
    [
        "с чего вообще началось сотрудничество АР и ООН",  # was Guterres's 'exemplary cooperation' of 2022
        "how did Azerbaijan's relationship with the UN get started?",  # was refused
    ],
)
def test_how_cooperation_began_is_its_beginning(engine: Engine, question: str) -> None:
    assert engine.ask(question).facts[:1] == ("cooperation-established-after-ussr",)


def test_what_was_on_the_agenda_must_be_given(engine: Engine) -> None:
    previous = engine.ask("who chaired the may 2012 security council meeting")
    answer = engine.ask("what was on the agenda of that meeting", context=previous.context)
    assert not answer.answered  # was the meeting again: the sources give no agenda


@pytest.mark.parametrize("followup", ["how many mines have been cleared?", "сколько мин уже обезврежено?"])
def test_a_figure_of_people_killed_by_mines_does_not_count_mines(engine: Engine, followup: str) -> None:
    previous = engine.ask("how many people were killed by mines after 10 November 2020?")
    assert not engine.ask(followup, context=previous.context).answered  # was the 30 people killed, again


def test_warned_against_in_french(engine: Engine) -> None:
    previous = engine.ask("Que s'est-il passé le 21/09/2020 ?")
    answer = engine.ask("il a mis en garde contre quoi ?", context=previous.context)
    assert answer.facts[:1] == ("un75-aliyev-warning-armenian-aggression",)  # was refused: 'garde' a place


def test_a_french_participle_after_a_is_not_a_place(engine: Engine) -> None:
    answer = engine.ask("sur quelle base juridique l'Azerbaïdjan a agi en 2020 ?")
    assert answer.facts[:1] == ("article-51-self-defence-counter-offensive",)  # was 'nulle part : agi'
    refusal = engine.ask("Combien a coûté la reconstruction ?")
    assert not refusal.answered
    assert "coûté" not in to_plain(refusal)  # the sources never mention a place 'coûté'


def test_a_city_after_an_unaccented_a_is_still_a_place(engine: Engine) -> None:
    answer = engine.ask("aliev a rencontre guteres a geneve le 25 septembre ?")
    assert answer.headline.startswith("Pas d'après mes sources")  # in New York


def test_without_being_applied_agrees_with_unimplemented(engine: Engine) -> None:
    previous = engine.ask(
        "Quelles résolutions le Conseil de sécurité a-t-il adoptées en 1993 sur le conflit du Karabakh ?"
    )
    answer = engine.ask("et elles sont restées combien de temps sans être appliquées ?", context=previous.context)
    # was refused: 'sans' was no negation, so 'appliquées' contradicted the fact's 'not implemented'
    assert answer.facts[:1] == ("unsc-resolutions-unimplemented-27-years",)


def test_a_what_question_after_a_corrected_claim_is_asked_afresh(engine: Engine) -> None:
    previous = engine.ask("Leyla Aliyeva became a UNESCO goodwill ambassador in 2004, right?")
    answer = engine.ask("so what title does Leyla have then?", context=previous.context)
    # was refused: read as the claim again (UNESCO, 2004), which is Mehriban Aliyeva's
    assert answer.facts[:1] == ("leyla-aliyeva-fao-goodwill-ambassador-2015",)


@pytest.mark.parametrize(
    ("first", "step", "fact"),
    [
        (
            "что сделал Алиев в штаб-квартире ООН 25 сентября перед разговором с Гутеррешем?",
            "а после этого?",
            "aliyev-guterres-photo-2025",  # was the mine victims of 2020-2021 ('после' read as a word to find)
        ),
        ("when did aliyev and guterres pose for photographers?", "and before that?", "aliyev-un-guest-book-2025"),
    ],
)
def test_before_and_after_on_the_same_day(engine: Engine, first: str, step: str, fact: str) -> None:
    previous = engine.ask(first)
    assert engine.ask(step, context=previous.context).facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("SDR 2021 Azərbaycan hansı sahələrdə irəliləyiş göstərib?", "sdr-2021-azerbaijan-areas-of-progress"),
        ("когда началась вторая карабахская война и сколько длилась", "second-karabakh-war-2020"),
    ],
)
def test_areas_and_durations_asked_in_russian_and_azerbaijani(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)  # each was refused
    assert answer.facts[:1] == (fact,)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Əliyev TŞ-yə seçildikdən sonra Azərbaycanın əsas məqsədini nə adlandırdı?", "unsc-membership-priorities"),
        ("Ermənistanla sülh sazişi hansı prinsiplər əsasında olmalıdır?", "aliyev-peace-agreement-readiness-2021"),
    ],
)
def test_azerbaijani_after_principles_and_naming(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)  # each was refused: 'sonra', 'prinsiplər', 'adlandırdı' were not read
    assert answer.facts[:1] == (fact,)


def test_no_reaction_from_armenia_answers_whether_it_responded(engine: Engine) -> None:
    answer = engine.ask("Did Armenia respond positively to Azerbaijan's peace offer?")
    # was refused: 'no positive reaction from Armenia' did not make Armenia the one who (did not) react
    assert answer.facts[:1] == ("aliyev-peace-agreement-readiness-2021",)
    assert answer.headline.startswith("Not according to my sources")


def test_a_figure_in_millions_agrees_with_the_fact(engine: Engine) -> None:
    answer = engine.ask("is it true 1 million azerbaijanis were expelled")
    assert answer.headline.startswith("Yes")  # was 'Not according to my sources': 1 against 1,000,000
    assert engine.ask("were 2 million azerbaijanis expelled?").headline.startswith("Not according to my sources")


@pytest.mark.parametrize(
    ("first", "followup", "fact"),
    [
        (
            "Мехрибан Алиева посол доброй воли ЮНЕСКО с какого года?",
            "а от Фонда ООН в области народонаселения что ей вручили?",
            "unfpa-diploma-mehriban-aliyeva-2015",  # was the list of agencies Azerbaijan works with
        ),
        (
            "What did Aliyev do at UN HQ on 25 Sep 2025 before his talks with Guterres?",
            "and right after that?",
            "aliyev-guterres-photo-2025",  # was the 2026 World Urban Forum ('after that' read as 'after 2025')
        ),
    ],
)
def test_round_42_followups(engine: Engine, first: str, followup: str, fact: str) -> None:
    previous = engine.ask(first)
    assert engine.ask(followup, context=previous.context).facts[:1] == (fact,)


def test_which_place_in_a_report_is_its_rank(engine: Engine) -> None:
    answer = engine.ask("на каком месте Азербайджан в докладе об устойчивом развитии 2021")
    assert answer.facts[:1] == ("sdr-2021-azerbaijan-rank",)  # was its areas of progress


@pytest.mark.parametrize(
    ("first", "followup", "facts"),
    [
        (
            "sg guterres bairamov meetin 2022 what date",
            "wat did they say abt the nam",
            {"nam-presidency-discussed-2022", "guterres-nam-gratitude-2022"},  # was the meeting itself again
        ),
        (
            "Bayramov Guterres görüşü 2022 — о чем говорили?",
            "and what did bayramov say about armenia",
            {"bayramov-armenian-provocations-2022"},  # was refused
        ),
    ],
)
def test_what_was_said_of_something_at_the_meeting_just_shown(
    engine: Engine, first: str, followup: str, facts: set[str]
) -> None:
    previous = engine.ask(first)
    assert set(engine.ask(followup, context=previous.context).facts) == facts


def test_who_was_the_first_ambassador_is_no_pick_among_the_facts_shown(engine: Engine) -> None:
    previous = engine.ask("what happened on 02.03.1992?")
    answer = engine.ask("who was the first ambassador there?", context=previous.context)
    assert not answer.answered  # was the UN membership, 'first' read as 'the first of those shown'


def test_the_name_of_the_president_of_a_body_must_be_given(engine: Engine) -> None:
    previous = engine.ask("qu'a dit Baïramov des visites du président de l'AG ?")
    answer = engine.ask("comment s'appelle ce président de l'AG ?", context=previous.context)
    assert "heydar-aliyev-un-50th-anniversary-speech" not in answer.facts  # Heydar Aliyev was no President of it
    assert not answer.answered


def test_a_french_infinitive_negation_agrees_with_the_fact(engine: Engine) -> None:
    answer = engine.ask("Baïramov a accusé l'Arménie de ne pas coopérer sur le déminage ?")
    assert answer.facts[:1] == ("bayramov-mine-clearance-victims-2023",)
    assert not answer.headline.startswith("Pas d'après")  # the fact says Armenia does not cooperate


def test_how_many_are_still_displaced_is_not_how_many_returned(engine: Engine) -> None:
    previous = engine.ask("How many IDPs have returned?")
    assert not engine.ask("how many are still displaced?", context=previous.context).answered  # was the 53,000


@pytest.mark.parametrize(
    "question",
    ["why were resolutions 822 853 874 884 adopted?", "resolutions 822 853 874 884 - pourquoi were they adopted?"],
)
def test_why_the_numbered_1993_resolutions_were_adopted(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was Aliyev's claim that Azerbaijan implemented them itself
    assert answer.facts[:1] == ("unsc-resolutions-1993-reason",)


def test_round_42_azerbaijani_and_russian_wordings(engine: Engine) -> None:
    award = engine.ask("Cənub-Cənub mükafatını kim alıb və nəyə görə?")  # 'nəyə görə': why (was refused)
    assert award.facts[:1] == ("south-south-award-2015",)
    same_year = engine.ask("həmin il FAO Azərbaycana nə verdi?", context=award.context)  # 'həmin il': that year
    assert same_year.facts == ("fao-special-diploma-2015",)
    talks = engine.ask("о чем говорили Алиев и Гутериш в Нью-Йорке в сентябре 2025?")  # 'Гутериш', 'в Нью-Йорке'
    assert "guterres-congratulates-cop29-2025" in talks.facts


def test_how_many_soldiers_died_is_not_the_days_of_the_war(engine: Engine) -> None:
    previous = engine.ask("when did the second karabakh war start?")
    answer = engine.ask("how many Azerbaijani soldiers died in that war?", context=previous.context)
    assert not answer.answered  # was '44 —', the war's days given as its dead


def test_a_terse_date_of_the_vaccine_resolution(engine: Engine) -> None:
    answer = engine.ask("ga vaccine resolution date")
    # was 'the sources disagree' (23 or 24 September 2021: the day Aliyev announced it)
    assert answer.facts[:1] == ("unga-covid-vaccine-resolution-2021",)
    assert engine.ask("who put it forward", context=answer.context).headline == "Azerbaijan."


@pytest.mark.parametrize(
    ("first", "followup"),
    [
        (
            "was azerbaijan the first country from the south caucasus to get on the security council?",
            "who was azerbaijan's ambassador to the UN back then?",  # was 'UN Security Council.'
        ),
        ("how many people have mines killed since nov 2020 according to aliyev?", "what were the journalists' names?"),
    ],
)
def test_a_name_the_sources_do_not_give_is_not_answered(engine: Engine, first: str, followup: str) -> None:
    previous = engine.ask(first)
    assert not engine.ask(followup, context=previous.context).answered


def test_a_french_claim_reported_with_dit_que(engine: Engine) -> None:
    answer = engine.ask("Aliev a-t-il dit qu'il n'y a plus de Haut-Karabakh ?")
    # was Heydar Aliyev's speeches of 1994 and 2000: 'qu'il' read as a question word, 'n'y a plus' as nothing
    assert answer.facts[:1] == ("no-nagorno-karabakh-unit-2021",)
    assert answer.headline.startswith("Oui")
    swapped = engine.ask("Aliev a-t-il dit que l'Azerbaïdjan avait été vaincu sur le champ de bataille ?")
    assert swapped.headline.startswith("Pas d'après mes sources")  # Armenia was, he said


def test_how_armenia_reacted_is_answered_by_its_not_reacting(engine: Engine) -> None:
    previous = engine.ask("Əliyev 2021-ci ildə sülh sazişi üçün hansı prinsipləri təklif etdi?")
    answer = engine.ask("bəs Ermənistan necə reaksiya verdi?", context=previous.context)
    # was why the 1993 resolutions were adopted ('in response to'): the fact says there was no positive reaction
    assert answer.facts[:1] == ("aliyev-peace-agreement-readiness-2021",)


def test_which_one_of_a_post_must_be_named(engine: Engine) -> None:
    assert not engine.ask("bayramov mentioned visits of the ga president, which one visited").answered


def test_the_first_of_the_resolutions_a_summary_speaks_of(engine: Engine) -> None:
    first = engine.ask("что приняла Генассамблея 14 марта 2008 г?")
    demands = engine.ask("а что в этих резолюциях требовали?", context=first.context)
    answer = engine.ask("а первая такая резолюция когда была?", context=demands.context)
    # was Aliyev's 2004 speech: the summary of both resolutions had no series to count in
    assert answer.facts[:1] == ("unga-resolution-occupied-territories-2006",)


def test_what_the_session_of_a_speech_was_about(engine: Engine) -> None:
    previous = engine.ask("who is rashad al khafaci")
    answer = engine.ask("what was the session about", context=previous.context)
    assert answer.facts[:1] == ("intercultural-forum-2017-food-security-session",)  # was his speech again


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("FAO-nun məqsədləri nədir?", "fao-goals"),  # was Leyla Aliyeva's FAO title ('for her work' read as a reason)
        ("Davamlı İnkişaf Məqsədləri Azərbaycan üçün nə dərəcədə vacibdir?", "sdgs-particular-importance-azerbaijan"),
    ],
)
def test_a_purpose_asked_in_azerbaijani(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)


@pytest.mark.parametrize(
    "claim",
    [
        "Checking a claim: Azerbaijan sat on the UN Security Council in 2014-2015. Correct?",
        "Коллега пишет, что Азербайджан был в Совбезе ООН в 2010–2011. Это так?",
    ],
)
def test_a_claim_put_to_check_is_corrected(engine: Engine, claim: str) -> None:
    answer = engine.ask(claim)  # was refused: 'Checking', 'Коллега' read as names the sources lack
    assert answer.facts[:1] == ("unsc-non-permanent-member-2012-2013",)
    assert answer.headline.startswith("Not according to my sources")


@pytest.mark.parametrize(
    ("letter", "fact"),
    [
        (
            "Dear Sir or Madam,\nI am writing a master's thesis on Azerbaijani diplomacy. Could you kindly tell me how "
            "cooperation between Azerbaijan and the United Nations first came about?\nKind regards,\nNigar",
            "cooperation-established-after-ussr",
        ),
        (
            "Уважаемые коллеги! Готовлю материал о вкладе Азербайджана в борьбу с COVID-19. Уточните, пожалуйста, "
            "когда Генассамблея приняла резолюцию о равном доступе к вакцинам и сколько стран её поддержали? "
            "Заранее благодарю, Анна",
            "unga-covid-vaccine-resolution-2021",
        ),
    ],
)
def test_a_letter_with_greeting_and_signature(engine: Engine, letter: str, fact: str) -> None:
    answer = engine.ask(letter)  # each was refused: 'Madam', 'Уточните', 'Анна' read as names the sources lack
    assert answer.facts[:1] == (fact,)


def test_thanking_azerbaijan_is_thanking_its_president(engine: Engine) -> None:
    answer = engine.ask(
        "Guterres a-t-il remercié l'Azerbaidjan de soutenir le travail de l'ONU dans d'autres régions ?"
    )
    assert answer.facts[:1] == ("guterres-thanks-support-other-regions-2025",)  # was refused: he thanked Aliyev
    assert answer.headline.startswith("Oui")
    assert engine.ask("Guterres a-t-il félicité l'Arménie ?").headline.startswith("Pas d'après mes sources")


def test_scheduled_for_when_and_a_mood_before_the_question(engine: Engine) -> None:
    forum = engine.ask("Forum urbain mondial en Azerbaidjan, c'est prévu pour quand ?")
    assert forum.facts[:1] == ("world-urban-forum-2026-azerbaijan",)  # was refused ('prévu' unknown)
    speech = engine.ask(
        "sceptical here: did Aliyev address the 76th session on the 23rd or the 24th of September 2021?"
    )
    assert set(speech.facts) == {"unga76-aliyev-address-sep23", "unga76-aliyev-address-sep24"}  # the two sides


def test_which_president_signed_a_decree_the_sources_do_not_name(engine: Engine) -> None:
    previous = engine.ask("YUNESKO üzrə Milli Komissiya nə vaxt yaradılıb?")
    answer = engine.ask("fərmanı hansı prezident imzalayıb?", context=previous.context)
    assert not answer.answered  # was the decree again, as if it named him
    assert answer.headline == "The sources name no person for that."


@pytest.mark.parametrize(
    "question",
    [
        "dans quels domaines l'Azerbaidjan aide d'autres pays, à part le covid ?",
        "in which fields does azerbaijan help other countries apart from covid?",
    ],
)
def test_what_is_set_aside_is_not_asked_about(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was the 2021 COVID vaccine resolution
    assert answer.facts[:1] == ("azerbaijan-assistance-many-countries-2023",)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Bonjour, petite question : quand Baïramov a-t-il vu Zouev ? Merci !", "bayramov-zuev-meeting-2023"),
        ("вопрос: когда Азербайджан вступил в ООН?", "un-membership-1992"),
    ],
)
def test_a_question_announced_as_one(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # 'petite question :' was read as words to find


def test_did_he_say_after_a_speech_is_asked_of_that_speech(engine: Engine) -> None:
    # was 'Yes' with the 2021 speech that says the conflict was settled
    flow = [
        "What did Aliev say at the UN General Assembly in Sept 2017?",
        "did he say why the conflict wasn't settled?",
    ]
    answer = _follow(engine, flow)
    assert answer.facts == ("ilham-aliyev-unga-72-lack-of-pressure",)
    assert answer.headline.startswith("Yes.")


@pytest.mark.parametrize(
    "flow",
    [
        ["Did Leyla Aliyeva speak at the intercultural dialogue forum?", "who else spoke there?"],
        ["Лейла Алиева выступала на форуме по межкультурному диалогу?", "кто ещё там выступал?"],  # said nobody else
    ],
)
def test_who_else_spoke_there_names_the_other_speaker_at_that_forum(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert answer.facts == ("rashad-al-khafaci-speech-intercultural-forum-2017",)
    assert "Al-Khafaci" in answer.headline


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("İƏT ilə bağlı iclas nə vaxt olub?", "unsc-un-oic-meeting-2013"),  # 'iclas' is a meeting
        ("Azərbaycan Ümumdünya Səhiyyə Təşkilatı ilə əməkdaşlıq edir?", "un-specialised-agencies-cooperation"),
        ("wfp emergency op in az started which yr", "wfp-emergency-food-operation-1993"),  # 'op': operation
        # 'ce qui' is 'what', not 'who'
        (
            "Bonjour, pourriez-vous m'indiquer ce qui a été adopté à l'Assemblée générale le 16/12/2021 ? Merci",
            "unga-covid-vaccine-resolution-2021",
        ),
        # the tag with its apostrophe: 'c'est juste ?'
        (
            "l'Azerbaïdjan est le premier pays d'Asie centrale élu au Conseil de sécurité, c'est juste ?",
            "unsc-first-south-caucasus-central-asia",
        ),
        ("Azərbaycan BMT-yə 1992-ci ildə qoşulub, düzdür?", "un-membership-1992"),
    ],
)
def test_wordings_of_round_r(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # each was refused


@pytest.mark.parametrize(
    "flow",
    [
        ["Кто председательствовал на заседании Совбеза ООН в мае 2012 года?", "Какой была тема этого заседания?"],
        ["Who chaired the UN Security Council meeting in May 2012?", "What was the subject of that meeting?"],
    ],
)
def test_the_topic_of_a_meeting_the_sources_do_not_give_is_said_not_given(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)
    assert not answer.answered
    assert answer.headline == "The sources do not report what was said there."


@pytest.mark.parametrize(
    "question",
    ["Is it true Azerbaijan was on the Security Council in 2008-2009?", "was azerbaijan on security council in 2015"],
)
def test_a_wrong_term_on_the_council_is_corrected_by_the_term(engine: Engine, question: str) -> None:
    # was 'No' with the General Assembly's 2008 resolution, or the FAO diploma of 2015: facts of the year only
    answer = engine.ask(question)
    assert answer.facts == ("unsc-non-permanent-member-2012-2013",)
    assert answer.headline.startswith("Not according to my sources.")


def test_the_numbers_of_resolutions_only_counted_are_not_given(engine: Engine) -> None:
    flow = [
        "When did Azerbaijan hold the presidency of the security council?",
        "how many resolutions did the council adopt in those months?",
        "and which resolution numbers were they?",
    ]
    answer = _follow(engine, flow)  # was '7 —' again
    assert not answer.answered
    assert answer.headline == "The sources do not give its number."


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        # she stays, and UNEP takes the FAO's place (both were kept, and nothing holds both)
        (["Leyla Aliyeva et la FAO ?", "et avec le PNUE elle a fait quoi ?"], "green-week-conferences"),
        (["since when is Mehriban Aliyeva a UNESCO goodwill ambassador?", "and the WIPO medal?",
          "what did the UN population fund give her?"], "unfpa-diploma-mehriban-aliyeva-2015"),
        (["green week conferences whose idea was it", "w which un agency"], "green-week-conferences"),  # 'w': with
    ],
)  # fmt: skip
def test_a_new_organisation_after_a_pronoun_takes_the_place_of_the_old(
    engine: Engine, flow: list[str], fact: str
) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)


def test_when_was_he_there_back_then_of_a_recalled_visit_is_not_the_day_he_recalled_it(engine: Engine) -> None:
    flow = ["aliev guteres 2025 mtg - what did guteres say abt refugees?", "what year was he in az back then"]
    answer = _follow(engine, flow)  # was 'That was on 25 September 2025.'
    assert not answer.answered
    assert "2025" not in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "Bairamov Zuev meeting - what did zuev say about security in azerbaijan",
        "bairamov zuev mtg what did zuev say abt security in az",
    ],
)
def test_what_one_of_two_named_said_is_his_own_words(engine: Engine, question: str) -> None:
    # was what was welcomed at the meeting ('support for peace and security'), said by no one in particular
    assert engine.ask(question).facts == ("zuev-security-law-enforcement-2023",)


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("How many mine victims did Aliyev report at the UN in 2021?", ("mine-victims-since-november-2020",)),
        ("How many UN awards did Azerbaijan receive in 2015?",
         ("fao-special-diploma-2015", "south-south-award-2015", "unfpa-diploma-mehriban-aliyeva-2015")),
    ],
)  # fmt: skip
def test_how_many_counts_the_last_noun_of_a_compound(engine: Engine, question: str, facts: tuple[str, ...]) -> None:
    assert engine.ask(question).facts == facts  # each was refused ('mine', 'un' were taken for what is counted)


def test_victims_do_not_make_people_who_live_somewhere(engine: Engine) -> None:
    assert not engine.ask("How many people live in Azerbaijan?").answered


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Hi there!\n\nI'm putting together a quiz night about the UN for our community club in Baku. Two questions "
         "I'm not sure about: in which year were the Millennium Development Goals announced, and did Azerbaijan "
         "actually take part in them?\n\nThanks a lot, cheers\nRashad",
         ("mdgs-announced-2000", "azerbaijan-mdgs-participation")),
        ("Bonsoir ! Petite question pour mon cours de relations internationales à la fac : pendant combien de temps "
         "les résolutions du Conseil de sécurité de 1993 sont-elles restées lettre morte, et qu'est-ce qu'Aliyev en a "
         "dit devant l'AG en 2021 ? Merci beaucoup et bonne soirée, Mehdi",
         ("unsc-resolutions-unimplemented-27-years", "unga76-aliyev-address-sep23")),
    ],
)  # fmt: skip
def test_a_letter_of_two_questions_with_a_preface_and_a_signature(
    engine: Engine, message: str, facts: tuple[str, ...]
) -> None:
    answer = engine.ask(message)  # each was refused, 'Rashad' and 'Mehdi' taken for what was asked about
    assert answer.facts == facts
    assert "Rashad" not in answer.headline
    assert "Mehdi" not in answer.headline


@pytest.mark.parametrize(
    ("flow", "fact"),
    [
        (["Geydar Aliev a parlé à l'AG de l'ONU pour la première fois quand ?"], "heydar-aliyev-unga-49-speech"),
        (["Когда Гейдар Алиев впервые выступил в ГА ООН?"], "heydar-aliyev-unga-49-speech"),
        (["when did Heydar Aliyev first speak at the GA?", "did he sign anything on that occasion?"],
         "unicef-cooperation-agreement-1994"),
        (["Geydar Aliev a parlé à l'AG de l'ONU pour la première fois quand ?",
          "il a signé quelque chose à cette occasion ?"], "unicef-cooperation-agreement-1994"),
    ],
)  # fmt: skip
def test_the_first_time_and_that_occasion(engine: Engine, flow: list[str], fact: str) -> None:
    assert _follow(engine, flow).facts[:1] == (fact,)  # each was refused


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("les 4 resolutions du CS de 93 exigeaient quoi exactement ?", "unsc-resolutions-1993-demands"),  # '93'
        ("c'était quand le meeting high-level ONU-OCI organisé par l'Azerbaïdjan ?", "unsc-un-oic-meeting-2013"),
    ],
)
def test_french_wordings_of_round_s(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # each was refused


@pytest.mark.parametrize(
    ("flow", "fact", "opening"),
    [
        (["сколько людей погибло от мин после войны?", "ты уверен? я читал что погибло 45"],
         "mine-victims-since-november-2020", "That is what my sources say: Between"),
        (["tell me about the 1993 security council resolutions", "were they ever implemented?",
          "are you sure? I thought Armenian forces pulled out back in 1994"],
         "unsc-resolutions-implemented-by-azerbaijan-itself", "That is what my sources say: In his address"),
        (["When did Aliyev give his UNGA 76 speech?", "are you sure? I've seen the 24th somewhere"],
         "unga76-aliyev-address-sep23", "The sources disagree"),
        (["When did Azerbaijan join the UN?", "are you sure?"], "un-membership-1992", "That was on 2 March 1992."),
    ],
)  # fmt: skip
def test_are_you_sure_restates_what_the_sources_say(engine: Engine, flow: list[str], fact: str, opening: str) -> None:
    answer = _follow(engine, flow)  # the first three were refused (the doubt with a claim after it)
    assert answer.facts[:1] == (fact,)
    assert answer.headline.startswith(opening)


def test_a_span_of_days_in_two_months_is_said_as_between(engine: Engine) -> None:
    answer = _follow(engine, ["сколько людей погибло от мин после войны?", "а когда это было, точно?"])
    assert answer.headline == "That was between 10 November 2020 and 23 September 2021."


def test_a_french_statement_asked_without_accents_is_a_yes_no(engine: Engine) -> None:
    flow = ["la reunion pour les 75 ans de l'ONU c'etait quand ?", "Aliyev y etait en personne ?"]
    answer = _follow(engine, flow)  # was the mine victims and the returnees ('personnes')
    assert answer.facts == ("un75-aliyev-video-address",)
    assert answer.headline.startswith("Pas d'après mes sources.")


def test_which_resolutions_followed_are_those_after_the_previous_answer(engine: Engine) -> None:
    flow = [
        "When did Azerbaijan get 'situation in the occupied territories' onto the GA agenda?",
        "which GA resolutions followed?",
    ]
    answer = _follow(engine, flow)  # was refused; then 'what did they demand?' gave the 2004 speech
    assert "unga-resolution-occupied-territories-2006" in answer.facts
    demanded = _follow(engine, [*flow, "what did they demand?"])
    assert demanded.facts == ("unga-resolutions-occupied-territories-content",)


@pytest.mark.parametrize(
    "question",
    [
        "which three districts did Armenia hand over minefield maps for?",
        "which three regions did Armenia hand over minefield maps for?",
    ],
)
def test_which_regions_the_sources_only_count_is_refused(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered  # was the 25% accuracy of the maps, as if it named them


@pytest.mark.parametrize(
    ("flow", "facts"),
    [
        (["Azerbaijan UN-OIC meeting date?", "and which other organisation did it want closer to the UN?"],
         ("unsc-proposal-un-turkic-states",)),
        (["C'est quoi le Forum mondial de l'Alliance des civilisations ?", "et l'autre forum, celui sur la jeunesse ?"],
         ("global-forum-youth-policy-2014",)),
        (["Qui a rencontré Guterres ?", "qui d'autre ?"], ("aliyev-guterres-meeting-2025",)),  # those named beside
    ],
)  # fmt: skip
def test_another_one_is_not_the_one_just_shown(engine: Engine, flow: list[str], facts: tuple[str, ...]) -> None:
    assert _follow(engine, flow).facts == facts  # the first two gave the previous answer again


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("az unsc member which yrs", ("unsc-non-permanent-member-2012-2013",)),
        ("unicef agreement w az signed when n by who", ("unicef-cooperation-agreement-1994",)),
        ("did az get the fao special diploma in 2015 or 2016", ("fao-special-diploma-2015",)),
        ("how many General Assembly resolutions on the occupied territories were adopted?",
         ("unga-resolution-occupied-territories-2006", "unga-resolution-occupied-territories-2008")),
        ("сколько резолюций Генассамблеи об оккупированных территориях Азербайджана было принято?",
         ("unga-resolution-occupied-territories-2006", "unga-resolution-occupied-territories-2008")),
        ("How many Security Council presidencies did Azerbaijan hold?",
         ("unsc-presidency-may-2012", "unsc-presidency-october-2013")),
    ],
)  # fmt: skip
def test_phone_english_and_counts_of_named_kinds(engine: Engine, question: str, facts: tuple[str, ...]) -> None:
    assert engine.ask(question).facts == facts  # each was refused


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Генассамблея приняла резолюцию об оккупированных территориях Азербайджана 14 марта 2009 года?",
         "unga-resolution-occupied-territories-2008"),
        ("L'Assemblée générale a-t-elle adopté une résolution sur les territoires occupés le 7 septembre 2007 ?",
         "unga-resolution-occupied-territories-2006"),
    ],
)  # fmt: skip
def test_a_wrong_day_is_corrected_by_the_nearest(engine: Engine, question: str, first: str) -> None:
    answer = engine.ask(question)
    assert answer.headline.startswith(("Not according", "Pas d'après"))
    assert answer.facts[0] == first


def test_at_that_point_is_the_time_of_the_previous_answer(engine: Engine) -> None:
    flow = ["Azerbaijan UN-OIC meeting date?", "was Azerbaijan presiding the council at that point?"]
    answer = _follow(engine, flow)  # was refused
    assert answer.facts == ("unsc-presidency-october-2013",)
    assert answer.headline.startswith("Yes.")
    closer = _follow(engine, [*flow, "and which other organisation did it want closer to the UN?"])
    assert closer.facts == ("unsc-proposal-un-turkic-states",)  # was the closed meetings of the presidencies


def test_before_the_meeting_in_azerbaijani(engine: Engine) -> None:
    flow = ["İlham Əliyev 25.09.2025 tarixində BMT-nin qərargahında kimlə görüşüb?", "gorusden evvel ne imzaladi?"]
    assert _follow(engine, flow).facts == ("aliyev-un-guest-book-2025",)  # was refused: 'evvel' is 'before'


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Heydər Əliyev BMT-nin 50 illiyinə həsr olunmuş təntənəli sessiyada nə vaxt çıxış edib?",
         "heydar-aliyev-un-50th-anniversary-speech"),
        ("Əliyev BMT-nin 75 illiyində nə deyib?", "un75-aliyev-warning-armenian-aggression"),
        ("Baş Assambleya 'Azərbaycanın işğal olunmuş ərazilərində vəziyyət' qətnamələrini hansı tarixlərdə qəbul edib?",
         "unga-resolution-occupied-territories-2006"),  # 'vəziyyət': the situation
    ],
)  # fmt: skip
def test_an_anniversary_in_azerbaijani(engine: Engine, question: str, fact: str) -> None:
    assert engine.ask(question).facts[:1] == (fact,)  # the first was refused, the second gave the 24 Sept speech


@pytest.mark.parametrize(
    "question",
    [
        "Did Guteres ever go to Azerbaijan before he was SG?",
        "Had Guterres been to Azerbaijan before becoming Secretary-General?",
        "Guterres était-il venu en Azerbaïdjan avant d'être secrétaire général ?",
    ],
)
def test_a_visit_before_his_post_is_the_one_he_recalls(engine: Engine, question: str) -> None:
    answer = engine.ask(question)  # was refused
    assert answer.facts == ("guterres-recalls-unhcr-visit-2025",)
    assert answer.headline.startswith(("Yes.", "Oui."))


@pytest.mark.parametrize(
    ("flow", "answered", "fact"),
    [
        # no one named: not his words on the liberated lands, which say 'presented'
        (["who received the South-South award and when?", "who presented it to him?"], False, "south-south-award-2015"),
        (["когда создали нацкомиссию Азербайджана по делам ЮНЕСКО?", "а кто её возглавляет?"], False, None),
        # another fact of the same thing, or of the meeting where it was said, still answers
        (["l'azerbaidjan a preside le mouvement des non-alignes ?", "qui l'a felicite pour ca a l'onu ?"], True,
         "guterres-praises-nam-chairmanship-2025"),
        (["what did zuev say abt security in az", "and who did he meet"], True, "bayramov-zuev-meeting-2023"),
    ],
)  # fmt: skip
def test_who_of_the_thing_just_told_stays_with_it(
    engine: Engine, flow: list[str], answered: bool, fact: str | None
) -> None:
    answer = _follow(engine, flow)
    assert answer.answered == answered
    assert answer.facts[:1] == ((fact,) if fact else ())


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("L'Azerbaïdjan fait partie des pays les plus minés du monde ?", "azerbaijan-most-mined-countries-2021"),
        ("il parait que l'Azerbaïdjan est passé de pays qui reçoit de l'aide à pays donateur, c'est vrai ?",
         "azerbaijan-aid-recipient-to-donor-2023"),
        ("did Azerbaijan propose anything about the Turkic Council while it sat on the SC?",
         "unsc-proposal-un-turkic-states"),
        ("bayramov zuev mine conference baku name?", "mine-threat-conference-baku-2023"),
    ],
)  # fmt: skip
def test_claims_and_keywords_of_round_t(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)  # each was refused
    assert answer.facts[:1] == (fact,)
    assert answer.answered


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Hello, I'm writing a short paper for my master's course on frozen conflicts and the UN General Assembly. I "
         "know the Security Council passed several resolutions, but I'm interested in the General Assembly side. How "
         "many GA resolutions on 'the situation in the occupied territories of Azerbaijan' were adopted, and on what "
         "dates? Thanks a lot in advance, Tom",
         ("unga-resolution-occupied-territories-2006", "unga-resolution-occupied-territories-2008")),
        ("Dear bot, I'm preparing a school presentation about Azerbaijan and UNESCO for my class next week. Could you "
         "tell me when the national commission of Azerbaijan for UNESCO was created and on whose decision? Many "
         "thanks, Sevinj", ("unesco-national-commission-1994",)),
    ],
)  # fmt: skip
def test_letters_of_round_t(engine: Engine, message: str, facts: tuple[str, ...]) -> None:
    assert engine.ask(message).facts == facts  # each was refused


def test_the_day_of_the_week_in_russian_stays_with_the_meeting(engine: Engine) -> None:
    flow = ["когда Байрамов встречался с Гутеррешем?", "а какой это был день недели?"]
    answer = _follow(engine, flow)  # was the Bayramov-Zuev meeting of May 2023
    assert answer.facts == ("guterres-bayramov-meeting-2022",)


def test_what_was_said_in_another_year_is_not_the_previous_meeting(engine: Engine) -> None:
    flow = ["Guterres a remercié l'Azerbaïdjan pour quoi en 2022 ?", "et en 2025, il a dit quoi sur le MNA ?"]
    answer = _follow(engine, flow)  # was the 2022 meeting's topics again
    assert not {"nam-presidency-discussed-2022", "guterres-nam-gratitude-2022"} & set(answer.facts)


def test_staying_on_paper_is_staying_unimplemented(engine: Engine) -> None:
    answer = engine.ask("how long did the un resolutions on karabakh just stay on paper")
    assert answer.facts == ("unsc-resolutions-unimplemented-27-years",)
    assert answer.headline.startswith("27 —")


def test_a_yes_no_of_the_thing_just_told_is_not_answered_by_another(engine: Engine) -> None:
    flow = ["what did Ilham Aliyev call for at the 59th GA session, Sept 2004?",
            "and what happened at the GA about a month later?", "was there a vote on it?"]  # fmt: skip
    answer = _follow(engine, flow)  # was 'Yes' with the 2021 vaccine resolution's 179 votes
    assert not answer.answered


def test_who_else_in_his_family_is_who_else(engine: Engine) -> None:
    flow = ["what UN award did Ilham Aliyev get in 2015?", "why was it given?",
            "who else in his family got something from the UN that year?"]  # fmt: skip
    answer = _follow(engine, flow)  # was 47 facts about Ilham Aliyev
    assert answer.facts == ("unfpa-diploma-mehriban-aliyeva-2015",)


@pytest.mark.parametrize(
    "flow",
    [
        ["how many former IDPs have returned under the Great Return?", "and how many of them returned to Shusha?"],
        ["сколько бывших переселенцев уже вернулись домой по программе Великое возвращение?",
         "а сколько из них вернулись именно в Шушу?"],
    ],
)  # fmt: skip
def test_how_many_of_them_to_a_place_the_sources_do_not_name_is_refused(engine: Engine, flow: list[str]) -> None:
    answer = _follow(engine, flow)  # was the 53,000 in all, as if for Shusha
    assert not answer.answered
    assert "Shusha" in answer.headline or "Шушу" in answer.headline


def test_which_missions_in_russian_of_various_missions_is_refused(engine: Engine) -> None:
    # was the praise of service 'in various missions', as if it named them
    assert not engine.ask("в каких миссиях ООН служат азербайджанские миротворцы?").answered


def test_until_when_of_a_thing_only_started_is_not_its_start(engine: Engine) -> None:
    flow = ["сколько тонн продуктов получили беженцы по линии Всемирной продовольственной программы?",
            "а до какого года эта программа работала?"]  # fmt: skip
    assert not _follow(engine, flow).answered  # was its start year, 1993, as if it ended then


@pytest.mark.parametrize(
    "question",
    [
        "which months did azerbaijan preside over the UNSC?",
        "В какие месяцы Азербайджан председательствовал в Совбезе?",
        "en quels mois l'Azerbaïdjan a-t-il présidé le Conseil de sécurité ?",
    ],
)
def test_which_months_gives_each_month(engine: Engine, question: str) -> None:
    # was May 2012 alone ('months' a word to match)
    assert engine.ask(question).facts == ("unsc-presidency-may-2012", "unsc-presidency-october-2013")


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("when did az open its un mission and who heads it now", "who heads it now"),
        ("Quand la mission permanente de l'Azerbaïdjan auprès de l'ONU a-t-elle ouvert, et qui la dirigeait ?",
         "qui la dirigeait"),
    ],
)  # fmt: skip
def test_of_two_questions_the_one_answered_is_given_and_the_other_said_unanswered(
    engine: Engine, question: str, rest: str
) -> None:
    answer = engine.ask(question)  # both were refused whole
    assert answer.facts == ("permanent-mission-opened-1992",)
    assert any(rest in note for note in answer.notes)


def test_how_many_years_later_is_not_a_duration_of_something_else(engine: Engine) -> None:
    # was the 27 years the 1993 resolutions stayed unimplemented
    assert not engine.ask("и сколько лет спустя страна вошла в Совбез?").answered

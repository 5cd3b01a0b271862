"""Questions that put two things in date order: read from the question, then answered from the fact base."""

import pytest

from bot.compare import comparison
from bot.engine import Engine
from bot.render import to_plain


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("which resolution came first, 822 or 884?", ("resolution 822", "resolution 884")),
        ("the UN membership or the mission, which came first?", ("the UN membership", "the mission")),
        (
            "which was adopted earlier, the 2006 or the 2008 GA resolution",
            ("GA resolution the 2006", "the 2008 GA resolution"),
        ),
        ("Что было раньше: вступление в ООН или открытие постпредства?", ("вступление в ООН", "открытие постпредства")),
        ("А что было раньше — это или вступление в ООН?", ("это", "вступление в ООН")),
        ("lequel est venu en premier, la guerre ou la COP29 ?", ("la guerre", "la COP29")),
        ("Hansı daha əvvəl olub: BMT-yə üzvlük yoxsa Şuraya sədrlik?", ("BMT-yə üzvlük", "Şuraya sədrlik")),
        (
            "was the UNICEF agreement before or after the UNESCO commission?",
            ("the UNICEF agreement", "the UNESCO commission"),
        ),
    ],
)
def test_the_two_things_compared_are_read_from_the_question(question: str, asked: tuple[str, str]) -> None:
    found = comparison(question)
    assert found is not None
    assert found.asked == asked


@pytest.mark.parametrize(
    "question", ["which came first?", "when did Azerbaijan join the UN or UNESCO?", "which is more important, A or B?"]
)
def test_other_questions_compare_nothing(question: str) -> None:
    assert comparison(question) is None


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        (
            "Which came first: Azerbaijan joining the UN or the opening of its Permanent Mission?",
            "First came Azerbaijan joining the UN (2 March 1992), "
            "then the opening of its Permanent Mission (6 May 1992).",
        ),
        (
            "qu'est-ce qui est arrivé en premier : l'ouverture de la mission ou l'adhésion à l'ONU ?",
            "D'abord l'adhésion à l'ONU (2 mars 1992), puis l'ouverture de la mission (6 mai 1992).",
        ),
        (
            "Which happened earlier, Mehriban Aliyeva becoming a UNESCO Goodwill Ambassador or her WIPO Gold Medal?",
            "First came Mehriban Aliyeva becoming a UNESCO Goodwill Ambassador (August 2004), "
            "then her WIPO Gold Medal (March 2006).",
        ),
        ("Что было раньше: вступление в ООН или открытие постпредства?", "First came 2 March 1992, then 6 May 1992:"),
        # the sources give both the year 1993 only: which came first, they do not say
        (
            "which resolution came first, 822 or 884?",
            "The sources do not tell which came first: they date both to 1993.",
        ),
    ],
)
def test_two_things_are_put_in_date_order_with_both_sources(engine: Engine, question: str, headline: str) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.headline == headline
    assert len(answer.facts) == 2
    assert "Sources" in to_plain(answer)


def test_this_is_the_previous_answer(engine: Engine) -> None:
    first = engine.ask("Когда было открыто постпредство Азербайджана при ООН?")
    answer = engine.ask("А что было раньше — это или вступление в ООН?", context=first.context)
    assert answer.facts == ("un-membership-1992", "permanent-mission-opened-1992")


def test_a_remark_about_an_event_is_not_its_date(engine: Engine) -> None:
    # the sources mention COP29 only in remarks of 2025, which do not date it: no order is made up
    assert not engine.ask("what event happened first: COP29 or the war?").answered


def test_a_clause_that_leans_on_the_other_part_is_asked_on_its_own(engine: Engine) -> None:
    # 'it joined the UN' is not asked of the mission's answer; clauses are not put into the headline as names
    answer = engine.ask("was Azerbaijan's UN mission opened before or after it joined the UN?")
    assert answer.facts == ("un-membership-1992", "permanent-mission-opened-1992")
    assert answer.headline == "First came 2 March 1992, then 6 May 1992:"


@pytest.mark.parametrize(
    "question",
    [
        "Laquelle a eu lieu en premier : la rencontre Guterres–Baïramov ou la rencontre Baïramov–Zouev ?",
        "qui est venu en premier : l'entretien guterres-baïramov ou la rencontre bayramov-zouev",
    ],
)
def test_french_which_took_place_first(question: str) -> None:
    found = comparison(question)
    assert found is not None
    assert len(found.asked) == 2

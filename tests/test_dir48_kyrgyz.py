"""Kyrgyz orders told as the Kazakh ones, the verb last (store/extract/directives/kazakh.py,
s46 dir48), on made-up sentences: «… күчөтүү боюнча бир катар тапшырмаларды берди»; a task
given with no content, and a request («… алып салууну өтүндү»), order nothing; and a Kazakh
addressee after a topic's postposition («… бойынша министрліктерге»); a Kazakh passive's giver
whose instruction it follows («Мемлекет басшысының тапсырмасына сәйкес … тапсырылған»)."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_kyrgyz_task_with_its_content_before_boyuncha(extractor):
    body = (
        "Вице-премьер-министр Азамат Токтосунов чек ара бекеттерине барды.\n\n"
        "Азамат Токтосунов бекеттин ишин көрүп, жүргүнчүлөрдү текшерүү тартибин жеңилдетүү боюнча "
        "бир катар тапшырмаларды берди."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.what) == ("Азамат Токтосунов", "жүргүнчүлөрдү текшерүү тартибин жеңилдетүү")


@pytest.mark.parametrize(
    "body",
    [
        # tasks given, their content not told
        "Вице-премьер-министр Азамат Токтосунов тармактык мамлекеттик органдарга бир катар тапшырмаларды берди.",
        # a request, not an order
        "Өкмөт башчы Азамат Токтосунов бекеттеги ветеринардык көзөмөлдү алып салууну өтүндү.",
    ],
)
def test_kyrgyz_sentences_that_order_nothing(extractor, body):
    assert directives(extractor, body) == []


def test_kazakh_topic_postposition_is_not_part_of_the_addressee(extractor):
    # «X бойынша министрліктерге міндет жүктелді»: «бойынша» closes the topic, the addressee starts after it
    body = (
        "Премьер-министр Олжас Бектенов кеңес өткізді.\n\n"
        "Шекарадағы кезекті азайту бойынша министрліктерге міндет жүктелді."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.what) == ("Олжас Бектенов", "министрліктер", "Шекарадағы кезекті азайту")


def test_kazakh_passive_order_is_the_one_whose_instruction_it_follows(extractor):
    # the passive names whose instruction it carries out: that one gives it, not the minister named before
    body = (
        "Көлік министрі Ерлан Сәкенов облысқа келді.\n\n"
        "Мемлекет басшысының тапсырмасына сәйкес министрлердің бірінші орынбасарларына халықпен ай сайын "
        "кездесу тапсырылған."
    )
    [d] = directives(extractor, body)
    assert d.by != "Ерлан Сәкенов" and d.by.startswith("Мемлекет басшысы")
    assert d.what.endswith("кездесу") and "тапсырмасына" not in d.what

"""Directive shapes and values met on fresh pages (s40, dir40), on made-up sentences of the same shape:
noun shapes («поставлена задача …», «дано поручение …»), imperatives in direct speech, a deputy
akim's Kazakh title, «тапсырмасы аясында», Kazakh addressee lists, and the addressee and `what`
errors a sample of exported directives showed."""

import pytest

from tests.notes import directive_extractor, directives, one_directive


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


_one = one_directive


def test_task_set_before_a_body_is_a_passive_order(extractor):
    body = (
        "Премьер-министр Темир Сариев провел совещание. "
        "Также перед руководством таможенной службы поставлена задача проверять сотрудников постов."
    )
    assert _one(extractor, body) == ("Темир Сариев", "руководство таможенной службы", "проверять сотрудников постов")


def test_instruction_given_by_an_agent_in_the_instrumental(extractor):
    body = "Министру транспорта Ивану Петрову президентом Владимиром Путиным дано поручение собирать перевозчиков раз в год."
    assert _one(extractor, body) == ("Владимир Путин", "Иван Петров", "собирать перевозчиков раз в год")


def test_tasks_set_before_an_official_read_their_action(extractor):
    body = (
        "Президент Касым-Жомарт Токаев принял акима города Ерболата Досаева. Глава государства поставил перед "
        "акимом ряд задач «по обеспечению освещения улиц, подаче воды в дома»."
    )
    by, to, what = _one(extractor, body)
    assert (by, to) == ("Касым-Жомарт Токаев", "Ерболат Досаев") and what.startswith("обеспечению освещения улиц")


def test_task_given_with_no_subject_continues_the_meeting_head(extractor):
    body = "Аким города Дархан Сатыбалды провел совещание. Дана задача разработать план развития до 2030 года."
    assert _one(extractor, body) == ("Дархан Сатыбалды", None, "разработать план развития до 2030 года")


@pytest.mark.parametrize(
    "body",
    [
        # a field, not an action: no order to report
        "Президент Касым-Жомарт Токаев провел совещание. Также Президент поставил задачи по вопросам цифровизации.",
        # «по данным …» holds «дан» but gives nothing
        "По данным ведомства, задача дана на этот год.",
    ],
)
def test_task_nouns_that_order_nothing(extractor, body):
    assert directives(extractor, body) == []


def test_imperative_in_dash_speech_attributed_to_an_order(extractor):
    body = (
        "На совещании был аким Актюбинской области Ондасын Уразалин.\n\n"
        "- Денег стало больше, мы должны решить много проблем. Ускорьтесь по всем направлениям, - поручил аким "
        "области.\n\nДалее выступил заместитель."
    )
    # the speaker's own need («мы должны решить …») is no order; the imperative is
    assert _one(extractor, body) == ("Ондасын Уразалин", None, "Ускорьтесь по всем направлениям")


def test_imperative_in_a_quote(extractor):
    body = (
        "Аким области Ерлан Нысанбаев провел совещание.\n\n"
        "«Подготовьте четкую программу работ и обеспечьте контроль», — поручил Ерлан Нысанбаев."
    )
    assert _one(extractor, body) == (
        "Ерлан Нысанбаев",
        None,
        "Подготовьте четкую программу работ и обеспечьте контроль",
    )


def test_adverb_opening_the_sentence_is_no_addressee(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание. Наряду с этим премьер поставил задачу ужесточить "
        "требования к кадрам таможни."
    )
    assert _one(extractor, body) == ("Олжас Бектенов", None, "ужесточить требования к кадрам таможни")


def test_pronoun_of_another_number_is_no_adjective_of_the_addressee(extractor):
    body = "Премьер Сапар Исаков провел совещание. Вместе с этим Министерству экономики поручено посчитать фуры на границе."
    assert _one(extractor, body) == ("Сапар Исаков", "Министерство экономики", "посчитать фуры на границе")


def test_editors_note_in_parentheses_neither_ends_the_order_nor_stays_in_it(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание. Он поручил наказать руководителей Комитета дорог "
        "(Иван ПЕТРОВ. — Л. Т.) и Комитета таможни (Петр ИВАНОВ. — Л. Т.). Кроме того, министры выехали в регионы."
    )
    by, to, what = _one(extractor, body)
    assert (by, to) == ("Олжас Бектенов", None)
    assert what == "наказать руководителей Комитета дорог и Комитета таможни"


def test_deputy_akims_kazakh_title_names_the_deputy(extractor):
    body = (
        "Өткен аптада облыс әкімінің орынбасары Ерлан Сапаров ауданда жұмыс сапарымен болды. Ол жолдарды аралады.\n\n"
        "Сапар қорытындысы бойынша облыс әкімінің орынбасары мердігер ұйымдарға барлық нысандарды уақытында "
        "аяқтау жөнінде нақты тапсырмалар берді."
    )
    assert _one(extractor, body) == ("Ерлан Сапаров", "мердігер ұйымдар", "барлық нысандарды уақытында аяқтау")


def test_kazakh_order_told_through_its_execution_within_a_task(extractor):
    body = "Премьер-министр Олжас Бектеновтың тапсырмасы аясында Көлік министрлігінің өкілдері шекарадағы бекеттерді аралады."
    by, to, what = _one(extractor, body)
    assert by == "Олжас Бектенов" and to is None and what.startswith("Көлік министрлігінің өкілдері")


def test_kazakh_addressee_list_sharing_the_last_ending(extractor):
    body = (
        "Премьер-министр Олжас Бектенов орталық және жергілікті мемлекеттік органдар, ұлттық компаниялар "
        "басшыларына есеп беруді доғаруды тапсырды."
    )
    assert _one(extractor, body) == (
        "Олжас Бектенов",
        "орталық және жергілікті мемлекеттік органдар, ұлттық компаниялар басшылары",
        "есеп беруді доғару",
    )


def test_kazakh_addressees_joined_by_men_with_a_compound_field(extractor):
    body = "Премьер-министр Олжас Бектенов облыс әкімдері мен құқық қорғау органдарына бақылауды күшейтуді тапсырды."
    assert _one(extractor, body) == ("Олжас Бектенов", "облыс әкімдері; құқық қорғау органдары", "бақылауды күшейту")


def test_kazakh_duty_laid_on_a_body(extractor):
    body = "Мемлекет басшысы Қасым-Жомарт Тоқаев Үкіметке бекеттерді жаңғырту міндетін жүктеді."
    assert _one(extractor, body) == ("Қасым-Жомарт Тоқаев", "Үкімет", "бекеттерді жаңғырту")


def test_kazakh_duty_laid_by_amendments_names_no_giver(extractor):
    body = (
        "Түзетулерге сәйкес, жергілікті атқарушы органдарға бекет маңында күту аймақтарын ұйымдастыру міндеті жүктелді."
    )
    assert directives(extractor, body) == []


def test_instruction_given_in_the_passive_after_its_noun(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание. Министерству транспорта поручение было дано "
        "в месячный срок разработать план."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.what, d.when) == (
        "Олжас Бектенов",
        "Министерство транспорта",
        "разработать план",
        "в месячный срок",
    )


def test_kazakh_task_given_in_the_passive(extractor):
    body = (
        "Премьер-министр Олжас Бектенов Үкімет отырысын өткізді. "
        "Көлік министрлігіне бекеттерді жаңғырту жөнінде тапсырма берілді."
    )
    assert _one(extractor, body) == ("Олжас Бектенов", "Көлік министрлігі", "бекеттерді жаңғырту")


def test_task_outlined_before_a_minister(extractor):
    body = (
        "Президент Касым-Жомарт Токаев провел совещание с министром транспорта Нурланом Сауранбаевым. В целях роста "
        "доли отрасли в ВВП перед министром обозначена задача по анализу сдерживающих факторов и пересмотру подходов."
    )
    assert _one(extractor, body) == (
        "Касым-Жомарт Токаев",
        "Нурлан Сауранбаев",
        "анализу сдерживающих факторов и пересмотру подходов",
    )

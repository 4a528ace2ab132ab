"""Directives on the seeds' phrasings and on new ones (store/extract/directives/)."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_demand_from_abbreviations(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание.\n\n"
        "Бектенов потребовал от Минфина и Минтранса еженедельно отчитываться о ходе реконструкции."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.when) == ("Олжас Бектенов", "Министерство финансов; Министерство транспорта", "еженедельно")
    assert d.what == "отчитываться о ходе реконструкции"


def test_pronoun_resolves_to_last_person(extractor):
    body = "Премьер-министр Олжас Бектенов провел совещание. Он поручил привлечь к ответственности председателей комитетов."
    [d] = directives(extractor, body)
    assert d.by == "Олжас Бектенов" and d.what.startswith("привлечь к ответственности")


@pytest.mark.parametrize(
    "body, by",
    [
        # a post nobody named holds: the order is the post's, never the last person's
        (
            "Премьер-министр Олжас Бектенов посетил Хоргос. Министр транспорта поручил ускорить реконструкцию.",
            "Министр транспорта",
        ),
        (
            "Аким области Жетісу Бейбит Исабаев встретился с делегацией. Глава государства потребовал от "
            "правительства завершить работы до конца года.",
            "Глава государства",
        ),
        # the holder of the post, where the article names one
        (
            "Президент Касым-Жомарт Токаев прибыл в Жаркент. Глава государства поручил акиматам завершить работы.",
            "Касым-Жомарт Токаев",
        ),
        (
            "Министр транспорта Марат Карабаев и премьер-министр Олжас Бектенов осмотрели терминал. "
            "Министр транспорта поручил ускорить реконструкцию.",
            "Марат Карабаев",
        ),
    ],
)
def test_role_subject_is_the_holder_of_the_post_or_the_post(extractor, body, by):
    [d] = directives(extractor, body)
    assert d.by == by


def test_passive_with_deadline(extractor):
    body = (
        "Совещание провел заместитель премьер-министра Канат Бозумбаев.\n\n"
        "Госорганам поручено в месячный срок провести ревизию ведомственных актов."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.when) == ("Канат Бозумбаев", "госорганы", "в месячный срок")
    assert d.what == "провести ревизию ведомственных актов"


def test_quote_attribution_and_role_word(extractor):
    body = (
        "Президент Касым-Жомарт Токаев провел совещание.\n\n"
        "«Министерству цифрового развития следует качественно и в срок завершить эту работу», "
        "— поручил Глава государства."
    )
    [d] = directives(extractor, body)
    assert d.by == "Касым-Жомарт Токаев"
    assert d.to == "Министерство цифрового развития"
    assert d.what == "завершить эту работу"


def test_new_phrasings(extractor):
    body = (
        "Аким Алматинской области Марат Султангазиев поручил акиматам районов до конца года "
        "отремонтировать подъездные дороги к пункту пропуска.\n\n"
        "Министр финансов Ерулан Жамаубаев дал поручение таможенным органам до 1 марта 2026 года "
        "установить электронную очередь."
    )
    d1, d2 = directives(extractor, body)
    assert (d1.by, d1.to, d1.when) == ("Марат Султангазиев", "акиматы районов", "до конца года")
    assert d1.what.startswith("отремонтировать подъездные дороги")
    assert d2.by == "Ерулан Жамаубаев" and d2.to == "таможенные органы"
    assert d2.when == "до 1 марта 2026 года" and d2.what == "установить электронную очередь"


def test_no_directive_without_order(extractor):
    assert directives(extractor, "Министр Иван Петров рассказал о планах. Он отметил рост товарооборота.") == []


def test_officials_an_order_punishes_are_not_its_addressees(extractor):
    # qa39: the heads to be punished are what the order is about, not whom it is given to
    body = (
        "Премьер-министр Иван Петров провел совещание.\n\n"
        "Он поручил наказать руководителей Комитета дорог Министерства транспорта и "
        "Комитета таможенного контроля Министерства финансов за срыв сроков."
    )
    [d] = directives(extractor, body)
    assert d.to is None
    assert d.what.startswith("наказать руководителей Комитета дорог") and "Комитета таможенного контроля" in d.what


def test_order_told_then_quoted_is_one_directive(extractor):
    body = (
        "Президент Касым-Жомарт Токаев поручил ускорить строительство пунктов пропуска на границе.\n\n"
        "«Ставлю задачу ускорить строительство пунктов пропуска на границе с Китаем до конца года», "
        "— указал Касым-Жомарт Токаев."
    )
    [d] = directives(extractor, body)
    assert d.by == "Касым-Жомарт Токаев" and d.what.startswith("ускорить строительство")
    assert d.when == "до конца года"  # completed from the second report


def test_different_orders_of_one_person_stay_apart(extractor):
    body = (
        "Аким области Марат Султангазиев поручил отремонтировать дороги. Он также поручил построить новую школу в селе."
    )
    assert len(directives(extractor, body)) == 2


# ── Kazakh ──────────────────────────────────────────────────────────────────────
# Sentences written in the style of Kazinform kz, Egemen and Akorda kz: subject first,
# the addressee in the dative (ablative after «талап етті», accusative before
# «міндеттеді»), the content a verbal noun in -у, the verb last.


@pytest.mark.parametrize(
    "body, by, to, what, when",
    [
        (
            "Премьер-министр Олжас Бектенов Көлік министрлігіне бір ай мерзімде Нұр жолы бекетіне апаратын "
            "жолды жөндеуді тапсырды.",
            "Олжас Бектенов",
            "Көлік министрлігі",
            "Нұр жолы бекетіне апаратын жолды жөндеу",
            "бір ай мерзімде",
        ),
        (
            "Президент Қасым-Жомарт Тоқаев Үкіметке шекарадағы жүк көліктерінің кезегін қысқарту жөнінде "
            "тапсырма берді.",
            "Қасым-Жомарт Тоқаев",
            "Үкімет",
            "шекарадағы жүк көліктерінің кезегін қысқарту",
            None,
        ),
        (
            "Премьер-министрдің орынбасары Серік Жұманғарин Сауда және интеграция министрлігіне 2026 жылдың "
            "соңына дейін электрондық кезек жүйесін енгізуді жүктеді.",
            "Серік Жұманғарин",
            "Сауда және интеграция министрлігі",
            "электрондық кезек жүйесін енгізу",
            "2026 жылдың соңына дейін",
        ),
        (
            "Қаржы министрі Мәди Такиев Мемлекеттік кірістер комитетінен кеден бекеттеріндегі кезекті "
            "азайтуды талап етті.",
            "Мәди Такиев",
            "Мемлекеттік кірістер комитеті",
            "кеден бекеттеріндегі кезекті азайту",
            None,
        ),
        (
            "Жетісу облысының әкімі Бейбит Исабаев аудан әкімдіктерін жыл соңына дейін шекара маңындағы "
            "жолдарды жөндеуге міндеттеді.",
            "Бейбит Исабаев",
            "аудан әкімдіктері",
            "шекара маңындағы жолдарды жөндеу",
            "жыл соңына дейін",
        ),
        (
            "Көлік министрі Нұрлан Сауранбаев «Қазақстан темір жолы» ҰК АҚ-ға айлық мерзімде Достық "
            "станциясындағы вагондардың тұрып қалуын жою туралы нұсқау берді.",
            "Нұрлан Сауранбаев",
            "«Қазақстан темір жолы» ҰК АҚ",
            "Достық станциясындағы вагондардың тұрып қалуын жою",
            "айлық мерзімде",
        ),
        (
            "Премьер-министр Олжас Бектенов Ішкі істер министрлігі мен Ұлттық қауіпсіздік комитетінің Шекара "
            "қызметіне апта сайын шекарадағы бақылауды күшейтуді тапсырды.",
            "Олжас Бектенов",
            "Ішкі істер министрлігі; Ұлттық қауіпсіздік комитетінің Шекара қызметі",
            "шекарадағы бақылауды күшейту",
            "апта сайын",
        ),
    ],
)
def test_kazakh_phrasings(extractor, body, by, to, what, when):
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.what, d.when) == (by, to, what, when)
    assert d.sentence == body


def test_kazakh_role_subject_is_the_holder_of_the_post(extractor):
    """«Үкімет басшысы» alone stands for the Premier named before, as «Глава государства» does
    in Russian; two addressees joined by «және» are both kept."""
    body = (
        "Үкімет отырысында Премьер-министр Олжас Бектенов шекара бекеттерінің жұмысын қарады. "
        "Көлік министрі Нұрлан Сауранбаев баяндама жасады.\n\n"
        "Үкімет басшысы Көлік министрлігіне және облыс әкімдіктеріне 2026 жылғы 1 наурызға дейін "
        "бекеттерге баратын жолдарды жөндеуді тапсырды."
    )
    [d] = directives(extractor, body)
    assert d.by == "Олжас Бектенов"
    assert d.to == "Көлік министрлігі; облыс әкімдіктері"
    assert (d.what, d.when) == ("бекеттерге баратын жолдарды жөндеу", "2026 жылғы 1 наурызға дейін")


def test_kazakh_head_of_state_named_in_a_form_the_model_misses(extractor):
    """«Мемлекет басшысы» is the President named before in the article, even where the
    model did not find the Kazakh-spelled name (it is then taken as written)."""
    body = (
        "Қазақстан Президенті Қасым-Жомарт Тоқаев Қорғас бекетінде болды.\n\n"
        "Мемлекет басшысы Үкіметке бір ай мерзімде жол картасын әзірлеуді тапсырды."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.what, d.when) == ("Қасым-Жомарт Тоқаев", "Үкімет", "жол картасын әзірлеу", "бір ай мерзімде")


def test_kazakh_pronoun_passive_and_first_person_quote(extractor):
    body = (
        "Премьер-министр Олжас Бектенов Достық бекетінде кеңес өткізді. "
        "Ол Көлік министрлігіне жолды жөндеуді жүктеді.\n\n"
        "«Сауда және интеграция министрлігіне екі апта ішінде кезекті жою жөнінде ұсыныс енгізуді "
        "тапсырамын», – деді Үкімет басшысы.\n\n"
        "Облыс әкімдіктеріне айлық мерзімде шекара бекеттеріне баратын жолдарды жөндеу тапсырылды."
    )
    d1, d2, d3 = directives(extractor, body)
    assert (d1.by, d1.to, d1.what) == ("Олжас Бектенов", "Көлік министрлігі", "жолды жөндеу")
    assert (d2.by, d2.to, d2.when) == ("Олжас Бектенов", "Сауда және интеграция министрлігі", "екі апта ішінде")
    assert d2.what == "кезекті жою жөнінде ұсыныс енгізу"
    assert (d3.by, d3.to, d3.when) == ("Олжас Бектенов", "облыс әкімдіктері", "айлық мерзімде")
    assert d3.what == "шекара бекеттеріне баратын жолдарды жөндеу"


def test_kazakh_person_in_the_dative_is_the_addressee(extractor):
    body = (
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Премьер-министр Олжас Бектеновке шекарадағы "
        "жағдайды бақылауға алуды тапсырды."
    )
    [d] = directives(extractor, body)
    assert d.by == "Қасым-Жомарт Тоқаев"
    assert d.to == "Премьер-министр Олжас Бектенов"
    assert d.what == "шекарадағы жағдайды бақылауға алу"


@pytest.mark.parametrize(
    "body",
    [
        # a school assignment: nobody orders anything
        "Премьер-министр Олжас Бектенов мектепте болды. Оқушылар шекара тақырыбына арналған үй тапсырмасын "
        "орындады. Мұғалім оқушыларға үй тапсырмасын берді.",
        # тапсыр- 'hand over, put into service, pass'; жүкте- 'load'
        "Жаңа Алакөл бекеті биыл пайдалануға тапсырылды. Аким Бейбит Исабаев бекетті пайдалануға тапсырды.",
        "Студент Айгүл Серікова емтиханды сәтті тапсырды. Жүргізуші Ержан Омаров жүкті көлікке жүктеді. "
        "Жүргізушілер құжаттарын кеден бекетіне тапсырды.",
        # an order without content, and a participle naming orders given before
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Үкіметке бірқатар тапсырма берді. "
        "Мемлекет басшысы тапсырған жұмыстар жалғасуда.",
    ],
)
def test_kazakh_no_directive_without_an_order(extractor, body):
    assert directives(extractor, body) == []


def test_kazakh_control_entrusted_to_a_named_deputy(extractor):
    """«… бақылау … Роман Склярға жүктелді»: a passive with a person addressee; the giver is
    the person named before (as for «поручено»)."""
    body = (
        "Премьер-министр Олжас Бектенов отырыс өткізді. Тапсырманың орындалуын бақылау "
        "Премьер-министрдің орынбасары Роман Склярға жүктелді."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to) == ("Олжас Бектенов", "Премьер-министрдің орынбасары Роман Скляр")
    assert d.what == "Тапсырманың орындалуын бақылау"


def test_kazakh_post_nobody_holds_is_the_giver_as_written(extractor):
    body = "Премьер-министр Олжас Бектенов Қорғасқа барды. Көлік министрі бір ай мерзімде жобаны әзірлеуді тапсырды."
    [d] = directives(extractor, body)
    assert d.by == "Көлік министрі" and d.when == "бір ай мерзімде"


def test_passive_order_to_a_named_person_has_no_guessed_giver(extractor):
    # «Бижановой было поручено»: Бижанова is told, not telling, and the text names no giver
    body = (
        "Вице-министр Айжан Бижанова провела встречу. Аким Нурлан Уранхаев выступил. "
        "Ранее Бижановой было поручено проработать вопрос с китайской стороной."
    )
    assert directives(extractor, body) == []


@pytest.mark.parametrize(
    "role, post, holds",
    [
        # one matcher for both languages: a Kazakh role's post is matched as a Russian post phrase is
        ("аким области", "аким", True),
        ("заместитель акима области", "аким", False),  # a deputy is not the post
        ("министр транспорта", "министр", True),
        ("вице-министр транспорта", "министр", False),
        ("премьер-министр", "премьер", True),
        ("первый заместитель премьер-министра", "вице-премьер", True),
        ("первый заместитель премьер-министра", "премьер", False),
        ("президент", "президент", True),
        ("глава государства", "президент", True),
    ],
)
def test_one_post_matcher_for_kazakh_roles(role, post, holds):
    from store.extract.directives.posts import holds_kazakh_post
    from store.model import Mention

    person = Mention("person", "Ерлан Сапаров", "Ерлан Сапаров", 0, 13, "title", role=role)
    assert holds_kazakh_post("Ерлан Сапаров", person, post) is holds


@pytest.mark.parametrize(
    "post, role, holds",
    [
        ("министр транспорта рк", "министр транспорта рк", True),
        ("министр транспорта рк", "министр финансов рк", False),
        ("глава государства", "президент республики казахстан", True),
        ("вице-премьер", "заместитель премьер-министра", True),
    ],
)
def test_russian_post_phrases(post, role, holds):
    from store.extract.directives.posts import holds_post

    assert holds_post(post, role) is holds


# ------------------------------------------------------------------ orders told through their execution,
# a relative pronoun for the giver, posts resolved through the table of heads of state and government


def test_order_told_through_its_execution(extractor):
    body = (
        "Новый терминал стал частью программы обновления пограничных постов, которую ведут по поручению "
        "Президента Казахстана Касым-Жомарта Токаева."
    )
    [d] = directives(extractor, body)
    assert d.by == "Касым-Жомарт Токаев" and d.to is None
    # dir42: the programme «которую ведут по поручению» was ordered; the terminal becoming part of it was not
    assert d.what == "Программа обновления пограничных постов"


def test_order_through_execution_opening_the_sentence_names_the_post(extractor):
    [d] = directives(extractor, "По поручению Главы государства на посту Сырым до конца года поставят весы.")
    assert (d.by, d.when) == ("Глава государства", "до конца года")
    assert d.what == "На посту Сырым до конца года поставят весы"


def test_relative_pronoun_gives_the_post_it_refers_to(extractor):
    body = "Дорогу ремонтируют по прямому поручению Президента Казахстана, который потребовал сдать участок в срок."
    [d] = directives(extractor, body)
    assert d.by == "Президент Казахстана" and d.what == "сдать участок в срок"


@pytest.mark.parametrize(
    "named, by",
    [
        ("Касым-Жомарт Токаев встретился с делегацией Монголии.", "Касым-Жомарт Токаев"),
        # two holders of the post named: which one a bare «Президент» means is not guessed
        ("Касым-Жомарт Токаев и Нурсултан Назарбаев упомянуты в книге.", "Президент"),
    ],
)
def test_head_of_state_named_without_his_post_is_the_giver(extractor, named, by):
    body = named + " Президент поручил открыть новый пункт пропуска на северной границе."
    [d] = directives(extractor, body)
    assert d.by == by


def test_addressee_written_as_a_post_is_the_person_holding_it(extractor):
    body = (
        "Премьер-министр Олжас Бектенов принял министра транспорта Марата Карабаева. "
        "Министру поручено подготовить график ремонта подъездов к Хоргосу."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to) == ("Олжас Бектенов", "Марат Карабаев")


@pytest.mark.parametrize(
    "phrase, country, names",
    [
        ("Президент Казахстана", "Казахстан", {"Касым-Жомарт Токаев", "Нурсултан Назарбаев"}),
        ("Глава правительства", "Казахстан", {"Олжас Бектенов", "Алихан Смаилов", "Аскар Мамин"}),
        ("Президент России", "Россия", {"Владимир Путин"}),
        ("Председатель КНР", "Китай", {"Си Цзиньпин"}),
        ("Министр транспорта", None, set()),
    ],
)
def test_office_holders_table(phrase, country, names):
    from store.lang.office_holders import holders_of, named_holder

    found = holders_of(phrase)
    assert {h.name for h in found} == names and all(h.country == country for h in found)
    if names:
        assert named_holder(phrase, ["Иван Петров"]) is None
    assert named_holder("Президент", ["Тоқаев", "Иван Петров"]) == "Тоқаев"


def test_every_office_holder_row_has_a_term_and_a_source():
    import csv
    import datetime
    import io
    from importlib import resources

    text = resources.files("store").joinpath("data/office_holders.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    for r in rows:
        assert r["source"].strip() and r["name_ru"] and r["post"] and r["country"], r
        start = datetime.date.fromisoformat(r["took_office"])
        assert not r["left_office"] or datetime.date.fromisoformat(r["left_office"]) > start, r


@pytest.mark.parametrize(
    "body, by",
    [
        # an order told through its execution: the post, as written, when nobody holding it is named
        (
            "Премьер-министр Олжас Бектенов бекетте болды. Мемлекет басшысының тапсырмасы бойынша Нұр жолы "
            "бекетінде жаңа терминал салынады.",
            "Мемлекет басшысы",
        ),
        # the holder of the post, where the article names him
        (
            "Қасым-Жомарт Тоқаев Жаркентке келді. Президенттің тапсырмасымен шекарадағы жолдар жөндеуден өтпек.",
            "Қасым-Жомарт Тоқаев",
        ),
    ],
)
def test_kazakh_order_told_through_its_execution(extractor, body, by):
    [d] = directives(extractor, body)
    assert d.by == by and d.to is None
    assert "терминал салынады" in d.what or "жолдар жөндеуден өтпек" in d.what


@pytest.mark.parametrize(
    "body",
    [
        "Қасым-Жомарт Тоқаев Жаркентке келді. Мемлекет басшысының тапсырмасы бойынша бекетте жаңа терминал салынды.",
        "Қасым-Жомарт Тоқаев Жаркентке келді. Президенттің тапсырмасымен шекарадағы жолдар жөнделіп жатыр.",
        "Облыс әкімі Е.Серікбаевтың тапсырмасына сәйкес аудандық жолдарды жөндеу жоспары әзірленген болатын.",
    ],
)
def test_kazakh_work_done_by_an_earlier_order_is_no_order(extractor, body):
    """dir56: «… тапсырмасы бойынша … салынды / жөнделіп жатыр / әзірленген»: work told as done
    or under way credits an earlier order; the reader tracks only what is still to be done."""
    assert directives(extractor, body) == []


def test_body_as_giver_and_passive_orders_that_continue_it(extractor):
    body = (
        "Правительство Казахстана поручило Пограничной службе КНБ на время строительства моста у поста Карасу и до "
        "окончания работ по расширению дороги пропускать технику подрядчиков. "
        "Министерству транспорта поручено обеспечить подвоз щебня."
    )
    first, second = directives(extractor, body)
    assert (first.by, first.to) == ("Правительство Казахстана", "Пограничная служба КНБ")
    assert first.what.startswith("пропускать технику подрядчиков")
    assert (second.by, second.to) == ("Правительство Казахстана", "Министерство транспорта")


def test_a_preposition_after_the_addressee_is_not_part_of_it(extractor):
    body = "Президент России Владимир Путин поручил правительству РФ к 1 марта ускорить ремонт поста."
    [d] = directives(extractor, body)
    assert (d.to, d.when) == ("Правительство РФ", "к 1 марта")


def test_two_orders_in_one_sentence_each_with_its_addressee(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провёл совещание. Он поручил министру транспорта проверить дороги "
        "к постам, а Министерству финансов — найти средства на ремонт."
    )
    first, second = directives(extractor, body)
    assert (first.by, first.what) == ("Олжас Бектенов", "проверить дороги к постам")
    assert (second.by, second.to, second.what) == (
        "Олжас Бектенов",
        "Министерство финансов",
        "найти средства на ремонт",
    )


def test_a_surname_the_model_missed_in_a_headline_is_the_person_named_below(extractor):
    body = "Жапаров поручил открыть пост Ак-Жол\n\nПрезидент Садыр Жапаров провёл совещание о границе."
    [d] = directives(extractor, body)
    assert d.by == "Садыр Жапаров" and d.what == "открыть пост Ак-Жол"


def test_head_of_government_of_a_neighbour_resolves_by_its_own_title(extractor):
    body = (
        "Председатель Кабинета министров Киргизии Адылбек Касымалиев посетил Бишкек. "
        "Премьер Киргизии поручил отремонтировать дорогу к посту."
    )
    [d] = directives(extractor, body)
    assert d.by == "Адылбек Касымалиев"


def test_a_lone_surname_of_a_head_of_government_is_linked_to_the_table():
    """The giver the model did not mark: the article's own person of that surname first
    (even in the model's oblique form), else the table's holder, else nobody."""
    from store.extract.directives.posts import ByPosition
    from store.extract.directives.russian import surname_subject
    from store.model import Mention

    def person(name):
        return Mention("person", name, name, 0, len(name))

    assert surname_subject("Бектенов ", ByPosition([])) == "Олжас Бектенов"
    assert surname_subject("Жапаров ", ByPosition([person("Садыр Жапаров")])) == "Садыр Жапаров"
    assert surname_subject("Токаев ", ByPosition([person("Токаева")])) == "Касым-Жомарт Токаев"
    assert surname_subject("Минфин ", ByPosition([])) is None
    assert surname_subject("Петров ", ByPosition([person("Иван Петров"), person("Олег Петров")])) is None


@pytest.mark.parametrize(
    "addressee, to",
    [
        ("правительству и акиматам", "правительство и акиматы"),
        # dir104: clipped names written out by the KB's names (addressee_names.body_names)
        ("Минтрансу, Минфину и акиматам областей", "Министерство транспорта, Министерство финансов и акиматы областей"),
        ("Министерству транспорта и коммуникаций", "Министерство транспорта и коммуникаций"),
    ],
)
def test_coordinated_addressees_each_in_the_nominative(extractor, addressee, to):
    body = f"Президент Касым-Жомарт Токаев поручил {addressee} ускорить ремонт дорог к постам."
    [d] = directives(extractor, body)
    assert d.to.lower() == to.lower()


def test_the_addressee_may_open_the_sentence(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провёл совещание. "
        "Министрам транспорта и финансов Бектенов поручил еженедельно отчитываться о ремонте постов."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.to.lower()) == ("Олжас Бектенов", "министры транспорта и финансов")

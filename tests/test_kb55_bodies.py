"""Bodies a reader of border and transport news meets that the knowledge base lacked before
kb55 (issue 15): the transport prosecutor and the transport police, KTZ's railway guard,
Uzbekistan's road committee, Turkmenistan's Caspian port and migration service, the EIB,
WOAH, the EFSD, China's Ministry of Public Security, the Border Academy, the water
committee, the Caspian ferry operator ASCO, Middle Corridor Multimodal and China Railway's
container operator, China Railway's Urumqi bureau, the China–Kyrgyzstan–Uzbekistan railway
company, China's Development Bank and Rosavtodor's «Южный Урал» directorate — rows of
store/data/bodies.csv with their sources. Made-up sentences in the shapes real reports print
them in."""

import pytest

from store.lang import kb
from tests.extracting import bodies, kazakh_bodies


def rows_in(text: str) -> set[str]:
    return {m.form.row.id for m in kb.find(text)}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Дело ведёт Главная транспортная прокуратура.", "transport-prosecutor"),
        ("Бас көлік прокуратурасы тексеру жүргізді.", "transport-prosecutor"),
        ("В поезде работали сотрудники департамента полиции на транспорте.", "transport-police"),
        ("Бұл туралы Көліктегі полиция департаментінің өкілдері айтты.", "transport-police"),
        ("По словам представителя ДВД на транспорте, рейд продолжается.", "transport-police"),
        ("Вокзал охраняют работники АО «ВЖДО».", "vzhdo"),
        ("Трассу А-380 ремонтирует АК «Узавтойул».", "uz-road-committee"),
        ("Паром пришёл из Туркменбашинского международного морского порта.", "tm-turkmenbashi-port"),
        ("Визы оформляет Государственная миграционная служба Туркменистана.", "tm-migration"),
        ("Кредит на дорогу выдаст ЕИБ.", "eib"),
        ("Статус зоны подтвердила Всемирная организация здоровья животных.", "woah"),
        ("Сертификат вручили на сессии МЭБ.", "woah"),
        ("Заём предоставил ЕФСР.", "efsd"),
        ("Правила въезда изменило Министерство общественной безопасности КНР.", "mps-china"),
        ("Курсанты Пограничной академии КНБ приняли присягу.", "border-academy"),
        ("Лимиты воды согласовал Комитет водного хозяйства.", "committee-water"),
        ("Паромы АКМП стоят на рейде Курыка.", "asco"),
        ("В совместное предприятие вошла China Railway Container Transport.", "crct"),
        ("По данным Урумчийского бюро железных дорог, поездов стало больше.", "cn-urumqi-railway"),
        ("Заём выдал Государственный банк развития Китая.", "cdb-china"),
        ("Дорогу к границе ремонтирует ФКУ Упрдор «Южный Урал».", "ru-upravdor-south-urals"),
        ("Кредит получила Компания железной дороги «Китай – Кыргызстан – Узбекистан».", "cky-railway-company"),
    ],
)
def test_each_new_body_is_found_in_its_printed_shape(text, row):
    assert row in rows_in(text)


def test_a_bare_road_committee_stays_kazakhstans():
    """Kazakhstan's and Uzbekistan's road committees share the bare name; the Kazakh row keeps it."""
    assert rows_in("Комитет автомобильных дорог объявил о ремонте трассы.") == {"committee-roads"}


def test_the_port_town_is_not_the_port_operator():
    """«порт Туркменбаши» names the place as often as the company: no row takes it."""
    assert "tm-turkmenbashi-port" not in rows_in("Контейнеры доставили из порта Туркменбаши в Актау.")


def test_the_transport_prosecutor_in_a_kazakh_report(extractor):
    text = "Станциядағы ұрлықты Бас көлік прокуратурасы мен Көліктегі полиция департаменті анықтады."
    found = kazakh_bodies(extractor, text)
    assert {"Бас көлік прокуратурасы", "Көліктегі полиция департаменті"} <= found


def test_the_transport_police_by_its_press_name(extractor):
    text = "Транспортная полиция Казахстана подвела итоги полугодия на вокзалах и в аэропортах."
    assert "Транспортная полиция Казахстана" in bodies(extractor, text)


def test_the_caspian_port_of_turkmenistan_is_a_body(extractor):
    text = "Груз выгрузили в Туркменбашинском международном морском порту и отправили паромом в Актау."
    assert "Туркменбашинский международный морской порт" in bodies(extractor, text)


def test_a_middle_corridor_operator_is_shown_as_printed(extractor):
    """A joint venture known only by its Latin name keeps it: no Russian gloss the page never wrote."""
    text = "Акционеры СП Middle Corridor Multimodal собрались в Баку, паромы ASCO ждут груз."
    found = bodies(extractor, text)
    assert "ASCO" in found
    assert any(name.endswith("Middle Corridor Multimodal") for name in found)
    assert not any("Совместное предприятие" in name for name in found)


def test_a_city_in_a_kazakh_railway_name_stays_a_place():
    """«Үрімші темір жолы» is no form of the Urumqi bureau: linked whole, the city in it would stop
    being a place, which the references count."""
    assert "cn-urumqi-railway" not in rows_in("Үрімші темір жолы мәліметінше, пойыздар көбейді.")

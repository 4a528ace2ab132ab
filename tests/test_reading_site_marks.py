"""Two shapes of saved pages: a view counter run into the date line below it, and a lead opened
by the site's own address in capitals while it credits another outlet («…, деп жазады X»)."""

from __future__ import annotations

from store.reading.dates import date_only
from store.reading.parse import parse
from tests.notes import txt_page


def test_a_counter_run_into_the_date_gives_the_date():
    assert date_only("538017 марта 2020") == "2020-03-17"
    assert date_only("12007 мая 2024") == "2024-05-07"
    assert date_only("45 марта 2020") is None  # no day of a month, no counter before it
    text = (
        "Границу закрыли на карантин\n\nОграничения ввели на месяц.\n\n2145 12 апреля 2021\n\n"
        "Пограничное управление сообщило, что пункт пропуска закрыт для всех видов транспорта.\n"
    ).replace("2145 12", "214512")
    assert parse(txt_page(text)).date == "2021-04-12"


def test_the_sites_address_opening_the_lead_is_its_outlet():
    text = (
        "Бекетте кезек азайды\n\nJOLNEWS.KZ. «Қалжат» бекетінде кезек азайды, деп жазады Tengrinews.kz.\n\n"
        "Шекара қызметінің мәліметінше, бекет күніне 500 көлік өткізеді.\n"
    )
    assert parse(txt_page(text)).source == "JOLNEWS.KZ"

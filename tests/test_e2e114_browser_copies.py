"""e2e114: a whole page copied from a browser keeps the story and drops what surrounds it — the
author's bio and a channel list under the story, a menu row parted by middle dots, a Telegram post's
opening emoji; the headline right over the story's date stamp wins over a portal's name and a list
of other headlines; the footer's owner gives its own clause's name, and the site's brand on the first
line wins over its company. Pages written for the test."""

from store.model import RawDoc
from store.reading import furniture as fu
from store.reading.credits import sign_owner
from store.reading.headline import without_stamp
from store.reading.outlet_shapes import owner_masthead
from store.reading.parse import _Layout, _stamp_under_marks, parse


def _parse(text: str):
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))


_STORY = (
    "С понедельника пункт пропуска «Майкапшагай» на границе с Китаем работает до 21 часа, "
    "сообщил Департамент государственных доходов по области Абай.\n\n"
    "По словам руководителя отдела Арман Сейткали, очередь сократилась до сорока машин за сутки."
)


def test_the_authors_bio_and_other_channels_open_the_trailer():
    for head in ("Об авторе", "Автор туралы:", "Similar channels", "Похожие каналы"):
        assert fu.opens_related_list(head)
    assert not fu.opens_related_list("Об авторе этой книги говорили много.")


def test_a_row_parted_by_middle_dots_is_a_menu():
    assert fu.is_nav_row("Разделы: Министерство юстиции · Министерство энергетики · Акимат города")
    assert fu.is_nav_row("Бизнес · Финансы · Рынки · Мнения")
    # two items, or an item that is a sentence, is no menu
    assert not fu.is_separated_row("Алматы · Астана")
    assert not fu.is_separated_row("Очередь выросла до ста машин, сообщили в ведомстве. · Фото · Видео")
    page = (
        "На «Майкапшагае» продлили работу\n\nДругие ведомства: Министерство юстиции · Министерство энергетики · Акимат\n\n"
        + _STORY
    )
    assert "Министерство юстиции" not in _parse(page).body


def test_a_posts_opening_emoji_leaves_the_title():
    assert without_stamp("🔴❗️ На «Майкапшагае» продлили работу") == "На «Майкапшагае» продлили работу"
    assert without_stamp("№ 5 приказ о пункте пропуска") == "№ 5 приказ о пункте пропуска"


def test_the_headline_over_the_stamp_beats_the_portal_and_other_headlines():
    page = (
        "Официальный сайт государственного органа Республики\n"
        "Главное\n"
        "Спортсмены области завоевали пять медалей на чемпионате\n"
        "На «Майкапшагае» продлили работу пункта пропуска\n"
        "Дата публикации: 03.12.2026 10:00\n\n" + _STORY + "\n\n"
        "Об авторе\n\nАлия Нурлыбек — выпускница Университета имени Сатпаева, работала в агентстве Reuters.\n"
    )
    art = _parse(page)
    assert art.title == "На «Майкапшагае» продлили работу пункта пропуска"
    assert art.body.startswith("С понедельника")
    assert "Reuters" not in art.body and "Спортсмены" not in art.body


def test_the_copyright_sign_names_its_own_clause():
    line = "© 2026 Департамент полиции области. Сайт сопровождает АО «Центр цифровых услуг»."
    assert sign_owner([line]) == "Департамент полиции области"
    assert sign_owner(["Все ждали ответа от «Транском». Правила · © Trucker-Forum 2009–2026"]) == "Trucker-Forum"
    assert sign_owner(["© 2001–2026 МИА «Степной край»"]) == "Степной край"
    assert sign_owner(["Logo © 2015–2026"]) == "Logo"


def test_the_brand_on_the_first_line_wins_over_its_company():
    assert owner_masthead(["Степной Вестник", "Новости"], "Степной Медиа Групп") == "Степной Вестник"
    assert owner_masthead(["Степной Вестник"], "Степной Вестник") is None  # the owner already says it
    assert owner_masthead(["Главные новости дня"], "Степной Медиа") is None
    page = "Степной Вестник\nНовости\nПолитика\n\n" + _STORY + "\n\n© ТОО «Степной Медиа Групп», 2026\n"
    assert _parse(page).source == "Степной Вестник"


_POST = (
    "Telegram\n"
    "Степной Шлагбаум\n"
    "12 400 subscribers\n"
    "View in Telegram\n"
    "Степной Шлагбаум\n"
    "🔴 На «Майкапшагае» продлили работу\n\n" + _STORY + "\n\n"
    "#Майкапшагай #граница\n"
    "👁 5.1K edited 10:02\n"
    "December 3, 2026\n"
    "Similar channels\n"
    "Kazakhstan Today\n"
    "Download Telegram for Android, iPhone, Windows, macOS\n"
)


def test_a_telegram_web_view_is_its_channels_post_of_its_day():
    art = _parse(_POST)
    assert art.title == "На «Майкапшагае» продлили работу"
    assert art.source == "Степной Шлагбаум"  # not a channel the page lists under «Similar channels»
    assert art.date == "2026-12-03"
    assert "Kazakhstan Today" not in art.body


def test_only_a_posts_marks_may_stand_between_the_story_and_its_date():
    story = ["Очередь у пункта пропуска сократилась до сорока машин за сутки, сообщили в ведомстве."]
    post = _Layout(lines=story + ["#граница #очередь", "👁 5.1K edited 10:02", "December 3, 2026"], start=0, end=0)
    teaser = _Layout(lines=story + ["В Семее открыли новый мост", "3 декабря 2026"], start=0, end=0)
    counter_like_teaser = _Layout(lines=story + ["Мост открыли в 10:02", "3 декабря 2026"], start=0, end=0)
    assert _stamp_under_marks(post) == "2026-12-03"
    assert _stamp_under_marks(teaser) is None
    assert _stamp_under_marks(counter_like_teaser) is None

"""The clean body keeps every real paragraph (issue 15): a story's last paragraph cut off
mid-sentence stays, while teasers, tag lines and navigation after the story still go.
All pages here are made up in the shape of real ones."""

from __future__ import annotations

from store.model import RawDoc
from store.reading.clipped import clipped_tail, cut_off
from store.reading.html_page import html_text
from store.reading.parse import parse

HEAD = (
    "Главная Новости Общество Экономика Спорт\n"
    "На границе выросли очереди грузовиков\n"
    "12.03.2026 10:15\n"
    "На пункте пропуска «Степной» скопилось около трехсот грузовиков, сообщили в ведомстве.\n"
    "Водители ждут проезда больше суток, пограничники работают в усиленном режиме.\n"
)


def body_of(text: str) -> str:
    return parse(RawDoc(path="t.txt", file="t.txt", text=text, raw=text, format="txt")).body


def test_last_paragraph_cut_at_a_comma_stays_before_tags():
    body = body_of(HEAD + "Вместе с тем Таможенная служба области сообщила,\nТеги: граница, очередь\n")
    assert "Таможенная служба области сообщила," in body
    assert "Теги" not in body


def test_cut_second_clause_stays_before_share_buttons():
    body = body_of(HEAD + "По данным Дорожной службы, очередь растянулась на восем\nПоделиться\nЧитайте также\n")
    assert "Дорожной службы" in body
    assert "Поделиться" not in body


def test_long_cut_sentence_stays_at_the_end_of_the_page():
    body = body_of(HEAD + "Министр Арман Серикбаев в своем выступлении перед депутатами Сената от 5 мар")
    assert "Арман Серикбаев" in body


def test_long_cut_sentence_stays_before_read_more():
    body = body_of(HEAD + "В районе Степных озер Северной области ветер усилится до 15-20\nЧитайте также\n")
    assert "Степных озер" in body


def test_teaser_headline_after_the_body_is_not_taken_for_a_cut_paragraph():
    text = HEAD + "Как пересечь границу на машине: памятка для водителей\nКурс валют\nUSD 500.10\n"
    assert "памятка" not in body_of(text)


def test_dated_teasers_and_tags_stay_out():
    text = (
        HEAD + "Тегтер: шекара, кезек\n"
        "Похожие новости\n"
        "В Степногорске открыли новую школу на 600 мест 11.03.2026\n"
        "Аким области провел прием граждан 10.03.2026\n"
    )
    body = body_of(text)
    assert "новую школу" not in body and "Аким области" not in body and "Тегтер" not in body


def test_cut_off_shapes():
    assert cut_off("Вместе с тем пограничное ведомство отметило,")
    assert cut_off("По словам водителей, очередь на пункте растет с")
    assert cut_off("Президент страны в своем Послании народу от 1 сентября говорил о доро")
    assert not cut_off("Как пересечь границу на машине: памятка для водителей")
    assert not cut_off("Аким области провел прием граждан")  # a short headline: no cut shows
    assert not cut_off("Поделиться")
    assert not cut_off("Теги: граница, очередь, фуры")
    assert not cut_off("очередь на пункте растет с")  # a continuation, not a sentence's start


def test_clipped_tail_needs_a_finished_sentence_before_it():
    lines = ["Главные новости", "Вместе с тем пограничное ведомство отметило,"]
    assert not clipped_tail(lines, 1)
    lines = ["Очередь растет уже вторые сутки.", "Вместе с тем пограничное ведомство отметило,"]
    assert clipped_tail(lines, 1)


def test_cut_link_to_an_earlier_story_stays_out():
    """«Ранее сообщалось, что …» cut off at the page's end is the link to another story."""
    assert "Ранее сообщалось" not in body_of(HEAD + "Ранее сообщалось, что в Степ")


def html_page(standfirst_block: str, aside: str = "") -> str:
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "На автомобильном пункте пропуска «Степной» с утра выстроилась очередь из двухсот грузовиков.",
            "В пограничной службе объяснили затор ремонтом полос досмотра и ростом перевозок овощей.",
            "Водителям советуют пользоваться соседними пунктами пропуска, где очередей сейчас нет.",
            "Ремонт планируют закончить до конца месяца, после чего пункт будет работать круглосуточно.",
        )
    )
    return (
        "<!doctype html><html><head><title>Очередь на границе</title>"
        '<meta property="og:title" content="На пункте «Степной» очередь из грузовиков"></head><body>'
        "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav><article>"
        "<h1>На пункте «Степной» очередь из грузовиков</h1>"
        f"{standfirst_block}<div class='article__body'>{paras}</div></article>{aside}</body></html>"
    )


def html_body(html: str) -> str:
    text, meta = html_text(html)
    return parse(RawDoc(path="p.html", file="p.html", text=text, raw=html, format="html", meta=meta)).body


def test_html_standfirst_left_out_by_the_extractor_opens_the_body():
    html = html_page("<div class='article__lead'>Таможенный комитет области назвал причины задержек</div>")
    body = html_body(html)
    assert body.startswith("Таможенный комитет области назвал причины задержек")
    assert body.count("Таможенный комитет") == 1


def test_lead_classed_teaser_in_a_related_list_is_no_standfirst():
    aside = "<aside><ul><li><p class='lead'>Аким области проверил строительство новой школы в райцентре</p></li></ul></aside>"
    assert "строительство новой школы" not in html_body(html_page("", aside))


def test_photo_credit_classed_as_announce_is_no_standfirst():
    html = html_page("<div class='article__announce'>© Фото: пресс-служба пограничного управления области</div>")
    assert "пресс-служба" not in html_body(html)


def test_next_story_cut_off_under_its_own_stamp_stays_out():
    """A page of several stories: the next one starts under its own date and view count and
    is cut off; it is not this story's last paragraph."""
    text = HEAD + "28.02.2026, 16:17 70341\nЖители трех сел остались без воды, электричества и"
    assert "остались без воды" not in body_of(text)


def test_lead_sentence_printed_twice_in_one_paragraph_is_kept_once():
    lead = "Аким города в интервью местной газете рассказал, когда начнутся юбилейные торжества."
    body = body_of(f"Аким назвал дату юбилея города\n{lead} {lead}\nГлавные события пройдут в сентябре на набережной.")
    assert body.count("юбилейные торжества") == 1


def test_short_sentence_repeated_on_purpose_stays():
    text = "Жители ответили на вопрос о ремонте дороги\nНет. Нет. Так ответили все опрошенные жители сел района.\n"
    assert "Нет. Нет." in body_of(text)


def test_act_date_over_its_number_does_not_end_a_decree():
    """A decree's approval stamp prints its date alone on a line, then «№ …»: the text of the
    act goes on below it (its annex), unlike a teaser's date."""
    text = (
        "О внесении изменений в некоторые решения Правительства\n"
        "Правительство постановляет внести изменения в перечень пунктов пропуска через границу.\n"
        "Настоящее постановление вводится в действие со дня его подписания.\n"
        "Утвержден\n"
        "постановлением Правительства\n"
        "5 марта 2020 года\n"
        "№ 123\n"
        "1. В перечне пунктов пропуска, утвержденном ранее, строку «Степной» изложить в новой редакции.\n"
        "Курс валют\n"
    )
    assert "строку «Степной» изложить" in body_of(text)


def test_earlier_story_link_above_most_read_list_stays_out():
    text = HEAD + (
        "Ранее в Таможенном комитете рассказали, какие посты откроются после ремонта.\n"
        "Самое читаемое\n"
        "Какие выплаты повысят с 1 января 03.11.2025 11:30\n"
    )
    body = body_of(text)
    assert "Таможенном комитете" not in body and "усиленном режиме" in body


def test_unlabelled_tag_row_after_the_body_is_not_a_cut_sentence():
    body = body_of(HEAD + "Степной, граница, пункт пропуска, очередь, грузовики, таможня\nПоделиться\n")
    assert "таможня" not in body
    assert not cut_off("Кордай, граница, КПП, очередь, фуры, Казахстан, Кыргызстан")

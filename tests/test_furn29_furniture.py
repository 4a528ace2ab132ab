"""Page furniture seen on fresh pages (furn29): follow-us sentences, captions ending in a credit,
tag rows printed twice, skip links and the heads of related-story lists. Made-up text in the
shapes real pages print."""

from store.model import RawDoc
from store.reading import furniture as fu
from store.reading.parse import parse


def _doc(text: str) -> RawDoc:
    return RawDoc(file="x.txt", path="x.txt", text=text, raw=text, format="txt")


def test_follow_us_sentences_are_furniture():
    for line in (
        "Хотите знать новости раньше всех? Подпишись на наш Telegram-канал!",
        "Подпишитесь на наш Telegram-канал и узнавайте новости первыми!",
        "Подписывайтесь и будьте в курсе свежих событий региона.",
        "Біздің Telegram арнамызға қосылыңыз",
    ):
        assert fu.classify(line) == "subscribe", line


def test_a_sentence_about_subscribers_is_text():
    line = "Подписчики канала пожаловались, что очередь на посту растёт третьи сутки подряд."
    assert fu.classify(line) is None


def test_caption_ending_in_a_credit_or_illustration_note():
    assert fu.classify("У шлагбаума выстроилась длинная очередь машин Источник фото: example.kg") == "photo-credit"
    assert fu.classify("Пост на границе двух стран. Иллюстративное фото.") == "photo-credit"
    assert fu.classify("Изображение для новости: Очередь у поста выросла вдвое") == "photo-credit"
    # a body named as the credit under a headline may be the story's source: kept
    assert fu.classify("Пограничные посты обновят к лету Фото: КГД") is None


def test_tag_row_printed_twice():
    assert fu.is_tag_row("Китай Приморье край Китай Приморье край")
    assert fu.is_tag_row("Омск Россия Граница Омск Россия Граница")
    assert not fu.is_tag_row("Очередь из фур на границе выросла за неделю вдвое")
    assert fu.classify("Китай Приморье край Китай Приморье край") == "tags"


def test_skip_links_and_widgets():
    for line in (
        "Доступность ссылок",
        "Menu",
        "RSS",
        "Загрузка...",
        "DMCA",
        "Ваша реакция?",
        "Написать ответ",
        "Добавить новость",
    ):
        assert fu.classify(line) is not None, line


def test_read_more_shapes():
    assert fu.classify("Подробнее – в эфире нашего телеканала.") == "read-more"
    assert fu.classify("Читать этот материал в источнике") == "read-more"
    assert fu.classify("Читать больше") == "read-more"


def test_related_list_head_ends_the_body():
    text = "\n".join(
        [
            "Очередь на посту выросла вдвое",
            "На пункте пропуска Тестовый с утра скопилось около двухсот грузовиков, сообщили водители.",
            "В ведомстве пообещали открыть дополнительные полосы досмотра до конца недели.",
            "Рекомендуем для вас",
            "Зачем соседям наши яблоки",
            "На днях власти Соседней страны объявили о закупке яблок у фермеров Примерной области.",
        ]
    )
    a = parse(_doc(text))
    assert "дополнительные полосы досмотра" in a.body
    assert "Соседней страны" not in a.body
    assert "Рекомендуем" not in a.body


def test_tag_row_is_not_the_title():
    text = "\n".join(
        [
            "Китай Приморье край Китай Приморье край",
            "",
            "Очередь из грузовиков у поста выросла втрое",
            "",
            "На пункте пропуска Тестовый с утра скопилось около двухсот грузовиков, сообщили водители.",
        ]
    )
    assert parse(_doc(text)).title == "Очередь из грузовиков у поста выросла втрое"


def test_link_inside_the_body_with_its_date_is_left_out_and_the_story_goes_on():
    text = "\n".join(
        [
            "Автобусы с туристами застряли у пограничного поста",
            "Десятки автобусов с туристами застряли у поста Тестовый, сообщает местный канал со ссылкой на водителей.",
            "Люди ехали отдохнуть в соседнюю страну, но часами сидят в салонах перед чужой таможней.",
            "Соседние страны будут расширять сотрудничество в области цифровой таможни и связи",
            "4 ноября 2025, 08:19",
            "По словам одной из пассажирок, свой пост группа прошла быстро, однако на той стороне их ждал затор из сорока автобусов",
        ]
    )
    body = parse(_doc(text)).body
    assert "цифровой таможни" not in body
    assert "По словам одной из пассажирок" in body


def test_dated_teaser_headline_is_no_clipped_paragraph():
    text = "\n".join(
        [
            "Автобусы с туристами застряли у пограничного поста",
            "Десятки автобусов с туристами застряли у поста Тестовый, сообщает местный канал со ссылкой на водителей.",
            "Люди ехали отдохнуть в соседнюю страну, но часами сидят в салонах перед чужой таможней.",
            "Соседние страны будут расширять сотрудничество в области цифровой таможни и связи",
            "4 ноября 2025, 08:19",
            "Ещё одна новость о погоде на выходных в горах",
            "3 ноября 2025, 10:02",
        ]
    )
    assert "цифровой таможни" not in parse(_doc(text)).body


def test_story_line_banner_is_neither_title_nor_text():
    text = "\n".join(
        [
            "Паводки на севере страны: хроника событий весны 2026",
            "02 апреля 2026 в 09:17",
            "",
            "Очередь из грузовиков у поста выросла втрое",
            "",
            "На пункте пропуска Тестовый с утра скопилось около двухсот грузовиков, сообщили водители.",
        ]
    )
    a = parse(_doc(text))
    assert a.title == "Очередь из грузовиков у поста выросла втрое"
    assert "хроника" not in a.body


def test_widget_and_credit_lines_of_kazakh_and_russian_pages():
    assert fu.classify("12 Сәуір, 09:41:07") is not None  # a clock with seconds under a ticker
    assert fu.classify("Қате тапсаңыз, қажетті бөлікті белгілеп ctrl+enter басыңыз.") == "error-report"
    assert fu.classify("«Мысал» сілтейді") == "site-credit"
    assert fu.classify("Фото - Example.kz") == "photo-credit"
    assert fu.classify("Фото — это память о поездке на границу, сказал он.") is None


def _page_lines(*lines: str):
    return parse(_doc("\n".join(lines)))


def test_caption_keywords_over_their_credit_are_left_out():
    a = _page_lines(
        "Пост у озера закроют на праздники",
        "Международный центр у озера временно закроется с 16 февраля по 1 марта, сообщает агентство.",
        "граница двух стран пост «Озёрный»",
        "Фото: Иван Примеров / Агентство",
        "В этот период на нашей стороне будут вести плановый ремонт залов и навесов.",
    )
    assert "граница двух стран" not in a.body
    assert "плановый ремонт" in a.body


def test_headline_with_the_site_name_after_it_is_not_text():
    a = _page_lines(
        "Пост у озера закроют до конца месяца - Пример",
        "Пост у озера закроют до конца месяца",
        "Из-за ремонта международный пост у озера будет закрыт до конца месяца, сообщили в акимате.",
        "Через пост проходят до трёх тысяч человек в день, уточнили там же.",
    )
    assert a.title == "Пост у озера закроют до конца месяца"
    assert "- Пример" not in a.body


def test_we_wrote_earlier_link_of_two_sentences_above_the_tags():
    a = _page_lines(
        "Пост у озера закроют на праздники",
        "Международный центр у озера временно закроется с 16 февраля по 1 марта, сообщает агентство.",
        "В этот период на нашей стороне будут вести плановый ремонт залов и навесов.",
        "Со 2 марта центр возобновит работу в обычном режиме.",
        "Ранее мы писали, что на постах вводят электронную очередь. Она уже работает на границе с Примерией.",
        "Теги:",
        "Граница Пост Озеро",
    )
    assert "возобновит работу" in a.body
    assert "Примерией" not in a.body


def test_earlier_links_run_together_above_the_ads_are_left_out():
    a = _page_lines(
        "Очереди на посту не уменьшаются",
        "На границе с соседней областью очевидцы сообщают о многокилометровых очередях, передает сайт.",
        "На выходных на посту Тестовый по-прежнему наблюдались очереди из легковых машин.",
        "Между странами действует двадцать открытых пунктов пропуска.",
        "Ранее, глава Примерии Иван Образцов подписал указ о сборах. В страну хлынул поток туристов. "
        "Местный кинотеатр открыл двери для приезжих. Ведомство озвучило позицию о выборах.",
        "Реклама",
    )
    assert "двадцать открытых пунктов" in a.body
    assert "Иван Образцов" not in a.body


def test_an_earlier_paragraph_of_long_sentences_stays():
    a = _page_lines(
        "Очереди на посту не уменьшаются",
        "На границе с соседней областью очевидцы сообщают о многокилометровых очередях, передает сайт.",
        "На выходных на посту Тестовый по-прежнему наблюдались очереди из легковых машин.",
        "Между странами действует двадцать открытых пунктов пропуска.",
        "Ранее, в начале месяца, ведомство предупреждало о ремонте на посту и просило водителей заранее выбирать "
        "другие пути. Тогда же оно обещало открыть дополнительные кабины для легковых машин до конца месяца. "
        "Водители говорят, что кабины так и не открыли, а очередь только растёт.",
        "Реклама",
    )
    assert "дополнительные кабины" in a.body


def test_hashtag_rows_comment_forms_and_video_stills():
    assert fu.classify("#правительство #финансы #акимы #выборы в Примерии") == "tags"
    assert fu.classify("@site.kz Очередь на посту. Кто сейчас там? #пост #граница #очередь ♬ звук") == "tags"
    assert fu.classify("Пожалуйста, введите ваш комментарий!") == "form"
    assert fu.classify("ОСТАВЬТЕ ОТВЕТ") == "form"
    assert fu.classify("Очередь на посту. Кадр из видео: t.me/examplechannel") == "photo-credit"
    # one hashtag inside a sentence is text
    assert fu.classify("Водители делятся видео под тегом #очередь, пишет местный портал о ситуации.") is None


def test_rubric_glued_to_the_headline_is_cut_off():
    from store.reading.headline import without_stamp

    assert without_stamp("ТранспортОчередь из грузовиков у поста выросла втрое") == (
        "Очередь из грузовиков у поста выросла втрое"
    )
    assert without_stamp("КазАвтоЖол начал ремонт трассы у поста") == "КазАвтоЖол начал ремонт трассы у поста"
    assert without_stamp("ПетроКазахстан увеличил добычу нефти в регионе") == (
        "ПетроКазахстан увеличил добычу нефти в регионе"
    )


def test_a_teaser_above_the_headline_is_no_standfirst():
    a = _page_lines(
        "О чем министр говорил на встрече с коллегой из соседней страны?",
        "",
        "Премьер недоволен ходом ремонта постов на границе",
        "",
        "06 Aug, 10:17",
        "Премьер недоволен ходом ремонта постов на границе",
        "",
        "Премьер-министр провел совещание о ремонте пунктов пропуска и раскритиковал профильные ведомства.",
        "Особое внимание уделили затягиванию работ на посту Тестовый.",
    )
    assert a.title == "Премьер недоволен ходом ремонта постов на границе"
    assert "О чем министр" not in a.body
    assert "затягиванию работ" in a.body


def test_a_standfirst_under_the_headline_stays():
    a = _page_lines(
        "Премьер недоволен ходом ремонта постов на границе",
        "Глава правительства поручил наказать виновных в срыве сроков ремонта на постах",
        "Премьер-министр провел совещание о ремонте пунктов пропуска и раскритиковал профильные ведомства.",
    )
    assert "наказать виновных" in a.body

"""Kazakh body names found by their shape (made-up sentences)."""

from store.extract.extractor import PassContext
from store.extract.ner import NerSpan
from store.extract.passes.kazakh_bodies import kazakh_body_chains, kazakh_stray_bodies
from store.extract.spans import ByStart

_LEAD = "Бүгін жүргізушілер шекарада ұзақ күтті, кезек әлі де бар. "


def _names(text: str, spans: list | None = None) -> list[str]:
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    out = kazakh_body_chains(text, spans or [], ctx)
    return [ctx.names.get((s.start, s.end), s.text) for s in out if s.type == "organization"]


def test_a_regional_unit_chain_is_one_body_in_the_nominative():
    text = (
        _LEAD
        + "Біз Қазақстан Республикасы Қаржы министрлігі Кеден қызметінің Ақтөбе облысы бойынша басқармасына хат жаздық."
    )
    assert _names(text) == [
        "Қазақстан Республикасы Қаржы министрлігі Кеден қызметінің Ақтөбе облысы бойынша басқармасы"
    ]


def test_an_adjective_may_open_the_sentence_and_the_name():
    text = _LEAD + "Көліктік бақылау инспекциясының өкілі жағдайды түсіндірді."
    assert _names(text) == ["Көліктік бақылау инспекциясы"]


def test_a_sentence_opening_noun_is_not_part_of_the_name():
    text = _LEAD + "Хабар Тәжікстанның мемлекеттік салық комитетінен келді."
    assert _names(text) == ["Тәжікстанның мемлекеттік салық комитеті"]


def test_lower_case_words_of_the_clause_stay_out():
    text = _LEAD + "Сол үшін редакция Ақтау қалалық әкімдігіне сұрау жіберді."
    assert _names(text) == ["Ақтау қалалық әкімдігі"]


def test_a_head_without_a_capitalized_name_is_no_body():
    text = _LEAD + "Жергілікті мемлекеттік кірістер комитетінің қызметкерлері келді."
    assert _names(text) == []


def test_a_russian_sentence_is_left_alone():
    text = "Водители ждали на границе. Руководство Банк департаменті не ответило на вопрос журналиста."
    assert _names(text) == []


def test_the_model_body_inside_the_chain_gives_way_and_a_place_stays():
    text = _LEAD + "Маңғыстау облысы бойынша Көлік бақылау департаментінің хабарлауынша, жол ашық."
    start = text.index("Маңғыстау облысы")
    place = NerSpan("location", start, start + len("Маңғыстау облысы"), "Маңғыстау облысы")
    body_at = text.index("Көлік")
    body = NerSpan("organization", body_at, body_at + len("Көлік бақылау"), "Көлік бақылау")
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    out = kazakh_body_chains(text, [place, body], ctx)
    assert [s.type for s in out] == ["location", "organization"]
    assert ctx.names[(out[1].start, out[1].end)] == "Маңғыстау облысы бойынша Көлік бақылау департаменті"


def test_a_quoted_name_keeps_its_opening_quote():
    text = _LEAD + "Мәліметті «Жаңа жол» ақпарат агенттігіне берді."
    assert _names(text) == ["«Жаңа жол» ақпарат агенттігі"]


def test_a_sentence_opening_adverb_does_not_open_a_name():
    text = _LEAD + "Кеше кеден комитетінің өкілдері келді."
    assert _names(text) == []


def test_a_persons_name_before_the_body_stays_out():
    text = _LEAD + "Кеңесте Асқар Сейітов Сауда және интеграция министрлігіне тапсырма берді."
    at = text.index("Асқар Сейітов")
    person = NerSpan("person", at, at + len("Асқар Сейітов"), "Асқар Сейітов")
    assert _names(text, [person]) == ["Сауда және интеграция министрлігі"]


def test_the_models_clause_long_body_gives_way_to_the_chain():
    text = _LEAD + "Осы мәселе бойынша Жетісу облысы бойынша Мемлекеттік кірістер департаментінің басшысы сөйледі."
    at = text.index("Осы мәселе")
    end = text.index("басшысы")
    junk = NerSpan("organization", at, end - 1, text[at : end - 1])
    assert _names(text, [junk]) == ["Жетісу облысы бойынша Мемлекеттік кірістер департаменті"]


def test_a_clause_the_model_took_for_a_body_in_kazakh_text_is_dropped():
    text = _LEAD + "Агенттік хабарламасына сәйкес, жол жабық."
    at = text.index("Агенттік хабарламасына")
    clause = NerSpan("organization", at, at + len("Агенттік хабарламасына"), "Агенттік хабарламасына")
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    assert kazakh_stray_bodies(text, [clause], ctx) == []


def test_stray_filter_keeps_heads_abbreviations_and_single_words():
    text = _LEAD + "Кеден комитеті, ҚТЖ компаниясы және Қазгидромет хабар берді."
    spans = [
        NerSpan("organization", text.index("Кеден"), text.index("Кеден") + len("Кеден комитеті"), "Кеден комитеті"),
        NerSpan("organization", text.index("ҚТЖ"), text.index("ҚТЖ") + len("ҚТЖ компаниясы"), "ҚТЖ компаниясы"),
        NerSpan("organization", text.index("Қазгидромет"), text.index("Қазгидромет") + 11, "Қазгидромет"),
    ]
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    assert kazakh_stray_bodies(text, spans, ctx) == spans


def test_a_persons_name_in_a_case_ending_stays_out():
    text = _LEAD + "Бұл туралы Асқар Сейітовтің кеңсесі хабарлады."
    at = text.index("Асқар Сейітовтің")
    person = NerSpan("person", at, at + len("Асқар Сейітовтің"), "Асқар Сейітовтің")
    assert _names(text, [person]) == []


def test_a_press_service_is_its_body():
    text = _LEAD + "Бұл туралы Жолаушылар тасымалы басқармасының баспасөз қызметі хабарлады."
    assert _names(text) == ["Жолаушылар тасымалы басқармасы"]


def test_a_press_service_of_a_regional_unit_is_the_unit():
    text = _LEAD + "Ақпаратты Маңғыстау облысы бойынша Кеден департаментінің баспасөз қызметінен алдық."
    assert _names(text) == ["Маңғыстау облысы бойынша Кеден департаменті"]

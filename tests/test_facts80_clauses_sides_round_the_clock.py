"""Stop 42, facts80: a contrast gives each clause its own subject, Kazakh and Russian readings of the
neighbour's side, the gazetteer's post of record where two foreign posts face ours, a foreign post
located beside ours, and a post said open without a break or round the clock. Sentences written for
the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, kind: str) -> set[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-11-20")
    return {(f.checkpoint, f.text) for f in found if f.kind == kind}


def _statuses(text: str) -> set[tuple[str, str | None]]:
    found = find_facts(text, find_checkpoints(text), "2026-11-20")
    return {(f.checkpoint, status_label(f.text)) for f in found if f.kind == "status"}


def test_a_road_closed_before_a_contrast_is_not_the_posts_closure():
    text = "Из-за метели дорогу перекрыли, но пункт «Калжат» работает."
    assert _statuses(text) == {("kalzhat", "working")}
    assert _facts(text, "cause") == set()


def test_a_queue_before_a_contrast_keeps_its_post_and_reason():
    text = "Из-за пурги очередь выросла до 90 фур, однако КПП «Сырым» работает."
    assert ("syrym", "до 90 фур") in _facts(text, "queue")
    assert _facts(text, "cause")  # the queue's reason, kept
    assert _statuses(text) == {("syrym", "working")}


def test_a_part_before_a_contrast_without_a_status_after_it_stays_the_posts():
    text = "Движение фур приостановлено, но легковые машины пункт «Кордай» пропускает."
    assert _statuses(text) == {("kordai", "closed")}


def test_a_post_said_to_work_keeps_its_clause_before_the_other_side():
    text = "Пост «Бахты» работает, однако с той стороны пропуск ограничен."
    assert _statuses(text) == {("bakhty", "working"), ("cn-baketu", "limited")}


def test_the_post_word_alone_after_a_contrast_works_for_the_post_named():
    assert _statuses("Подъезд к пункту «Кеген» замело, однако пункт работает.") == {("kegen", "working")}


def test_a_road_put_first_as_the_object_after_a_contrast_is_the_roads():
    assert _statuses("КПП «Бахты» работает, а трассу к нему закрыли из-за снегопада.") == {("bakhty", "working")}


def test_kazakh_contrast_and_the_neighbours_side():
    text = '"Қордай" бекеті қалыпты жұмыс істейді, бірақ көрші тарапта өткізу шектелді.'
    assert _statuses(text) == {("kordai", "working"), ("kg-ak-zhol", "limited")}
    text = '"Бақты" бекетінде кезек аз, ал шекараның арғы бетінде бекет жабық.'
    assert _statuses(text) == {("cn-baketu", "closed")}


def test_kazakh_neighbour_kept_by_our_post_is_marked_in_kazakh():
    text = '"Петропавл" бекетінде кезек жоқ, ал көрші тарапта өткізу тоқтатылды.'
    assert _facts(text, "status") == {("petropavlovsk", "өткізу тоқтатылды (Ресей тарапынан)")}


def test_agreed_with_the_neighbour_is_not_the_neighbours_state():
    assert _statuses('"Қалжат" бекеті көрші тараппен келісім бойынша жабылды.') == {("kalzhat", "closed")}


def test_a_kazakh_side_acting_at_our_post_is_the_sides_post():
    text = 'Қырғыз тарапы "Қарасу" бекетінде жүк көліктерін қабылдауды тоқтатты.'
    assert _statuses(text) == {("kg-ak-tilek", "closed")}


def test_a_kazakh_side_as_a_reasons_subject_stays_ours():
    text = 'Қытай тарапы мерекені тойлайтындықтан, "Нұр жолы" бекеті жабық болады.'
    assert {ref for ref, _ in _statuses(text)} == {"nur-zholy"}


def test_a_russian_side_as_subject_after_a_contrast():
    text = "КПП «Тажен» работает штатно, а узбекская сторона ограничила пропуск фур."
    assert _statuses(text) == {("tazhen", "working"), ("uz-daut-ata", "limited")}


def test_a_russian_side_opening_the_sentence_as_a_speaker_stays_ours():
    assert _statuses("Китайская сторона сообщила, что пункт «Бахты» закрыт.") == {("bakhty", "closed")}


def test_two_facing_posts_the_gazetteer_names_one_of():
    assert _statuses("На КПП «Курмангазы» с российской стороны выезд закрыт.") == {("ru-karaozek", "closed")}
    assert _statuses("На КПП «Шемонаиха» с российской стороны выезд закрыт.") == {("shemonaikha", "closed")}


def test_a_foreign_post_named_beside_ours():
    assert _statuses("Российский АПП «Маштаково» возле «Сырым» не работает.") == {("ru-mashtakovo", "closed")}
    assert _statuses("Российский МАПП у «Аксай» закрыт.") == {("ru-ilek", "closed")}
    assert _facts("Очередь из 50 фур у «Сырым» не уменьшается.", "queue") == {("syrym", "50 фур")}


def test_a_post_open_without_a_break_or_round_the_clock():
    assert _facts("Пункт «Аят» работает без перерывов.", "status") == {("ayat", "работает без перерывов")}
    assert _facts("КПП «Кайрак» открыт круглосуточно.", "status") == {("kairak", "открыт круглосуточно")}
    assert _statuses('"Тәжен" бекеті тәулік бойы ашық тұр.') == {("tazhen", "working")}
    assert _statuses('"Сырым" бекеті демалыссыз жұмыс істейді.') == {("syrym", "working")}


def test_a_cafe_by_the_post_working_is_no_status():
    assert _statuses("Кафе у КПП «Аят» работает без перерыва.") == set()


def test_a_russian_reason_of_two_nouns_in_the_instrumental_is_kept_whole():
    text = "Пункт «Аят» работает с ограничениями в связи с ремонтом и заменой сканеров."
    assert _facts(text, "cause") == {("ayat", "в связи с ремонтом и заменой сканеров")}
    assert _facts("КПП «Аят» закрыт в связи с ремонтом и будет открыт в июне.", "cause") == {
        ("ayat", "в связи с ремонтом")
    }


def test_a_kazakh_reason_with_two_joined_qualifiers_is_kept_whole():
    text = '"Бақты" бекеті санитарлық және ветеринарлық бақылауды күшейтуге байланысты жабылды.'
    assert _facts(text, "cause") == {("bakhty", "санитарлық және ветеринарлық бақылауды күшейтуге байланысты")}
    assert _facts('"Бақты" бекеті жөндеуге байланысты жабылды.', "cause") == {("bakhty", "жөндеуге байланысты")}

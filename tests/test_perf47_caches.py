"""perf47: the shared and cached paths of the knowledge base and the identity key answer
as the computations they stand for (issue 15's ingest CPU; outputs must not change)."""

from __future__ import annotations

from store.lang import identity, kb


def _strip_state_by_every_mark(name: str) -> tuple[str, str]:
    """kb._strip_state as it was: every mark's substitution tried in turn."""
    for pattern, state in kb._state_marks():
        short = pattern.sub("", name)
        if short != name and short.strip():
            return short.strip(), state
    return name, ""


def test_strip_state_answers_as_trying_every_mark():
    names = [f.text for f in kb.forms() if f.row.type == "organization"][:1500]
    names += [
        "Пограничная служба Комитета национальной безопасности Республики Казахстан",
        "Министерство иностранных дел РК",
        "Министерство иностранных дел РК\n",
        "Қазақстан Республикасының Үкіметі",
        "Ресейдің Сыртқы істер министрлігі",
        "РК",
        " РК",
        "Комитет государственных доходов",
        "Таможенная служба\tРоссии",
    ]
    names += [n + " РК" for n in names[:300]] + ["ҚР " + n for n in names[:300]]
    stripped = 0
    for name in names:
        assert kb._strip_state(name) == _strip_state_by_every_mark(name), name
        stripped += bool(kb._strip_state(name)[1])
    assert stripped > 600  # the marks still strip: the state names were added to 600 names


def test_find_of_a_short_text_is_kept_and_each_caller_gets_its_own_list():
    text = "Министерство финансов Республики Казахстан"
    first = kb.find(text)
    assert first == kb._find(text) and any(m.form.row.type == "organization" for m in first)
    first.clear()  # a caller that changes its answer changes nobody else's
    assert kb.find(text) == kb._find(text) != []
    assert kb.find(text) is not kb.find(text)


def test_find_answers_as_computed_for_names_words_and_a_whole_text():
    texts = ["Казахстан", "Қазақстан Республикасы", "КНБ", "граница", "Россия", "Министерства финансов", ""]
    article = "Вчера Министерство финансов РК и КНБ обсудили работу пункта пропуска на границе с Россией. " * 4
    for text in texts + [article]:
        assert kb.find(text) == kb._find(text), text
        assert kb.find(text) == kb._find(text), text  # the second time, from the kept answers


def test_entity_key_cached_answers_as_computed():
    names = [
        ("person", "Қасым-Жомарт Тоқаев"),
        ("person", "Касым-Жомарт Токаев"),
        ("person", "Айгуль Сапарова"),
        ("organization", "Пограничная служба Казахстана"),
        ("organization", "Комитет государственных доходов"),
        ("location", "Қазақстан"),
        ("checkpoint", "Хоргос"),
    ]
    for type_, name in names:
        assert identity.entity_key(type_, name) == identity.entity_key.__wrapped__(type_, name)
    assert identity.entity_key("person", "Қасым-Жомарт Тоқаев") == identity.entity_key("person", "Касым-Жомарт Токаев")


def test_role_words_and_post_folds_cached_answer_as_computed():
    from store.extract import checkpoint_names, roles

    words = ["министра", "Вице-премьеру", "Акима", "после", "председателя", "РК", "Бектенов", "и", "«", "транспорта"]
    for word in words * 2:  # the second time from the cache
        assert roles.is_role_word(word) == roles.is_role_word.__wrapped__(word), word
        assert roles._can_link(word) == roles._can_link.__wrapped__(word), word
        assert roles._is_modifier(word) == roles._is_modifier.__wrapped__(word), word
    assert roles.is_role_word("министра") and not roles.is_role_word("после")
    for word in ["Достық", "Қонысбаева", "Aлашанькоу", "Хорго́с", "Şymkent", "Ёлкин"] * 2:
        assert checkpoint_names.fold(word) == checkpoint_names.fold.__wrapped__(word), word
    assert checkpoint_names.fold("Достық") == checkpoint_names.fold("Достык") == "достык"


def test_the_embeddings_word_ids_are_navecs_own_and_navec_is_left_as_it_was():
    """The embedding's word -> id dict, built by ner._vocab_init, equals the one navec's own
    Vocab builds from the same words, and navec's Vocab is left as it was after loading."""
    from navec.vocab import Vocab

    from store.extract.ner import _embedding, _vocab_init

    init = Vocab.__init__
    emb = _embedding()
    assert Vocab.__init__ is init
    own = Vocab(emb.vocab.words, emb.vocab.counts)  # navec's comprehension
    assert emb.vocab.word_ids == own.word_ids and len(own.word_ids) > 200_000
    assert (emb.vocab.unk_id, emb.vocab.pad_id) == (own.unk_id, own.pad_id)
    twice = Vocab.__new__(Vocab)
    _vocab_init(twice, ["а", "б", "а"], [1, 2, 3])  # a repeated word keeps its last id, as navec's does
    assert twice.word_ids == Vocab(["а", "б", "а"], [1, 2, 3]).word_ids == {"а": 2, "б": 1}


def test_post_name_forms_take_the_kazakh_endings_after_their_stem():
    """checkpoint_names._forms with the shared endings table (_kazakh_after): each Kazakh
    ending follows the name's nominative tail, as when the set was built per name."""
    from store.extract import checkpoint_names as cn

    for word in ["Достык", "Нур жолы".split()[-1], "Бахты", "Алаколь", "Майкапчагай", "Тажен", "Кольжат"]:
        stem, nouns, _ = cn._forms(word, True)
        w = cn.fold(word)
        tail = w[len(stem) :]
        assert {tail + e for e in cn._KK} <= nouns and tail in nouns, word
    # folded: ға → га; read as whole forms, since cp107 (stop 54) a plural-looking name («Бахты»)
    # keeps its «ы» in the endings («бахт» + «ыга»), not in the stem
    for word, form in (("Достык", "достыкдан"), ("Бахты", "бахтыга")):
        stem, nouns, _ = cn._forms(word, True)
        assert form.startswith(stem) and form[len(stem) :] in nouns, (word, form)


def test_tag_attributes_are_plain_strings_with_the_same_values():
    """lemmas._plain_grammemes: a tag's category attributes are the grammemes as plain
    strings (no typo-checking wrapper made per access), equal to what the tag holds."""
    from store.lang import lemmas
    from store.lang.morphology import parses

    lemmas.analyzer()
    for word, pos, case in [("министра", "NOUN", "gent"), ("Алматинской", "ADJF", None), ("быстро", None, None)]:
        tag = parses(word)[0].tag
        assert type(tag.POS) is str or tag.POS is None
        if pos:
            assert tag.POS == pos and pos in tag.grammemes
        if case:
            assert tag.case == case and case in tag.grammemes
    assert parses("министра")[0].tag.case in ("gent", "accs") and parses("министра")[0].tag.number == "sing"

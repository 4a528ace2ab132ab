"""A headline's post read with the cue its body gives: a declined name in quotes over a body
about that post is the post, not a body named after it (store/extract/extractor.py)."""

from __future__ import annotations

from store.model import Article


def test_a_declined_post_in_the_title_is_the_bodys_post(extractor):
    title = "Таможня: затора на «Кордае» больше нет"
    body = "В пограничной службе сообщили, что на КПП «Кордай» очередей нет. Пункт работает круглосуточно."
    got = extractor.extract(Article(file="t.txt", path="t.txt", raw=f"{title}\n{body}", title=title, body=body))
    title_mentions = {(m.type, m.name) for m in got.mentions if m.field == "title"}
    assert ("checkpoint", "Кордай") in title_mentions
    assert not any(t == "organization" for t, _ in title_mentions)


def test_a_title_alone_names_no_post_without_a_cue(extractor):
    title = "Жители Кордая пожаловались на дороги"
    body = "Жители села пожаловались на состояние дорог в районе."
    got = extractor.extract(Article(file="t.txt", path="t.txt", raw=f"{title}\n{body}", title=title, body=body))
    assert not any(m.type == "checkpoint" for m in got.mentions)

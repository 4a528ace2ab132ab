"""A Telegram channel, Instagram page or other public account an item cites, by the name
written right after its kind: «Видеоролик опубликовал Telegram-канал "Басе"», «Telegram-канал
HALYQSTAN опубликовал видео», «телеграм-канал «Опасный Шымкент»» (issue 15, org55).

Short agency items source a video or a claim to such a channel, and dev's reference counts
it as an organization (a006: «Басе»). The model reads a short Cyrillic name in quotes as
nothing or declines it wrongly («Бас»), reads a name in capitals as nothing, and a name that
holds a town as that town. The kind word carries the case, so the name after it is in the
nominative as printed: it is taken as written, quoted whole or as one word (Latin, or a
capitalised Cyrillic word). Seen on nur.kz 2023 («Telegram-канал "Басе"»), azattyq-ruhy.kz
2024 («Telegram-канал HALYQSTAN»), life.ru and news.rambler.ru 2025 («Telegram-канал Mash»).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.spans import by_offsets

_PLATFORM = r"(?:[Tt]elegram|[Тт]елеграмм?|[Ii]nstagram|[Ии]нстаграм|YouTube|[Юю]туб|TikTok|[Тт]ик[Тт]ок)"
_KIND = rf"(?<![\w-])(?:{_PLATFORM}[-‑]\s?(?:канал|паблик|аккаунт|страниц|блог)[а-яё]{{0,3}}|паблик[а-яё]{{0,3}})"
_NAME = (
    r"[«\"“](?P<quoted>[^«»\"“”\n]{2,60})[»\"”]"
    r"|(?P<word>[A-Za-z][A-Za-z0-9_]*(?:\.[a-z]{2,4})?|[А-ЯЁ][а-яё]{2,})(?![\w-])"
)
_SHAPE = re.compile(rf"{_KIND}\s+(?:{_NAME})")
# every match of _SHAPE (case-sensitive) holds «паблик», or one of the kind words and a platform's
# word: a text without them is passed over before the scan, which tries its opening look-behind at
# every position (issue 15, perf56)
KIND_WORDS = ("канал", "паблик", "аккаунт", "страниц", "блог")
PLATFORM_WORDS = ("elegram", "елеграм", "nstagram", "нстаграм", "YouTube", "туб", "TikTok", "икТок", "икток")


def _may_name_a_channel(text: str) -> bool:
    """False only when no match of _SHAPE can be in `text`."""
    if "паблик" in text:
        return True
    return any(w in text for w in KIND_WORDS) and any(w in text for w in PLATFORM_WORDS)


def channel_names(text: str, spans: list, ctx) -> list:
    """The pass (see module doc): each channel's name as one organization named as
    written; body spans inside or over a quoted name give way to it, a person keeps it, and
    an unquoted word any span already reads is left alone."""
    if not _may_name_a_channel(text):
        return by_offsets(spans)
    out = list(spans)
    for m in _SHAPE.finditer(text):
        group = "quoted" if m.group("quoted") else "word"
        start, end = m.span(group)
        name = " ".join(m.group(group).split())
        over = [s for s in out if s.start < end and start < s.end]
        if any(s.type == "person" for s in over):
            continue
        if group == "word" and over:
            continue  # «Telegram-канал Акорды»: an unquoted word read as a name is the owner, in the genitive
        out = [s for s in out if not (s.type == "organization" and s in over)]
        ctx.names[(start, end)] = name
        out.append(NerSpan("organization", start, end, text[start:end]))
    return sorted(out, key=lambda s: (s.start, s.end))

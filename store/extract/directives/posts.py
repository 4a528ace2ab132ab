"""Who holds a post, for both languages: mentions indexed by position, the last person
named before a point, and the matchers that say whether a person's role is the post a
giver is named by («Глава государства», «Министр транспорта РК»; Kazakh «Мемлекет
басшысы», «облыс әкімі»), so a role phrase resolves to the person holding it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from store.extract.roles import is_role_word
from store.lang.normalize import parses
from store.model import Mention

WORD = re.compile(r"[\w]+(?:-[\w]+)*|[^\w\s]")


# The posts that can order the government: the head of state, the head of government.
HEAD_POST = re.compile(
    r"(?<![\w-])(?:президент\w*|глав\w+\s+государства|премьер(?:-министр)?\w*|глав\w+\s+(?:правительства|кабмина)|"
    r"председател\w+\s+кабинета\s+министров|мемлекет\s+басшы\w*|үкімет\s+басшы\w*)(?![\w-])",
    re.I,
)


class ByPosition(list):
    """Mentions sorted by start (a list still), with look-ups by bisection and a cache of
    answers that depend on the whole article only. Each directive used to scan every
    mention, which made a long text's directives quadratic."""

    def __init__(self, mentions, text: str = "", date: str | None = None) -> None:
        super().__init__(sorted(mentions, key=lambda m: m.start))
        self.text = text  # the article's body: a post's holder is an akim only of a place it names
        self.date = date  # the article's date (ISO): a post's holder held it then
        self.starts = [m.start for m in self]
        self.longest = max((m.end - m.start for m in self), default=0)
        self.cache: dict = {}

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in [lo, hi), in order."""
        return self[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def covering(self, pos: int) -> list[Mention]:
        """The mentions holding the character at `pos`."""
        return [m for m in self.starting_in(pos - self.longest + 1, pos + 1) if pos < m.end]

    def last_before(self, pos: int) -> Mention | None:
        i = bisect_left(self.starts, pos)
        return self[i - 1] if i else None

    def memo(self, key, compute):
        """`compute()`, once per key for these mentions."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]


def post_phrase(words: list[str], i: int) -> str:
    """The role word at i and the genitive words that name its field: «Министр
    транспорта РК», «Глава государства», «Аким области Жетісу»."""
    j = i + 1
    while (
        j < len(words)
        and j - i <= 3
        and (words[j].isupper() or words[j][:1].isupper() or any(p.tag.case == "gent" for p in parses(words[j])[:2]))
    ):
        if words[j].lower() in REGION_ABBREVIATIONS and words[j - 1][:1].isupper():
            break  # «Премьер-министр Олжас Бектенов обл. акимам поручил»: «обл.» is the addressees'
        j += 1
    return " ".join(words[i:j])


# «обл.», «р-на» in a title: «аким Туркестанской обл.», «аким Шуского р-на».
REGION_ABBREVIATIONS = frozenset({"обл", "р-на", "р-она"})


def holds_post(post: str, role: str) -> bool:
    """Whether a person's role (as written, lowercase) is the post a role phrase names:
    the one post matcher, for a Russian role phrase and (through _KZ_POST_PHRASES) a
    Kazakh one. A deputy is not the post («вице-министр», «заместитель акима»). «Глава
    кабмина» is the head of government news call the premier in a second mention."""
    head, *field = post.split()
    if head == "глава" and field[:1] == ["государства"]:
        return _heads(role, "президент") or _heads(role, "глава государства")
    if head in ("премьер", "премьер-министр") or (head == "глава" and field[:1] in (["правительства"], ["кабмина"])):
        return role.startswith("премьер") or role.startswith("глава правительства") or "председатель кабинета" in role
    if head == "вице-премьер":
        return "вице-премьер" in role or "заместитель премьер" in role
    return role.split()[0] == head and all(f[:5] in role for f in field)


def _heads(role: str, title: str) -> bool:
    """Is `title` the role's own post, not the one its holder serves? «пресс-секретарь
    президента», «помощник президента», «администрация президента» name someone beneath
    the head of state: a role word before the title makes the title a genitive of it."""
    at = role.find(title)
    return at >= 0 and not any(is_role_word(w) for w in re.findall(r"[\w-]+", role[:at]))


def last_person(persons: ByPosition, pos: int) -> str | None:
    before = persons.last_before(pos)
    if before:
        return before.name
    return persons[0].name if persons else None


# A role or pronoun as the subject, and the post it stands for («Мемлекет басшысы» is the President).
KZ_ROLE = re.compile(
    r"(?<![\w-])(?:(мемлекет\s+басшысы|президент(?:і)?)|(үкімет\s+басшысы|премьер-министр)|"
    r"(премьер-министрдің\s+(?:бірінші\s+)?орынбасары|вице-премьер)|([\w-]+\s+министрі|министр)|"
    r"([\w-]+\s+әкімі|әкім|(?:өңір|облыс|аймақ|қала)\s+басшысы)|((?:[\w-]+\s+)?әкімінің\s+орынбасары)|"
    r"(ол))(?![\w-])",
    re.I,
)


# The post of each KZ_ROLE group: a deputy akim («облыс әкімінің орынбасары») is the Russian
# «заместитель акима», never the akim.
KZ_POSTS = ("президент", "премьер", "вице-премьер", "министр", "аким", "заместитель акима", None)
# A Kazakh role's post as the Russian post phrase it is matched by.
_KZ_POST_PHRASES = {"президент": "глава государства"}


_KZ_ROLE_WORDS = frozenset({"мемлекет", "үкімет", "басшысы", "орынбасары"})


def kz_is_role(word: str) -> bool:
    return bool(KZ_ROLE.fullmatch(word)) or is_role_word(word) or word.lower() in _KZ_ROLE_WORDS


def holds_kazakh_post(text: str, m: Mention, post: str) -> bool:
    """Does the person of mention `m` hold `post` (a Kazakh role's post: президент,
    премьер, вице-премьер, министр, аким)? By the role the extractor found (Russian) or
    the Kazakh role written just before the name («облысының әкімі Бейбит Исабаев»,
    «Мемлекет басшысы Қасым-Жомарт Тоқаев»), matched as the Russian posts are."""
    roles = []
    if m.role:
        roles.append(m.role.lower())
    if m.field == "body":
        lead = text[max(0, m.start - 60) : m.start]
        r = list(KZ_ROLE.finditer(lead))
        if r and not lead[r[-1].end() :].strip():
            roles.append(KZ_POSTS[next(k for k, g in enumerate(r[-1].groups()) if g)] or "")
    phrase = _KZ_POST_PHRASES.get(post, post)
    return any(r and holds_post(phrase, r) for r in roles)

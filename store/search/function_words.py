"""Words that join a query's other words and never begin or end a name: prepositions,
conjunctions, particles and question words («на», «с», «о», «что», «мен», «at», «the»).

A query written as a user speaks («граница с Китаем Бахты пешеходы», «что говорит
Кванталиани о Караузеке», «очередь на границе в Хоргосе») holds them between the name
and the topic words. Taken into a run of words they make it longer than the name alone,
and the longest run that names something wins the split (store.search.search_topics):
«с Китаем» (the country, 92) beat «Бахты» (the post, 100) and «о Караузеке» the
surname before it. A name may hold one inside («Министерство по чрезвычайным
ситуациям», «Ministry of Transport»), so only a run's ends are kept free of them.
"""

from __future__ import annotations

# Russian prepositions, conjunctions, particles and question words; «ли» is left out
# (a Chinese surname: «Ли Вэньсин»)
_RUSSIAN = (
    "в во на с со к ко у о об обо от до из за по при про для над под без через между перед после около возле "
    "вдоль и а но или что как где когда почему зачем сколько какой какая какое какие кто чем не ни же бы уже "
    "ещё еще вот это"
)
# Kazakh conjunctions, postpositions and question words
_KAZAKH = "мен бен пен және арқылы туралы үшін бойынша қалай қашан неге неше қайда"
_ENGLISH = "the a an at on in of to for with from by and or is are was how what when why where which who about near"

FUNCTION_WORDS = frozenset(f"{_RUSSIAN} {_KAZAKH} {_ENGLISH}".split())


def is_function_word(word: str) -> bool:
    """Is the word (as typed, any case) a preposition, conjunction, particle or
    question word? A word with a dot is an initial («С.Нажимов»), never one."""
    return word.lower() in FUNCTION_WORDS


def trimmed(words: list[str]) -> list[str]:
    """The words without function words at either end («о Караузеке» → «Караузеке»)."""
    lo, hi = 0, len(words)
    while lo < hi and is_function_word(words[lo]):
        lo += 1
    while hi > lo and is_function_word(words[hi - 1]):
        hi -= 1
    return words[lo:hi]

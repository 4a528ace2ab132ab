"""A post named bare in quotes in a sentence of passage or of the post's state, with no cue word
anywhere in the text: «Через «Тажен» выезд разрешён только гражданам Казахстана», «…, а сам
«Сырым» открыт», «"Кегенде" кезек жоқ». The post finder (checkpoints.py) asks the text for a
cue (a post's or the border's word, a queue or traffic story) before it reads a name at all, and
cp74's bare quoted names (checkpoint_bare_quoted.py) ask for one too; a one-sentence bulletin
names the post by its quoted name only. A town is not written in quotes, so the sentence's own
words decide (cp75):

- the name is bare in quotes (checkpoint_bare_quoted.bare_in_quotes: nothing but the sentence's
  start, a mark, a preposition or a conjunction before them, no verb of speaking after them);
- and its sentence speaks of passage: «через» right before the quotes, a word of crossing,
  entry or exit, the border, a queue, freight or passengers (Kazakh «өтеді», «шекара», «кезек»),
  or «арқылы» right after the quotes; «за границу» (abroad) is no passage through a post;
- or the name is the subject of a post's state: nothing but the sentence's start, a mark, a
  conjunction or «сам» before it (not a preposition: «У «…» работает новое кафе»), and «открыт»,
  «закрыт», «работает» after it in its clause (Kazakh «ашық», «жабық», «жұмыс істейді»).

A name the gazetteer marks ambiguous (it is also a chamber, a programme, a town or a person:
Атамекен, Болашак, Орда, Жибек жолы) needs a word of passage besides «через», «арқылы» («Через
«Атамекен» предприниматели получили кредиты» is the chamber), and a state is no cue for it
(«Атамекен» работает» may be the chamber) unless the sentence names a post's part or approach
(«Подъезд к пункту перекрыт, а сам «Сырым» открыт»). A firm, a hotel, a shop or a club named like a post
has its noun before the quotes and is dropped earlier (checkpoint_not_posts.thing_named).
Each pattern is compiled case-insensitively.
"""

from __future__ import annotations

import re

from store.extract.checkpoint_bare_quoted import bare_in_quotes, name_sentence, time_lead

# «через» right before the opening quote, Kazakh «арқылы» right after the closing one: the name is
# passed through — or is the means of something («"Атамекен" арқылы кәсіпорын ашылды»), so these
# alone are no word of passage for an ambiguous name
_THROUGH_BEFORE = re.compile(r"(?:^|[\s(])через[ \t]+[«\"“„]$", re.IGNORECASE)
_THROUGH_AFTER = re.compile(r"[ \t]+арқылы(?![\w-])", re.IGNORECASE)
# the name as a subject: the sentence's start, a mark, a conjunction or «сам» before the quotes, not a
# preposition («У «…» работает новое кафе» is a place by the name)
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?:;,(–—-][ \t]*|(?:^|[\s(])(?:и|а|но|также|сам|сама|само|және)[ \t]+)[«\"“„]$", re.IGNORECASE
)
# words of passage through a post, Russian and Kazakh; «за границу», «из-за границы» is abroad
_PASSAGE = re.compile(
    r"(?<![\w-])(?:пропуск\w*|пропуст\w*|пересе[кч]\w*|(?<!за\s)(?<!за\s\s)границ\w*|очеред\w*|фур[аыуеой]?\w*"
    r"|грузовик\w*|въезд\w*|выезд\w*|въезжа\w*|выезжа\w*|въех\w*|выех\w*|провез\w*|провоз\w*|провёз\w*"
    r"|пассажир\w*|легковуш\w*|өт(?:еді|ті|кен|іп|у|уге|уі|етін|ушілер)|шекара\w*|кезе[кг]\w*"
    r"|жүк[ \t]+көлі[кг]\w*|жолаушы\w*)(?![\w-])",
    re.IGNORECASE,
)
# a post's state told of the name as its subject, in its clause after it
_STATE_AFTER = re.compile(
    r"[^.!?;:,\n]{0,40}?(?<![\w-])(?:открыт[ао]?|закрыт[ао]?|работа(?:ет|ют)|ашық|жабық|жабылды|ашылды"
    r"|жұмыс[ \t]+істе\w*)(?![\w-])",
    re.IGNORECASE,
)
# a post's part or approach named in the sentence: an ambiguous name's state is then the post's
# («Подъезд к пункту перекрыт, а сам «Сырым» открыт»)
_POST_PART = re.compile(
    r"(?<![\w-])(?:подъезд\w*|пункт\w*|терминал\w*|площадк\w*|пост(?:а|у|ом|е|ы|ов)?|кпп|бекет\w*)(?![\w-])",
    re.IGNORECASE,
)


def quoted_at_passage(text: str, start: int, end: int, ambiguous: bool) -> bool:
    """Is the name at [start, end) written bare in quotes in a sentence of passage, or as the
    subject of a post's state? An `ambiguous` name needs a word of passage of its own."""
    closed = bare_in_quotes(text, start, end)
    if not closed:
        return False
    sentence = name_sentence(text, start, closed)
    if _PASSAGE.search(sentence):
        return True
    if _THROUGH_BEFORE.search(text, max(0, start - 10), start) or _THROUGH_AFTER.match(text, closed):
        return not ambiguous
    subject = _SUBJECT_BEFORE.search(text, max(0, start - 10), start) or time_lead(text, start)
    if not (subject and _STATE_AFTER.match(text, closed)):
        return False
    return not ambiguous or bool(_POST_PART.search(sentence))

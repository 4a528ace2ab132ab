"""The words that say a text speaks of border crossings, in the neighbours' languages: the
Uzbek, Kyrgyz and Turkmen pages about the posts on our southern border name them with their own
nouns («чегара божхона пости», «назорат-ўтказиш пункти», «өткөрмө пункту», «бекет»), and
without one of these the matcher read no name on them at all (checkpoints.py asks for a cue
in the text and, for an ambiguous name, in its sentence).

Each pattern is a fragment of an alternation, compiled case-insensitively by its user.
"""

from __future__ import annotations

# Uzbek in Cyrillic letters: «чегара» (border), «божхона» (customs), «ўтказиш пункти» (crossing
# point), «назорат-ўтказиш» (control and crossing), «туташ нуқта» (a rail junction, the
# railways' word for a crossing: «давлатлараро туташ нуқталари»), a quoted name's «пости» / «постида»
UZBEK_CYRILLIC = (
    r"\bчегара|\bбожхона|ўтказиш|назорат[-‐]ўтказ|\bтуташ\s+нуқта|"
    r"[»\"”][ \t]*(?:\([^()\n]{1,25}\)[ \t]*)?пост(?:и|ида|идан|лари|ларида|ига)\b"
)

# Uzbek in Latin letters (2018 orthography; the apostrophe is any of ʻ ' ’ `)
UZBEK_LATIN = r"\bchegara|\bbojxona|\bo[ʻ'’`‘]tkazish|\bnazorat[-‐]o[ʻ'’`‘]tkaz|\bo[ʻ'’`‘]tish\s+punkt|\btutash\s+nuqta"

# Kyrgyz: «өткөрмө пункту» / «өткөрүү пункту» / «өткөрүү жайы» (crossing point), «көзөмөл өткөрмө пункту»
# (КӨЖ, control and crossing), «чек ара» (border), «бажы» (customs)
KYRGYZ = r"өткөрмө|өткөрүү\s+(?:пункт|жай)|\bкөж\b|\bчек\s+ара|\bбажы"

# Turkmen in Latin letters: «serhet geçelgesi» (border crossing), «gümrük» (customs)
TURKMEN = r"\bserhet\s+geçelge|\bgeçelgesi|\bgümrük"

# every one of the above: a text or sentence holding one of them is about crossings
NEIGHBOURS = "|".join((UZBEK_CYRILLIC, UZBEK_LATIN, KYRGYZ, TURKMEN))

# «и» in the neighbours' languages, between two names of one list: Kyrgyz «жана», Uzbek
# «ва» / «va»
AND_WORDS = r"жана|ва|va"

# «или» between two names is a list too, of posts to choose from (facts63): «выезжать через
# «Тажен» или «Сырым»», «либо «Таскала»», Kazakh «немесе «Шарбақты»»; an ambiguous name so joined
# to a confirmed post is a post as one after «и» is.
OR_WORDS = r"или|либо|немесе"

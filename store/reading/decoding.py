"""Bytes → text: a BOM decides, else UTF-8 (a few damaged sequences replaced), else
UTF-32 or UTF-16 without a BOM, else UTF-8 and code-page lines each read in their own, else
charset-normalizer checked against the Cyrillic code pages; None when the bytes are not text.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")


# A few invalid sequences in otherwise valid UTF-8 are damage, not another encoding:
# they are replaced (U+FFFD) when they are at most this share of the non-ASCII sequences.
MAX_BAD_UTF8_SHARE = 0.02

# A text in a Cyrillic code page reads as prose (_russian_score about 0.6-0.8); random
# bytes, which every code page decodes, score near or below 0 (qa74: the NUL-stripped rest).
MIN_PROSE_SCORE = 0.3


def decode(data: bytes) -> str | None:
    """The bytes as text (see decode_report), or None when they are not text."""
    return decode_report(data)[0]


def decode_report(data: bytes) -> tuple[str | None, str | None]:
    """The bytes as text, and a warning when some of them had to be replaced.

    A BOM decides; else UTF-8, strict, or with a few damaged sequences replaced by
    U+FFFD when they are a small share of the non-ASCII ones (re-reading the whole
    text as KOI8-R or cp1251 would garble every letter to save a few); else
    charset-normalizer, checked against the Cyrillic code pages (short cp1251/KOI8-R
    texts fool it). None when the bytes are not text (NUL bytes or nothing decodes)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), None
            except UnicodeDecodeError:
                return None, None
    try:
        text = data.decode("utf-8")
        if not _too_many_controls(text):  # a few NULs among them: clean_text drops them, said as below
            return text, (nuls_removed(data.count(0)) if b"\x00" in data else None)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        return _with_nuls(data)
    mixed = _mixed_lines(data)
    if mixed is not None:
        return mixed
    repaired = _repaired_utf8(data)
    if repaired is not None:
        return repaired
    return _guess(data), None


def _with_nuls(data: bytes) -> tuple[str | None, str | None]:
    """Bytes with NULs: UTF-16 without a BOM when they fall on one side (Cyrillic alone in
    UTF-16-LE is valid UTF-8 full of controls, so this is tried for UTF-8 too); else a text
    with stray NULs — a crashed write's padding, a tool's stray zero bytes — read with them
    removed and a warning saying how many (qa74: «binary file (not decodable as text)» named
    no cause, and the text was lost). The rest must read as text with no other controls:
    UTF-8, or a Cyrillic code page that reads like prose (random bytes decode in KOI8-R)."""
    utf32 = _utf32_order(data)
    if utf32 is not None:  # before UTF-16: its NULs fall on both sides
        return _utf32_without_bom(data, utf32)
    if _looks_utf16(data):
        text = _utf16_without_bom(data)
        if text is not None:
            return text, None
    rest = data.replace(b"\x00", b"")
    if not rest.strip():
        return None, None
    text, warning = decode_report(rest)  # no NULs left: this does not come back here
    if text is None or (not _is_utf8(rest) and _russian_score(text[:20_000]) < MIN_PROSE_SCORE):
        return None, None
    return text, "; ".join(filter(None, (nuls_removed(len(data) - len(rest)), warning)))


def nuls_removed(count: int) -> str:
    return f"{count:,} NUL byte{'s' if count > 1 else ''} removed (zero bytes inside a text file)"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _repaired_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with its few invalid sequences replaced, and the warning saying how many;
    None when too many are invalid for the bytes to be UTF-8 at all."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if bad <= 0 or bad > MAX_BAD_UTF8_SHARE * non_ascii or _too_many_controls(text):
        return None
    plural = "s" if bad > 1 else ""
    return text, f"{bad} invalid UTF-8 sequence{plural} replaced by U+FFFD"


def _mixed_lines(data: bytes) -> tuple[str, str] | None:
    """A file whose lines are in two encodings — UTF-8 lines, and lines in a code page (a
    cp1251 paragraph pasted into a UTF-8 note, a dump appended to by two tools): each line
    read in its own, and a warning naming the lines that were not UTF-8 (bad63: the whole
    file was read as cp1251 and every UTF-8 letter stored garbled, without a word). A line
    that is mostly valid UTF-8 with a few bad bytes is damage, replaced as in _repaired_utf8;
    a line with no valid multi-byte sequence is the other encoding. None when there are not
    both kinds, or the other lines do not read as text in any code page."""
    if b"\n" not in data or not _UTF8_PAIR.search(data):
        return None
    lines = data.split(b"\n")
    utf8, foreign = 0, []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 += 1
            continue
        except UnicodeDecodeError:
            pass
        if not _damaged_utf8(line):
            foreign.append(i)
    if not utf8 or not foreign:
        return None
    encoding, text = _guess_encoding(b"\n".join(lines[i] for i in foreign))
    if text is None or text.count("\n") != len(foreign) - 1 or _russian_score(text[:20_000]) < MIN_PROSE_SCORE:
        return None
    out = [line.decode("utf-8", "replace") for line in lines]
    for i, decoded in zip(foreign, text.split("\n"), strict=True):
        out[i] = decoded
    joined = "\n".join(out)
    bad = joined.count("\ufffd") - data.count("\ufffd".encode())
    numbers = [i + 1 for i in foreign]
    shown = ", ".join(map(str, numbers[:_LINES_SHOWN]))
    if len(numbers) > _LINES_SHOWN:
        shown += f" and {len(numbers) - _LINES_SHOWN} more"
    warning = f"line{'s' if len(numbers) > 1 else ''} {shown} not UTF-8, read as {encoding} (the rest as UTF-8)"
    if bad > 0:
        warning += f"; {bad} invalid UTF-8 sequence{'s' if bad > 1 else ''} replaced by U+FFFD"
    return joined, warning


# Two two-byte UTF-8 characters in a row (a Cyrillic word's letters): no UTF-8 line without
# them is looked for, so a whole cp1251 or KOI8-R file (where such a pair is an upper-case
# letter and a punctuation mark, twice over) is not split into lines for nothing.
_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf][\xc2-\xdf][\x80-\xbf]")

_LINES_SHOWN = 10  # line numbers a mixed-encoding warning names before «and N more»


def _damaged_utf8(line: bytes) -> bool:
    """Is the line UTF-8 with some bytes damaged, rather than another encoding? Its valid
    multi-byte characters are at least half its non-ASCII ones. A cp1251 line has almost
    none: its lower-case letters are UTF-8's three-byte leads, each followed by another letter."""
    text = line.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return len(text) - len(text.encode("ascii", "ignore")) - bad >= bad


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: the byte order is where the NULs of ASCII characters fall
    (odd offsets in little-endian); None when neither order gives clean text."""
    head = data[:4096]
    odd = head[1::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if odd >= head[0::2].count(0) else ("utf-16-be", "utf-16-le")
    for enc in orders:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _too_many_controls(text):
            return text
    return _guess(data)


def _looks_utf16(data: bytes) -> bool:
    """NULs on one side only (every other byte): the high bytes of ASCII characters in
    UTF-16. Cyrillic in UTF-16 has no NULs, so their share alone would not tell."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) >= len(head) // 50 and min(even, odd) <= max(even, odd) // 20


def _utf32_order(data: bytes) -> str | None:
    """ "utf-32-le" or "utf-32-be" when the first bytes are UTF-32 with no BOM, else None.
    Every code point is below 0x110000, so each 4-byte unit's top byte is 0 and the next
    is 0 for any letter of the Basic Multilingual Plane (Cyrillic, Kazakh, Latin,
    punctuation): two NUL columns of four. UTF-16 has one (ASCII's high bytes), in every
    other byte; text in a code page none (hyg68: a BOM-less UTF-32-LE dump stored its one
    record of ASCII letters, NULs removed, and rejected the others as «not text»)."""
    head = data[: min(len(data), 4096) // 4 * 4]
    units = len(head) // 4
    if units < 2:
        return None
    zeros = [head[i::4].count(0) for i in range(4)]
    if zeros[3] == units and zeros[2] >= units * 0.9 and zeros[0] < units:
        return "utf-32-le"
    if zeros[0] == units and zeros[1] >= units * 0.9 and zeros[3] < units:
        return "utf-32-be"
    return None


def _utf32_without_bom(data: bytes, encoding: str) -> tuple[str | None, str | None]:
    """UTF-32 bytes as text; a few bad units (a code point past U+10FFFF, a surrogate, a
    cut last unit) replaced by U+FFFD and counted in the warning, as damaged UTF-8 is; more
    than that share, or control characters, and the bytes are not text (never guessed at in
    a code page: with their NULs removed they read as any)."""
    text = data.decode(encoding, "replace")
    bad = text.count("\ufffd") - data.decode(encoding, "ignore").count("\ufffd")
    if bad > max(1, MAX_BAD_UTF8_SHARE * len(text)) or _too_many_controls(text):
        return None, None
    if not bad:
        return text, None
    return text, f"{bad} invalid UTF-32 unit{'s' if bad > 1 else ''} replaced by U+FFFD"


# The control characters below a space that are not line or page breaks or tabs (c < " " and not
# in "\n\r\t\f"): counted by `re` in C, and not at all in a text that holds none (ingest96: the
# character-by-character count was 0.12 ms of every .txt read).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _too_many_controls(text: str) -> bool:
    sample = text[:8192]
    if not _CONTROLS.search(sample):
        return False
    bad = len(_CONTROLS.findall(sample))
    return bad >= 8 and bad > len(sample) // 10  # a few stray escapes are hostile text, not binary


def _guess(data: bytes) -> str | None:
    return _guess_encoding(data)[1]


def _guess_encoding(data: bytes) -> tuple[str, str | None]:
    """The code page the bytes read best in (as _russian_score tells), and the text."""
    import charset_normalizer

    candidates: list[str] = []
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates += [e for e in _CYRILLIC_ENCODINGS if e not in candidates]
    decoded = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _too_many_controls(text):
            decoded.append((_russian_score(text[:20_000]), -len(decoded), text, enc))
    if not decoded:
        return "", None
    best = max(decoded)
    return best[3], best[2]


_COMMON_LOWER = set("оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё")
_PLAIN_MARKS = ".,;:!?-–—«»\"'()[]/%№+=*&@#$€₸<>_{}|\\~^`"  # what prose prints besides letters, digits and blanks


def _russian_score(text: str) -> float:
    """How much the text reads like Cyrillic prose: the share of common lower-case letters
    among letters, minus stray symbols. A wrong code page turns most lower-case letters
    into capitals or pseudographics, so this tells cp1251 from KOI8-R and cp866."""
    # Each count is a sum over characters of a test of the character alone: asked once a distinct
    # character, weighted by how often it occurs (Counter counts in C), where the four passes asked
    # each of up to 20,000 characters (stop 51, ingest116: 0.034 ms a generated text on average,
    # four code pages tried for each cp1251 file).
    letters = lower = latin_ok = junk = 0
    for c, n in Counter(text).items():
        if c.isalpha():
            letters += n
            if c in _COMMON_LOWER:
                lower += n
            if "a" <= c.lower() <= "z":
                latin_ok += n
        if not (c.isalnum() or c.isspace() or c in _PLAIN_MARKS):
            junk += n
    if not letters:
        return 0.0
    return (lower + latin_ok - 2 * junk) / max(len(text), 1)


class _WideLines:
    """A UTF-16 or UTF-32 file's lines as UTF-8 bytes, for the JSON-lines reader, which splits
    bytes at b"\\n": in UTF-16 that split leaves each next line a stray NUL byte, so every line
    after the first was «not text» (qa62: a dump PowerShell 5 wrote, UTF-16 with a BOM by
    default). `limit` counts characters here, so a line's bound is a few times the bytes'."""

    def __init__(self, fh, encoding: str):
        import io

        self._text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")

    def readline(self, limit: int = -1) -> bytes:
        return self._text.readline(limit).encode("utf-8")


def wide_encoding(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding a file's first bytes say, or None: a BOM, or, without
    one, UTF-32's two NUL columns of four (hyg68) or UTF-16's NULs on one side (bad63: a
    BOM-less UTF-16-LE dump read its first record, then called the stray NUL after each
    newline «not text»)."""
    for bom, enc in _BOMS:
        if enc != "utf-8-sig" and head.startswith(bom):
            return enc
    if b"\x00" not in head:
        return None
    utf32 = _utf32_order(head)
    if utf32 is not None:
        return utf32
    if not _looks_utf16(head):
        return None
    return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"


def lines_as_utf8(fh):
    """A binary file object whose lines a JSON-lines reader can split at b"\\n": the file
    itself, or, when it is UTF-16 or UTF-32 (wide_encoding), its lines re-encoded to UTF-8."""
    head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
    enc = wide_encoding(head)
    return _WideLines(fh, enc) if enc else fh


# A file whose text has no word in the alphabets articles are written in is junk when it is
# this short: random bytes behind a UTF-16 BOM decode to a few CJK or unassigned characters.
MAX_JUNK_CHARS = 64


def too_little_text(text: str) -> str | None:
    """Why a short decoded text is no article, or None: under MAX_JUNK_CHARS characters with
    no word of two Cyrillic or Latin letters (bad63: 12 junk bytes after a UTF-16 BOM were
    stored as a 4-character article). A word, however short, is kept: a one-word note in
    UTF-8 is read as before, whatever encoding it comes in."""
    body = text.strip()
    if len(body) >= MAX_JUNK_CHARS or _WORD.search(body):
        return None
    chars = f"{len(body)} character{'s' if len(body) != 1 else ''}"
    return f"too little text ({chars}, no word in Cyrillic or Latin letters)"


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]{2}")

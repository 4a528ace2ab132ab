"""Regular expressions compiled once per machine instead of once per process.

The store compiles about 600 patterns on import (every stage's rules, the reading's
furniture and dates) and an ingest about 1,300 more as it goes (a knowledge-base form's
pattern the first time a text may hold it, a person's name in its endings): 0.4-0.5 s
of CPU in every process, most of it Python's own `re` parser and code generator, which
keep nothing between processes. In an ingest with workers the fork server's share of
it holds up every worker (they are forked only when it is done), and with one job it is
the same CPU again in the one process.

What `re` compiles a pattern to depends only on the pattern, its flags and the Python
that compiles it. This module keeps those results (the arguments `re._compiler.compile`
hands to `_sre.compile`: the final flags, the code, the groups) in a file of the user's
cache folder, named by a hash of the Python's version and its regular-expression
engine's magic number, and installs a `re._compiler.compile` that builds the pattern
from them, so a later process skips the parser and the code generator. A pattern built
so is the same object `re` would build: `_sre.compile` checks the code it is given,
and two patterns compare equal only when their flags and code are equal
(tests/test_ingest_startup.py compares them for every pattern the store compiles).

The file holds a hash table (a fixed-size slot per 64-bit hash of a pattern's key: where
its entry lies) before the entries, each marshalled apart with its key: a process reads
the slots and the entries of the patterns it uses, nothing else. The file holds the
patterns of every kind of process (an ingest's thousands), and a `borderdocs search` uses
about 300 of its 6,000: unmarshalling them all was 50-60 ms of its CPU, paid by its first
regular expression (stop 38, cold66), and unmarshalling an index of all 6,000 keys (their
patterns' text, 0.9 MB) still 6-12 ms (stop 47, screen67; perf72 made it slots). An
entry is served only when the key stored in it is the key asked for, so two keys of one
hash never swap patterns.

New patterns are added when a process ends (at exit, or store/workers/child.py before a
worker's `os._exit`), with every pattern it used; a pattern no process used for MAX_AGE
saves leaves the file, which holds MAX_PATTERNS at most (an ingest compiles patterns from
its texts' names, so the file must not grow without end). The file is written to a
temporary name and renamed; a file that cannot be read or does not hold what it should
is ignored (and written again), and a cached entry `_sre.compile` refuses is compiled
afresh. BORDERDOCS_REGEX_CACHE=off
leaves `re` as it is (the bench's base side, or a Python whose `re` differs inside).
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import struct
import sys
import threading

SWITCH_ENV = "BORDERDOCS_REGEX_CACHE"  # "off": `re` compiles every pattern itself
MAX_PATTERNS = 6000
MAX_AGE = 30  # saves (by any process) a pattern stays in the file unused
# A process that compiled fewer new patterns writes nothing: a pattern or two differ in
# every process (a grammar's rule names carry object ids), and rewriting the file for them
# cost more than compiling them.
MIN_NEW = 8
_FORMAT = "borderdocs-regex-4"
_HEAD = 8  # bytes: the length of the marshalled (format, slots) that starts the file
# A slot: the key's hash, its entry's offset among the entries and length (0: an empty slot).
_SLOT = struct.Struct("<QII")

_lock = threading.Lock()
# "added": how many patterns this process compiled afresh; "adder": its pid (a worker forked
# from the fork server inherits the server's count, which the server saves itself).
_state: dict = {"table": None, "used": {}, "added": 0, "adder": 0, "original": None}


def install() -> bool:
    """Put the cached compile in `re`'s place, once per process; False when switched off
    or when this Python's `re` is not built the way this module expects."""
    if _state["original"] is not None:
        return True
    if os.environ.get(SWITCH_ENV) == "off":
        return False
    try:
        from re import _compiler, _parser

        _parser.parse, _compiler._code, _compiler.compile  # noqa: B018 - the internals this module relies on
    except (ImportError, AttributeError):
        return False
    if not _same_as_re(_compiler.compile):
        return False
    _state["original"] = _compiler.compile
    _compiler.compile = compile_cached
    atexit.register(save)
    return True


# Named groups, a scoped flag, Cyrillic classes, a repeat and a lookahead: a pattern whose
# compiled form shows whether this module computes what this Python's `re` does.
_PROBE = r"(?P<head>[А-ЯЁA-Z][а-яёa-z]+)(?i:\s+пункт)?\d{2,}(?=[-–])|(?<!\w)x"


def _same_as_re(original) -> bool:
    """Does `_arguments` give this Python's `_sre.compile` what `re` itself gives it (the
    same code: Pattern's == compares it)? Else the cache is not installed at all."""
    try:
        return all(
            _sre.compile(_PROBE, *_arguments(_PROBE, flags)) == original(_PROBE, flags) for flags in (0, re.I | re.M)
        )
    except Exception:  # noqa: BLE001 - another engine's internals: `re` as it is
        return False


def uninstall() -> None:
    """`re` compiling by itself again (tests); what was compiled is saved first."""
    from re import _compiler

    if _state["original"] is not None:
        save()
        _compiler.compile = _state["original"]
        _state["original"] = None
        atexit.unregister(save)


def compile_cached(p, flags=0):
    """`re._compiler.compile`, from the cache when the pattern is in it. Anything but a
    text or bytes pattern (re.Scanner's parsed lists) and DEBUG go to `re` as before."""
    if not isinstance(p, str | bytes) or flags & re.DEBUG:
        return _state["original"](p, flags)
    flags = int(flags)  # marshal writes ints, not re.RegexFlag
    key = (isinstance(p, bytes), _plain(p), flags)
    entry = _table().get(key)
    if entry is not None:
        try:
            pattern = _sre.compile(p, *entry)
        except Exception:  # noqa: BLE001 - a cached entry this engine refuses: compiled afresh below
            pass
        else:
            _state["used"][key] = entry
            return pattern
    try:
        entry = _arguments(p, flags)
    except Exception:  # noqa: BLE001 - whatever `re` says about this pattern, it says itself
        return _state["original"](p, flags)
    with _lock:
        _state["used"][key] = entry
        if _state["adder"] != os.getpid():
            _state["adder"], _state["added"] = os.getpid(), 0
        _state["added"] += 1
    return _sre.compile(p, *entry)


def _plain(p: str | bytes) -> str | bytes:
    """The pattern as a plain str or bytes, for the key: lxml's XPath regular expressions
    (`re:test(@class, ...)` in the HTML reading) hand `re` its own str subclass, which
    marshal refuses, and one such key made every save of a process that read an HTML page
    fail (stop 43, perf79): its 800-1,600 new patterns were compiled again by the next one."""
    if type(p) is str or type(p) is bytes:
        return p
    return bytes(p) if isinstance(p, bytes) else str.__str__(p)


def _arguments(p, flags: int) -> tuple:
    """What `re._compiler.compile` (Python 3.11-3.13) passes to `_sre.compile` after the
    pattern, computed the same way."""
    from re import _compiler, _parser

    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _table():
    """The patterns to build from: the file's index (entries read as they are asked for),
    or a dict once this process saved."""
    table = _state["table"]
    if table is None:
        with _lock:
            if _state["table"] is None:
                _state["table"] = _Indexed.open(_path())
            table = _state["table"]
    return table


class _Indexed:
    """The cache file's entries by key: a key's slot found by its hash, its entry
    unmarshalled when first asked for and served only when it holds that very key."""

    def __init__(self, data: bytes = b"", slots: int = 0, start: int = 0):
        self.data, self.slots, self.start = data, slots, start
        self.entries = start + slots * _SLOT.size  # where the entries begin

    @classmethod
    def open(cls, path: str | None) -> _Indexed:
        """The file's slots, or none when it is missing or not what this module wrote."""
        try:
            data = _mapped(path or "")
            size = int.from_bytes(data[:_HEAD], "little")
            tag, slots = marshal.loads(data[_HEAD : _HEAD + size])
        except (OSError, EOFError, ValueError, TypeError, IndexError):
            return cls()
        if tag != _FORMAT or type(slots) is not int or slots & (slots - 1):
            return cls()
        if len(data) < _HEAD + size + slots * _SLOT.size:  # cut short
            return cls()
        return cls(data, slots, _HEAD + size)

    def get(self, key):
        """The entry of `key`, or None when the file lacks it (or holds it damaged)."""
        if not self.slots:
            return None
        try:
            wanted = _hashed(key)
            at, mask = wanted & (self.slots - 1), self.slots - 1
            for _ in range(self.slots):
                found, offset, length = _SLOT.unpack_from(self.data, self.start + at * _SLOT.size)
                if not length:
                    return None
                if found == wanted:
                    stored, entry, _age = self._entry(offset, length)
                    if stored == key:
                        return entry
                at = (at + 1) & mask
        except (EOFError, ValueError, TypeError, struct.error, UnicodeEncodeError):
            return None
        return None

    def _entry(self, offset: int, length: int) -> tuple:
        start = self.entries + offset
        stored = marshal.loads(self.data[start : start + length])
        if type(stored) is not tuple or len(stored) != 3:
            raise ValueError("not an entry")
        return stored

    def aged_items(self):
        """(key, entry, age) of every entry the file holds whole."""
        for n in range(self.slots):
            try:
                _found, offset, length = _SLOT.unpack_from(self.data, self.start + n * _SLOT.size)
                if length:
                    yield self._entry(offset, length)
            except (EOFError, ValueError, TypeError, struct.error):
                continue

    def __len__(self) -> int:
        return sum(1 for n in range(self.slots) if _SLOT.unpack_from(self.data, self.start + n * _SLOT.size)[2])


def _hashed(key) -> int:
    """A key's 64-bit hash, the same in every process (Python's own hash of a str is not)."""
    from hashlib import blake2b

    is_bytes, pattern, flags = key
    text = pattern if is_bytes else pattern.encode("utf-8", "surrogatepass")
    digest = blake2b(b"%d %d " % (is_bytes, flags) + text, digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _mapped(path: str):
    """The file's bytes, mapped (only the pages of the index and of the entries read are
    touched); read whole where it cannot be mapped."""
    import mmap

    with open(path, "rb") as f:
        try:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file, or one mmap refuses
            return f.read()


def _path() -> str | None:
    """The cache file of this Python's engine in the cache folder named now (a test
    session names its own), or None when no folder can be named."""
    try:
        import hashlib

        from store.user_cache import cache_dir

        digest = hashlib.sha256(f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
        return os.path.join(cache_dir(), f"regex-{digest.hexdigest()[:24]}.marshal")
    except Exception:  # noqa: BLE001 - no home folder: no cache, `re` as before
        return None


def _read(path: str | None) -> dict:
    """The file's patterns, or nothing when it is missing or not what this module wrote."""
    return _read_aged(path)[0]


def _read_aged(path: str | None) -> tuple[dict, dict]:
    """The file's patterns and, for each, how many saves ago a process last used it."""
    table, ages = {}, {}
    for key, entry, age in _Indexed.open(path).aged_items():
        if type(key) is tuple and len(key) == 3 and type(age) is int:
            table[key], ages[key] = entry, age
    return table, ages


def save() -> None:
    """Write the patterns this process compiled anew, with those it used and the file's
    others not unused for MAX_AGE saves, up to MAX_PATTERNS (the most recently used
    first); nothing when it compiled fewer than MIN_NEW itself. A pattern that differs in every process (a
    name made from an object's id, an alternation in a set's order) so ages out of the
    file instead of filling it. Best effort."""
    if _state["added"] < MIN_NEW or _state["adder"] != os.getpid():
        return
    path = _path()
    if not path:
        return
    with _lock:
        table = dict(_state["used"])
        _state["added"] = 0
    ages = dict.fromkeys(table, 0)
    old, old_ages = _read_aged(path)
    for key, entry in old.items():
        age = old_ages.get(key, MAX_AGE) + 1
        if key not in table and age <= MAX_AGE:
            table[key], ages[key] = entry, age
    kept = sorted(table, key=ages.__getitem__)[:MAX_PATTERNS]
    _write(path, {k: table[k] for k in kept}, {k: ages[k] for k in kept})
    _state["table"] = table


def _write(path: str, table: dict, ages: dict) -> None:
    import tempfile

    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_packed(table, ages))
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _packed(table: dict, ages: dict) -> bytes:
    """The file's bytes: the head's length, the head (format, number of slots), the slots
    (a power of two, at least twice the entries: a hash's slot or the next free ones) and
    the entries, each marshalled apart as (key, entry, age)."""
    entries, placed, offset = [], [], 0
    for key, entry in table.items():
        try:
            data = marshal.dumps((key, entry, ages[key]))
            wanted = _hashed(key)
        except (ValueError, UnicodeEncodeError):  # an entry marshal refuses is left out, not the whole file
            continue
        placed.append((wanted, offset, len(data)))
        entries.append(data)
        offset += len(data)
    slots = 1 << max(3, (2 * len(placed)).bit_length())
    table_bytes = bytearray(slots * _SLOT.size)
    for wanted, at_offset, length in placed:
        at = wanted & (slots - 1)
        while _SLOT.unpack_from(table_bytes, at * _SLOT.size)[2]:
            at = (at + 1) & (slots - 1)
        _SLOT.pack_into(table_bytes, at * _SLOT.size, wanted, at_offset, length)
    head = marshal.dumps((_FORMAT, slots))
    return b"".join([len(head).to_bytes(_HEAD, "little"), head, bytes(table_bytes), *entries])

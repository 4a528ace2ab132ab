"""How much of a file the page cache holds (Linux mincore): a store read from disk makes
a process's first reads of it slow, so a timing says whether its store was in memory.

At stop 42 (tui73) a 1.2 GB store copy another session had made an hour before was 1%
in memory (the page cache had let it go), the one just copied 100%; the TUI probe's
first keys after the first search took 16-45 ms on a store read from disk against 2-5 ms
with it in memory. Measuring never reads the file: the map is made and its pages asked
about, none touched.
"""

from __future__ import annotations

import ctypes
import os

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_share(path: str) -> float | None:
    """The share (0..1) of `path`'s pages in the page cache; None where it cannot be
    asked (not Linux, an empty file)."""
    size = os.path.getsize(path)
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return None
    if not size:
        return None
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
    fd = os.open(path, os.O_RDONLY)
    try:
        addr = libc.mmap(None, size, 1, 1, fd, 0)  # PROT_READ, MAP_SHARED
        if addr in (None, ctypes.c_void_p(-1).value):
            return None
        pages = (size + _PAGE - 1) // _PAGE
        vec = (ctypes.c_ubyte * pages)()
        ok = libc.mincore(addr, size, vec) == 0
        libc.munmap(addr, size)
        return sum(b & 1 for b in bytes(vec)) / pages if ok else None
    finally:
        os.close(fd)


def note(path: str) -> str:
    """«store in memory 97%» (or nothing where it cannot be asked)."""
    share = resident_share(path)
    return "" if share is None else f"store in memory {share:.0%}"

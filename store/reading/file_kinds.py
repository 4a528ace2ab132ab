"""What a non-text file is, told by its leading bytes (its magic number) before any decoding.

A news folder holds more than articles: the photos saved with a page, a downloaded archive, a
program, a recording, and databases — another store, a scraper's SQLite file, their write-ahead
logs. Decoding is the wrong judge of these: since qa74 NUL bytes are removed from otherwise
clean text, and a SQLite file of Russian sentences is mostly clean text between its NULs, so it
was stored as an article titled «SQLite format 3@ …» (docs74: 26 of ~80 `.db` files in the
helpers' folders). The header says what a file is at once, whatever its name.

Only signatures no article begins with are listed: each is binary (a NUL, a control byte or a
byte that cannot start UTF-8) or a long ASCII tag («SQLite format 3\\0»). Two-letter tags that
prose may begin with («MZ», «BM») are checked further (MZ needs its «PE\\0\\0» header).
"""

from __future__ import annotations

SQLITE_MAGIC = b"SQLite format 3\x00"
# The store's own search index (store.search.index_file writes it; beside another store it is
# only a file in the folder).
ALIAS_INDEX_MAGIC = b"borderdocs alias index\n"

_DATABASE = "a SQLite database"

# (leading bytes, what the file is). The PDF, RTF, ZIP and Office files, which a user may
# mean as articles, are said with what to do about them (store.reading.read), not here.
_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (SQLITE_MAGIC, _DATABASE),
    (b"\x37\x7f\x06\x82", "a SQLite write-ahead log (-wal)"),
    (b"\x37\x7f\x06\x83", "a SQLite write-ahead log (-wal)"),
    (b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", "a SQLite rollback journal (-journal)"),
    (ALIAS_INDEX_MAGIC, "a borderdocs search index (.search-index)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon (.ico)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"BZh", ""),  # bzip2: checked with its block header (see _bzip2), prose may begin «BZh»
    (b"\x7fELF", "a program (ELF executable)"),
    (b"\xfe\xed\xfa\xce", "a program (Mach-O executable)"),
    (b"\xfe\xed\xfa\xcf", "a program (Mach-O executable)"),
    (b"\xce\xfa\xed\xfe", "a program (Mach-O executable)"),
    (b"\xcf\xfa\xed\xfe", "a program (Mach-O executable)"),
    (b"\xca\xfe\xba\xbe", "a program (Mach-O universal binary or Java class)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls, .ppt) or Outlook message"),
    (b"ID3\x02\x00", "an MP3 recording"),
    (b"ID3\x03\x00", "an MP3 recording"),
    (b"ID3\x04\x00", "an MP3 recording"),
    (b"\xff\xfb", "an MP3 recording"),  # a frame without ID3 tags; not «ят» in cp1251 (\xff\xf2)
    (b"\xff\xf3", "an MP3 recording"),
    (b"OggS\x00", "an Ogg recording"),
    (b"fLaC\x00", "a FLAC recording"),
    (b"fLaC\x80", "a FLAC recording"),
    (b"\x1a\x45\xdf\xa3", "a video (Matroska or WebM)"),
)

_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV recording", b"AVI ": "an AVI video"}
_FTYP_IMAGES = (b"heic", b"heix", b"mif1", b"avif")


def binary_kind(data: bytes) -> str | None:
    """What the file whose bytes start with `data` is («a SQLite database»), or None when its
    leading bytes are no known binary signature (it may still be text, or unknown binary)."""
    for magic, what in _PREFIXES:
        if data.startswith(magic):
            return what or _bzip2(data)
    return _riff(data) or _iso_media(data) or _windows_program(data) or _sqlite_shm(data)


def _bzip2(data: bytes) -> str | None:
    """«BZh», a block size digit and the block magic (π's digits in BCD)."""
    return "a bzip2 archive" if data[3:4].isdigit() and data[4:10] == b"1AY&SY" else None


def _riff(data: bytes) -> str | None:
    """RIFF: a four-byte size, then the form's kind."""
    return _RIFF_KINDS.get(data[8:12]) if data.startswith(b"RIFF") else None


def _iso_media(data: bytes) -> str | None:
    """MP4, MOV, M4A, HEIC, AVIF: a box size, then «ftyp» and the brand."""
    if data[4:8] != b"ftyp" or data[0] != 0:
        return None
    brand = data[8:12]
    if brand in _FTYP_IMAGES:
        return "a HEIC or AVIF image"
    return "an MP4 recording (audio)" if brand.startswith(b"M4A") else "a video (MP4 or QuickTime)"


def _windows_program(data: bytes) -> str | None:
    """A Windows program or DLL: «MZ», and at the offset in bytes 60-63 the «PE\\0\\0» header
    (two letters alone may begin a text)."""
    if not data.startswith(b"MZ") or len(data) < 64:
        return None
    offset = int.from_bytes(data[60:64], "little")
    return "a program (Windows executable or DLL)" if data[offset : offset + 4] == b"PE\x00\x00" else None


_SHM_VERSIONS = (b"\x18\xe2\x2d\x00", b"\x00\x2d\xe2\x18")  # 3,007,000 in either byte order


def _sqlite_shm(data: bytes) -> str | None:
    """A SQLite shared-memory file (-shm): its 48-byte header twice, opening with the WAL-index
    version; the copy makes a chance match with anything else unlikely."""
    if data[:4] in _SHM_VERSIONS and data[:48] == data[48:96]:
        return "a SQLite shared-memory file (-shm)"
    return None

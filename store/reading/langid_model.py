"""py3langid's model, decompressed once per machine instead of once per process.

py3langid ships its model as an xz-compressed npz (4.5 MB → 68 MB); loading it costs
0.3–0.8 s of CPU (lzma, then numpy reading the archive), in every ingest run and every
process that classifies a paragraph. The arrays the restricted classifier keeps (the
DFA's transitions and outputs, and the columns of LANGUAGES' classes) are written once
to the user's cache folder as raw bytes, and later processes read them in a few
milliseconds. The identifier is then built from the same arrays of the same dtypes as
py3langid's own loader gives, so it answers exactly as the package's model does.

The file's name holds a hash of the package's model file and of the languages kept, so
an upgraded py3langid or another language list reads another file; the file is written
to a temporary name and renamed (a reader never sees half of it), and checked by its
size and a CRC of its arrays before use. Anything wrong (no such file, a bad one, a
folder that cannot be written) falls back to the package's file, as before.
BORDERDOCS_LANGID_CACHE=off always loads the package's file (the bench's base side).

The folder is the one store/search/kb_cache.py uses ($BORDERDOCS_CACHE_DIR, else
$XDG_CACHE_HOME/borderdocs, else ~/.cache/borderdocs); reading may not import search,
so the rule is repeated here.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zlib
from array import array
from pathlib import Path

import numpy as np

from store.user_cache import CACHE_ENV, cache_dir  # noqa: F401 (CACHE_ENV: named here for callers)

SWITCH_ENV = "BORDERDOCS_LANGID_CACHE"  # "off": always the package's file
_PREFIX = "langid-"
_SUFFIX = ".bin"
_FORMAT = b"borderdocs-langid-1"
_MAGIC = b"BDLANGID"


def identifier(languages: tuple[str, ...]):
    """py3langid's LanguageIdentifier restricted to `languages`, from the cache when it can."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    source = MODEL_DIR / MODEL_FILE
    if os.environ.get(SWITCH_ENV) == "off":
        return _from_package(source, languages)
    try:
        path = cache_dir() / f"{_PREFIX}{_fingerprint(source, languages)}{_SUFFIX}"
    except OSError:
        return _from_package(source, languages)
    arrays = _read(path)
    if arrays is None:
        ident = _from_package(source, languages)
        _write(path, _arrays_of(ident))
        return ident
    return _build(arrays, languages)


def _from_package(source: Path, languages: tuple[str, ...]):
    """The identifier as py3langid loads it, then restricted (language.py's old path)."""
    from py3langid.langid import LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(source, norm_probs=False)
    ident.set_languages(list(languages))
    return ident


def _fingerprint(source: Path, languages: tuple[str, ...]) -> str:
    """A name for the arrays of this model file restricted to these languages."""
    digest = hashlib.sha256(_FORMAT)
    digest.update(source.read_bytes())  # 4.5 MB: ~7 ms
    digest.update(",".join(languages).encode())
    return digest.hexdigest()[:32]


def _arrays_of(ident) -> dict[str, np.ndarray]:
    """What the restricted identifier holds, as numpy arrays of py3langid's dtypes."""
    return {
        "ptc": np.ascontiguousarray(ident.nb_ptc),
        "pc": np.ascontiguousarray(ident.nb_pc),
        "classes": np.array(ident.nb_classes),
        "nextmove": np.frombuffer(ident.tk_nextmove, dtype=_dtype(ident.tk_nextmove)),
        "row": np.frombuffer(ident.tk_row, dtype=_dtype(ident.tk_row)),
        "output": np.asarray(ident.tk_output, dtype=np.int32),
    }


def _dtype(a: array) -> np.dtype:
    """The numpy dtype of a stdlib array of unsigned integers (as modelio._to_array made it)."""
    return np.dtype(f"u{a.itemsize}")


def _build(arrays: dict[str, np.ndarray | array], languages: tuple[str, ...]):
    """The identifier from cached arrays, built as py3langid's from_model_file builds it:
    the DFA tables as stdlib arrays, the outputs and classes as lists."""
    from py3langid.langid import LanguageIdentifier

    ident = LanguageIdentifier(
        arrays["ptc"],
        arrays["pc"],
        arrays["classes"].tolist(),  # type: ignore[union-attr]
        arrays["nextmove"],
        arrays["output"].tolist(),  # type: ignore[union-attr]
        norm_probs=False,
        tk_row=arrays["row"],
    )
    ident.set_languages(list(languages))  # every class is kept: the same columns, in order
    return ident


_STDLIB = ("nextmove", "row")  # indexed element by element in Python: stdlib arrays, as modelio makes them
_TYPECODE = {2: "H", 4: "I", 8: "L"}


def _write(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write the arrays under a temporary name, then rename: a reader sees all or nothing.
    A folder that cannot be written is no error (the next process decompresses again)."""
    meta, offset, blobs = [], 0, []
    for name, a in arrays.items():
        data = a.tobytes()
        meta.append({"name": name, "dtype": a.dtype.str, "shape": list(a.shape), "offset": offset, "size": len(data)})
        blobs.append(data)
        offset += len(data)
    crc = 0
    for data in blobs:
        crc = zlib.crc32(data, crc)
    header = json.dumps({"arrays": meta, "payload": offset, "crc": crc}).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_MAGIC + len(header).to_bytes(8, "little") + header)
                for data in blobs:
                    f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return
    _prune(path)


def _read(path: Path) -> dict[str, np.ndarray | array] | None:
    """The cached arrays, or None when the file is missing, short, or fails its CRC. Each
    array is read straight into its own buffer (the 39 MB transition table is copied once)."""
    try:
        with open(path, "rb") as f:
            if f.read(len(_MAGIC)) != _MAGIC:
                return None
            header = json.loads(f.read(int.from_bytes(f.read(8), "little")))
            out: dict[str, np.ndarray | array] = {}
            crc = 0
            for m in header["arrays"]:
                dtype = np.dtype(m["dtype"])
                count = m["size"] // dtype.itemsize
                if m["name"] in _STDLIB:
                    a: np.ndarray | array = array(_TYPECODE[dtype.itemsize], [0]) * count
                    buf = memoryview(a).cast("B")
                else:
                    a = np.empty(m["shape"], dtype=dtype)
                    buf = memoryview(a.reshape(-1).view(np.uint8))
                if len(buf) != m["size"] or f.readinto(buf) != m["size"]:
                    return None
                crc = zlib.crc32(buf, crc)
                out[m["name"]] = a
            if f.read(1) or crc != header["crc"]:
                return None
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _prune(kept: Path) -> None:
    """Remove the cached models of earlier py3langid versions or language lists."""
    for old in kept.parent.glob(f"{_PREFIX}*{_SUFFIX}"):
        if old != kept:
            try:
                old.unlink()
            except OSError:
                pass

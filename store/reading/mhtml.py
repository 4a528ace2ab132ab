"""A web page saved as one file, MHTML (`.mhtml`, `.mht`: Chrome's and Edge's «Webpage, single
file»): a MIME message whose first HTML part is the page, quoted-printable or base64 encoded,
its styles and images in the parts after it. Read as text it was stored as an article titled
«From: <Saved by Blink>» whose body was the page's markup in `=D0=91=D0=B5…` (qa108).
"""

from __future__ import annotations

import re

from store.reading.decoding import decode

_HEAD_BYTES = 4096
_MIME_VERSION = re.compile(rb"(?im)^mime-version:\s*1\.0")
_RELATED = re.compile(rb"(?i)content-type:\s*multipart/related")


def is_mhtml(data: bytes) -> bool:
    """Do the file's first lines declare a MIME message of related parts (the MHTML header)?"""
    head = data[:_HEAD_BYTES]
    return bool(_MIME_VERSION.search(head) and _RELATED.search(head))


def mhtml_page(data: bytes) -> str | None:
    """The first HTML part decoded to text (by its declared charset, else as any file is
    decoded), or None when the message holds no HTML part."""
    import email

    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            return None
        return _text(payload, part.get_content_charset())
    return None


def _text(payload: bytes, charset: str | None) -> str | None:
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)

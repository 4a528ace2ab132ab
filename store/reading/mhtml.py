"""MIME messages a user saves: a web page as one file, MHTML (`.mhtml`, `.mht`: Chrome's and
Edge's «Webpage, single file»), whose first HTML part is the page, quoted-printable or base64
encoded, its styles and images in the parts after it; and an e-mail (`.eml`: a press release
as it came), its HTML or plain text under its subject. Read as text, the page was stored as an
article titled «From: <Saved by Blink>» whose body was its markup in `=D0=91=D0=B5…`, the mail
as one titled «From: press@…» (qa108).
"""

from __future__ import annotations

import re

from store.reading.decoding import decode

_HEAD_BYTES = 4096
_MIME_VERSION = re.compile(rb"(?im)^mime-version:\s*1\.0")
_RELATED = re.compile(rb"(?i)content-type:\s*multipart/related")
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MAIL_HEADERS = (re.compile(rb"(?im)^from:[ \t]"), re.compile(rb"(?im)^subject:[ \t]"))


def is_mhtml(data: bytes) -> bool:
    """Do the file's first lines declare a MIME message of related parts (the MHTML header)?"""
    head = data[:_HEAD_BYTES]
    return bool(_MIME_VERSION.search(head) and _RELATED.search(head))


def is_email(data: bytes) -> bool:
    """Does the file open with mail headers (a header on its first line, then From, Subject
    and MIME-Version among the first lines)?"""
    head = data[:_HEAD_BYTES]
    return bool(_HEADER_LINE.match(head) and _MIME_VERSION.search(head)) and all(h.search(head) for h in _MAIL_HEADERS)


def mhtml_page(data: bytes) -> str | None:
    """The first HTML part decoded to text (by its declared charset, else as any file is
    decoded), or None when the message holds no HTML part."""
    return _first_part(_message(data), "text/html")


def email_parts(data: bytes) -> tuple[str, str | None, str | None]:
    """A mail's subject (decoded), its first HTML part and its first plain-text part."""
    from email.header import decode_header, make_header

    message = _message(data)
    try:
        subject = str(make_header(decode_header(message.get("Subject", ""))))
    except (LookupError, UnicodeDecodeError, ValueError):
        subject = str(message.get("Subject", ""))
    return " ".join(subject.split()), _first_part(message, "text/html"), _first_part(message, "text/plain")


def _message(data: bytes):
    import email

    return email.message_from_bytes(data)


def _first_part(message, content_type: str) -> str | None:
    for part in message.walk():
        if part.get_content_type() != content_type:
            continue
        payload = part.get_payload(decode=True)
        return _text(payload, part.get_content_charset()) if isinstance(payload, bytes) else None
    return None


def _text(payload: bytes, charset: str | None) -> str | None:
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)

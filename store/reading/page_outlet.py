"""The outlet an HTML page prints around its article when its markup names no site
(no og:site_name): regional papers in table layouts and government portals.

The main-text extractor keeps the story and drops what frames it, yet the frame is where
a site signs the page: the masthead's name (an element classed as the site's name), the
logo's alt text, the imprint line of a paper («Газета «X». Учредитель …»), the copyright
line at the foot. A government portal's `<title>` ends in the portal's tagline, which is
no outlet; the page belongs to the body whose name heads it.
"""

from __future__ import annotations

import re

# Classes and ids a page gives the element that prints its own name.
_NAME_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:masthead|site-?name|site-?title|paper-?name|brand|logo(?:-?text)?|agency-?name|org-?name)(?:$|[\s_-])"
)
_LOGO = re.compile(r"(?i)logo|brand")
_GENERIC_ALT = frozenset("логотип лого logo герб главная home басты бет на главную".split())
_ALT_SLOGAN = re.compile(r"\s+[—–|-]\s+|\s*[|:]\s+")
_ALT_LABEL = re.compile(r"(?i)^(?:логотип|лого|logo)\s+(?:газеты|сайта|of)?\s*")
_NOT_HERE = frozenset({"nav", "li", "footer", "aside", "ul", "ol"})
_MAX_NAME_WORDS = 10

# A government portal's tagline: in its <title> after the headline, and in its footer.
PORTAL = re.compile(
    r"(?i)единая платформа интернет-ресурсов|интернет-ресурстарының бірыңғай платформасы|"
    r"unified platform of (?:the )?internet resources|электронное правительство"
)
# A state body's name heading its page on such a portal: a Russian head noun first or a
# Kazakh one last (with the Border Service's initials).
_BODY_NAME = re.compile(
    r"(?i)^(?:министерство|комитет|департамент|акимат|агентство|управление|пограничная служба|служба)\s|"
    r"(?:министрлігі|комитеті|департаменті|әкімдігі|басқармасы|қызметі|агенттігі|ҰҚК)$"
)

# «Газета «Кордайская нива».», «Районная газета «X»»; «„X“ аудандық газеті»: a paper's imprint.
_IMPRINT = (
    re.compile(r"(?i)(?:^|[.!]\s+)(?:[а-яё-]+(?:ая|ое|ый|ий)\s+){0,3}газет[аы]\s+[«\"“„]([^«»\"“”]{2,40})[»\"”“]"),
    re.compile(r"(?i)(?:^|[.!]\s+)[«\"“„]([^«»\"“”]{2,40})[»\"”“]\s+(?:[а-яәғқңөұүһі-]+\s+){0,2}газеті"),
)
_FOOT_LINES = 15
_EDGE = 4000  # the end of the page, where a portal's footer prints its tagline
_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b")
_HEAD = re.compile(r"(?is)<head\b.*?</head>")


def page_outlet(html: str, title: str | None) -> str | None:
    """The name the page's frame gives its outlet, most trusted place first: on a portal the
    body heading the page; else the masthead's name, the logo's alt text, the imprint, the
    copyright line at the foot. None when the frame names none."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable page has no frame to read
        return None
    if is_portal(root.findtext(".//title") or "") or is_portal(html[-_EDGE:]):
        return _heading_body(_visible_lines(html), title)
    return _masthead(root) or _logo_alt(root) or _foot(_visible_lines(html))


def _visible_lines(html: str) -> list[str]:
    """The page's visible lines without its <head> (the <title> would run into the frame's first line)."""
    from store.reading.html_page import fragment_text

    return [ln.strip() for ln in fragment_text(_HEAD.sub(" ", html, count=1)).splitlines() if ln.strip()]


def _foot(lines: list[str]) -> str | None:
    return _imprint(lines) or _foot_copyright(lines)


def is_portal(text: str) -> bool:
    """Does this name (a page's site name or its head) belong to a government portal's tagline?"""
    return bool(PORTAL.search(text))


def _heading_body(lines: list[str], title: str | None) -> str | None:
    """The state body named on a line of its own above the headline."""
    head = lines[: lines.index(title)] if title in lines else lines[:12]
    for line in head:
        if len(line.split()) <= _MAX_NAME_WORDS and _BODY_NAME.search(line):
            return line
    return None


def _masthead(root) -> str | None:
    """The text of the first element classed as the site's name, outside menus and footers."""
    for el in root.iter():
        if not isinstance(el.tag, str) or not _NAME_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        text = re.sub(r"\s+", " ", el.text or _linked_text(el)).strip()
        if text and _a_name(text) and not _inside(el, _NOT_HERE):
            return text
    return None


def _linked_text(el) -> str:
    """The text of the one link an element holds and nothing else: a theme's site title
    prints the name inside its link home («<p class="site-title"><a href="/">X</a></p>»)."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) != 1 or kids[0].tag.lower() != "a" or (kids[0].tail or "").strip():
        return ""
    return kids[0].text_content()


def _logo_alt(root) -> str | None:
    """The alt text of the logo's picture, without its slogan («X — районная газета»)."""
    for img in root.iter("img"):
        marks = " ".join(filter(None, (img.get("class"), img.get("id"), img.get("src"))))
        parent = img.getparent()
        if parent is not None:
            marks += f" {parent.get('class') or ''} {parent.get('id') or ''}"
        alt = re.sub(r"\s+", " ", img.get("alt") or "").strip()
        if not alt or not _LOGO.search(marks) or _inside(img, _NOT_HERE):  # partners' logos sit in lists and footers
            continue
        name = _ALT_LABEL.sub("", _ALT_SLOGAN.split(alt)[0]).strip(' «»"')
        if _a_name(name) and name.lower() not in _GENERIC_ALT:
            return name
    return None


def _imprint(lines: list[str]) -> str | None:
    """The paper's name in its imprint at the foot of the page."""
    for line in lines[-_FOOT_LINES:]:
        for rx in _IMPRINT:
            m = rx.search(line)
            if m:
                return m[1].strip()
    return None


def _foot_copyright(lines: list[str]) -> str | None:
    """The owner the copyright line at the foot names; a site's domain on that line first
    («© 2025 X.kz — АО «Y»»: the site, not the company that owns it)."""
    from store.reading.credits import copyright_owner
    from store.reading.outlets import domains, known_or_domain

    foot = lines[-_FOOT_LINES:]
    line = next((ln for ln in reversed(foot) if _COPYRIGHT.search(ln) and len(ln) <= 200), None)
    if line is None:
        return None
    sites = [d for d in map(known_or_domain, domains(line)) if d]
    return sites[0] if sites else copyright_owner([line])


def _a_name(text: str) -> bool:
    return 0 < len(text.split()) <= _MAX_NAME_WORDS and bool(re.search(r"[^\W\d_]", text))


def _inside(el, tags: frozenset[str]) -> bool:
    return any(isinstance(a.tag, str) and a.tag.lower() in tags for a in el.iterancestors())

"""Read our compiled catalogue (``.qm``) without Qt, for commands that must not load Qt.

``coach export-ics`` writes words a user reads in their calendar (the default
reminder's title, "Open Calf Coach to start it.") and must stay quick and free
of Qt, like ``coach list``. The .qm file that Qt's ``QTranslator`` loads is a
simple tagged format; ``tools/update_translations.py`` writes it with every
message's context, source text and comment, so a lookup by those three needs
no hashing. Only what the commands need is read: one translation per message.
Plural messages ("%n minute(s)") keep their English text here.

Format (Qt's ``qtranslator.cpp``): a 16-byte magic, then blocks of
``tag (1 byte), length (4 bytes, big-endian), data``; the messages block
(tag 0x69) holds per message a run of
``tag, [length, bytes]`` items ending with tag 1: 3 is a translation
(UTF-16BE), 6 the source text, 7 the context, 8 the comment (UTF-8).
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_NULL = 0xFFFFFFFF

#: (context, source text, comment) -> translation.
Catalogue = dict[tuple[str, str, str], str]


class CatalogueError(ValueError):
    """Not a .qm file we can read."""


def read_catalogue(path: Path) -> Catalogue:
    """The single-form translations in ``path``; empty (English) when it cannot be read."""
    try:
        return parse_catalogue(path.read_bytes())
    except (OSError, CatalogueError) as exc:
        log.warning("translation catalogue %s cannot be read (%s); using English", path, exc)
        return {}


def parse_catalogue(data: bytes) -> Catalogue:
    """Parse .qm bytes; CatalogueError when they are not a catalogue."""
    if not data.startswith(MAGIC):
        raise CatalogueError("not a Qt translation file")
    messages = b""
    pos = len(MAGIC)
    while pos < len(data):
        if pos + 5 > len(data):
            raise CatalogueError("cut off in a block header")
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        pos += 5
        if pos + length > len(data):
            raise CatalogueError("cut off in a block")
        if tag == _MESSAGES:
            messages = data[pos:pos + length]
        pos += length
    return _messages(messages)


def _messages(block: bytes) -> Catalogue:
    catalogue: Catalogue = {}
    translations: list[str | None] = []
    fields: dict[int, str] = {}
    pos = 0
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            source = fields.get(_SOURCE)
            if source is not None and len(translations) == 1 and translations[0]:
                catalogue[(fields.get(_CONTEXT, ""), source, fields.get(_COMMENT, ""))] = (
                    translations[0])
            translations, fields = [], {}
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            raise CatalogueError(f"unknown message tag {tag}")
        if pos + 4 > len(block):
            raise CatalogueError("cut off in a message")
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if length == _NULL:
            if tag == _TRANSLATION:
                translations.append(None)
            continue
        if pos + length > len(block):
            raise CatalogueError("cut off in a message")
        raw = block[pos:pos + length]
        pos += length
        try:
            if tag == _TRANSLATION:
                translations.append(raw.decode("utf-16-be"))
            else:
                fields[tag] = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CatalogueError(f"bad text in a message: {exc}") from exc
    return catalogue

"""Read one content file into a YAML node tree, refusing anything unsafe.

Content comes from strangers' folders too (user routines), so the file is
size-checked before reading, must be UTF-8, and may use no YAML tags and no
anchors or aliases: plain data only. Nodes (not Python objects) come back
because they carry line numbers, which every error message needs; nothing is
ever constructed from a tag.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import yaml

from coach.content.model import ContentError

SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32  # content needs about 5; composing ~100k nested lists crashes the interpreter
_CORE_TAG_PREFIX = "tag:yaml.org,2002:"


def read_document(path: Path, shown: str) -> tuple[yaml.Node | None, list[ContentError]]:
    """The single YAML document in ``path`` as nodes, or None and why not.

    ``shown`` is how the file is named in messages.
    """
    data, problem = _read_bytes(path)
    if problem is not None:
        return None, [ContentError(shown, problem[0], problem[1])]
    assert data is not None
    if not data.strip():
        return None, [ContentError(shown, 1, "file is empty")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [ContentError(shown, line, "file is not UTF-8 text")]
    text = text.removeprefix("\ufeff")

    errors = [ContentError(shown, line, message) for line, message in _unsafe_events(text)]
    if errors:
        return None, errors
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        line, message = _syntax_problem(exc, text)
        return None, [ContentError(shown, line, message)]
    if node is None:
        return None, [ContentError(shown, 1, "file is empty")]
    return node, []


def _read_bytes(path: Path) -> tuple[bytes | None, tuple[int, str] | None]:
    """The file's bytes, checking size before reading so a huge file costs nothing."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None, (1, "file not found")
    except OSError as exc:
        return None, (1, f"cannot read file ({exc.strerror or exc})")
    if not stat.S_ISREG(info.st_mode):
        return None, (1, "not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        return None, (1, "file is larger than 1 MB")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    except OSError as exc:
        return None, (1, f"cannot read file ({exc.strerror or exc})")
    if len(data) > MAX_FILE_BYTES:
        return None, (1, "file is larger than 1 MB")
    return data, None


def _unsafe_events(text: str) -> list[tuple[int, str]]:
    """Lines with an explicit tag, an anchor or an alias, or nesting too deep to compose.

    The parser reports ``tag`` only when the file wrote one (``!!str``, ``!foo``,
    even the bare ``!``); untagged nodes get theirs later from the resolver.
    The scan streams events, so it is safe before composing (which recurses).
    A syntax error stops the scan: compose reports it with its line.
    """
    found: list[tuple[int, str]] = []
    depth = 0
    try:
        for event in yaml.parse(text, Loader=SafeLoader):
            mark = event.start_mark  # always set by the parser; Optional in the stubs
            line = mark.line + 1 if mark is not None else 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    found.append((line, f"nesting is deeper than {MAX_DEPTH} levels"))
                    break
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            tag = getattr(event, "tag", None)
            if tag is not None:
                found.append((line, f"YAML tags are not allowed ({_shown_tag(tag)})"))
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                found.append((line, "anchors and aliases are not allowed"))
    except yaml.YAMLError:
        pass
    return list(dict.fromkeys(found))


def _shown_tag(tag: str) -> str:
    """``tag:yaml.org,2002:python/object:os.system`` → ``!!python/object:os.system``."""
    if tag.startswith(_CORE_TAG_PREFIX):
        return "!!" + tag[len(_CORE_TAG_PREFIX):]
    return tag


def _syntax_problem(exc: yaml.YAMLError, text: str) -> tuple[int, str]:
    """The line and plain words for a parser error."""
    if isinstance(exc, yaml.reader.ReaderError):
        position = max(0, min(int(exc.position), len(text)))
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return (text[:position].count("\n") + 1,
                f"file contains a character YAML does not allow (#x{code:04X})")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    message = f"YAML syntax error: {problem}"
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        message += f" ({context} from line {context_mark.line + 1})"
    elif context:
        message += f" ({context})"
    return line, message

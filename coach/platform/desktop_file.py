"""The freedesktop desktop-entry format: quoting an Exec line, reading it back, reading a file.

One module for both files Calf Coach writes in that format, the autostart
entry (``autostart_xdg``) and the application-menu entry (``desktop_entry``),
so a command is quoted one way and read back the same way. The rules are the
Desktop Entry Specification's: the "Exec key" section (quoting, field codes)
and "Possible value types" (the string escapes ``\\s \\n \\t \\r \\\\``).
Pure: no file, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Characters that force quoting of an Exec argument (Desktop Entry spec, "Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
#: Characters escaped with a backslash inside a quoted Exec argument.
_EXEC_QUOTED_ESCAPES = frozenset('"`$\\')
#: What a backslash escape in a string value stands for.
_STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def quote_exec(argv: Sequence[str]) -> str:
    """An Exec value (as written in the file) that runs exactly ``argv``.

    Quoting rule first (double quotes; backslash before " ` $ \\), then the
    string escapes of the file format (``\\`` -> ``\\\\``, newline -> ``\\n``);
    ``%`` is doubled because it starts field codes.
    """
    parts = []
    for arg in argv:
        if arg and not any(ch in _EXEC_RESERVED for ch in arg):
            quoted = arg
        else:
            quoted = '"' + "".join("\\" + ch if ch in _EXEC_QUOTED_ESCAPES else ch
                                   for ch in arg) + '"'
        parts.append(quoted.replace("%", "%%"))
    return escape_string(" ".join(parts))


def split_exec(value: str) -> list[str]:
    """The argument list of an Exec value as read from the file (the reverse of quote_exec).

    Field codes (``%f``, ``%U``, ...) are dropped; ``%%`` is a percent sign.
    """
    text = unescape_string(value)
    args: list[str] = []
    current: list[str] = []
    started = False
    quoted = False
    chars = iter(text)
    for ch in chars:
        if quoted:
            if ch == "\\":
                current.append(next(chars, ""))
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"':
            quoted = started = True
        elif ch in " \t\n":
            if started:
                args.append("".join(current))
                current, started = [], False
        else:
            current.append(ch)
            started = True
    if started:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args if not _is_field_code(arg)]


def _is_field_code(arg: str) -> bool:
    return len(arg) == 2 and arg[0] == "%" and arg[1] != "%"


def escape_string(text: str) -> str:
    """A string value as written in the file: backslash, newline, tab and CR escaped,
    so a value is always one line."""
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def unescape_string(text: str) -> str:
    """The reverse of ``escape_string`` (and ``\\s`` is a space); an unknown escape is
    kept as it was written."""
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        out.append(_STRING_ESCAPES.get(nxt, "\\" + nxt))
    return "".join(out)


def read_desktop_entry(text: str) -> dict[str, str]:
    """The ``[Desktop Entry]`` group's keys and raw values (a repeated key: the last, as GLib)."""
    entry: dict[str, str] = {}
    in_group = False
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            in_group = line == "[Desktop Entry]"
            continue
        if in_group and "=" in line:
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry

"""The settings file's YAML: safe loading that keeps clock times as text, tidy dumping.

Apart from the settings object so that its one subtle point (an unquoted
``21:30`` is not the base-60 number YAML 1.1 would read) is in one place.
PyYAML is imported on first use: a start with unchanged settings never
imports it (see ``settings_cache``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import yaml

HEADER = (
    "# Calf Coach settings. You may edit this file while the app is closed.\n"
    "# A value the app does not understand is ignored (its default is used).\n"
)

# What YAML 1.1 would read as a base-60 number: read as text, so a mistyped
# time (24:10, 25:30) is kept and shown as the user wrote it.
_CLOCK_LIKE = re.compile(r"^[0-9]+(?::[0-9]+)+$")


class Unparsable(Exception):
    """The file's bytes are not a settings mapping."""


@functools.cache
def _loader() -> type[yaml.SafeLoader]:
    """Safe loading only (no tags, no objects), with the C parser when present, reading
    an unquoted ``time: 21:30`` (or a mistyped ``24:10``) as text.

    Plain YAML 1.1 would read it as the base-60 number 1290, which is never
    what a person editing a reminder time means, and would write a mistyped
    time back as a number nobody recognises.
    """
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = cast("type[yaml.SafeLoader]", type("_Loader", (base,), {}))
    loader.yaml_implicit_resolvers = {
        key: list(value) for key, value in base.yaml_implicit_resolvers.items()}
    for digit in "0123456789":
        loader.yaml_implicit_resolvers.setdefault(digit, []).insert(
            0, ("tag:yaml.org,2002:str", _CLOCK_LIKE))
    return loader


def _represent_list(dumper: yaml.SafeDumper, data: list[object]) -> yaml.Node:
    flow = bool(data) and all(isinstance(item, str | int | float) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


@functools.cache
def _dumper() -> type[yaml.SafeDumper]:
    """Safe dumping; lists of plain words (days) stay on one line."""
    import yaml

    dumper = cast("type[yaml.SafeDumper]",
                  type("_Dumper", (getattr(yaml, "CSafeDumper", yaml.SafeDumper),), {}))
    dumper.add_representer(list, _represent_list)
    return dumper


def parse(raw: bytes) -> dict[str, object]:
    """The mapping in a settings file's bytes; ``Unparsable`` says why there is none."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Unparsable("not UTF-8 text") from None
    import yaml

    try:
        data = yaml.load(text, Loader=_loader())  # a safe loader
    except yaml.YAMLError as exc:
        raise Unparsable(f"not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise Unparsable("empty" if data is None else "not a mapping of settings")
    return data


def dump(document: dict[str, object]) -> str:
    """The file's text: the header for a person editing it, then the settings in order."""
    import yaml

    return HEADER + yaml.dump(document, Dumper=_dumper(), sort_keys=False,
                              default_flow_style=False, allow_unicode=True)

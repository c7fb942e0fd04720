"""The command-line contract (DESIGN.md section 7), parsed without Qt.

Kept apart from the GUI so ``coach list`` and ``coach validate`` answer in
well under a second without loading Qt at all.
"""

from __future__ import annotations

import argparse

from coach import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach", description=f"{APP_NAME}: stretching routines against night calf cramps.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--routine", metavar="ID", help="open the player on routine ID")
    parser.add_argument("--cramp", action="store_true",
                        help="open the Cramp now screen (in the running app if there is one)")
    parser.add_argument("--background", action="store_true",
                        help="start without a window (for autostart)")
    parser.add_argument("--verbose", action="store_true", help="log more to the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("list", help="print routines: id, title, total duration")
    validate = sub.add_parser("validate", help="check routine files; exit 1 on any error")
    validate.add_argument("paths", nargs="*", metavar="PATH")
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)

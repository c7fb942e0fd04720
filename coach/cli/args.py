"""The command-line contract (README, "Command line"), parsed without Qt.

Kept apart from the GUI so ``coach list``, ``coach validate`` and the export
commands answer in well under a second without loading Qt at all.
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
                        help="open the Cramp now screen (in the running app if there is one;"
                        " in a window of its own if that one does not answer)")
    parser.add_argument("--background", action="store_true",
                        help="start without a window (for autostart)")
    parser.add_argument("--quit", action="store_true",
                        help="ask the running app to quit (reminders stop until it runs again)")
    parser.add_argument("--verbose", action="store_true", help="log more to the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("list", help="print routines: id, title, total duration")
    validate = sub.add_parser("validate", help="check routine files; exit 1 on any error")
    validate.add_argument("paths", nargs="*", metavar="PATH")
    export_ics = sub.add_parser("export-ics", help="write the reminders as an iCalendar file")
    export_ics.add_argument("file", metavar="FILE", help="where to write; - for standard output")
    history = sub.add_parser("history", help="the diary of sessions, cramps and reminders")
    history_sub = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    history_export = history_sub.add_parser("export", help="write the diary as CSV")
    history_export.add_argument("file", metavar="FILE",
                                help="where to write; - for standard output")
    report = sub.add_parser("report", help="write a PDF report of the diary for the doctor")
    report.add_argument("file", metavar="FILE", help="the PDF file to write, e.g. report.pdf")
    report.add_argument("--weeks", type=int, default=8, metavar="N",
                        help="how many weeks, ending today, the report covers (default 8)")
    desktop = sub.add_parser(
        "install-desktop", help="add Calf Coach and its Cramp now action to the application menu")
    desktop.add_argument("--uninstall", action="store_true",
                         help="remove what install-desktop added")
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)

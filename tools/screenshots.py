"""Screenshots of every screen, for the README and for looking at what we built.

Run under a real X server (``Xvfb :99 & DISPLAY=:99 python3 tools/screenshots.py``)
or offscreen. It uses a temporary home, a fixed fake clock and a seeded diary,
so the pictures are the same on every run:

    python3 tools/screenshots.py --out shots --theme dark --scale 1.5 --size 1024x680

``--language ru`` installs the Russian catalogue and shows the Russian content,
to look for text that is cut off (Russian runs 20-30 % longer than English).

The README's pictures (and the AppStream metainfo's, which name the same
files) are made with stable names, so a new run replaces them in place:

    python3 tools/screenshots.py --out docs/screenshots --plain-names \
        --only home,player,cramp,history
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _isolate_home() -> None:
    home = Path(tempfile.mkdtemp(prefix="calf-coach-shots-"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_RUNTIME_DIR", "run")):
        (home / sub).mkdir(mode=0o700)
        os.environ[var] = str(home / sub)
    os.environ["CALF_COACH_NO_AUDIO"] = "1"
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/calf-coach-shots"


def _seed(history, clock) -> None:
    """Six weeks of evenings: mostly stretched, a few cramps, fewer lately."""
    rng = random.Random(7)
    today = clock.now()
    for days_ago in range(42, 0, -1):
        evening = (today - timedelta(days=days_ago)).replace(hour=21, minute=40)
        if rng.random() < (0.55 if days_ago > 21 else 0.85):
            history.add_session("evening-stretch", evening, evening + timedelta(minutes=6),
                                True, 10, 10, 350.0)
        if rng.random() < (0.35 if days_ago > 21 else 0.12):
            night = (evening + timedelta(days=1)).replace(hour=3, minute=rng.randint(0, 59))
            history.add_cramp(night, rng.choice([40, 90, 150]), rng.choice(["left", "right"]),
                              rng.randint(2, 5), "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "shots")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "high-contrast"))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--size", default="1024x680")
    parser.add_argument("--language", default="en", choices=("en", "ru"))
    parser.add_argument("--plain-names", action="store_true",
                        help="name files home.png, ... without theme, scale and size")
    parser.add_argument("--only", metavar="NAMES", default="",
                        help="comma-separated screens to save (default: all)")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    width, height = (int(v) for v in args.size.split("x"))
    _isolate_home()

    from PySide6.QtWidgets import QApplication

    from coach.content.loader import load_library
    from coach.engine.schedule import Occurrence
    from coach.i18n import install_translator
    from coach.store.history import History
    from coach.store.settings import Settings
    from coach.testing.clock import FakeClock
    from coach.ui.main_window import MainWindow, Services
    from coach.ui.reminder_window import ReminderWindow
    from coach.ui.theme import apply_theme
    from coach.words.reminders import label_text, next_reminder_text, short_next_text

    app = QApplication.instance() or QApplication([])
    install_translator(app, args.language)  # before any widget reads its words
    apply_theme(app, args.theme, args.scale)
    clock = FakeClock(datetime(2026, 11, 24, 21, 30, tzinfo=ZoneInfo("Europe/Berlin")))
    history = History()
    _seed(history, clock)

    class Silent:
        def on_cue(self, *a: object) -> None: ...
        def set_sound_enabled(self, on: bool) -> None: ...
        def set_voice_enabled(self, on: bool) -> None: ...
        def stop(self) -> None: ...

    class Awake:
        def inhibit(self, reason: str) -> None: ...
        def release(self) -> None: ...

    library = load_library()
    services = Services(library=library, clock=clock, settings=Settings.load(),
                        history=history, cues=Silent(), screen_awake=Awake(),
                        language=args.language)
    window = MainWindow(services)
    window.resize(width, height)
    if args.language == "en":
        window.set_next_reminder_text("Next reminder: tonight at 21:30, in 2 h 10 min",
                                      "Next: tonight at 21:30")
    else:
        soon = Occurrence("evening", clock.now() + timedelta(hours=2, minutes=10),
                          clock.now().date())
        window.set_next_reminder_text(next_reminder_text(soon, clock.now()),
                                      short_next_text(soon, clock.now()))
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"{args.theme}-{args.scale:g}x-{width}x{height}"
    if args.language != "en":
        suffix = f"{args.language}-{suffix}"

    taken: set[str] = set()

    def shot(name: str, widget=None) -> None:
        taken.add(name)
        if only and name not in only:
            return
        for _ in range(5):
            app.processEvents()
        target = widget or window
        path = args.out / (f"{name}.png" if args.plain_names else f"{name}-{suffix}.png")
        target.grab().save(str(path))
        print(path)

    shot("home")
    window.open_routine("evening-stretch")
    player = window.player_screen.player
    player.start()
    clock.advance(12.4)
    player.update()
    window.player_screen._repaint_progress()
    shot("player")
    window.show_home()
    window.open_cramp()
    clock.advance(7)
    window.cramp_screen.timer.update()
    shot("cramp")
    window.cramp_screen.cramp_gone()
    shot("cramp-diary")
    window.cramp_screen.skip_entry()
    window.open_reminders()
    shot("reminders")
    window.reminders_screen.edit_reminder(window.reminders_screen.rows[0].reminder_id)
    shot("reminder-editor")
    window.reminders_screen.editor.cancelled.emit()
    window.open_history()
    shot("history")
    window.history_screen.add_cramp()
    shot("cramp-editor")
    window.history_screen.editor.cancel()
    window.open_settings()
    shot("settings")
    popup = ReminderWindow()
    due = clock.now()
    popup.show_occurrence(Occurrence("evening", due, due.date()), label_text("Evening stretch"),
                          library.routine("evening-stretch").title.get(args.language))
    shot("reminder-popup", popup)
    popup.close()
    window.close()
    history.close()
    if only - taken:
        print(f"no such screen: {', '.join(sorted(only - taken))}; the screens are "
              f"{', '.join(sorted(taken))}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

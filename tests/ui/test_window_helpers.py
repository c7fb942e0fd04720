"""The window's helpers on their own: work after the first frame (coach/ui/first_paint.py)
and the cues and screen-awake around a routine (coach/ui/player_services.py).

The window tests show them working together; these pin down what each promises,
so a change inside one cannot hide behind the window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QTimer

from coach.content.loader import load_library
from coach.engine.player import PlayerState
from coach.store import settings_schema as schema
from coach.store.settings import Settings
from coach.ui.first_paint import PaintHooks
from coach.ui.player_services import PlayerServices
from coach.ui.settings_keeper import SettingsKeeper
from coach.ui.window_services import Services

from fakes import FakeClock, RecordingAwake, RecordingCues


def settled(qtbot, after_ms: int) -> None:
    """Return once every Qt timer due within ``after_ms`` has fired: timers fire in
    the order of their deadlines, so a marker timer set now comes after them."""
    done: list[bool] = []
    QTimer.singleShot(after_ms, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=2000)


@pytest.fixture
def hooks(qtbot):
    owner = QObject()
    yield PaintHooks(owner)
    owner.deleteLater()


def test_work_waiting_for_the_first_frame_runs_once_after_it(hooks, qtbot):
    ran: list[str] = []
    hooks.after_first_paint(lambda: ran.append("diary"), at_latest_ms=20)
    settled(qtbot, 0)
    assert ran == []  # nothing before the frame
    hooks.frame_painted()
    qtbot.waitUntil(lambda: ran == ["diary"], timeout=2000)
    settled(qtbot, 40)  # the deadline passes too: it does not run a second time
    assert ran == ["diary"] and hooks.painted


def test_a_window_that_never_paints_still_runs_the_work_at_the_deadline(hooks, qtbot):
    ran: list[str] = []
    hooks.after_first_paint(lambda: ran.append("cramp screen"), at_latest_ms=10)
    qtbot.waitUntil(lambda: ran == ["cramp screen"], timeout=2000)
    hooks.frame_painted()  # a late first frame does not run it again
    settled(qtbot, 10)
    assert ran == ["cramp screen"]


def test_after_the_first_frame_new_work_runs_at_once_and_next_frame_work_waits(hooks, qtbot):
    hooks.frame_painted()
    ran: list[str] = []
    hooks.after_first_paint(lambda: ran.append("now"), at_latest_ms=60_000)
    hooks.after_next_paint(lambda: ran.append("home"))
    qtbot.waitUntil(lambda: ran == ["now"], timeout=2000)
    settled(qtbot, 0)
    assert ran == ["now"]  # home waits for the next frame
    hooks.frame_painted()
    qtbot.waitUntil(lambda: ran == ["now", "home"], timeout=2000)


@pytest.fixture
def services() -> Services:
    return Services(library=load_library(), clock=FakeClock(), settings=Settings.load(),
                    history=None, cues=RecordingCues(), screen_awake=RecordingAwake())


def player_services(services: Services, told: list[str]) -> PlayerServices:
    keeper = SettingsKeeper(lambda: services.settings, lambda text, ms=0: told.append(text))
    return PlayerServices(services, keeper, lambda text, ms: told.append(text), lambda: None)


def test_the_screen_stays_awake_only_while_a_routine_plays_and_the_user_wants_it(services):
    cues = player_services(services, [])
    awake = services.screen_awake
    assert isinstance(awake, RecordingAwake)
    cues.keep_awake(PlayerState.PLAYING)
    assert awake.active
    cues.keep_awake(PlayerState.PAUSED)
    assert not awake.active
    services.settings.set(schema.KEEP_SCREEN_AWAKE.name, False)
    cues.keep_awake(PlayerState.PLAYING)
    assert not awake.active


def test_relief_cues_are_silent_unless_cramp_sounds_are_on(services):
    cues = player_services(services, [])
    heard = services.cues
    assert isinstance(heard, RecordingCues)
    cues.cramp_cue("relief_step", None)
    assert heard.heard == []  # the default: a quiet night
    services.settings.set(schema.CRAMP_SOUND.name, True)
    cues.cramp_cue("relief_step", None)
    assert heard.heard == ["relief_step"]


def test_the_players_sound_switch_is_a_saved_setting_and_says_so(services):
    told: list[str] = []
    cues = player_services(services, told)
    cues.set_cue(schema.SOUND_ENABLED.name, False)
    recording = services.cues
    assert isinstance(recording, RecordingCues)
    assert recording.sound is False
    assert Settings.load().value(schema.SOUND_ENABLED) is False  # kept for the next start
    assert told == ["Sound off, from now on. Also in Settings."]


def test_a_routines_player_sounds_its_cues_and_keeps_the_screen_on(services):
    cues = player_services(services, [])
    routine = next(iter(services.library.routines))
    from coach.engine.timeline import build_timeline

    timeline = build_timeline(services.library.routines[routine], services.library.exercises)
    player = cues.make_player(timeline)
    player.start()
    assert isinstance(services.cues, RecordingCues) and "segment" in services.cues.heard
    assert isinstance(services.screen_awake, RecordingAwake) and services.screen_awake.active
    player.stop()
    assert not services.screen_awake.active

"""The first start offers once to add Calf Coach to the menu; Settings keeps the button."""

from __future__ import annotations

import errno
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from coach.cli.args import parse
from coach.platform.desktop_entry import Targets, data_home, install
from coach.platform.launch import launch_command
from coach.store.settings import Settings
from coach.ui.menu_offer import DesktopMenuEntry
from coach.ui.menu_offer import offer_menu_entry as offer
from coach.ui.settings_screen import SettingsScreen
from coach.ui.startup import offer_menu_entry

from fakes import built_windows


class FakeMenuEntry:
    """Stands in for DesktopMenuEntry; records installs, can refuse like a read-only disk."""

    def __init__(self, supported: bool = True, installed: bool = False,
                 error: OSError | None = None, said: tuple[str, ...] = ()) -> None:
        self.supported = supported
        self.is_installed = installed
        self.error = error
        self.said = list(said)
        self.installs = 0

    def installed(self) -> bool:
        return self.is_installed

    def install(self) -> list[str]:
        self.installs += 1
        if self.error is not None:
            raise self.error
        self.is_installed = True
        return ["Installed menu entry: somewhere", *self.said]

    def command(self) -> list[str]:
        return ["/opt/calf coach/calf-coach"]


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def result_box(parent: QWidget) -> QMessageBox | None:
    return parent.findChild(QMessageBox, "MenuOfferResult")


def test_first_start_offers_and_adding_installs_and_tells_the_hot_key(qtbot, parent):
    entry = FakeMenuEntry()
    box = offer(parent, Settings.load(), entry)
    assert box is not None and box.isVisible()
    assert "application menu" in box.text()
    click(qtbot, box.findChild(QPushButton, "MenuOfferAdd"))
    assert entry.installs == 1
    reply = result_box(parent)
    assert reply is not None and reply.isVisible()
    assert "now in your application menu" in reply.text()
    assert "'/opt/calf coach/calf-coach' --cramp" in reply.text()  # ready to copy


def test_the_offer_is_shown_once_even_when_declined(qtbot, parent):
    entry = FakeMenuEntry()
    box = offer(parent, Settings.load(), entry)
    click(qtbot, box.findChild(QPushButton, "MenuOfferLater"))
    assert entry.installs == 0 and result_box(parent) is None
    assert Settings.load().get("menu_offer_shown") is True  # remembered on disk
    assert offer(parent, Settings.load(), FakeMenuEntry()) is None  # the next start


def test_closing_the_app_without_answering_still_counts(parent):
    assert offer(parent, Settings.load(), FakeMenuEntry()) is not None
    assert offer(parent, Settings.load(), FakeMenuEntry()) is None


@pytest.mark.parametrize("entry", [FakeMenuEntry(installed=True),
                                   FakeMenuEntry(supported=False)])
def test_no_offer_when_already_in_the_menu_or_no_menus(parent, entry):
    assert offer(parent, Settings.load(), entry) is None
    assert Settings.load().get("menu_offer_shown") is False  # still offered once it makes sense


@pytest.mark.expected_log("coach.ui.menu_offer", match=r"could not add the menu entry")
def test_a_refused_install_is_said_plainly(qtbot, parent):
    entry = FakeMenuEntry(error=PermissionError(errno.EACCES, "Permission denied"))
    box = offer(parent, Settings.load(), entry)
    click(qtbot, box.findChild(QPushButton, "MenuOfferAdd"))
    reply = result_box(parent)
    assert reply is not None
    assert reply.text() == ("Calf Coach could not be added to the application menu: "
                            "Permission denied.")


def test_an_entry_that_could_not_start_the_app_is_not_called_a_success(qtbot):
    warning = "Warning: Calf Coach is not installed for this Python, so the menu entry cannot..."
    screen = settings_screen(qtbot, FakeMenuEntry(said=(warning,)))
    click(qtbot, screen.menu_button)
    assert screen.menu_info.text() == warning


# ----- the real app: when it asks ---------------------------------------------

@pytest.fixture
def built(qapp):
    yield from built_windows(qapp)


def test_a_plain_first_start_offers_the_real_menu_entry(built, qtbot):
    args = parse([])
    window = built([])
    box = offer_menu_entry(window, args)
    assert box is not None and box.isVisible()
    click(qtbot, box.findChild(QPushButton, "MenuOfferAdd"))
    entry = Targets(data_home()).desktop  # the test's own XDG data folder
    assert entry.exists()
    assert f"Exec={launch_command()[0]}" in entry.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv", [["--cramp"], ["--routine", "evening-stretch"]])
def test_no_offer_over_a_cramp_or_a_routine(built, argv):
    window = built(argv)
    assert offer_menu_entry(window, parse(argv)) is None
    assert Settings.load().get("menu_offer_shown") is False  # asked on the next plain start


# ----- Settings keeps the button ------------------------------------------------

def settings_screen(qtbot, entry) -> SettingsScreen:
    screen = SettingsScreen(Settings.load(), None, menu_entry=entry)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_settings_button_adds_the_entry_and_shows_the_hot_key_command(qtbot):
    entry = FakeMenuEntry()
    screen = settings_screen(qtbot, entry)
    assert "not in your application menu yet" in screen.menu_info.text()
    click(qtbot, screen.menu_button)
    assert entry.installs == 1
    assert "'/opt/calf coach/calf-coach' --cramp" in screen.menu_info.text()
    screen.hide()
    screen.show()  # coming back to Settings shows the truth
    assert "is in your application menu" in screen.menu_info.text()
    assert "calf-coach' --cramp" in screen.menu_info.text()


@pytest.mark.expected_log("coach.ui.menu_offer", match=r"could not add the menu entry")
def test_settings_button_reports_a_refusal(qtbot):
    entry = FakeMenuEntry(error=OSError(errno.EROFS, "Read-only file system"))
    screen = settings_screen(qtbot, entry)
    click(qtbot, screen.menu_button)
    assert screen.menu_info.text().endswith("menu: Read-only file system.")


def test_settings_button_is_off_where_there_are_no_menus(qtbot):
    screen = settings_screen(qtbot, FakeMenuEntry(supported=False))
    assert not screen.menu_button.isEnabled()
    assert "not supported" in screen.menu_info.text()


def test_the_real_entry_reports_what_is_on_disk():
    entry = DesktopMenuEntry()
    assert entry.supported and not entry.installed()
    entry.install()
    assert entry.installed()


# ----- the standalone bundle ------------------------------------------------------

def test_in_the_bundle_the_menu_entry_runs_the_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "opt" / "calf-coach" / "calf-coach"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    assert launch_command() == [str(bundle)]
    targets = Targets(tmp_path / "share")
    install(targets, refresh=lambda _t: None)
    text = targets.desktop.read_text(encoding="utf-8")
    assert f"Exec={bundle}\n" in text
    assert f"Exec={bundle} --cramp\n" in text
    assert f"TryExec={bundle}\n" in text


def test_c_opens_cramp_now_over_the_open_offer(built, qtbot):
    """At 3 a.m. on a first start the question box must not swallow the C key.

    The box is window-modal, which blocks the window's own shortcuts; so every
    dialog of the window carries a Cramp now action of its own. (The key press
    itself was checked in a real X session: offscreen QTest does not route a
    shortcut through a window-modal box.)
    """
    window = built([])
    window.show()
    box = offer_menu_entry(window, parse([]))
    assert box is not None and box.isVisible()
    assert window.keys.cramp_dialog_action in box.actions()
    assert window.keys.cramp_dialog_action.shortcut().toString() == "C"
    window.keys.cramp_dialog_action.trigger()
    assert window.stack.currentWidget() is window.cramp_screen
    assert not box.isVisible()

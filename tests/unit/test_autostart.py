"""Start on login: each backend writes a working entry and reports the system's true state."""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

import pytest

from coach.platform.autostart import Autostart, Unsupported, default_backend
from coach.platform.autostart_macos import MacAutostart
from coach.platform.autostart_windows import APPROVED_KEY, RUN_KEY, RUN_VALUE, WindowsAutostart
from coach.platform.autostart_xdg import XdgAutostart
from coach.platform.desktop_file import quote_exec, read_desktop_entry, split_exec
from coach.platform.launch import launch_command

COMMAND = [sys.executable, "-m", "coach"]


@pytest.fixture
def xdg(tmp_path) -> XdgAutostart:
    return XdgAutostart(folder=tmp_path / "autostart", system_folders=[tmp_path / "etc"],
                        command=COMMAND)


def entry(backend: XdgAutostart) -> dict[str, str]:
    return read_desktop_entry(backend.path.read_text(encoding="utf-8"))


def write_entry(path: Path, **keys: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["[Desktop Entry]", "Type=Application", "Name=Calf Coach"]
    lines += [f"{key}={value}" for key, value in keys.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- Linux and the BSDs ----------------------------------------------------------------


def test_default_folder_follows_xdg_config_home():
    backend = XdgAutostart()
    assert backend.path == Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "calf-coach.desktop"
    assert Autostart(backend).describe() == "Autostart entry ~/.config/autostart/calf-coach.desktop"


def test_enable_writes_an_absolute_background_command_with_a_delay(xdg):
    assert not xdg.is_enabled()
    xdg.enable()
    values = entry(xdg)
    assert split_exec(values["Exec"]) == [*COMMAND, "--background"]
    assert os.path.isabs(split_exec(values["Exec"])[0])
    assert values["Type"] == "Application"
    assert values["Name"] == "Calf Coach"
    assert values["Comment"]
    assert values["Terminal"] == "false"
    assert values["X-GNOME-Autostart-enabled"] == "true"
    assert values["X-GNOME-Autostart-Delay"] == "10"
    assert "NoDisplay" not in values and "Hidden" not in values
    assert xdg.is_enabled()
    assert [p.name for p in xdg.folder.iterdir()] == ["calf-coach.desktop"]  # no temp files


def test_the_icon_is_the_shipped_svg_by_absolute_path(xdg):
    xdg.enable()
    icon = Path(entry(xdg)["Icon"])
    assert icon.is_absolute() and icon.name == "calf-coach.svg" and icon.is_file()


@pytest.mark.parametrize("switch", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_the_user_switched_off_in_the_desktop_is_off(xdg, switch):
    xdg.enable()
    text = xdg.path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    xdg.path.write_text(text + switch + "\n", encoding="utf-8")
    assert not xdg.is_enabled()
    xdg.enable()  # ticking the box again means "on"
    assert xdg.is_enabled()


def test_disable_removes_the_entry(xdg):
    xdg.enable()
    xdg.disable()
    assert not xdg.path.exists()
    assert not xdg.is_enabled()
    xdg.disable()  # nothing there: still fine


def test_an_entry_made_by_the_desktop_from_our_menu_item_counts(xdg):
    """GNOME Tweaks copies calf-coach.desktop (Exec=coach) into the autostart folder."""
    write_entry(xdg.path, Exec="coach %U")
    assert xdg.is_enabled()
    xdg.disable()
    assert not xdg.path.exists()


@pytest.mark.expected_log("coach.platform.autostart_xdg",
                          match=r"does not start Calf Coach; left alone")
def test_a_foreign_program_under_our_name_is_not_us_and_is_left_alone(xdg):
    write_entry(xdg.path, Exec="/usr/bin/env other-app --tray")
    assert not xdg.is_enabled()
    xdg.disable()
    assert xdg.path.exists()
    xdg.enable()  # the name is our app id: enabling replaces it
    assert xdg.is_enabled()


def test_an_entry_whose_program_is_gone_is_off_and_enable_repairs_it(xdg, tmp_path):
    write_entry(xdg.path, Exec=quote_exec([str(tmp_path / "deleted-venv" / "bin" / "coach"),
                                           "--background"]))
    assert not xdg.is_enabled()
    xdg.enable()
    assert xdg.is_enabled()


def test_a_system_wide_entry_is_switched_off_by_a_hidden_user_entry(xdg, tmp_path):
    write_entry(tmp_path / "etc" / "calf-coach.desktop", Exec="coach --background")
    assert xdg.is_enabled()
    xdg.disable()
    assert entry(xdg)["Hidden"] == "true"
    assert not xdg.is_enabled()
    xdg.enable()
    assert xdg.is_enabled()


@pytest.mark.parametrize("argv", [
    ["/opt/my apps/bin/coach", "--background"],
    ["/home/o'neil/$HOME/`x`/back\\slash/50%/\"q\"", "-m", "coach"],
    ["/plain/coach", ""],
])
def test_exec_quoting_round_trips(argv):
    assert split_exec(quote_exec(argv)) == argv


def test_exec_quoting_follows_the_spec_for_dollar_and_backslash():
    assert quote_exec(["/a b/$x"]) == '"/a b/\\\\$x"'
    assert quote_exec(["/a\\b"]) == '"/a\\\\\\\\b"'
    assert quote_exec(["50%"]) == "50%%"


# --- Windows -------------------------------------------------------------------------


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict of (key, value name) -> data."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], object] = {}

    def get(self, key: str, name: str) -> object | None:
        return self.values.get((key, name))

    def set_string(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


@pytest.fixture
def windows() -> WindowsAutostart:
    return WindowsAutostart(registry=FakeRegistry(), command=COMMAND)


def test_windows_enable_writes_the_quoted_command_to_the_run_key(windows):
    windows.enable()
    assert windows.registry.values[(RUN_KEY, RUN_VALUE)] == (
        f'"{sys.executable}" -m coach --background')
    assert windows.is_enabled()


@pytest.mark.parametrize(("flag", "enabled"), [
    (b"\x02" + bytes(11), True),
    (b"\x06" + bytes(11), True),
    (b"\x03" + bytes(11), False),
    (b"\x07" + bytes(11), False),
])
def test_windows_reads_the_task_manager_switch(windows, flag, enabled):
    windows.enable()
    windows.registry.values[(APPROVED_KEY, RUN_VALUE)] = flag
    assert windows.is_enabled() is enabled


def test_windows_enable_clears_a_disabled_mark_and_disable_removes_both(windows):
    windows.registry.values[(APPROVED_KEY, RUN_VALUE)] = b"\x03" + bytes(11)
    windows.enable()
    assert windows.is_enabled()
    windows.disable()
    assert windows.registry.values == {}
    assert not windows.is_enabled()


def test_windows_value_for_another_program_is_not_us(windows):
    windows.registry.values[(RUN_KEY, RUN_VALUE)] = f'"{sys.executable}" -m something_else'
    assert not windows.is_enabled()


def test_windows_describe_names_the_key():
    text = WindowsAutostart(registry=FakeRegistry()).describe()
    assert "HKEY_CURRENT_USER" in text and RUN_KEY in text and "Calf Coach" in text


# --- macOS ---------------------------------------------------------------------------


@pytest.fixture
def mac(tmp_path) -> MacAutostart:
    return MacAutostart(folder=tmp_path / "LaunchAgents", command=COMMAND)


def test_mac_enable_writes_a_run_at_load_agent(mac):
    mac.enable()
    agent = plistlib.loads(mac.path.read_bytes())
    assert mac.path.name == "org.calfcoach.CalfCoach.plist"
    assert agent["Label"] == "org.calfcoach.CalfCoach"
    assert agent["ProgramArguments"] == [*COMMAND, "--background"]
    assert agent["RunAtLoad"] is True
    assert mac.is_enabled()
    mac.disable()
    assert not mac.path.exists() and not mac.is_enabled()


def test_mac_disabled_or_damaged_agent_is_off(mac):
    mac.enable()
    agent = plistlib.loads(mac.path.read_bytes())
    mac.path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not mac.is_enabled()
    mac.path.write_bytes(b"not a plist")
    assert not mac.is_enabled()


def test_mac_default_folder_is_in_the_home_library():
    assert MacAutostart().path == (Path.home() / "Library" / "LaunchAgents"
                                   / "org.calfcoach.CalfCoach.plist")


# --- choosing a backend ----------------------------------------------------------------


@pytest.mark.parametrize(("platform", "kind"), [
    ("linux", XdgAutostart), ("freebsd14", XdgAutostart), ("win32", WindowsAutostart),
    ("darwin", MacAutostart), ("emscripten", Unsupported),
])
def test_the_backend_follows_the_platform(platform, kind):
    assert isinstance(default_backend(platform), kind)


def test_unsupported_says_so_and_refuses_to_enable():
    autostart = Autostart(Unsupported())
    assert not autostart.supported and not autostart.is_enabled()
    with pytest.raises(OSError):
        autostart.enable()
    assert "not available" in autostart.describe()


def test_launch_command_is_absolute_and_runs_coach():
    argv = launch_command()
    assert os.path.isabs(argv[0])
    assert Path(argv[0]).name.startswith("coach") or argv[1:] == ["-m", "coach"]

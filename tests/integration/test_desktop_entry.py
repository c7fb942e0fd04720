"""Desktop entry, icon and AppStream metainfo: as shipped, and as ``coach install-desktop``
puts them in the user's menu."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coach import APP_ID, __version__
from coach.app import main
from coach.cli.args import parse
from coach.platform import desktop_entry
from coach.platform.autostart_xdg import XdgAutostart
from coach.platform.desktop_entry import (
    DESKTOP_FILE,
    DESKTOP_ID,
    METAINFO_FILE,
    Targets,
    data_home,
    install,
    installed_entry,
    refresh_caches,
    starts_from_anywhere,
    uninstall,
)
from coach.platform.desktop_file import split_exec

PROJECT = Path(__file__).resolve().parents[2]
ASSETS = PROJECT / "assets"
needs_desktop_file_validate = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
needs_appstreamcli = pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstream is not installed")


def read_entry_text(text: str) -> configparser.ConfigParser:
    """Enough of the format for these files: no line continuations, no translations."""
    parser = configparser.ConfigParser(interpolation=None, strict=True, comment_prefixes=("#",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    return parser


def read_entry(path: Path) -> configparser.ConfigParser:
    return read_entry_text(path.read_text(encoding="utf-8"))


def metainfo() -> ET.Element:
    return ET.parse(ASSETS / METAINFO_FILE).getroot()


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either


def no_refresh(targets: Targets) -> None:
    """Tests that are not about the caches leave the tools alone."""


# --- what ships -----------------------------------------------------------------------


def test_one_id_names_the_entry_the_icon_and_the_metainfo():
    entry = read_entry(ASSETS / DESKTOP_FILE)["Desktop Entry"]
    root = metainfo()
    assert entry["Icon"] == DESKTOP_ID
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").attrib == {"type": "desktop-id"}
    assert root.findtext("launchable") == DESKTOP_FILE
    assert DESKTOP_ID.islower()  # appstreamcli --pedantic asks for lowercase


def test_the_entry_runs_coach_and_offers_cramp_now():
    entry = read_entry(ASSETS / DESKTOP_FILE)
    main_group = entry["Desktop Entry"]
    assert split_exec(main_group["Exec"]) == ["coach"]
    assert main_group["Actions"] == "cramp;"
    assert entry["Desktop Action cramp"]["Name"] == "Cramp now"
    assert split_exec(entry["Desktop Action cramp"]["Exec"]) == ["coach", "--cramp"]
    assert parse(["--cramp"]).cramp  # the flag the action passes exists
    # Qt's WM_CLASS class is the application name build_window sets (APP_ID).
    assert main_group["StartupWMClass"] == APP_ID


def test_the_metainfo_agrees_with_the_package():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    root = metainfo()
    assert root.findtext("project_license") == project["license"]
    assert root.findtext("provides/binary") in project["gui-scripts"]
    assert root.find("releases/release").get("version") == __version__  # newest first


def test_every_screenshot_is_https_and_is_in_docs_screenshots():
    images = [image.text or "" for image in metainfo().iter("image")]
    assert 3 <= len(images) <= 4
    for url in images:
        assert url.startswith("https://"), url
        assert "/docs/screenshots/" in url, url
        local = PROJECT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]
        assert local.is_file(), f"{url} names no file in docs/screenshots/"
    for shot in metainfo().iter("screenshot"):
        assert (shot.findtext("caption") or "").strip()


@needs_desktop_file_validate
def test_the_shipped_entry_passes_desktop_file_validate():
    validate_desktop_file(ASSETS / DESKTOP_FILE)


@needs_appstreamcli
def test_the_metainfo_passes_appstreamcli_even_pedantic():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic",
                             str(ASSETS / METAINFO_FILE)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pedantic" not in result.stdout and "W:" not in result.stdout, result.stdout


# --- the start-on-login entry (tests/unit/test_autostart.py has the rest) ---------------


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_the_written_entry_passes_desktop_file_validate(tmp_path):
    backend = XdgAutostart(folder=tmp_path / "autostart",
                           command=["/opt/Calf Coach/bin/coach", "-m", "$odd\\path"])
    backend.enable()
    result = subprocess.run(["desktop-file-validate", str(backend.path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


# --- the installed entry ----------------------------------------------------------------


def test_installed_entry_runs_the_absolute_command_everywhere():
    template = (ASSETS / DESKTOP_FILE).read_text(encoding="utf-8")
    command = ["/opt/Calf Coach/venv/bin/python3", "-m", "coach"]
    entry = read_entry_text(installed_entry(template, command))
    assert split_exec(entry["Desktop Entry"]["Exec"]) == command
    assert entry["Desktop Entry"]["TryExec"] == command[0]
    assert split_exec(entry["Desktop Action cramp"]["Exec"]) == [*command, "--cramp"]
    assert "TryExec" not in entry["Desktop Action cramp"]
    assert entry["Desktop Entry"]["Icon"] == DESKTOP_ID


def test_data_home_follows_xdg_and_ignores_a_relative_value(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert data_home() == tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert data_home() == Path.home() / ".local" / "share"


def test_install_command_writes_all_three_files_and_uninstall_removes_them(capsys):
    targets = Targets(data_home())  # conftest made it a temporary folder
    assert main(["install-desktop"]) == 0
    said = capsys.readouterr().out
    for path in targets.all():
        assert path.is_file(), path
        assert str(path) in said
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert targets.desktop == data_home() / "applications" / f"{DESKTOP_ID}.desktop"
    assert targets.icon == (data_home() / "icons" / "hicolor" / "scalable" / "apps"
                            / f"{DESKTOP_ID}.svg")
    assert targets.icon.read_bytes() == (ASSETS / "icons" / "calf-coach.svg").read_bytes()
    assert targets.metainfo.read_bytes() == (ASSETS / METAINFO_FILE).read_bytes()

    entry = read_entry_text(targets.desktop.read_text(encoding="utf-8"))
    argv = split_exec(entry["Desktop Entry"]["Exec"])
    assert os.path.isabs(argv[0])
    assert split_exec(entry["Desktop Action cramp"]["Exec"]) == [*argv, "--cramp"]

    assert main(["install-desktop", "--uninstall"]) == 0
    assert not any(path.exists() for path in targets.all())
    assert "Removed" in capsys.readouterr().out


def test_installing_twice_replaces_and_uninstalling_twice_is_fine():
    targets = Targets(data_home())
    install(targets, command=["/old/coach"], refresh=no_refresh, check=lambda c: True)
    install(targets, command=["/new/coach"], refresh=no_refresh, check=lambda c: True)
    assert "/old/coach" not in targets.desktop.read_text(encoding="utf-8")
    uninstall(targets, refresh=no_refresh)
    lines = uninstall(targets, refresh=no_refresh)
    assert all(line.startswith("Not installed") for line in lines)


@needs_desktop_file_validate
def test_the_installed_entry_passes_desktop_file_validate():
    targets = Targets(data_home())
    install(targets, command=["/opt/Calf Coach/bin/coach"], refresh=no_refresh,
            check=lambda c: True)
    validate_desktop_file(targets.desktop)


@needs_appstreamcli
def test_the_installed_tree_passes_appstreamcli_validate_tree():
    """The metainfo finds its desktop entry where install-desktop put it."""
    install(Targets(data_home()), refresh=no_refresh, check=lambda c: True)
    result = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(data_home().parent)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_warns_when_the_menu_could_not_start_the_command():
    lines = install(Targets(data_home()), command=["/usr/bin/python3", "-m", "coach"],
                    refresh=no_refresh, check=lambda c: False)
    assert lines[-1].startswith("Warning: Calf Coach is not installed")


def test_only_python_dash_m_needs_checking():
    assert starts_from_anywhere(["/opt/venv/bin/coach"])
    assert not starts_from_anywhere(["/nonexistent/python3", "-m", "coach"])


def test_install_and_uninstall_refresh_the_caches():
    seen: list[Path] = []
    targets = Targets(data_home())
    install(targets, command=["/x/coach"], refresh=lambda t: seen.append(t.root),
            check=lambda c: True)
    uninstall(targets, refresh=lambda t: seen.append(t.root))
    assert seen == [data_home(), data_home()]


def test_cache_tools_run_when_present_and_their_failures_are_ignored():
    targets = Targets(data_home())
    ran: list[list[str]] = []

    def failing(argv):
        ran.append(list(argv))
        raise subprocess.TimeoutExpired(argv, 30)

    refresh_caches(targets, run=failing, which=lambda tool: f"/usr/bin/{tool}")
    assert ran == [["/usr/bin/update-desktop-database", "-q", str(targets.applications)],
                   ["/usr/bin/gtk-update-icon-cache", "-q", "-f", "-t", str(targets.hicolor)]]
    ran.clear()
    refresh_caches(targets, run=failing, which=lambda tool: None)
    assert ran == []


def test_the_real_cache_tools_do_not_break_the_install():
    targets = Targets(data_home())
    install(targets, command=["/x/coach"], check=lambda c: True)  # real refresh_caches
    assert targets.desktop.is_file()
    uninstall(targets)
    assert not targets.desktop.exists()


def test_other_systems_are_told_no(monkeypatch, capsys):
    assert not desktop_entry.supported("win32")
    assert not desktop_entry.supported("darwin")
    assert desktop_entry.supported("linux")
    monkeypatch.setattr(desktop_entry, "supported", lambda: False)
    assert main(["install-desktop"]) == 2
    assert "only for Linux" in capsys.readouterr().err


def test_a_refused_write_is_an_error_message_not_a_traceback(monkeypatch, capsys):
    def refuse(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(desktop_entry, "write_atomic", refuse)
    assert main(["install-desktop"]) == 1
    assert "Permission denied" in capsys.readouterr().err


def test_install_desktop_does_not_load_qt(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"))
    code = ("import sys; from coach.app import main; assert main(['install-desktop']) == 0;"
            " assert main(['install-desktop', '--uninstall']) == 0;"
            " assert not any(m.startswith('PySide6') for m in sys.modules),"
            " [m for m in sys.modules if m.startswith('PySide6')]")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "applications").is_dir()

"""The app's files land in the user's own folders, found afresh on every call."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from coach.store import paths


def test_folders_follow_the_xdg_variables_of_the_moment(tmp_path, monkeypatch):
    home = tmp_path / "home"
    assert paths.config_dir() == home / ".config" / "calf-coach"
    assert paths.data_dir() == home / ".local/share" / "calf-coach"
    assert paths.log_dir() == home / ".local/state" / "calf-coach" / "log"
    assert paths.user_routines_dir() == paths.data_dir() / "routines"
    assert paths.settings_path() == paths.config_dir() / "settings.yaml"
    assert paths.history_path() == paths.data_dir() / "history.sqlite3"
    assert paths.runtime_dir() == Path(os.environ["XDG_RUNTIME_DIR"]) / "calf-coach"

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert paths.settings_path() == tmp_path / "elsewhere" / "calf-coach" / "settings.yaml"


def test_asking_for_a_path_creates_nothing(tmp_path):
    for function in (paths.config_dir, paths.data_dir, paths.log_dir, paths.user_routines_dir,
                     paths.runtime_dir, paths.settings_path, paths.history_path):
        assert not function().exists(), function.__name__


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    return shared


def user_tag() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else os.getlogin()


@pytest.mark.skipif(not paths._XDG_PLATFORM, reason="XDG_RUNTIME_DIR is a freedesktop thing")
def test_without_xdg_runtime_dir_a_private_temp_folder_is_used(private_tmp, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    folder = paths.runtime_dir()
    assert folder == private_tmp / f"calf-coach-{user_tag()}"
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert paths.runtime_dir() == folder  # stable, so a second start finds the first


@pytest.mark.skipif(not paths._XDG_PLATFORM, reason="XDG_RUNTIME_DIR is a freedesktop thing")
def test_an_unusable_xdg_runtime_dir_falls_back_too(private_tmp, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "does-not-exist"))
    assert paths.runtime_dir() == private_tmp / f"calf-coach-{user_tag()}"
    monkeypatch.setenv("XDG_RUNTIME_DIR", "relative/path")
    assert paths.runtime_dir() == private_tmp / f"calf-coach-{user_tag()}"


@pytest.mark.skipif(not paths._XDG_PLATFORM, reason="XDG_RUNTIME_DIR is a freedesktop thing")
def test_a_loose_temp_folder_is_made_private_again(private_tmp, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    folder = private_tmp / f"calf-coach-{user_tag()}"
    folder.mkdir(mode=0o777)
    os.chmod(folder, 0o777)
    assert paths.runtime_dir() == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(not paths._XDG_PLATFORM, reason="XDG_RUNTIME_DIR is a freedesktop thing")
def test_a_file_squatting_the_temp_name_is_not_used(private_tmp, monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    (private_tmp / f"calf-coach-{user_tag()}").write_text("not a folder")
    folder = paths.runtime_dir()
    assert folder == tmp_path / "home" / ".cache" / "calf-coach" / "runtime"


@pytest.mark.skipif(not paths._XDG_PLATFORM or not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to give a folder to another user")
def test_a_temp_folder_owned_by_another_user_is_not_used(private_tmp, monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    squatted = private_tmp / f"calf-coach-{user_tag()}"
    squatted.mkdir(mode=0o700)
    os.chown(squatted, 65534, 65534)
    assert paths.runtime_dir() == tmp_path / "home" / ".cache" / "calf-coach" / "runtime"

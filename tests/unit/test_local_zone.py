"""The app's "now" is in the machine's real zone (with its DST rules) and follows changes."""

from __future__ import annotations

import logging
import os
import sys
import time
import types
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.engine import local_zone
from coach.engine.clock import SystemClock
from coach.engine.local_zone import ZoneCache, system_zone
from coach.testing.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """A machine whose zone files live in tmp_path; TZ unset; the C library reset after."""
    timezone_file = tmp_path / "timezone"
    localtime = tmp_path / "localtime"
    monkeypatch.setattr(local_zone, "TIMEZONE_FILE", timezone_file)
    monkeypatch.setattr(local_zone, "LOCALTIME_LINK", localtime)
    monkeypatch.setattr(local_zone, "_warned", set())
    original = os.environ.get("TZ")
    monkeypatch.delenv("TZ", raising=False)
    yield timezone_file, localtime
    if original is None:  # put the C library back on the real zone for later tests
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = original
    time.tzset()


@pytest.mark.parametrize(("value", "name"), [
    (":Europe/Berlin", "Europe/Berlin"),
    ("America/New_York", "America/New_York"),
    (":/usr/share/zoneinfo/Asia/Kolkata", "Asia/Kolkata"),
    ("/usr/share/zoneinfo/posix/Australia/Lord_Howe", "Australia/Lord_Howe"),
    ("", "UTC"),
])
def test_the_tz_variable_names_the_zone(machine, monkeypatch, value, name):
    monkeypatch.setenv("TZ", value)
    assert system_zone() == ZoneInfo(name)


def test_etc_timezone_names_the_zone_when_tz_is_unset(machine):
    timezone_file, _ = machine
    timezone_file.write_text("Australia/Lord_Howe\n")
    assert system_zone() == ZoneInfo("Australia/Lord_Howe")


def test_the_localtime_link_names_the_zone_when_there_is_no_timezone_file(machine):
    _, localtime = machine
    localtime.symlink_to("/usr/share/zoneinfo/Europe/Berlin")
    assert system_zone() == BERLIN


def test_a_tz_that_is_not_a_zone_name_falls_back_to_the_files(machine, monkeypatch):
    timezone_file, _ = machine
    timezone_file.write_text("Asia/Kolkata")
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    assert system_zone() == ZoneInfo("Asia/Kolkata")


def test_no_zone_name_anywhere_gives_the_fixed_offset_and_one_log_line(machine, caplog):
    caplog.set_level(logging.INFO, logger=local_zone.__name__)
    zone = system_zone()
    system_zone()
    assert zone.utcoffset(None) == datetime.now().astimezone().utcoffset()
    assert len([r for r in caplog.records if "fixed offset" in r.getMessage()]) == 1


def test_system_clock_now_carries_the_dst_rules_of_the_zone(machine, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    now = SystemClock().now()
    assert now.tzinfo == BERLIN
    assert abs(now.astimezone(UTC) - datetime.now(UTC)) < timedelta(minutes=1)


def test_system_clock_follows_a_zone_change_of_tz_at_once(machine, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock = SystemClock()
    assert clock.now().tzinfo == BERLIN
    monkeypatch.setenv("TZ", "America/New_York")
    assert clock.now().tzinfo == ZoneInfo("America/New_York")


def test_a_changed_zone_file_is_noticed_within_a_minute_not_on_every_call():
    ticks = [0.0]
    zones = [BERLIN]
    lookups = []

    def lookup():
        lookups.append(zones[0])
        return zones[0]

    cache = ZoneCache(lambda: ticks[0], lookup)
    assert cache.get() == BERLIN
    zones[0] = ZoneInfo("Asia/Kolkata")  # the user changes the zone in the system settings
    ticks[0] = 59.0
    assert cache.get() == BERLIN and len(lookups) == 1  # cheap: no re-read yet
    ticks[0] = 60.0
    assert cache.get() == ZoneInfo("Asia/Kolkata")


def test_fake_clock_advances_through_a_dst_change_in_real_time():
    clock = FakeClock(datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN))
    clock.advance(3600)
    assert clock.now().strftime("%H:%M %z") == "03:30 +0200"  # 02:30 does not exist
    clock = FakeClock(datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN))  # first 02:30 (CEST)
    clock.suspend(3600)
    assert clock.now().strftime("%H:%M %z") == "02:30 +0100"  # the second one
    assert clock.now().astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_a_chain_of_links_to_the_zone_file_is_followed(machine, tmp_path):
    _, localtime = machine
    middle = tmp_path / "etc-alternatives-localtime"
    middle.symlink_to("/usr/share/zoneinfo/Asia/Kolkata")
    localtime.symlink_to(middle)
    assert system_zone() == ZoneInfo("Asia/Kolkata")


# --- Windows: the registry's zone through tzlocal ----------------------------------------


class FakeTzlocal(types.ModuleType):
    """``tzlocal`` as on Windows: each reload reads the (here: pretend) registry again."""

    def __init__(self, *zones):
        super().__init__("tzlocal")
        self.zones = list(zones)

    def reload_localzone(self):
        zone = self.zones.pop(0) if len(self.zones) > 1 else self.zones[0]
        if isinstance(zone, Exception):
            raise zone
        return zone


@pytest.fixture
def windows(machine, monkeypatch):
    """The Windows branch: no Unix zone files are read, tzlocal answers instead."""
    monkeypatch.setattr(local_zone, "PLATFORM", "win32")
    return monkeypatch


def test_windows_gets_the_iana_zone_from_tzlocal_and_follows_a_change(windows):
    windows.setitem(sys.modules, "tzlocal", FakeTzlocal(BERLIN, ZoneInfo("Asia/Kolkata")))
    assert system_zone() == BERLIN  # a real zone: DST rules, not today's offset
    assert system_zone() == ZoneInfo("Asia/Kolkata")  # read again, not cached for ever


@pytest.mark.parametrize("module", [None, FakeTzlocal(LookupError("no TimeZoneKeyName"))])
def test_windows_without_a_working_tzlocal_falls_back_to_the_offset(windows, caplog, module):
    caplog.set_level(logging.INFO, logger=local_zone.__name__)
    windows.setitem(sys.modules, "tzlocal", module)  # None: not installed
    zone = system_zone()
    assert zone.utcoffset(None) == datetime.now().astimezone().utcoffset()
    assert any("tzlocal" in r.getMessage() for r in caplog.records)


def test_the_tz_variable_still_wins_on_windows(windows):
    windows.setitem(sys.modules, "tzlocal", FakeTzlocal(BERLIN))
    windows.setenv("TZ", "America/New_York")
    assert system_zone() == ZoneInfo("America/New_York")


def test_no_zone_database_and_an_empty_tz_is_utc_not_a_crash(machine, monkeypatch):
    monkeypatch.setenv("TZ", "")
    monkeypatch.setattr(local_zone, "_load", lambda name: None)  # no zone can be loaded
    assert system_zone().utcoffset(None) == timedelta(0)
    assert local_zone.have_zone_database() is False

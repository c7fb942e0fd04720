"""The generated cue sounds: playable, audible, gentle, and reproducible."""

from __future__ import annotations

import array
import importlib.util
import math
import sys
import wave
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOUNDS_DIR = ROOT / "assets" / "sounds"

# name: (shortest, longest) duration in seconds
EXPECTED = {
    "tone.wav": (0.25, 0.5),
    "tick.wav": (0.03, 0.1),
    "done.wav": (0.7, 1.1),
    "switch.wav": (0.2, 0.6),
}


def _load_tool():
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _load_tool()


def _samples(path: Path) -> tuple[wave._wave_params, array.array]:
    with wave.open(str(path), "rb") as reader:
        params = reader.getparams()
        data = array.array("h", reader.readframes(params.nframes))
    if sys.byteorder == "big":
        data.byteswap()
    return params, data


@pytest.fixture(scope="module")
def generated(tool, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sounds")
    tool.make_sounds(out)
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sound_is_a_short_mono_16_bit_wav(generated, name):
    params, _ = _samples(generated / name)
    shortest, longest = EXPECTED[name]
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44100)
    assert shortest <= params.nframes / params.framerate <= longest
    assert (generated / name).stat().st_size < 100_000


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sound_is_audible_but_not_clipped(generated, name):
    _, data = _samples(generated / name)
    peak = max(abs(v) for v in data)
    rms = math.sqrt(sum(v * v for v in data) / len(data))
    peak_dbfs = 20 * math.log10(peak / 32768)
    assert -7.5 <= peak_dbfs <= -5.0  # about -6 dBFS: clear, never harsh
    assert 20 * math.log10(rms / 32768) > -30  # not near-silent
    assert sum(1 for v in data if abs(v) >= 32767) == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sound_starts_and_ends_at_silence_so_it_does_not_click(generated, name):
    _, data = _samples(generated / name)
    near_zero = 0.03 * 32768
    assert abs(data[0]) <= 1 and abs(data[-1]) <= 1
    assert max(abs(v) for v in data[:8]) < near_zero
    assert max(abs(v) for v in data[-8:]) < near_zero


def test_output_is_byte_for_byte_reproducible(tool, generated, tmp_path):
    again = tmp_path / "again"
    tool.make_sounds(again)
    for name in EXPECTED:
        assert (again / name).read_bytes() == (generated / name).read_bytes(), name


def test_committed_sounds_match_the_generator(generated):
    """The shipped WAVs are what the tool makes: nobody hand-edited or forgot to regenerate."""
    for name in EXPECTED:
        assert (SOUNDS_DIR / name).read_bytes() == (generated / name).read_bytes(), name


def test_command_line_writes_into_the_given_folder(tool, tmp_path, capsys):
    assert tool.main([str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(EXPECTED)
    assert "tone.wav" in capsys.readouterr().out

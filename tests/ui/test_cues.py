"""What the user hears from the player's cues, with recording fakes for sound and speech."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from coach.platform.cues import DISABLED, FAILED, NO_DEVICE, NO_ENGINE, CapabilityMissing, CuePlayer

SEGMENT = object()  # the real payload is a timeline Segment; the fake phrases only need identity


def fake_phrases(kind: str, payload: object, language: str) -> str | None:
    if kind == "segment":
        return "Wall calf stretch, right leg, hold 30 seconds" if language == "en" else "Stretch"
    return {"switch_sides": "Switch sides", "halfway": "Halfway", "done": "Well done"}.get(kind)


class Ears:
    """Records, in order, every sound played and every word said."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.sound_paths: list[Path] = []
        self.speech_made = 0

    @property
    def sounds(self) -> list[str]:
        return [e.removeprefix("play ") for e in self.events if e.startswith("play ")]

    @property
    def said(self) -> list[str]:
        return [e.removeprefix("say ") for e in self.events if e.startswith("say ")]

    def sound_factory(self, path: Path) -> FakeSound:
        self.sound_paths.append(path)
        return FakeSound(path.name, self)

    def speech_factory(self) -> FakeSpeech:
        self.speech_made += 1
        return FakeSpeech(self)


class FakeSound:
    def __init__(self, name: str, ears: Ears) -> None:
        self.name, self.ears, self.volume = name, ears, 1.0

    def play(self) -> None:
        self.ears.events.append(f"play {self.name}")

    def stop(self) -> None:
        self.ears.events.append(f"stop {self.name}")

    def setVolume(self, volume: float) -> None:  # Qt spelling
        self.volume = volume


class FakeSpeech:
    def __init__(self, ears: Ears) -> None:
        self.ears = ears
        self.language = ""

    def say(self, text: str) -> None:
        self.ears.events.append(f"say {text}")

    def stop(self) -> None:
        self.ears.events.append("stop speech")

    def set_language(self, code: str) -> None:
        self.language = code


@pytest.fixture
def audio(monkeypatch):
    """An environment with sound: the suite-wide CALF_COACH_NO_AUDIO is lifted."""
    monkeypatch.delenv("CALF_COACH_NO_AUDIO", raising=False)


@pytest.fixture
def ears(audio) -> Ears:
    return Ears()


@pytest.fixture
def cues(qapp, ears) -> CuePlayer:
    return CuePlayer(sound_factory=ears.sound_factory, speech_factory=ears.speech_factory,
                     phrases=fake_phrases)


def cue_records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "coach.platform.cues"]


def test_nothing_is_created_until_the_first_cue(ears, cues):
    assert ears.sound_paths == [] and ears.speech_made == 0


def test_segment_change_plays_the_tone_and_speaks_the_exercise(ears, cues):
    cues.on_cue("segment", SEGMENT)
    assert ears.sounds == ["tone.wav"]
    assert ears.said == ["Wall calf stretch, right leg, hold 30 seconds"]


def test_sounds_are_the_shipped_wav_files_and_are_loaded_once(ears, cues):
    for _ in range(3):
        cues.on_cue("tick", 3)
    assert sorted(p.name for p in ears.sound_paths) == ["done.wav", "switch.wav", "tick.wav",
                                                         "tone.wav"]
    assert all(p.is_file() and p.parent.name == "sounds" for p in ears.sound_paths)


def test_last_seconds_tick_without_speech(ears, cues):
    for second in (3, 2, 1):
        cues.on_cue("tick", second)
    assert ears.sounds == ["tick.wav"] * 3
    assert ears.said == []


def test_halfway_is_spoken_only(ears, cues):
    cues.on_cue("halfway", SEGMENT)
    assert ears.sounds == [] and ears.said == ["Halfway"]


def test_done_plays_the_end_chime_and_says_well_done(ears, cues):
    cues.on_cue("done", None)
    assert ears.sounds == ["done.wav"] and ears.said == ["Well done"]


def test_a_new_phrase_stops_the_one_still_being_spoken(ears, cues):
    cues.on_cue("segment", SEGMENT)
    cues.on_cue("halfway", SEGMENT)
    speech = [e for e in ears.events if "speech" in e or e.startswith("say")]
    assert speech[-2:] == ["stop speech", "say Halfway"]


def test_switch_sides_is_spoken_together_with_the_next_exercise(ears, cues):
    """The player sends switch_sides and the new segment back to back: neither cuts the other."""
    cues.on_cue("switch_sides", SEGMENT)
    cues.on_cue("segment", SEGMENT)
    assert ears.sounds == ["switch.wav"]  # no tone on top of the switch notes
    assert ears.said == ["Switch sides. Wall calf stretch, right leg, hold 30 seconds"]


def test_switch_sides_alone_is_still_spoken(qtbot, ears, cues):
    cues.on_cue("switch_sides", SEGMENT)
    assert ears.sounds == ["switch.wav"]
    qtbot.waitUntil(lambda: ears.said == ["Switch sides"])


def test_sound_switched_off_plays_nothing_but_still_speaks(ears, cues):
    cues.set_sound_enabled(False)
    cues.on_cue("segment", SEGMENT)
    cues.on_cue("tick", 1)
    cues.on_cue("done", None)
    assert ears.sounds == []
    assert ears.said[-1] == "Well done"


def test_voice_switched_off_says_nothing_but_still_sounds(ears, cues):
    cues.set_voice_enabled(False)
    cues.on_cue("segment", SEGMENT)
    cues.on_cue("halfway", SEGMENT)
    cues.on_cue("done", None)
    assert ears.said == []
    assert ears.sounds == ["tone.wav", "done.wav"]


def test_switching_voice_off_cuts_the_current_phrase(ears, cues):
    cues.on_cue("segment", SEGMENT)
    cues.set_voice_enabled(False)
    assert ears.events[-1] == "stop speech"


def test_stop_silences_sound_and_voice(ears, cues):
    cues.on_cue("done", None)
    cues.stop()
    assert "stop done.wav" in ears.events and ears.events[-1] == "stop speech"


def test_language_reaches_the_phrases_and_the_speech_engine(ears, cues):
    cues.set_language("ru")
    cues.on_cue("segment", SEGMENT)
    assert ears.said == ["Stretch"]
    assert cues._speech.language == "ru"


def test_default_phrases_come_from_the_announcer(ears, qapp, monkeypatch):
    import coach.engine.announce as announce

    monkeypatch.setattr(announce, "phrase_for", lambda kind, payload, language: f"{kind}!")
    cues = CuePlayer(sound_factory=ears.sound_factory, speech_factory=ears.speech_factory)
    cues.on_cue("done", None)
    assert ears.said == ["done!"]


def test_no_audio_env_calls_no_factory_and_logs_one_line(qapp, caplog, monkeypatch):
    monkeypatch.setenv("CALF_COACH_NO_AUDIO", "1")
    ears = Ears()
    cues = CuePlayer(sound_factory=ears.sound_factory, speech_factory=ears.speech_factory,
                     phrases=fake_phrases)
    caplog.set_level(logging.DEBUG, logger="coach.platform.cues")
    for kind, payload in (("segment", SEGMENT), ("tick", 3), ("switch_sides", SEGMENT),
                          ("halfway", SEGMENT), ("done", None)):
        cues.on_cue(kind, payload)
    assert ears.sound_paths == [] and ears.speech_made == 0 and ears.events == []
    assert len(cue_records(caplog)) == 1
    assert not cues.sound_available and not cues.voice_available


def test_a_failing_sound_factory_is_logged_once_and_speech_carries_on(ears, qapp, caplog):
    def broken(path: Path):
        raise RuntimeError("decoder exploded")

    cues = CuePlayer(sound_factory=broken, speech_factory=ears.speech_factory,
                     phrases=fake_phrases)
    caplog.set_level(logging.DEBUG, logger="coach.platform.cues")
    for _ in range(3):
        cues.on_cue("segment", SEGMENT)
        cues.on_cue("tick", 1)
    assert len(cue_records(caplog)) == 1
    assert not cues.sound_available and cues.voice_available
    assert ears.said == ["Wall calf stretch, right leg, hold 30 seconds"] * 3


def test_a_failing_speech_factory_is_logged_once_and_sounds_carry_on(ears, qapp, caplog):
    def broken():
        raise OSError("speech-dispatcher crashed")

    cues = CuePlayer(sound_factory=ears.sound_factory, speech_factory=broken,
                     phrases=fake_phrases)
    caplog.set_level(logging.DEBUG, logger="coach.platform.cues")
    for _ in range(3):
        cues.on_cue("done", None)
    assert len(cue_records(caplog)) == 1
    assert not cues.voice_available
    assert ears.sounds == ["done.wav"] * 3


def test_a_missing_capability_is_one_info_line(ears, qapp, caplog):
    def no_device(path: Path):
        raise CapabilityMissing("no audio output device")

    cues = CuePlayer(sound_factory=no_device, speech_factory=ears.speech_factory,
                     phrases=fake_phrases)
    caplog.set_level(logging.DEBUG, logger="coach.platform.cues")
    cues.on_cue("tick", 3)
    cues.on_cue("tick", 2)
    records = cue_records(caplog)
    assert [r.levelno for r in records] == [logging.INFO]
    assert "no audio output device" in records[0].getMessage()


def test_an_error_while_playing_never_reaches_the_player(ears, qapp, caplog):
    def broken_phrases(kind, payload, language):
        raise KeyError(kind)

    cues = CuePlayer(sound_factory=ears.sound_factory, speech_factory=ears.speech_factory,
                     phrases=broken_phrases)
    caplog.set_level(logging.DEBUG, logger="coach.platform.cues")
    cues.on_cue("segment", SEGMENT)
    cues.on_cue("done", None)
    assert len(cue_records(caplog)) == 1
    assert ears.sounds == ["tone.wav", "done.wav"]  # the sounds still played


def test_a_missing_wav_silences_only_that_sound(ears, cues, caplog, monkeypatch, tmp_path):
    import coach.platform.cues as module

    real = module.asset_path

    def without_tick(*parts: str) -> Path:
        return tmp_path / "gone.wav" if parts[-1] == "tick.wav" else real(*parts)

    monkeypatch.setattr(module, "asset_path", without_tick)
    caplog.set_level(logging.DEBUG, logger="coach.platform.cues")
    cues.on_cue("tick", 3)
    cues.on_cue("tick", 2)
    cues.on_cue("done", None)
    assert ears.sounds == ["done.wav"]
    assert len(cue_records(caplog)) == 1 and cues.sound_available


def test_real_backends_without_device_or_engine_stay_silent(audio, qapp, caplog, monkeypatch):
    """The Qt factories: no output device and only Qt's mock speech engine -> silent no-ops."""
    from PySide6.QtMultimedia import QMediaDevices
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    cues = CuePlayer(phrases=fake_phrases)
    caplog.set_level(logging.DEBUG, logger="coach.platform.cues")
    for kind, payload in (("segment", SEGMENT), ("tick", 3), ("halfway", SEGMENT),
                          ("done", None)):
        cues.on_cue(kind, payload)
    cues.stop()
    assert not cues.sound_available and not cues.voice_available
    messages = [r.getMessage() for r in cue_records(caplog)]
    assert len(messages) == 2, messages  # one per missing capability
    assert any("audio output" in m for m in messages)
    assert any("text-to-speech" in m for m in messages)


# --- the real Qt path: Qt's mock speech engine, and a real audio output ----------------


def test_the_voice_reaches_qts_mock_speech_engine_word_by_word(audio, qapp, qtbot, ears):
    """The QTextToSpeech path itself (engine choice, adapter, language), with no speaker.

    Qt's "mock" engine ships in PySide6-Addons (a dependency): it speaks
    silently but reports each word, as a real engine does.
    """
    from PySide6.QtCore import QLocale
    from PySide6.QtTextToSpeech import QTextToSpeech

    assert "mock" in QTextToSpeech.availableEngines()
    english = lambda kind, payload, _language: fake_phrases(kind, payload, "en")  # noqa: E731
    cues = CuePlayer(sound_factory=ears.sound_factory, phrases=english,
                     speech_engine="mock", language="fi")
    words: list[str] = []
    cues.on_cue("tick", 3)  # a sound only: nothing is said, no engine yet
    assert cues._speech is None
    cues.on_cue("segment", SEGMENT)
    engine = cues._speech.engine
    assert engine.engine() == "mock"
    assert engine.locale().language() == QLocale.Language.Finnish  # the cue language's voice
    engine.sayingWord.connect(lambda word, *_rest: words.append(word))
    qtbot.waitUntil(lambda: words[-1:] == ["seconds"], timeout=10000)
    assert " ".join(words) == "Wall calf stretch right leg hold 30 seconds"
    assert ears.sounds == ["tick.wav", "tone.wav"]
    cues.stop()
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=5000)


def test_a_named_speech_engine_that_is_missing_turns_the_voice_off(audio, qapp, ears, caplog):
    cues = CuePlayer(sound_factory=ears.sound_factory, phrases=fake_phrases,
                     speech_engine="no-such-engine")
    caplog.set_level(logging.INFO, logger="coach.platform.cues")
    cues.on_cue("segment", SEGMENT)
    assert not cues.voice_available and ears.sounds == ["tone.wav"]
    assert any("text-to-speech" in r.getMessage() for r in cue_records(caplog))


# Asking for the machine's audio outputs warns where no sound server runs (CI): the
# test then skips, and without this a warning turns the allowed skip into a failure.
@pytest.mark.qt_log_ignore(r"^PulseAudioService: pa_context_connect\(\) failed")
def test_the_sounds_play_on_a_real_audio_output(audio, qapp, qtbot, ears):
    """QSoundEffect on the machine's own output: the WAVs load and play.

    Needs a sound device (or a sound server with a sink); without one the
    skip says so and the CI allow-list (tests/allowed_skips.txt) accepts it.
    """
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    if not QMediaDevices.audioOutputs():
        pytest.skip("no audio output on this machine: QMediaDevices lists none")
    cues = CuePlayer(speech_factory=ears.speech_factory, phrases=fake_phrases)
    cues.on_cue("done", None)
    effect = cues._sounds["done.wav"]
    assert isinstance(effect, QSoundEffect)
    qtbot.waitUntil(lambda: effect.status() in (QSoundEffect.Status.Ready,
                                                QSoundEffect.Status.Error), timeout=10000)
    assert effect.status() == QSoundEffect.Status.Ready
    qtbot.waitUntil(effect.isPlaying, timeout=5000)
    assert cues.sound_available and ears.said == ["Well done"]
    cues.stop()


def test_problems_say_what_cannot_play_before_any_cue(ears, qapp):
    """The player asks before it starts, so its switches never claim "on" for silence."""
    def no_device(path: Path):
        raise CapabilityMissing("no audio output device")

    def no_engine():
        raise CapabilityMissing("no text-to-speech engine is installed")

    cues = CuePlayer(sound_factory=no_device, speech_factory=no_engine, phrases=fake_phrases)
    assert cues.sound_problem() == NO_DEVICE
    assert cues.voice_problem() == NO_ENGINE
    assert not cues.sound_available and not cues.voice_available


def test_no_problem_when_both_can_play(ears, cues):
    assert cues.sound_problem() is None and cues.voice_problem() is None
    assert ears.speech_made == 1  # found out by making the engine, once
    cues.on_cue("segment", None)
    assert ears.speech_made == 1


@pytest.mark.expected_log("coach.platform.cues", match=r"the speech engine failed")
def test_a_broken_engine_is_failed_not_missing(ears, qapp):
    def broken():
        raise RuntimeError("boom")

    cues = CuePlayer(sound_factory=ears.sound_factory, speech_factory=broken,
                     phrases=fake_phrases)
    assert cues.voice_problem() == FAILED
    assert cues.sound_problem() is None


def test_the_no_audio_switch_is_reported_as_disabled(qapp):
    cues = CuePlayer()
    assert cues.sound_problem() == DISABLED and cues.voice_problem() == DISABLED

"""Sound and voice cues for the player, and silence when the machine has neither.

The player engine only says *what* happened (``cue(kind, payload)``); this module
decides what the user hears. QtMultimedia and QtTextToSpeech are slow to import
and may be missing, or have no device/engine behind them (a headless CI box, a
desktop without speech-dispatcher), so both are created on first use, and every
missing capability turns its cues into silent no-ops with one log line. A cue
must never raise into the player or open a dialog.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from coach.content.resources import asset_path

if TYPE_CHECKING:  # Qt's multimedia and speech load with the first sound or word
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

NO_AUDIO_ENV = "CALF_COACH_NO_AUDIO"
DEFAULT_LANGUAGE = "en"
VOLUME = 0.8  # the WAVs peak at -6 dBFS already; cues should sit under the voice

SOUND_FOR_KIND = {
    "segment": "tone.wav",
    "switch_sides": "switch.wav",
    "tick": "tick.wav",
    "done": "done.wav",
    # Cramp now, a hold "until it releases": a soft tick every 30 s (only when
    # the user turned cramp sounds on; the window filters).
    "relief_release_check": "tick.wav",
}
SPOKEN_KINDS = frozenset({"segment", "switch_sides", "halfway", "done"})


class Sound(Protocol):
    def play(self) -> None: ...
    def stop(self) -> None: ...
    def setVolume(self, volume: float) -> None: ...  # Qt spelling, as QSoundEffect has it


class Speech(Protocol):
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...


SoundFactory = Callable[[Path], Sound]
SpeechFactory = Callable[[], Speech]
PhraseFunction = Callable[[str, object, str], str | None]


class CapabilityMissing(Exception):
    """Raised by a factory when sound or speech simply is not there (logged at info)."""


# Why sound or voice cannot play, for the player's switches ("No sound device"
# instead of a "Sound on" that stays silent). None means it can play.
DISABLED = "disabled"  # CALF_COACH_NO_AUDIO is set
NO_DEVICE = "no_device"  # no audio output (or no QtMultimedia)
NO_ENGINE = "no_engine"  # no speech engine that works (speech-dispatcher missing or not running)
FAILED = "failed"  # it is there but failed to load


def audio_disabled_by_env() -> bool:
    """``CALF_COACH_NO_AUDIO=1`` (tests, CI, or a user who wants silence for sure)."""
    return os.environ.get(NO_AUDIO_ENV, "").strip() not in ("", "0")


class CuePlayer(QObject):
    """Turns player cues into sounds and speech, honouring the user's two switches.

    "switch_sides" is followed at once by the "segment" cue of the other side; so
    that the second does not cut the first off mid-word, the switch phrase is held
    and spoken together with the segment's ("Switch sides. Wall calf stretch, right
    leg, hold 30 seconds"), and the segment's tone is left out after the switch
    sound. A held phrase with no segment after it is spoken on the next event-loop
    turn.
    """

    def __init__(self, parent: QObject | None = None, *,
                 speech_factory: SpeechFactory | None = None,
                 sound_factory: SoundFactory | None = None,
                 phrases: PhraseFunction | None = None,
                 language: str = DEFAULT_LANGUAGE,
                 speech_engine: str | None = None) -> None:
        """``speech_engine``: the QTextToSpeech engine by name (tests use Qt's "mock",
        which speaks silently but word by word); None takes the first real one."""
        super().__init__(parent)
        self._speech_engine = speech_engine
        self._sound_factory: SoundFactory = sound_factory or self._qt_sound
        self._speech_factory: SpeechFactory = speech_factory or self._qt_speech
        self._phrases = phrases
        self._language = language
        self._sound_on = True
        self._voice_on = True
        self._sounds: dict[str, Sound | None] | None = None  # None: not created yet
        self._speech: Speech | None = None
        self._sound_missing = False
        self._voice_missing = False
        self._sound_reason = NO_DEVICE  # why, once _sound_missing is set
        self._voice_reason = NO_ENGINE
        self._after_switch = False  # the last cue was "switch_sides"
        self._held_phrase: str | None = None
        self._logged: set[str] = set()

    # ----- settings ------------------------------------------------------
    def set_sound_enabled(self, on: bool) -> None:
        self._sound_on = bool(on)
        if not on:
            self._stop_sounds()

    def set_voice_enabled(self, on: bool) -> None:
        self._voice_on = bool(on)
        if not on:
            self._held_phrase = None
            self._stop_speech()

    def set_language(self, code: str) -> None:
        """Language of the spoken phrases (and of the speech engine's voice, if it has one)."""
        self._language = code
        if self._speech is not None:
            self._apply_language(self._speech)

    @property
    def sound_available(self) -> bool:
        """False once we know sounds cannot play here."""
        return not audio_disabled_by_env() and not self._sound_missing

    @property
    def voice_available(self) -> bool:
        """False once we know nothing can speak here."""
        return not audio_disabled_by_env() and not self._voice_missing

    def sound_problem(self) -> str | None:
        """Why sound cues cannot play here (``NO_DEVICE``...), or None if they can.

        Finds out by loading the cue sounds now (they load at the first cue
        anyway), so the player can say "No sound device" before it starts.
        """
        if audio_disabled_by_env():
            return DISABLED
        if not self._sound_missing:
            self._ensure_sounds()
        return self._sound_reason if self._sound_missing else None

    def voice_problem(self) -> str | None:
        """Why spoken cues cannot play here (``NO_ENGINE``...), or None if they can.

        Creates the speech engine now (as the first spoken cue would).
        """
        if audio_disabled_by_env():
            return DISABLED
        if not self._voice_missing:
            self._ensure_speech()
        return self._voice_reason if self._voice_missing else None

    def stop(self) -> None:
        """Silence everything now (the player stopped or the window closes)."""
        self._held_phrase = None
        self._after_switch = False
        try:
            self._stop_sounds()
            self._stop_speech()
        except Exception:
            self._warn_once("stop-error", "stopping the cues failed", exc_info=True)

    # ----- cues ----------------------------------------------------------
    def on_cue(self, kind: str, payload: object) -> None:
        """Slot for ``RoutinePlayer.cue``: play and say what ``kind`` calls for."""
        try:
            self._cue(kind, payload)
        except Exception:
            self._warn_once("cue-error", "a %s cue failed; later cues carry on", kind,
                            exc_info=True)

    def _cue(self, kind: str, payload: object) -> None:
        if audio_disabled_by_env():
            self._info_once("env", "sound and voice cues are off (%s is set)", NO_AUDIO_ENV)
            return
        after_switch, self._after_switch = self._after_switch, kind == "switch_sides"
        held, self._held_phrase = self._held_phrase, None
        if not (kind == "segment" and after_switch):
            self._play(SOUND_FOR_KIND.get(kind))
        phrase = self._phrase(kind, payload) if kind in SPOKEN_KINDS else None
        if kind == "switch_sides":
            if phrase:
                self._held_phrase = phrase
                QTimer.singleShot(0, self, self._flush_held_phrase)
            return
        if held and kind == "segment":
            phrase = f"{held}. {phrase}" if phrase else held
        elif held:
            self._speak(held)
        self._speak(phrase)

    def _flush_held_phrase(self) -> None:
        held, self._held_phrase = self._held_phrase, None
        try:
            self._speak(held)
        except Exception:
            self._warn_once("cue-error", "a switch_sides cue failed; later cues carry on",
                            exc_info=True)

    def _phrase(self, kind: str, payload: object) -> str | None:
        if not (self._voice_on and self.voice_available):
            return None
        if self._phrases is None:
            from coach.engine.announce import phrase_for

            self._phrases = phrase_for
        return self._phrases(kind, payload, self._language)

    # ----- sound ---------------------------------------------------------
    def _play(self, name: str | None) -> None:
        if name is None or not (self._sound_on and self.sound_available):
            return
        effect = self._ensure_sounds().get(name)
        if effect is not None:
            effect.play()

    def _ensure_sounds(self) -> dict[str, Sound | None]:
        """Create every cue sound at the first cue, so later ones are loaded in time."""
        if self._sounds is not None:
            return self._sounds
        self._sounds = {}
        for name in sorted(set(SOUND_FOR_KIND.values())):
            path = asset_path("sounds", name)
            if not path.is_file():
                self._warn_once(f"file:{name}", "cue sound %s is missing", path)
                self._sounds[name] = None
                continue
            try:
                effect = self._sound_factory(path)
                effect.setVolume(VOLUME)
            except CapabilityMissing as exc:
                self._info_once("sound", "sound cues are off: %s", exc)
                self._sound_missing, self._sound_reason = True, NO_DEVICE
                break
            except Exception:
                self._warn_once("sound", "sound cues are off: %s could not be loaded", path,
                                exc_info=True)
                self._sound_missing, self._sound_reason = True, FAILED
                break
            self._sounds[name] = effect
        return self._sounds

    def _stop_sounds(self) -> None:
        for effect in (self._sounds or {}).values():
            if effect is not None:
                effect.stop()

    def _qt_sound(self, path: Path) -> Sound:
        """A QSoundEffect for ``path``; CapabilityMissing without QtMultimedia or a device."""
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            raise CapabilityMissing(f"QtMultimedia is not available ({exc})") from exc
        from PySide6.QtCore import QUrl

        if not QMediaDevices.audioOutputs():
            raise CapabilityMissing("no audio output device")
        effect = QSoundEffect(self)
        effect.statusChanged.connect(functools.partial(self._check_sound, effect, path))
        effect.setSource(QUrl.fromLocalFile(str(path)))
        return effect

    def _check_sound(self, effect: QSoundEffect, path: Path) -> None:
        """QSoundEffect loads asynchronously; a file it cannot decode is dropped once."""
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error and self._sounds is not None:
            self._warn_once(f"file:{path.name}", "cue sound %s could not be loaded", path)
            self._sounds[path.name] = None

    # ----- voice ---------------------------------------------------------
    def _speak(self, text: str | None) -> None:
        if not text or not (self._voice_on and self.voice_available):
            return
        engine = self._ensure_speech()
        if engine is not None:
            engine.stop()  # a new phrase replaces the old one rather than queueing behind it
            engine.say(text)

    def _ensure_speech(self) -> Speech | None:
        if self._speech is None and not self._voice_missing:
            try:
                self._speech = self._speech_factory()
                self._apply_language(self._speech)
            except CapabilityMissing as exc:
                self._info_once("voice", "voice cues are off: %s", exc)
                self._voice_missing, self._voice_reason = True, NO_ENGINE
                self._speech = None
            except Exception:
                self._warn_once("voice", "voice cues are off: the speech engine failed",
                                exc_info=True)
                self._voice_missing, self._voice_reason = True, FAILED
                self._speech = None
        return self._speech

    def _apply_language(self, engine: object) -> None:
        setter = getattr(engine, "set_language", None)
        if callable(setter):
            setter(self._language)

    def _stop_speech(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    def _qt_speech(self) -> Speech:
        """QTextToSpeech behind a small adapter; CapabilityMissing without a working engine."""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            raise CapabilityMissing(f"QtTextToSpeech is not available ({exc})") from exc
        available = QTextToSpeech.availableEngines()
        if self._speech_engine is not None:
            engines = [name for name in available if name == self._speech_engine]
        else:
            engines = [name for name in available if name != "mock"]
        if not engines:
            raise CapabilityMissing("no text-to-speech engine is installed")
        engine = QTextToSpeech(engines[0], self)
        if engine.state() == QTextToSpeech.State.Error:
            message = engine.errorString()
            engine.deleteLater()
            raise CapabilityMissing(f"speech engine {engines[0]!r}: {message}")
        return QtSpeech(engine, self._speech_failed)

    def _speech_failed(self, fatal: bool, message: str) -> None:
        self._warn_once("voice-error", "the speech engine reported: %s", message)
        if fatal:
            self._voice_missing, self._voice_reason = True, FAILED

    # ----- logging once --------------------------------------------------
    def _info_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.info(message, *args)

    def _warn_once(self, key: str, message: str, *args: object, exc_info: bool = False) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning(message, *args, exc_info=exc_info)


class QtSpeech:
    """QTextToSpeech as a ``Speech``, plus language selection and error reporting."""

    def __init__(self, engine: QTextToSpeech, on_error: Callable[[bool, str], None]) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._engine = engine
        self.engine = engine  # for tests and diagnostics: the QTextToSpeech itself
        fatal = {QTextToSpeech.ErrorReason.Initialization, QTextToSpeech.ErrorReason.Playback}
        engine.errorOccurred.connect(
            lambda reason, message: on_error(reason in fatal, message))

    def say(self, text: str) -> None:
        self._engine.say(text)

    def stop(self) -> None:
        self._engine.stop()

    def set_language(self, code: str) -> None:
        """Pick a voice locale of language ``code`` if the engine has one; else keep its own."""
        from PySide6.QtCore import QLocale

        wanted = QLocale(code).language()
        current = self._engine.locale()
        if current.language() == wanted:
            return
        for locale in self._engine.availableLocales():
            if locale.language() == wanted:
                self._engine.setLocale(locale)
                return

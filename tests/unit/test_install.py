"""The README's install lines and the bundle builder, checked where a test can check them.

CI (.ci/run) runs the two README lines for real on the distribution's Python
and builds and starts the bundle; these tests catch the mistakes that would
only show there, or on a user's machine: a line that pips into the system
Python, a Qt library the package table forgets, a pruning rule that deletes
what the app needs.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

import coach

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def load_tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build_bundle = load_tool("build_bundle")


def readme_lines() -> list[str]:
    """The first ```sh block, as .ci/run reads it."""
    block = re.search(r"^```sh\n(.*?)^```", README, re.MULTILINE | re.DOTALL)
    assert block is not None
    return block.group(1).splitlines()


# ----- the two README lines -------------------------------------------------

def test_the_install_line_uses_pipx_and_starts_coach_by_its_full_path():
    install = readme_lines()[0]
    steps = [step.strip() for step in install.split("&&")]
    assert steps[0].startswith("sudo apt-get install -y pipx ")
    assert "libxcb-cursor0" in steps[0].split()
    assert steps[1] == "pipx install --force ."
    assert steps[2] == "~/.local/bin/coach"  # ~/.local/bin is on PATH only after a new login
    assert "pip install" not in install.replace("pipx install", "")  # PEP 668


def test_the_test_line_makes_its_own_venv():
    steps = [step.strip() for step in readme_lines()[1].split("&&")]
    assert steps == ["sudo apt-get install -y python3-venv", "python3 -m venv .venv",
                     ".venv/bin/pip install -e '.[test]'", ".venv/bin/python -m pytest"]


def debian_package(soname: str) -> str:
    """Debian's name for a library package: libxcb-cursor.so.0 -> libxcb-cursor0."""
    name, version = soname.lower().split(".so.", 1)
    version = version.split(".")[0]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def test_debian_names_follow_the_soname_rule():
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"


def test_the_package_table_names_every_library_of_the_xcb_plugin():
    """Qt aborts without any one of them; the README must list each (bundled Qt's excepted)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this PySide6 has no xcb plugin (not Linux)")
    bundled = {p.name for p in (qt / "lib").iterdir()}
    system = {name for lib in (plugin, qt / "lib" / "libQt6XcbQpa.so.6")
              for name in build_bundle.needed(lib)
              if name not in bundled
              and not name.startswith(("libc.", "libm.", "libstdc++", "libgcc_s", "libglib",
                                       "libgthread"))}
    assert "libxcb-cursor.so.0" in system
    table = README[README.index("### Debian and Ubuntu packages"):]
    missing = sorted(debian_package(name) for name in system
                     if f"`{debian_package(name)}" not in table
                     and f" {debian_package(name)}" not in table)
    assert missing == []


def test_the_readme_explains_what_sound_and_voice_need():
    table = README[README.index("### Debian and Ubuntu packages"):README.index("## Standalone")]
    for needed in ("PulseAudio", "PipeWire", "speech-dispatcher", "run silently", "no voice"):
        assert needed in table


# ----- the bundle builder -----------------------------------------------------

def test_the_bundle_is_named_after_the_version_and_machine():
    assert build_bundle.version() == coach.__version__
    assert build_bundle.machine() in ("x86_64", "aarch64") or sys.platform != "linux"


def test_the_bundle_pins_what_pyproject_pins():
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    wanted = build_bundle.requirements()
    assert any(r.startswith("pyinstaller>=") for r in wanted)
    assert set(project["dependencies"]) <= set(wanted)
    assert any("PySide6-Essentials" in r and "<6.12" in r for r in wanted)


def pruned(path: str) -> bool:
    return any(re.search(pattern, path) for pattern in build_bundle.PRUNE)


@pytest.mark.parametrize("path", [
    "/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "/_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
    "/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "/_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",
    "/_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "/_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "/_internal/PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
    "/_internal/PySide6/Qt/lib/libQt6Widgets.so.6",
    "/_internal/PySide6/Qt/lib/libQt6Svg.so.6",
    "/_internal/PySide6/Qt/lib/libQt6TextToSpeech.so.6",
    "/_internal/PySide6/Qt/lib/libQt6DBus.so.6",
    "/_internal/coach/assets/illustrations/wall-calf-stretch.svg",
    "/_internal/coach/translations/calf_coach_ru.qm",
])
def test_pruning_keeps_what_the_app_uses(path):
    assert not pruned(path)


@pytest.mark.parametrize("path", [
    "/_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "/_internal/PySide6/Qt/lib/libQt6Quick.so.6",
    "/_internal/PySide6/Qt/lib/libQt6Qml.so.6",
    "/_internal/PySide6/Qt/lib/libQt63DRender.so.6",
    "/_internal/PySide6/Qt/lib/libQt6Pdf.so.6",
    "/_internal/PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "/_internal/PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "/_internal/PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "/_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "/_internal/PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so",
])
def test_pruning_drops_the_parts_the_app_never_loads(path):
    assert pruned(path)


def fake_library(path: Path) -> None:
    """An ELF header with no dynamic section: a library that needs nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(57))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_libraries_nothing_links_to_are_dropped(tmp_path):
    import PySide6

    real_plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    bundle = tmp_path / "calf-coach"
    plugin = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    shutil.copyfile(real_plugin, plugin)  # a root: it links to libxcb-cursor.so.0
    fake_library(bundle / "_internal" / "libxcb-cursor.so.0")
    fake_library(bundle / "_internal" / "libpango-1.0.so.0")  # only GTK's theme needed it
    saved = build_bundle.drop_unreferenced(bundle)
    assert (bundle / "_internal" / "libxcb-cursor.so.0").exists()
    assert not (bundle / "_internal" / "libpango-1.0.so.0").exists()
    assert saved == 64
    assert plugin.exists()


def test_needed_reads_the_libraries_an_elf_file_links_to(tmp_path):
    import PySide6

    core = next(Path(PySide6.__file__).parent.glob("QtCore.*so"), None)
    if core is None:
        pytest.skip("no ELF PySide6 here")
    assert "libQt6Core.so.6" in build_bundle.needed(core)
    text = tmp_path / "not-elf"
    text.write_text("hello")
    assert build_bundle.needed(text) == []

#!/usr/bin/env python3
"""Build the standalone Linux bundle: ``dist/calf-coach-<version>-linux-x86_64.tar.gz``.

    python3 tools/build_bundle.py            # build, prune, pack, report the size
    python3 tools/build_bundle.py --check    # also run the unpacked bundle's smoke test

Why a bundle: the people this app is for should not need to know what Python,
pip or a virtual environment is. The tarball unpacks into ``calf-coach/`` and
``calf-coach/calf-coach`` runs with no Python on the machine at all.

Why PyInstaller: it is the bundler Qt for Python's own documentation covers
first, it ships maintained hooks for PySide6 (each imported Qt module brings
its libraries and plugins, nothing else), builds a plain folder that starts
without unpacking to /tmp (``--onedir``), and is released every few weeks.
``pyside6-deploy`` (Nuitka) needs a C compiler and takes many minutes;
Briefcase and AppImage need more tooling on the build machine.

How: the script makes its own virtual environment (``build/bundle-venv``)
with the distribution's ``python3`` (PEP 668 forbids installing into it),
installs PyInstaller and the app's runtime dependencies there, freezes a
two-line entry point with the checkout's ``coach`` package, adds the data the
package needs beside it (assets, routines, the compiled translations), drops
Qt parts the app never loads, and packs the folder. The bundle is for the
machine architecture it is built on; only Linux x86_64 is built and tested.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "calf-coach"
#: The compressed size we promise in the README.
SIZE_GOAL_MB = 120

#: Python modules the app never imports. PyInstaller only follows imports, but
#: naming these keeps a future stray import (or a hook) from pulling in the
#: large Qt parts: WebEngine, QML/Quick, 3D, charts, PDF, designer...
EXCLUDED_MODULES = (
    "tkinter", "unittest", "pydoc", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtQuickWidgets", "PySide6.QtQuick3D", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.Qt3DExtras", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtNfc", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtStateMachine", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtHttpServer",
    "PySide6.QtSpatialAudio", "PySide6.QtMultimediaWidgets", "PySide6.QtPrintSupport",
    "PySide6.QtConcurrent", "PySide6.QtSvgWidgets",
)

#: Files removed from the frozen folder after PyInstaller: Qt libraries and
#: plugins dragged in as dependencies of the ones we use but never loaded by
#: this app (it draws with widgets, plays sounds, speaks, talks to D-Bus and a
#: local socket). Matched against the path inside the bundle.
PRUNE = (
    r"libQt6(Qml|Quick|WebEngine|3D|Pdf|Charts|DataVis|Graphs|Designer|Location|Positioning"
    r"|Sensors|Bluetooth|Nfc|VirtualKeyboard|Lottie|Labs|ShaderTools|SpatialAudio)[^/]*$",
    r"/qml/", r"/plugins/(qmltooling|qmllint|sceneparsers|geometryloaders|renderers|"
    r"renderplugins|assetimporters|designer|webview|geoservices|position|sensors|canbus|"
    r"sqldrivers|scxmldatamodel|printsupport|generic|egldeviceintegrations|"
    r"wayland-graphics-integration-server)/",
    r"/plugins/texttospeech/[^/]*mock[^/]*$",
    # No network (only a local socket), no virtual keyboard, no KMS/VNC/framebuffer.
    r"/plugins/(tls|networkinformation)/", r"/libqtvirtualkeyboardplugin\.so$",
    r"/plugins/platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.so$",
    r"libQt6EglFs[^/]*$", r"libQt6EglFSDeviceIntegration[^/]*$",
    # Icons and illustrations are SVG; keep the everyday bitmap formats only.
    r"/plugins/imageformats/libq(icns|tga|tiff|wbmp|webp|pdf)\.so$",
    # The GTK theme plugin would load the desktop's GTK 3 against the build
    # machine's cairo and pango (PyInstaller bundles those): mixing versions
    # can crash. Without it Qt draws with its own style and the desktop's fonts.
    r"/plugins/platformthemes/libqgtk3\.so$",
    r"/translations/qtwebengine[^/]*$", r"/resources/qtwebengine[^/]*$",
    r"/libexec/QtWebEngineProcess$",
)

ENTRY = '''"""Frozen entry point: the same as the `coach` command."""
import os
import sys

if not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")):
    # A bare environment (env -i, some launchers) means the C locale, and Qt
    # then prints a warning about UTF-8 on every start: use C.UTF-8 as Qt would.
    os.environ["LC_CTYPE"] = "C.UTF-8"

from coach.app import main

sys.exit(main())
'''


def version() -> str:
    text = (ROOT / "coach" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("coach/__init__.py has no __version__")
    return found.group(1)


def requirements() -> list[str]:
    """The app's runtime dependencies and the bundler, as pyproject.toml pins them."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    return [*project["optional-dependencies"]["bundle"], *project["dependencies"]]


def machine() -> str:
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(platform.machine().lower(),
                                                        platform.machine().lower())


def say(text: str) -> None:
    print(f"build_bundle: {text}", flush=True)


def run(argv: list[str], **kwargs: object) -> None:
    """Run one step; a failed step ends the build with a plain message, not a traceback."""
    say("$ " + " ".join(argv))
    result = subprocess.run(argv, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise SystemExit(f"build_bundle: that step failed (exit {result.returncode})")


def build_env(venv: Path) -> Path:
    """A virtual environment with PyInstaller and the app's dependencies; its python."""
    python = venv / "bin" / "python"
    if not python.exists():
        run([sys.executable, "-m", "venv", str(venv)])
    run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         *requirements()])
    return python


def freeze(python: Path, work: Path) -> Path:
    """Run PyInstaller; return the frozen folder."""
    entry = work / "calf_coach_main.py"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(ENTRY, encoding="utf-8")
    sep = os.pathsep
    data = [(ROOT / "assets", "coach/assets"), (ROOT / "routines", "coach/routines"),
            (ROOT / "coach" / "translations", "coach/translations")]
    argv = [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--onedir", "--windowed", "--name", NAME,
            "--distpath", str(work / "dist"), "--workpath", str(work / "pyi"),
            "--specpath", str(work), "--paths", str(ROOT),
            # Imported lazily inside functions: name the whole package.
            "--collect-submodules", "coach"]
    for module in EXCLUDED_MODULES:
        argv += ["--exclude-module", module]
    for source, target in data:
        argv += ["--add-data", f"{source}{sep}{target}"]
    argv.append(str(entry))
    run(argv, cwd=work)
    return work / "dist" / NAME


def prune(folder: Path) -> int:
    """Delete the Qt parts in PRUNE; return the bytes saved."""
    patterns = [re.compile(p) for p in PRUNE]
    saved = 0
    for path in sorted(folder.rglob("*"), reverse=True):
        relative = "/" + path.relative_to(folder).as_posix()
        if path.is_symlink() or path.is_file():
            if any(p.search(relative) for p in patterns):
                saved += path.lstat().st_size
                path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return saved


def needed(path: Path) -> list[str]:
    """The libraries an ELF file links to (its DT_NEEDED names), read from the file itself.

    64-bit little-endian only (x86_64, aarch64); anything else gives [].
    """
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for index in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + index * phentsize)
        if kind == 1:  # PT_LOAD: maps file offsets to addresses
            loads.append((vaddr, offset, filesz))
        elif kind == 2:  # PT_DYNAMIC
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    names, strtab = [], None
    for at in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", data, at)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED: an offset into the string table
            names.append(value)
        elif tag == 5:  # DT_STRTAB: an address
            strtab = next((value - vaddr + offset for vaddr, offset, size in loads
                           if vaddr <= value < vaddr + size), None)
    if strtab is None:
        return []
    return [data[strtab + n:data.index(b"\0", strtab + n)].decode() for n in names]


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def drop_unreferenced(folder: Path) -> int:
    """Delete bundled libraries that nothing left in the bundle links to; return bytes saved.

    Pruning Qt plugins leaves the libraries only they needed (GTK's cairo
    and pango, Qt's EGLFS support...). Everything that is loaded directly
    (the executable, Python extension modules, Qt plugins) is a root; the
    shared libraries PyInstaller put beside them are kept only when a root
    needs them, directly or through another kept library.
    """
    internal = folder / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    candidates: dict[str, list[Path]] = {}
    roots: list[Path] = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        library = path.parent in (internal, qt_lib) and path.name.startswith("lib") \
            and not path.name.startswith(("libpython", "libpyside", "libshiboken"))
        if library:
            candidates.setdefault(path.name, []).append(path)
        else:
            roots.append(path)
    for link in internal.glob("lib*.so*"):  # PyInstaller links Qt's libraries here
        if link.is_symlink():
            candidates.setdefault(link.name, []).append(link)
    kept: set[str] = set()
    todo = [name for root in roots for name in needed(root)]
    while todo:
        name = todo.pop()
        if name in kept or name not in candidates:
            continue
        kept.add(name)
        for path in candidates[name]:
            target = path.resolve() if path.is_symlink() else path
            todo.extend(needed(target))
    saved = 0
    for name, paths in candidates.items():
        if name in kept:
            continue
        for path in paths:
            saved += path.lstat().st_size
            path.unlink()
    return saved


def pack(folder: Path, tarball: Path) -> None:
    tarball.parent.mkdir(parents=True, exist_ok=True)
    partial = tarball.with_name(tarball.name + ".part")

    def owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=NAME, filter=owned_by_nobody)
    partial.replace(tarball)


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv",
                        help="where the build environment lives (reused between builds)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the tarball")
    parser.add_argument("--check", action="store_true",
                        help="then run tools/check_bundle.sh on the tarball")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        say("only Linux bundles are built by this script (see the README)")
        return 2
    started = time.monotonic()
    work = ROOT / "build" / "bundle"
    shutil.rmtree(work, ignore_errors=True)
    python = build_env(args.venv)
    folder = freeze(python, work)
    saved = prune(folder)
    saved += drop_unreferenced(folder)
    tarball = args.out / f"{NAME}-{version()}-linux-{machine()}.tar.gz"
    pack(folder, tarball)
    compressed = size_mb(tarball)
    say(f"pruned {saved / 1e6:.1f} MB of unused Qt parts")
    say(f"unpacked size: {size_mb(folder):.1f} MB")
    say(f"compressed size: {compressed:.1f} MB (goal <= {SIZE_GOAL_MB} MB): {tarball}")
    say(f"took {time.monotonic() - started:.0f} s")
    if compressed > SIZE_GOAL_MB:
        say(f"the bundle is larger than the {SIZE_GOAL_MB} MB goal")
        return 1
    if args.check:
        run(["bash", str(ROOT / "tools" / "check_bundle.sh"), str(tarball)])
    return 0


if __name__ == "__main__":
    sys.exit(main())

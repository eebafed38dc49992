"""Builds Afterview with PyInstaller (one folder) and, on Linux, packs it with its desktop
integration into ``dist/afterview-<version>-linux-<machine>.tar.gz``. ``make package`` runs it.

The archive holds one folder, ``afterview-<version>/``, with the app (``afterview/``), the menu
entry and ``install.sh`` / ``uninstall.sh``: unpack, run ``./install.sh``, done.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from afterview import __version__  # noqa: E402

LINUX_FILES = ("install.sh", "uninstall.sh", "afterview.desktop")
README = """Afterview {version}

Install it for yourself (no administrator rights needed):

    ./install.sh

Afterview then appears in your applications menu. To remove it later: ~/.local/opt/afterview/uninstall.sh
(your data stays). Or run it without installing: ./afterview/afterview
"""


def build_bundle(work: Path) -> Path:
    """The one-folder app, built afresh; returns its folder."""
    import PyInstaller.__main__

    bundle_parent = work / "bundle"
    PyInstaller.__main__.run([
        str(ROOT / "packaging" / "afterview.spec"), "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(bundle_parent), "--workpath", str(work / "pyinstaller"),
    ])  # fmt: skip
    return bundle_parent / "afterview"


def archive_name() -> str:
    return f"afterview-{__version__}-linux-{platform.machine()}"


def pack(bundle: Path, dist: Path) -> Path:
    """The Linux archive: the app, its menu entry, the install and uninstall scripts, a README."""
    name = archive_name()
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{name}.tar.gz"
    partial = target.with_suffix(".partial")
    with tarfile.open(partial, "w:gz") as archive:
        archive.add(bundle, arcname=f"{name}/afterview")
        for file in LINUX_FILES:
            archive.add(ROOT / "packaging" / "linux" / file, arcname=f"{name}/{file}")
        readme = dist / "README.txt"
        readme.write_text(README.format(version=__version__), encoding="utf-8")
        archive.add(readme, arcname=f"{name}/README.txt")
        readme.unlink()
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the archive goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="build folder (default: build/)")
    args = parser.parse_args(argv)
    bundle = build_bundle(args.work)
    if not sys.platform.startswith("linux"):
        print(f"Built {bundle}. Make the installer as packaging/README.md describes.")
        return 0
    target = pack(bundle, args.dist)
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"Built {target} (the app: {size / 1e6:.1f} MB unpacked).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

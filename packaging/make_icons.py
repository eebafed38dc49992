"""Makes the Windows (.ico) and macOS (.icns) icons from the PNG sizes in resources/icons.

Run it after changing the icon (it needs Pillow: `pip install pillow`); the results are committed,
so building the app does not need Pillow.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> None:
    largest = Image.open(ICONS / "afterview-256.png").convert("RGBA")
    largest.save(ICONS / "afterview.ico", sizes=[(size, size) for size in (16, 24, 32, 48, 64, 128, 256)])
    # The macOS sizes above 256 are scaled up from the largest drawing we have.
    largest.resize((512, 512), Image.Resampling.LANCZOS).save(ICONS / "afterview.icns")
    print(f"Wrote {ICONS / 'afterview.ico'} and {ICONS / 'afterview.icns'}")


if __name__ == "__main__":
    main()

"""The packaging files that cannot be built here (Windows, macOS) are kept right by reading them:
their version, names and paths must agree with the app's own."""

from __future__ import annotations

import re
from pathlib import Path

from afterview import APP_NAME, __version__
from afterview.autostart import MAC_LABEL, RUN_KEY

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ROOT = PACKAGING.parent


def test_the_windows_installer_matches_the_app() -> None:
    script = (PACKAGING / "windows" / "afterview.iss").read_text(encoding="utf-8")
    version = re.search(r'#define AppVersion "([^"]+)"', script)
    assert version is not None and version.group(1) == __version__
    assert f'#define AppName "{APP_NAME}"' in script
    # The "start at login" task writes the very value the app's setting reads and removes.
    assert f'Subkey: "{RUN_KEY}"' in script and 'ValueName: "{#AppName}"' in script
    assert "PrivilegesRequired=lowest" in script and "{userprograms}" in script
    for source in re.findall(r'(?:Source|SetupIconFile)[:=]\s*"?([^";\r\n]+)', script):
        local = source.split("*")[0].replace("\\", "/")
        assert (PACKAGING / "windows" / local).resolve().is_relative_to(ROOT), source


def test_the_spec_names_the_icons_the_bundle_id_and_the_hidden_imports() -> None:
    spec = (PACKAGING / "afterview.spec").read_text(encoding="utf-8")
    for icon in ("afterview.ico", "afterview.icns"):
        assert icon in spec and (ROOT / "resources" / "icons" / icon).stat().st_size > 1000
    assert f'bundle_identifier="{MAC_LABEL}"' in spec
    for backend in ("plyer.platforms.linux.notification", "plyer.platforms.win.notification",
                    "plyer.platforms.macosx.notification", '"dbus"'):  # fmt: skip
        assert backend in spec

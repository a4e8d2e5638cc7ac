"""Linux desktop integration files validate with the freedesktop tools."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from caseconf_desktop import APP_ID, __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_validates_offline() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        check=False,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_id_and_current_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions, "add a <release> for the package version"
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]


def test_icons_exist_in_svg_and_png_sizes() -> None:
    icons = Path(__file__).resolve().parents[2] / "resources" / "icons"
    assert (icons / "caseconf.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 32, 48, 64, 128, 256, 512):
        data = (icons / f"caseconf-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == size

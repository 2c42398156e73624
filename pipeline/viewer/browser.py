"""Drive a real headless Chromium over an exported viewer page: read its DOM, take a screenshot.

Used by the viewer's browser test and by ``make demo`` (the README screenshot). Only the system's
Chromium is used (Debian package ``chromium``); nothing is downloaded. Each run gets a fresh
profile directory and the flags that keep Chromium off the network. ``--virtual-time-budget`` lets
the page's scripts (the layout) finish before the DOM is dumped or the screenshot taken.

    python -m pipeline.viewer.browser screenshot PAGE.html OUT.png [--select NODE-ID | --select-richest]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from pipeline.graph_view import STRUCTURE

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
ENV_VAR = "ANODEKG_CHROMIUM"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio")


class BrowserError(RuntimeError):
    """Chromium is missing, failed or timed out."""


def find_chromium() -> str | None:
    """$ANODEKG_CHROMIUM, else the first Chromium on PATH, else /usr/bin/chromium if it exists."""
    given = os.environ.get(ENV_VAR)
    if given:
        return given if Path(given).exists() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@dataclass(frozen=True, slots=True)
class Page:
    """An exported viewer page and the state to open it in (a URL fragment the page reads)."""

    path: Path
    fragment: dict[str, str] | None = None

    @property
    def url(self) -> str:
        url = self.path.resolve().as_uri()
        if self.fragment:
            url += "#" + "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in self.fragment.items())
        return url


def _run(page: Page, *args: str, timeout: float = 120.0, budget_ms: int = 20000) -> str:
    chromium = find_chromium()
    if chromium is None:
        raise BrowserError("Chromium is not installed (Debian: apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="anodekg-chromium-") as profile:
        command = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}",
                   *args, page.url]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise BrowserError(f"Chromium did not finish within {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise BrowserError(f"Chromium exited with {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout


def dump_dom(page: Page) -> str:
    """The page's DOM after its scripts ran, serialised as HTML."""
    return _run(page, "--dump-dom")


def screenshot(page: Page, out: Path, size: tuple[int, int] = (1400, 850)) -> Path:
    """A PNG of the page as a user would see it in a window of ``size`` pixels."""
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    _run(page, f"--window-size={size[0]},{size[1]}", f"--screenshot={out}")
    if not out.exists() or out.stat().st_size == 0:
        raise BrowserError(f"Chromium wrote no screenshot to {out}")
    return out


def shrink_png(path: Path, colours: int = 128) -> Path:
    """Re-save a screenshot with an adaptive palette: a third of the size, for images kept in git."""
    from PIL import Image
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)
    return path


def element_text(dom: str, element_id: str) -> str | None:
    """The text inside the element with this id (no nested tags), or None."""
    match = re.search(rf'id="{re.escape(element_id)}"[^>]*>([^<]*)<', dom)
    return match[1] if match else None


def richest_structure(page: Path) -> str | None:
    """The id of the structure with the most figures in an exported page (for a telling screenshot)."""
    match = re.search(r'<script type="application/json" id="akg-data">(.*?)</script>', page.read_text(encoding="utf-8"),
                      re.DOTALL)
    if not match:
        return None
    nodes = json.loads(match[1])["elements"]["nodes"]
    structures = [n["data"] for n in nodes if n["data"].get("type") == STRUCTURE]
    return max(structures, key=lambda d: (d.get("figures", 0), d["id"]))["id"] if structures else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.viewer.browser", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["screenshot", "dom"])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--select", help="id (IRI) of the node to click before the screenshot")
    parser.add_argument("--select-richest", action="store_true", help="click the structure with the most figures")
    parser.add_argument("--small", action="store_true", help="save the PNG with a 128-colour palette")
    parser.add_argument("--optional", action="store_true", help="exit 0 with a note when Chromium is missing")
    args = parser.parse_args(argv)
    if find_chromium() is None and args.optional:
        print("no Chromium here: skipped the viewer screenshot (apt-get install -y chromium)", file=sys.stderr)
        return 0
    chosen = richest_structure(args.page) if args.select_richest else args.select
    page = Page(args.page, {"select": chosen} if chosen else None)
    try:
        if args.action == "dom":
            sys.stdout.write(dump_dom(page))
        else:
            shot = screenshot(page, args.out or args.page.with_suffix(".png"))
            print(shrink_png(shot) if args.small else shot, file=sys.stderr)
    except BrowserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Drive a real headless Chromium over an exported viewer page: read its DOM, take a screenshot.

Used by the viewer's browser test and by ``make demo`` (the README screenshot). Only the system's
Chromium is used (Debian package ``chromium``); nothing is downloaded. Each run gets a fresh
profile directory and the flags that keep Chromium off the network. ``--virtual-time-budget`` lets
the page's scripts (the layout) finish before the DOM is dumped or the screenshot taken.

    python -m pipeline.viewer.browser screenshot PAGE.html OUT.png [--select NODE-ID | --select-richest | --table PROPERTY]
"""

from __future__ import annotations

import argparse
import contextlib
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


def table_screenshot(page: Page, out: Path, sort: str, size: tuple[int, int] = (1400, 850)) -> Path:
    """A PNG of the page's comparison table, sorted by ``sort`` (clicked, as a user would)."""
    with Session(size) as browser:
        browser.open(page, "document.body.dataset.ready === 'true'")
        browser.click("#view-table")
        browser.click(f'#comparison th[data-key="{sort}"]')
        return browser.screenshot(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.viewer.browser", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["screenshot", "dom"])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--select", help="id (IRI) of the node to click before the screenshot")
    parser.add_argument("--select-richest", action="store_true", help="click the structure with the most figures")
    parser.add_argument("--table", metavar="PROPERTY", help="show the comparison table, sorted by PROPERTY")
    parser.add_argument("--small", action="store_true", help="save the PNG with a 128-colour palette")
    parser.add_argument("--optional", action="store_true", help="exit 0 with a note when Chromium is missing")
    args = parser.parse_args(argv)
    if find_chromium() is None and args.optional:
        print("no Chromium here: skipped the viewer screenshot (apt-get install -y chromium)", file=sys.stderr)
        return 0
    chosen = richest_structure(args.page) if args.select_richest else args.select
    page = Page(args.page, {"select": chosen} if chosen else None)
    try:
        if args.table:
            shot = table_screenshot(Page(args.page), args.out or args.page.with_suffix(".png"), args.table)
            print(shrink_png(shot) if args.small else shot, file=sys.stderr)
            return 0
        if args.action == "dom":
            sys.stdout.write(dump_dom(page))
        else:
            shot = screenshot(page, args.out or args.page.with_suffix(".png"))
            print(shrink_png(shot) if args.small else shot, file=sys.stderr)
    except BrowserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0



# ---------------------------------------------------------------- an interactive session (DevTools)
class Session:
    """A real headless Chromium driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``):
    open a page, click what a user clicks, type, read the DOM, take screenshots, catch downloads.

    No driver or client library is needed: Chromium reads JSON commands on its fd 3 and answers on
    fd 4, each message ending with a NUL byte.

        with Session() as browser:
            browser.open(Page(path), ready="document.body.dataset.ready === 'true'")
            browser.click("#view-table")
    """

    def __init__(self, size: tuple[int, int] = (1400, 850), timeout: float = 60.0) -> None:
        self.size = size
        self.timeout = timeout
        self._next = 0
        self._buffer = b""
        self.events: list[dict] = []

    def __enter__(self) -> Session:
        import fcntl
        chromium = find_chromium()
        if chromium is None:
            raise BrowserError("Chromium is not installed (Debian: apt-get install -y chromium)")
        self._profile = tempfile.TemporaryDirectory(prefix="anodekg-chromium-")
        commands_r, self._commands = os.pipe()
        self._answers, answers_w = os.pipe()

        def wire() -> None:                       # in the child: our pipes become its fds 3 and 4
            high_r = fcntl.fcntl(commands_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(answers_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self._process = subprocess.Popen(
            [chromium, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self._profile.name}",
             f"--window-size={self.size[0]},{self.size[1]}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4), preexec_fn=wire)  # noqa: PLW1509 - fds must be wired before exec
        os.close(commands_r)
        os.close(answers_w)
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page.enable", "Runtime.enable"):
            self.send(domain)
        self.send("Emulation.setDeviceMetricsOverride", {"width": self.size[0], "height": self.size[1],
                                                         "deviceScaleFactor": 1, "mobile": False})
        return self

    def __exit__(self, *exc_info: object) -> None:
        with contextlib.suppress(BrowserError, OSError):
            self.call("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._commands)
        os.close(self._answers)
        self._profile.cleanup()

    # -- the protocol
    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        """Send one command and wait for its answer (events that arrive meanwhile are kept)."""
        import select
        import time
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                answer = json.loads(raw)
                if answer.get("id") == self._next:
                    if "error" in answer:
                        raise BrowserError(f"{method}: {answer['error'].get('message')}")
                    return answer.get("result", {})
                if "method" in answer:
                    self.events.append(answer)
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._answers], [], [], left)[0]:
                raise BrowserError(f"Chromium did not answer {method} within {self.timeout:.0f} s")
            chunk = os.read(self._answers, 1 << 20)
            if not chunk:
                raise BrowserError(f"Chromium exited during {method}")
            self._buffer += chunk

    def send(self, method: str, params: dict | None = None) -> dict:
        """A command to the page."""
        return self.call(method, params, self._session)

    # -- what a user does
    def evaluate(self, expression: str) -> object:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        answer = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in answer:
            detail = answer["exceptionDetails"]
            raise BrowserError(f"{expression[:60]}: {detail.get('exception', {}).get('description', detail)}")
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> object:
        """Poll ``expression`` until it is truthy; BrowserError past the timeout."""
        import time
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            try:
                value = self.evaluate(expression)
            except BrowserError:          # a page between two documents: its context is gone for a moment
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"waited in vain for {expression}")
            time.sleep(0.02)

    def open(self, page: Page | str, ready: str = "document.readyState === 'complete'") -> None:
        """Load a page (a ``Page`` or a URL) and wait until ``ready`` holds."""
        self.send("Page.navigate", {"url": page.url if isinstance(page, Page) else page})
        self.wait_for(f"document.readyState !== 'loading' && location.href !== 'about:blank' && !!({ready})")

    def center(self, selector: str) -> tuple[float, float]:
        box = self.evaluate(f"(function () {{ var e = document.querySelector({json.dumps(selector)});"
                            " if (!e) return null; e.scrollIntoView({block: 'center', inline: 'center'});"
                            " var r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }())")
        if not box:
            raise BrowserError(f"nothing on the page matches {selector}")
        return float(box[0]), float(box[1])

    def click_at(self, x: float, y: float) -> None:
        """A real mouse click (move, press, release) at viewport coordinates."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def click(self, selector: str) -> None:
        self.click_at(*self.center(selector))

    def hover(self, selector: str) -> None:
        x, y = self.center(selector)
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def type(self, selector: str, text: str) -> None:
        """Focus a field, clear it, and type ``text`` as keyboard input."""
        self.click(selector)
        self.evaluate(f"document.querySelector({json.dumps(selector)}).select && "
                      f"document.querySelector({json.dumps(selector)}).select()")
        self.send("Input.insertText", {"text": text})

    def choose(self, selector: str, value: str) -> None:
        """Pick an option of a <select>, as a user's choice does (a change event)."""
        self.evaluate(f"(function () {{ var s = document.querySelector({json.dumps(selector)}); s.focus();"
                      f" s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change', {{bubbles: true}})); }}())")

    def screenshot(self, out: Path) -> Path:
        import base64
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(data))
        return out

    def downloads_to(self, folder: Path) -> None:
        """Save downloads into ``folder`` (a user's download directory)."""
        self.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder),
                                                  "eventsEnabled": True})


if __name__ == "__main__":
    sys.exit(main())

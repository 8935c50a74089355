"""Fixtures for the browser tests: a database built from the sample articles,
Datasette serving it on 127.0.0.1 in a subprocess, and headless Chromium.

The browser is Debian's ``chromium`` (``/usr/bin/chromium``) driven through
Playwright's Python package; ``scripts/setup`` installs it when it can. Where it
is missing the tests are skipped with the reason.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("QUOTES_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SERVER_START_TIMEOUT = 60.0


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def quotes_command() -> list[str]:
    """How to run the ``quotes`` CLI of this checkout."""
    return [sys.executable, "-m", "quotes"]


def wait_for_http(
    url: str, *, process: subprocess.Popen, log: Path, timeout: float = SERVER_START_TIMEOUT
) -> None:
    """Wait until ``url`` answers, failing early (with the server's log) if ``process`` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(errors="replace")
            raise RuntimeError(f"server exited with {process.returncode}: {output[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server did not answer {url} within {timeout:.0f}s")


def serve(db: Path, port: int, log: Path) -> subprocess.Popen:
    """Start ``quotes serve`` for ``db`` on 127.0.0.1:``port`` in a subprocess,
    its output going to ``log``."""
    command = [*quotes_command(), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    with log.open("w") as output:
        return subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: run scripts/setup as root with apt "
            f"(it installs Debian's chromium) or set QUOTES_CHROMIUM"
        )
    return CHROMIUM


@pytest.fixture(scope="session")
def seeds_db(sample_db) -> Path:
    """The database built from the sample articles (the shared ``sample_db``)."""
    return sample_db


@pytest.fixture(scope="session")
def base_url(seeds_db, tmp_path_factory) -> str:
    """Datasette serving the sample database on 127.0.0.1, for the whole session."""
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "serve.log"
    process = serve(seeds_db, port, log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/-/versions.json", process=process, log=log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser(chromium_path):
    """Headless Chromium for one test module. Playwright's sync API keeps an
    asyncio loop running in this thread while it is open, which makes every
    later ``asyncio.run()`` fail: close it with the module, not the session."""
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    try:
        yield page
    finally:
        context.close()

"""Fixtures for the browser tests: a database built from the sample articles,
Datasette serving it on 127.0.0.1 in a subprocess, and headless Chromium.

The browser is Debian's ``chromium`` (``/usr/bin/chromium``) driven through
Playwright's Python package; ``scripts/setup`` installs it when it can. Where it
is missing the tests are skipped with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotes.web.publish import running_server

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


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: run scripts/setup as root with apt "
            f"(it installs Debian's chromium) or set QUOTES_CHROMIUM"
        )
    return CHROMIUM


@pytest.fixture(scope="session")
def base_url(sample_db, tmp_path_factory) -> Iterator[str]:
    """``quotes serve`` publishing the sample database on 127.0.0.1, for the whole session."""
    log_path = tmp_path_factory.mktemp("server") / "serve.log"
    with running_server(sample_db, log_path=log_path) as server:
        yield server.url


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

"""Fixtures shared by the site tests: one strict build per session, a
loopback HTTP server over it, and one Chromium for every browser test."""

import functools
import http.server
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from chromium import CHROMIUM_ARGS, chromium_path, guarded_context

ROOT = Path(__file__).resolve().parent.parent
LANGS = {"zh": "", "en": "en/"}  # language -> URL prefix under the site root


@dataclass
class BuiltSite:
    path: Path  # the site root; English lives in path / "en"
    log: str    # everything `mkdocs build` printed

    def pages(self, lang):
        """HTML pages of one language, as paths relative to that language's root."""
        root = self.path / LANGS[lang]
        found = sorted(p.relative_to(root) for p in root.rglob("*.html"))
        return [p for p in found if lang != "zh" or p.parts[0] != "en"]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{log}", pytrace=False)
    return BuiltSite(site, log)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_server(built_site):
    """Serve the built site on 127.0.0.1 (a free port); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(built_site.path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session. A missing browser fails, loudly."""
    executable = chromium_path()
    if executable is None:
        pytest.fail("Chromium not found: install Debian's chromium-headless-shell (or chromium): "
                    "apt-get install -y chromium-headless-shell; .ci/run does this", pytrace=False)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    """A fresh desktop context whose requests stay on 127.0.0.1."""
    with guarded_context(browser) as context:
        yield context


@pytest.fixture(scope="session", autouse=True)
def page_checks(request):
    """test_pages.py's browser pass, started once the site is built.

    It runs in a worker thread (with its own Playwright) beside the other
    tests and yields a Future of its findings; only when test_pages.py is
    part of the run."""
    if not any(item.nodeid.startswith(PAGE_TESTS) for item in request.session.items):
        yield None
        return
    from test_pages import check_every_page
    site_server = request.getfixturevalue("site_server")
    with ThreadPoolExecutor(1, thread_name_prefix="page-checks") as pool:
        yield pool.submit(check_every_page, site_server)


PAGE_TESTS = "tests/test_pages.py"


def pytest_collection_modifyitems(items):
    # The page tests wait for the background pass, so they go last.
    items.sort(key=lambda item: item.nodeid.startswith(PAGE_TESTS))


def pytest_report_header():
    return f"browser tests: {chromium_path() or 'NO CHROMIUM FOUND (browser tests will fail)'}"

"""Fixtures shared by the site tests: one strict build per session, a
loopback HTTP server over it, the every-page browser pass, and one Chromium
for the other browser tests."""

import functools
import http.server
import os
import subprocess
import sys
import tempfile
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


def build_site(site: Path) -> tuple[BuiltSite, str | None]:
    """A strict build into site; (the site, None) or (the site, the failure)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    log = proc.stdout + proc.stderr
    return BuiltSite(site, log), (None if proc.returncode == 0 else f"mkdocs build --strict failed:\n{log}")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class SiteJobs:
    """The strict build, a loopback server over it, and test_pages.py's browser
    pass, run in one worker thread from the start of the session.

    Collection alone (torch and TensorFlow are imported) keeps one core busy
    for several seconds; the build and the page pass, the slowest part of the
    suite, use the other one meanwhile and then run beside the other tests.
    """

    def __init__(self):
        self.dir = tempfile.TemporaryDirectory(prefix="site-")
        handler = functools.partial(_QuietHandler, directory=self.dir.name)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="site")
        self.built = self.pool.submit(build_site, Path(self.dir.name))
        self.pages = None

    def start_page_checks(self):
        if self.pages is None:
            from test_pages import check_every_page
            self.pages = self.pool.submit(self._checked_pages, check_every_page)
        return self.pages

    def _checked_pages(self, check_every_page):
        site, failure = self.built.result()
        if failure:
            raise RuntimeError("no page checks: the build failed")
        return check_every_page(self.url)

    def close(self):
        self.pool.shutdown(cancel_futures=True)
        self.server.shutdown()
        self.server.server_close()
        self.dir.cleanup()


PAGE_TESTS = ROOT / "tests" / "test_pages.py"
JOBS = None


def pytest_sessionstart(session):
    global JOBS
    JOBS = SiteJobs()
    # Start the page pass now when the run will include it, as the default run
    # does; with a selection (-k, -m, --deselect) or --collect-only, the page_checks fixture starts
    # it once a page test asks.
    options = session.config.option
    args = [Path(a.split("::")[0]).resolve() for a in session.config.args]
    selecting = options.keyword or options.markexpr or options.deselect or options.collectonly
    if not selecting and any(a == PAGE_TESTS or a in PAGE_TESTS.parents for a in args):
        JOBS.start_page_checks()


def pytest_sessionfinish(session):
    if JOBS is not None:
        JOBS.close()


@pytest.fixture(scope="session")
def built_site() -> BuiltSite:
    site, failure = JOBS.built.result()
    if failure:
        pytest.fail(failure, pytrace=False)
    return site


@pytest.fixture(scope="session")
def site_server(built_site):
    """The base URL of the built site, served on 127.0.0.1."""
    return JOBS.url


@pytest.fixture(scope="session")
def page_checks(built_site):
    """A Future of test_pages.py's findings (started at session start, or now)."""
    return JOBS.start_page_checks()


def pytest_collection_modifyitems(items):
    # The page tests wait for the background pass, so they go last.
    items.sort(key=lambda item: item.path == PAGE_TESTS)


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


def pytest_report_header():
    return f"browser tests: {chromium_path() or 'NO CHROMIUM FOUND (browser tests will fail)'}"

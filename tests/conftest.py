"""Fixtures for the site tests: one strict build, only when a test needs it,
a loopback server over it, the every-page browser pass, and one Chromium for
the other browser tests. The helpers themselves live in tools/sitebuild.py and
tools/chromium.py.

The build and the page pass, the slowest part of the suite, run in one worker
thread beside the other tests. They start when the collected tests need them:
at session start for a whole-directory run (collection imports torch and
TensorFlow, several seconds the build overlaps), else after collection, and
never for a run such as `pytest tests/test_reference.py` that needs no site.
"""

import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from chromium import CHROMIUM_ARGS, chromium_path, guarded_context
from layout import ROOT
from sitebuild import Server, build_site

PAGE_TESTS = ROOT / "tests" / "test_pages.py"
SITE_FIXTURES = {"built_site", "site_server", "page_checks"}


class SiteJobs:
    """The strict build, a server over it, and test_pages.py's browser pass,
    started on demand in one worker thread."""

    def __init__(self):
        self.dir = None
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="site")
        self.built = self.pages = self.server = None

    def start_build(self):
        if self.built is None:
            self.dir = tempfile.TemporaryDirectory(prefix="site-")
            self.server = Server(self.dir.name)
            self.built = self.pool.submit(build_site, Path(self.dir.name))
        return self.built

    def start_page_checks(self):
        if self.pages is None:
            from test_pages import check_every_page

            self.start_build()
            self.pages = self.pool.submit(self._checked_pages, check_every_page)
        return self.pages

    def _checked_pages(self, check_every_page):
        site, failure = self.built.result()
        if failure:
            raise RuntimeError("no page checks: the build failed")
        return check_every_page(self.server.url, Path(self.dir.name))

    def close(self):
        self.pool.shutdown(cancel_futures=True)
        if self.server is not None:
            self.server.close()
            self.dir.cleanup()


JOBS = SiteJobs()


def pytest_sessionstart(session):
    # A run of whole directories (the default `make test`) needs the site:
    # start building while collection imports the frameworks.
    options = session.config.option
    if options.keyword or options.markexpr or options.deselect or options.collectonly:
        return
    args = [Path(a.split("::")[0]).resolve() for a in session.config.args]
    if any(a.is_dir() and (a == ROOT / "tests" or a in (ROOT / "tests").parents) for a in args):
        JOBS.start_build()
        if any(a == PAGE_TESTS or a in PAGE_TESTS.parents for a in args):
            JOBS.start_page_checks()


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected
def pytest_collection_modifyitems(session, config, items):
    # The page tests wait for the background pass, so they go last.
    items.sort(key=lambda item: item.path == PAGE_TESTS)
    if config.option.collectonly:
        return
    needed = {name for item in items for name in getattr(item, "fixturenames", ())}
    if needed & SITE_FIXTURES:
        JOBS.start_build()
    if "page_checks" in needed:
        JOBS.start_page_checks()


def pytest_sessionfinish(session):
    JOBS.close()


@pytest.fixture(scope="session")
def built_site():
    site, failure = JOBS.start_build().result()
    if failure:
        pytest.fail(failure, pytrace=False)
    return site


@pytest.fixture(scope="session")
def site_server(built_site):
    """The base URL of the built site, served on 127.0.0.1."""
    return JOBS.server.url


@pytest.fixture(scope="session")
def page_checks(built_site):
    """A Future of test_pages.py's findings."""
    return JOBS.start_page_checks()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session. A missing browser fails, loudly."""
    executable = chromium_path()
    if executable is None:
        pytest.fail(
            "Chromium not found: install Debian's chromium-headless-shell: "
            "apt-get install -y chromium-headless-shell (`make test` does this as root)",
            pytrace=False,
        )
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

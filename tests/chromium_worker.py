"""One Chromium for test_playground.py and test_pages_a11y.py, on its own thread.

Playwright's sync API refuses to start while another sync Playwright is
running in the same thread, and the `browser` fixture of test_browser.py
keeps one running for the whole session. A fixture imported into a second
module is a second fixture (a second Playwright), so these modules drive
their own Chromium from one worker thread instead: `in_chromium(fn, ...)`
runs fn(browser, ...) there and returns its result or raises its error.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import sync_playwright

from test_browser import CHROMIUM_ARGS, chromium_path, guarded_context  # noqa: F401  (re-exported)

_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
_state = {}


def _browser():
    if "browser" not in _state:
        executable = chromium_path()
        if executable is None:
            pytest.fail("Chromium not found: install Debian's chromium "
                        "(apt-get install -y chromium); .ci/run does this", pytrace=False)
        _state["playwright"] = sync_playwright().start()
        _state["browser"] = _state["playwright"].chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS)
    return _state["browser"]


def _stop():
    if "browser" in _state:
        _state.pop("browser").close()
        _state.pop("playwright").stop()


def in_chromium(fn, *args):
    return _worker.submit(lambda: fn(_browser(), *args)).result()


@pytest.fixture(scope="module")
def chromium():
    """Closes the worker's Chromium when the module is done."""
    yield in_chromium
    _worker.submit(_stop).result()

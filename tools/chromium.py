"""Driving the built site in headless Chromium through Playwright: Debian's
chromium-headless-shell (the browser Playwright itself uses for headless
runs, without the full browser's UI processes: pages check about 30 % faster),
else Debian's chromium. The `browser` and `context` fixtures in conftest.py use
these; so do the page, search and playground tests, and `make bench`.

Nothing leaves the machine: the browser sends every request for another host
to a dead proxy, so it fails, and start_page() records each one as a problem.
A guarded context also lists them, from all its pages and workers, in
`context.external`. (It used to abort them with a Playwright route on every
request, which cost time and turned off the HTTP cache.)
"""

import contextlib
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUMS = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    # Every request to another host goes to a proxy on a closed loopback port
    # and fails, IP literals too; Chromium never proxies loopback itself.
    "--proxy-server=http://127.0.0.1:9",
]
PHONE = {
    "viewport": {"width": 375, "height": 740},
    "device_scale_factor": 1,
    "is_mobile": True,
    "has_touch": True,
}


def chromium_path(full=False):
    """The browser to drive, or None. full: Lighthouse needs the whole browser,
    not the headless shell. CHROMIUM may name another Chromium-based browser."""
    candidates = CHROMIUMS[1:] if full else CHROMIUMS
    for candidate in (os.environ.get("CHROMIUM"), *candidates, shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def url_path(page):
    """URL path (relative to the language root) that serves an HTML page."""
    text = page.as_posix()
    return "" if text == "index.html" else text.removesuffix("index.html")


def new_guarded_context(browser, **options):
    """A context that records in .external every non-loopback request, from any
    of its pages or workers; CHROMIUM_ARGS' dead proxy makes each one fail."""
    context = browser.new_context(**options)
    context.external = []
    context.on(
        "request", lambda r: urlsplit(r.url).hostname != "127.0.0.1" and context.external.append(r.url)
    )
    return context


@contextlib.contextmanager
def guarded_context(browser, **options):
    context = new_guarded_context(browser, **options)
    try:
        yield context
    finally:
        context.close()


def start_page(context, url):
    """Start loading url; return (page, list that collects its problems)."""
    page = context.new_page()
    problems = []
    page.on(
        "console",
        lambda m: m.type == "error" and problems.append(f"console error: {m.text} ({m.location.get('url')})"),
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on(
        "request",
        lambda r: (
            urlsplit(r.url).hostname != "127.0.0.1" and problems.append(f"request to another host: {r.url}")
        ),
    )
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
    page.goto(url, wait_until="commit")
    return page, problems


class PseudoStates:
    """Pseudo-classes (hover, focus, focus-visible, focus-within...) forced on
    elements, as DevTools' element-state toggles do, over one CDP session.
    nodes() looks the elements up once: a second DOM.getDocument would hand out
    new node ids, and resetting through those leaves the old state forced."""

    def __init__(self, page):
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("DOM.enable")
        self.cdp.send("CSS.enable")
        self.document = self.cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]

    def nodes(self, selector):
        found = self.cdp.send("DOM.querySelectorAll", {"nodeId": self.document, "selector": selector})
        return found["nodeIds"]

    def force(self, node, states):
        self.cdp.send("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": list(states)})


def state_forcer(page, selector):
    """A function that forces one pseudo-class (or none: None) on every element
    matching selector at once."""
    states = PseudoStates(page)
    nodes = states.nodes(selector)

    def force(state):
        for node in nodes:
            states.force(node, [state] if state else [])

    return force


def settle(page):
    """Wait until the page has loaded and its network (sitemaps too) is idle."""
    page.wait_for_load_state("load")
    page.wait_for_load_state("networkidle")


def open_page(context, url):
    page, problems = start_page(context, url)
    settle(page)
    return page, problems

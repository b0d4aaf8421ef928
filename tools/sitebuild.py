"""Building the site and serving it on loopback: the one implementation the
tests, `make bench` and tools/lighthouse.py share."""

import contextlib
import functools
import gzip
import http.server
import io
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from layout import ROOT

URL_PREFIX = {"zh": "", "en": "en/"}  # language -> its root under the site root
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NBCONVERT_DISABLE_CONFIG_EXPORTERS": "1"}


@dataclass
class BuiltSite:
    path: Path  # the site root; English lives in path / "en"
    log: str  # everything `mkdocs build` printed

    def pages(self, lang):
        """HTML pages of one language, relative to its root; redirect stubs left out."""
        root = self.path / URL_PREFIX[lang]
        found = sorted(p.relative_to(root) for p in root.rglob("*.html"))
        return [p for p in found if (lang != "zh" or p.parts[0] != "en") and not is_redirect(root / p)]


def is_redirect(page: Path) -> bool:
    """A stub mkdocs-redirects writes where a page used to be (no page of ours refreshes)."""
    return '<meta http-equiv="refresh"' in page.read_text(encoding="utf-8")


def build_command(site: Path) -> list[str]:
    """`mkdocs build --strict` into site; the Chinese build also builds English."""
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]


def build_site(site: Path, env=None) -> tuple[BuiltSite, str | None]:
    """A strict build into site: (the site, None), or (the site, why it failed)."""
    proc = subprocess.run(
        build_command(site),
        cwd=ROOT,
        env={**ENV, **(env or {})},
        capture_output=True,
        text=True,
    )
    log = proc.stdout + proc.stderr
    return BuiltSite(site, log), (None if proc.returncode == 0 else f"mkdocs build --strict failed:\n{log}")


def relative_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class GzipHandler(QuietHandler):
    """Serves text gzip-compressed, as GitHub Pages and any static host do.

    Python's server sends every file as it is on disk; Lighthouse would then
    time an uncompressed page and stylesheet over its simulated slow 4G,
    which no reader of the deployed site downloads.
    """

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the trailing slash
            path = path / "index.html"
        if (
            path.suffix not in self.COMPRESSIBLE
            or not path.is_file()
            or "gzip" not in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class Server:
    """A static server for directory on 127.0.0.1, in a daemon thread; .url ends in /."""

    def __init__(self, directory, compress=False):
        handler = functools.partial(GzipHandler if compress else QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@contextlib.contextmanager
def serve(directory, compress=False):
    server = Server(directory, compress)
    try:
        yield server.url
    finally:
        server.close()

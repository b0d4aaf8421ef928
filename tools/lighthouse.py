"""Lighthouse scores for a built site: home page, heaviest page, playground.

Serves the site on 127.0.0.1, gzip-compressed like a static host, and runs
the npm package `lighthouse` (from node_modules, installed by `npm ci`) with
Debian's Chromium in its default mobile form factor, three times per page,
printing the median performance, accessibility and best-practices scores.
Budget: at least 95 each; exits 1 when a score falls below it.

    python tools/lighthouse.py [--site DIR] [--pages PATH ...] [--runs N]

Without --site it builds the site into a temporary directory first. The
heaviest page is the one whose HTML and same-site assets it references weigh
most (gzip-compressed), the playground aside (it is measured anyway), a
cheap stand-in for tools/bench.py's browser measurement; pass --pages to
choose (tools/bench.py knows the heaviest page).
"""

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from chromium import chromium_path
from layout import ROOT
from sitebuild import build_site, serve

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices")
BUDGET = 95
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def page_weight(site, html):
    """gzip bytes of a page's HTML plus the same-site files it links to."""
    text = html.read_text(encoding="utf-8")
    total = len(gzip.compress(text.encode()))
    for url in set(re.findall(r'(?:src|href)="([^"#?]+\.(?:js|css|svg|png))"', text)):
        path = (html.parent / url).resolve()
        if path.is_file() and site in path.parents:
            total += len(gzip.compress(path.read_bytes()))
    return total


def heaviest(site):
    pages = [p for p in site.rglob("index.html") if not {"assets", "playground"} & set(p.parts)]
    top = max(pages, key=lambda p: page_weight(site, p))
    rel = top.parent.relative_to(site).as_posix()
    return "" if rel == "." else rel + "/"


def run(url, chrome_flags=CHROME_FLAGS):
    env = {**os.environ, "CHROME_PATH": chromium_path(full=True) or "/usr/bin/chromium"}
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        proc = subprocess.run(
            [
                "node",
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={' '.join(chrome_flags)}",
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0 or not report.is_file():
            raise RuntimeError(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
        data = json.loads(report.read_text())
    scores = {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}
    failing = {
        c: [
            f"{a['id']} ({a['score']})"
            for a in (
                data["audits"][ref["id"]] for ref in data["categories"][c]["auditRefs"] if ref["weight"]
            )
            if a["score"] is not None and a["score"] < 1
        ]
        for c in CATEGORIES
    }
    return scores, failing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--pages", nargs="*", help="URL paths under the site root")
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="runs per page; scores are their medians (default 3: a run varies by +-15 here)",
    )
    args = parser.parse_args()
    if not LIGHTHOUSE.is_file():
        sys.exit(f"{LIGHTHOUSE} is missing: run `npm ci` (lighthouse is a devDependency)")
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            _, failure = build_site(site)
            if failure:
                sys.exit(failure)
        site = site.resolve()
        pages = args.pages or ["", heaviest(site), "playground/", "en/playground/"]
        worst = 100
        with serve(site, compress=True) as base:
            for path in dict.fromkeys(pages):
                runs = sorted((run(base + path) for _ in range(args.runs)), key=lambda r: r[0]["performance"])
                scores = {c: statistics.median(r[0][c] for r in runs) for c in CATEGORIES}
                failing = runs[len(runs) // 2][1]  # the audits of the median performance run
                worst = min(worst, *scores.values())
                spread = ", ".join(str(r[0]["performance"]) for r in runs)
                print(
                    f"/{path:<40} "
                    + "  ".join(f"{c} {s:3g}" for c, s in scores.items())
                    + (f"  (performance runs: {spread})" if args.runs > 1 else ""),
                    flush=True,
                )
                for c, audits in failing.items():
                    if scores[c] < 100 and audits:
                        print(f"    {c} below 100: {', '.join(audits)}", flush=True)
    print(f"budget: every score >= {BUDGET}: {'met' if worst >= BUDGET else 'NOT met'} (lowest {worst})")
    return 0 if worst >= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())

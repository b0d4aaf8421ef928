"""Lighthouse scores for every page of a built site, in both languages.

Serves the site on 127.0.0.1, gzip-compressed like a static host, and runs
the npm package `lighthouse` (from node_modules, installed by `npm ci`) with
Debian's Chromium in its default mobile form factor: once on every page of
both languages (tools/layout.py lists them; each language's 404 page too),
and three times on the three heaviest, which are scored by the medians (one
page's runs lie up to 40 apart here). It prints a line per page as it goes, with
the audits that cost points and Lighthouse's benchmark index of the CPU (its
simulated phone is this CPU slowed 4x, so a slow or busy machine scores
lower), and then the pages under budget.

Budgets, on every page: performance >= 95, accessibility 100, best
practices >= 95. Exits 1 when a page is under budget.

    python tools/lighthouse.py [--site DIR] [--pages PATH ...] [--heavy PATH ...] [--runs N]

Without --site it builds the site into a temporary directory first. The
heaviest pages are those whose HTML and the same-site files it references
weigh most (gzip-compressed), a cheap stand-in for tools/bench.py's browser
measurement, which passes its own three heaviest with --heavy.
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
from layout import LANGS, ROOT, page_url, pages
from sitebuild import URL_PREFIX, build_site, serve

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
BUDGETS = {"performance": 95, "accessibility": 100, "best-practices": 95}  # the lowest score allowed
CATEGORIES = tuple(BUDGETS)
SHORT = {"performance": "perf", "accessibility": "a11y", "best-practices": "bp"}
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


def site_pages(site):
    """URL paths, under the site root, of every page of both languages, and of
    each language's 404 page when the site has one."""
    paths = []
    for lang in LANGS:
        prefix = URL_PREFIX[lang]
        paths += [prefix + page_url(page) for page in pages(lang)]
        if (site / prefix / "404.html").is_file():
            paths.append(prefix + "404.html")
    return paths


def html_file(site, path):
    return site / path if path.endswith(".html") else site / path / "index.html"


def page_weight(site, path):
    """gzip bytes of a page's HTML plus the same-site files it links to."""
    html = html_file(site, path)
    text = html.read_text(encoding="utf-8")
    total = len(gzip.compress(text.encode()))
    for url in set(re.findall(r'(?:src|href)="([^"#?]+\.(?:js|css|svg|png))"', text)):
        file = (html.parent / url).resolve()
        if file.is_file() and site in file.parents:
            total += len(gzip.compress(file.read_bytes()))
    return total


def heaviest(weights, n=3):
    """The n pages of greatest weight, heaviest first."""
    return sorted(weights, key=weights.get, reverse=True)[:n]


def under_budget(scores):
    """The categories whose score is below its budget, with the score."""
    return {c: s for c, s in scores.items() if s < BUDGETS[c]}


def run(url, chrome_flags=CHROME_FLAGS):
    """One Lighthouse run: (scores by category, failing audits by category,
    Lighthouse's benchmark index of this machine's CPU during the run)."""
    env = {**os.environ, "CHROME_PATH": chromium_path(full=True)}
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
    if data.get("runtimeError"):
        raise RuntimeError(f"lighthouse failed on {url}: {data['runtimeError'].get('message')}")
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
    return scores, failing, data["environment"]["benchmarkIndex"]


def measure(base, paths, heavy, runs=3, lighthouse=run):
    """Score each page, runs times (medians) if it is in heavy, else once;
    print a line per page as it goes. {path: scores}, or {path: None} for a
    page Lighthouse failed on."""
    results = {}
    for i, path in enumerate(paths, 1):
        n = runs if path in heavy else 1
        try:
            done = sorted((lighthouse(base + path) for _ in range(n)), key=lambda r: r[0]["performance"])
        except RuntimeError as error:
            print(f"[{i}/{len(paths)}] /{path} " + "\n    ".join(str(error).splitlines()[:2]), flush=True)
            results[path] = None
            continue
        scores = {c: statistics.median(r[0][c] for r in done) for c in CATEGORIES}
        results[path] = scores
        spread = f" (median of {n}; perf {', '.join(str(r[0]['performance']) for r in done)})"
        print(
            f"[{i}/{len(paths)}] /{path} "
            + " ".join(f"{SHORT[c]} {s:g}" for c, s in scores.items())
            + f"  benchmark {statistics.median(r[2] for r in done):.0f}"
            + (spread if n > 1 else ""),
            flush=True,
        )
        for c, audits in done[n // 2][1].items():  # the run of median performance
            if scores[c] < 100 and audits:
                print(f"    {c} below 100: {', '.join(audits)}", flush=True)
    return results


def report(results):
    """Print the pages under budget; 0 when there are none, else 1."""
    under = {
        path: "lighthouse failed" if scores is None else ", ".join(f"{c} {s:g}" for c, s in low.items())
        for path, scores in results.items()
        if scores is None or (low := under_budget(scores))
    }
    budgets = ", ".join(f"{c} >= {b}" for c, b in BUDGETS.items())
    print(f"budget ({budgets}) on {len(results)} pages: {len(under)} under budget")
    for path, why in under.items():
        print(f"  /{path}: {why}")
    return 1 if under else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--pages", nargs="*", help="URL paths under the site root (default: every page)")
    parser.add_argument("--heavy", nargs="*", help="pages to run --runs times (default: the 3 heaviest)")
    parser.add_argument("--runs", type=int, default=3, help="runs on each heavy page (default 3)")
    args = parser.parse_args()
    if not LIGHTHOUSE.is_file():
        sys.exit(f"{LIGHTHOUSE} is missing: run `npm ci` (lighthouse is a devDependency)")
    if chromium_path(full=True) is None:
        sys.exit("Lighthouse needs Debian's full Chromium: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            _, failure = build_site(site)
            if failure:
                sys.exit(failure)
        site = site.resolve()
        paths = args.pages if args.pages is not None else site_pages(site)
        paths = list(dict.fromkeys(paths + (args.heavy or [])))
        missing = [p for p in paths if not html_file(site, p).is_file()]
        if missing:
            sys.exit(f"not in the built site: {', '.join('/' + p for p in missing)}")
        heavy = args.heavy if args.heavy is not None else heaviest({p: page_weight(site, p) for p in paths})
        reruns = ", ".join("/" + p for p in heavy) or "none"
        print(f"lighthouse: {len(paths)} pages; {args.runs} runs on {reruns}")
        with serve(site, compress=True) as base:
            results = measure(base, paths, heavy, args.runs)
    return report(results)


if __name__ == "__main__":
    sys.exit(main())

"""`make bench`: build time, test time and page weight, as medians.

The machine is shared and noisy, so each timing is repeated and the median
is reported beside the spread. Budgets come from the foundation issue:

- a full strict bilingual build takes at most 3 s (warm caches, as on a
  second `make build`; the cold first build is reported too);
- `make test` on an existing .venv takes at most 90 s;
- no page transfers more than 300 KB gzip-compressed, counting the HTML and
  everything it loads, measured in Chromium;
- Lighthouse (mobile), once on every page of both languages and three times
  (medians) on the three heaviest, scores performance at least 95,
  accessibility 100 and best practices at least 95 (tools/lighthouse.py).

Exits 1 when a budget is exceeded. It starts by timing a fixed pure-Python
loop, so figures taken on different machines (or on one machine on a busy
day) can be told apart from changes to the project.
"""

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chromium import CHROMIUM_ARGS, chromium_path
from layout import ROOT
from lighthouse import heaviest
from sitebuild import ENV, build_command, is_redirect, serve

BUDGETS = {"build_s": 3.0, "test_s": 90.0, "page_kb": 300.0}


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(samples):
    median, low, high = statistics.median(samples), min(samples), max(samples)
    return f"median {median:.2f} s (min {low:.2f}, max {high:.2f}, n={len(samples)})"


def reference_loop(n=10_000_000):
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - start


def bench_machine(runs=5):
    """The CPU, and the median time of a fixed Python loop: this machine's speed today."""
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    model = next(
        (line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "unknown CPU"
    )
    samples = [reference_loop() for _ in range(runs)]
    print(
        f"machine: {os.cpu_count()} cores, {model}; reference loop (10^7 additions): {summary(samples)}",
        flush=True,
    )


def bench_build(runs, site):
    build = build_command(site)
    shutil.rmtree(ROOT / ".cache", ignore_errors=True)
    cold = timed(build)
    print(f"build, cold caches: {cold:.2f} s", flush=True)
    samples = []
    for i in range(runs):
        samples.append(timed(build))
        print(f"  build {i + 1}/{runs}: {samples[-1]:.2f} s", flush=True)
    print(f"build, warm: {summary(samples)}", flush=True)
    return statistics.median(samples)


def bench_tests(runs):
    samples = []
    for i in range(runs):
        samples.append(timed(["make", "--no-print-directory", "test"]))
        print(f"  make test {i + 1}/{runs}: {samples[-1]:.1f} s", flush=True)
    print(f"test: {summary(samples)}", flush=True)
    return statistics.median(samples)


def transferred(body: bytes) -> int:
    """Bytes on the wire with gzip, as a static host would send them."""
    return min(len(body), len(gzip.compress(body, compresslevel=6)))


def bench_pages(site):
    from playwright.sync_api import sync_playwright

    chromium = chromium_path()
    if chromium is None:
        sys.exit("bench: Chromium not found; install Debian's chromium (apt-get install -y chromium)")
    # Pages, not the stubs that redirect a moved page's old address.
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html") if not is_redirect(p))
    weights = {}
    with serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for rel in pages:
            # A fresh context per page: an empty cache, and its events include
            # what the search worker fetches, not only the page itself.
            context = browser.new_context()
            responses = {}
            context.on("response", lambda r, seen=responses: seen.__setitem__(r.url, r))
            page = context.new_page()
            page.goto(base + rel[: -len("index.html")], wait_until="networkidle")
            weights[rel] = sum(transferred(r.body()) for r in responses.values() if r.status < 300) / 1000
            context.close()
        browser.close()
    for rel, kb in sorted(weights.items(), key=lambda kv: -kv[1]):
        print(f"  {kb:7.1f} KB  {rel}")
    top = max(weights, key=weights.get)
    print(
        f"page weight: heaviest {top} {weights[top]:.1f} KB, "
        f"median {statistics.median(weights.values()):.1f} KB over {len(weights)} pages",
        flush=True,
    )
    return weights


def bench_lighthouse(site, weights):
    """Run tools/lighthouse.py on every page, three times on the three heaviest
    of weights (by file, as bench_pages measured them); True when every page
    is within budget."""
    heavy = [rel.removesuffix("index.html") for rel in heaviest(weights)]
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "lighthouse.py"), "--site", str(site), "--heavy", *heavy],
        cwd=ROOT,
        env=ENV,
    )
    return proc.returncode == 0


def main():
    parser = argparse.ArgumentParser(description="Build time, test time and page weight.")
    parser.add_argument("--build-runs", type=int, default=7)
    parser.add_argument("--test-runs", type=int, default=3)
    args = parser.parse_args()
    bench_machine()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        results = {"build_s": bench_build(args.build_runs, site)}
        weights = bench_pages(site)
        results["page_kb"] = max(weights.values())
        lighthouse_ok = bench_lighthouse(site, weights)
    results["test_s"] = bench_tests(args.test_runs) if args.test_runs else None
    print("\nbudget check:")
    over = False
    for key, budget in BUDGETS.items():
        value = results[key]
        if value is None:
            print(f"  {key:8} not measured")
            continue
        ok = value <= budget
        over |= not ok
        print(f"  {key:8} {value:8.2f} <= {budget:g}  {'ok' if ok else 'OVER BUDGET'}")
    print(f"  lighthouse {'ok' if lighthouse_ok else 'UNDER BUDGET on some pages (listed above)'}")
    return 1 if over or not lighthouse_ok else 0


if __name__ == "__main__":
    sys.exit(main())

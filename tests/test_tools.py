"""The helpers around the suite: `make test`'s browser step, the lint, and `make bench`'s Lighthouse."""

import os
import re
import shutil
import subprocess

import pytest

import bench
import lighthouse
from layout import ROOT, page_url, pages

ENSURE = ROOT / "tools" / "ensure_chromium.sh"


def ensure(tmp_path, **env):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for tool in ("id", "sudo"):
        if shutil.which(tool):
            (bin_dir / tool).symlink_to(shutil.which(tool))
    return subprocess.run(
        ["/bin/bash", str(ENSURE)],
        capture_output=True,
        text=True,
        env={"PATH": str(bin_dir), "CHROMIUM_SEARCH": str(tmp_path / "none"), **env},
    )


def test_without_a_browser_or_apt_it_stops_with_the_command(tmp_path):
    result = ensure(tmp_path)
    assert result.returncode == 1
    assert "apt-get install -y chromium-headless-shell" in result.stderr


def fake_apt(tmp_path, fails_on=None):
    """An apt-get that logs its arguments and 'installs' a browser where the script looks."""
    log, browser = tmp_path / "apt.log", tmp_path / "browser"
    (tmp_path / "bin").mkdir()
    fake = tmp_path / "bin" / "apt-get"
    fake.write_text(
        f'#!/bin/bash\necho "$@" >> {log}\n'
        + (f'[ "$1" = {fails_on} ] && exit 100\n' if fails_on else "")
        + f'[ "$1" = install ] && printf "" > {browser} && /bin/chmod +x {browser}\nexit 0\n'
    )
    fake.chmod(0o755)
    return log, browser


@pytest.mark.skipif(os.geteuid() != 0, reason="the install branch runs as root (or with passwordless sudo)")
def test_as_root_with_apt_it_installs_the_headless_shell(tmp_path):
    log, browser = fake_apt(tmp_path)
    result = subprocess.run(
        ["/bin/bash", str(ENSURE)],
        capture_output=True,
        text=True,
        env={"PATH": str(tmp_path / "bin") + ":/usr/bin:/bin", "CHROMIUM_SEARCH": str(browser)},
    )
    assert result.returncode == 0, result.stderr
    assert log.read_text().splitlines() == ["update -qq", "install -y -qq chromium-headless-shell"]


@pytest.mark.skipif(os.geteuid() != 0, reason="the install branch runs as root (or with passwordless sudo)")
@pytest.mark.parametrize("step", ["update", "install"])
def test_a_failed_install_stops_the_run(tmp_path, step):
    log, browser = fake_apt(tmp_path, fails_on=step)
    result = subprocess.run(
        ["/bin/bash", str(ENSURE)],
        capture_output=True,
        text=True,
        env={"PATH": str(tmp_path / "bin") + ":/usr/bin:/bin", "CHROMIUM_SEARCH": str(browser)},
    )
    assert result.returncode == 1 and f"apt-get {step} failed" in result.stderr, result.stderr
    assert "apt-get install -y chromium-headless-shell" in result.stderr


def test_a_browser_that_exists_is_enough(tmp_path):
    browser = tmp_path / "chrome"
    browser.write_text("")
    browser.chmod(0o755)
    assert ensure(tmp_path, CHROMIUM=str(browser)).returncode == 0


LINTED = ["hooks", "tools", "tests", "conftest.py"]


def ruff(*args, cwd=ROOT):
    exe = ROOT / ".venv" / "bin" / "ruff"
    if not exe.is_file():
        pytest.fail(f"ruff is not installed ({exe}); `make test` installs requirements/test.txt")
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True)


def test_python_passes_ruff_check_and_format():
    checked = ruff("check", *LINTED, "snippets")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    formatted = ruff("format", "--check", *LINTED)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_ruff_fails_on_a_defect(tmp_path):
    """The same configuration rejects an unused import and unformatted code."""
    (tmp_path / "ruff.toml").write_text(f'extend = "{ROOT / "ruff.toml"}"\n')
    (tmp_path / "bad.py").write_text("import os\nx  =  1\n")
    assert "F401" in ruff("check", "--no-cache", "bad.py", cwd=tmp_path).stdout
    assert ruff("format", "--check", "--no-cache", "bad.py", cwd=tmp_path).returncode == 1


# Paths into the repository that README.md and CONTRIBUTING.md name; <...>,
# * and ... mark a placeholder, not a file.
TOP = r"(?:docs|snippets|hooks|tools|tests|overrides|requirements|\.github|\.ci)"
NAMED_PATH = re.compile(rf"(?<![\w./<-]){TOP}/[\w./<>*-]*")


def missing_paths(text):
    names = {m.rstrip(".") for m in NAMED_PATH.findall(text)}
    return sorted(n for n in names if not re.search(r"[<>*]|\.\.\.", n) and not (ROOT / n).exists())


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md"])
def test_every_path_the_guides_name_exists(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    assert len(NAMED_PATH.findall(text)) > 10  # the pattern still finds the paths
    assert missing_paths(text) == []


def test_path_check_catches_a_stale_path():
    assert missing_paths("see `tools/layout.py` and `snippets/<section>/<page>/`") == []
    assert missing_paths("the file is `overrides/assets/a11y.js`.") == ["overrides/assets/a11y.js"]


# tools/lighthouse.py: which pages, how often, and the budget.


def scores(perf=100, a11y=100, bp=100):
    return {"performance": perf, "accessibility": a11y, "best-practices": bp}


def test_the_budget_flags_accessibility_99_and_performance_94():
    assert lighthouse.under_budget(scores(95, 100, 95)) == {}
    assert lighthouse.under_budget(scores(a11y=99)) == {"accessibility": 99}
    assert lighthouse.under_budget(scores(perf=94, bp=94)) == {"performance": 94, "best-practices": 94}


def test_the_three_heaviest_pages_are_picked_by_weight():
    weights = {"": 90, "en/": 91, "theory/entropy/": 250, "en/theory/entropy/": 240, "playground/": 120}
    assert lighthouse.heaviest(weights) == ["theory/entropy/", "en/theory/entropy/", "playground/"]


def test_every_page_of_both_languages_is_measured_and_each_404_page(tmp_path):
    every = [page_url(p) for p in pages("zh")] + ["en/" + page_url(p) for p in pages("en")]
    assert {"", "en/", "playground/", "en/playground/"} <= set(every)
    assert lighthouse.site_pages(tmp_path) == every  # a site without 404 pages
    (tmp_path / "en").mkdir()
    (tmp_path / "404.html").write_text("")
    (tmp_path / "en" / "404.html").write_text("")
    assert sorted(lighthouse.site_pages(tmp_path)) == sorted([*every, "404.html", "en/404.html"])


def test_heavy_pages_run_three_times_and_score_their_medians(capsys):
    planned = {"a/": [scores(perf=80), scores(perf=99), scores(perf=97)], "b/": [scores(a11y=99)]}
    calls = []

    def fake(url):
        calls.append(url)
        audits = {c: ["an-audit (0.5)"] for c in scores()}
        return planned[url.removeprefix("http://x/")].pop(0), audits, 1000

    results = lighthouse.measure("http://x/", ["a/", "b/"], heavy=["a/"], lighthouse=fake)
    assert calls == ["http://x/a/"] * 3 + ["http://x/b/"]
    assert results == {"a/": scores(perf=97), "b/": scores(a11y=99)}
    out = capsys.readouterr().out
    assert "[1/2] /a/ perf 97 a11y 100 bp 100  benchmark 1000 (median of 3; perf 80, 97, 99)" in out
    assert (
        "[2/2] /b/ perf 100 a11y 99 bp 100  benchmark 1000\n    accessibility below 100: an-audit (0.5)"
        in out
    )
    assert lighthouse.report(results) == 1
    assert "1 under budget\n  /b/: accessibility 99\n" in capsys.readouterr().out
    assert lighthouse.report({"a/": scores(perf=95, bp=95)}) == 0


def test_a_page_lighthouse_fails_on_is_under_budget(capsys):
    def fails(url):
        raise RuntimeError(f"lighthouse failed on {url}:\nRuntime error encountered: NO_FCP")

    results = lighthouse.measure("http://x/", ["a/"], heavy=[], lighthouse=fails)
    assert results == {"a/": None}
    assert lighthouse.report(results) == 1
    assert "/a/: lighthouse failed" in capsys.readouterr().out


def test_bench_passes_its_three_heaviest_pages_to_lighthouse(monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(
        bench.subprocess, "run", lambda cmd, **kw: seen.append(cmd) or subprocess.CompletedProcess(cmd, 0)
    )
    weights = {"index.html": 300.0, "en/index.html": 10.0, "en/a/index.html": 200.0, "b/index.html": 250.0}
    assert bench.bench_lighthouse(tmp_path, weights)
    assert seen[0][-5:] == [str(tmp_path), "--heavy", "", "b/", "en/a/"]

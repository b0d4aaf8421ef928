"""The helpers around the suite: `make test`'s browser step and the lint."""

import os
import re
import shutil
import subprocess

import pytest

from layout import ROOT

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

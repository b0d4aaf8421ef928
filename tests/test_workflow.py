"""Checks for the GitHub Actions workflows in .github/workflows/.

- zizmor (offline audits) must report no findings for the deploy workflow;
- check-jsonschema must validate it against the GitHub workflow schema;
- every ``uses:`` in every workflow must be pinned to a full 40-hex commit SHA;
- the deploy workflow must run ``make test`` and ``make build``, and must not
  grant broad permissions.

The two checkers are looked up next to the running interpreter
(``Path(sys.executable).parent``); if either is missing the test fails with a
message saying so. Install them with
``pip install zizmor==1.32.0 check-jsonschema==0.39.0 PyYAML``.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
DEPLOY = WORKFLOWS / "deploy.yml"
BIN = Path(sys.executable).parent
SHA_PIN = re.compile(r"^[^@\s]+@[0-9a-f]{40}$")
READ_ONLY = {"read", "none"}


def workflow_files():
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def unpinned_uses(workflow):
    """Return every ``uses:`` value in a workflow dict not pinned to a full SHA.

    Local actions (``./...``) and ``docker://`` images are not GitHub action
    refs and are skipped.
    """
    bad = []
    for job in (workflow.get("jobs") or {}).values():
        refs = [job.get("uses")]  # reusable-workflow jobs
        refs += [step.get("uses") for step in job.get("steps") or []]
        for ref in filter(None, refs):
            if ref.startswith(("./", "docker://")):
                continue
            if not SHA_PIN.match(ref):
                bad.append(ref)
    return bad


def run_tool(name, *args):
    exe = BIN / name
    if not exe.exists():
        pytest.fail(
            f"{name} is not installed (expected {exe}); "
            f"install it into this environment, e.g. pip install {name}"
        )
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_zizmor_reports_no_findings():
    result = run_tool("zizmor", "--offline", str(DEPLOY))
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_accepts_workflow():
    result = run_tool("check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(DEPLOY))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", workflow_files(), ids=lambda p: p.name)
def test_every_uses_is_pinned_to_a_sha(path):
    assert unpinned_uses(load(path)) == []


def test_sha_check_catches_a_tag_ref():
    workflow = {"jobs": {"build": {"steps": [{"uses": "actions/checkout@v4"}]}}}
    assert unpinned_uses(workflow) == ["actions/checkout@v4"]


def test_deploy_runs_make_test_and_make_build():
    runs = [step.get("run", "") for job in load(DEPLOY)["jobs"].values() for step in job.get("steps") or []]
    assert any("make test" in run for run in runs)
    assert any("make build" in run for run in runs)


def test_permissions_are_least_privilege():
    workflow = load(DEPLOY)
    top = workflow.get("permissions")
    assert top is not None, "top-level permissions must be set explicitly"
    assert top != "write-all"
    assert top in ({}, "read-all") or set(top.values()) <= READ_ONLY
    for name, job in workflow["jobs"].items():
        assert job.get("permissions") not in ("write-all", None), name


def repository_problems(workflow):
    """What keeps the deployed site from linking its repository and dating its pages."""
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps") or []]
    build = next(step for step in steps if "make build" in step.get("run", ""))
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@"))
    problems = [
        f"the build sets no {name}" for name in ("SITE_URL", "REPO_URL") if name not in build.get("env", {})
    ]
    if (checkout.get("with") or {}).get("fetch-depth") != 0:
        problems.append("the checkout is shallow, so every page would show the same date")
    return problems


def test_deploy_build_names_the_repository_and_keeps_history():
    # REPO_URL turns on edit buttons and source links; the dates need the history.
    assert repository_problems(load(DEPLOY)) == []


def test_repository_check_catches_a_missing_repo_url_and_a_shallow_checkout():
    workflow = load(DEPLOY)
    for job in workflow["jobs"].values():
        for step in job.get("steps") or []:
            (step.get("env") or {}).pop("REPO_URL", None)
            (step.get("with") or {}).pop("fetch-depth", None)
    assert repository_problems(workflow) == [
        "the build sets no REPO_URL",
        "the checkout is shallow, so every page would show the same date",
    ]

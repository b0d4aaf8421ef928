"""Run every page's code blocks through pytest-codeblocks, includes expanded.

Pages show code only by including snippet files
(`--8<-- "section/page/name.py"`) and, after pytest-codeblocks' expected-output
marker, the output recorded beside them (`--8<-- "section/page/name.out"`). pytest-codeblocks reads raw
Markdown, so this collector expands the includes with pymdownx's own snippet
preprocessor first. Each block then runs in this process and must print
exactly the output the page shows, in both languages. A block whose code and
shown output are the same as one already run (the other language's page shows
the same snippet) gets that run's result instead of running again.
"""

import io
import os
import re
import sys
import tempfile

import markdown
import pytest
from pytest_codeblocks.main import extract_from_buffer
from pytest_codeblocks.plugin import TestBlock

from layout import DOCS, SNIPPETS, import_path  # noqa: E402
from outputs import reset_library_state  # noqa: E402

PYTHON_INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+\.py)"\s*$', re.M)
# pytest-codeblocks only collects fences tagged exactly `python`; our fences
# carry a title, so drop attributes after the language before handing over.
FENCE_ATTRS = re.compile(r"^(\s*`{3,})\s*python\b.*$", re.M)
# pymdownx keeps the empty line after an included file's final newline, but
# the rendered page does not show blank lines before a closing fence; neither
# does what pytest-codeblocks compares.
BLANK_BEFORE_FENCE = re.compile(r"\n(?:[ \t]*\n)+([ \t]*`{3,}[ \t]*$)", re.M)


def expand_includes(text: str) -> str:
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(SNIPPETS)], "check_paths": True}},
    )
    expanded = "\n".join(md.preprocessors["snippet"].run(text.split("\n")))
    return BLANK_BEFORE_FENCE.sub(r"\n\1", expanded)


class SnippetBlock(TestBlock):
    """A pytest-codeblocks block; identical blocks share one run's outcome."""

    outcomes = {}  # (code, shown output) -> None, or the exception the run raised

    def runtest(self):
        key = (self.obj.code, self.obj.expected_output)
        if key not in self.outcomes:
            try:
                super().runtest()
                self.outcomes[key] = None
            except Exception as error:
                self.outcomes[key] = error
        if self.outcomes[key] is not None:
            raise self.outcomes[key]


class PageBlocks(pytest.File):
    def collect(self):
        raw = self.path.read_text(encoding="utf-8")
        names = PYTHON_INCLUDE.findall(raw)
        text = FENCE_ATTRS.sub(r"\1python", expand_includes(raw))
        blocks = [b for b in extract_from_buffer(io.StringIO(text)) if b.syntax == "python"]
        if len(blocks) != len(names):
            raise ValueError(f"{self.path}: {len(blocks)} python blocks but {len(names)} snippet includes")
        for name, block in zip(names, blocks, strict=True):
            item = SnippetBlock.from_parent(self, name=name)
            item.obj = block
            yield item


def pytest_collect_file(file_path, parent):
    if file_path.suffix == ".md" and DOCS in file_path.parents:
        return PageBlocks.from_parent(parent, path=file_path)


def pytest_runtest_setup(item):
    # Blocks share this process; give each the library defaults a fresh run has,
    # and an empty working directory, so figures it saves stay out of the repo
    # (tools/outputs.py --check compares figures with the recorded ones).
    if isinstance(item, TestBlock):
        reset_library_state()
        item.previous_cwd = os.getcwd()
        item.workdir = tempfile.TemporaryDirectory()
        os.chdir(item.workdir.name)
        # As with `python name.py`, modules beside the snippet are importable.
        item.import_path = import_path(SNIPPETS / item.name)
        sys.path[:0] = item.import_path


def pytest_runtest_teardown(item):
    if isinstance(item, TestBlock):
        for entry in item.import_path:
            sys.path.remove(entry)
        os.chdir(item.previous_cwd)
        item.workdir.cleanup()
        if "matplotlib.pyplot" in sys.modules:
            sys.modules["matplotlib.pyplot"].close("all")

"""The snippet contract, as plain functions the tests apply to every page.

A page shows code only by including a snippet file, each included snippet is
followed by its recorded output, and every decimal number in the prose must
appear in an output shown on the same page.
"""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGS = ("zh", "en")

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,})(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=indent)(?P=ticks)[ \t]*$",
                   re.M | re.S)
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
OUTPUT_MARKER = "<!--pytest-codeblocks:expected-output-->"
# A decimal number as printed: 2.3185, -1.5600, 4.5418e-05, 2.13.0 (one token).
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)+(?:[eE][-+]?\d+)?")
URL = re.compile(r"<https?://[^>]*>|\]\([^)]*\)|https?://\S+")


def pages(lang):
    return sorted((DOCS / lang).rglob("*.md"))


def notebooks(lang):
    return sorted((DOCS / lang).rglob("*.ipynb"))


def fences(text):
    """(start offset, info string, body) of each fenced block."""
    return [(m.start(), m.group("info").strip(), m.group("body")) for m in FENCE.finditer(text)]


def includes(text):
    """Snippet paths the page includes, in order."""
    found = []
    for _, _, body in fences(text):
        m = INCLUDE.match(body.strip("\n"))
        if m:
            found.append(m.group("path"))
    return found


def fence_problems(text):
    """What breaks the rule "code and output come only from snippet files"."""
    problems, previous = [], None
    for start, info, body in fences(text):
        m = INCLUDE.match(body.strip("\n")) if body.strip("\n").count("\n") == 0 else None
        if not m:
            problems.append(f"fence ```{info} holds typed text, not one --8<-- include")
            previous = None
            continue
        path = m.group("path")
        before = text[:start].rstrip()
        if path.endswith(".out"):
            expected = path[: -len(".out")] + ".py"
            if previous != expected or not before.endswith(OUTPUT_MARKER):
                problems.append(f"output {path} does not directly follow its snippet {expected} "
                                f"and the expected-output marker")
        elif path.endswith(".py"):
            if not info.startswith("python"):
                problems.append(f"snippet {path} is in a ```{info} fence, not ```python")
        else:
            problems.append(f"include {path} is neither a snippet (.py) nor its output (.out)")
        previous = path
    for path in includes(text):
        # A module that only defines things prints nothing and needs no output block.
        prints = (SNIPPETS / path).with_suffix(".out")
        if path.endswith(".py") and path[:-3] + ".out" not in includes(text) and (
                not prints.is_file() or prints.read_text(encoding="utf-8")):
            problems.append(f"snippet {path} is shown without its output")
    return problems


def prose(text):
    """The page without code fences, HTML comments and link targets."""
    text = FENCE.sub("", text)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return URL.sub("", text)


def prose_numbers(text):
    return NUMBER.findall(prose(text))


def shown_outputs(text):
    """Concatenated recorded outputs that a Markdown page includes."""
    return "\n".join((SNIPPETS / p).read_text(encoding="utf-8") for p in includes(text) if p.endswith(".out"))


def unbacked_numbers(numbers, outputs):
    """Numbers that appear in none of the outputs, exactly as printed there."""
    return [n for n in numbers
            if not re.search(rf"(?<![\d.]){re.escape(n)}(?!\d)", outputs)]


def notebook_cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def notebook_text(path):
    """(markdown prose, concatenated outputs) of a notebook."""
    cells = notebook_cells(path)
    md = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    out = "\n".join("".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c["outputs"])
    return md, out


FIGURE_LINK = re.compile(r"figures/(?P<chapter>[\w-]+)/(?P<file>[\w.-]+\.(?:svg|png))")


def figure_problems(text):
    """Figures the page shows that no snippet on the page draws, or that are missing."""
    shown = set(includes(text))
    problems = []
    for m in FIGURE_LINK.finditer(text):
        chapter, file = m.group("chapter"), m.group("file")
        snippet = f"{chapter}/{file.rsplit('.', 1)[0].split('-')[0]}.py"
        if snippet not in shown:
            problems.append(f"figure {chapter}/{file} is shown without the snippet that draws it ({snippet})")
        if not (SNIPPETS / chapter / file).is_file():
            problems.append(f"figure {chapter}/{file} is not recorded; run make outputs")
    return problems

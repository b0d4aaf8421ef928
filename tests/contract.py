"""The snippet contract, as plain functions the tests apply to every page.

A page shows code only by including a snippet file from its own folder
(tools/layout.py), in a listing titled with that file's path; each included
snippet is followed by its recorded output, titled as output; and every
decimal number in the prose must appear in an output shown on the same page.
"""

import importlib.util
import json
import posixpath
import re
import sys
from pathlib import Path

import yaml

import layout
from layout import DOCS, LANGS, ROOT, SHARED_MODULES, SNIPPETS, allowed_folders  # noqa: F401  (re-exported)

OUTPUT_TITLE = {"zh": "输出", "en": "Output"}

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<ticks>`{3,})(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=indent)(?P=ticks)[ \t]*$",
    re.M | re.S,
)
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
OUTPUT_MARKER = "<!--pytest-codeblocks:expected-output-->"
# A decimal number as printed: 2.3185, -1.5600, 4.5418e-05, 2.13.0 (one token).
# A section reference (§4.3.2) is not a number.
NUMBER = re.compile(r"(?<![\w.§])-?\d+(?:\.\d+)+(?:[eE][-+]?\d+)?")
URL = re.compile(r"<https?://[^>]*>|\]\([^)]*\)|https?://\S+")
# The front matter's `search:` settings (a page's search boost) are not prose.
SEARCH_SETTINGS = re.compile(r"\A(---\n(?:(?!---\n).*\n)*?)search:\n(?:[ \t]+.*\n)+")

CONFIGS = {"zh": ROOT / "mkdocs.yml", "en": ROOT / "mkdocs.en.yml"}


def load_nav(lang):
    """One language's nav, read from its config without MkDocs' own YAML tags."""

    class Loader(yaml.SafeLoader):
        pass

    ignore = lambda loader, suffix, node: None  # noqa: E731
    Loader.add_multi_constructor("!", ignore)  # !ENV
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", ignore)  # the toc slugify
    return yaml.load(CONFIGS[lang].read_text(encoding="utf-8"), Loader=Loader)["nav"]


def pages(lang):
    return [DOCS / lang / page for page in layout.pages(lang) if page.endswith(".md")]


def page_name(path):
    """docs/<lang>/a/b.md -> a/b.md"""
    return path.relative_to(DOCS).as_posix().split("/", 1)[1]


def notebooks(lang):
    return [DOCS / lang / page for page in layout.pages(lang) if page.endswith(".ipynb")]


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
                problems.append(
                    f"output {path} does not directly follow its snippet {expected} "
                    f"and the expected-output marker"
                )
        elif path.endswith(".py"):
            if not info.startswith("python"):
                problems.append(f"snippet {path} is in a ```{info} fence, not ```python")
        else:
            problems.append(f"include {path} is neither a snippet (.py) nor its output (.out)")
        previous = path
    for path in includes(text):
        # A module that only defines things prints nothing and needs no output block.
        prints = (SNIPPETS / path).with_suffix(".out")
        if (
            path.endswith(".py")
            and path[:-3] + ".out" not in includes(text)
            and (not prints.is_file() or prints.read_text(encoding="utf-8"))
        ):
            problems.append(f"snippet {path} is shown without its output")
    return problems


def prose(text):
    """The page without code fences, HTML comments, link targets and search settings."""
    text = SEARCH_SETTINGS.sub(r"\1", text, count=1)
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
    return [n for n in numbers if not re.search(rf"(?<![\d.]){re.escape(n)}(?!\d)", outputs)]


def notebook_cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def notebook_text(path):
    """(markdown prose, concatenated outputs) of a notebook."""
    cells = notebook_cells(path)
    md = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    out = "\n".join(
        "".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c["outputs"]
    )
    return md, out


FIGURE_LINK = re.compile(r"figures/(?P<path>[\w/-]+\.(?:svg|png))")


def figure_problems(text):
    """Figures the page shows that no snippet on the page draws, or that are missing."""
    shown = set(includes(text))
    problems = []
    for m in FIGURE_LINK.finditer(text):
        path = m.group("path")
        folder, file = posixpath.split(path)
        snippet = f"{folder}/{file.rsplit('.', 1)[0].split('-')[0]}.py"
        if snippet not in shown:
            problems.append(f"figure {path} is shown without the snippet that draws it ({snippet})")
        if not (SNIPPETS / path).is_file():
            problems.append(f"figure {path} is not recorded; run make outputs")
    return problems


def folder_problems(page, shown):
    """Snippets a page (relative to docs/<lang>/) shows from another page's folder."""
    allowed = allowed_folders(page)
    return [
        f"{page} shows {path}, which is not in its folder snippets/{sorted(allowed)[0]}/"
        for path in shown
        if posixpath.dirname(path) not in allowed
    ]


def title_problems(text, lang):
    """Listings not titled with the file they include, outputs not titled as output."""
    problems = []
    for _, info, body in fences(text):
        m = INCLUDE.match(body.strip("\n"))
        if not m:
            continue  # fence_problems reports typed fences
        path = m.group("path")
        want = (
            f'text title="{OUTPUT_TITLE[lang]}"'
            if path.endswith(".out")
            else f'python title="snippets/{path}"'
        )
        if info != want:
            problems.append(f"the block including {path} is ```{info}, not ```{want}")
    return problems


def snippets_config_problems(mdx_configs):
    """pymdownx.snippets must fail the build on an include that does not exist."""
    snippets = mdx_configs.get("pymdownx.snippets", {})
    return (
        []
        if snippets.get("check_paths") is True
        else ["pymdownx.snippets has no `check_paths: true`: a mistyped include would be left on the page"]
    )


def shadowing_names(snippets):
    """Snippets (paths) whose name is a standard or installed module's, or a
    shared module's in another folder: where it runs, it would be imported
    in place of that module."""
    shared = {(SNIPPETS / m).stem: SNIPPETS / m for m in SHARED_MODULES}
    found = []
    for path in snippets:
        name = path.stem
        if name in shared:
            clash = shared[name] != path
        elif name in sys.stdlib_module_names:
            clash = True
        else:
            spec = importlib.util.find_spec(name) if name.isidentifier() else None
            clash = spec is not None and SNIPPETS not in Path(spec.origin or "/").parents
        if clash:
            found.append(path.relative_to(SNIPPETS).as_posix())
    return sorted(found)

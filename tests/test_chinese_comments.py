"""Chinese pages show every comment of a listing in Chinese, and nothing else
of the code changes (tools/translate_comments.py, hooks/chinese_comments.py):

- every comment of every snippet a Chinese page or notebook shows has an entry
  in its folder's comments.zh.toml, unless it needs none (a tool directive,
  notation with no English word);
- no entry of a catalogue is unused: each is the text of a comment in its folder;
- the translated source has exactly the file's tokens apart from comments,
  each where it was, and still compiles as the file a reader saves;
- the Chinese build shows the Chinese comment, the English build the English
  one; the hook inlines a listing exactly as pymdownx.snippets includes it;
- under `mkdocs serve`, a saved catalogue rewrites the Chinese notebooks.

Each check is shown able to fail on the defect it guards against.
"""

import html
import io
import json
import logging
import sys
import tokenize
from types import SimpleNamespace

import markdown
import pytest
from mkdocs.exceptions import PluginError
from test_hooks import load_hook

from contract import includes, notebook_cells, notebooks, pages
from layout import LANGS, ROOT, SNIPPETS
from translate_comments import (
    CATALOGUE,
    comments,
    load_catalogue,
    needs_translation,
    translate,
    untranslated,
)


def shown_on_chinese_pages():
    """Every snippet (path under snippets/) a Chinese page or notebook shows."""
    shown = {p for page in pages("zh") for p in includes(page.read_text(encoding="utf-8"))}
    shown |= {
        c["metadata"]["snippet"]
        for nb in notebooks("zh")
        for c in notebook_cells(nb)
        if c["cell_type"] == "code"
    }
    return sorted(p for p in shown if p.endswith(".py"))


SHOWN = shown_on_chinese_pages()
FOLDERS = sorted({(SNIPPETS / p).parent for p in SHOWN} | {c.parent for c in SNIPPETS.rglob(CATALOGUE)})


def rel(path):
    return path.relative_to(ROOT).as_posix()


def missing(name, source, catalogue):
    """One line per comment that needs a translation and has none."""
    folder = name.rsplit("/", 1)[0]
    return [
        f"snippets/{name}:{c.line}: {c.text!r} has no entry in snippets/{folder}/{CATALOGUE}"
        for c in untranslated(source, catalogue)
    ]


def unused(folder_name, catalogue, sources):
    """Entries whose key is the text of no comment of the folder's snippets."""
    texts = {c.text for source in sources for c in comments(source)}
    return [
        f"snippets/{folder_name}/{CATALOGUE}: {key!r} is no comment here"
        for key in catalogue
        if key not in texts
    ]


def code_tokens(source):
    """Every token but the comments, with where it starts; a line end only by its line
    (it moves when the comment before it does)."""
    return [
        (t.type, t.string, t.start[0] if t.type in (tokenize.NL, tokenize.NEWLINE) else t.start)
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type != tokenize.COMMENT
    ]


def token_problems(source, translated):
    """How the translated source differs from the file in anything but its comments."""
    problems = []
    if [(c.line, c.column) for c in comments(source)] != [(c.line, c.column) for c in comments(translated)]:
        problems.append("the comments do not start where the file's do")
    try:
        ours = code_tokens(translated)
    except (tokenize.TokenError, SyntaxError) as error:
        return [*problems, f"the translated source does not tokenize: {error}"]
    theirs = code_tokens(source)
    if ours != theirs:
        first = next((a, b) for a, b in zip(theirs + [None], ours + [None], strict=False) if a != b)
        problems.append(f"code tokens differ, first at {first[0]} -> {first[1]}")
    return problems


def compile_problem(name, text):
    """Why the file a reader saves (UTF-8, run as `python name.py`) would not compile."""
    try:
        compile(text.encode("utf-8"), name, "exec")
    except (SyntaxError, ValueError) as error:
        return f"{name}: {type(error).__name__}: {error}"
    return None


# The site's snippets.


def test_every_comment_a_chinese_page_shows_has_a_translation():
    assert len(SHOWN) > 100
    problems = []
    for name in SHOWN:
        path = SNIPPETS / name
        problems += missing(name, path.read_text(encoding="utf-8"), load_catalogue(path.parent))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.relative_to(SNIPPETS).as_posix())
def test_no_catalogue_entry_is_unused(folder):
    sources = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py"))]
    assert unused(folder.relative_to(SNIPPETS).as_posix(), load_catalogue(folder), sources) == []


@pytest.mark.parametrize("name", SHOWN)
def test_translation_keeps_the_code_and_compiles(name):
    path = SNIPPETS / name
    source = path.read_text(encoding="utf-8")
    translated = translate(source, load_catalogue(path.parent))
    assert token_problems(source, translated) == []
    assert compile_problem(name, translated) is None


def test_the_chinese_page_shows_chinese_comments_and_the_english_page_english(built_site):
    english = "information content of each outcome, in bits"
    chinese = load_catalogue(SNIPPETS / "theory/entropy")[english]
    zh, en = (
        (built_site.path / prefix / "theory/entropy/index.html").read_text(encoding="utf-8")
        for prefix in ("", "en")
    )
    assert f'<span class="c1"># {html.escape(chinese, quote=False)}</span>' in zh
    assert f'<span class="c1"># {english}</span>' in en
    assert english not in zh and chinese not in en
    # A notebook's cells come from the notebook: the Chinese one holds the Chinese.
    english, chinese = "the same learning rate for both costs", "两种代价用同一个学习率"
    assert load_catalogue(SNIPPETS / "classification/learning-slowdown")[english] == chinese
    zh, en = (
        (built_site.path / prefix / "classification/slowdown/index.html").read_text(encoding="utf-8")
        for prefix in ("", "en")
    )
    assert chinese in zh and english not in zh and english in en and chinese not in en


# The checks above, shown able to fail.

SOURCE = """#!/usr/bin/env python
import math

# The slope, in bits.
x = math.log2(8)  # noqa: E501
label = "# slope"  # the label
print(label, x)  # H(p, q)
"""
CATALOGUE_OK = {"The slope, in bits.": "斜率，单位比特。", "the label": "标签"}


def test_translate_changes_only_comments_and_keeps_their_place():
    translated = translate(SOURCE, CATALOGUE_OK)
    assert translated == SOURCE.replace("The slope, in bits.", "斜率，单位比特。").replace(
        "# the label", "# 标签"
    )
    assert '"# slope"' in translated  # a "#" in a string is no comment
    assert token_problems(SOURCE, translated) == [] and compile_problem("x.py", translated) is None
    # Directives, the shebang and notation need no entry; prose does.
    assert [c.text for c in comments(SOURCE) if not needs_translation(c)] == [
        "!/usr/bin/env python",
        "noqa: E501",
        "H(p, q)",
    ]
    assert missing("a/b/x.py", SOURCE, CATALOGUE_OK) == []


def test_a_comment_without_translation_is_named_with_its_file_and_line():
    assert missing("a/b/x.py", SOURCE, {"the label": "标签"}) == [
        f"snippets/a/b/x.py:4: 'The slope, in bits.' has no entry in snippets/a/b/{CATALOGUE}"
    ]


def test_a_stale_entry_is_reported():
    stale = {**CATALOGUE_OK, "The old slope.": "旧的斜率。"}
    assert unused("a/b", CATALOGUE_OK, [SOURCE]) == []
    assert unused("a/b", stale, [SOURCE]) == [
        f"snippets/a/b/{CATALOGUE}: 'The old slope.' is no comment here"
    ]


def test_a_translation_that_breaks_a_line_or_eats_code_is_caught():
    for bad in ("标签\nlabel = None", "", 3):
        with pytest.raises(ValueError, match="not one line"):
            translate(SOURCE, {"the label": bad})
    broken = translate(SOURCE, CATALOGUE_OK).replace("# 标签", "# 标签\nlabel = None")
    assert token_problems(SOURCE, broken)
    eaten = translate(SOURCE, CATALOGUE_OK).replace('"# slope"  # 标签', "# 标签")
    assert token_problems(SOURCE, eaten)
    moved = translate(SOURCE, CATALOGUE_OK).replace('"# slope"  # 标签', '"# slope" # 标签')
    assert token_problems(SOURCE, moved) == ["the comments do not start where the file's do"]


def test_a_translation_that_stops_the_file_running_is_caught():
    # Tokens and all: on line 1 or 2 a comment that reads as an encoding
    # declaration decides how Python decodes the saved file.
    source = "# counts in ASCII\nprint('π')\n"
    cookie = translate(source, {"counts in ASCII": "coding: ascii 计数"})
    assert token_problems(source, cookie) == []
    assert "SyntaxError" in compile_problem("x.py", cookie)


# The hook.


PAGE = """Text.

```python title="snippets/a/b/x.py"
--8<-- "a/b/x.py"
```

??? example "Code"

    ```python title="snippets/a/b/x.py"
    --8<-- "a/b/x.py"
    ```

<!--pytest-codeblocks:expected-output-->
```text title="输出"
--8<-- "a/b/x.out"
```
"""


def expand(text, base):
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(base)], "check_paths": True}},
    )
    return md.preprocessors["snippet"].run(text.split("\n"))


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """snippets/a/b/ with x.py, its output and its catalogue, under tmp_path."""
    hook = load_hook("chinese_comments")
    monkeypatch.setattr(hook, "SNIPPETS", tmp_path)
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a/b/x.py").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "a/b/x.out").write_text("# slope 3.0\n", encoding="utf-8")
    (tmp_path / "a/b" / CATALOGUE).write_text(
        '"The slope, in bits." = "斜率，单位比特。"\n"the label" = "标签"\n', encoding="utf-8"
    )
    return hook, tmp_path


def page(uri="b.md"):
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


def config(name):
    return SimpleNamespace(config_file_path=str(ROOT / name))


def test_the_hook_inlines_a_listing_as_pymdownx_includes_the_translated_file(folder, tmp_path):
    hook, snippets = folder
    out = hook.on_page_markdown(PAGE, page(), config("mkdocs.yml"), None)
    assert out.count("斜率，单位比特。") == 2 and "    # 斜率，单位比特。" in out
    assert out.count("--8<--") == 1  # the output is still included
    # Exactly what pymdownx.snippets makes of an include of the translated file.
    translated = tmp_path / "translated"
    (translated / "a/b").mkdir(parents=True)
    (translated / "a/b/x.py").write_text(
        translate(SOURCE, load_catalogue(snippets / "a/b")), encoding="utf-8"
    )
    (translated / "a/b/x.out").write_text("# slope 3.0\n", encoding="utf-8")
    assert expand(out, snippets) == expand(PAGE, translated)
    # The English build, and a page in Chinese of a file with no comment to translate, keep the include.
    assert hook.on_page_markdown(PAGE, page(), config("mkdocs.en.yml"), None) == PAGE
    (snippets / "a/b/x.py").write_text("x = 1  # H(p, q)\n", encoding="utf-8")
    assert hook.on_page_markdown(PAGE, page(), config("mkdocs.yml"), None) == PAGE


def test_the_hook_names_a_comment_without_translation(folder, caplog, monkeypatch):
    hook, snippets = folder
    (snippets / "a/b" / CATALOGUE).write_text('"the label" = "标签"\n', encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.chinese_comments"):
        out = hook.on_page_markdown(PAGE, page("b.md"), config("mkdocs.yml"), None)
    assert "# 标签" in out and "# The slope, in bits." in out
    named = f"b.md: snippets/a/b/x.py:4 has a comment with no Chinese in snippets/a/b/{CATALOGUE}"
    assert caplog.text.count(named) == 2 and "'The slope, in bits.'" in caplog.text
    # The build's cache (.cache/chinese_comments.pickle) gives the same page, and names the same comments.
    build_memo = sys.modules["build_memo"]  # the one the hook imported
    monkeypatch.setattr(build_memo, "CACHE_DIR", snippets / "cache")
    hook.memo = build_memo.Memo("chinese_comments", hook.VERSIONS)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.chinese_comments"):
        for _ in range(2):
            assert hook.on_page_markdown(PAGE, page("b.md"), config("mkdocs.yml"), None) == out
    assert (hook.memo.misses, hook.memo.hits) == (1, 3) and caplog.text.count(named) == 4
    # A catalogue TOML cannot read stops the build, naming it.
    (snippets / "a/b" / CATALOGUE).write_text('"the label" = 标签\n', encoding="utf-8")
    with pytest.raises(PluginError, match=f"snippets/a/b/{CATALOGUE}: Invalid value"):
        hook.on_page_markdown(PAGE, page("b.md"), config("mkdocs.yml"), None)


def test_serving_rewrites_the_notebooks_when_a_catalogue_is_saved(tmp_path, monkeypatch):
    watch = load_hook("snippet_watch")
    calls = []
    monkeypatch.setattr(watch, "SNIPPETS", tmp_path)
    monkeypatch.setattr(watch, "refresh", lambda paths: calls.append(("snippets", [p.name for p in paths])))
    monkeypatch.setattr(watch, "refresh_notebooks", lambda: calls.append(("notebooks",)))
    (tmp_path / "a").mkdir()
    (tmp_path / "a/x.py").write_text("x = 1  # one\n")
    watch.start("serve")
    assert watch.serving
    (tmp_path / "a" / CATALOGUE).write_text('"one" = "一"\n')
    watch.before_build()
    (tmp_path / "a/x.py").write_text("x = 2  # one\n")
    watch.before_build()
    watch.before_build()  # nothing changed: nothing runs
    assert calls == [("notebooks",), ("snippets", ["x.py"])]


def test_outputs_writes_and_checks_the_translated_source_in_the_chinese_notebook(
    tmp_path, monkeypatch, capsys
):
    import outputs  # tools/outputs.py (the root conftest.py imports it before NumPy)

    notebook = "classification/slowdown.ipynb"
    copies = {lang: tmp_path / "docs" / lang / notebook for lang in LANGS}
    for lang, copy in copies.items():
        copy.parent.mkdir(parents=True)
        cells = json.loads((ROOT / "docs" / lang / notebook).read_text(encoding="utf-8"))
        for cell in cells["cells"]:  # every cell with the file's own source, comments in English
            if cell["cell_type"] == "code":
                cell["source"] = (
                    (SNIPPETS / cell["metadata"]["snippet"]).read_text(encoding="utf-8").rstrip("\n")
                )
        copy.write_text(json.dumps(cells, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    monkeypatch.setattr(outputs, "ROOT", tmp_path)
    monkeypatch.setattr(outputs, "DOCS", tmp_path / "docs")
    monkeypatch.setattr(outputs, "notebook_paths", lambda: [copies["zh"], copies["en"]])
    english, chinese = "the same learning rate for both costs", "两种代价用同一个学习率"
    stale = copies["zh"].read_text(encoding="utf-8")

    assert outputs.main(["--notebooks", "--check"]) == 1
    report = capsys.readouterr().out
    assert f'-    "eta, epochs = 0.15, 300  # {english}\\n",' in report
    assert f'+    "eta, epochs = 0.15, 300  # {chinese}\\n",' in report
    assert (
        "docs/zh/" in report
        and "docs/en/" not in report
        and copies["zh"].read_text(encoding="utf-8") == stale
    )
    assert outputs.main(["--notebooks"]) == 0
    assert chinese in copies["zh"].read_text(encoding="utf-8") and english not in copies["zh"].read_text(
        encoding="utf-8"
    )
    assert english in copies["en"].read_text(encoding="utf-8")
    assert outputs.main(["--notebooks", "--check"]) == 0

"""A snippet's comments in Chinese, its code untouched.

Snippets are written once, with English comments. Chinese pages and notebooks
show them with the comments translated: each page folder
snippets/<section>/<page>/ has a catalogue, comments.zh.toml, that maps the
text of each English comment (without its `#` and the spaces around it) to
its Chinese; one entry serves every file of the folder:

    "information content of each outcome, in bits" = "每种结果的信息量，单位比特"

translate() rewrites only COMMENT tokens, as the tokenize module finds them:
the `#`, the spaces after it, its column and the rest of the line stay, so
every other token of the file is exactly where and what it was, and the
translated file runs as the original does. Comments that need no translation:
tool directives (`# noqa: E731`, `# fmt: off`, `# type: ignore`,
`# pragma: no cover`), a shebang or encoding line, and notation with no
English word in it (`# H(p, q)`, `# dC/dz`). Every other comment of a snippet
a Chinese page shows has an entry (tests/test_chinese_comments.py); the
Chinese build (hooks/chinese_comments.py) names any that has none.

Only the standard library, so that the hook can import it as well as
tools/outputs.py and the tests.
"""

import io
import re
import tokenize
import tomllib
from dataclasses import dataclass
from pathlib import Path

CATALOGUE = "comments.zh.toml"
LANG = "zh"  # the language whose pages show translated comments

DIRECTIVE = re.compile(r"(?:noqa\b|fmt:|type:|pragma\b|ruff:|isort:|pylint:)", re.I)
CODING = re.compile(r"^[ \t\f]*#.*?coding[:=]")  # PEP 263
# A word, as the code or the formula around it writes names: letters,
# digits, underscores and dots, and an opening parenthesis if it is called.
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\(?")
# Names that read the same in a Chinese comment: functions of the formulas.
MATH = {"log", "exp", "sqrt", "softmax", "sigmoid", "softplus", "sum", "max", "min", "inf", "nan", "std"}


@dataclass(frozen=True)
class Comment:
    line: int  # 1-based
    column: int  # of the `#`, in characters
    text: str  # the catalogue's key: without the `#` and the spaces around it
    token: str  # the whole comment, `#` included


def comment_text(token: str) -> str:
    return token[1:].strip()


def comments(source: str) -> list[Comment]:
    """Every comment of a Python source, in order."""
    return [
        Comment(t.start[0], t.start[1], comment_text(t.string), t.string)
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type == tokenize.COMMENT
    ]


def is_english(text: str) -> bool:
    """Whether a comment holds an English word, not only code and notation:
    a name of three or more letters that is neither called, dotted, nor
    written with digits or underscores, nor a function of the formulas."""
    return any(
        re.fullmatch(r"[A-Za-z]{3,}", name) and name.lower() not in MATH for name in NAME.findall(text)
    )


def needs_translation(comment: Comment) -> bool:
    if comment.line == 1 and comment.token.startswith("#!"):
        return False
    if comment.line <= 2 and comment.column == 0 and CODING.match(comment.token):
        return False
    return not DIRECTIVE.match(comment.text) and is_english(comment.text)


def untranslated(source: str, catalogue: dict[str, str]) -> list[Comment]:
    """Comments that need a translation and have no entry."""
    return _untranslated(comments(source), catalogue)


def translate(source: str, catalogue: dict[str, str]) -> str:
    """The source with each comment that has an entry in its Chinese; the
    `#`, the spaces after it and everything else as they were."""
    return _translate(source, catalogue, comments(source))


def translation(source: str, catalogue: dict[str, str]) -> tuple[str, list[Comment]]:
    """translate() and untranslated() at once, with one pass of the tokenizer."""
    found = comments(source)
    return _translate(source, catalogue, found), _untranslated(found, catalogue)


def _untranslated(found, catalogue):
    return [c for c in found if c.text not in catalogue and needs_translation(c)]


def _translate(source, catalogue, found):
    lines = io.StringIO(source).readlines()
    for c in reversed(found):
        if c.text not in catalogue:
            continue
        chinese = catalogue[c.text]
        if (
            not isinstance(chinese, str)
            or not chinese.strip()
            or re.search(r"[\r\n\f\v\x00\x85\u2028\u2029]", chinese)
        ):
            raise ValueError(f"the translation of {c.text!r} is not one line of text: {chinese!r}")
        after = c.token[1:]
        lead = "#" + after[: len(after) - len(after.lstrip())]  # "#" and the spaces after it
        trail = c.token[len(c.token.rstrip()) :]
        new = lead + chinese + trail
        line = lines[c.line - 1]
        lines[c.line - 1] = line[: c.column] + new + line[c.column + len(c.token) :]
    return "".join(lines)


def load_catalogue(folder: Path) -> dict[str, str]:
    """A folder's catalogue: {} if it has none."""
    path = Path(folder) / CATALOGUE
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        return tomllib.load(f)


def shown_source(snippet: Path, lang: str) -> str:
    """The source a page in lang shows of a snippet: translated on Chinese pages."""
    source = Path(snippet).read_text(encoding="utf-8")
    return translate(source, load_catalogue(Path(snippet).parent)) if lang == LANG else source

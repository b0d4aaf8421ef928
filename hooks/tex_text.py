"""A formula's TeX as text a reader can read: what the search index shows.

Not a hook: hooks/search_scope.py imports it by name. The page keeps its
typeset math (hooks/katex_render.py); only the search index gets this form,
so that a result's preview reads "replaces the one-hot target by
(1 − ε) one-hot + ε/K for K classes" instead of losing the formula.

    text(r"H(p, q) = -\\sum_k p_k \\log q_k")  ->  "H(p, q) = −Σ<sub>k</sub> p<sub>k</sub> log q<sub>k</sub>"

The result is HTML: sub- and superscripts are <sub> and <sup>, the two tags
Material's search keeps inside text; everything else is escaped. Letters and
operators become their Unicode characters, fractions a/b (parenthesised when
either side is more than one term), the rows of an aligned block or of cases
one line, continued by their relation or separated by "; ". A command this
module does not know comes out as its name, and is listed in `unknown`, so a
test can name it.
"""

import html
import re

GREEK = {
    name: chr(code)
    for name, code in [
        ("alpha", 0x3B1), ("beta", 0x3B2), ("gamma", 0x3B3), ("delta", 0x3B4), ("epsilon", 0x3B5),
        ("varepsilon", 0x3B5), ("zeta", 0x3B6), ("eta", 0x3B7), ("theta", 0x3B8), ("vartheta", 0x3D1),
        ("iota", 0x3B9), ("kappa", 0x3BA), ("lambda", 0x3BB), ("mu", 0x3BC), ("nu", 0x3BD), ("xi", 0x3BE),
        ("pi", 0x3C0), ("varpi", 0x3D6), ("rho", 0x3C1), ("varrho", 0x3F1), ("sigma", 0x3C3),
        ("varsigma", 0x3C2), ("tau", 0x3C4), ("upsilon", 0x3C5), ("phi", 0x3C6), ("varphi", 0x3C6),
        ("chi", 0x3C7), ("psi", 0x3C8), ("omega", 0x3C9), ("Gamma", 0x393), ("Delta", 0x394),
        ("Theta", 0x398), ("Lambda", 0x39B), ("Xi", 0x39E), ("Pi", 0x3A0), ("Sigma", 0x3A3),
        ("Upsilon", 0x3A5), ("Phi", 0x3A6), ("Psi", 0x3A8), ("Omega", 0x3A9),
    ]
}  # fmt: skip
ORDINARY = {
    **GREEK,
    "partial": "∂", "nabla": "∇", "infty": "∞", "ell": "ℓ", "prime": "′", "top": "⊤", "intercal": "⊤",
    "dots": "…", "ldots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "forall": "∀", "exists": "∃",
    "emptyset": "∅", "varnothing": "∅", "hbar": "ℏ", "imath": "ı", "jmath": "ȷ", "Re": "ℜ", "Im": "ℑ",
    "sum": "Σ", "prod": "Π", "int": "∫", "oint": "∮", "bigcup": "⋃", "bigcap": "⋂", "neg": "¬", "lnot": "¬",
    "%": "%", "$": "$", "#": "#", "&": "&", "_": "_", "{": "{", "}": "}", "backslash": "\\",
    "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
    "|": "‖", "Vert": "‖", "lVert": "‖", "rVert": "‖", "vert": "|", "lvert": "|", "rvert": "|",
    "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
}  # fmt: skip
BINARY = {
    "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "circ": "∘", "bullet": "•", "ast": "∗",
    "star": "⋆", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "cup": "∪", "cap": "∩", "setminus": "∖",
    "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
}  # fmt: skip
RELATION = {
    "le": "≤", "leq": "≤", "leqslant": "≤", "ge": "≥", "geq": "≥", "geqslant": "≥", "ne": "≠", "neq": "≠",
    "approx": "≈", "simeq": "≃", "sim": "∼", "cong": "≅", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫",
    "to": "→", "rightarrow": "→", "longrightarrow": "⟶", "leftarrow": "←", "gets": "←", "longleftarrow": "⟵",
    "Rightarrow": "⇒", "implies": "⟹", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "iff": "⟺",
    "leftrightarrow": "↔", "mapsto": "↦", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂",
    "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇", "mid": "|", "parallel": "∥", "perp": "⊥",
    "coloneqq": "≔", "doteq": "≐", "triangleq": "≜", "uparrow": "↑", "downarrow": "↓",
}  # fmt: skip
FUNCTIONS = {
    "log", "ln", "lg", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "arcsin",
    "arccos", "arctan", "max", "min", "sup", "inf", "lim", "limsup", "liminf", "arg", "argmax", "argmin",
    "det", "dim", "ker", "deg", "gcd", "Pr", "mod", "bmod",
}  # fmt: skip
# Commands whose (one) argument is shown as it is, and font switches.
AS_IS = {
    "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "boldsymbol", "bm", "mathnormal", "textrm", "textit",
    "textbf", "textsf", "texttt", "textnormal", "emph", "boxed", "operatorname", "mathop", "mathbin",
    "mathrel", "mathord", "mathopen", "mathclose", "mathpunct", "displaystyle", "smash", "cancel", "bcancel",
    "xcancel", "mathstrut", "underline", "overline", "widehat", "widetilde",
}  # fmt: skip
TEXT = {"text", "textrm", "textit", "textbf", "textsf", "texttt", "textnormal", "mbox", "hbox", "textup"}
ACCENT = {
    "hat": "\u0302", "widehat": "\u0302", "bar": "\u0304", "overline": "\u0304", "tilde": "\u0303",
    "widetilde": "\u0303", "dot": "\u0307", "ddot": "\u0308", "vec": "\u20d7", "check": "\u030c",
    "acute": "\u0301", "grave": "\u0300", "breve": "\u0306",
}  # fmt: skip
DOUBLE_STRUCK = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "E": "𝔼", "P": "ℙ", "1": "𝟙"}
# Spacing, sizing and layout that carry no meaning in text.
SPACE = {",", ":", ";", " ", "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "space"}
IGNORED = {
    "!", "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl",
    "biggr", "Biggl", "Biggr", "bigm", "Bigm", "textstyle", "scriptstyle", "scriptscriptstyle", "limits",
    "nolimits", "notag", "nonumber", "hline", "allowbreak", "nobreak", "relax", "strut", "negthinspace",
    "negmedspace", "negthickspace",
}  # fmt: skip
DROP_ARG = {"label", "phantom", "hphantom", "vphantom", "color", "hspace", "vspace", "kern", "mkern"}
# Environments: (opening, closing) delimiters; cells of a row are joined by ", ".
MATRICES = {
    "matrix": ("", ""), "smallmatrix": ("", ""), "array": ("", ""), "pmatrix": ("(", ")"),
    "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"),
    "cases": ("{ ", ""), "dcases": ("{ ", ""), "rcases": ("", " }"),
}  # fmt: skip
ALIGNED = {"aligned", "align", "align*", "alignedat", "gathered", "gather", "gather*", "split", "multline"}

TOKEN = re.compile(r"\\([A-Za-z]+\*?)|\\(.)|(\s+)|(\d+(?:\.\d+)?)|(.)", re.S)
BIG = {"sum", "prod", "int", "oint", "bigcup", "bigcap"}
SINGLE = {
    "'": ("script", "′"), "&": ("cell", ""), "~": ("space", " "), "-": ("op", "−"), "+": ("op", "+"),
    "*": ("op", "∗"), "/": ("slash", "/"), "(": ("open", "("), "[": ("open", "["), ")": ("close", ")"),
    "]": ("close", "]"), "|": ("atom", "|"),
}  # fmt: skip
# After these an operator is a sign (−x), not a binary operator (a − x).
BEFORE_SIGN = (None, "op", "rel", "open", "punct", "func", "big", "slash", "prefix")


class Text:
    """text = Text(); text(tex) -> HTML. text.unknown: the commands it did not know."""

    def __init__(self):
        self.unknown = set()

    def __call__(self, tex):
        self.tokens = []
        for m in TOKEN.finditer(tex):
            command, symbol, space, number, char = m.groups()
            if command is not None or symbol is not None:
                self.tokens.append(("cmd", command if command is not None else symbol))
            elif space is not None:
                self.tokens.append(("space", " "))
            elif number is not None:
                self.tokens.append(("num", number))
            else:
                self.tokens.append(("char", char))
        self.pos = 0
        return _join(self._sequence(stop=None))

    # Parsing. Items are (kind, html): atom, frac, big (Σ and its kin), func
    # (log, softmax), op, rel, open, close, punct, slash, script, space, and
    # the row and cell breaks of an environment.

    def _peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def _next(self):
        token = self._peek()
        self.pos += 1
        return token

    def _skip_spaces(self):
        while self._peek()[0] == "space":
            self.pos += 1

    def _sequence(self, stop):
        items = []
        while self.pos < len(self.tokens):
            token = self._peek()
            if token == ("char", stop) or (stop == "end" and token == ("cmd", "end")):
                if stop != "end":
                    self.pos += 1
                return items
            items.extend(self._item())
        return items

    def _argument(self):
        """One argument: a {group}, or one token (one digit of a number: \\tfrac12)."""
        self._skip_spaces()
        kind, value = self._peek()
        if kind == "char" and value == "{":
            self.pos += 1
            return self._sequence(stop="}")
        if kind == "num" and len(value) > 1:
            self.tokens[self.pos] = ("num", value[1:])
            return [("atom", value[0])]
        return self._item() if kind is not None else []

    def _source(self):
        """An argument's TeX, unparsed: for \\text{...} and environment names."""
        self._skip_spaces()
        kind, value = self._next()
        if (kind, value) != ("char", "{"):
            return "\\" + value if kind == "cmd" else value or ""
        depth, out = 1, []
        while self.pos < len(self.tokens):
            kind, value = self._next()
            depth += (kind, value) == ("char", "{")
            depth -= (kind, value) == ("char", "}")
            if depth == 0:
                break
            out.append("\\" + value if kind == "cmd" else value)
        return "".join(out)

    def _optional(self):
        if self._peek() == ("char", "["):
            self.pos += 1
            self._sequence(stop="]")

    def _item(self):
        kind, value = self._next()
        if kind == "space":
            return [("space", " ")]
        if kind == "num":
            return [("atom", value)]
        if kind == "char":
            return self._char(value)
        return self._command(value)

    def _char(self, c):
        if c == "{":
            return [("atom", _join(self._sequence(stop="}")))]
        if c in "^_":
            tag = "sup" if c == "^" else "sub"
            return [("script", f"<{tag}>{_join(self._argument())}</{tag}>")]
        if c in SINGLE:
            return [SINGLE[c]]
        if c in "=<>":
            return [("rel", html.escape(c))]
        if c in ",;.:!?":
            return [("punct", c)]
        return [("atom", html.escape(c))]

    def _command(self, name):
        if name in SPACE:
            return [("space", " ")]
        if name in IGNORED:
            if name in ("left", "right", "middle", "bigl", "bigr", "Bigl", "Bigr") and self._peek() == (
                "char",
                ".",
            ):
                self.pos += 1
            return []
        if name == "\\":
            self._optional()
            return [("row", "")]
        if name in DROP_ARG:
            self._argument()
            return []
        if name in ("{", "lbrace", "langle", "lfloor", "lceil"):
            return [("open", ORDINARY[name])]
        if name in ("}", "rbrace", "rangle", "rfloor", "rceil"):
            return [("close", ORDINARY[name])]
        if name in BIG:
            return [("big", ORDINARY[name])]
        if name in ("partial", "nabla"):
            return [("prefix", ORDINARY[name])]
        if name in ORDINARY:
            return [("atom", html.escape(ORDINARY[name]))]
        if name in BINARY:
            return [("op", BINARY[name])]
        if name in RELATION:
            return [("rel", RELATION[name])]
        if name in FUNCTIONS:
            return [("func", name)]
        if name in ("operatorname", "operatorname*"):
            return [("func", _join(self._argument()))]
        if name in TEXT:
            return [("atom", html.escape(_text(self._source())))]
        if name in ACCENT:
            return [("atom", _join(self._argument()) + ACCENT[name])]
        if name in AS_IS:
            return [("atom", _join(self._argument()))]
        if name == "mathbb":
            return [("atom", "".join(DOUBLE_STRUCK.get(c, c) for c in _join(self._argument())))]
        if name in ("mathcal", "mathscr", "mathfrak"):
            return [("atom", _join(self._argument()))]
        if name in ("frac", "tfrac", "dfrac", "cfrac"):
            top, bottom = self._argument(), self._argument()
            return [("frac", f"{_operand(top)}/{_operand(bottom)}")]
        if name in ("binom", "tbinom", "dbinom"):
            top, bottom = self._argument(), self._argument()
            return [("atom", f"C({_join(top)}, {_join(bottom)})")]
        if name == "sqrt":
            self._optional()
            return [("atom", "√" + _operand(self._argument()))]
        if name in ("underbrace", "overbrace"):
            body = _join(self._argument())
            self._skip_spaces()
            if self._peek() in (("char", "_"), ("char", "^")):
                self.pos += 1
                return [("atom", f"{body} ({_join(self._argument())})")]
            return [("atom", body)]
        if name in ("overset", "stackrel", "underset"):
            self._argument()
            return [("atom", _join(self._argument()))]
        if name == "substack":
            return [("atom", _join(self._argument()))]
        if name == "tag":
            return [("space", " "), ("atom", f"({html.escape(_text(self._source()))})")]
        if name == "begin":
            return self._environment(self._source())
        self.unknown.add("\\" + name)
        return [("func", html.escape(name))]

    def _environment(self, env):
        if env in ("array", "alignedat", "subarray"):
            self._source()  # the column spec, or the number of columns
        body = self._sequence(stop="end")
        if self._peek() == ("cmd", "end"):
            self.pos += 1
            self._source()
        if env not in MATRICES and env not in ALIGNED:
            self.unknown.add(f"\\begin{{{env}}}")
        rows = [[[]]]
        for item in body:
            if item[0] == "row":
                rows.append([[]])
            elif item[0] == "cell":
                rows[-1].append([])
            else:
                rows[-1][-1].append(item)
        rows = [[_strip(cell) for cell in row] for row in rows]
        rows = [row for row in rows if any(row)]
        if env in MATRICES:
            opening, closing = MATRICES[env]
            lines = [", ".join(_join(cell) for cell in row if cell) for row in rows]
            return [("atom", opening + "; ".join(line.rstrip(",;.") for line in lines) + closing)]
        # The rows of aligned equations read as one line: a row that starts
        # with a relation or an operator continues the one before it.
        items = []
        for i, row in enumerate(rows):
            line = [item for cell in row for item in (*cell, ("space", " "))]
            line = _strip(line)
            if i and line and line[0][0] not in ("rel", "op"):
                while items and items[-1][0] in ("space", "punct"):
                    items.pop()
                items += [("punct", ";"), ("space", " ")]
            items += line + [("space", " ")]
        return items


def _text(source):
    """The content of \\text{...}: literal, with TeX's escapes undone."""
    return re.sub(r"\\([{}%$&#_ ])", r"\1", source).replace("~", " ")


def _strip(items):
    """Items without leading and trailing spaces."""
    start, end = 0, len(items)
    while start < end and items[start][0] == "space":
        start += 1
    while end > start and items[end - 1][0] == "space":
        end -= 1
    return items[start:end]


def _operand(items):
    """A fraction's numerator or denominator, parenthesised unless it is one
    factor: a symbol with its scripts, a run of letters (dp), ∂z, f(x), or a
    bracketed group."""
    solid, spaced = [], False  # (kind, value, preceded by a space)
    for kind, value in items:
        if kind == "space":
            spaced = True
        else:
            solid.append((kind, value, spaced))
            spaced = False
    factors, depth = 0, 0
    for i, (kind, value, space_before) in enumerate(solid):
        before = solid[i - 1][0] if i else None
        if kind == "open":
            call = before in ("atom", "script") and not space_before and _one_symbol(solid, i)
            factors += depth == 0 and not call
            depth += 1
        elif kind == "close":
            depth -= 1
        elif depth or kind == "script" or (kind == "op" and i == 0):
            continue
        elif kind in ("op", "rel", "punct", "slash", "big", "func"):
            return f"({_join(items)})"
        else:  # atom, frac, prefix
            after_prefix = [k for k, _, _ in solid[:i] if k != "script"][-1:] == ["prefix"]
            letters = before == "atom" and not space_before and value.isalpha() and solid[i - 1][1].isalpha()
            factors += not after_prefix and not letters
    return f"({_join(items)})" if factors > 1 else _join(items)


def _one_symbol(items, start):
    """Whether the bracketed group opening at items[start] holds one symbol, as in f(x)."""
    depth, inside = 0, []
    for kind, _, _ in items[start:]:
        depth += kind == "open"
        depth -= kind == "close"
        if depth == 0:
            break
        inside.append(kind)
    inside = [k for k in inside[1:] if k != "script"]
    return inside == ["atom"]


def _join(items):
    """Items -> HTML, with the spaces a reader expects around operators and relations."""
    out = []
    previous = None  # the kind of the last item written
    spaced = False  # a space in the source since then
    for kind, value in items:
        if kind in ("space", "row", "cell"):
            spaced = previous is not None
            continue
        unary = kind == "op" and previous in BEFORE_SIGN
        if kind == "rel" or (kind == "op" and not unary):
            out.append(f" {value} ")
        elif kind in ("script", "close", "slash"):
            out.append(value)
        elif kind == "punct":
            out.append(value + (" " if value in ",;" else ""))
        else:  # atom, frac, big, func, open, unary op
            after_factor = previous in ("atom", "close", "script", "frac", "func", "big_done")
            if previous == "prefix":
                after_factor = False
            elif previous == "big" and spaced:
                after_factor = True
            gap = after_factor and (spaced or kind in ("big", "func", "frac") or previous == "frac")
            if kind == "prefix":
                gap = after_factor
            if kind == "atom" and previous == "func":
                gap = True
            if kind == "open" and previous == "func":
                gap = spaced
            if kind == "frac" and previous == "func":
                gap, value = False, f"({value})"
            out.append((" " if gap else "") + value)
        if kind == "script" and previous in ("func", "big", "big_done", "prefix"):
            kind = {"func": "func", "prefix": "prefix"}.get(previous, "big_done")
        previous = "prefix" if kind == "prefix" else "open" if unary else kind
        spaced = False
    return re.sub(r" {2,}", " ", "".join(out)).strip()

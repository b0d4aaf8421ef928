"""Give every figure on a page its width and height.

A browser that knows an image's size before it arrives reserves the space, so
the text below it does not jump when it loads (Lighthouse's cumulative layout
shift, "unsized image element"). The figures are the SVGs snippets draw,
served at figures/<chapter>/<name>.svg by hooks/shared_assets.py; their size
is read from the SVG itself, so it follows the file when a snippet redraws it.
Material's stylesheet keeps `max-width: 100%; height: auto`, so on a phone the
figure still shrinks, keeping its aspect ratio.

A figure drawn twice, for the light and the dark colour scheme
(`name-light.svg#only-light`, `name-dark.svg#only-dark`, which Material shows
one at a time), also gets `loading="lazy"`: the browser then fetches only the
variant on display.
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

SNIPPETS = Path(__file__).resolve().parent.parent / "snippets"
# A fragment (#only-light, #only-dark: Material shows the image in one colour
# scheme only) names no other file.
IMG = re.compile(r'<img\b[^>]*?\bsrc="(?:[^"]*/)?figures/([^"#]+\.svg)(?:#[^"]*)?"[^>]*>')
SVG_TAG = re.compile(r"<svg\b[^>]*>")
SCHEME_ONLY = re.compile(r'\bsrc="[^"]*#only-(?:light|dark)"')
# CSS pixels per unit (CSS Values 4: 1in = 96px = 72pt).
UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3}


def svg_size(path):
    """(width, height) in CSS pixels from the root <svg>'s width and height."""
    tag = SVG_TAG.search(path.read_text(encoding="utf-8"))
    sizes = []
    for name in ("width", "height"):
        value = re.search(rf'\s{name}="([\d.]+)(px|pt|)"', tag.group(0)) if tag else None
        if value is None:
            raise PluginError(
                f"{path}: the root <svg> has no {name} in px or pt, so the page "
                "cannot reserve its space; save the figure with an explicit size"
            )
        sizes.append(round(float(value.group(1)) * UNITS[value.group(2)]))
    return tuple(sizes)


def sized(match):
    tag = match.group(0)
    if re.search(r"\s(width|height)=", tag):
        return tag  # the page chose a size itself
    width, height = svg_size(SNIPPETS / match.group(1))
    extra = ""
    if SCHEME_ONLY.search(tag) and not re.search(r"\sloading=", tag):
        # One of a light/dark pair: lazy, so the browser fetches only the one shown
        # (it defers an image that is not displayed; an eager one loads anyway).
        extra = ' loading="lazy"'
    return f'{tag[:-1].rstrip("/").rstrip()} width="{width}" height="{height}"{extra}>'


def on_page_content(html, page, config, files):
    return IMG.sub(sized, html)

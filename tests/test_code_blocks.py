"""What a reader sees of a listing or an output: the copy button never covers
the code, on a phone or a desktop, in either language."""

import pytest

from chromium import guarded_context, open_page

PAGES = ["classification/gradients/", "reference/sources/", "frameworks/stability/"]
PREFIX = {"zh": "", "en": "en/"}

# For each copy button, does its box meet the box of the first line of its code?
COVERED = """() => {
  const found = [];
  for (const nav of document.querySelectorAll(".highlight pre > .md-code__nav")) {
    const code = nav.parentElement.querySelector("code");
    const text = document.createTreeWalker(code, NodeFilter.SHOW_TEXT).nextNode();
    if (!text) continue;
    const range = document.createRange();
    range.selectNodeContents(code);
    const line = [...range.getClientRects()].find(r => r.width > 0);
    const button = nav.getBoundingClientRect();
    const visible = code.getBoundingClientRect();
    const right = Math.min(line.right, visible.right);
    const across = button.left < right && button.right > line.left;
    if (across && button.top < line.bottom && button.bottom > line.top)
      found.push(nav.closest(".highlight").querySelector(".filename")?.textContent || "untitled");
  }
  return found;
}"""


def covered(browser, url, width, css=None):
    with guarded_context(browser, viewport={"width": width, "height": 900}) as context:
        page, _ = open_page(context, url)
        if css:
            page.add_style_tag(content=css)
        return page.evaluate(COVERED)


@pytest.mark.browser
@pytest.mark.parametrize("lang", PREFIX)
@pytest.mark.parametrize("width", [375, 1280])
def test_copy_button_covers_no_code(browser, site_server, lang, width):
    found = {p: covered(browser, site_server + PREFIX[lang] + p, width) for p in PAGES}
    assert {p: f for p, f in found.items() if f} == {}


@pytest.mark.browser
def test_covered_check_sees_the_button_where_material_puts_it(browser, site_server):
    # Material's own place for the button, top right of the code, covers long first lines.
    material = ".md-typeset .highlight span.filename + pre > .md-code__nav { top: .25em; bottom: auto; }"
    assert covered(browser, site_server + "classification/gradients/", 375, css=material) != []

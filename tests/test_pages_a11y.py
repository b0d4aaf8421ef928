"""Every page of both languages on a phone, with the keyboard, and under axe.

- at a 375 px wide viewport nothing scrolls sideways
  (document.documentElement.scrollWidth <= 375);
- the copy button of the first code block (Material's content.code.copy)
  puts the included snippet's exact source on the clipboard;
- axe-core (node_modules/axe-core, installed by `npm ci`) finds no serious
  or critical violation.
"""

import pytest

from conftest import LANGS, ROOT
from chromium_worker import chromium, guarded_context  # noqa: F401  (fixture)

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 375, "height": 740}
AXE_RUN = """async () => {
  // KaTeX's HTML rendering is aria-hidden presentation (its MathML twin is
  // what assistive technology reads) and makes axe several times slower.
  const result = await axe.run({exclude: [[".katex-html"]]}, {resultTypes: ["violations"]});
  return result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.impact} ${v.id}: ${v.help} -- ` +
              v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", "));
}"""


def pages():
    from contract import DOCS  # pages that exist in the sources; the site adds 404.html
    found = []
    for lang in LANGS:
        root = DOCS / lang
        for src in sorted(root.rglob("*.md")) + sorted(root.rglob("*.ipynb")):
            rel = src.relative_to(root).with_suffix("")
            found.append((lang, "" if rel.as_posix() == "index" else rel.as_posix() + "/"))
        found.append((lang, "404.html"))
    return found


@pytest.mark.parametrize("lang, path", pages(), ids=lambda v: v or "home")
def test_page_on_a_phone(lang, path, site_server, chromium):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci`", pytrace=False)
    problems = chromium(check_page, site_server + LANGS[lang] + path)
    assert not problems, "\n".join(problems)


def check_page(browser, url):
    with guarded_context(browser, viewport=PHONE, device_scale_factor=1, is_mobile=True,
                         has_touch=True) as phone:
        phone.grant_permissions(["clipboard-read", "clipboard-write"], origin="/".join(url.split("/", 3)[:3]))
        problems = page_problems(phone.new_page(), url)
        problems += [f"request to another host: {u}" for u in phone.external]
    return problems


def page_problems(page, url):
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")  # final layout
    problems = []

    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        wide = page.evaluate("""w => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > w + 1)
          .filter(e => !e.closest('[hidden], .md-sidebar, .md-search, .md-nav'))
          .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))""", PHONE["width"])
        problems.append(f"scrolls sideways: scrollWidth {width} > {PHONE['width']} ({wide})")

    button = page.locator("div.highlight:has(> pre) .md-clipboard").first
    if button.count():
        title = page.locator("div.highlight:has(> pre)").first.evaluate(
            "e => (e.querySelector('.filename') || {}).textContent || ''").strip()
        if title.startswith("snippets/"):
            button.click()
            copied = page.evaluate("navigator.clipboard.readText()")
            source = (ROOT / title).read_text(encoding="utf-8")
            if copied.rstrip("\n") != source.rstrip("\n"):
                problems.append(f"copy button of {title} copied {copied[:80]!r}..., not the file")
        else:
            problems.append(f"first code block has no snippet title: {title!r}")

    page.add_script_tag(path=str(AXE))
    problems += page.evaluate(AXE_RUN)
    page.close()
    return problems

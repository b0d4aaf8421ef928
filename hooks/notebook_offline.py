"""Keep notebook pages offline and light.

mkdocs-jupyter renders notebooks through nbconvert's lab template, which puts
into every notebook page:
- a MathJax loader (its URL is empty here, so it requests the page itself);
- a Mermaid loader that imports from cdnjs;
- about 575 KB of inline JupyterLab CSS, plus its theme variables;
- a <style> holding a Python list repr (a bug in mkdocs-jupyter 0.26).

This hook removes them. hooks/katex_render.py typesets notebook math at build time,
and docs/assets/stylesheets/site.css styles the few notebook classes used.
A pattern that stops matching fails the build, so an upgrade of
mkdocs-jupyter cannot quietly bring a CDN back.
"""

import re

from mkdocs.exceptions import PluginError

STRIP = {
    "MathJax loader": r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->",
    "Mermaid loader": (
        r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded", async \(\) => \{'
        r'\s*const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?</script>'
    ),
    "Mermaid CSS": r"<style>\s*\.jp-Mermaid:not\(\.jp-RenderedMermaid\).*?</style>",
    "JupyterLab CSS": r'<style type="text/css">\s*@charset "UTF-8";\.jupyter-wrapper\{--md-red-50.*?</style>',
    "JupyterLab theme": r'<style type="text/css">\s*\.jupyter-wrapper\{--jp-shadow-base-lightness.*?</style>',
    "list-repr CSS": r"<style>\s*\['pre \{.*?</style>",
}
PATTERNS = {name: re.compile(p, re.S) for name, p in STRIP.items()}


def on_post_page(output, page, config):
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    for name, pattern in PATTERNS.items():
        output, count = pattern.subn("", output)
        if count != 1:
            raise PluginError(
                f"{page.file.src_uri}: expected one {name} block from mkdocs-jupyter, "
                f"found {count}; update hooks/notebook_offline.py for this version."
            )
    return output

"""Link the site to its repository when it has one.

The deploy workflow sets REPO_URL, and with it `repo_url`: then every page gets
Material's edit button and every listing titled with a snippet's path links to
that file. A local build has no repository address; MkDocs would then warn that
the relative edit_uri is no URL, so the hook drops edit_uri, and titles stay text.
"""

import re
from html import escape

TITLE = re.compile(r'<span class="filename">((?:snippets|docs)/[\w./-]+)</span>')


def on_config(config):
    if not config.repo_url:
        config.edit_uri = ""
    return config


def on_page_content(html, page, config, files):
    if not config.repo_url:
        return html
    base = config.repo_url.rstrip("/") + "/blob/main/"
    return TITLE.sub(
        lambda m: f'<span class="filename"><a href="{escape(base + m[1])}">{m[1]}</a></span>',
        html,
    )

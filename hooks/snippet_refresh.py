"""While `mkdocs serve` runs, re-record a snippet's output when it is saved.

MkDocs rebuilds when anything under snippets/ changes (`watch` in
mkdocs.yml). Before each rebuild this hook runs `tools/outputs.py` on the
snippets whose source changed since the last build, in a fresh process, so
the rebuilt page shows their new output and figures. A changed comment
catalogue (comments.zh.toml) runs nothing: pages read it in every build
(hooks/chinese_comments.py), and `tools/outputs.py --notebooks` copies the
translated sources into the Chinese notebooks. The writes these make set off
one more rebuild, which finds nothing to run.

- Without the test dependencies (`make serve` installs only the site's), it
  says once that outputs will not refresh, and goes on serving.
- A snippet that fails prints its error here and leaves its recorded output
  as it was; `make outputs` or `make test` will say so again.

`mkdocs build` never runs a snippet: outputs are recorded, not computed.
"""

import snippet_watch


def on_startup(command, dirty):
    snippet_watch.start(command)


def on_pre_build(config):
    snippet_watch.before_build()

"""Build the English site into <site_dir>/en/ after the Chinese one.

Chinese is the default language at /, English lives at /en/. Each language is
a separate MkDocs build (the setup Material's own docs use), which gives each
its own search index, 404 page and notebook rendering. Running it from this
hook means `mkdocs build` and `mkdocs serve` always produce both languages,
and a warning in the English build fails a strict build of the whole site.
"""

import logging
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.commands.build import build
from mkdocs.config import load_config

log = logging.getLogger("mkdocs.hooks.english_site")


EN_CONFIG = "mkdocs.en.yml"


def on_post_build(config):
    # mkdocs.en.yml inherits this hook with the rest of mkdocs.yml's hooks.
    if Path(config.config_file_path).name == EN_CONFIG:
        return
    en_config_file = Path(config.config_file_path).parent / EN_CONFIG
    en = load_config(
        str(en_config_file),
        site_dir=str(Path(config.site_dir) / "en"),
        site_url=urljoin(config.site_url or "/", "en/"),
        strict=config.strict,
    )
    log.info("Building the English site into %s", en.site_dir)
    en.plugins.on_startup(command="build", dirty=False)
    try:
        build(en)
    finally:
        en.plugins.on_shutdown()

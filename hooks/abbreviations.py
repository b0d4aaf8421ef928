"""Append this language's abbreviations to every page (tooltips on terms).

pymdownx.snippets' auto_append is one setting shared by both builds through
INHERIT; this picks docs/abbreviations/<language>.md for each build.
"""


def on_config(config):
    language = config.theme["language"]
    config.mdx_configs["pymdownx.snippets"]["auto_append"] = [f"{language}.md"]
    return config

"""Chinese search: let a query match the whole term it names.

At build time jieba cuts the Chinese text of the index into words (its user
dictionary, hooks/jieba_user_dict.txt, keeps the site's terms whole), and the
search plugin joins them with U+200B. In the browser, Material segments a
Chinese query against the words of the index: it looks, at each position, for
the longest word of the index that starts there, but only among the words
that end before the query's last character. So 标签平滑 becomes 标签* and
平*: the results are every page that says 标签 or 平均, the one that says
标签平滑 is not first, and the highlight marks 平均. Only when no word starts
the query at all does it search for the query whole.

Material does find a term T whole when T less its last character is itself a
word of the index: then that is the longest word it finds, and it searches
for it with a trailing wildcard, which matches T. So after the search plugin
has written the index, this hook adds, for every Chinese word of three or
more characters that a shorter word starts, the prefixes longer than that
shorter word, wherever they are not words already (标签平 for 标签平滑,
since 标签 is a word; 数值稳, 数值稳定 for 数值稳定性). A word that no shorter
word starts needs nothing: Material already searches for it whole. A word of
two characters cannot be helped: Material looks only at its first character,
so 对数 is searched as 对* when 对 is a word.

The prefixes go into a field of their own (`prefix`) that weighs nothing in
the ranking and is never shown, each in the entry where its word first
appears: any query that matches a prefix also matches the word itself, so no
entry is found that would not be found without it. A multi-word query such
as 标签平滑 交叉熵 is segmented word by word, and so works too. (Words typed
together without a space, 标签平滑交叉熵, are still found, but Material then
lists the first one as a missing term: it writes that segment with two
wildcards.)

The index is Material's output file (search/search_index.json), read and
written back whole; the worker builds one lunr field for every entry of the
index's `config.fields`. Nothing of Material's code is replaced.
"""

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

FIELD = "prefix"
# lunr multiplies a field's term weights by its boost and rounds them to three
# decimals, so this weight is 0; a boost of 0 would count as 1.
BOOST = 1e-9
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
TAG = re.compile(r"<[^>]*>")


def words(text, separator):
    """The words Material's search tokenizer makes of an index field (lower-cased)."""
    for block in TAG.split(text):
        for word in separator.split(block):
            if word:
                yield word.lower()


def add_prefixes(index):
    """Give `index` (Material's search index, as loaded from JSON) the prefixes
    its Chinese words need; returns how many it added."""
    separator = re.compile(index["config"]["separator"])
    first = {}  # Chinese word -> the entry it first appears in (a prefix of one is Chinese too)
    for n, doc in enumerate(index["docs"]):
        for field in ("title", "text"):
            text = doc.get(field, "")
            if HAN.search(text):
                for word in words(text, separator):
                    if HAN.fullmatch(word):
                        first.setdefault(word, n)
    missing, added = {}, set()
    for word, n in first.items():
        # Without a shorter word that starts it, Material searches for the
        # query whole, and that is exact; a prefix would only widen it.
        shortest = next((k for k in range(1, len(word) - 1) if word[:k] in first), None)
        if shortest is None:
            continue
        for k in range(shortest + 1, len(word)):
            if word[:k] not in first and word[:k] not in added:
                missing.setdefault(n, set()).add(word[:k])
                added.add(word[:k])
    for n, prefixes in missing.items():
        index["docs"][n][FIELD] = " ".join(sorted(prefixes))
    if missing:
        index["config"]["fields"][FIELD] = {"boost": BOOST}
    return len(added)


@event_priority(-100)  # after Material's search plugin has written the index
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    if add_prefixes(index):
        # UTF-8 rather than \uXXXX escapes: every page downloads this file, and gzipped
        # it is a tenth smaller so
        text = json.dumps(index, separators=(",", ":"), default=str, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")

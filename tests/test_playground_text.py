"""The playground's surprisal mode (playground.md, m=text) and its character model.

- char_model.json holds the bigram counts of corpus.txt, counted here again with
  collections.Counter; it stays under 30 KB.
- For the two sentences snippets/playground/char_model.py scores, and a few more with capitals,
  punctuation and Chinese, the page shows per character the bits that the model's formula gives
  when computed here from those counts, and their total, mean and bits per byte; on the two
  sentences, what the snippet printed.
- Characters outside the alphabet are shown without a score, with a message, never NaN.

Each check is shown failing on the defect it guards against: natural logarithms in place of
base 2, and a model file that was not re-recorded after the corpus changed.
"""

import json
import math
import re
from collections import Counter

import pytest

from layout import SNIPPETS
from test_playground import open_playground, out, real, shown_problems

FOLDER = SNIPPETS / "playground"
ALPHABET = " abcdefghijklmnopqrstuvwxyz"
READOUT = ("out-text-bits", "out-text-mean", "out-text-bpb", "out-text-n")


def corpus_counts():
    text = " ".join((FOLDER / "corpus.txt").read_text().split())
    return Counter(zip(text, text[1:], strict=False))


def model_problems(model, pairs):
    """Where the model file's counts differ from the corpus's."""
    problems = [] if model["alphabet"] == ALPHABET else [f"alphabet {model['alphabet']!r}"]
    for i, a in enumerate(ALPHABET):
        for j, c in enumerate(ALPHABET):
            if model["counts"][i][j] != pairs[a, c]:
                problems.append(f"n({a!r}, {c!r}) = {model['counts'][i][j]}, the corpus has {pairs[a, c]}")
    return problems


def test_model_file_is_the_corpus_counts_and_small():
    path = FOLDER / "char_model.json"
    assert path.stat().st_size <= 30_000
    assert model_problems(json.loads(path.read_text()), corpus_counts()) == []


def test_model_check_catches_a_stale_model():
    pairs = corpus_counts()
    model = json.loads((FOLDER / "char_model.json").read_text())
    pairs["t", "h"] += 1  # the corpus gained a "th" the model never saw
    n = model["counts"][ALPHABET.index("t")][ALPHABET.index("h")]
    assert model_problems(model, pairs) == [f"n('t', 'h') = {n}, the corpus has {n + 1}"]


def expected_bits(sentence, pairs, k=0.5):
    """Each character's bits under q(c | a) = (n(a, c) + k) / (n(a) + 27 k); None if not scored."""
    totals = Counter()
    for (a, _), n in pairs.items():
        totals[a] += n
    prev, bits = " ", []
    for ch in sentence:
        c = " " if ch.isspace() else ch.lower()
        if c not in ALPHABET:
            bits.append(None)
            continue
        bits.append(-math.log2((pairs[prev, c] + k) / (totals[prev] + 27 * k)))
        prev = c
    return bits


SHOWN_BITS = """() => [...document.querySelectorAll('[data-xe="text-out"] .xe-char')].map(c =>
  c.dataset.bits === undefined ? null : Number(c.dataset.bits))"""


def text_problems(page, sentence, pairs):
    want, shown = expected_bits(sentence, pairs), page.evaluate(SHOWN_BITS)
    if len(shown) != len(want):
        return [f"{len(shown)} characters shown for {len(want)}"]
    problems = [
        f"{ch!r}: {s} bits shown, {w} expected"
        for ch, s, w in zip(sentence, shown, want, strict=True)
        if (s is None) != (w is None) or (w is not None and not math.isclose(s, w, rel_tol=1e-12))
    ]
    scored = [b for b in want if b is not None]
    total = sum(scored)
    numbers = {"out-text-bits": f"{total:.4f}", "out-text-n": str(len(scored))}
    if scored:
        numbers["out-text-mean"] = numbers["out-text-bpb"] = f"{total / len(scored):.4f}"
    return problems + [
        f"{key} shows {out(page, key)}, expected {v}" for key, v in numbers.items() if out(page, key) != v
    ]


def url(sentence, lang="en"):
    from urllib.parse import quote

    return ("en/" if lang == "en" else "") + "playground/?m=text&t=" + quote(sentence)


def opened(context, site_server, sentence, lang="en"):
    page, problems = open_playground(context, site_server + url(sentence, lang))
    page.wait_for_selector('[data-xe="text-out"] .xe-char')
    return page, problems


SENTENCES = [
    "the cross entropy",
    "qzx vjk",
    "The Cross-Entropy, twice!",
    "交叉熵 is cross entropy",
    "a\nb  c",
]


@pytest.mark.browser
def test_text_mode_matches_the_model(context, site_server):
    pairs = corpus_counts()
    for lang in ("zh", "en"):
        for sentence in SENTENCES:
            page, problems = opened(context, site_server, sentence, lang)
            assert text_problems(page, sentence, pairs) == [], (lang, sentence)
            assert not shown_problems({k: out(page, k) for k in READOUT})
            skipped = sum(b is None for b in expected_bits(sentence, pairs))
            assert page.locator('[data-xe="text-message"]').is_visible() == (skipped > 0), sentence
            assert not real(problems)
            page.close()


@pytest.mark.browser
def test_text_mode_shows_what_the_snippet_prints(context, site_server):
    printed = (FOLDER / "char_model.out").read_text(encoding="utf-8")
    for sentence, total, mean in re.findall(
        r"^'([^']*)': sum = (\S+) bits, mean = (\S+) bits", printed, re.M
    ):
        page, _ = opened(context, site_server, sentence)
        assert [out(page, "out-text-bits"), out(page, "out-text-mean")] == [total, mean]
        page.close()


@pytest.mark.browser
def test_text_check_catches_natural_logarithms(context, site_server):
    context.add_init_script("Math.log2 = Math.log;")
    page, _ = opened(context, site_server, "the cross entropy")
    assert text_problems(page, "the cross entropy", corpus_counts())


@pytest.mark.browser
def test_an_empty_sentence_shows_zeros_not_nan(context, site_server):
    page, _ = open_playground(context, site_server + url("the"))
    page.fill('[data-xe="text-in"]', "")
    shown = {k: out(page, k) for k in READOUT}
    assert shown == {
        "out-text-bits": "0.0000",
        "out-text-mean": "0.0000",
        "out-text-bpb": "0.0000",
        "out-text-n": "0",
    }
    assert "t=" in page.url

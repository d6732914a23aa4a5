"""Speed of the statistical English pipeline (`kg.extract.model`) alone. Not a test: a script to read.

    .venv/bin/python bench/model_speed.py                      # the 16 articles of ../shared/articles
    .venv/bin/python bench/model_speed.py tests/data/articles  # or any folder of plain-text articles

It reads each article with `kg.read.text.read_article` and feeds its body paragraphs (one text per
paragraph, headings excluded: what extraction parses) to ``nlp.pipe`` in one process on one thread,
and prints whitespace-separated words per second for:

- ``all``: the loaded pipeline, every component (tagger, parser, lemmatizer, gazetteer ruler, ner);
- ``no-gazetteer``: the same without the gazetteer ruler (its cost);
- ``no-ner``: the same with ``ner`` disabled;
- ``tagger+parser``: only tok2vec, tagger, line breaks and parser;
- ``blank``: the blank tokenizer and sentencizer extraction uses today (`kg.extract.nlp.english`).

Each is given for the first pass over all texts (caches cold: the pipeline was just loaded, or the
previous configuration ran) and as the best of ``--repeat`` passes after it. Load times
are measured in fresh processes: ``import`` (kg.extract.model and spaCy), ``check`` (finding the
model and hashing its 24 files), ``load`` (``load_model()``: check, spacy.load, the gazetteer ruler).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

# one thread, so that the figures are one core's (set before numpy is imported)
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_ARTICLES = ROOT.parent / "shared" / "articles"

_LOAD_PROBE = """
import time
t0 = time.perf_counter()
from kg.extract.model import check_model, load_model
t1 = time.perf_counter()
check_model()
t2 = time.perf_counter()
load_model()
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t1)
"""


def paragraphs(folder: Path) -> list[str]:
    from kg.read.text import read_article

    texts = []
    for path in sorted(folder.glob("*.txt")):
        article = read_article(path)
        texts += [article.text[p.start:p.end] for p in article.paragraphs if not p.is_heading]
    return texts


def throughput(nlp, texts: list[str], repeat: int, disable: tuple[str, ...] = ()) -> tuple[float, float]:
    """(words/s of the first pass, words/s of the best of `repeat` passes after it)."""
    words = sum(len(t.split()) for t in texts)
    times = []
    with nlp.select_pipes(disable=list(disable)):
        for _ in range(repeat + 1):
            start = time.perf_counter()
            for _ in nlp.pipe(texts):
                pass
            times.append(time.perf_counter() - start)
    return words / times[0], words / min(times[1:])


def load_times(runs: int) -> list[tuple[float, float, float]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, env=env,
                                check=True, cwd=ROOT)
        out.append(tuple(float(x) for x in result.stdout.split()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--load-runs", type=int, default=3)
    args = parser.parse_args()

    texts = paragraphs(args.folder)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(list(args.folder.glob('*.txt')))} articles, {len(texts)} paragraphs, {words:,} words; "
          f"Python {sys.version.split()[0]}, one thread")

    loads = load_times(args.load_runs)
    best = [min(run[i] for run in loads) for i in range(3)]
    print(f"cold start (best of {len(loads)} fresh processes): import {best[0]:.2f} s, "
          f"model check {best[1] * 1000:.0f} ms, load_model() {best[2]:.2f} s (check + spacy.load + gazetteer)")

    from kg.extract.model import GAZETTEER, LINE_BREAKS, load_model, model_identity
    from kg.extract.nlp import english

    nlp = load_model()
    identity = model_identity()
    print(f"model {identity.name} {identity.version} sha256 {identity.sha256[:16]}…; pipeline {', '.join(nlp.pipe_names)}")
    rows = [
        ("all", throughput(nlp, texts, args.repeat)),
        ("no-gazetteer", throughput(nlp, texts, args.repeat, (GAZETTEER,))),
        ("no-ner", throughput(nlp, texts, args.repeat, ("ner",))),
        ("tagger+parser", throughput(nlp, texts, args.repeat, ("attribute_ruler", "lemmatizer", GAZETTEER, "ner"))),
        ("blank", throughput(english(), texts, args.repeat)),
    ]
    assert LINE_BREAKS in nlp.pipe_names
    print(f"  {'components':<14} {'first pass':>12} {'best after':>12}  (words/s)")
    for name, (first, rate) in rows:
        print(f"  {name:<14} {first:>12,.0f} {rate:>12,.0f}")


if __name__ == "__main__":
    main()

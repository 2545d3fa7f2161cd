"""Ingest benchmark: throughput against a bare `nlp.pipe`, and peak memory as the corpus grows.

A corpus of generated articles (paragraphs of the bundled texts, see veille.store.synth)
is analysed twice in the same run with the same model and the same number of processes:
once by a bare `nlp.pipe(texts, n_process=W)`, once by a full `veille ingest` (reading,
duplicate detection, analysis pool, entity resolution, DuckDB writes). Memory is the
resident set of the ingest's process tree, sampled every 0.2 s, reported as the peak
reached by the time 2,000 articles were stored and by the end.

Fairness: the bare `nlp.pipe` loads the model once, before its clock starts, and forks
its workers, which inherit the loaded model for free; the ingest starts a fresh process
whose workers each import veille and load the pipeline (several seconds on a busy 2-core
machine). The throughput compared is therefore the steady rate of both sides, from the
moment the first tenth of the articles is done to the last article, which leaves every
model load out on both sides. The end-to-end rates, start-up included, are reported too.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from veille.model import Article
from veille.read import read_paths
from veille.store.synth import generate

MB = 1024 * 1024


def make_corpus(work: Path, articles: int) -> Path:
    """The generated corpus (kept between runs when its size matches)."""
    out = work / f"corpus-{articles}"
    if not (out.exists() and len(list(out.iterdir())) == articles):
        generate(out, articles, per_article=3, seed=11)
    return out


class CpuClock:
    """CPU seconds of a process (its own) and of its descendants, sampled every 0.1 s in a thread.

    A descendant that has exited keeps the last CPU time seen, so that the tree's total never falls.
    Unlike a rate, CPU per article is hardly moved by other work on the machine.
    """

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)
        self.seen: dict[int, float] = {}
        self.own = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(0.1)

    def sample(self) -> tuple[float, float]:
        """(own, descendants) CPU seconds now."""
        try:
            times = self.process.cpu_times()
            self.own = times.user + times.system
            for child in self.process.children(recursive=True):
                with child.oneshot():
                    ct = child.cpu_times()
                    self.seen[child.pid] = ct.user + ct.system
        except psutil.Error:
            pass
        return self.own, sum(self.seen.values())

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()


def cpu_figures(at_warm: tuple[float, float], at_end: tuple[float, float], articles: int) -> dict[str, float]:
    """CPU milliseconds per article in the steady window: the main process, its workers, and both."""
    main = 1000 * (at_end[0] - at_warm[0]) / articles
    workers = 1000 * (at_end[1] - at_warm[1]) / articles
    return {"cpu_ms_main": main, "cpu_ms_workers": workers, "cpu_ms": main + workers}


def baseline(corpus: Path, workers: int) -> dict[str, Any]:
    """Articles per second of a bare nlp.pipe over the same texts."""
    import spacy

    from veille import lang

    texts = [a.text for a in read_paths([corpus]) if isinstance(a, Article)]
    loading = time.perf_counter()
    nlp = spacy.load(lang.info("fr").spacy_model)  # type: ignore[union-attr]
    clock = CpuClock(os.getpid())
    started = time.perf_counter()
    warm, count, warm_at, cpu_warm = warm_up(len(texts)), 0, started, (0.0, 0.0)
    for _ in nlp.pipe(texts, n_process=max(1, workers), batch_size=16):
        count += 1
        if count == warm:
            warm_at, cpu_warm = time.perf_counter(), clock.sample()
        if count == len(texts):
            cpu_end = clock.sample()
    ended = time.perf_counter()
    clock.stop()
    return {"articles": count, "seconds": ended - started, "load_seconds": started - loading,
            "rate_end_to_end": count / (ended - loading), "warm": warm, "rate": (count - warm) / (ended - warm_at),
            **cpu_figures(cpu_warm, cpu_end, count - warm)}


def warm_up(articles: int) -> int:
    """The articles both sides must have done before the throughput clock starts: model loads are left out."""
    return max(1, articles // 10)


def _run_ingest(db: str, corpus: str, workers: int, done: Any, clock: Any) -> None:
    from veille.store.db import Store
    from veille.store.ingest import IngestOptions, ingest

    warm = warm_up(len(list(Path(corpus).iterdir())))

    def tick(n: int) -> None:
        now = time.perf_counter()
        with done.get_lock():
            done.value += n
            if done.value >= warm and clock[0] == 0:
                clock[0], clock[1] = now, done.value
            clock[2], clock[3] = now, done.value

    ingest(Store(db), [corpus], IngestOptions(workers=workers), tick)


def _tree_rss(process: psutil.Process) -> tuple[int, int]:
    try:
        own = process.memory_info().rss
        children = sum(c.memory_info().rss for c in process.children(recursive=True))
    except psutil.Error:
        return 0, 0
    return own, own + children


def ingest_run(corpus: Path, db: Path, workers: int, mark: int = 2000) -> dict[str, Any]:
    """Time a full ingest in a child process, sampling its memory; peaks at `mark` and at the end."""
    db.unlink(missing_ok=True)
    context = multiprocessing.get_context("spawn")
    done = context.Value("q", 0)
    clock = context.Array("d", 4, lock=False)  # warm time, articles then; last time, articles then
    child = context.Process(target=_run_ingest, args=(str(db), str(corpus), workers, done, clock))
    started = time.perf_counter()
    child.start()
    watched = psutil.Process(child.pid)
    cpu = CpuClock(child.pid)
    peak_mark = peak = own_mark = own = 0
    samples: list[tuple[int, float, float]] = []
    while child.is_alive():
        main_rss, tree_rss = _tree_rss(watched)
        peak, own = max(peak, tree_rss), max(own, main_rss)
        if done.value <= mark:
            peak_mark, own_mark = peak, own
        samples.append((done.value, *cpu.sample()))
        time.sleep(0.2)
    cpu.stop()
    elapsed = time.perf_counter() - started
    if child.exitcode != 0:
        raise RuntimeError(f"the ingest failed with exit code {child.exitcode}")
    first = next(s for s in samples if s[0] >= clock[1])
    last = next(s for s in samples if s[0] == done.value)
    return {**cpu_figures(first[1:], last[1:], last[0] - first[0]),
        "articles": done.value, "seconds": elapsed, "rate_end_to_end": done.value / elapsed,
        "rate": (clock[3] - clock[1]) / (clock[2] - clock[0]), "warm": int(clock[1]),
        "mark": mark, "peak_tree_mb_at_mark": peak_mark / MB, "peak_tree_mb_at_end": peak / MB,
        "peak_main_mb_at_mark": own_mark / MB, "peak_main_mb_at_end": own / MB,
    }


def run(work: Path, articles: int, workers: int) -> dict[str, Any]:
    """Both measures on one generated corpus; returns the figures."""
    corpus = make_corpus(work, articles)
    bare = baseline(corpus, workers)
    full = ingest_run(corpus, work / "ingest.duckdb", workers, mark=min(2000, articles // 2))
    return {"workers": workers, "baseline": bare, "ingest": full, "ratio": full["rate"] / bare["rate"],
            "ratio_end_to_end": full["rate_end_to_end"] / bare["rate_end_to_end"],
            "ratio_cpu": bare["cpu_ms"] / full["cpu_ms"]}

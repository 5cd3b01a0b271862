"""Performance benchmark: load and index time, per-question latency (p50, p99) and peak memory.

Runs on the real fact base and on a synthetic one 100 times larger generated from it (every fact and entity
copied with new ids, new names and shifted dates, written out as YAML and loaded the normal way).

Run: .venv/bin/python -m benchmarks.performance [--scale 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml

from bot.engine import Engine
from bot.index import KnowledgeIndex
from knowledge.loader import DEFAULT_DIR, load_fact_base
from tests.eval.harness import load_cases

SYLLABLES = "ka ro mi zu le ta vo ni sa de gu ha pe lo ri bu an el or us".split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def write_synthetic(target: Path, scale: int, seed: int = 7) -> None:
    """Write a fact base `scale` times larger than the real one into `target`."""
    rng = random.Random(seed)
    source_dir = DEFAULT_DIR
    (target / "entities").mkdir(parents=True)
    (target / "facts").mkdir()
    (target / "sources.yaml").write_text((source_dir / "sources.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    entity_files = sorted((source_dir / "entities").glob("*.yaml"))
    fact_files = sorted((source_dir / "facts").glob("*.yaml"))
    entities = [e for f in entity_files for e in yaml.safe_load(f.read_text(encoding="utf-8"))]
    facts = [x for f in fact_files for x in yaml.safe_load(f.read_text(encoding="utf-8"))]
    entity_ids = {e["id"] for e in entities}
    out_entities = list(entities)
    out_facts = list(facts)
    for copy in range(1, scale):
        suffix = f"-s{copy}"
        renamed: dict[str, str] = {}
        for entity in entities:
            if entity["type"] in ("session",):
                continue
            clone = dict(entity, id=entity["id"] + suffix)
            clone.pop("parent", None)
            new_name = f"{_word(rng).title()} {_word(rng).title()}"
            clone["name"] = {"en": new_name, "fr": new_name}
            clone["aliases"] = [new_name, _word(rng).title(), f"{_word(rng)} {_word(rng)}"]
            clone.pop("roles", None)
            renamed[entity["id"]] = clone["id"]
            out_entities.append(clone)
        for fact in facts:
            clone = dict(fact, id=fact["id"] + suffix)
            clone.pop("conflicts_with", None)
            for key in ("participants", "organisations", "related"):
                if key in clone:
                    clone[key] = [
                        renamed.get(i, i) for i in clone[key] if renamed.get(i, i) in entity_ids or i in renamed
                    ]
            if clone.get("place"):
                clone["place"] = renamed.get(clone["place"], clone["place"])
            extra = " ".join(_word(rng) for _ in range(3))
            clone["statement"] = {lang: f"{text} ({extra})" for lang, text in fact["statement"].items()}
            clone["keywords"] = [*fact.get("keywords", []), _word(rng), _word(rng)]
            if "date" in clone:
                clone["date"] = _shift(str(clone["date"]), rng.randint(-30, 0))
                clone["date_inferred"] = "synthetic copy"
            out_facts.append(clone)
    (target / "entities" / "all.yaml").write_text(yaml.safe_dump(out_entities, allow_unicode=True), encoding="utf-8")
    (target / "facts" / "all.yaml").write_text(yaml.safe_dump(out_facts, allow_unicode=True), encoding="utf-8")


def _shift(date: str, years: int) -> str:
    parts = date.split("..")
    return "..".join(str(int(p[:4]) + years) + p[4:] for p in parts)


def measure(root: Path, questions: list[str], rounds: int) -> dict[str, float]:
    """Load+index time, latency percentiles and peak memory for the fact base in `root`."""
    gc.collect()
    started = time.perf_counter()
    base = load_fact_base(root)
    loaded = time.perf_counter()
    engine = Engine(KnowledgeIndex(base))
    indexed = time.perf_counter()
    latencies = []
    for question in questions[:20]:
        engine.ask(question)  # warm caches once, as a running bot would be
    for _ in range(rounds):
        for question in questions:
            begin = time.perf_counter()
            engine.ask(question)
            latencies.append((time.perf_counter() - begin) * 1000)
    latencies.sort()
    # Memory in a second pass: tracemalloc slows Python down and would distort the timings above.
    del engine, base
    gc.collect()
    tracemalloc.start()
    engine = Engine(KnowledgeIndex(load_fact_base(root)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "facts": len(engine.index.facts),
        "entities": len(engine.index.entities),
        "load_s": loaded - started,
        "index_s": indexed - loaded,
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "max_ms": latencies[-1],
        "questions": len(latencies),
        "peak_mb": peak / 2**20,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _report(name: str, figures: dict[str, float]) -> None:
    print(
        f"{name:>5}: {int(figures['facts'])} facts, {int(figures['entities'])} entities | "
        f"load {figures['load_s']:.3f} s, index {figures['index_s']:.3f} s, "
        f"together {figures['load_s'] + figures['index_s']:.3f} s | "
        f"latency p50 {figures['p50_ms']:.2f} ms, p99 {figures['p99_ms']:.2f} ms, max {figures['max_ms']:.2f} ms "
        f"over {int(figures['questions'])} questions | peak Python memory while loading {figures['peak_mb']:.1f} MB, "
        f"process peak RSS so far {figures['rss_mb']:.0f} MB"
    )


def main() -> None:
    """Measure both sizes and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="also time a cold start of `python -m bot check`")
    args = parser.parse_args()
    questions = [c["q"] for part in ("dev", "heldout") for c in load_cases(part)]
    _report("1x", measure(DEFAULT_DIR, questions, args.rounds))
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = Path(tmp) / "knowledge"
        write_synthetic(synthetic, args.scale)
        _report(f"{args.scale}x", measure(synthetic, questions, max(1, args.rounds // 3)))
    if args.cold:
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "When did Azerbaijan join the UN?"], check=True,
                       capture_output=True)  # fmt: skip
        print(f"cold start of `python -m bot ask` (process, imports, load, index, answer): "
              f"{time.perf_counter() - begin:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()

"""Suggestions (issue 16) on real labeled news the model did not train on.

1. **Real labels**: FLORES-200 devtest (``../shared/corpora``) carries a topic per line in
   ``metadata_devtest.tsv`` (written by FLORES, not by us). Topic words are folded into eight
   labels by :data:`TOPIC_RULES` (spelling variants such as "sciece", "sport"/"sports"); a line
   is a unit of its English original and its Russian translation. F1 per label is
   cross-validated over *held-out articles* (folds by source URL), for the shipped
   configuration and the alternatives (a TF-IDF vocabulary; SGD; the original alone).
2. **Rule labels** on WMT21 ru→en and NTREX en→ru news: keyword rules on the English side
   (:data:`KEYWORD_RULES`, written before and apart from the model), held-out documents.
   These measure how well the model learns a rule from both languages, not topic quality.
3. **Keys per sentence** in a scripted session over the held-out FLORES articles (model
   trained on the others), by the cost model in :func:`keys_for`.
4. **Training time and peak memory** at 10,000 labeled units (the corpora's units, repeated
   with their other translations to reach 10,000), measured as the process's RSS above the
   baseline, sampled every 5 ms while training.

Run: ``PYTHONPATH=desktop .venv/bin/python bench/bench_suggest.py``.
"""

from __future__ import annotations

import csv
import random
import re
import statistics
import sys
import threading
import time
from pathlib import Path

import psutil

from sverka.core.suggest.classifier import Example, cross_validate, train

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
SEPARATOR = " ‖ "  # as sverka.ops.suggest.units joins a sentence and its counterpart

# Topic words of FLORES' metadata -> our label (substring rules over the lower-cased words).
TOPIC_RULES = {
    "travel": ("travel", "tourism"),
    "politics": ("politic", "international", "internatoinal", "warfare", "election"),
    "sports": ("sport", "sailing"),
    "crime": ("crime",),
    "science": ("scien", "sciece", "research", "biology", "origin of life", "paleo"),
    "health": ("health", "disease", "medic"),
    "culture": ("entertainment", "culture", "music", "food"),
    "disasters": ("disaster", "accident", "weather", "climate"),
}

# Keyword rules over the English side of WMT21 / NTREX (whole-word prefixes, case-folded).
KEYWORD_RULES = {
    "violence": r"\b(kill|attack|shot|shoot|wound|bomb|violen|murder|clash|explo)",
    "economy": r"\b(econom|price|market|bank|inflation|rouble|ruble|dollar|budget|tax|trade)",
    "government": r"\b(president|minister|government|parliament|election|kremlin|putin|governor|duma)",
    "sport": r"\b(match|championship|tournament|player|coach|goal|league|olymp|football)",
    "health": r"\b(covid|coronavirus|virus|vaccin|hospital|doctor|patient|health|pandemic)",
}


def flores_units() -> list[Example]:
    folder = CORPORA / "flores200-devtest"
    en = (folder / "eng_Latn.devtest").read_text("utf-8").splitlines()
    ru = (folder / "rus_Cyrl.devtest").read_text("utf-8").splitlines()
    with (folder / "metadata_devtest.tsv").open(encoding="utf-8") as f:
        meta = list(csv.DictReader(f, delimiter="\t"))
    units = []
    for e, r, m in zip(en, ru, meta, strict=True):
        words = [w.strip().lower() for w in m["topic"].split(",")]
        labels = {name for name, keys in TOPIC_RULES.items() if any(k in w for w in words for k in keys)}
        units.append(Example(e + SEPARATOR + r, frozenset(labels), m["URL"]))
    return units


def _rule_labels(english: str) -> frozenset[str]:
    low = english.lower()
    return frozenset(name for name, rule in KEYWORD_RULES.items() if re.search(rule, low))


def news_units() -> list[Example]:
    """WMT21 ru→en (reference A) and NTREX en→ru, labeled by the keyword rules."""
    units = []
    with (CORPORA / "wmt21-newstest-ru-en" / "newstest2021.ru-en.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            units.append(
                Example(row["ru_src"] + SEPARATOR + row["en_ref_A"], _rule_labels(row["en_ref_A"]), row["doc_id"])
            )
    ntrex = CORPORA / "ntrex128-newstest2019-en-ru-kk"
    en = (ntrex / "newstest2019-src.eng.txt").read_text("utf-8").splitlines()
    ru = (ntrex / "newstest2019-ref.rus.txt").read_text("utf-8").splitlines()
    docs = (ntrex / "DOCUMENT_IDS.tsv").read_text("utf-8").splitlines()
    for e, r, d in zip(en, ru, docs, strict=True):
        units.append(Example(e + SEPARATOR + r, _rule_labels(e), "ntrex:" + d))
    return units


def big_units(n: int = 10_000) -> list[Example]:
    """10,000 units: the news units, FLORES with Russian and with Kazakh, NTREX with Kazakh,
    WMT21 with reference B — then repeated (new groups) up to ``n``."""
    base = news_units() + flores_units()
    folder = CORPORA / "flores200-devtest"
    en = (folder / "eng_Latn.devtest").read_text("utf-8").splitlines()
    kk = (folder / "kaz_Cyrl.devtest").read_text("utf-8").splitlines()
    base += [
        Example(e + SEPARATOR + k, _rule_labels(e), f"fk{i // 10}") for i, (e, k) in enumerate(zip(en, kk, strict=True))
    ]
    out = list(base)
    while len(out) < n:
        out += [Example(u.text, u.labels, u.group + f"#{len(out)}") for u in base[: n - len(out)]]
    return out


def print_scores(title: str, units: list[Example], labels: list[str], **config: str) -> float:
    started = time.perf_counter()
    result = cross_validate(units, labels, folds=5, **config)
    seconds = time.perf_counter() - started
    f1s = [s.f1 or 0.0 for s in result.scores.values()]
    macro = statistics.mean(f1s) if f1s else 0.0
    print(
        f"\n{title}: {len(units)} units, {len({u.group for u in units})} articles, 5 folds by article, {seconds:.1f} s"
    )
    print(f"  {'label':<12} {'support':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for name, s in result.scores.items():
        fmt = lambda v: "  n/a" if v is None else f"{v:.3f}"  # noqa: E731
        print(f"  {name:<12} {s.support:>7} {fmt(s.precision):>6} {fmt(s.recall):>6} {fmt(s.f1):>6}")
    print(f"  macro F1 {macro:.3f}")
    return macro


def keys_for(truth: frozenset[str], suggested: frozenset[str]) -> int:
    """Keys to label one sentence and move on (outside one-key mode).

    Without suggestions: one toggle per true label, then one key to move on. With them: the
    cheaper of ignoring them (the same) and ``a`` plus a toggle for every wrong or missing label."""
    by_hand = len(truth)
    if not suggested:
        return by_hand + 1
    fixing = 1 + len(suggested - truth) + len(truth - suggested)
    return min(by_hand, fixing) + 1


def session(units: list[Example], labels: list[str], title: str = "FLORES") -> None:
    groups = sorted({u.group for u in units})
    random.Random(16).shuffle(groups)
    held = set(groups[: len(groups) // 5])
    train_on = [u for u in units if u.group not in held]
    test = [u for u in units if u.group in held]
    model = train(train_on, labels)
    keys_without = keys_with = exact = 0
    for unit, conf in zip(test, model.predict([u.text for u in test]), strict=True):
        suggested = frozenset(n for n, p in conf.items() if p >= 0.5)
        keys_without += keys_for(unit.labels, frozenset())
        keys_with += keys_for(unit.labels, suggested)
        exact += bool(suggested) and suggested == unit.labels
    n = len(test)
    print(f"\nscripted session on {n} held-out {title} sentences ({len(held)} articles; trained on {len(train_on)})")
    print(f"  keys per sentence without suggestions {keys_without / n:.2f}, with {keys_with / n:.2f}")
    print(
        f"  saved {(keys_without - keys_with) / n:.2f} keys per sentence ({100 * (1 - keys_with / keys_without):.0f} %)"
    )
    print(f"  suggestions exactly right (one `a` + move on) on {100 * exact / n:.0f} % of sentences")


def timed_training(units: list[Example], labels: list[str]) -> None:
    process = psutil.Process()
    baseline = process.memory_info().rss
    peak = [baseline]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], process.memory_info().rss)
            time.sleep(0.005)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    started, cpu = time.perf_counter(), time.process_time()
    model = train(units, labels)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    done.set()
    watcher.join()
    print(f"\ntraining at {len(units)} labeled units ({len(model.labels)} labels): {wall:.2f} s wall, {cpu:.2f} s CPU")
    print(f"  peak memory above the baseline {(peak[0] - baseline) / 2**20:.0f} MB (RSS {peak[0] / 2**20:.0f} MB)")
    started = time.perf_counter()
    model.predict([u.text for u in units[:1]])
    one = time.perf_counter() - started
    started = time.perf_counter()
    model.predict([u.text for u in units[:200]])
    print(f"  predicting 1 unit {1000 * one:.1f} ms, 200 units {1000 * (time.perf_counter() - started):.0f} ms")


def main() -> int:
    if not CORPORA.is_dir():
        print(f"{CORPORA}: corpora not found", file=sys.stderr)
        return 1
    import sklearn  # noqa: F401  (loaded before timing anything)

    flores = flores_units()
    labels = [n for n in TOPIC_RULES if sum(n in u.labels for u in flores) >= 30]
    counts = {n: sum(n in u.labels for u in flores) for n in TOPIC_RULES}
    print("FLORES topic labels (sentences):", counts, "— scored:", labels)
    print_scores("FLORES topics, shipped (hashed char 2-4 n-grams + SGD logistic)", flores, labels)
    print_scores("FLORES topics, TF-IDF vocabulary + SGD", flores, labels, features="tfidf-char")
    print_scores("FLORES topics, hashed + liblinear logistic regression", flores, labels, learner="logreg")
    english_only = [Example(u.text.split(SEPARATOR)[0], u.labels, u.group) for u in flores]
    print_scores("FLORES topics, the English original alone (no translation)", english_only, labels)
    session(flores, labels)
    news = news_units()
    print("\nrule labels on WMT21 + NTREX:", {n: sum(n in u.labels for u in news) for n in KEYWORD_RULES})
    print_scores("WMT21 ru-en + NTREX en-ru, keyword-rule labels", news, list(KEYWORD_RULES))
    session(news, list(KEYWORD_RULES), "WMT21/NTREX (rule labels)")
    timed_training(big_units(), list(KEYWORD_RULES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Accuracy of syllable counting on CMUdict words hidden from the lookup: ours vs pyphen.

    python benchmarks/syllables.py [--fraction 0.1] [--seed 0]

A random slice of CMUdict's alphabetic entries is held out; for each held-out
word the reference is the dictionary's own count, and we compare presslens's
rule-based fallback (what runs for out-of-vocabulary words) with pyphen's
en_US hyphenation (what textacy and TextDescriptives use). Prints exact-match
accuracy, and the share of words put on the wrong side of the 3-syllable line
that Gunning Fog and SMOG use.
"""

from __future__ import annotations

import argparse
import random
import re

import pyphen

from presslens.stats.syllables import cmu_syllable_table, fallback_syllables


def held_out_words(fraction: float, seed: int) -> list[tuple[str, int]]:
    """A reproducible random slice of alphabetic CMUdict words with their counts."""
    words = sorted((w, n) for w, n in cmu_syllable_table().items() if re.fullmatch(r"[a-z]+", w))
    rng = random.Random(seed)
    return rng.sample(words, int(len(words) * fraction))


def pyphen_syllables(word: str, dic: pyphen.Pyphen) -> int:
    """Syllables as pyphen hyphenation points + 1."""
    return len(dic.positions(word)) + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fraction", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    words = held_out_words(args.fraction, args.seed)
    dic = pyphen.Pyphen(lang="en_US")
    rows = []
    for name, fn in (
        ("presslens fallback", fallback_syllables),
        ("pyphen (textacy)", lambda w: pyphen_syllables(w, dic)),
    ):
        exact = line = 0
        for w, ref in words:
            est = fn(w)
            exact += est == ref
            line += (est >= 3) != (ref >= 3)
        rows.append((name, exact / len(words), line / len(words)))
    print(f"held-out CMUdict words: {len(words):,} (fraction {args.fraction}, seed {args.seed})")
    print(f"{'method':<22} {'exact match':>12} {'wrong side of 3':>16}")
    for name, acc, line in rows:
        print(f"{name:<22} {acc:>12.1%} {line:>16.1%}")
    print(f"ratio of accuracies (ours / pyphen): {rows[0][1] / rows[1][1]:.2f}")


if __name__ == "__main__":
    main()

"""Text statistics of an article: counts, readability, lexical diversity.

:func:`text_stats` gathers the sibling modules' functions into one record,
as textacy's ``TextStats`` does: ``counts`` (words, sentences, syllables),
``readability`` (the formulas), ``diversity`` (TTR, MATTR, MTLD, HD-D),
``syllables`` (CMUdict + fallback) and ``sentences`` (news-aware splitting).
"""

from __future__ import annotations

from spacy.tokens import Doc

from presslens.stats import diversity, readability
from presslens.stats.counts import WORD_PATTERN, basic_counts, sentence_table, words

#: Sentences with more words than this are reported as long (a common plain-language ceiling).
LONG_SENTENCE_WORDS = 30

#: Keys of :func:`text_stats`, in output order (stable snake_case names).
STATS_KEYS = (
    "n_chars",
    "n_words",
    "n_sentences",
    "n_paragraphs",
    "n_syllables",
    "n_unique_words",
    "n_long_words",
    "n_polysyllable_words",
    "n_difficult_words",
    "sentence_length_mean",
    "sentence_length_median",
    "sentence_length_sd",
    "sentence_length_max",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall",
    "ttr",
    "mattr",
    "mtld",
    "hdd",
    "oov_syllable_rate",
)


def text_stats(doc: Doc, *, mattr_window: int = 50) -> dict:
    """All text statistics of a parsed text.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse of :attr:`~presslens.article.Article.parse_text` (body only:
        captions, credits and header are blanked and not counted).
    mattr_window : int
        MATTR window size.

    Returns
    -------
    dict
        :data:`STATS_KEYS` plus ``settings`` (tokenisation and parameters used).
    """
    text = doc.text
    ws = words(doc, text)
    c = basic_counts(doc, ws, text)
    c["n_difficult_words"] = sum(readability.is_difficult_word(w.text, w.lemma) for w in ws)
    n_w, n_s = c["n_words"], c["n_sentences"]
    tokens = [w.text.lower().replace("’", "'") for w in ws]
    out = {
        **c,
        "flesch_reading_ease": readability.flesch_reading_ease(n_w, n_s, c["n_syllables"]),
        "flesch_kincaid_grade": readability.flesch_kincaid_grade(n_w, n_s, c["n_syllables"]),
        "gunning_fog": readability.gunning_fog(n_w, n_s, c["n_polysyllable_words"]),
        "smog_index": readability.smog_index(n_s, c["n_polysyllable_words"]),
        "coleman_liau_index": readability.coleman_liau_index(c["n_chars"], n_w, n_s),
        "automated_readability_index": readability.automated_readability_index(c["n_chars"], n_w, n_s),
        "dale_chall": readability.dale_chall(n_w, n_s, c["n_difficult_words"]),
        "ttr": diversity.ttr(tokens),
        "mattr": diversity.mattr(tokens, mattr_window),
        "mtld": diversity.mtld(tokens),
        "hdd": diversity.hdd(tokens),
        "oov_syllable_rate": c["n_oov_words"] / n_w if n_w else float("nan"),
    }
    record = {k: out[k] for k in STATS_KEYS}
    record["settings"] = {
        "text": "body only (header, captions and credits excluded)",
        "word_pattern": WORD_PATTERN,
        "case_folded": True,
        "mattr_window": mattr_window,
        "mtld_threshold": 0.72,
        "hdd_sample_size": 42,
        "syllables": "CMUdict first pronunciation, rule-based fallback",
        "sentences": "presslens.stats.sentences (news-aware rules)",
    }
    return record


__all__ = ["LONG_SENTENCE_WORDS", "STATS_KEYS", "text_stats", "sentence_table", "words"]

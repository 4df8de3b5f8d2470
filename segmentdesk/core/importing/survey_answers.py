"""What kind of answer a survey column holds, and its answers as values a segment can test.

Decided per column from its non-empty answers, in this order:

* **number** — every answer is a number (an opinion scale, a rating, a linear scale), or every
  answer is a step of one Likert scale in English or Finnish ("Strongly agree" = 5 …
  "Strongly disagree" = 1; "Täysin samaa mieltä" = 5 …; satisfaction from "Very dissatisfied" = 1);
* **tags** — a choice question: the answers (a cell of a multiple-choice question split on ``;`` as
  Microsoft Forms writes, else on ``,`` as Google Forms does) are short and repeat — at most 25
  distinct choices of at most 60 characters, each choice used by two answers on average or at
  least half the answers repeating another's;
* **text** — anything else (free text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data import cell_types

KINDS = ("number", "tags", "text")
MAX_CHOICES = 25
MAX_CHOICE_LENGTH = 60

# Likert scales, 1 (worst) … 5 (best); words compared case-folded with spacing as one space.
_SCALES: tuple[dict[str, float], ...] = (
    {"strongly disagree": 1, "disagree": 2, "somewhat disagree": 2, "neither agree nor disagree": 3,
     "neutral": 3, "somewhat agree": 4, "agree": 4, "strongly agree": 5},
    {"very dissatisfied": 1, "dissatisfied": 2, "neutral": 3, "neither satisfied nor dissatisfied": 3,
     "satisfied": 4, "very satisfied": 5},
    {"täysin eri mieltä": 1, "jokseenkin eri mieltä": 2, "eri mieltä": 2, "ei samaa eikä eri mieltä": 3,
     "en osaa sanoa": 3, "jokseenkin samaa mieltä": 4, "samaa mieltä": 4, "täysin samaa mieltä": 5},
    {"erittäin tyytymätön": 1, "tyytymätön": 2, "melko tyytymätön": 2, "neutraali": 3,
     "ei tyytyväinen eikä tyytymätön": 3, "melko tyytyväinen": 4, "tyytyväinen": 4, "erittäin tyytyväinen": 5},
)


@dataclass(frozen=True)
class ColumnAnswers:
    """One question's answers, typed: ``values`` is position-aligned with the column it came from."""

    kind: str                       # number, tags or text
    values: pd.Series               # float (number) or str / None (tags joined by ";", text)
    scale: dict[str, float] | None = None   # the Likert words a number column was read from


def read_answers(column: pd.Series, *, kind: str | None = None) -> ColumnAnswers:
    """``column``'s answers as ``kind`` (None: decided as the module docstring says)."""
    texts = cell_types.to_text(column)
    texts = texts.where(texts.str.strip().str.len() > 0, None) if len(texts) else texts
    present = texts.dropna()
    if kind in (None, "number"):
        numbers = cell_types.to_number(column)
        answered = texts.notna().to_numpy()
        if answered.any() and numbers[answered].notna().all():
            return ColumnAnswers("number", numbers.where(answered))
        scale = _scale_of(present)
        if scale is not None or kind == "number":
            scale = scale or _merged_scales()
            words = texts.map(lambda t: None if t is None else scale.get(_word(t)))
            return ColumnAnswers("number", numbers.where(numbers.notna(), pd.to_numeric(words, errors="coerce"))
                                 .astype(float), scale)
    if kind == "tags" or (kind is None and _is_choice(present)):
        return ColumnAnswers("tags", texts.map(_joined_choices).astype(object))
    return ColumnAnswers("text", texts.map(lambda t: None if t is None else t.strip()).astype(object))


def _word(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip()


def _scale_of(present: pd.Series) -> dict[str, float] | None:
    words = {_word(t) for t in present.unique()}
    if not words:
        return None
    return next((scale for scale in _SCALES if words <= scale.keys()), None)


def _merged_scales() -> dict[str, float]:
    merged: dict[str, float] = {}
    for scale in _SCALES:
        merged.update(scale)
    return merged


def _choices(text: str) -> list[str]:
    separator = ";" if ";" in text else ","
    return [part.strip() for part in text.split(separator) if part.strip()]


def _joined_choices(text: str | None) -> str | None:
    if text is None:
        return None
    parts = _choices(text)
    return ";".join(parts) if parts else None


def _is_choice(present: pd.Series) -> bool:
    if len(present) < 2:
        return False
    answers = [_choices(t) for t in present]
    parts = [p.casefold() for answer in answers for p in answer]
    distinct = set(parts)
    if not distinct or len(distinct) > MAX_CHOICES or max(len(p) for p in distinct) > MAX_CHOICE_LENGTH:
        return False
    counts = pd.Series(parts).value_counts()
    repeated = int(np.sum(counts[counts > 1]))
    return len(parts) >= 2 * len(distinct) or repeated * 2 >= len(parts)

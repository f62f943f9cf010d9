"""Loading the spaCy pipeline named in the settings, with an honest fallback."""

from __future__ import annotations

import functools
from typing import Any

import spacy

from .models import Notice


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str) -> tuple[Any, Notice | None]:
    """The named installed pipeline (with its sentence recogniser enabled), or, if it cannot be
    loaded, a blank English pipeline with a rule sentencizer and a notice saying so."""
    try:
        nlp = spacy.load(name)
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        return nlp, None
    except (OSError, ImportError, ValueError) as exc:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp, Notice(
            "model_fallback",
            "warning",
            f"The language model '{name}' could not be loaded ({type(exc).__name__}); a basic English "
            "pipeline was used instead. Sentence splitting is rougher and topic matching uses word "
            "forms only (no lemmas or grammar). Reinstall with 'make run' to restore the model.",
        )


def sentence_pipes(nlp: Any) -> list[str]:
    """The cheapest components that still mark sentence boundaries."""
    for name in ("senter", "sentencizer"):
        if name in nlp.pipe_names:
            return [name]
    return [n for n in ("tok2vec", "parser") if n in nlp.pipe_names]


def split_sentences(nlp: Any, texts: list[str]) -> list[list[tuple[int, int]]]:
    """Character spans of the sentences of each text."""
    with nlp.select_pipes(enable=sentence_pipes(nlp)):
        return [[(s.start_char, s.end_char) for s in doc.sents] for doc in nlp.pipe(texts, batch_size=64)]

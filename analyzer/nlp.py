"""Loading the spaCy pipeline named in the settings, with an honest fallback."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

from .models import Notice

_LOADING = threading.Lock()


def load_pipeline(name: str) -> tuple[Any, Notice | None]:
    """The named installed pipeline (with its sentence recogniser enabled), or, if it cannot be
    loaded, a blank English pipeline with a rule sentencizer and a notice saying so. spaCy is
    imported here, not with the module, so that a command that needs no language model (a result
    the library already keeps) does not pay for it. Loaded once per process; a caller that comes
    while ``preload`` is loading it waits for that load rather than starting another."""
    with _LOADING:
        return _load(name)


def preload(name: str, then: Callable[[], object] | None = None) -> threading.Thread:
    """Start loading the pipeline (and run ``then``, e.g. building the lens's matchers) in a
    background thread, while the main thread waits for something else: the PDF pages are read
    in worker processes, and the main process has nothing to do until they are back. Errors are
    left for the real call to raise, where the user sees them.

    Join the thread before anything else imports spaCy: two threads importing the same compiled
    package at once can fail."""

    def work() -> None:
        try:
            load_pipeline(name)
            if then is not None:
                then()
        except Exception:  # noqa: S110 - the real call raises it again, with its message
            pass

    thread = threading.Thread(target=work, name="spacy-preload", daemon=True)
    thread.start()
    return thread


@functools.lru_cache(maxsize=4)
def _load(name: str) -> tuple[Any, Notice | None]:
    import spacy

    try:
        # the entity recogniser is never used (no rule reads entities): without it the model loads a
        # fifth faster and parses a third faster, with the same tags, lemmas, parse and sentences
        nlp = spacy.load(name, exclude=["ner"])
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


WINDOW = 20_000
"""Texts longer than this are split into sentences a window at a time (spaCy refuses texts over
``nlp.max_length`` and its memory grows with the length)."""


def _windows(text: str) -> list[tuple[int, int]]:
    """Consecutive pieces of at most ``WINDOW`` characters, cut after a full stop or at a space."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > WINDOW:
        end = start + WINDOW
        cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
        cut = cut + 1 if cut > start else text.rfind(" ", start + 1, end)
        cut = cut if cut > start else end
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def split_sentences(nlp: Any, texts: list[str]) -> list[list[tuple[int, int]]]:
    """Character spans of the sentences of each text."""
    jobs: list[tuple[int, int, str]] = []  # (text index, offset, piece)
    for k, text in enumerate(texts):
        for start, end in _windows(text):
            jobs.append((k, start, text[start:end]))
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    with nlp.select_pipes(enable=sentence_pipes(nlp)):
        docs = nlp.pipe([piece for _, _, piece in jobs], batch_size=64)
        for (k, offset, _), doc in zip(jobs, docs, strict=True):
            out[k].extend((offset + s.start_char, offset + s.end_char) for s in doc.sents)
    return out

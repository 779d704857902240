"""Two posts written against each other with no mark between them: "市委副书记市长某某",
"党委常委秘书长某某". The page runs the titles together as it would write "、" between them, so the
list of titles before a name goes on over the title that ends right where the next item begins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def title_ends_at(text: str, titles: Mapping[str, Sequence[str]], floor: int, at: int) -> bool:
    """Whether a title of the lexicon (``titles`` by last character) ends right before ``at``
    and begins at or after ``floor``.

    >>> title_ends_at("市委副书记市长", {"记": ["副书记", "书记"], "长": ["市长"]}, 0, 5)
    True
    >>> title_ends_at("市委副书记市长", {"记": ["副书记", "书记"], "长": ["市长"]}, 0, 4)
    False
    """
    if at <= floor:
        return False
    return any(at - len(t) >= floor and text.startswith(t, at - len(t)) for t in titles.get(text[at - 1], ()))

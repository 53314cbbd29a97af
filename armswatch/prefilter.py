"""Cheap "can this regex match here at all?" tests, run before an expensive search.

Python's regex engine tries an alternation that starts with ``^`` or ``\\b`` at every
position of the text, which costs tens of microseconds per kilobyte; ``in`` on a lower-cased
copy costs a fraction of that. A pattern whose every alternative contains one of a few
literal words cannot match a text that contains none of them, so the search can be skipped
without changing its result.
"""

from __future__ import annotations

import re

# Characters that re.IGNORECASE matches to an ASCII letter although str.lower() does not give
# that letter: dotted and dotless I (i) and the long s (s). Checked over all of Unicode with
# re.fullmatch(letter, char, re.I) on Python 3.11.
_CASE_EXOTIC = re.compile("[\u0130\u0131\u017f]")


def may_contain_ci(text: str, needles: tuple[str, ...]) -> bool:
    """False only if no needle (lower-case ASCII) can occur in ``text`` under re.IGNORECASE.

    True is not a match, only "run the real search"."""
    low = text.lower()
    return any(n in low for n in needles) or _CASE_EXOTIC.search(text) is not None

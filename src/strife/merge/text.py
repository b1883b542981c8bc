"""Text similarity of two incident descriptions with MinHash (datasketch).

The text of an incident is its summary, its evidence snippets and its action fragments; for a
new report the whole document text may be added. Each text becomes the set of its content words
(lower case, stop words and one- or two-letter words dropped) and a 128-permutation MinHash with
a fixed seed, so results are reproducible across processes.

MinHash estimates the Jaccard index J. The two sets differ in size (a whole article against the
snippets of a stored incident, or a stored incident that has gathered the evidence of ten
sources), and Jaccard punishes that, so the score is the *overlap coefficient*
|A∩B| / min(|A|, |B|), computed from J and the exact set sizes:
|A∩B| = J (|A| + |B|) / (1 + J).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from strife.models import Incident

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SEED = 20111113

_STOP = frozenset(
    """about above after again against all also and any are around because been before being
    between both but can could did does doing down during each few for from further had has
    have having her here hers him his how into its itself just more most near not now off once
    only other our out over own said same says she should some such than that the their them
    then there these they this those through under until very was were what when where which
    while who whom why will with would you your one two three four five six seven eight nine ten
    monday tuesday wednesday thursday friday saturday sunday yesterday today night morning
    evening afternoon told according reported officials official news agency reuters""".split()
)
_WORD = re.compile(r"[^\W\d_]{3,}|\d+", re.UNICODE)


def content_words(text: str) -> frozenset[str]:
    """The set MinHash is built over: lower-case content words and numbers."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def incident_text(incident: Incident) -> str:
    """Everything the record itself says in words: summary, evidence, actions."""
    parts = [incident.summary]
    parts.extend(e.text for e in incident.evidence)
    parts.extend(a.text for a in incident.actions)
    return "\n".join(p for p in parts if p)


@lru_cache(maxsize=4096)
def minhash(words: frozenset[str]) -> MinHash:
    # Imported here: datasketch pulls in scipy, seconds that no command should pay at start-up.
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    m.update_batch([w.encode("utf-8") for w in words])
    return m


def overlap_similarity(a: str, b: str) -> float | None:
    """Estimated overlap coefficient of the two texts' word sets; ``None`` if either is empty."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return None
    jaccard = minhash(wa).jaccard(minhash(wb))
    shared = jaccard * (len(wa) + len(wb)) / (1.0 + jaccard)
    return min(1.0, shared / min(len(wa), len(wb)))

"""Merge across sources: one stored incident per real incident, however many reports.

``find_match`` decides whether a newly extracted incident is one the store already holds
(scoring and threshold: ``strife.merge.score``); ``combine`` folds the new report into the
stored incident (reconcile rules: ``strife.merge.combine``). The store blocks candidates by
country and date window and runs the loop; these functions are pure.
"""

from strife.merge.combine import combine, new_stored_incident
from strife.merge.score import THRESHOLD, WEIGHTS, MatchDecision, find_match, score_pair

__all__ = [
    "THRESHOLD",
    "WEIGHTS",
    "MatchDecision",
    "combine",
    "find_match",
    "new_stored_incident",
    "score_pair",
]

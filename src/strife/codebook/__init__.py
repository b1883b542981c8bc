"""strife's reading of the GTD codebook: which module decides each field, and the shared tables.

Each coded field has ONE owner: the module that holds its rule and reads its vocabulary (a
YAML file under ``strife/data``, loaded through ``strife.codebook.loader``). Every other layer
(merge agreement, evaluation, summaries, exports, the dashboard) reads the tables of
``strife.codebook.tables`` and never restates them.

======================  =====================================  ==================================
field (GTD codebook)    rule                                   vocabulary
======================  =====================================  ==================================
attack type             ``strife.codebook.attack_types``       lexicons/triggers.yaml,
                                                               codebook/gtd.yaml
target type             ``strife.extract.targets``             lexicons/targets.yaml,
                                                               lexicons/victims.yaml
weapon type             ``strife.extract.targets``             lexicons/weapons.yaml
                        (``find_weapons``)
casualties              ``strife.extract.casualties``          lexicons/casualties.yaml,
                        (figures); GTD totals in               cues.yaml (no_death_phrases,
                        ``strife.extract.assemble``            no_injury_phrases,
                        (``casualty_totals``)                  suicide_attacker_words)
actors and claims       ``strife.extract.actors``              lexicons/groups.yaml,
                                                               lexicons/actors.yaml
dates                   ``strife.normalise.dates``             ``strife.normalise.dates_lexicon``
places                  ``strife.geo``                         data/geo/*
incident boundaries     ``strife.extract.grouping``            lexicons/grouping.yaml
suicide, success        ``strife.extract.mentions``            cues.yaml (suicide_words,
                                                               failure_words)
======================  =====================================  ==================================

Word lists are matched through one API, ``strife.codebook.cues.CueList`` (whole words only).
"""

from strife.codebook.attack_types import AttackCue, decide_attack_types, implied_attack
from strife.codebook.cues import CueList, CueMatch
from strife.codebook.tables import GtdTables, gtd_tables

__all__ = [
    "AttackCue",
    "CueList",
    "CueMatch",
    "GtdTables",
    "decide_attack_types",
    "gtd_tables",
    "implied_attack",
]

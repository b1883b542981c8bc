"""The MUC-4 role-filler model: who attacked (PerpInd, PerpOrg), what (Target), whom (Victim),
with what (Weapon).

::

    from strife.roles import RoleModel, RoleSpan
    model = RoleModel.load()          # shipped artefacts, loaded once (ModelError if missing)
    spans = model.predict(doc)        # doc: spaCy Doc of lower_text(text); offsets = original
    p = model.relevance(doc)          # probability the document reports a relevant incident

Rebuild the artefacts with ``python -m strife.roles.train --train
../shared/data/muc4/train.jsonl --out src/strife/data/models/roles``.
"""

from strife.roles.decode import DecodeConfig, RoleSpan, spans_to_roles
from strife.roles.model import RoleModel
from strife.roles.text import lower_text

__all__ = ["DecodeConfig", "RoleModel", "RoleSpan", "lower_text", "spans_to_roles"]

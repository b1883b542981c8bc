"""The rule layer of extraction: sentence findings, grouping into incidents, assembly.

Each field's rule lives in the module that owns it (see ``strife.codebook``): ``triggers``
(attack words), ``targets`` (targets and weapons), ``casualties``, ``actors`` (perpetrators
and claims), ``grouping`` (incident boundaries), ``assemble`` (the ``Incident`` record).

This package is imported for its modules only; the library's ``strife.extract(...)``
function is defined in ``strife/__init__.py``. Keep this file free of imports, so that
``import strife`` stays cheap.
"""

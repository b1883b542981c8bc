"""Scoring primitives shared by training and evaluation: the MUC-4 corpus reader and the CEAF
alignment. A leaf package: the role model (``strife.roles``) and the evaluators
(``strife.eval``) both import it, it imports neither, so the two never import each other."""

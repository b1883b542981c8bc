"""Evaluation with the field's own metrics: MUC-4 role fillers (CEAF-REE as GRIT scores it),
MUC-4 templates (GTT-style), and field-by-field agreement with hand-coded gold files."""

"""Evaluation of strife against benchmarks, gold files and its own test sets."""

"""The on-disk format of ``strife batch`` output: a manifest and Parquet partitions.

A leaf package: both the batch runner (which writes it) and ingest (which reads it back into a
store) depend on it, and it depends on neither.
"""

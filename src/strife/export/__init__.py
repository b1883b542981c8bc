"""export: incident records out in the formats of schema.md (JSON, JSONL, GTD, ACLED, GeoJSON)."""

from strife.export.results import write_results

__all__ = ["write_results"]

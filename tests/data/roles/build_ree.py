"""Write mixed_case_news.jsonl (GRIT's REE shape, read by `strife eval muc4`) from the YAML.

Every gold mention must occur verbatim in its article; its offset is its first occurrence.
Run: .venv/bin/python tests/data/roles/build_ree.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")


def build(source: Path) -> list[dict]:
    records = []
    for article in yaml.safe_load(source.read_text(encoding="utf-8"))["articles"]:
        text = article["text"]
        extracts = {}
        for role in ROLES:
            entities = []
            for entity in article["gold"].get(role) or []:
                mentions = []
                for mention in entity:
                    at = text.find(str(mention))
                    if at < 0:
                        raise SystemExit(f"{article['docid']} {role}: {mention!r} not in text")
                    mentions.append([str(mention), at])
                entities.append(mentions)
            extracts[role] = entities
        records.append({"docid": article["docid"], "doctext": text, "extracts": extracts})
    return records


def main() -> None:
    source = HERE / "mixed_case_news.yaml"
    records = build(source)
    out = source.with_suffix(".jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    print(f"{len(records)} articles -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Copy the dashboard's third-party front-end files from ``node_modules`` into ``static/vendor``.

They come from npm at install time (``npm ci`` with the repository's ``package.json``), never
from a CDN at run time, and are not committed. ``make setup`` runs::

    npm ci --no-audit --no-fund
    .venv/bin/python -m strife.serve.vendor

Without them the dashboard still works: the map draws points on a plain grid and /docs links
to /openapi.json.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"

FILES: tuple[tuple[str, str], ...] = (
    # Natural Earth 1:50m country outlines as TopoJSON (public domain), and its decoder.
    ("world-atlas/countries-50m.json", "countries-50m.json"),
    ("world-atlas/LICENSE", "world-atlas.LICENSE"),
    ("topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"),
    ("topojson-client/LICENSE", "topojson-client.LICENSE"),
    # Swagger UI for /docs.
    ("swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-bundle.js"),
    ("swagger-ui-dist/swagger-ui.css", "swagger-ui.css"),
    ("swagger-ui-dist/LICENSE", "swagger-ui.LICENSE"),
)


def vendor_ready() -> bool:
    return all((VENDOR / name).is_file() for _, name in FILES)


def copy_vendor(node_modules: Path, target: Path = VENDOR) -> list[Path]:
    """Copy every file in ``FILES``; raises ``FileNotFoundError`` naming what is missing."""
    missing = [src for src, _ in FILES if not (node_modules / src).is_file()]
    if missing:
        raise FileNotFoundError(
            f"not in {node_modules}: {', '.join(missing)}; run `npm ci` in the repository first"
        )
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for src, name in FILES:
        shutil.copyfile(node_modules / src, target / name)
        copied.append(target / name)
    return copied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--node-modules",
        type=Path,
        default=Path.cwd() / "node_modules",
        help="where npm installed package.json's dependencies (default: ./node_modules)",
    )
    args = parser.parse_args(argv)
    try:
        copied = copy_vendor(args.node_modules)
    except FileNotFoundError as exc:
        sys.stderr.write(f"strife.serve.vendor: error: {exc}\n")
        return 1
    sys.stderr.write(f"strife.serve.vendor: {len(copied)} files in {VENDOR}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

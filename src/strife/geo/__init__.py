"""geo: place mentions → GeoNames entries, with no server (see ``resolver``)."""

from strife.geo.place import ResolvedPlace
from strife.geo.resolver import PlaceResolver

__all__ = ["PlaceResolver", "ResolvedPlace"]

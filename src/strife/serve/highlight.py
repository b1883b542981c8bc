"""Evidence spans in an article's text, and the text cut into highlightable segments.

Evidence offsets point into the text of the document that gave them, but a merged incident's
evidence list also carries spans from its other sources (``Evidence`` records no document).
A span is therefore placed in a document only where the text at its offsets is the evidence
text; otherwise at the first place that text occurs; otherwise it is not shown there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from strife.models import StoredIncident


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    field: str
    incident_id: str

    def as_json(self) -> dict[str, object]:
        return {
            "incident_id": self.incident_id,
            "field": self.field,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same evidence fields (none: plain text)."""

    text: str
    fields: tuple[str, ...]


def evidence_spans(text: str, incidents: Iterable[StoredIncident]) -> list[Span]:
    spans: set[Span] = set()
    for incident in incidents:
        for ev in incident.evidence:
            start = ev.start if text[ev.start : ev.end] == ev.text and ev.text else -1
            if start < 0 and ev.text:
                start = text.find(ev.text)
            if start >= 0:
                spans.add(Span(start, start + len(ev.text), ev.field, incident.id))
    return sorted(spans, key=lambda s: (s.start, s.end, s.field, s.incident_id))


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """``text`` cut at every span boundary; each piece names the fields whose spans cover it."""
    spans = list(spans)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        fields = tuple(sorted({s.field for s in spans if s.start <= left and right <= s.end}))
        if pieces and pieces[-1].fields == fields:
            pieces[-1] = Segment(pieces[-1].text + text[left:right], fields)
        else:
            pieces.append(Segment(text[left:right], fields))
    return pieces


def field_group(field: str) -> str:
    """``killed.total`` → ``killed``: the colour a field is highlighted in."""
    return field.split(".", 1)[0]

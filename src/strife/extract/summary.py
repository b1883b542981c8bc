"""A one-sentence summary of an incident, written from its fields (never copied text)."""

from __future__ import annotations

from strife.codebook.tables import gtd_tables
from strife.models import Incident


def _place(incident: Incident) -> str:
    loc = incident.location
    parts = [p for p in (loc.city, loc.admin1 if not loc.city else None, loc.country) if p]
    return " in " + ", ".join(dict.fromkeys(parts)) if parts else ""


def _when(incident: Incident) -> str:
    d = incident.date
    if d.start is None:
        return ""
    if d.end and d.end != d.start:
        return f" between {d.start.isoformat()} and {d.end.isoformat()}"
    return f" on {d.start.isoformat()}"


def _toll(incident: Incident) -> str:
    bits = []
    if incident.killed.total is not None:
        killed = f"{incident.killed.total} killed"
        if incident.killed.perpetrators:
            killed += f" ({incident.killed.perpetrators} of them attackers)"
        bits.append(killed)
    if incident.wounded.total is not None:
        bits.append(f"{incident.wounded.total} wounded")
    return ": " + ", ".join(bits) if bits else ""


def summarise(incident: Incident) -> str:
    nouns = gtd_tables().attack_nouns
    kind = nouns[incident.attack_types[0] if incident.attack_types else "Unknown"]
    if incident.suicide:
        kind = "Suicide " + kind[0].lower() + kind[1:]
    if incident.success is False:
        kind = "Failed " + kind[0].lower() + kind[1:]
    who = ""
    if incident.perpetrators:
        who = " by " + " and ".join(p.name for p in incident.perpetrators[:3])
    claimed = ""
    if incident.claimed_by:
        claimed = "; claimed by " + ", ".join(incident.claimed_by)
    return f"{kind}{_place(incident)}{_when(incident)}{who}{_toll(incident)}{claimed}."

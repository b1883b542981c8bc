"""Turn a grouped draft into the ``Incident`` record of schema.md, with evidence for each field."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from strife.extract.acled import code_incident
from strife.extract.actors import Mention, incident_groups
from strife.extract.grouping import Draft, Place
from strife.extract.lexicon import load_lexicon
from strife.extract.means import attack_types as decide_attack_types
from strife.extract.means import weapon_attack
from strife.extract.means import weapon_types as decide_weapon_types
from strife.extract.mentions import SentenceFindings
from strife.extract.roles_rules import rule_roles
from strife.extract.summary import summarise
from strife.extract.target_types import target_types as decide_target_types
from strife.extract.tolls import casualty_totals, stated_bombers, suicide_attackers
from strife.extract.triggers import Trigger
from strife.geo.designators import DESIGNATORS
from strife.geo.names import name_key
from strife.models import (
    AcledCoding,
    Action,
    DateRange,
    Evidence,
    Incident,
    Location,
    Perpetrator,
)

PIPELINE_VERSION = "strife-extract-1"


class EvidenceLog:
    """Collects evidence spans; the text is always cut from the document, never retyped."""

    def __init__(self, text: str, document_id: str | None = None) -> None:
        self.text = text
        self.document_id = document_id
        self.items: list[Evidence] = []
        self._seen: set[tuple[str, int, int]] = set()  # a set, not a scan: linear cost

    def add(self, field: str, start: int, end: int) -> None:
        if 0 <= start < end <= len(self.text) and (field, start, end) not in self._seen:
            self._seen.add((field, start, end))
            self.items.append(Evidence(field=field, start=start, end=end,
                                       text=self.text[start:end], document_id=self.document_id))


def ascii_name(name: str) -> str:
    """"Arīsh" → "Arish": GeoNames keeps transliteration marks that English copy drops."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


SETTLEMENT_WORDS = DESIGNATORS | {"town", "village", "area", "neighbourhood", "neighborhood"}


def _as_written(place: Place) -> str:
    """The place as the text names it (schema: ``location.name``), in the text's own case
    unless the text is set in one case throughout ("TARAZ", "taraz"), where the gazetteer's
    spelling reads better."""
    words = place.text.split()
    # "Khost city", "Daraa province": a designator in lower case is a common noun after the
    # name; a capitalised one is part of it ("Kansas City", "Quezon City").
    while len(words) > 1 and words[-1].islower() and name_key(words[-1]) in SETTLEMENT_WORDS:
        words.pop()
    written = " ".join(words)
    if not written or written.isupper() or written.islower():
        return place.name
    return written


def _city_name(place: Place) -> str:
    """The town as the text spells it ("Daraa", as GTD and the report write it), not the
    gazetteer's transliteration ("Dar‘a"); the gazetteer's, marks folded, for one-case text."""
    written = _as_written(place)
    return written if written != place.name else ascii_name(place.name)


def _location(place: Place | None, evidence: EvidenceLog) -> Location:
    if place is None:
        return Location()
    evidence.add("location", place.start, place.end)
    feature = place.feature
    precision = {"city": "city", "other": "city", "admin2": "admin2", "admin1": "admin1",
                 "country": "country"}[feature]
    if place.geonames_id is None:
        precision = "unknown" if feature == "other" else precision
    return Location(
        name=place.name if place.fallback else _as_written(place),
        city=_city_name(place) if feature in ("city", "other") else place.town,
        admin1=place.admin1 if feature != "country" else None,
        country=place.country,
        country_code=place.country_code,
        lat=place.lat,
        lon=place.lon,
        geonames_id=place.geonames_id,
        precision=precision,  # type: ignore[arg-type]
    )


def _date(draft: Draft, published: date | None, first: bool, evidence: EvidenceLog) -> DateRange:
    if draft.date is not None:
        evidence.add("date", draft.date.start, draft.date.end)
        return draft.date.range
    if draft.inherited_date is not None and draft.inherited_date.range.start is not None:
        evidence.add("date", draft.inherited_date.start, draft.inherited_date.end)
        inherited = draft.inherited_date.range
        return DateRange(start=inherited.start, end=inherited.end, precision="approximate")
    if first and published is not None:
        # No date in the text: a news report tells of recent events, so the publication day
        # bounds it; "approximate" says the day itself is not stated.
        return DateRange(start=published, end=published, precision="approximate")
    return DateRange()


def _perpetrators(findings: list[SentenceFindings], evidence: EvidenceLog
                  ) -> tuple[list[Perpetrator], list[str], list[Mention]]:
    groups, claimants = incident_groups([f.actors for f in findings])
    claimed = {g.group_key for g in claimants}
    people: list[Mention] = []
    for f in findings:
        for m in f.actors.individuals:
            if not any(p.name == m.name for p in people):
                people.append(m)
    perps = [Perpetrator(name=m.name, kind="individual", claimed=False) for m in people]
    perps += [
        Perpetrator(name=g.name, kind="group", claimed=g.group_key in claimed) for g in groups
    ]
    for m in [*people, *groups]:
        evidence.add("perpetrators", m.start, m.end)
    for f in findings:
        for m in f.actors.claims:
            evidence.add("claimed_by", m.start, m.end)
    return perps, [g.name for g in claimants], groups


def _action_trigger(f: SentenceFindings) -> Trigger | None:
    """The sentence's main attack verb: one not inside another trigger's clause."""
    verbs = [t for t in f.triggers if t.is_verb and (t.sense.strong or f.counts or f.weapons)]
    ids = {t.token.i for t in verbs}
    for t in verbs:
        heads = {a.i for a in t.token.ancestors}
        if not heads & ids:
            return t
    return verbs[0] if verbs else None


def _actions(findings: list[SentenceFindings], text: str) -> list[Action]:
    """Ordered steps of a multi-stage attack: one per sentence that reports one."""
    actions: list[Action] = []
    for f in findings:
        trigger = _action_trigger(f)
        if trigger is None:
            continue
        tok = trigger.token
        end = tok.right_edge.idx + len(tok.right_edge.text)
        fragment = text[tok.idx : end].strip().rstrip(",;")
        if len(fragment) > 160:
            fragment = fragment[:160].rsplit(" ", 1)[0]
        kind = trigger.sense.attack
        if kind == "Unknown":
            kind = next((t.sense.attack for t in f.triggers if t.sense.attack != "Unknown"),
                        weapon_attack(f.weapons[0], load_lexicon()) if f.weapons
                        else "Unknown")
        killed = sum(c.value for c in f.counts if c.kind == "killed") or None
        actions.append(Action(text=fragment, attack_type=kind, killed=killed))
    return actions if len(actions) > 1 else []


def assemble(
    draft: Draft, *, text: str, doc_id: str, index: int, published: date | None
) -> Incident:
    ev = EvidenceLog(text, doc_id)
    findings = draft.findings
    location = _location(draft.place, ev)
    date_range = _date(draft, published, index == 0, ev)
    perps, claimed_by, groups = _perpetrators(findings, ev)
    suicide_cue = next((f.suicide for f in findings if f.suicide), None)
    failure = next((f.failure for f in findings if f.failure), None)
    all_counts = [c for f in findings for c in f.counts]
    bombers = 0 if suicide_cue is None or failure is not None else stated_bombers(
        text, suicide_cue.start)
    killed, used_k = casualty_totals(all_counts, "killed", suicide_attackers(
        bombers, all_counts, text))
    wounded, used_w = casualty_totals(all_counts, "wounded", 0)
    for c in used_k:
        ev.add("killed.total", c.start, c.end)
        if c.perpetrators:
            ev.add("killed.perpetrators", c.start, c.end)
    for c in used_w:
        ev.add("wounded.total", c.start, c.end)
    if suicide_cue is not None:
        ev.add("suicide", suicide_cue.start, suicide_cue.end)
        if killed.perpetrators:
            ev.add("killed.perpetrators", suicide_cue.start, suicide_cue.end)
    if failure is not None:
        ev.add("success", failure.start, failure.end)
    attack_types = decide_attack_types(
        findings, bool(killed.total), lambda s, e: ev.add("attack_types", s, e))
    incident = Incident(
        id=hashlib.sha256(f"{PIPELINE_VERSION}:{doc_id}:{index}".encode()).hexdigest()[:20],
        date=date_range,
        location=location,
        attack_types=attack_types,
        target_types=decide_target_types(findings, lambda s, e: ev.add("target_types", s, e)),
        weapon_types=decide_weapon_types(findings, lambda s, e: ev.add("weapon_types", s, e)),
        perpetrators=perps,
        claimed_by=claimed_by,
        killed=killed,
        wounded=wounded,
        suicide=suicide_cue is not None,
        success=failure is None,
        roles=rule_roles(findings, groups, text),
        actions=_actions(findings, text),
        evidence=ev.items,
    )
    incident.acled = _acled_coding(incident, findings)
    incident.acled = _acled_coding(incident, findings)
    incident.summary = summarise(incident)
    incident.confidence = _confidence(draft, incident)
    return incident


def _acled_coding(incident: Incident, findings: list[SentenceFindings]) -> AcledCoding:
    """ACLED's coding (``extract.acled``) from the sentences that report the attack."""
    reporting = [f for f in findings if f.reports_attack and f.triggers]
    if not reporting:
        return code_incident(incident)
    doc = reporting[0].triggers[0].token.doc
    sentences = [span for f in reporting
                 if (span := doc.char_span(f.start, f.end, alignment_mode="expand")) is not None]
    return code_incident(incident, sentences, [t.token for f in reporting for t in f.triggers])


def _confidence(draft: Draft, incident: Incident) -> float:
    score = 0.35
    score += 0.15 if any(f.strong for f in draft.findings) else 0.0
    score += 0.15 if incident.location.geonames_id else 0.0
    score += 0.1 if draft.date is not None else 0.0
    score += 0.1 if incident.killed.total or incident.wounded.total else 0.0
    score += 0.1 if incident.perpetrators else 0.0
    return round(min(score, 0.95), 2)

"""Turn a grouped draft into the ``Incident`` record of schema.md, with evidence for each field."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from strife.codebook.attack_types import AttackCue, decide_attack_types, implied_attack
from strife.codebook.tables import gtd_tables
from strife.extract.actors import Mention
from strife.extract.grouping import Draft, Place
from strife.extract.mentions import SentenceFindings
from strife.extract.roles_rules import rule_roles
from strife.extract.summary import summarise
from strife.extract.tolls import casualty_totals, stated_bombers, suicide_attackers
from strife.extract.triggers import Trigger
from strife.models import (
    Action,
    AttackType,
    DateRange,
    Evidence,
    Incident,
    Location,
    Perpetrator,
    TargetType,
    WeaponType,
)

PIPELINE_VERSION = "strife-extract-1"


class EvidenceLog:
    """Collects evidence spans; the text is always cut from the document, never retyped."""

    def __init__(self, text: str, document_id: str | None = None) -> None:
        self.text = text
        self.document_id = document_id
        self.items: list[Evidence] = []

    def add(self, field: str, start: int, end: int) -> None:
        if 0 <= start < end <= len(self.text) and not any(
            e.field == field and e.start == start and e.end == end for e in self.items
        ):
            self.items.append(Evidence(field=field, start=start, end=end,
                                       text=self.text[start:end], document_id=self.document_id))


def ascii_name(name: str) -> str:
    """"Arīsh" → "Arish": GeoNames keeps transliteration marks that English copy drops."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _location(place: Place | None, evidence: EvidenceLog) -> Location:
    if place is None:
        return Location()
    evidence.add("location", place.start, place.end)
    feature = place.feature
    precision = {"city": "city", "other": "city", "admin1": "admin1", "country": "country"}[feature]
    if place.geonames_id is None:
        precision = "unknown" if feature == "other" else precision
    return Location(
        name=place.name,
        city=ascii_name(place.name) if feature in ("city", "other") else None,
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


def _attack_types(findings: list[SentenceFindings], targets_prominent: bool,
                  evidence: EvidenceLog) -> list[AttackType]:
    """The rule is ``strife.codebook.attack_types``; this gathers its evidence."""
    triggers = [AttackCue(t.sense.attack, t.start, t.end, t.sense.strong)
                for f in findings for t in f.triggers]
    first_weapon = next((w for f in findings for w in f.weapons), None)
    weapon = None if first_weapon is None else AttackCue(
        implied_attack(first_weapon.weapon_type), first_weapon.start, first_weapon.end)
    found = decide_attack_types(triggers, weapon, targets_prominent)
    for span in found.values():
        evidence.add("attack_types", *span)
    return list(found)


def _weapon_types(findings: list[SentenceFindings], evidence: EvidenceLog
                  ) -> list[WeaponType]:
    types: list[WeaponType] = []
    for f in findings:
        for w in f.weapons:
            if w.weapon_type not in types:
                types.append(w.weapon_type)
            evidence.add("weapon_types", w.start, w.end)
        for t in f.triggers:
            for kind in t.sense.weapons:
                if kind not in types:
                    types.append(kind)
                    evidence.add("weapon_types", t.start, t.end)
    # GTD codes the weapon "Unknown" when the text gives no means.
    return types or ["Unknown"]


def _target_types(findings: list[SentenceFindings], evidence: EvidenceLog
                  ) -> list[TargetType]:
    """Target types, the most often hit first; "people" in general ranks after named kinds."""
    weight: dict[TargetType, float] = {}
    hit = [t for f in findings for t in f.targets]
    pool = hit or [t for f in findings if f.reports_attack for t in f.mentioned]
    for t in pool:
        if not t.target_type:
            continue
        generic = t.target_type == "Private Citizens & Property" and t.generic
        weight[t.target_type] = weight.get(t.target_type, 0.0) + (0.1 if generic else t.size)
        evidence.add("target_types", t.start, t.end)
    ranked = sorted(weight, key=lambda k: -weight[k])
    # GTD codes the main target and adds others only when they were hit as much; people and
    # vehicles named in passing ("passers-by", "his car") do not make a second target type.
    return ranked[:1] + [
        k for k in ranked[1:3]
        if weight[k] >= weight[ranked[0]] and k not in gtd_tables().incidental_target_types
    ]


def _perpetrators(findings: list[SentenceFindings], evidence: EvidenceLog
                  ) -> tuple[list[Perpetrator], list[str], list[Mention]]:
    excluded = {name for f in findings for name in f.actors.excluded}
    claims = [m for f in findings for m in f.actors.claims]
    claimed_names = {m.name for m in claims}
    groups: list[Mention] = []
    for f in findings:
        for m in [*f.actors.claims, *f.actors.acting_groups, *f.actors.suspected]:
            if (m.name in excluded and m.name not in claimed_names) or any(
                g.name == m.name for g in groups
            ):
                continue
            groups.append(m)
    people: list[Mention] = []
    for f in findings:
        for m in f.actors.individuals:
            if not any(p.name == m.name for p in people):
                people.append(m)
    perps = [Perpetrator(name=m.name, kind="individual", claimed=False) for m in people]
    perps += [
        Perpetrator(name=g.name, kind="group", claimed=g.name in claimed_names) for g in groups
    ]
    for m in [*people, *groups]:
        evidence.add("perpetrators", m.start, m.end)
    claimed_by: list[str] = []
    for m in claims:
        if m.name not in claimed_by:
            claimed_by.append(m.name)
        evidence.add("claimed_by", m.start, m.end)
    return perps, claimed_by, groups


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
                        implied_attack(f.weapons[0].weapon_type) if f.weapons else "Unknown")
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
    targets = [t for f in findings for t in f.targets] or [
        t for f in findings if f.reports_attack for t in f.mentioned]
    attack_types = _attack_types(findings, any(t.prominent and t.is_person for t in targets), ev)
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
    incident = Incident(
        id=hashlib.sha256(f"{PIPELINE_VERSION}:{doc_id}:{index}".encode()).hexdigest()[:20],
        date=date_range,
        location=location,
        attack_types=attack_types,
        target_types=_target_types(findings, ev),
        weapon_types=_weapon_types(findings, ev),
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
    incident.summary = summarise(incident)
    incident.confidence = _confidence(draft, incident)
    return incident


def _confidence(draft: Draft, incident: Incident) -> float:
    score = 0.35
    score += 0.15 if any(f.strong for f in draft.findings) else 0.0
    score += 0.15 if incident.location.geonames_id else 0.0
    score += 0.1 if draft.date is not None else 0.0
    score += 0.1 if incident.killed.total or incident.wounded.total else 0.0
    score += 0.1 if incident.perpetrators else 0.0
    return round(min(score, 0.95), 2)

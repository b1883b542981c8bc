"""Group sentence findings into incidents: one per place and time.

A sentence that reports an attack joins the incident being told unless it names a different
place or a different time; then it starts a new incident (an attack reported as background is
its own incident), or rejoins an earlier one that it matches. Sentences with no attack word but
with a toll, a claim, a named attacker or a suicide cue add to the incident being told.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from strife.codebook.attack_types import implied_attack
from strife.extract.lexicon import word_list
from strife.extract.mentions import SentenceFindings
from strife.geo import ResolvedPlace as Place
from strife.geo.distance import haversine_km
from strife.models import DateRange
from strife.normalise.dates import DateMention

_RANK = {"city": 3, "other": 3, "admin2": 2.5, "admin1": 2, "country": 1}


@dataclass
class Draft:
    """An incident being assembled from the sentences that report it."""

    findings: list[SentenceFindings] = field(default_factory=list)
    place: Place | None = None
    date: DateMention | None = None
    inherited_date: DateMention | None = None

    @property
    def reports_attack(self) -> bool:
        return any(f.reports_attack for f in self.findings)


def _distance_km(a: Place, b: Place) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0 if a.name.lower() == b.name.lower() else math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _rank(place: Place) -> float:
    """City over region over country; a name the gazetteer lacks ranks below a region."""
    if place.geonames_id is None:
        return 1.5
    return _RANK.get(place.feature, 0)


def places_conflict(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None or a.geonames_id is None or b.geonames_id is None:
        return False  # a name the gazetteer lacks cannot be placed, so it cannot clash
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return True
    ra, rb = _RANK.get(a.feature, 0), _RANK.get(b.feature, 0)
    if ra == 3 and rb == 3:
        return _distance_km(a, b) > 40
    if min(ra, rb) == 2 and a.admin1 and b.admin1:
        return a.admin1 != b.admin1
    return False


def dates_conflict(a: DateRange | None, b: DateRange | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    return a_end < b.start or b_end < a.start


def _attached_to(token: Token, trigger_ids: set[int]) -> int:
    """2: the phrase hangs off an attack word; 1: off another event; 0: off "said"."""
    current = token
    for _ in range(8):
        if current.i in trigger_ids:
            return 2
        if current.pos_ in ("VERB", "AUX") and current.i != token.i:
            return 0 if current.lemma_.lower() in word_list("saying_verbs") else 1
        if current.head.i == current.i:
            break
        current = current.head
    return 1


def best_place(
    doc: Doc, finding: SentenceFindings, places: list[Place], excluded: tuple[int, int]
) -> Place | None:
    trigger_ids = {t.token.i for t in finding.triggers}
    group_spans = [(s.start_char, s.end_char) for s in (doc._.strife_group_spans or [])]
    scored: list[tuple[tuple[float, int, int], Place]] = []
    for place in places:
        if not (finding.start <= place.start < finding.end):
            continue
        if excluded[0] <= place.start < excluded[1]:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        prep = span.root.head if span.root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in word_list(
            "of_people_nouns"
        ):
            continue  # "residents of X", "the governor of X": who, not where
        if prep is not None and prep.lower_ in word_list("route_prepositions"):
            continue  # "a bus travelling from Quetta to Karachi": the route, not the place
        if any(g_start < place.end and place.start < g_end for g_start, g_end in group_spans):
            continue  # "Boko" in "Boko Haram"
        if place.text.lower() in word_list("not_place_words") or place.in_name:
            continue  # "in_name": "Boko" of "Boko Haram", "Jaffar" of "Jaffar Express"
        attached = _attached_to(span.root, trigger_ids)
        if attached == 0:
            continue
        scored.append(((_rank(place), attached, -place.start), place))
    if not scored:
        return None
    return max(scored, key=lambda item: item[0])[1]


def best_date(
    doc: Doc, finding: SentenceFindings, dates: list[DateMention]
) -> DateMention | None:
    trigger_ids = {t.token.i for t in finding.triggers}
    scored: list[tuple[tuple[int, int], DateMention]] = []
    for mention in dates:
        if not (finding.start <= mention.start < finding.end) or mention.range.start is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        attached = _attached_to(span.root, trigger_ids) if span is not None else 1
        if attached == 0 and trigger_ids:
            continue
        scored.append(((attached, -mention.start), mention))
    if not scored:
        return None
    return max(scored, key=lambda item: item[0])[1]


def _refine(draft: Draft, place: Place | None, date: DateMention | None) -> None:
    if place is not None and (draft.place is None or _rank(place) > _rank(draft.place)):
        draft.place = place
    if date is not None and draft.date is None:
        draft.date = date


def _conflicts(draft: Draft, place: Place | None, date: DateMention | None) -> bool:
    return places_conflict(draft.place, place) or dates_conflict(
        draft.date.range if draft.date else None, date.range if date else None
    )


def _matches(draft: Draft, place: Place | None, date: DateMention | None) -> bool:
    """A positive match with an earlier incident: same place, and no clash of dates."""
    if place is None or draft.place is None or _conflicts(draft, place, date):
        return False
    return _RANK.get(place.feature, 0) >= 2 and _distance_km(draft.place, place) < 40


def group_findings(
    doc: Doc,
    findings: list[SentenceFindings],
    places: list[Place],
    dates: list[DateMention],
    dateline_span: tuple[int, int],
) -> list[Draft]:
    drafts: list[Draft] = []
    for finding in findings:
        if finding.reports_attack:
            place = best_place(doc, finding, places, dateline_span)
            date = best_date(doc, finding, dates)
            if drafts and place is None and _anaphoric(finding):
                # "X claimed the attack on Tuesday": the attack already told, dated by the claim.
                _same_kind(drafts, finding).findings.append(finding)
                continue
            target = _choose_draft(drafts, place, date)
            if drafts and target is drafts[-1] and place is None and date is None:
                target = _same_kind(drafts, finding)
            if target is None:
                target = Draft()
                drafts.append(target)
            target.findings.append(finding)
            _refine(target, place, date)
        elif drafts and _adds_detail(finding):
            _same_kind(drafts, finding).findings.append(finding)
    accident_story = any(f.accident for f in findings)
    kept = [d for d in drafts if d.reports_attack and not (accident_story and _accidental(d))]
    lower_bound = dateline_span[1]
    previous: Draft | None = None
    for draft in kept:
        if draft.place is None:
            draft.place = _place_from_context(doc, draft, places, dateline_span)
        if draft.date is None:
            draft.date = _date_from_context(doc, draft, dates, lower_bound)
        if draft.date is None and previous is not None:
            # "In Mosul, gunmen shot dead…" after a dated lede: the same day, as far as the
            # text tells (kept apart from a stated date by its "approximate" precision).
            draft.inherited_date = previous.date or previous.inherited_date
        lower_bound = max(f.end for f in draft.findings)
        previous = draft
    return kept


def _date_from_context(
    doc: Doc, draft: Draft, dates: list[DateMention], lower_bound: int
) -> DateMention | None:
    """A date told just before the incident's first report ("arrested men suspected of
    blowing up a bridge late last month"), unless it only dates what someone said."""
    first_end = draft.findings[0].end
    for mention in reversed(dates):
        if not (lower_bound <= mention.start < first_end) or mention.range.start is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and _attached_to(span.root, set()) == 0:
            continue
        return mention
    return None


def _accidental(draft: Draft) -> bool:
    """In a story about an accident, an explosion or fire with no attacker in sight."""
    return not any(
        f.actors.claims or f.actors.descriptions or f.actors.acting_groups or f.actors.suspected
        or any(w.weapon_type == "Firearms" for w in f.weapons)
        for f in draft.findings
    )


def _place_from_context(
    doc: Doc, draft: Draft, places: list[Place], dateline_span: tuple[int, int]
) -> Place | None:
    """No place in the sentences that report it: take one from the rest of its sentences,
    then the first place of the body after the dateline."""
    for finding in draft.findings:
        plain = SentenceFindings(finding.index, finding.start, finding.end)
        found = best_place(doc, plain, places, dateline_span)
        if found is not None:
            return found
    body = [p for p in places if p.start >= dateline_span[1] and p.geonames_id is not None]
    return max(body[:3], key=_rank, default=None) if body else None


def _choose_draft(
    drafts: list[Draft], place: Place | None, date: DateMention | None
) -> Draft | None:
    if not drafts:
        return None
    current = drafts[-1]
    if not _conflicts(current, place, date):
        return current
    for earlier in reversed(drafts[:-1]):
        if _matches(earlier, place, date):
            return earlier
    return None


def _same_kind(drafts: list[Draft], finding: SentenceFindings) -> Draft:
    """With several incidents told, a sentence that names no place or time goes with the
    latest one of its kind ("the blast" after "a bomb … and gunmen …"), else the latest."""
    kinds = {t.sense.attack for t in finding.triggers} - {"Unknown"}
    kinds |= {implied_attack(w.weapon_type) for w in finding.weapons} - {"Unknown"}
    if kinds and len(drafts) > 1:
        for draft in reversed(drafts):
            told = {t.sense.attack for f in draft.findings for t in f.triggers}
            if told & kinds:
                return draft
    return drafts[-1]


def _anaphoric(finding: SentenceFindings) -> bool:
    """Every attack word is a definite noun ("the attack", "this bombing", "its raid"), or the
    sentence claims a definite attack ("X claimed the attack, saying it had targeted …")."""
    definite = [
        t for t in finding.triggers if not t.is_verb and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
            for c in t.token.children)
    ]
    if definite and finding.actors.claims:
        return True
    return all(
        not t.is_verb and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
            for c in t.token.children
        )
        for t in finding.triggers
    )


def _adds_detail(finding: SentenceFindings) -> bool:
    if finding.legal or finding.accident:
        return False
    actors = finding.actors
    return bool(
        finding.counts or actors.claims or actors.suspected or finding.suicide
        or actors.no_claim or finding.failure or actors.excluded or actors.individuals
    )

"""The schema of every data file under ``strife/data``: one pydantic model per file.

Unknown keys are errors (``extra="forbid"``) and GTD labels are typed with the vocabularies of
``strife.models``, so a misspelt key or a label outside the codebook fails at load time with
the file and key named. To add a key, add a field here (see ``strife.codebook.loader``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, RootModel, model_validator

from strife.models import (
    ATTACK_TYPES,
    AcledEventType,
    AcledSubEventType,
    AttackType,
    TargetType,
    WeaponType,
)

WordList = list[str]
CasualtyKind = Literal["killed", "wounded"]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- lexicons/triggers.yaml: words that report a violent act (owner: extract/triggers.py) ---


class TriggerEntry(Schema):
    """One trigger lemma: the GTD attack type it suggests and the weapons it implies."""

    attack: AttackType
    strength: Literal["strong", "weak"]
    weapons: list[WeaponType] = []
    particle: str | None = None
    failed: bool = False
    outcome: bool = False


class TriggersFile(Schema):
    verbs: dict[str, TriggerEntry]
    nouns: dict[str, TriggerEntry]
    # Nouns a trigger can be the topic of ("a film about a kidnapping"): not an event.
    topic_nouns: WordList
    # Verbs that relate two events; negated they separate them ("not linked to the shooting").
    relating_verbs: WordList
    # Attack verbs that need someone or something hit to report an attack ("shot wide").
    needs_object: WordList
    # Adverbs that make an attack verb a history, not one event ("repeatedly bombed").
    habitual_adverbs: WordList


# --- lexicons/cues.yaml: cues around attack words (owners named per key in the file) ---


class CuesFile(Schema):
    irrealis_heads: WordList
    trend_nouns: WordList
    accident_words: WordList
    legal_words: WordList
    suicide_words: WordList
    failure_words: WordList
    no_claim_phrases: WordList
    perpetrator_nouns: WordList
    no_death_phrases: WordList
    no_injury_phrases: WordList
    suicide_attacker_words: WordList
    # GTD Fake Weapons: the bomb or gun turned out not to be real.
    fake_weapon_words: WordList
    # GTD: a blade makes an Armed Assault, a blunt weapon an Unarmed Assault.
    sharp_weapons: WordList


class WeaponsFile(RootModel[dict[WeaponType, WordList]]):
    """lexicons/weapons.yaml: weapon words → GTD weapon type (owner: extract/mentions.py)."""


class TargetsFile(RootModel[dict[TargetType, WordList]]):
    """lexicons/targets.yaml: victim and target nouns → GTD target type.

    Owner: extract/targets.py."""


class VictimsFile(Schema):
    """lexicons/victims.yaml: who or what was hit (owner: extract/targets.py)."""

    person_nouns: WordList
    prominent_titles: WordList
    generic_people: WordList
    staff_nouns: WordList
    reporting_verbs: WordList
    not_instrument_nouns: WordList
    # GTD assassination: a named person in one of these roles is a prominent target.
    prominent_if_named: WordList
    # GTD target type is the victim's: carriers, belongings and manned places take their
    # passengers', owners' or crews' type.
    carrier_nouns: WordList
    belonging_nouns: WordList
    carry_verbs: WordList
    manned_verbs: WordList
    # Counted objects of these verbs are people ("abducted five shepherds").
    people_verbs: WordList
    # Subjects of these answer the attack; they are not its target.
    response_verbs: WordList
    # People known by the place they were at take its target type.
    people_of_a_place: WordList
    # Bare security posts take the type of the police or soldiers hit at them.
    manned_posts: WordList


class ActorsFile(Schema):
    """lexicons/actors.yaml: perpetrators and claims (owner: extract/actors.py)."""

    group_modifiers: WordList
    group_generic_heads: WordList
    attack_nouns: WordList
    not_claimants: WordList
    claim_verbs: WordList
    suspect_verbs: WordList
    deny_verbs: WordList
    condemn_verbs: WordList
    # Membership said of the attackers names a suspected group ("gunmen belonging to X").
    membership_verbs: WordList
    # The subject of these is a victim, never a named attacker ("X died on the spot").
    victim_verbs: WordList


class CasualtiesFile(Schema):
    """lexicons/casualties.yaml: words that state a toll (owner: extract/casualties.py)."""

    kill_verbs: WordList
    die_verbs: WordList
    wound_verbs: WordList
    death_words: WordList
    wound_words: WordList
    toll_reporters: WordList
    counted_people: WordList
    self_pronouns: WordList
    perpetrator_acts: WordList
    # GTD "Casualties and Consequences" (nkill/nkillter/nwound/nwoundte), issue 11: the words
    # of figures that a single noun phrase does not carry.
    quantity_nouns: WordList  # "a total of 20 people", "a number of civilians"
    zero_nouns: dict[str, list[CasualtyKind]]  # "no reported casualties": a stated 0
    only_nouns: dict[str, list[CasualtyKind]]  # "the only casualties were the assailants"
    only_words: WordList
    addition_phrases: WordList  # "in addition to the attackers": attackers on top
    step_words: WordList  # "the first blast killed five": one step, not the total
    more_words: WordList  # "the other two were hurt": on top of a figure told
    one_more_words: WordList  # "and another wounded", "killing him": one person
    later_words: WordList  # "two of the wounded later died": from nwound to nkill
    wounds_words: WordList
    unharmed_words: WordList  # "the hostages were released unharmed": 0
    life_words: WordList  # "lost their lives"
    life_taking_verbs: WordList  # "claimed the lives of ten"
    toll_words: WordList  # "the toll rose to 15"
    count_nouns: WordList  # "the number of people killed rose to 15"


class NumbersFile(Schema):
    """lexicons/numbers.yaml: number words (owner: extract/numbers.py). Vague quantities get
    their literal low bound, as ACLED codes the lowest figure reported."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    vague_nouns: dict[str, int]
    ordinals: dict[str, int]


class MergeFile(Schema):
    """lexicons/merge.yaml: what tells distinct attacks apart (owner: merge/targets.py). GTD
    "Incident": different targets or places are separate incidents."""

    generic_target_heads: WordList
    several_attacks: list[str]  # regular expressions
    city_parts: list[str]  # regular expressions
    toll_lowered: list[str]  # regular expressions
    target_hedges: WordList
    security_forces: list[TargetType]


class GroupingFile(Schema):
    """lexicons/grouping.yaml: incident boundaries (owner: extract/grouping.py)."""

    saying_verbs: WordList
    of_people_nouns: WordList
    not_place_words: WordList
    route_prepositions: WordList
    toll_verbs: WordList


class GroupsFile(Schema):
    """lexicons/groups.yaml: named armed groups and their aliases (owner: extract/actors.py)."""

    groups: dict[str, WordList]
    group_heads: WordList


class LanguageFile(Schema):
    """ingest/language.yaml: words that mark English and other languages (owner:
    ingest/checks.py)."""

    english: WordList
    other: dict[str, WordList]


class PrefilterFile(Schema):
    """lexicons/prefilter.yaml: cheap relevance cues (owner: strife/prefilter.py)."""

    threshold: int
    max_repeats: int
    weights: dict[Literal["strong", "weak"], int]
    ignore: WordList
    strong: WordList
    weak: WordList


# --- codebook/gtd.yaml: the GTD tables every layer shares (owner: strife/codebook) ---


class AttackTypeEntry(Schema):
    """One GTD attack type: how summaries name it, its dashboard colour, its MUC-4 type."""

    type: AttackType
    noun: str
    colour: str
    muc4: Literal["attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage"]


class GtdFile(Schema):
    attack_types: list[AttackTypeEntry]
    weapon_implies_attack: dict[WeaponType, AttackType]
    outranked_by_strong_trigger: list[AttackType]
    related_attack_types: list[tuple[AttackType, AttackType]]
    related_target_types: list[tuple[TargetType, TargetType]]
    incidental_target_types: list[TargetType]
    catch_all_target_types: list[TargetType]
    uninformative_types: list[str]

    @model_validator(mode="after")
    def _every_attack_type_once(self) -> GtdFile:
        listed = [entry.type for entry in self.attack_types]
        if sorted(listed) != sorted(ATTACK_TYPES):
            raise ValueError("attack_types must list each GTD attack type exactly once")
        return self


# --- lexicons/acled.yaml: ACLED's coding and the words of ACLED-style violence
#     (owners: extract/acled.py for the coding, extract/triggers.py for the words) ---


class AcledCues(Schema):
    """Word lists, each serving one ACLED codebook definition (cited in acled.yaml)."""

    sexual_violence: WordList
    chemical: WordList
    air_drone: WordList
    shelling: WordList
    grenade: WordList
    demonstrators: WordList
    mob: WordList
    looting: WordList
    regain: WordList
    overtake: WordList
    territory: WordList
    state_forces: WordList
    armed_parties: WordList
    battle_words: WordList
    disappearance: WordList
    labour_strike: WordList
    history_heads: WordList
    seizable_people: WordList
    remote_nouns: WordList
    air_verbs: WordList
    launch_verbs: WordList
    seize_verbs: WordList
    take_away_verbs: WordList
    carry_out_verbs: WordList
    doing_verbs: WordList
    no_agent_backing: WordList


class AcledFile(Schema):
    event_types: dict[AcledEventType, list[AcledSubEventType]]
    armed_targets: list[TargetType]
    cues: AcledCues

    @model_validator(mode="after")
    def _each_sub_event_type_once(self) -> AcledFile:
        listed = [sub for subs in self.event_types.values() for sub in subs]
        if len(listed) != len(set(listed)):
            raise ValueError("a sub-event type belongs to one event type only")
        return self


# --- datasets/acled_to_gtd.yaml: ACLED event types → GTD types (owner: datasets/acled.py) ---


class AcledImportRule(Schema):
    event_type: str | None = None  # None: any event type
    sub_event_type: str | None = None
    attack_type: AttackType
    weapon_type: WeaponType
    target_type: TargetType | None = None
    suicide: bool = False


class AcledImportFile(Schema):
    not_violence: list[str]  # ACLED event types outside strife's scope (schema.md "Scope")
    rules: list[AcledImportRule]

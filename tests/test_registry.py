"""The curated entity registry: its data is consistent, and names resolve through it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

import pytest

from aikg.errors import UnknownNameError
from aikg.ontology.models import Entity
from aikg.ontology.registry import default_registry, normalise, registry_entities
from aikg.ontology.vocab import vocabulary

QID = re.compile(r"^Q[1-9]\d*$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# The entities the seed corpus and its gold file name; they must stay in the registry.
SEED_IDS = [
    "bytedance",
    "tiktok",
    "microsoft",
    "openai",
    "azure",
    "chatgpt",
    "douyin",
    "the-verge",
    "the-information",
]


@pytest.fixture(scope="module")
def entities() -> tuple[Entity, ...]:
    return registry_entities()


@pytest.fixture(scope="module")
def by_id(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    return {e.id: e for e in entities}


def _owners(entities: tuple[Entity, ...], names_of: Callable[[Entity], Iterable[str]]) -> dict[str, set[str]]:
    """Which entity ids each normalised name (as given by ``names_of``) belongs to."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for name in names_of(entity):
            owners[normalise(name)].add(entity.id)
    return owners


# ---------------------------------------------------------------- the data


def test_registry_loads_at_least_170_entities(entities: tuple[Entity, ...]) -> None:
    assert len(entities) >= 170


def test_ids_are_unique_slugs(entities: tuple[Entity, ...]) -> None:
    ids = [e.id for e in entities]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not SLUG.fullmatch(i)] == []


@pytest.mark.parametrize("entity_id", SEED_IDS, ids=SEED_IDS)
def test_seed_entities_are_kept(by_id: dict[str, Entity], entity_id: str) -> None:
    assert entity_id in by_id


def test_every_type_is_an_ontology_class(entities: tuple[Entity, ...]) -> None:
    classes = set(vocabulary().entity_types)
    assert {e.id: e.type for e in entities if e.type not in classes} == {}


def test_every_ontology_entity_type_is_used(entities: tuple[Entity, ...]) -> None:
    unused = set(vocabulary().entity_types) - {e.type for e in entities}
    # Organization is the catch-all class; everything else should have curated members.
    assert unused <= {"Organization"}


def test_every_parent_exists_and_is_not_the_entity_itself(
    entities: tuple[Entity, ...], by_id: dict[str, Entity]
) -> None:
    bad = {e.id: e.parent for e in entities if e.parent and (e.parent not in by_id or e.parent == e.id)}
    assert bad == {}


def test_parent_chains_end(entities: tuple[Entity, ...], by_id: dict[str, Entity]) -> None:
    for entity in entities:
        seen = {entity.id}
        parent = entity.parent
        while parent is not None:
            assert parent not in seen, f"parent cycle through {entity.id}"
            seen.add(parent)
            parent = by_id[parent].parent


def test_products_models_clouds_and_chips_have_an_owner(entities: tuple[Entity, ...]) -> None:
    owned_types = {"AIModel", "CloudPlatform", "Chip"}
    assert [e.id for e in entities if e.type in owned_types and e.parent is None] == []


def test_no_normalised_name_belongs_to_two_entities(entities: tuple[Entity, ...]) -> None:
    owners = _owners(entities, lambda e: (e.id, e.label, *e.aliases))
    assert {name: sorted(ids) for name, ids in owners.items() if len(ids) > 1} == {}


def test_no_epithet_belongs_to_two_entities(entities: tuple[Entity, ...]) -> None:
    owners = _owners(entities, lambda e: e.epithets)
    assert {name: sorted(ids) for name, ids in owners.items() if len(ids) > 1} == {}


def test_epithets_are_descriptions_not_names(entities: tuple[Entity, ...]) -> None:
    names = set(_owners(entities, lambda e: (e.id, e.label, *e.aliases)))
    for entity in entities:
        for epithet in entity.epithets:
            first = epithet.split()[0]
            # "the ChatGPT maker", or a possessive such as "TikTok's owner".
            assert first.islower() or first.endswith("'s"), f"{entity.id}: {epithet!r}"
            assert normalise(epithet) not in names, f"{entity.id}: {epithet!r} is also a name"


def test_aliases_are_not_blank_or_padded(entities: tuple[Entity, ...]) -> None:
    bad = [
        (e.id, name)
        for e in entities
        for name in (e.label, *e.aliases, *e.epithets)
        if not name.strip() or name != name.strip() or "  " in name
    ]
    assert bad == []


def test_wikidata_ids_are_well_formed_and_unique(entities: tuple[Entity, ...]) -> None:
    qids = [e.wikidata for e in entities if e.wikidata is not None]
    assert qids, "the registry should link some entities to Wikidata"
    assert [q for q in qids if not QID.fullmatch(q)] == []
    assert sorted(q for q in set(qids) if qids.count(q) > 1) == []


@pytest.mark.parametrize(
    ("entity_id", "qid"),
    [
        ("microsoft", "Q2283"),
        ("openai", "Q21708200"),
        ("google", "Q95"),
        ("alphabet", "Q20800404"),
        ("nvidia", "Q182477"),
    ],
    ids=["microsoft", "openai", "google", "alphabet", "nvidia"],
)
def test_known_wikidata_links(by_id: dict[str, Entity], entity_id: str, qid: str) -> None:
    assert by_id[entity_id].wikidata == qid


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("youtube", "google"),
        ("google", "alphabet"),
        ("azure", "microsoft"),
        ("gpt-4", "openai"),
        ("h100", "nvidia"),
        ("instagram", "meta"),
        ("aws", "amazon"),
        ("google-deepmind", "google"),
        ("tiktok", "bytedance"),
    ],
    ids=lambda v: str(v),
)
def test_ownership(by_id: dict[str, Entity], child: str, parent: str) -> None:
    assert by_id[child].parent == parent


# ---------------------------------------------------------------- name resolution


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("Microsoft", "microsoft"),
        ("Google DeepMind", "google-deepmind"),
        ("ChatGPT", "chatgpt"),
        ("Sam Altman", "sam-altman"),
        ("The Verge", "the-verge"),
    ],
    ids=["company", "lab", "product", "person", "outlet"],
)
def test_resolve_by_label(name: str, entity_id: str) -> None:
    assert default_registry().resolve(name).id == entity_id


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("alphabet inc.", "alphabet"),
        ("MICROSOFT CORPORATION", "microsoft"),
        ("aws", "aws"),
        ("deepmind", "google-deepmind"),
        ("meta platforms", "meta"),
        ("  Taiwan   Semiconductor Manufacturing Company ", "tsmc"),
    ],
    ids=["lowercase", "uppercase", "acronym", "short-form", "legal-name", "extra-spaces"],
)
def test_resolve_by_alias_in_another_case(name: str, entity_id: str) -> None:
    assert default_registry().resolve(name).id == entity_id


def test_resolve_by_id() -> None:
    assert default_registry().resolve("google-deepmind").label == "Google DeepMind"


@pytest.mark.parametrize(
    ("typo", "label"),
    [
        ("Nvidea", "Nvidia"),
        ("Anthropik", "Anthropic"),
        ("Microsfot", "Microsoft"),
        ("Bytedanse", "ByteDance"),
    ],
    ids=["nvidea", "anthropik", "microsfot", "bytedanse"],
)
def test_unknown_name_suggests_the_closest_label(typo: str, label: str) -> None:
    with pytest.raises(UnknownNameError) as caught:
        default_registry().resolve(typo)
    assert caught.value.name == typo
    assert caught.value.suggestions[0] == label
    assert label in str(caught.value)


def test_unrelated_name_has_no_suggestions() -> None:
    with pytest.raises(UnknownNameError) as caught:
        default_registry().resolve("Xyzzy quux")
    assert caught.value.suggestions == []


def test_a_known_persons_surname_is_that_person() -> None:
    from aikg.ontology.models import Entity
    from aikg.ontology.registry import NameIndex, default_registry

    names = default_registry()
    assert names.resolve("Musk").id == "elon-musk"  # "Musk's xAI" is Elon Musk, not a new company
    assert names.surnames()["musk"].label == "Elon Musk"
    shared = NameIndex(
        [
            Entity(id="ann-lee", label="Ann Lee", type="Person"),
            Entity(id="bo-lee", label="Bo Lee", type="Person"),
            Entity(id="smith", label="Smith", type="Company"),
            Entity(id="jo-smith", label="Jo Smith", type="Person"),
        ]
    )
    assert shared.find("Lee") is None  # two people: no guess
    assert shared.find("Smith").id == "smith"  # an entity's own name wins
    assert "lee" not in shared.surnames() and "smith" not in shared.surnames()

"""The curated entity registry (data in ``data/entities.yaml``) and name resolution."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from aikg.errors import InputError, UnknownNameError
from aikg.ontology.models import Entity
from aikg.ontology.names import family_stem, normalise, slugify
from aikg.ontology.validation import validation_lines

REGISTRY_FILE = "data/entities.yaml"
ENTITY_ID = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")


class EntityRecord(BaseModel):
    """One registry or fact-file entry, as written by a person."""

    model_config = ConfigDict(extra="forbid")

    id: str
    label: str
    type: str = "Organization"
    aliases: list[str] = []
    wikidata: str | None = None
    parent: str | None = None
    epithets: list[str] = []

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        # The id ends an IRI (ent:<id>): a space, quote, slash or ".." would break it or escape it.
        if not ENTITY_ID.fullmatch(v):
            raise ValueError(
                f"not an entity id: {v!r}; use lowercase letters, digits and hyphens, "
                f"e.g. {slugify(v) if v.strip() else 'acme-ai'!r}"
            )
        return v

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        from aikg.ontology.vocab import vocabulary  # the classes aikg.ttl declares, not a list here

        types = vocabulary().entity_types
        if v not in types:
            raise ValueError(f"unknown type {v!r}; expected one of {', '.join(types)}")
        return v

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"Q[1-9][0-9]*", v):
            raise ValueError(f"not a Wikidata QID: {v!r}")
        return v

    def to_entity(self, *, curated: bool = True) -> Entity:
        """The :class:`~aikg.ontology.models.Entity` this entry describes."""
        return Entity(
            id=self.id,
            label=self.label,
            type=self.type,
            aliases=tuple(self.aliases),
            wikidata=self.wikidata,
            parent=self.parent,
            epithets=tuple(self.epithets),
            curated=curated,
        )


class NameIndex:
    """Resolves names to entities through ids, labels and aliases, case-insensitively."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._by_id: dict[str, Entity] = {}
        self._by_name: dict[str, str] = {}
        self._by_surname: dict[str, set[str]] = {}  # a person's last name -> the people it names
        self.revision = 0  # counts changes, so matchers built from the index know when to rebuild
        self._surnames: tuple[int, Mapping[str, Entity]] = (-1, {})  # (revision, table)
        self._families: tuple[int, Mapping[str, tuple[str, str]]] = (-1, {})  # (revision, table)
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        """Add or replace an entity; its names point at it from now on."""
        self.revision += 1
        self._by_id[entity.id] = entity
        for name in (entity.id, *entity.names()):
            self._by_name.setdefault(normalise(name), entity.id)
        # An entity's own label always wins over another entity's alias.
        self._by_name[normalise(entity.label)] = entity.id
        if entity.type == "Person" and len(words := entity.label.split()) > 1:
            self._by_surname.setdefault(normalise(words[-1]), set()).add(entity.id)

    def __contains__(self, entity_id: str) -> bool:
        return entity_id in self._by_id

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with id ``entity_id``, or None."""
        return self._by_id.get(entity_id)

    def find(self, name: str) -> Entity | None:
        """The entity called ``name``, or None. A known person's surname alone ("Musk", as in
        "Musk's xAI") is that person, when no entity is called so and only one person has it.

        >>> index = NameIndex([Entity(id="elon-musk", label="Elon Musk", type="Person")])
        >>> index.find("Musk").label
        'Elon Musk'
        """
        key = normalise(name)
        entity_id = self._by_name.get(key)
        people = self._by_surname.get(key, set())
        if entity_id is None and len(people) == 1:
            entity_id = next(iter(people))
        return self._by_id.get(entity_id) if entity_id else None

    def surnames(self) -> Mapping[str, Entity]:
        """Each surname that names exactly one known person and no other entity, with the person:
        for matchers that should read "Musk" in "Musk's xAI" as Elon Musk. Built once per
        revision of the index (extraction asks once per document), hence read-only."""
        if self._surnames[0] != self.revision:
            table = {
                key: self._by_id[next(iter(ids))]
                for key, ids in self._by_surname.items()
                if len(ids) == 1 and key not in self._by_name
            }
            self._surnames = (self.revision, MappingProxyType(table))
        return self._surnames[1]

    def model_families(self) -> Mapping[str, tuple[str, str]]:
        """The type and maker of each family of versioned models or chips the index knows
        ("gpt": OpenAI's models, from "GPT-4o" and "GPT-5"), where all its members agree: a
        version the index does not know ("GPT-4.1") is of that kind and maker. Built once per
        revision of the index, hence read-only."""
        if self._families[0] != self.revision:
            members: dict[str, set[tuple[str, str]]] = {}
            for entity in self._by_id.values():
                if entity.type not in {"AIModel", "Chip"} or not entity.parent:
                    continue
                # a versioned member ("GPT-5"), or a family the index names itself ("Qwen")
                stem = family_stem(entity.label) or normalise(entity.label)
                members.setdefault(stem, set()).add((entity.type, entity.parent))
            table = {stem: next(iter(kinds)) for stem, kinds in members.items() if len(kinds) == 1}
            self._families = (self.revision, MappingProxyType(table))
        return self._families[1]

    def resolve(self, name: str) -> Entity:
        """The entity called ``name``; raises UnknownNameError with the closest known names."""
        found = self.find(name)
        if found is None:
            raise UnknownNameError(name, self.suggest(name))
        return found

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Up to ``limit`` labels closest to ``name``, for an error message."""
        from aikg.ontology.fuzzy import closest

        labels = {normalise(n): e.label for e in self._by_id.values() for n in e.names()}
        hits = closest(normalise(name), list(labels), limit=limit * 2)
        return list(dict.fromkeys(labels[h] for h in hits))[:limit]


def parse_entity_records(data: Any, path: str) -> list[Entity]:
    """Validate a list of entity mappings from ``path`` into entities (curated)."""
    if not isinstance(data, list):
        raise InputError(path, "'entities' must be a list of mappings")
    entities = []
    for i, item in enumerate(data):
        try:
            entities.append(EntityRecord.model_validate(item).to_entity())
        except ValidationError as e:
            raise InputError(path, "; ".join(validation_lines(e, prefix=f"entities.{i}"))) from e
    return entities


@cache
def registry_entities() -> tuple[Entity, ...]:
    """The curated entities that ship with aikg."""
    import yaml

    text = resources.files("aikg.ontology").joinpath(REGISTRY_FILE).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    entities = parse_entity_records(data.get("entities", []), f"aikg/ontology/{REGISTRY_FILE}")
    ids = [e.id for e in entities]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError(f"aikg/ontology/{REGISTRY_FILE}", f"duplicate ids: {duplicates}")
    return tuple(entities)


def default_registry() -> NameIndex:
    """A fresh name index over the shipped registry (callers may add to it)."""
    return NameIndex(registry_entities())

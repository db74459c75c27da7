import { paths } from '../site/paths';
import { type EntityData, type EntityKind, entityKinds } from './entity-schema';
import type { PassageMention } from './mention-index';

/** How each kind is headed in the who's who, in the order the groups appear. */
export const kindLabels: Record<EntityKind, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  organisation: { singular: 'Organisation', plural: 'Organisations' },
  group: { singular: 'Group', plural: 'Groups' },
  place: { singular: 'Place', plural: 'Places' },
  term: { singular: 'Term', plural: 'Terms' },
};

/** By name, then id, so every build lists them alike. */
export function sortEntities<T extends Pick<EntityData, 'name' | 'id'>>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}

/** Entities grouped by kind, in the order of `entityKinds`; empty groups left out. */
export function groupByKind<T extends Pick<EntityData, 'kind'>>(entities: readonly T[]) {
  return entityKinds
    .map((kind) => ({
      kind,
      label: kindLabels[kind].plural,
      entities: entities.filter((e) => e.kind === kind),
    }))
    .filter((g) => g.entities.length > 0);
}

/** One entity as published in `data/entities.json`: the public contract. */
export function toPublicEntity(entity: EntityData, mentions: readonly PassageMention[]) {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    url: paths.entity(entity.id),
    mentions: mentions.map((m) => ({
      document: m.document,
      passage: m.passage,
      url: paths.passage(m.document, m.passage),
    })),
  };
}

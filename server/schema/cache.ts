/**
 * Labels and relationship types in use, cached briefly, so a filter can be checked against the real schema
 * before it enters a pattern, without a schema round trip per request.
 */
import type { Gateway } from '../neo4j/gateway.ts';
import { ApiError } from '../http/errors.ts';
import { Cached } from './cached.ts';
import { LABELS_AND_TYPES } from './queries.ts';

export interface SchemaNames {
  labels: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

/** Labels of the app's own data (saved queries, snapshots), never part of an exploration. */
export const isInternalLabel = (label: string): boolean => label.startsWith('_');

export class SchemaCache {
  private readonly cache: Cached<SchemaNames>;

  /** After `ttlMs` a read refreshes the names in the background and answers from the old copy. */
  constructor(gateway: Gateway, ttlMs = 30_000) {
    this.cache = new Cached(async () => {
      const r = await gateway.read(LABELS_AND_TYPES);
      const rec = r.records[0];
      return {
        labels: new Set((rec?.get('labels') as string[] | undefined) ?? []),
        types: new Set((rec?.get('types') as string[] | undefined) ?? []),
      };
    }, ttlMs);
  }

  names(): Promise<SchemaNames> {
    return this.cache.get();
  }

  /** The labels, when every one is a domain label in use; else a 400 naming the unknown ones. */
  checkLabels(labels: readonly string[]): Promise<string[]> {
    return this.check(labels, 'labels', (s) => s.labels, isInternalLabel);
  }

  /** The relationship types, when every one is in use; else a 400 naming the unknown ones. */
  checkTypes(types: readonly string[]): Promise<string[]> {
    return this.check(types, 'types', (s) => s.types, () => false);
  }

  private async check(
    wanted: readonly string[],
    field: 'labels' | 'types',
    pick: (s: SchemaNames) => ReadonlySet<string>,
    refused: (name: string) => boolean,
  ): Promise<string[]> {
    if (!wanted.length) return [];
    let known = pick(await this.cache.get());
    const unknownIn = (set: ReadonlySet<string>) => wanted.filter((w) => refused(w) || !set.has(w));
    // A name the cache does not know may be new: look once more (at most once a second) before refusing it.
    if (unknownIn(known).length && this.cache.age > 1_000) known = pick(await this.cache.refresh());
    const unknown = unknownIn(known);
    if (unknown.length) {
      const what = field === 'labels' ? 'label' : 'relationship type';
      throw new ApiError(400, 'validation_error', `${field}: unknown ${what}${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u)).join(', ')}`, {
        issues: [{ path: field, message: `unknown ${what}: ${unknown.join(', ')}` }],
        known: [...known].filter((k) => !refused(k)).sort(),
      });
    }
    return [...wanted];
  }
}

/** A saved query, from a file or saved by a user. */
import type { ParamSpec } from './params.ts';

export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  params: ParamSpec[];
  /** Arabic title, description and parameter labels (from // @title:ar, @description:ar, @param:ar). */
  titleAr?: string;
  descriptionAr?: string;
  paramLabelsAr?: Record<string, string>;
  /** The Cypher text (for file queries, the whole file with its header). */
  cypher: string;
  /** file: cypher/queries/<id>.cypher, read-only. user: stored in Neo4j as :_SavedQuery. */
  origin: 'file' | 'user';
  readOnly: boolean;
  /** User queries: ISO timestamps and a version that grows by one per update. */
  createdAt?: string;
  updatedAt?: string;
  version?: number;
}

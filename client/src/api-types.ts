/**
 * The API's shapes, taken from the server's zod schemas (type-only imports: no server code reaches the
 * bundle). A change to a reply schema shows up here, and wherever the client relies on it, as a type error.
 */
import type { z } from 'zod';
import type { graphEdgeSchema, graphNodeSchema, graphSchema, jsonValue, properties } from '../../server/contract/replies.ts';
import type { agreementsReply } from '../../server/agreements/schemas.ts';
import type { runReply } from '../../server/cypher/schemas.ts';
import type { nodeDetailsReply, pathsReply } from '../../server/graph/schemas.ts';
import type { Health } from '../../server/health/schemas.ts';
import type { paramSpecSchema, savedQuerySchema } from '../../server/queries/schemas.ts';
import type { schemaReply } from '../../server/schema/schemas.ts';
import type { searchReply } from '../../server/search/schemas.ts';
import type { factRefSchema, sourceReply } from '../../server/sources/schemas.ts';
import type {
  createdReply,
  frozenViewSchema,
  LANGS as SERVER_LANGS,
  LAYOUTS as SERVER_LAYOUTS,
  Snapshot,
  SnapshotSource,
  SnapshotUrls,
  snapshotBody,
  viewStateSchema,
} from '../../server/snapshots/schemas.ts';
import type { LANGS, LAYOUTS } from '../../shared/constants.ts';
import type { linkCreatedReply, linkSchema } from '../../server/links/schemas.ts';

/** A property value as JSON carries it from Neo4j (dates arrive as ISO strings, integers as numbers). */
export type PropValue = z.infer<typeof jsonValue>;
export type Props = z.infer<typeof properties>;

export type ApiNode = z.infer<typeof graphNodeSchema>;
export type ApiEdge = z.infer<typeof graphEdgeSchema>;
export type ApiGraph = z.infer<typeof graphSchema>;
/** What the scene needs of a graph (a hand-made one has no truncation flag). */
export type GraphElements = Pick<ApiGraph, 'nodes' | 'edges'>;

export type { Health };
export type SchemaInfo = z.infer<typeof schemaReply>;
export type SearchHit = z.infer<typeof searchReply>[number];

export type NodeDetails = z.infer<typeof nodeDetailsReply>;
/** One agreement with its parties (and their roles), signatories, overseers and the event it was signed during. */
export type AgreementRow = z.infer<typeof agreementsReply>['rows'][number];
export type AgreementLink = AgreementRow['parties'][number];
/** One source a node cites, with the quotes that support it. */
export type SourceRef = NodeDetails['sources'][number];
export type PathsResult = z.infer<typeof pathsReply>;
/** One article: its text, quoted passages with the facts they support, sentences and coverage (the reader). */
export type SourceDetails = z.infer<typeof sourceReply>;
export type Passage = SourceDetails['passages'][number];
export type FactRef = z.infer<typeof factRefSchema>;

export type QueryParam = z.infer<typeof paramSpecSchema>;
export type QueryParamType = QueryParam['type'];
export type SavedQuery = z.infer<typeof savedQuerySchema>;
/** A Cypher console run or a saved-query run (the latter carries more, which the client does not need). */
export type QueryResult = z.infer<typeof runReply>;

export type ViewState = z.infer<typeof viewStateSchema>;
export type ViewSource = ViewState['source'];
export type RendererChoice = ViewState['renderer'];
/** The frozen view the explorer sends (the JSON export, the snapshot's input). */
export type FrozenView = z.input<typeof frozenViewSchema>;
export type SnapshotRequest = z.input<typeof snapshotBody>;
export type { Snapshot, SnapshotSource, SnapshotUrls };
export type SnapshotCreated = z.infer<typeof createdReply>;
/** A link too long for a URL, stored on the server (/?s=<id>). */
export type StoredLink = z.infer<typeof linkSchema>;
export type LinkCreated = z.infer<typeof linkCreatedReply>;

// The shared lists and the server's copies must stay the same (until the server imports shared/constants.ts).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type LayoutListsAgree = Assert<Same<typeof LAYOUTS, typeof SERVER_LAYOUTS>>;
export type LangListsAgree = Assert<Same<typeof LANGS, typeof SERVER_LANGS>>;

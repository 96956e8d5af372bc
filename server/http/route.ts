/**
 * One definition per endpoint: method, path, zod schemas of its inputs and reply, what it needs (a token, the
 * shared rate limit), and its handler. The app mounts and validates from these definitions, and the OpenAPI
 * document is generated from the same list, so what is documented is what is served.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Services } from '../services.ts';

export type Method = 'get' | 'post' | 'put' | 'delete';

/** A reply that is not a JSON value: another content type, a status other than the route's, extra headers. */
export class Reply {
  constructor(
    readonly body: string | Buffer | null,
    readonly opts: { status?: number; type?: string; headers?: Record<string, string> } = {},
  ) {}

  /** JSON already serialised (a stored snapshot, a reply built in the Cypher worker). */
  static json(text: string, opts: { status?: number; headers?: Record<string, string> } = {}): Reply {
    return new Reply(text, { ...opts, type: 'application/json; charset=utf-8' });
  }
}

/** Real values from the graph for warm-up requests (two well-connected nodes, one article); absent when the graph has none. */
export interface WarmUpSample {
  node?: { id: string; name: string };
  other?: { id: string };
  sourceId?: string;
}

type Schema = z.ZodType;
type In<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  params: In<P>;
  query: In<Q>;
  body: In<B>;
}

export interface Route<P extends Schema | undefined = Schema | undefined, Q extends Schema | undefined = Schema | undefined, B extends Schema | undefined = Schema | undefined> {
  method: Method;
  /** OpenAPI form: /api/nodes/{id}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Largest body this route reads (default BODY_LIMIT). */
  bodyLimit?: (config: Services['config']) => string;
  /** Body of the success reply (for the document; replies are built by typed code, not validated). */
  response: z.ZodType;
  /** Media types of the success reply when it is not JSON (images, HTML). */
  contentTypes?: string[];
  /** Headers of the success reply worth documenting. */
  responseHeaders?: Record<string, string>;
  /** Success status, 200 unless said. */
  status?: 200 | 201 | 204;
  /** Needs the bearer token when API_TOKEN is set. */
  auth?: boolean;
  /** Counted by the one rate limiter of costly requests (Cypher, saved-query runs and writes, snapshot writes). */
  rateLimited?: boolean;
  /** Error statuses this route can answer besides the ones every route or every body can (see openapi.ts). */
  errors?: number[];
  /** Replies of another status whose body is not the error shape (health's 503). */
  otherReplies?: Record<number, { description: string; schema: z.ZodType }>;
  /** Does not reach Neo4j (no 503 to document). */
  offline?: boolean;
  /**
   * A read of the domain graph whose JSON reply can be kept until the graph changes (server/cache/): served
   * again for the same normalised request, with an ETag (If-None-Match → 304) and `X-Cache: hit|miss`.
   */
  cached?: boolean;
  /**
   * Requests (path and query string) the app makes of itself once it listens (http/warm-up.ts), so that the
   * first reader does not wait for a fresh Neo4j to plan this route's queries and for both runtimes to compile
   * the code that runs them. Given real ids from the graph, as an unknown id stops a query early.
   */
  warmUp?: (sample: WarmUpSample) => string[];
  /** Middleware run before validation (response headers of embeddable pages). */
  before?: (services: Services) => RequestHandler[];
  handle(input: RouteInput<P, Q, B>, services: Services, http: { req: Request; res: Response }): Promise<unknown> | unknown;
}

/** Keeps the handler's input typed from the schemas. */
export function route<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  def: Route<P, Q, B>,
): Route {
  return def as unknown as Route;
}

/** `/api/nodes/{id}` → `/api/nodes/:id`. */
export const expressPath = (openApiPath: string): string => openApiPath.replace(/\{(\w+)\}/g, ':$1');

/**
 * Runs read-only Cypher that has passed the lexical check: Neo4j's EXPLAIN verdict (cached per query text),
 * then the query in a READ transaction with the timeout, the row cap and the byte cap, its rows and the graph
 * of every node, relationship and path in them. Runs in the Cypher worker (worker.ts), on the worker's own
 * small connection pool: decoding and serialising a result, however big, never holds up the app.
 */
import neo4j, { type Node, type Plan } from 'neo4j-driver';
import { ApiError } from '../http/api-error.ts';
import { jsonDepth } from '../contract/inputs.ts';
import { fromNeo4jError } from '../neo4j/errors.ts';
import type { Gateway } from '../neo4j/gateway.ts';
import { GraphBuilder, toJson, type JsonValue } from '../graph/shape.ts';
import { planCheck, ReadOnlyViolation } from './readonly.ts';

export interface ExecuteSettings {
  /** Transaction timeout of the EXPLAIN and of the query. */
  timeoutMs: number;
  /** Most rows returned. */
  rowCap: number;
  /** Largest reply, in bytes of JSON. */
  maxReplyBytes: number;
}

/** How parameters become driver values: every whole number an INTEGER (ad-hoc), or the named ones (saved queries). */
export type IntegerParams = 'whole-numbers' | string[];

export interface RunJob {
  /** The checked text (lexicalCheck's result). */
  query: string;
  /** Parameters as JSON. */
  params: Record<string, unknown>;
  integers: IntegerParams;
  /** Parameter name → node id that must exist (a 404 naming the parameter otherwise). */
  nodeIds?: Record<string, string>;
  rowCap?: number;
  /** Fields put in front of the reply (a saved query's id, title and parameters). */
  extra?: Record<string, unknown>;
}

/** Verdicts kept per query text: whether a text is read-only does not depend on its parameter values. */
const VERDICT_CACHE_SIZE = 1_000;
const EXPLAIN = 'EXPLAIN ';
const NODE_IDS_EXIST = `UNWIND $pairs AS p OPTIONAL MATCH (n:Entity {id: p.id}) RETURN p.name AS name, p.id AS id, n IS NOT NULL AS found`;

/**
 * Deepest nesting of a result row (the row's map of columns counts as one level). Deeper rows are refused:
 * converting and serialising them walks them recursively, and a few thousand levels exhaust the stack.
 */
const MAX_RESULT_DEPTH = 500;

const resultTooDeep = () => new ApiError(400, 'result_too_deep', `The result nests lists or maps more than ${MAX_RESULT_DEPTH} deep; return flatter values.`);

const resultTooLarge = (max: number) =>
  new ApiError(422, 'result_too_large', `The result is larger than ${max} bytes (CYPHER_MAX_REPLY_BYTES); the query was stopped. Return fewer rows or smaller values (a LIMIT, size() instead of collect()).`, {
    maxBytes: max,
  });

type Verdict = { ok: true } | { ok: false; error: ReadOnlyViolation };

export class CypherExecutor {
  private readonly verdicts = new Map<string, Verdict>();

  constructor(
    private readonly gateway: Gateway,
    private readonly settings: ExecuteSettings,
  ) {}

  /** Refuses a query Neo4j's EXPLAIN does not call read-only (a 400), or reports its syntax error (a 400 with its position). */
  async check(query: string, params: Record<string, unknown> = {}): Promise<void> {
    const cached = this.verdicts.get(query);
    if (cached) {
      // Refresh its place in the LRU order.
      this.verdicts.delete(query);
      this.verdicts.set(query, cached);
      if (!cached.ok) throw cached.error;
      return;
    }
    let verdict: Verdict;
    try {
      const res = await this.gateway.readOnce(`${EXPLAIN}${query}`, params, { timeoutMs: this.settings.timeoutMs });
      planCheck(res.summary.queryType, res.summary.plan as Plan | false);
      verdict = { ok: true };
    } catch (err) {
      // Syntax errors and an unreachable database are not cached.
      if (!(err instanceof ReadOnlyViolation)) throw fromNeo4jError(err, { prefix: EXPLAIN }) ?? err;
      verdict = { ok: false, error: err };
    }
    this.verdicts.set(query, verdict);
    if (this.verdicts.size > VERDICT_CACHE_SIZE) this.verdicts.delete(this.verdicts.keys().next().value as string);
    if (!verdict.ok) throw verdict.error;
  }

  /**
   * Checks, then runs; resolves to the reply as JSON text. `onCancel` receives the function that stops the
   * query (closing its session) for a caller that gives up on it.
   */
  async run(job: RunJob, onCancel: (cancel: () => void) => void = () => {}): Promise<string> {
    const params = toDriverParams(job.params, job.integers);
    const rowCap = Math.min(job.rowCap ?? this.settings.rowCap, this.settings.rowCap);
    const { maxReplyBytes, timeoutMs } = this.settings;
    const nodeIds = Object.entries(job.nodeIds ?? {}).map(([name, id]) => ({ name, id }));
    await this.check(job.query, params);

    // Pull no more than the cap (plus one, to know whether it bit) from the server, in batches.
    const stream = this.gateway.stream(job.query, params, { timeoutMs, fetchSize: Math.min(rowCap + 1, 1_000) });
    onCancel(() => void stream.close());
    const records = [];
    let truncated = false;
    let bytes = 0;
    try {
      for await (const record of stream) {
        if (records.length >= rowCap) {
          truncated = true;
          break;
        }
        bytes += estimateJsonBytes(record.toObject(), maxReplyBytes - bytes);
        if (bytes > maxReplyBytes) throw resultTooLarge(maxReplyBytes);
        records.push(record);
      }
    } catch (err) {
      await stream.close();
      // A node id that names no node is the better answer than what the query made of it.
      await this.requireNodes(nodeIds).catch((checkErr: unknown) => {
        if (checkErr instanceof ApiError) throw checkErr;
      });
      throw mapRunError(err);
    }
    try {
      const columns = records[0]?.keys.map(String) ?? (await stream.keys());
      const b = new GraphBuilder();
      for (const r of records) r.forEach((v) => {
        b.addValue(v);
      });
      // A node the query returned exists: only the ids it did not return are looked up.
      await this.requireNodes(nodeIds.filter((p) => !b.hasEntity(p.id)));
      // Relationships whose end nodes the query did not return: fetch those nodes so edges can be drawn.
      const missing = b.missingEndpoints();
      if (missing.length) {
        const ends = await this.gateway.readOnce('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing }, { timeoutMs });
        for (const r of ends.records) b.addValue(r.get('n') as Node);
      }
      const ids = b.idMap();
      const memo = b.jsonMemo();
      const rows = records.map((r) => {
        const row: Record<string, JsonValue> = {};
        for (const key of columns) row[key] = toJson(r.get(key), ids, memo);
        return row;
      });
      if (rows.some((row) => jsonDepth(row, MAX_RESULT_DEPTH) > MAX_RESULT_DEPTH)) throw resultTooDeep();
      const json = JSON.stringify({ ...job.extra, columns, rows, graph: b.build(truncated), truncated });
      if (Buffer.byteLength(json) > maxReplyBytes) throw resultTooLarge(maxReplyBytes);
      return json;
    } catch (err) {
      throw mapRunError(err);
    }
  }

  /** A 404 naming the parameter when one of `nodeIds` names no :Entity node. */
  private async requireNodes(nodeIds: { name: string; id: string }[]): Promise<void> {
    if (!nodeIds.length) return;
    const check = await this.gateway.readOnce(NODE_IDS_EXIST, { pairs: nodeIds }, { timeoutMs: this.settings.timeoutMs });
    const missing = check.records.filter((r) => !r.get('found'));
    if (!missing.length) return;
    const [name, id] = [missing[0]!.get('name') as string, missing[0]!.get('id') as string];
    throw new ApiError(404, 'not_found', `params.${name}: no node with id ${JSON.stringify(id)}.`, {
      issues: missing.map((r) => ({ path: `params.${String(r.get('name'))}`, message: `no node with id ${JSON.stringify(r.get('id'))}` })),
    });
  }
}

/** Decoding or converting a result ran out of stack (lists of lists, thousands deep): the query's doing, a 400. */
function mapRunError(err: unknown): unknown {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return resultTooDeep();
  return fromNeo4jError(err) ?? err;
}

/**
 * About how many bytes of JSON a driver value becomes, counted without recursion and without building the
 * JSON; stops once past `budget` (the answer is then just "over").
 */
export function estimateJsonBytes(value: unknown, budget: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || v === undefined || typeof v === 'boolean') total += 5;
    else if (typeof v === 'string') total += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'bigint') total += 12;
    else if (typeof v === 'object') {
      if (neo4j.isInt(v)) total += 12;
      else if (neo4j.isNode(v)) {
        total += 60 + v.elementId.length;
        stack.push(v.properties);
      } else if (neo4j.isRelationship(v)) {
        total += 120;
        stack.push(v.properties);
      } else if (neo4j.isPath(v)) {
        total += 40;
        for (const seg of v.segments) stack.push(seg.start, seg.relationship, seg.end);
      } else if (Array.isArray(v)) {
        total += 2 + v.length;
        for (const x of v) stack.push(x);
      } else if (ArrayBuffer.isView(v)) total += (v as unknown as ArrayLike<number>).length * 4;
      else {
        const entries = Object.entries(v);
        total += 2;
        for (const [k, x] of entries) {
          total += k.length + 4;
          stack.push(x);
        }
      }
    }
    if (total > budget) return total;
  }
  return total;
}

/** JSON parameters → driver values: the chosen numbers become Cypher INTEGERs (so `LIMIT $n` works). */
export function toDriverParams(params: Record<string, unknown>, integers: IntegerParams): Record<string, unknown> {
  if (integers !== 'whole-numbers') {
    const out: Record<string, unknown> = { ...params };
    for (const name of integers) if (typeof out[name] === 'number' && Number.isSafeInteger(out[name])) out[name] = neo4j.int(out[name]);
    return out;
  }
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = convert(v);
      return out;
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

/**
 * Runs read-only Cypher for POST /api/cypher and for saved queries: the read-only check (lexical, then
 * EXPLAIN, whose verdict is cached per query text), then the query in a READ transaction with the configured
 * timeout and row cap. Nodes, relationships and paths anywhere in the rows also come back as one graph.
 */
import neo4j, { Neo4jError, type Node, type Plan, type Session } from 'neo4j-driver';
import type { AppContext } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { FETCH_ALL, limitError, runQuery } from '../api/db.ts';
import { jsonDepth } from '../api/validate.ts';
import { GraphBuilder, toJson, type Graph, type JsonValue } from '../graph/shape.ts';
import { lexicalCheck, planCheck, ReadOnlyViolation } from './readonly.ts';

export interface RunResult {
  columns: string[];
  /** One object per row, keyed by column. Nodes and relationships in the graph shape; paths as PathRefs. */
  rows: Record<string, JsonValue>[];
  graph: Graph;
  /** True when the row cap cut the result. */
  truncated: boolean;
}

/** Verdicts kept per query text: whether a text is read-only does not depend on its parameter values. */
const VERDICT_CACHE_SIZE = 1_000;

export interface RunOptions {
  /** Most rows returned (default: CYPHER_ROW_CAP). */
  rowCap?: number;
  /** Parameter name → node id that must exist. */
  nodeIds?: Record<string, string>;
}

const NODE_IDS_EXIST = `UNWIND $pairs AS p OPTIONAL MATCH (n:Entity {id: p.id}) RETURN p.name AS name, p.id AS id, n IS NOT NULL AS found`;

type Verdict = { ok: true; text: string } | { ok: false; error: ReadOnlyViolation };

export class ReadOnlyRunner {
  private readonly verdicts = new Map<string, Verdict>();

  constructor(private readonly ctx: AppContext) {}

  /**
   * Refuses anything but one read-only statement (ReadOnlyViolation, a 400), or reports Neo4j's syntax
   * error (a 400 with its position). Returns the text to run.
   */
  async check(query: string, params: Record<string, unknown> = {}): Promise<string> {
    const cached = this.verdicts.get(query);
    if (cached) {
      // Refresh its place in the LRU order.
      this.verdicts.delete(query);
      this.verdicts.set(query, cached);
      if (!cached.ok) throw cached.error;
      return cached.text;
    }
    let verdict: Verdict;
    try {
      const text = lexicalCheck(query);
      const { queryType, plan } = await this.explain(text, params);
      planCheck(queryType, plan);
      verdict = { ok: true, text };
    } catch (err) {
      if (!(err instanceof ReadOnlyViolation)) throw err; // syntax errors, an unreachable database: not cached
      verdict = { ok: false, error: err };
    }
    this.verdicts.set(query, verdict);
    if (this.verdicts.size > VERDICT_CACHE_SIZE) this.verdicts.delete(this.verdicts.keys().next().value as string);
    if (!verdict.ok) throw verdict.error;
    return verdict.text;
  }

  private async explain(text: string, params: Record<string, unknown>): Promise<{ queryType: string | undefined; plan: Plan | false }> {
    const { db, config } = this.ctx;
    try {
      const res = await db.driver.executeQuery(`${EXPLAIN}${text}`, params, {
        database: db.database,
        routing: 'READ',
        transactionConfig: { timeout: config.cypher.timeoutMs },
      });
      return { queryType: res.summary.queryType, plan: res.summary.plan };
    } catch (err) {
      throw err instanceof Neo4jError && err.code?.startsWith('Neo.ClientError.Statement.SyntaxError') ? syntaxError(err) : err;
    }
  }

  /**
   * Checks, then runs. `params` must already hold driver values (see toDriverParams). `nodeIds` (parameter
   * name → node id) must name existing :Entity nodes, else a 404 naming the parameter (also when the query
   * itself fails); an id whose node the query returned needs no check.
   */
  async run(query: string, params: Record<string, unknown> = {}, opts: RunOptions = {}): Promise<RunResult> {
    const rowCap = opts.rowCap ?? this.ctx.config.cypher.rowCap;
    const nodeIds = Object.entries(opts.nodeIds ?? {}).map(([name, id]) => ({ name, id }));
    const text = await this.check(query, params);
    const { db, config } = this.ctx;
    const sessions: Session[] = [];
    const open = (fetchSize: number) => {
      const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize });
      sessions.push(session);
      return session;
    };
    const closeAll = () => Promise.all(sessions.map((s) => s.close().catch(() => undefined)));
    // Neo4j stops the transaction at the timeout, but a reply can also stall on this side (a result nested
    // thousands deep never arrives from the driver): answer at the latest shortly after the timeout.
    const work = this.execute(open, text, params, rowCap, nodeIds).finally(closeAll);
    return withDeadline(work, config.cypher.timeoutMs + DEADLINE_GRACE_MS, () => void closeAll());
  }

  /**
   * Auto-commit READ transactions, not executeRead: a user's query is not retried (a retry cannot make a
   * query that is too big or too slow succeed), the READ access mode still keeps Neo4j from writing, and a
   * read has nothing to commit: no BEGIN and COMMIT round trips.
   */
  private async execute(
    open: (fetchSize: number) => Session,
    text: string,
    params: Record<string, unknown>,
    rowCap: number,
    nodeIds: { name: string; id: string }[],
  ): Promise<RunResult> {
    const txConfig = { timeout: this.ctx.config.cypher.timeoutMs };
    try {
      // Pull no more than the cap (plus one, to know whether it bit) from the server.
      const result = runQuery(open(Math.min(rowCap + 1, 10_000)), text, params, txConfig);
      const records = [];
      let truncated = false;
      try {
        for await (const record of result) {
          if (records.length >= rowCap) {
            truncated = true;
            break;
          }
          records.push(record);
        }
      } catch (err) {
        // A node id that names no node is the better answer than what the query made of it.
        await this.requireNodes(open, nodeIds).catch((checkErr: unknown) => {
          if (checkErr instanceof ApiError) throw checkErr;
        });
        throw err;
      }
      const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
      const b = new GraphBuilder();
      for (const r of records) r.forEach((v) => b.addValue(v));
      // A node the query returned exists: only the ids it did not return are looked up (usually none, as a
      // query about a node tends to return it), which spares most runs a second statement.
      await this.requireNodes(
        open,
        nodeIds.filter((p) => !b.hasEntity(p.id)),
      );
      // Relationships whose end nodes the query did not return: fetch those nodes so edges can be drawn.
      const missing = b.missingEndpoints();
      if (missing.length) {
        const ends = await runQuery(open(FETCH_ALL), 'MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing }, txConfig);
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
      return { columns, rows, graph: b.build(truncated), truncated };
    } catch (err) {
      throw tooDeep(err) ?? limitError(err);
    }
  }

  /** A 404 naming the parameter when one of `nodeIds` names no :Entity node. */
  private async requireNodes(open: (fetchSize: number) => Session, nodeIds: { name: string; id: string }[]): Promise<void> {
    if (!nodeIds.length) return;
    const check = await runQuery(open(FETCH_ALL), NODE_IDS_EXIST, { pairs: nodeIds }, { timeout: this.ctx.config.cypher.timeoutMs });
    const missing = check.records.filter((r) => !r.get('found'));
    if (!missing.length) return;
    const [name, id] = [missing[0]!.get('name') as string, missing[0]!.get('id') as string];
    throw new ApiError(404, 'not_found', `params.${name}: no node with id ${JSON.stringify(id)}.`, {
      issues: missing.map((r) => ({ path: `params.${String(r.get('name'))}`, message: `no node with id ${JSON.stringify(r.get('id'))}` })),
    });
  }
}

/** How long after the transaction timeout a run that has not answered is given up (see withDeadline). */
const DEADLINE_GRACE_MS = 2_000;

/**
 * Settles like `work`, or with a 504 once `ms` have passed; `onExpiry` then releases what `work` holds. A run
 * given up this way may still fail later: that failure is swallowed, nobody is waiting for it.
 */
function withDeadline<T>(work: Promise<T>, ms: number, onExpiry: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onExpiry();
      reject(new ApiError(504, 'query_timeout', 'The query took longer than the allowed time and was stopped.'));
    }, ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Deepest nesting of a result row (the row's map of columns counts as one level). Deeper rows are refused:
 * converting and serialising them walks them recursively, and a few thousand levels exhaust the stack.
 */
const MAX_RESULT_DEPTH = 500;

const resultTooDeep = () =>
  new ApiError(400, 'result_too_deep', `The result nests lists or maps more than ${MAX_RESULT_DEPTH} deep; return flatter values.`);

/** Decoding or converting a result ran out of stack (lists of lists, thousands deep): the query's doing, a 400. */
function tooDeep(err: unknown): ApiError | undefined {
  return err instanceof RangeError && /call stack/i.test(err.message) ? resultTooDeep() : undefined;
}

const EXPLAIN = 'EXPLAIN ';

/**
 * Neo4j's syntax error for the EXPLAIN we sent, with the position and the echoed line moved back to the
 * user's own text (without our 'EXPLAIN ' prefix).
 */
export function syntaxError(err: Neo4jError): ApiError {
  const shift = EXPLAIN.length;
  let position: { line: number; column: number; offset: number } | undefined;
  const lines = err.message.split('\n').map((line, i) => {
    if (i === 0) {
      return line.replace(/line (\d+), column (\d+) \(offset: (\d+)\)/, (_m, l: string, c: string, o: string) => {
        const lineNo = Number(l);
        position = { line: lineNo, column: lineNo === 1 ? Math.max(1, Number(c) - shift) : Number(c), offset: Math.max(0, Number(o) - shift) };
        return `line ${position.line}, column ${position.column} (offset: ${position.offset})`;
      });
    }
    if (line.startsWith(`"${EXPLAIN}`)) return `"${line.slice(1 + shift)}`;
    if (/^ *\^$/.test(line) && position?.line === 1) return line.slice(shift);
    return line;
  });
  const message = lines.join('\n');
  return new ApiError(400, 'cypher_syntax_error', lines[0] ?? 'Syntax error', { neo4jMessage: message, ...(position ? { position } : {}) });
}

/**
 * JSON parameters → driver values: whole numbers become Cypher INTEGERs (so `LIMIT $n` works; a JS number
 * would travel as a FLOAT), other numbers stay FLOATs; lists and maps are converted deeply.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toDriverParams(v);
    return out;
  }
  return value;
}

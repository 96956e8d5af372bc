/**
 * The size and nesting bounds of console Cypher (server/cypher/bounds.ts), checked before Neo4j sees a query:
 * each probe that once held Neo4j's parser or planner for seconds to minutes is refused here in milliseconds
 * with a 400 naming its setting, while every saved query and realistic long queries pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../server/config.ts';
import type { CypherBounds } from '../../server/cypher/bounds.ts';
import { lexicalCheck, ReadOnlyViolation } from '../../server/cypher/readonly.ts';
import { ApiError } from '../../server/http/api-error.ts';

const c = loadConfig({}).cypher;
const bounds: CypherBounds = { maxLength: c.maxLength, maxTokens: c.maxTokens, maxDepth: c.maxDepth, maxChain: c.maxChain };

/** The refusal's code and limit, or 'ok'. */
function verdict(query: string, b: CypherBounds = bounds): string {
  try {
    lexicalCheck(query, b);
    return 'ok';
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const limit = (err.details as { limit?: string } | undefined)?.limit;
    return limit ? `${err.code} ${limit}` : err.code;
  }
}

const nest = (open: string, inner: string, close: string, n: number) => open.repeat(n) + inner + close.repeat(n);

describe('Cypher size and nesting bounds', () => {
  it('defaults are generous for real queries and far below what hurts', () => {
    expect(bounds).toEqual({ maxLength: 20_000, maxTokens: 4_000, maxDepth: 40, maxChain: 100 });
  });

  it('refuses each probe that stalled Neo4j, fast, naming the setting', () => {
    const probes: [string, string, string][] = [
      ['list 400 deep', `RETURN ${nest('[', '1', ']', 400)} AS x`, 'CYPHER_MAX_DEPTH'],
      ['map 300 deep', `RETURN ${nest('{a: ', '1', '}', 300)} AS x`, 'CYPHER_MAX_DEPTH'],
      ['CASE 300 deep', `RETURN ${'CASE WHEN true THEN '.repeat(300)}1${' END'.repeat(300)} AS x`, 'CYPHER_MAX_DEPTH'],
      ['( × 3000', `RETURN ${nest('(', '1', ')', 3000)} AS x`, 'CYPHER_MAX_TOKENS'],
      ['( × 100', `RETURN ${nest('(', '1', ')', 100)} AS x`, 'CYPHER_MAX_DEPTH'],
      ['NOT × 3000', `RETURN ${'NOT '.repeat(3000)}true AS x`, 'CYPHER_MAX_DEPTH'],
      ['- × 500', `RETURN ${'-'.repeat(500)}1 AS x`, 'CYPHER_MAX_DEPTH'],
      ['+1 × 20000', `RETURN 1${'+1'.repeat(20_000)} AS x`, 'CYPHER_MAX_LENGTH'],
      ['1+1 × 4000 (under the length cap)', `RETURN 1${'+1'.repeat(1_900)} AS x`, 'CYPHER_MAX_CHAIN'],
      ['OR × 2000', `MATCH (n) WHERE ${Array.from({ length: 2000 }, (_, i) => `n.x=${i}`).join(' OR ')} RETURN n`, 'CYPHER_MAX_LENGTH'],
      ['OR × 200', `MATCH (n) WHERE ${Array.from({ length: 200 }, (_, i) => `n.x=${i}`).join(' OR ')} RETURN n`, 'CYPHER_MAX_CHAIN'],
    ];
    for (const [name, query, setting] of probes) {
      const t0 = performance.now();
      expect(verdict(query), name).toBe(`query_too_complex ${setting}`);
      expect(performance.now() - t0, name).toBeLessThan(250);
    }
  });

  it('says what was found and where', () => {
    try {
      lexicalCheck(`RETURN ${nest('[', '1', ']', 41)}`, bounds);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      const e = err as ApiError;
      expect(e.status).toBe(400);
      expect(e.message).toMatch(/more than 40 levels deep .*CYPHER_MAX_DEPTH/);
      expect(e.details).toEqual(expect.objectContaining({ limit: 'CYPHER_MAX_DEPTH', max: 40, offset: expect.any(Number) }));
    }
  });

  it('counts depth within limits exactly: 40 levels pass, 41 do not', () => {
    expect(verdict(`RETURN ${nest('[', '1', ']', 39)} AS x`)).toBe('ok');
    expect(verdict(`RETURN ${nest('[', '1', ']', 41)} AS x`)).toBe('query_too_complex CYPHER_MAX_DEPTH');
  });

  it('lets every saved query and long realistic queries through', () => {
    const dir = path.join(projectRoot, 'cypher', 'queries');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(verdict(fs.readFileSync(path.join(dir, f), 'utf8')), f).toBe('ok');
    const longPattern = `MATCH p = (a:Country {id: $a})${'-[:PARTY_TO|SIGNED]-()'.repeat(20)} RETURN p LIMIT 5`;
    expect(verdict(longPattern)).toBe('ok');
    const manyConditions = `MATCH (n:Entity) WHERE ${Array.from({ length: 60 }, (_, i) => `n.name CONTAINS 'w${i}'`).join(' OR ')} RETURN n`;
    expect(verdict(manyConditions)).toBe('ok');
    const unionOfMany = Array.from({ length: 30 }, (_, i) => `MATCH (n:Entity {id: 'x${i}'}) RETURN n.name AS name`).join(' UNION ');
    expect(verdict(unionOfMany)).toBe('ok');
    // Pattern arrows are not operators: a long path is not a chain.
    expect(verdict(`MATCH ${Array.from({ length: 150 }, (_, i) => `(n${i})`).join('-->')} RETURN 1`)).toBe('ok');
  });

  it('never throws anything but a 400 on arbitrary brackets, operators and keywords, and stays fast', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '{', '}', 'CASE', 'WHEN', 'THEN', 'END', 'NOT', '-', '+', 'OR', 'AND', '1', 'a', ':', ',', "'s'", 'RETURN', 'MATCH', 'CALL', 'IN');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 3000 }), (parts) => {
        const t0 = performance.now();
        try {
          lexicalCheck(`RETURN ${parts.join(' ')}`, bounds);
        } catch (err) {
          expect(err).toBeInstanceOf(ApiError);
          expect((err as ApiError).status).toBe(400);
        }
        expect(performance.now() - t0).toBeLessThan(250);
      }),
      { numRuns: 200 },
    );
  });
});

describe('keywords read in context', () => {
  it('takes stop, show, use, load, set and transactions as names where they are names', () => {
    for (const q of [
      'MATCH p=(start:Person)-[*1..2]-(stop) RETURN count(p)',
      'MATCH (show:Entity) RETURN show.name',
      'MATCH (use) RETURN use LIMIT 1',
      'WITH 1 AS load RETURN load',
      'UNWIND [1, 2] AS set RETURN set',
      'MATCH (transactions) RETURN count(transactions)',
      'MATCH (n) RETURN n.stop, n.show AS terminate, {use: 1, load: 2} AS m',
      'MATCH (n) WHERE n.name IN [1, 2] RETURN n',
    ]) {
      expect(verdict(q), q).toBe('ok');
    }
  });

  it('still refuses the commands and clauses themselves', () => {
    for (const q of [
      'SHOW DATABASES',
      'STOP DATABASE neo4j',
      'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
      'MATCH (n) SET n.x = 1',
      'USE system SHOW USERS',
      'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS',
      'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    ]) {
      let refused = false;
      try {
        lexicalCheck(q, bounds);
      } catch (err) {
        refused = err instanceof ReadOnlyViolation || (err instanceof ApiError && err.status === 400);
      }
      expect(refused, q).toBe(true);
    }
  });
});

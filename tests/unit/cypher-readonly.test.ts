import type { Plan } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/cypher/lexer.ts';
import { isAllowedProcedure, lexicalCheck, planCheck, ReadOnlyViolation, type Refusal } from '../../server/cypher/readonly.ts';

function refusal(query: string): Refusal | undefined {
  try {
    lexicalCheck(query);
    return undefined;
  } catch (err) {
    if (err instanceof ReadOnlyViolation) return err.reason;
    throw err;
  }
}

describe('the Cypher lexer', () => {
  it('tells code from strings, comments, quoted names and parameters', () => {
    const t = tokenize("MATCH (n:`Odd``Name`) // CREATE\nWHERE n.x = 'DELETE \\' SET' /* MERGE */ RETURN $set, 1..3");
    expect(t.filter((x) => x.kind === 'word').map((x) => x.text)).toEqual(['MATCH', 'n', 'WHERE', 'n', 'x', 'RETURN']);
    expect(t.find((x) => x.kind === 'quoted')?.text).toBe('Odd`Name');
    expect(t.find((x) => x.kind === 'string')?.text).toBe("'DELETE \\' SET'");
    expect(t.find((x) => x.kind === 'param')?.text).toBe('set');
    expect(t.filter((x) => x.kind === 'number').map((x) => x.text)).toEqual(['1', '3']);
  });

  it('runs an unterminated string or comment to the end instead of throwing', () => {
    expect(tokenize("RETURN 'abc").at(-1)?.kind).toBe('string');
    expect(tokenize('RETURN 1 /* CREATE').map((x) => x.text)).toEqual(['RETURN', '1']);
  });
});

describe('lexicalCheck', () => {
  it('accepts read-only queries, including write words inside strings, comments, names and keys', () => {
    for (const q of [
      'MATCH (n:Entity) RETURN n LIMIT 10',
      "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n",
      'MATCH (n) // SET n.x = 1\nRETURN n',
      'MATCH (n) /* DELETE n */ RETURN n',
      'MATCH (n:`CREATE`) RETURN n.set, n.delete, {merge: 1, remove: 2} AS m',
      'MATCH (n:Create)-[:SET]->(m) RETURN n, m',
      'RETURN $create AS c',
      'CALL db.labels() YIELD label RETURN label',
      "CALL db.index.fulltext.queryNodes('entityNames', 'kuwait') YIELD node, score RETURN node, score",
      'CALL db.schema.visualization()',
      'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS d } RETURN n, d',
      'MATCH (n) CALL { RETURN 1 AS one } RETURN n, one',
      'MATCH (n) RETURN n;',
      'MATCH (n) RETURN n ; // trailing comment',
      "RETURN 'a;b' AS s",
    ]) {
      expect(refusal(q), q).toBeUndefined();
    }
  });

  it('removes a trailing semicolon', () => {
    expect(lexicalCheck('RETURN 1;  ')).toBe('RETURN 1');
  });

  it('refuses write clauses in any case and spacing', () => {
    for (const q of [
      'CREATE (n:X)',
      'cReAtE (n)',
      'MATCH (n) SET n.x = 1',
      'MATCH (n)\n\tset n.x = 1',
      'MERGE (n:Entity {id: "x"})',
      'MATCH (n) DELETE n',
      'MATCH (n) DETACH DELETE n',
      'MATCH (n) REMOVE n:Entity',
      'FOREACH (x IN [1] | CREATE ())',
      'MATCH (n) WITH n CALL (n) { SET n.x = 1 } RETURN n',
      'INSERT (n:X)',
      'MATCH (n) RETURN n UNION MATCH (m) CREATE (k) RETURN k',
      'MATCH (n)/**/SET/**/n.x=1',
    ]) {
      expect(refusal(q), q).toBe('write_clause');
    }
  });

  it('refuses LOAD CSV, IN TRANSACTIONS, several statements and query options', () => {
    expect(refusal("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).toBe('load_csv');
    expect(refusal("load   csv with headers from 'https://x' as l return l")).toBe('load_csv');
    expect(refusal('MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m')).toBe('in_transactions');
    expect(refusal('MATCH (n) RETURN n; MATCH (m) RETURN m')).toBe('multiple_statements');
    expect(refusal('RETURN 1;;')).toBe('multiple_statements');
    expect(refusal('EXPLAIN MATCH (n) RETURN n')).toBe('query_option');
    expect(refusal('PROFILE MATCH (n) RETURN n')).toBe('query_option');
    expect(refusal('CYPHER runtime=slotted MATCH (n) RETURN n')).toBe('query_option');
    expect(refusal('')).toBe('empty_query');
    expect(refusal('  // only a comment')).toBe('empty_query');
    expect(refusal(';')).toBe('empty_query');
  });

  it('refuses administration commands and database switches', () => {
    for (const q of ['SHOW USERS', 'show databases', 'USE system SHOW USERS', 'GRANT ROLE admin TO bob', 'STOP DATABASE neo4j', 'TERMINATE TRANSACTIONS "x"', 'ALTER USER neo4j SET PASSWORD "x"', 'DROP INDEX entity_name']) {
      expect(['admin_command', 'write_clause', 'in_transactions']).toContain(refusal(q));
    }
    expect(refusal('SHOW USERS')).toBe('admin_command');
    expect(refusal('USE system MATCH (n) RETURN n')).toBe('admin_command');
    expect(refusal("CREATE USER eve SET PASSWORD 'x'")).toBe('admin_command');
    expect(refusal('CREATE INDEX x FOR (n:X) ON (n.y)')).toBe('admin_command');
    expect(refusal('DROP CONSTRAINT entity_id_unique')).toBe('admin_command');
    expect(refusal('CREATE OR REPLACE DATABASE x')).toBe('admin_command');
  });

  it('refuses procedures outside the allow-list, however they are spelt', () => {
    for (const q of [
      'CALL dbms.components()',
      'CALL dbms.security.createUser("a", "b", false)',
      'call DBMS.listConfig()',
      'CALL `dbms`.`components`()',
      'CALL db.createLabel("X")',
      'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})',
      'CALL apoc.cypher.runWrite("CREATE (n)", {})',
      'MATCH (n) CALL db.index.fulltext.drop("entityNames") RETURN n',
      'CALL db.clearQueryCaches()',
    ]) {
      expect(refusal(q), q).toBe('procedure_not_allowed');
    }
    expect(refusal('RETURN apoc.text.join(["a"], ",") AS s')).toBe('procedure_not_allowed');
    expect(refusal('RETURN `apoc`.text.join(["a"], ",") AS s')).toBe('procedure_not_allowed');
  });

  it('allows exactly the listed procedures and the db.schema namespace', () => {
    expect(isAllowedProcedure('db.labels')).toBe(true);
    expect(isAllowedProcedure('db.schema.nodeTypeProperties')).toBe(true);
    expect(isAllowedProcedure('db.schema')).toBe(false);
    expect(isAllowedProcedure('db.labelsX')).toBe(false);
    expect(isAllowedProcedure('dbms.components')).toBe(false);
  });
});

function plan(operatorType: string, details = '', children: Plan[] = []): Plan {
  return { operatorType: `${operatorType}@neo4j`, identifiers: [], arguments: { Details: details }, children } as unknown as Plan;
}

describe('planCheck', () => {
  const read = plan('ProduceResults', 'n', [plan('NodeByLabelScan', 'n:Entity')]);

  it('accepts a read plan', () => {
    expect(() => planCheck('r', read)).not.toThrow();
    expect(() => planCheck('r', plan('ProduceResults', '', [plan('ProcedureCall', 'db.labels() :: (label :: STRING)')]))).not.toThrow();
  });

  it("refuses anything Neo4j does not call read-only ('rw', 'w', 's')", () => {
    for (const t of ['rw', 'w', 's', undefined]) {
      expect(() => planCheck(t, read)).toThrow(ReadOnlyViolation);
    }
  });

  it('refuses LOAD CSV (read-only for Neo4j), write and admin operators, and other procedures', () => {
    const reason = (p: Plan) => {
      try {
        planCheck('r', p);
        return undefined;
      } catch (e) {
        return (e as ReadOnlyViolation).reason;
      }
    };
    expect(reason(plan('ProduceResults', '', [plan('LoadCSV', 'l')]))).toBe('load_csv');
    expect(reason(plan('ProduceResults', '', [plan('ShowIndexes', '')]))).toBe('not_read_only');
    expect(reason(plan('ProduceResults', '', [plan('TransactionForeach', '')]))).toBe('not_read_only');
    expect(reason(plan('ProduceResults', '', [plan('ProcedureCall', 'dbms.components() :: (name :: STRING)')]))).toBe('procedure_not_allowed');
  });
});

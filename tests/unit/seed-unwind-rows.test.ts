import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypherString } from '../../server/ingest/generate.ts';
import { liftUnwindRows } from '../../server/seed/unwind-rows.ts';

describe('liftUnwindRows', () => {
  it('lifts the leading list of a generated statement into $rows, integers kept as INTEGER', () => {
    const lifted = liftUnwindRows(`UNWIND [\n  {label: 'Country', properties: {id: 'c', n: 42, x: -1.5e3, ok: true, no: null, \`odd key\`: ['a', "b"]}}\n] AS node\nMERGE (n:Entity {id: node.properties.id})`);
    expect(lifted?.text).toBe('UNWIND $rows AS node\nMERGE (n:Entity {id: node.properties.id})');
    expect(lifted?.params.rows).toEqual([{ label: 'Country', properties: { id: 'c', n: neo4j.int(42), x: -1500, ok: true, no: null, 'odd key': ['a', 'b'] } }]);
  });

  it('reads back every string the generator writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(liftUnwindRows(`UNWIND [${cypherString(s)}] AS x RETURN x`)?.params.rows).toEqual([s]);
      }),
    );
  });

  it('leaves anything that is not plain data as it was', () => {
    for (const st of [
      'UNWIND range(1, 3) AS x RETURN x',
      'UNWIND [1, x] AS y RETURN y',
      'UNWIND [toUpper("a")] AS y RETURN y',
      "UNWIND [{a: 'x'} ] + [1] AS y RETURN y",
      "UNWIND ['unterminated] AS y RETURN y",
      'MATCH (n) RETURN n',
    ]) {
      expect(liftUnwindRows(st), st).toBeNull();
    }
  });
});

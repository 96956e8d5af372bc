import { describe, expect, it } from 'vitest';
import { ApiError } from '../../server/http/errors.ts';
import { loadFileQueries } from '../../server/queries/files.ts';
import { HeaderError, paramMismatch, parseHeader, usedParams } from '../../server/queries/header.ts';
import { coerceDefault, coerceParams, coerceValue, parseParamPairs, type ParamSpec } from '../../server/queries/params.ts';
import { slug } from '../../server/queries/service.ts';

describe('saved-query headers', () => {
  it('reads title, description lines and typed params with defaults', () => {
    const h = parseHeader(
      [
        '// @title Agreements in a range',
        '// @description First line.',
        '// a plain comment',
        '// @description Second line.',
        '// @param from:date=2023',
        '// @param limit:int=10',
        '// @param ratio:float=0.5',
        '// @param strict:boolean=false',
        '// @param who:nodeId',
        '// @param q:string="two words"',
        '// @param status:string=null',
        'MATCH (n) RETURN n',
        '// @param ignored:int=1',
      ].join('\n'),
    );
    expect(h.title).toBe('Agreements in a range');
    expect(h.description).toBe('First line. Second line.');
    expect(h.params).toEqual([
      { name: 'from', type: 'date', default: '2023' },
      { name: 'limit', type: 'int', default: 10 },
      { name: 'ratio', type: 'float', default: 0.5 },
      { name: 'strict', type: 'boolean', default: false },
      { name: 'who', type: 'nodeId' },
      { name: 'q', type: 'string', default: 'two words' },
      { name: 'status', type: 'string', default: null },
    ]);
  });

  it('names the line of a bad header', () => {
    expect(() => parseHeader('// @title X\n// @param n:integer=1')).toThrow(/line 2: @param n: unknown type "integer"/);
    expect(() => parseHeader('// @param n:int=abc')).toThrow(/line 1: @param n: default expected an integer/);
    expect(() => parseHeader('// @param d:date=2024-13')).toThrow(HeaderError);
    expect(() => parseHeader('// @param a:int\n// @param a:int')).toThrow(/declared twice/);
    expect(() => parseHeader('// @author me')).toThrow(/unknown tag @author/);
    expect(() => parseHeader('// @param 1x:int')).toThrow(/name:type/);
  });

  it('finds the parameters a query uses, outside strings and comments', () => {
    expect(usedParams("MATCH (n {id: $id}) WHERE n.x = '$nope' // $nope\nRETURN n LIMIT $limit")).toEqual(['id', 'limit']);
    const specs: ParamSpec[] = [{ name: 'id', type: 'nodeId' }];
    expect(paramMismatch('RETURN $id, $other', specs)).toMatch(/uses \$other without declaring it/);
    expect(paramMismatch('RETURN 1', specs)).toMatch(/id is declared but not used/);
    expect(paramMismatch('RETURN $id', specs)).toBeUndefined();
  });

  it('every file query in cypher/queries has a valid header matching its parameters', () => {
    const files = loadFileQueries();
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const q of files) {
      expect(q.title, q.id).toBeTruthy();
      expect(q.description, q.id).toBeTruthy();
      expect(paramMismatch(q.cypher, q.params), q.id).toBeUndefined();
      // Every parameter has a default, so every query runs as is.
      for (const p of q.params) expect(p.default, `${q.id}.${p.name}`).not.toBeUndefined();
    }
  });
});

describe('parameter coercion', () => {
  it('coerces strings from the command line or JSON values to the declared type', () => {
    expect(coerceValue('int', '42')).toBe(42);
    expect(coerceValue('int', -7)).toBe(-7);
    expect(coerceValue('float', '2.5e3')).toBe(2500);
    expect(coerceValue('float', 3)).toBe(3);
    expect(coerceValue('boolean', 'true')).toBe(true);
    expect(coerceValue('boolean', false)).toBe(false);
    expect(coerceValue('date', '2024-05')).toBe('2024-05');
    expect(coerceValue('string', 12)).toBe('12');
    expect(coerceValue('nodeId', 'org-fiep')).toBe('org-fiep');
    expect(coerceDefault('string', 'null')).toBeNull();
  });

  it('refuses mismatches', () => {
    expect(() => coerceValue('int', '4.5')).toThrow(/integer/);
    expect(() => coerceValue('int', 2 ** 60)).toThrow(/integer/);
    expect(() => coerceValue('int', '')).toThrow(/integer/);
    expect(() => coerceValue('float', 'NaN')).toThrow(/number/);
    expect(() => coerceValue('boolean', 'yes')).toThrow(/true or false/);
    expect(() => coerceValue('date', '2024-02-30')).toThrow(/date/);
    expect(() => coerceValue('date', '24-05')).toThrow(/date/);
    expect(() => coerceValue('string', {})).toThrow(/string/);
    expect(() => coerceValue('string', 'x'.repeat(1001))).toThrow(/1000/);
    expect(() => coerceValue('string', 'a\uD800b')).toThrow(/Unicode/);
    expect(() => coerceValue('nodeId', '')).toThrow(/node id/);
  });

  it('fills defaults, sends ints as driver INTEGERs and names the bad parameter in a 400', () => {
    const specs: ParamSpec[] = [
      { name: 'who', type: 'nodeId', default: 'org-fiep' },
      { name: 'limit', type: 'int', default: 10 },
      { name: 'from', type: 'date' },
    ];
    const ok = coerceParams(specs, { limit: '3', from: '2018' });
    expect(ok.values).toEqual({ who: 'org-fiep', limit: 3, from: '2018' });
    expect(ok.integers).toEqual(['limit']);
    expect(ok.nodeIds).toEqual({ who: 'org-fiep' });

    const err = (given: Record<string, unknown>) => {
      try {
        coerceParams(specs, given);
      } catch (e) {
        return e as ApiError;
      }
      throw new Error('expected a refusal');
    };
    expect(err({}).message).toBe('params.from: required (date)');
    expect(err({ from: '2018', limit: 'ten' }).message).toMatch(/^params\.limit: int: expected an integer, got "ten"/);
    expect(err({ from: '2018', extra: 1 }).message).toMatch(/^params\.extra: not a parameter of this query/);
    expect(err({ from: '2018', limit: 'ten' }).status).toBe(400);
  });

  it('takes an enum as one of its listed values and names them when refusing', () => {
    const header = parseHeader('// @title T\n// @param status:enum(signed|under_negotiation|planned)=signed\n// @param kind:enum(a|b)=null\nRETURN $status, $kind');
    expect(header.params).toEqual([
      { name: 'status', type: 'enum', values: ['signed', 'under_negotiation', 'planned'], default: 'signed' },
      { name: 'kind', type: 'enum', values: ['a', 'b'], default: null },
    ]);
    expect(coerceValue('enum', 'planned', ['signed', 'planned'])).toBe('planned');
    expect(() => coerceValue('enum', 'Planned', ['signed', 'planned'])).toThrow(/expected one of signed, planned, got "Planned"/);
    expect(() => coerceValue('enum', 1, ['signed'])).toThrow(/one of signed/);
    try {
      coerceParams(header.params, { status: 'ratified' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toBe('params.status: enum: expected one of signed, under_negotiation, planned, got "ratified"');
    }
    expect(coerceParams(header.params, {}).values).toEqual({ status: 'signed', kind: null });
    for (const bad of ['enum()', 'enum(a|a)', 'enum(a||b)', 'enum(a b)', 'enum', 'enum(a|b)=c', 'string(a)']) {
      expect(() => parseHeader(`// @param x:${bad}\nRETURN $x`), bad).toThrow(HeaderError);
    }
  });

  it('reads --param name=value pairs (values may hold =)', () => {
    expect(parseParamPairs(['a=1', 'q=x=y', 'e='])).toEqual({ a: '1', q: 'x=y', e: '' });
    expect(() => parseParamPairs(['novalue'])).toThrow(/name=value/);
  });

  it('makes readable id stems from titles in any script', () => {
    expect(slug('Who signed — what? (Kuwait–Türkiye)')).toBe('who-signed-what-kuwait-turkiye');
    expect(slug('اتفاقيات')).toBe('query');
    expect(slug('x'.repeat(100))).toHaveLength(48);
  });
});

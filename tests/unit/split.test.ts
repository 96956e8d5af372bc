import { describe, expect, it } from 'vitest';
import { splitCypher } from '../../server/seed/split.ts';

describe('splitCypher', () => {
  it('splits at top-level semicolons and drops comments', () => {
    const s = splitCypher(`// header; with a semicolon\nMATCH (n) RETURN n;\n/* block; comment */ RETURN 1;\n\n`);
    expect(s.map((x) => x.text)).toEqual(['MATCH (n) RETURN n', 'RETURN 1']);
    expect(s.map((x) => x.index)).toEqual([1, 2]);
  });

  it('keeps semicolons inside strings and quoted identifiers', () => {
    const s = splitCypher(`RETURN 'a;b' AS x, "c;d" AS y, 1 AS \`e;f\`;RETURN 'it\\'s; fine'`);
    expect(s).toHaveLength(2);
    expect(s[0]!.text).toBe(`RETURN 'a;b' AS x, "c;d" AS y, 1 AS \`e;f\``);
    expect(s[1]!.text).toBe(`RETURN 'it\\'s; fine'`);
  });

  it('keeps // inside a string (URLs) and reports start lines', () => {
    const s = splitCypher(`RETURN 'http://x;y';\n\n// c\nRETURN\n 2;`);
    expect(s[0]!.text).toBe(`RETURN 'http://x;y'`);
    expect(s[1]).toMatchObject({ line: 4, text: 'RETURN\n 2' });
  });

  it('handles Arabic text and guillemets inside strings', () => {
    const s = splitCypher(`MERGE (n {q: 'توقيع «بروتوكول»؛ تنفيذي;'});RETURN 1`);
    expect(s).toHaveLength(2);
    expect(s[0]!.text).toContain('«بروتوكول»؛ تنفيذي;');
  });
});

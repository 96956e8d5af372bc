/** docs/model.md and server/model/model.ts describe one model: the same labels, types and properties. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { LABELS, RELATIONSHIP_NOTE, RELATIONSHIP_SPECS, type RelationshipSpec } from '../../server/model/model.ts';

const doc = fs.readFileSync(path.join(projectRoot, 'docs', 'model.md'), 'utf8');
const rows = doc
  .split('\n')
  .filter((l) => /^\| `[A-Z_]+` \|/.test(l))
  .map((l) => l.split('|').map((c) => c.trim()));

describe('docs/model.md and the machine-readable model', () => {
  it('list the same labels', () => {
    const documented = [...doc.matchAll(/^\*\*`:(\w+)`\*\*/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...LABELS].sort());
  });

  it('list the same relationship types, with the same properties', () => {
    const documented = rows.map((r) => r[1]!.replace(/`/g, ''));
    expect(documented.sort()).toEqual(Object.keys(RELATIONSHIP_SPECS).sort());
    for (const r of rows) {
      const type = r[1]!.replace(/`/g, '');
      const spec = (RELATIONSHIP_SPECS as Record<string, RelationshipSpec>)[type]!;
      // Backticked lower-case words of the properties column, without example values in parentheses.
      const props = [...r[3]!.replace(/\([^)]*\)/g, '').matchAll(/`([a-z][A-Za-z]*)`/g)].map((m) => m[1]!);
      const modelProps = Object.keys(spec.properties);
      expect(props.filter((p) => !(p in RELATIONSHIP_NOTE)).sort(), type).toEqual(modelProps.sort());
    }
  });
});

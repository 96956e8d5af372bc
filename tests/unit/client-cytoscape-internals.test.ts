import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCytoscapeVersion, loadedCytoscapeVersion, PINNED_CYTOSCAPE_VERSION } from '../../client/src/scene/cytoscape-internals.ts';

describe('the Cytoscape internals adapter', () => {
  it('accepts the pinned version', () => {
    expect(() => checkCytoscapeVersion(PINNED_CYTOSCAPE_VERSION)).not.toThrow();
  });

  it('refuses any other version, naming both and the file to re-check', () => {
    for (const other of ['3.34.5', '3.35.0', '4.0.0', '3.34.4-beta']) {
      expect(() => checkCytoscapeVersion(other)).toThrow(new RegExp(`Cytoscape ${other.replace(/\./g, '\\.')} is loaded.*Cytoscape 3\\.34\\.4.*cytoscape-internals\\.ts`));
    }
  });

  it('pins the version package.json asks for exactly, and the one installed', () => {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.cytoscape).toBe(PINNED_CYTOSCAPE_VERSION);
    expect(loadedCytoscapeVersion).toBe(PINNED_CYTOSCAPE_VERSION);
  });
});

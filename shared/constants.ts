/**
 * Constants the explorer and the API must agree on. Plain data with no imports, so the client bundle can take
 * them without pulling in any server code.
 */

/** The scene layouts (client/src/layouts.ts) and the ones a snapshot may name. */
export const LAYOUTS = ['ranks', 'fcose', 'dagre', 'concentric', 'circle', 'breadthfirst', 'grid', 'preset'] as const;

/** Interface languages: English, Arabic, or both side by side. */
export const LANGS = ['en', 'ar', 'both'] as const;

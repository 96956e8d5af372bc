/**
 * The Cypher console: CodeMirror 6 with @neo4j-cypher/codemirror (highlighting, completion from the live
 * schema). Queries run through POST /api/cypher, which only runs read-only queries; a refusal or a syntax
 * error is shown under the editor and, when the server gives a position, marked in the text.
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { ApiError } from './api.ts';
import { h } from './dom.ts';
import { errorKind, t, type Lang } from './i18n.ts';
import type { SchemaInfo } from './api-types.ts';

const setError = StateEffect.define<{ from: number; to: number } | null>();

/** Marks the error span (and its line) until the text changes or the next run. */
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setError)) continue;
      if (!e.value) return Decoration.none;
      const line = tr.state.doc.lineAt(e.value.from);
      return Decoration.set([Decoration.line({ class: 'cm-error-line' }).range(line.from), Decoration.mark({ class: 'cm-error-mark' }).range(e.value.from, e.value.to)]);
    }
    if (tr.docChanged) return Decoration.none;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export interface ConsoleHandlers {
  run: (query: string) => Promise<void>;
  lang: () => Lang;
}

export const EXAMPLE_QUERY = `MATCH (a:Agreement)<-[r:PARTY_TO]-(p)
RETURN a, r, p
LIMIT 50`;

export class CypherConsole {
  private editor: EditorApi | undefined;
  private message = h('div', { class: 'console-message', role: 'status', aria: { live: 'polite' } });
  private runBtn = h('button', { type: 'button', class: 'btn primary', data: { action: 'console-run' } });
  private note = h('p', { class: 'muted small' });
  private editorHost = h('div', { class: 'console-editor' });

  constructor(
    private readonly host: HTMLElement,
    private readonly on: ConsoleHandlers,
  ) {
    this.runBtn.addEventListener('click', () => void this.run());
    host.replaceChildren(this.note, this.editorHost, h('div', { class: 'console-actions' }, this.runBtn, h('span', { class: 'muted small' }, 'Ctrl/⌘ + Enter')), this.message);
    this.relabel();
  }

  /** Created on first show: CodeMirror measures its container. */
  ensureEditor(initial = EXAMPLE_QUERY): void {
    if (this.editor) return;
    const runKey: Extension = keymap.of([{ key: 'Mod-Enter', run: () => (void this.run(), true) }]);
    // The package's typings say it returns the editor API; at run time it returns {editor: api}.
    const created = createCypherEditor(this.editorHost, {
      value: initial,
      autofocus: false,
      lineNumbers: true,
      lineWrapping: true,
      theme: 'light',
      lint: false,
      preExtensions: [runKey],
      // The editable area's accessible name, in the interface language.
      postExtensions: [errorField, EditorView.contentAttributes.of(() => ({ 'aria-label': t('cypherEditor', this.on.lang()) }))],
    }) as unknown as EditorApi | { editor: EditorApi };
    this.editor = 'editor' in created ? created.editor : created;
  }

  setSchema(schema: SchemaInfo): void {
    this.ensureEditor();
    this.editor?.setSchema({
      labels: schema.labels.map((l) => l.label),
      relationshipTypes: schema.relationshipTypes.map((r) => r.type),
      propertyKeys: [...new Set(Object.values(schema.propertyKeys ?? {}).flat())],
    });
  }

  setValue(q: string): void {
    this.ensureEditor(q);
    this.editor?.setValue(q);
  }

  value(): string {
    return this.editor?.codemirror.state.doc.toString() ?? '';
  }

  relabel(): void {
    const lang = this.on.lang();
    this.runBtn.textContent = t('run', lang);
    this.note.textContent = t('readOnly', lang);
  }

  async run(): Promise<void> {
    this.ensureEditor();
    const q = this.value().trim();
    if (!q) return;
    this.clearError();
    this.message.className = 'console-message';
    this.message.textContent = t('loading', this.on.lang());
    this.runBtn.disabled = true;
    try {
      await this.on.run(q);
    } finally {
      this.runBtn.disabled = false;
    }
  }

  showInfo(text: string): void {
    this.message.className = 'console-message ok';
    this.message.textContent = text;
  }

  /** A refusal or error from the server; a syntax error with a position is marked in the editor too. */
  showError(err: unknown): void {
    this.message.className = 'console-message error';
    const e = err instanceof ApiError ? err : undefined;
    const pos = e?.position;
    const code = e ? e.code : 'error';
    const lang = this.on.lang();
    // The code and the server's (or Neo4j's) own words stay as they are, on a left-to-right line of their own:
    // they are what one searches for. Arabic readers get the kind of failure in a sentence above them.
    this.message.replaceChildren(
      h('strong', { class: 'err-code' }, code),
      h('span', { class: 'err-pos', hidden: !pos }, pos ? ` ${t('errPosition', lang, { line: pos.line, column: pos.column })}` : ''),
      ...(lang === 'ar' ? [h('div', { class: 'err-say' }, t(errorKind(err), lang))] : []),
      h('div', { class: 'err-text', dir: 'ltr', lang: 'en' }, err instanceof Error ? err.message : String(err)),
    );
    this.message.dataset.code = code;
    const view = this.editor?.codemirror;
    if (pos && view) {
      const len = view.state.doc.length;
      const from = Math.max(0, Math.min(pos.offset, len));
      // Mark the word at the error (or one character), so the position shows in the text.
      const m = /^[\w$`]+/.exec(view.state.doc.sliceString(from, Math.min(len, from + 60)));
      const to = Math.min(len, from + Math.max(1, m?.[0].length ?? 1));
      view.dispatch({ effects: setError.of(from < to ? { from, to } : null), selection: { anchor: from } });
    }
  }

  clearError(): void {
    this.editor?.codemirror.dispatch({ effects: setError.of(null) });
    delete this.message.dataset.code;
  }
}

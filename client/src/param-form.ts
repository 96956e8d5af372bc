/**
 * Forms generated from a saved query's typed parameters: the field specs and the coercion of what the user
 * typed are pure (unit-tested); renderParamForm draws them.
 */
import type { QueryParam, QueryParamType } from './api-types.ts';

export interface FieldSpec {
  name: string;
  type: QueryParamType;
  /** The input element used for this type. */
  input: 'text' | 'number' | 'checkbox' | 'node';
  step?: string;
  /** What the field shows before the user types (the default, as text). */
  initial: string;
  required: boolean;
  hint: string;
  /** What the form calls the field (the interface language's label), when it is not the name. */
  label?: string;
}

const HINTS: Record<QueryParamType, string> = {
  string: 'text',
  int: 'whole number',
  float: 'number',
  boolean: 'yes / no',
  date: 'YYYY, YYYY-MM or YYYY-MM-DD',
  nodeId: 'a node: type to search',
};

/** A parameter as the API lists it, plus a description where a caller has one (the API sends none today). */
export type ParamSpec = QueryParam & { description?: string };

/** Labels by parameter name and hints by type in the interface language, where the caller has them. */
export interface FieldTexts {
  labels?: Readonly<Record<string, string>>;
  hints?: Readonly<Partial<Record<QueryParamType, string>>>;
}

export function fieldSpecs(params: readonly ParamSpec[], texts: FieldTexts = {}): FieldSpec[] {
  return params.map((p) => {
    const hasDefault = p.default !== undefined && p.default !== null;
    const initial = hasDefault ? String(p.default) : '';
    // A declared default of null (`@param status:string=null`) makes the parameter optional without a value.
    const label = texts.labels?.[p.name];
    const base = { name: p.name, type: p.type, initial, required: p.default === undefined, hint: p.description || texts.hints?.[p.type] || HINTS[p.type], ...(label ? { label } : {}) };
    switch (p.type) {
      case 'int':
        return { ...base, input: 'number', step: '1' };
      case 'float':
        return { ...base, input: 'number', step: 'any' };
      case 'boolean':
        return { ...base, input: 'checkbox', initial: initial === 'true' ? 'true' : 'false', required: false };
      // A text field, not the browser's date picker: dates here have the precision the sources give (a year,
      // a month or a day), as the API accepts them.
      case 'date':
        return { ...base, input: 'text' };
      case 'nodeId':
        return { ...base, input: 'node' };
      default:
        return { ...base, input: 'text' };
    }
  });
}

export type Coerced = { ok: true; values: Record<string, string | number | boolean> } | { ok: false; errors: Record<string, string> };

/** Raw text per field → typed values for POST /api/queries/:id/run. Empty optional fields are left out. */
export function coerceParams(specs: readonly FieldSpec[], raw: Readonly<Record<string, string | undefined>>): Coerced {
  const values: Record<string, string | number | boolean> = {};
  const errors: Record<string, string> = {};
  for (const f of specs) {
    const text = (raw[f.name] ?? f.initial).trim();
    if (text === '') {
      if (f.required) errors[f.name] = `${f.name} is required`;
      continue;
    }
    switch (f.type) {
      case 'int':
        if (/^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))) values[f.name] = Number(text);
        else errors[f.name] = `${f.name} must be a whole number`;
        break;
      case 'float': {
        const n = Number(text);
        if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) && Number.isFinite(n)) values[f.name] = n;
        else errors[f.name] = `${f.name} must be a number`;
        break;
      }
      case 'boolean':
        if (text === 'true' || text === 'false') values[f.name] = text === 'true';
        else errors[f.name] = `${f.name} must be true or false`;
        break;
      case 'date': {
        if (isPartialDate(text)) values[f.name] = text;
        else errors[f.name] = `${f.name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`;
        break;
      }
      default:
        values[f.name] = text;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}

/** A real date of year, month or day precision: 2024, 2024-05, 2024-05-21 (not 2024-13 or 2023-02-30). */
export function isPartialDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Hooks the form needs from the rest of the UI. */
export interface ParamFormHooks {
  /** Attach a node type-ahead to a nodeId input. */
  attachNodePicker: (input: HTMLInputElement) => void;
  /** The display name of a node id (a prefilled nodeId field shows the name, and keeps the id). */
  nodeName?: (id: string) => Promise<string | undefined>;
  onSubmit: (raw: Record<string, string>) => void;
  runLabel: string;
}

/** Draws the form into `host` (text only, no HTML from data) and returns a function reading its raw values. */
export function renderParamForm(host: HTMLElement, specs: readonly FieldSpec[], initial: Readonly<Record<string, string>>, hooks: ParamFormHooks): () => Record<string, string> {
  host.replaceChildren();
  const form = document.createElement('form');
  form.className = 'param-form';
  form.noValidate = true;
  const inputs = new Map<string, HTMLInputElement>();
  for (const f of specs) {
    const row = document.createElement('label');
    row.className = 'param-row';
    const name = document.createElement('span');
    name.className = 'param-name';
    name.textContent = (f.label ?? f.name) + (f.required ? ' *' : '');
    const input = document.createElement('input');
    input.name = f.name;
    input.dataset.type = f.type;
    const value = initial[f.name] ?? f.initial;
    if (f.input === 'checkbox') {
      input.type = 'checkbox';
      input.checked = value === 'true';
    } else {
      input.type = f.input === 'node' ? 'text' : f.input;
      if (f.step) input.step = f.step;
      input.value = value;
      if (f.input === 'node' && value) {
        input.dataset.nodeId = value;
        void hooks.nodeName?.(value).then((name) => {
          if (name && input.dataset.nodeId === value) input.value = name;
        });
      }
      input.placeholder = f.hint;
      input.autocomplete = 'off';
    }
    const hint = document.createElement('small');
    hint.className = 'param-hint';
    hint.textContent = f.label ? f.hint : `${f.type} · ${f.hint}`;
    const err = document.createElement('small');
    err.className = 'param-error';
    err.dataset.errorFor = f.name;
    row.append(name, input, hint, err);
    form.append(row);
    inputs.set(f.name, input);
    if (f.input === 'node') hooks.attachNodePicker(input);
  }
  const read = (): Record<string, string> => {
    const raw: Record<string, string> = {};
    for (const [name, input] of inputs) raw[name] = input.type === 'checkbox' ? String(input.checked) : (input.dataset.nodeId ?? input.value);
    return raw;
  };
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'btn primary';
  submit.textContent = hooks.runLabel;
  form.append(submit);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    hooks.onSubmit(read());
  });
  host.append(form);
  return read;
}

/** Shows per-field errors under the fields. */
export function showParamErrors(host: HTMLElement, errors: Record<string, string>): void {
  for (const el of host.querySelectorAll<HTMLElement>('.param-error')) el.textContent = errors[el.dataset.errorFor ?? ''] ?? '';
}

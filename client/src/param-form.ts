/**
 * Forms generated from a saved query's typed parameters: the field specs and the coercion of what the user
 * typed are pure (unit-tested); renderParamForm draws them.
 */
import type { QueryParam, QueryParamType } from './api-types.ts';
import { t, type Lang } from './i18n.ts';

export interface FieldSpec {
  name: string;
  type: QueryParamType;
  /** The control used for this type (numbers are text fields, so "1e" or Arabic-Indic digits reach the check). */
  input: 'text' | 'number' | 'checkbox' | 'node' | 'select';
  step?: string;
  /** What the field shows before the user types (the default, as text). */
  initial: string;
  required: boolean;
  hint: string;
  /** What the form calls the field (the interface language's label), when it is not the name. */
  label?: string;
  /** enum: the choices, value and label in the interface language ("" is "any" for an optional one). */
  options?: { value: string; label: string }[];
}

const HINTS: Record<QueryParamType, string> = {
  string: 'text',
  int: 'whole number',
  float: 'number',
  boolean: 'yes / no',
  date: 'YYYY, YYYY-MM or YYYY-MM-DD',
  nodeId: 'a node: type to search',
  enum: 'one of the listed values',
};

/** A parameter as the API lists it, plus a description where a caller has one (the API sends none today). */
export type ParamSpec = QueryParam & { description?: string };

/** Labels by parameter name, hints by type and an enum value's label, in the interface language. */
export interface FieldTexts {
  labels?: Readonly<Record<string, string>>;
  hints?: Readonly<Partial<Record<QueryParamType, string>>>;
  optionLabel?: (value: string) => string;
  /** The label of an optional enum's empty choice. */
  anyLabel?: string;
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
      case 'enum': {
        const options = (p.values ?? []).map((value) => ({ value, label: texts.optionLabel?.(value) ?? value }));
        // Optional without a default: an empty first choice ("any") sends nothing.
        if (!base.required && !hasDefault) options.unshift({ value: '', label: texts.anyLabel ?? '(any)' });
        return { ...base, input: 'select', options };
      }
      default:
        return { ...base, input: 'text' };
    }
  });
}

export type Coerced = { ok: true; values: Record<string, string | number | boolean> } | { ok: false; errors: Record<string, string> };

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits, the Arabic decimal point and the minus sign, as ASCII. */
export function asciiNumber(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.')
    .replace(/\u2212/g, '-');
}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Raw text per field → typed values for POST /api/queries/:id/run. Empty optional fields are left out. Errors
 * are messages in `lang`, by field.
 */
export function coerceParams(specs: readonly FieldSpec[], raw: Readonly<Record<string, string | undefined>>, lang: Lang = 'en'): Coerced {
  const values: Record<string, string | number | boolean> = {};
  const errors: Record<string, string> = {};
  for (const f of specs) {
    const text = (raw[f.name] ?? f.initial).trim();
    if (text === '') {
      if (f.required) errors[f.name] = t('paramRequired', lang);
      continue;
    }
    switch (f.type) {
      case 'int': {
        const n = asciiNumber(text);
        if (INT.test(n) && Number.isSafeInteger(Number(n))) values[f.name] = Number(n);
        else errors[f.name] = t('paramWholeNumber', lang);
        break;
      }
      case 'float': {
        const n = asciiNumber(text);
        if (FLOAT.test(n) && Number.isFinite(Number(n))) values[f.name] = Number(n);
        else errors[f.name] = t('paramNumber', lang);
        break;
      }
      case 'boolean':
        if (text === 'true' || text === 'false') values[f.name] = text === 'true';
        else errors[f.name] = t('paramBoolean', lang);
        break;
      case 'date': {
        if (isPartialDate(text)) values[f.name] = text;
        else errors[f.name] = t('paramDate', lang);
        break;
      }
      case 'enum':
        if (f.options?.some((o) => o.value === text)) values[f.name] = text;
        else errors[f.name] = t('paramChoice', lang);
        break;
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

let formCount = 0;

/**
 * Draws the form into `host` (text only, no HTML from data) and returns a function reading its raw values.
 * Each field has its hint and an error line under it, tied to it by aria-describedby.
 */
export function renderParamForm(host: HTMLElement, specs: readonly FieldSpec[], initial: Readonly<Record<string, string>>, hooks: ParamFormHooks): () => Record<string, string> {
  host.replaceChildren();
  const form = document.createElement('form');
  form.className = 'param-form';
  form.noValidate = true;
  const prefix = `pf${++formCount}`;
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  for (const f of specs) {
    const row = document.createElement('label');
    row.className = 'param-row';
    const name = document.createElement('span');
    name.className = 'param-name';
    name.textContent = (f.label ?? f.name) + (f.required ? ' *' : '');
    const value = initial[f.name] ?? f.initial;
    let control: HTMLInputElement | HTMLSelectElement;
    if (f.input === 'select') {
      const select = document.createElement('select');
      for (const o of f.options ?? []) {
        const option = document.createElement('option');
        option.value = o.value;
        option.textContent = o.label;
        select.append(option);
      }
      select.value = value;
      control = select;
    } else {
      const input = document.createElement('input');
      if (f.input === 'checkbox') {
        input.type = 'checkbox';
        input.checked = value === 'true';
      } else {
        // Numbers in a text field: a number input hides what it cannot parse ("1e" reads as empty) and refuses
        // Arabic-Indic digits; the form checks the text itself.
        input.type = 'text';
        if (f.input === 'number') input.inputMode = f.step === '1' ? 'numeric' : 'decimal';
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
      control = input;
    }
    control.name = f.name;
    control.dataset.type = f.type;
    const hint = document.createElement('small');
    hint.className = 'param-hint';
    hint.id = `${prefix}-${f.name}-hint`;
    hint.textContent = f.label ? f.hint : `${f.type} · ${f.hint}`;
    const err = document.createElement('small');
    err.className = 'param-error';
    err.id = `${prefix}-${f.name}-error`;
    err.dataset.errorFor = f.name;
    err.hidden = true;
    control.setAttribute('aria-describedby', hint.id);
    row.append(name, control, err, hint);
    form.append(row);
    inputs.set(f.name, control);
    if (f.input === 'node' && control instanceof HTMLInputElement) hooks.attachNodePicker(control);
  }
  const read = (): Record<string, string> => {
    const raw: Record<string, string> = {};
    for (const [name, input] of inputs) raw[name] = input instanceof HTMLInputElement && input.type === 'checkbox' ? String(input.checked) : (input.dataset.nodeId ?? input.value);
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

/**
 * Shows each error on the line under its field (aria-invalid, and the error joins the field's description),
 * clears the others, and moves the focus to the first field in error. Returns that field.
 */
export function showParamErrors(host: HTMLElement, errors: Readonly<Record<string, string>>, opts: { focus?: boolean } = {}): HTMLElement | undefined {
  let first: HTMLElement | undefined;
  for (const err of host.querySelectorAll<HTMLElement>('.param-error')) {
    const name = err.dataset.errorFor ?? '';
    const message = errors[name];
    const control = host.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    err.textContent = message ?? '';
    err.hidden = !message;
    if (!control) continue;
    const hintId = control.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-hint')) ?? '';
    if (message) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${err.id} ${hintId}`.trim());
      first ??= control;
    } else {
      control.removeAttribute('aria-invalid');
      control.setAttribute('aria-describedby', hintId);
    }
  }
  if (first && opts.focus !== false) {
    first.focus();
    first.scrollIntoView({ block: 'nearest' });
  }
  return first;
}

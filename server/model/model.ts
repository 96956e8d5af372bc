/**
 * The data model in machine-readable form: labels, their properties and vocabularies, relationship types with
 * the labels they connect and their properties. docs/model.md describes the same model in prose, and a unit
 * test keeps the two in step. Ingest (server/ingest/) checks every facts file against this module.
 */

export type PropertyType = 'string' | 'string[]' | 'boolean' | 'number';

export const LABELS = [
  'Source',
  'Country',
  'Person',
  'Organization',
  'Agreement',
  'Event',
  'TrainingProgramme',
  'Product',
  'Place',
] as const;
export type Label = (typeof LABELS)[number];
/** Labels of the nodes an article introduces (a :Source is made from the bundle's metadata). */
export type DomainLabel = Exclude<Label, 'Source'>;
export const DOMAIN_LABELS = LABELS.filter((l): l is DomainLabel => l !== 'Source');

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The ISO 8601 form each precision allows: '2018', '2024-05', '2025-03-25'. */
export const DATE_FORMS: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

export function precisionOf(date: string): DatePrecision | undefined {
  return DATE_PRECISIONS.find((p) => DATE_FORMS[p].test(date));
}

/** Properties every node has or may have; `aliasesText` and `searchText` are derived, never written by hand. */
export const COMMON_NODE_PROPERTIES = {
  id: 'string',
  name: 'string',
  nameAr: 'string',
  nameArNote: 'string',
  nameTr: 'string',
  aliases: 'string[]',
  aliasesText: 'string',
  searchText: 'string',
  description: 'string',
} as const satisfies Record<string, PropertyType>;

/** Date properties a dated node may carry (see "Dates" in docs/model.md). */
export const DATE_PROPERTIES = {
  date: 'string',
  datePrecision: 'string',
  dateInferred: 'boolean',
  dateNote: 'string',
  dateSources: 'string[]',
  dateQuote: 'string',
  startDate: 'string',
  endDate: 'string',
} as const satisfies Record<string, PropertyType>;

export interface LabelSpec {
  /** Every id of this label starts with it. */
  idPrefix: string;
  /** Label-specific properties (besides the common ones). */
  properties: Record<string, PropertyType>;
  /** Allowed values of `kind`, when the label has kinds. */
  kinds?: readonly string[];
  /** Allowed values of `status`, when the label has statuses. */
  statuses?: readonly string[];
  /** Whether the date properties apply. */
  dated?: boolean;
}

export const LABEL_SPECS: Record<Label, LabelSpec> = {
  Source: {
    idPrefix: 'source-',
    dated: true,
    properties: {
      publication: 'string',
      publicationAr: 'string',
      title: 'string',
      titleAr: 'string',
      titleTr: 'string',
      language: 'string',
      author: 'string',
      authorAr: 'string',
      url: 'string',
      note: 'string',
      file: 'string',
    },
  },
  Country: { idPrefix: 'country-', properties: { domesticDefenceProduction: 'boolean' } },
  Person: { idPrefix: 'person-', properties: { anonymous: 'boolean' } },
  Organization: {
    idPrefix: 'org-',
    properties: { kind: 'string' },
    kinds: ['ministry', 'armed_force', 'gendarmerie', 'security_force', 'command', 'media_outlet', 'international_organisation', 'industry_sector'],
  },
  Agreement: {
    idPrefix: 'agreement-',
    dated: true,
    properties: {
      kind: 'string',
      status: 'string',
      purpose: 'string',
      topic: 'string',
      value: 'number',
      currency: 'string',
      valueText: 'string',
      valueTextAr: 'string',
    },
    kinds: ['agreement', 'executive_protocol', 'protocol', 'contract'],
    statuses: ['signed', 'under_negotiation', 'planned'],
  },
  Event: {
    idPrefix: 'event-',
    dated: true,
    properties: { kind: 'string', characterisation: 'string' },
    kinds: ['visit', 'consultations', 'summit'],
  },
  TrainingProgramme: {
    idPrefix: 'training-',
    properties: { kind: 'string', status: 'string' },
    kinds: ['course', 'training_area', 'catalogue'],
    statuses: ['delivered', 'planned', 'available', 'published_yearly'],
  },
  Product: { idPrefix: 'product-', properties: { kind: 'string' }, kinds: ['uav', 'capability'] },
  Place: { idPrefix: 'place-', properties: { kind: 'string' }, kinds: ['city', 'region'] },
};

/** Provenance properties every relationship carries, written by ingest from the facts' quotes. */
export const PROVENANCE_PROPERTIES = {
  sources: 'string[]',
  quotes: 'string[]',
  quotesEn: 'string[]',
  quote: 'string',
  quoteEn: 'string',
} as const satisfies Record<string, PropertyType>;

export interface RelationshipSpec {
  from: readonly Label[];
  to: readonly Label[];
  /** Properties besides provenance (and besides `note`, which any relationship may carry). */
  properties: Record<string, PropertyType>;
  /** Properties that are part of the MERGE key with the endpoints and the type (one edge per value). */
  key?: readonly string[];
}

const ANY_DOMAIN: readonly Label[] = DOMAIN_LABELS;

export const RELATIONSHIP_SPECS = {
  MENTIONED_IN: { from: ANY_DOMAIN, to: ['Source'], properties: {} },
  PUBLISHED_BY: { from: ['Source', 'TrainingProgramme'], to: ['Organization'], properties: { edition: 'string', frequency: 'string' } },
  WROTE: { from: ['Person'], to: ['Source'], properties: { role: 'string', roleAr: 'string' } },
  WRITES_FOR: { from: ['Person'], to: ['Organization'], properties: { role: 'string', roleAr: 'string' } },
  INTERVIEWED: { from: ['Person'], to: ['Person'], properties: { medium: 'string' } },
  REPORTED: { from: ['Organization'], to: ['Agreement'], properties: {} },
  HEAD_OF: { from: ['Person'], to: ['Country', 'Organization'], properties: { title: 'string', titleAr: 'string' } },
  AMBASSADOR_OF: { from: ['Person'], to: ['Country'], properties: { title: 'string', titleAr: 'string' } },
  POSTED_TO: { from: ['Person'], to: ['Country'], properties: { role: 'string', roleAr: 'string' } },
  SERVES_IN: { from: ['Person'], to: ['Organization'], properties: { role: 'string', roleAr: 'string' } },
  SECONDED_TO: {
    from: ['Person'],
    to: ['Country', 'Organization'],
    properties: { role: 'string', roleAr: 'string', duration: 'string', durationText: 'string' },
  },
  PARTNER_OF: { from: ['Country'], to: ['Country'], properties: { domains: 'string[]', description: 'string' } },
  LOCATED_IN: { from: ['Country', 'Place', 'Organization'], to: ['Place', 'Country'], properties: {} },
  CONTRASTED_WITH: { from: ['Country'], to: ['Country'], properties: { aspect: 'string', description: 'string' } },
  POSES_THREAT_IN: { from: ['Country'], to: ['Place'], properties: { description: 'string', trend: 'string' } },
  EXPANDING_PRESENCE_IN: { from: ['Country'], to: ['Place'], properties: { means: 'string', description: 'string' } },
  PART_OF: { from: ['Organization'], to: ['Organization', 'Country'], properties: { description: 'string' } },
  COUNTERPART_OF: { from: ['Organization'], to: ['Organization'], properties: { domain: 'string' } },
  MEMBER_OF: {
    from: ['Organization'],
    to: ['Organization'],
    properties: { status: 'string', since: 'string', sincePrecision: 'string', sinceNote: 'string', admittedAt: 'string' },
    key: ['status'],
  },
  ADMITTED_AT: { from: ['Organization'], to: ['Event'], properties: { status: 'string' } },
  PARTICIPATED_IN: { from: ['Person', 'Country'], to: ['Event'], properties: { role: 'string', roleAr: 'string' } },
  TOOK_PLACE_IN: { from: ['Event'], to: ['Place', 'Country'], properties: {} },
  HOSTED: { from: ['Organization'], to: ['Event'], properties: {} },
  CONVENED: { from: ['Organization'], to: ['Event'], properties: {} },
  PARTY_TO: { from: ['Country', 'Organization'], to: ['Agreement'], properties: { role: 'string', roleAr: 'string' } },
  OVERSAW: {
    from: ['Person'],
    to: ['Agreement'],
    properties: { role: 'string', roleAr: 'string', statementAr: 'string', statementEn: 'string', statementSource: 'string' },
  },
  SIGNED_DURING: { from: ['Agreement'], to: ['Event'], properties: {} },
  CONCERNS: { from: ['Agreement'], to: ['Organization'], properties: { topic: 'string' } },
  BENEFITS: { from: ['Agreement'], to: ['Organization'], properties: { purpose: 'string' } },
  COVERS: { from: ['Agreement'], to: ['Product', 'TrainingProgramme'], properties: { status: 'string' } },
  FOLLOWS: { from: ['Agreement'], to: ['Agreement'], properties: { description: 'string' } },
  PURCHASED: { from: ['Country'], to: ['Product'], properties: { value: 'number', currency: 'string', year: 'string', contract: 'string' } },
  PRODUCED_BY: { from: ['Product'], to: ['Country', 'Organization'], properties: {} },
  BECAME_FAMOUS_IN: { from: ['Product'], to: ['Country'], properties: {} },
  PROVIDES_TRAINING_TO: { from: ['Organization'], to: ['Organization'], properties: { also: 'string' } },
  TRAINS: { from: ['TrainingProgramme'], to: ['Organization'], properties: { status: 'string' } },
  LISTED_IN: { from: ['TrainingProgramme'], to: ['TrainingProgramme'], properties: {} },
  SELECTS_FROM: { from: ['Organization'], to: ['TrainingProgramme'], properties: { basis: 'string', evaluation: 'string' } },
  OFFERS: { from: ['Organization'], to: ['Product'], properties: {} },
  SEEKS_TO_SUPPLY: { from: ['Country', 'Organization'], to: ['Country', 'Organization'], properties: { what: 'string' } },
  SEEKS_COOPERATION_WITH: { from: ['Organization'], to: ['Organization'], properties: { areas: 'string[]' } },
  PLANS_TO_EXTEND_TO: {
    from: ['Organization'],
    to: ['Organization'],
    properties: { scope: 'string', startedWith: 'string', status: 'string' },
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_SPECS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_SPECS) as RelationshipType[];

/** Any relationship may carry a `note` saying what inference it rests on. */
export const RELATIONSHIP_NOTE = { note: 'string' } as const satisfies Record<string, PropertyType>;

export function relationshipSpec(type: string): RelationshipSpec | undefined {
  return Object.hasOwn(RELATIONSHIP_SPECS, type) ? (RELATIONSHIP_SPECS as Record<string, RelationshipSpec>)[type] : undefined;
}

/** Properties a node of `label` may carry (common, date when dated, label-specific). */
export function nodeProperties(label: Label): Record<string, PropertyType> {
  const spec = LABEL_SPECS[label];
  return { ...COMMON_NODE_PROPERTIES, ...(spec.dated ? DATE_PROPERTIES : {}), ...spec.properties };
}

/** Whether `value` has property type `type`. */
export function hasType(value: unknown, type: PropertyType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

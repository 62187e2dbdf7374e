import { t, type MessageKey } from '../../shared/i18n/translate.ts';

export const sectionIds = [
  'store',
  'language',
  'currencies',
  'terminals',
  'stripeProfiles',
  'stripeReaders',
  'mercadoPago',
  'paymentMethods',
  'cardSettings',
  'guaranteePolicies',
  'autopilot',
  'staff',
  'approvals',
  'audit',
  'provisioning',
  'bookkeepingExport',
  'shifts',
  'salesReports',
  'customerDisplay',
  'mail',
  'printers',
] as const;
export type SectionId = (typeof sectionIds)[number];

type GroupId = 'shop' | 'payments' | 'people' | 'setup';

/** A field the search box can find: its label and the id of its control (or of the part of the page). */
export interface FieldEntry {
  label: MessageKey;
  anchor: string;
}

export interface SectionSpec {
  id: SectionId;
  group: GroupId;
  title: MessageKey;
  summary: MessageKey;
  /** Other words an owner might search for. */
  keywords: MessageKey;
  fields: readonly FieldEntry[];
}

const field = (label: MessageKey, anchor: string): FieldEntry => ({ label, anchor });

export const groups: readonly { id: GroupId; title: MessageKey }[] = [
  { id: 'shop', title: 'prefs.group.shop' },
  { id: 'payments', title: 'prefs.group.payments' },
  { id: 'people', title: 'prefs.group.people' },
  { id: 'setup', title: 'prefs.group.setup' },
];

export const sections: readonly SectionSpec[] = [
  {
    id: 'store',
    group: 'shop',
    title: 'prefs.store.title',
    summary: 'prefs.store.summary',
    keywords: 'prefs.store.keywords',
    fields: [
      field('prefs.store.name', 'store-name'),
      field('prefs.store.country', 'store-country'),
      field('prefs.store.currency', 'store-currency'),
      field('prefs.store.locale', 'store-locale'),
      field('prefs.store.pricesIncludeTax', 'store-tax'),
      field('prefs.store.rounding', 'store-rounding'),
    ],
  },
  {
    id: 'language',
    group: 'shop',
    title: 'prefs.language.title',
    summary: 'prefs.language.summary',
    keywords: 'prefs.language.keywords',
    fields: [field('prefs.language.locale', 'language-locale'), field('prefs.language.ui', 'language-ui')],
  },
  {
    id: 'currencies',
    group: 'shop',
    title: 'prefs.currencies.title',
    summary: 'prefs.currencies.summary',
    keywords: 'prefs.currencies.keywords',
    fields: [
      field('prefs.currencies.storeCurrency', 'currencies-store'),
      field('prefs.currencies.settlement', 'currencies-settlement'),
      field('prefs.currencies.rates', 'rate-currency'),
    ],
  },
  {
    id: 'terminals',
    group: 'payments',
    title: 'prefs.terminals.title',
    summary: 'prefs.terminals.summary',
    keywords: 'prefs.terminals.keywords',
    fields: [
      field('prefs.terminals.stripe', 'terminals-stripe'),
      field('prefs.terminals.mercadoPago', 'terminals-mercadopago'),
    ],
  },
  {
    id: 'stripeProfiles',
    group: 'payments',
    title: 'prefs.profiles.title',
    summary: 'prefs.profiles.summary',
    keywords: 'prefs.profiles.keywords',
    fields: [
      field('prefs.profiles.name', 'profile-name'),
      field('prefs.profiles.accountId', 'profile-accountId'),
      field('prefs.profiles.publishableKey', 'profile-publishableKey'),
      field('prefs.profiles.secretKey', 'profile-secretKey'),
      field('prefs.profiles.settlementCurrency', 'profile-settlementCurrency'),
      field('prefs.profiles.production', 'profile-production'),
    ],
  },
  {
    id: 'stripeReaders',
    group: 'payments',
    title: 'prefs.readers.title',
    summary: 'prefs.readers.summary',
    keywords: 'prefs.readers.keywords',
    fields: [
      field('readers.code', 'register-registrationCode'),
      field('readers.locations', 'location-displayName'),
    ],
  },
  {
    id: 'mercadoPago',
    group: 'payments',
    title: 'prefs.mp.title',
    summary: 'prefs.mp.summary',
    keywords: 'prefs.mp.keywords',
    fields: [
      field('prefs.mp.accessToken', 'mp-accessToken'),
      field('prefs.mp.webhookSecret', 'mp-webhookSecret'),
      field('prefs.mp.country', 'mp-country'),
      field('prefs.mp.terminals', 'mp-terminals'),
    ],
  },
  {
    id: 'paymentMethods',
    group: 'payments',
    title: 'prefs.methods.title',
    summary: 'prefs.methods.summary',
    keywords: 'prefs.methods.keywords',
    fields: [
      field('prefs.methods.name', 'method-name'),
      field('prefs.methods.journal', 'method-journal'),
      field('prefs.methods.terminal', 'method-terminal'),
      field('prefs.methods.terminalRef', 'method-terminalRef'),
      field('prefs.methods.profile', 'method-profileId'),
      field('prefs.methods.identifyCustomer', 'method-identifyCustomer'),
      field('prefs.methods.outstandingAccount', 'method-outstandingAccount'),
      field('prefs.methods.intermediaryAccount', 'method-intermediaryAccount'),
      field('prefs.methods.active', 'method-active'),
    ],
  },
  {
    id: 'cardSettings',
    group: 'payments',
    title: 'prefs.cards.title',
    summary: 'prefs.cards.summary',
    keywords: 'prefs.cards.keywords',
    fields: [
      field('prefs.cards.validatingAmount', 'cards-validatingAmount'),
      field('prefs.cards.requireCvc', 'cards-requireCvc'),
      field('prefs.cards.billingAddress', 'cards-billingAddress'),
      field('prefs.cards.brands', 'cards-brands'),
    ],
  },
  {
    id: 'guaranteePolicies',
    group: 'payments',
    title: 'prefs.guarantee.title',
    summary: 'prefs.guarantee.summary',
    keywords: 'prefs.guarantee.keywords',
    fields: [
      field('prefs.guarantee.tab', 'guarantee-tab-hold'),
      field('prefs.guarantee.pickup', 'guarantee-pickup-hold'),
      field('prefs.guarantee.prepay', 'guarantee-pickup-prepay'),
      field('prefs.guarantee.card', 'guarantee-pickup-card'),
    ],
  },
  {
    id: 'autopilot',
    group: 'payments',
    title: 'autopilot.title',
    summary: 'autopilot.summary',
    keywords: 'autopilot.keywords',
    fields: [
      field('autopilot.holdsRule', 'autopilot-holds'),
      field('autopilot.hoursBefore', 'autopilot-hoursBefore'),
      field('autopilot.retryRule', 'autopilot-retry'),
      field('autopilot.validationRule', 'autopilot-validation'),
    ],
  },
  {
    id: 'staff',
    group: 'people',
    title: 'prefs.staff.title',
    summary: 'prefs.staff.summary',
    keywords: 'prefs.staff.keywords',
    fields: [
      field('prefs.staff.name', 'staff-name'),
      field('prefs.staff.role', 'staff-role'),
      field('prefs.staff.pin', 'staff-pin'),
      field('prefs.staff.active', 'staff-active'),
    ],
  },
  {
    id: 'approvals',
    group: 'people',
    title: 'prefs.approvals.title',
    summary: 'prefs.approvals.summary',
    keywords: 'prefs.approvals.keywords',
    fields: [
      field('prefs.approvals.discountPercent', 'approvals-discountPercent'),
      field('prefs.approvals.refundLimitField', 'approvals-refundLimit'),
    ],
  },
  {
    id: 'audit',
    group: 'people',
    title: 'prefs.audit.title',
    summary: 'prefs.audit.summary',
    keywords: 'prefs.audit.keywords',
    fields: [],
  },
  {
    id: 'provisioning',
    group: 'setup',
    title: 'prefs.provisioning.title',
    summary: 'prefs.provisioning.summary',
    keywords: 'prefs.provisioning.keywords',
    fields: [field('prefs.provisioning.file', 'provisioning-file')],
  },
  {
    id: 'bookkeepingExport',
    group: 'setup',
    title: 'prefs.export.title',
    summary: 'prefs.export.summary',
    keywords: 'prefs.export.keywords',
    fields: [field('prefs.export.from', 'export-from'), field('prefs.export.to', 'export-to')],
  },
  {
    id: 'shifts',
    group: 'shop',
    title: 'prefs.shifts.title',
    summary: 'prefs.shifts.summary',
    keywords: 'prefs.shifts.keywords',
    fields: [
      field('prefs.shifts.movementLimit', 'shifts-cashMovementLimit'),
      field('prefs.shifts.differenceLimit', 'shifts-differenceLimit'),
    ],
  },
  {
    id: 'salesReports',
    group: 'setup',
    title: 'prefs.reports.title',
    summary: 'prefs.reports.summary',
    keywords: 'prefs.reports.keywords',
    fields: [field('prefs.reports.by', 'reports-by')],
  },
  {
    id: 'customerDisplay',
    group: 'shop',
    title: 'prefs.display.title',
    summary: 'prefs.display.summary',
    keywords: 'prefs.display.keywords',
    fields: [field('prefs.display.monitor', 'display-monitor')],
  },
  {
    id: 'mail',
    group: 'shop',
    title: 'prefs.mail.title',
    summary: 'prefs.mail.summary',
    keywords: 'prefs.mail.keywords',
    fields: [
      field('prefs.mail.host', 'mail-host'),
      field('prefs.mail.port', 'mail-port'),
      field('prefs.mail.security', 'mail-security'),
      field('prefs.mail.user', 'mail-user'),
      field('prefs.mail.password', 'mail-password'),
      field('prefs.mail.from', 'mail-from'),
      field('prefs.mail.testTo', 'mail-test-to'),
    ],
  },
  {
    id: 'printers',
    group: 'shop',
    title: 'prefs.printers.title',
    summary: 'prefs.printers.summary',
    keywords: 'prefs.printers.keywords',
    fields: [
      field('prefs.printers.listTitle', 'printers-list'),
      field('prefs.printers.drawer', 'printers-list'),
      field('prefs.receipt.address', 'receipt-address'),
      field('prefs.receipt.taxId', 'receipt-taxId'),
      field('prefs.receipt.footer', 'receipt-footer'),
      field('prefs.receipt.qr', 'receipt-qr'),
    ],
  },
];

export interface SearchHit {
  section: SectionId;
  field: FieldEntry;
}

const normalise = (text: string) =>
  text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

/**
 * The sections and fields a search matches: every word typed must appear in the section's title, summary or
 * keywords, or in the field's label. An empty search matches every section and lists no fields.
 */
export function searchSections(query: string): { sections: ReadonlySet<SectionId>; fields: SearchHit[] } {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { sections: new Set(sectionIds), fields: [] };
  const matches = (text: string) => {
    const haystack = normalise(text);
    return words.every((w) => haystack.includes(w));
  };
  const found = new Set<SectionId>();
  const fields: SearchHit[] = [];
  for (const spec of sections) {
    const about = `${t(spec.title)} ${t(spec.summary)} ${t(spec.keywords)}`;
    const hits = spec.fields.filter((f) => matches(`${t(f.label)} ${t(spec.title)}`));
    if (matches(about) || hits.length > 0) found.add(spec.id);
    for (const f of hits) fields.push({ section: spec.id, field: f });
  }
  return { sections: found, fields };
}

export function sectionSpec(id: SectionId): SectionSpec {
  const spec = sections.find((s) => s.id === id);
  if (!spec) throw new Error(`No preferences section ${id}`);
  return spec;
}

/**
 * Interface language and the names shown for nodes and relationship types. Three modes: English, Arabic,
 * or both side by side. Arabic mode also mirrors the page (dir="rtl").
 */
import type { Props } from './api-types.ts';

import { LANGS } from '../../shared/constants.ts';

export type Lang = (typeof LANGS)[number];
export { LANGS };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The name of a node in one language, falling back to the other script, then to its id. */
export function nodeName(props: Props, lang: Lang, fallback = ''): string {
  const en = str(props.name) ?? str(props.title);
  const ar = str(props.nameAr) ?? str(props.titleAr);
  if (lang === 'ar') return ar ?? en ?? fallback;
  if (lang === 'both') return en && ar && en !== ar ? `${en}\n${ar}` : (en ?? ar ?? fallback);
  return en ?? ar ?? fallback;
}

/**
 * Text drawn on a canvas or in SVG gets the direction of the page around it, so a Latin name in the Arabic
 * interface (or an Arabic one in English) would have its brackets and numbers moved. Each line is a first-strong
 * isolate (FSI … PDI): it takes its own direction from its first letter, in either interface.
 */
export function isolateLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `\u2068${line}\u2069`)
    .join('\n');
}

/** A relationship's role in the reader's language (the English one where the facts give no Arabic). */
export function roleName(l: { role: string | null; roleAr: string | null }, lang: Lang): string | undefined {
  return (lang === 'ar' ? (l.roleAr ?? l.role) : l.role) ?? undefined;
}

/** Arabic glosses for relationship types; unknown types fall back to a readable form of the type. */
const REL_AR: Record<string, string> = {
  MENTIONED_IN: 'ورد في',
  PUBLISHED_BY: 'نشرته',
  WROTE: 'كتب',
  WRITES_FOR: 'يكتب لـ',
  INTERVIEWED: 'حاور',
  REPORTED: 'أورد',
  HEAD_OF: 'رئيس',
  AMBASSADOR_OF: 'سفير',
  POSTED_TO: 'معتمد لدى',
  SERVES_IN: 'يخدم في',
  SECONDED_TO: 'منتدب إلى',
  PARTNER_OF: 'شريك',
  LOCATED_IN: 'يقع في',
  CONTRASTED_WITH: 'مقارنة مع',
  POSES_THREAT_IN: 'يشكّل تهديداً في',
  EXPANDING_PRESENCE_IN: 'يوسّع حضوره في',
  PART_OF: 'جزء من',
  COUNTERPART_OF: 'نظير',
  MEMBER_OF: 'عضو في',
  ADMITTED_AT: 'قُبل عضواً في',
  PARTICIPATED_IN: 'شارك في',
  TOOK_PLACE_IN: 'جرى في',
  HOSTED: 'استضاف',
  CONVENED: 'عقد',
  PARTY_TO: 'طرف في',
  OVERSAW: 'رعى',
  SIGNED_DURING: 'وُقّع خلال',
  CONCERNS: 'يتعلق بـ',
  BENEFITS: 'يخدم',
  COVERS: 'يشمل',
  FOLLOWS: 'يلي',
  PURCHASED: 'اشترى',
  PRODUCED_BY: 'من إنتاج',
  BECAME_FAMOUS_IN: 'اشتهر في',
  PROVIDES_TRAINING_TO: 'يدرّب',
  TRAINS: 'يدرّب',
  LISTED_IN: 'مدرج في',
  SELECTS_FROM: 'يختار من',
  OFFERS: 'يقدّم',
  SEEKS_TO_SUPPLY: 'يسعى لتزويد',
  SEEKS_COOPERATION_WITH: 'يسعى للتعاون مع',
  PLANS_TO_EXTEND_TO: 'يعتزم التوسع إلى',
};

export function relationName(type: string, lang: Lang): string {
  const en = type.toLowerCase().replace(/_/g, ' ');
  const ar = REL_AR[type];
  if (lang === 'ar') return ar ?? en;
  if (lang === 'both') return ar ? `${en} · ${ar}` : en;
  return en;
}

/** Interface strings. 'both' uses the English interface with bilingual data. */
export const UI_STRINGS = {
  en: {
    title: 'Knowledge-graph explorer',
    searchPlaceholder: 'Search people, agreements, organisations… (English or العربية)',
    language: 'Language',
    layout: 'Layout',
    relayout: 'Re-layout',
    export: 'Export',
    filters: 'Filters',
    queries: 'Queries',
    console: 'Cypher',
    connections: 'Connections',
    details: 'Details',
    nodeTypes: 'Node types',
    relTypes: 'Relationship types',
    timeline: 'Timeline',
    resetTimeline: 'Full range',
    noDates: 'No dated agreements or events in view',
    agreementsView: 'Agreements',
    overview: 'Whole graph',
    expand: 'Expand',
    collapse: 'Collapse',
    hide: 'Hide',
    pin: 'Pin',
    unpin: 'Unpin',
    undoExpand: 'Undo expansion',
    showHidden: 'Show hidden',
    fit: 'Fit',
    layout_ranks: 'Agreements in the middle',
    layout_fcose: 'Force-directed',
    layout_dagre: 'Hierarchy',
    layout_concentric: 'Concentric',
    layout_circle: 'Circle',
    layout_breadthfirst: 'Tree',
    layout_grid: 'Grid',
    layout_preset: 'Saved positions',
    from: 'From',
    to: 'To',
    findPaths: 'Find connection',
    useSelected: 'Use selected',
    run: 'Run',
    loading: 'Loading…',
    emptyScene: 'Nothing to show. Search for a name, open the agreements view or run a query.',
    noResult: 'The query ran and returned no graph elements.',
    neo4jDown: 'The graph database is not reachable. Data shown may be incomplete; retrying…',
    names: 'Names',
    properties: 'Properties',
    provenance: 'Sources',
    noSources: 'No source recorded for this item.',
    date: 'Date',
    selectSomething: 'Select a node or a relationship to see its names, dates and sources.',
    visible: 'visible',
    nodes: 'nodes',
    edges: 'relationships',
    truncated: 'Result truncated by the server cap',
    bigScene: 'big-scene mode',
    pathsFound: 'shortest path(s)',
    noPath: 'No path between these two within the length limit.',
    readOnly: 'Read-only: queries that write are refused.',
    png: 'PNG image',
    svg: 'SVG image',
    json: 'JSON of the view',
    scale: 'Scale',
    background: 'Background',
    white: 'White',
    transparent: 'Transparent',
    download: 'Download',
    legend: 'Legend',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    linkFailed: 'The link could not be copied; here it is',
    linkGraphChanged: 'The graph changed since this link was made: laid out afresh',
    linkUnknown: 'This link is not known here (it may have been made on another server). Showing the default view.',
    signed: 'signed',
    under_negotiation: 'under negotiation',
    planned: 'planned',
    precision_year: 'year only',
    precision_month: 'month only',
    precision_day: 'exact day',
    quoteAr: 'Arabic quote',
    quoteEn: 'English gloss',
    openSource: 'Open article',
    rows: 'rows',
    retry: 'Retry',
    nothingNew: 'nothing new around this node',
    inferred: 'inferred',
    filterAll: 'all',
    filterNone: 'none',
    noMatch: 'No match',
    pickTwoFirst: 'Pick two nodes from the suggestions first.',
    typeAName: 'Type a name…',
    /** Reading direction arrows: "from … to …", and a connector arrow. */
    towards: '⇢',
    arrow: '→',
    listSeparator: ', ',
    citeSeparator: '; ',
    source: 'Source',
    sources: 'Sources',
    noSourcesShown: 'no source recorded for the elements shown',
    whoSigned: 'Who signed it',
    parties: 'Parties',
    signatories: 'Signatories',
    overseers: 'Overseen by',
    signedDuring: 'Signed during',
    status: 'Status',
    partyTo: 'Agreements',
    roleUnstated: 'role not stated',
    supports: 'Supports:',
    table: 'Table',
    onScreen: 'On screen',
    agreementsTable: 'Agreements',
    filterRows: 'Filter rows…',
    csv: 'CSV',
    colName: 'Name',
    colType: 'Type',
    colStatus: 'Status',
    colKind: 'Kind',
    colAgreement: 'Agreement',
    exportFrame: 'Title, legend and sources',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Fit the scene to the canvas',
    since: 'since',
    pathVariants: 'paths read this way; they differ only as shown in brackets',
    openPublication: 'Publication’s site',
    snapshot: 'Snapshot',
    snapshotHeading: 'Snapshot of this view',
    snapshotExplain: 'Freezes what is on screen — elements, positions, style, viewport, language, the query and filters, the sources cited — as a permanent picture with a stable link.',
    snapshotTitle: 'Title',
    snapshotToken: 'API token (this server requires one to save)',
    snapshotSave: 'Save snapshot',
    snapshotSaving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    readArticle: 'Read article',
    showInArticle: 'Show in article',
    articleReader: 'Article reader',
    readerCoverage: '{covered} of {total} sentences back a fact — {percent}%',
    readerLegendPassage: 'Quoted passage',
    readerLegendUncovered: 'Not yet in the graph',
    readerLegendMention: 'Names a node only',
    readerPickPassage: 'Point at, click or tab to a highlighted passage to see the facts it supports.',
    readerNoPassages: 'No passage of this article is quoted in the graph yet.',
    readerPassageFacts: 'Passage {n} supports',
    readerPassageLabel: 'Passage {n}: {facts} facts',
    readerMentions: 'Mentions:',
    readerNoText: 'The article’s text is not available on this server.',
    readerText: 'Article text',
    snapshotSaved: 'Snapshot saved',
    snippetMarkdown: 'Markdown image',
    snippetHtml: 'HTML image',
    snippetIframe: 'Interactive embed (iframe)',
    snippetLink: 'Reopen in the explorer',
    copy: 'Copy',
    copied: 'Copied',
    snapshotEmpty: 'There is nothing on screen to freeze.',
    openInExplorer: 'Open in the explorer',
    dataAsOf: 'Data as of',
    snapshotFailed: 'This snapshot could not be loaded.',
    skipLinks: 'Skip links',
    skipToGraph: 'Skip to the graph',
    skipToDetails: 'Skip to the details',
    skipToTools: 'Skip to the tools',
    search: 'Search',
    tools: 'Tools',
    menu: 'Menu',
    graphLabel: 'Graph: arrow keys move between neighbours, Enter selects',
    graphHelp: 'Arrow keys move to a neighbour, Enter selects it. The list after the graph names every node and relationship shown.',
    sceneList: 'The graph as a list',
    selectedItem: 'selected',
    timelineStart: 'Timeline start',
    timelineEnd: 'Timeline end',
    cypherEditor: 'Cypher query',
    views: 'Views',
    hintString: 'text',
    hintInt: 'whole number',
    hintFloat: 'number',
    hintBoolean: 'yes / no',
    hintDate: 'YYYY, YYYY-MM or YYYY-MM-DD',
    hintNodeId: 'a node: type to search',
    hintEnum: 'one of the listed values',
    paramRequired: 'A value is required',
    paramWholeNumber: 'Enter a whole number, such as 10',
    paramNumber: 'Enter a number, such as 2.5',
    paramBoolean: 'Choose yes or no',
    paramDate: 'Enter a date as YYYY, YYYY-MM or YYYY-MM-DD',
    paramChoice: 'Choose one of the listed values',
    paramAny: '(any)',
    showAllColumns: 'Show all columns',
    hiddenColumns: 'columns holding graph elements hidden',
    valuesOnly: 'values only: the graph is left as it is',
    refitAfterNarrowing: 'Refit after narrowing',
    timelineMarks: 'Dated items: Enter selects one',
    listComma: ', ',
    errNotFound: 'Not found: it may have been removed from the graph.',
    errUnavailable: 'The graph database is not reachable right now; try again shortly.',
    errTimeout: 'This took too long and was stopped.',
    errBusy: 'The server is busy; try again in a few seconds.',
    errUnauthorized: 'This needs the API token.',
    errNetwork: 'The server did not answer; check the connection.',
    errRequest: 'The server refused this request:',
    errPosition: 'line {line}, column {column}',
    errServer: 'The server could not answer:',
  },
  ar: {
    title: 'مستكشف الرسم المعرفي',
    searchPlaceholder: 'ابحث عن أشخاص أو اتفاقيات أو جهات… (بالعربية أو بالإنجليزية)',
    language: 'اللغة',
    layout: 'التخطيط',
    relayout: 'إعادة التخطيط',
    export: 'تصدير',
    filters: 'المرشحات',
    queries: 'الاستعلامات',
    console: 'Cypher',
    connections: 'الروابط',
    details: 'التفاصيل',
    nodeTypes: 'أنواع العُقد',
    relTypes: 'أنواع العلاقات',
    timeline: 'الخط الزمني',
    resetTimeline: 'المدى الكامل',
    noDates: 'لا توجد اتفاقيات أو أحداث مؤرخة في العرض',
    agreementsView: 'الاتفاقيات',
    overview: 'الرسم كاملاً',
    expand: 'توسيع',
    collapse: 'طي',
    hide: 'إخفاء',
    pin: 'تثبيت',
    unpin: 'إلغاء التثبيت',
    undoExpand: 'تراجع عن التوسيع',
    showHidden: 'إظهار المخفي',
    fit: 'ملاءمة',
    layout_ranks: 'الاتفاقيات في الوسط',
    layout_fcose: 'قوى متوازنة',
    layout_dagre: 'تسلسل هرمي',
    layout_concentric: 'دوائر متحدة المركز',
    layout_circle: 'دائرة',
    layout_breadthfirst: 'شجرة',
    layout_grid: 'شبكة',
    layout_preset: 'المواضع المحفوظة',
    from: 'من',
    to: 'إلى',
    findPaths: 'ابحث عن الصلة',
    useSelected: 'استخدم المحدد',
    run: 'تشغيل',
    loading: 'جارٍ التحميل…',
    emptyScene: 'لا شيء لعرضه. ابحث عن اسم أو افتح عرض الاتفاقيات أو شغّل استعلاماً.',
    noResult: 'نُفّذ الاستعلام ولم يُرجع عناصر رسم.',
    neo4jDown: 'قاعدة بيانات الرسم غير متاحة. قد تكون البيانات المعروضة ناقصة؛ جارٍ إعادة المحاولة…',
    names: 'الأسماء',
    properties: 'الخصائص',
    provenance: 'المصادر',
    noSources: 'لا يوجد مصدر مسجّل لهذا العنصر.',
    date: 'التاريخ',
    selectSomething: 'اختر عقدة أو علاقة لعرض أسمائها وتواريخها ومصادرها.',
    visible: 'ظاهرة',
    nodes: 'عُقد',
    edges: 'علاقات',
    truncated: 'النتيجة مقتطعة بحد الخادم',
    bigScene: 'وضع المشهد الكبير',
    pathsFound: 'مسار(ات) أقصر',
    noPath: 'لا يوجد مسار بينهما ضمن حد الطول.',
    readOnly: 'للقراءة فقط: تُرفض الاستعلامات التي تكتب.',
    png: 'صورة PNG',
    svg: 'صورة SVG',
    json: 'JSON للعرض',
    scale: 'المقياس',
    background: 'الخلفية',
    white: 'بيضاء',
    transparent: 'شفافة',
    download: 'تنزيل',
    legend: 'مفتاح الرموز',
    copyLink: 'نسخ الرابط',
    linkCopied: 'نُسخ الرابط',
    linkFailed: 'تعذّر نسخ الرابط، وهذا هو',
    linkGraphChanged: 'تغيّر الرسم منذ إنشاء هذا الرابط، فأُعيد ترتيبه',
    linkUnknown: 'هذا الرابط غير معروف هنا (ربما أُنشئ على خادم آخر). يُعرض العرض الافتراضي.',
    signed: 'موقّعة',
    under_negotiation: 'قيد التفاوض',
    planned: 'مخطط لها',
    precision_year: 'السنة فقط',
    precision_month: 'الشهر فقط',
    precision_day: 'اليوم بالتحديد',
    quoteAr: 'الاقتباس بالعربية',
    quoteEn: 'الترجمة الإنجليزية',
    openSource: 'فتح المقال',
    rows: 'صفوف',
    retry: 'إعادة المحاولة',
    nothingNew: 'لا جديد حول هذه العقدة',
    inferred: 'مستنتج',
    filterAll: 'الكل',
    filterNone: 'لا شيء',
    noMatch: 'لا نتائج',
    pickTwoFirst: 'اختر عقدتين من القائمة أولاً.',
    typeAName: 'اكتب اسماً…',
    towards: '⇠',
    arrow: '←',
    listSeparator: '، ',
    citeSeparator: '؛ ',
    source: 'المصدر',
    sources: 'المصادر',
    noSourcesShown: 'لا مصدر مسجّل للعناصر المعروضة',
    whoSigned: 'من وقّعها',
    parties: 'الأطراف',
    signatories: 'الموقّعون',
    overseers: 'برعاية',
    signedDuring: 'وُقّعت خلال',
    status: 'الحالة',
    partyTo: 'الاتفاقيات',
    roleUnstated: 'الدور غير مذكور',
    supports: 'تدعم:',
    table: 'جدول',
    onScreen: 'المعروض',
    agreementsTable: 'الاتفاقيات',
    filterRows: 'تصفية الصفوف…',
    csv: 'CSV',
    colName: 'الاسم',
    colType: 'النوع',
    colStatus: 'الحالة',
    colKind: 'الصنف',
    colAgreement: 'الاتفاقية',
    exportFrame: 'العنوان ومفتاح الرموز والمصادر',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fitView: 'ملاءمة المشهد للوحة',
    since: 'منذ',
    pathVariants: 'مسارات تُقرأ هكذا، ولا تختلف إلا بما بين القوسين',
    openPublication: 'موقع الصحيفة',
    snapshot: 'لقطة',
    snapshotHeading: 'لقطة لهذا العرض',
    snapshotExplain: 'تجمّد ما يظهر على الشاشة — العناصر ومواضعها والنمط ومجال الرؤية واللغة والاستعلام والمرشحات والمصادر — في صورة دائمة برابط ثابت.',
    snapshotTitle: 'العنوان',
    snapshotToken: 'رمز الواجهة البرمجية (يطلبه هذا الخادم للحفظ)',
    snapshotSave: 'حفظ اللقطة',
    snapshotSaving: 'جارٍ الحفظ…',
    cancel: 'إلغاء',
    close: 'إغلاق',
    readArticle: 'قراءة المقال',
    showInArticle: 'عرض في المقال',
    articleReader: 'قارئ المقال',
    readerCoverage: '{covered} من أصل {total} جملة تسند حقيقة في الرسم — {percent}٪',
    readerLegendPassage: 'مقطع مقتبس',
    readerLegendUncovered: 'لم يُدرج في الرسم بعد',
    readerLegendMention: 'يذكر اسماً فقط',
    readerPickPassage: 'أشر إلى مقطع مظلَّل أو انقره أو انتقل إليه بمفتاح Tab لعرض الحقائق التي يسندها.',
    readerNoPassages: 'لم يُقتبس أي مقطع من هذا المقال في الرسم بعد.',
    readerPassageFacts: 'يسند المقطع {n}',
    readerPassageLabel: 'المقطع {n}: {facts} حقائق',
    readerMentions: 'يذكر:',
    readerNoText: 'نص المقال غير متاح على هذا الخادم.',
    readerText: 'نص المقال',
    snapshotSaved: 'حُفظت اللقطة',
    snippetMarkdown: 'صورة Markdown',
    snippetHtml: 'صورة HTML',
    snippetIframe: 'تضمين تفاعلي (iframe)',
    snippetLink: 'إعادة الفتح في المستكشف',
    copy: 'نسخ',
    copied: 'نُسخ',
    snapshotEmpty: 'لا شيء على الشاشة لتجميده.',
    openInExplorer: 'فتح في المستكشف',
    dataAsOf: 'البيانات بتاريخ',
    snapshotFailed: 'تعذر تحميل هذه اللقطة.',
    skipLinks: 'روابط التخطي',
    skipToGraph: 'انتقل إلى الرسم',
    skipToDetails: 'انتقل إلى التفاصيل',
    skipToTools: 'انتقل إلى الأدوات',
    search: 'بحث',
    tools: 'الأدوات',
    menu: 'القائمة',
    graphLabel: 'الرسم: تنقّل بين الجيران بمفاتيح الأسهم، واختر بمفتاح الإدخال',
    graphHelp: 'تنقلك مفاتيح الأسهم إلى عقدة مجاورة، ويختارها مفتاح الإدخال. القائمة بعد الرسم تسمّي كل عقدة وعلاقة معروضة.',
    sceneList: 'الرسم في قائمة',
    selectedItem: 'محدد',
    timelineStart: 'بداية الخط الزمني',
    timelineEnd: 'نهاية الخط الزمني',
    cypherEditor: 'استعلام Cypher',
    views: 'طرق العرض',
    hintString: 'نص',
    hintInt: 'عدد صحيح',
    hintFloat: 'عدد',
    hintBoolean: 'نعم / لا',
    hintDate: 'سنة، أو سنة-شهر، أو سنة-شهر-يوم (YYYY-MM-DD)',
    hintNodeId: 'عقدة: اكتب للبحث',
    hintEnum: 'إحدى القيم المدرجة',
    paramRequired: 'هذه القيمة مطلوبة',
    paramWholeNumber: 'أدخل عدداً صحيحاً، مثل 10',
    paramNumber: 'أدخل عدداً، مثل 2.5',
    paramBoolean: 'اختر نعم أو لا',
    paramDate: 'أدخل تاريخاً بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD',
    paramChoice: 'اختر إحدى القيم المدرجة',
    paramAny: '(الكل)',
    showAllColumns: 'إظهار كل الأعمدة',
    hiddenColumns: 'أعمدة عناصر الرسم مخفية',
    valuesOnly: 'قيم فقط: يبقى الرسم كما هو',
    refitAfterNarrowing: 'ملاءمة العرض بعد التضييق',
    timelineMarks: 'العناصر المؤرخة: يختار مفتاح الإدخال أحدها',
    listComma: '، ',
    errNotFound: 'غير موجود: ربما حُذف من الرسم.',
    errUnavailable: 'قاعدة بيانات الرسم غير متاحة الآن؛ أعد المحاولة بعد قليل.',
    errTimeout: 'استغرق هذا وقتاً طويلاً فأُوقف.',
    errBusy: 'الخادم مشغول؛ أعد المحاولة بعد ثوانٍ.',
    errUnauthorized: 'يتطلب هذا رمز الواجهة البرمجية (API token).',
    errNetwork: 'لم يُجب الخادم؛ تحقّق من الاتصال.',
    errRequest: 'رفض الخادم هذا الطلب:',
    errPosition: 'السطر {line}، العمود {column}',
    errServer: 'تعذّر على الخادم الإجابة:',
  },
} as const;

export type UiKey = keyof (typeof UI_STRINGS)['en'];

/** The interface string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, lang: Lang, values?: Record<string, string | number>): string {
  const text = lang === 'ar' ? UI_STRINGS.ar[key] : UI_STRINGS.en[key];
  return values ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : text;
}

/** The error codes of the API that have a sentence of their own (the others are refusals or failures in general). */
const ERROR_KEYS: Record<string, UiKey> = {
  not_found: 'errNotFound',
  neo4j_unavailable: 'errUnavailable',
  query_timeout: 'errTimeout',
  request_timeout: 'errTimeout',
  cypher_busy: 'errBusy',
  cypher_restarted: 'errBusy',
  too_many_concurrent: 'errBusy',
  rate_limited: 'errBusy',
  renderer_busy: 'errBusy',
  unauthorized: 'errUnauthorized',
  // api.ts's own, when no answer came at all.
  network_error: 'errNetwork',
};

/**
 * What a failed request says to the reader, in the reader's language. The server words its errors in English,
 * precisely (which parameter, which value): English readers get those words as they are. Arabic readers get a
 * sentence of their own, followed, where the server's detail is the point (a refused value), by that detail
 * isolated as left-to-right text. A request that never reached the server is a connection problem.
 */
export function errorText(err: unknown, lang: Lang): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof TypeError) return t('errNetwork', lang);
  if (lang !== 'ar') return message;
  const key = errorKind(err);
  return key === 'errServer' || key === 'errRequest' ? `${t(key, lang)} ${isolated(message)}` : t(key, lang);
}

/** The kind of a failure, as the key of its sentence: a known error code's own, else a refusal or a failure. */
export function errorKind(err: unknown): UiKey {
  if (err instanceof TypeError) return 'errNetwork';
  const e = (typeof err === 'object' && err !== null ? err : {}) as { status?: unknown; code?: unknown };
  if (typeof e.status !== 'number') return 'errServer';
  return (typeof e.code === 'string' ? ERROR_KEYS[e.code] : undefined) ?? (e.status >= 500 ? 'errServer' : 'errRequest');
}

/** Text of the other direction inside a paragraph: first-strong isolate … pop directional isolate. */
const isolated = (text: string) => `\u2068${text}\u2069`;

/** For text that shows both languages in 'both' mode (a snapshot's footer): "English · العربية". */
export function tBilingual(key: UiKey, lang: Lang): string {
  return lang === 'both' ? `${UI_STRINGS.en[key]} · ${UI_STRINGS.ar[key]}` : t(key, lang);
}

/** The page's reading direction, its lang attribute and the locale for dates, for an interface language. */
export const pageDir = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
export const pageLang = (lang: Lang): 'ar' | 'en' => (lang === 'ar' ? 'ar' : 'en');
export const dateLocale = (lang: Lang): string => (lang === 'ar' ? 'ar' : 'en-GB');

/** Arabic names of node labels for the legend and filters. */
const LABEL_AR: Record<string, string> = {
  Person: 'شخص',
  Country: 'دولة',
  Organization: 'جهة',
  Agreement: 'اتفاقية',
  Event: 'حدث',
  TrainingProgramme: 'برنامج تدريبي',
  Product: 'منتج',
  Place: 'مكان',
  Source: 'مصدر',
};

export function labelName(label: string, lang: Lang): string {
  const en = label.replace(/([a-z])([A-Z])/g, '$1 $2');
  if (lang === 'ar') return LABEL_AR[label] ?? en;
  if (lang === 'both') return LABEL_AR[label] ? `${en} · ${LABEL_AR[label]}` : en;
  return en;
}

const STATUS_AR: Record<string, string> = {
  signed: 'موقّعة',
  under_negotiation: 'قيد التفاوض',
  planned: 'مخطط لها',
  delivered: 'نُفّذ',
  available: 'متاح',
  published_yearly: 'يصدر سنوياً',
  full: 'عضو كامل',
  observer: 'مراقب',
  ambition: 'طموح',
};

export function statusName(status: string, lang: Lang): string {
  const en = status.replace(/_/g, ' ');
  if (lang === 'ar') return STATUS_AR[status] ?? en;
  if (lang === 'both' && STATUS_AR[status]) return `${en} · ${STATUS_AR[status]}`;
  return en;
}

const KIND_AR: Record<string, string> = {
  ministry: 'وزارة',
  armed_force: 'قوات مسلحة',
  gendarmerie: 'درك',
  security_force: 'قوات أمن',
  command: 'قيادة',
  media_outlet: 'وسيلة إعلام',
  international_organisation: 'منظمة دولية',
  industry_sector: 'قطاع صناعي',
  company: 'شركة',
  agreement: 'اتفاقية',
  executive_protocol: 'بروتوكول تنفيذي',
  protocol: 'بروتوكول',
  contract: 'عقد',
  visit: 'زيارة',
  meeting: 'اجتماع',
  consultations: 'مشاورات',
  summit: 'قمة',
  course: 'دورة',
  training_area: 'مجال تدريب',
  catalogue: 'دليل',
  uav: 'طائرة مسيّرة',
  capability: 'قدرة',
  city: 'مدينة',
  region: 'منطقة',
};

/** "armed_force" → "armed force" (or its Arabic name). */
export function kindName(kind: string, lang: Lang = 'en'): string {
  const en = kind.replace(/_/g, ' ');
  if (lang === 'ar') return KIND_AR[kind] ?? en;
  return en;
}

/** Arabic names of the properties the details panel lists (keys of the model's labels and relationships). */
const PROP_AR: Record<string, string> = {
  admittedAt: 'قُبل في', also: 'أيضاً', anonymous: 'مجهول الهوية', areas: 'المجالات', aspect: 'الجانب', author: 'الكاتب',
  authorAr: 'الكاتب', basis: 'الأساس', characterisation: 'الوصف', contract: 'العقد', currency: 'العملة', domain: 'المجال',
  domains: 'المجالات', domesticDefenceProduction: 'الإنتاج الدفاعي المحلي', duration: 'المدة', durationText: 'المدة',
  edition: 'الطبعة', evaluation: 'التقييم', file: 'الملف', frequency: 'التواتر', language: 'اللغة', means: 'الوسيلة',
  medium: 'الوسيلة الإعلامية', note: 'ملاحظة', publication: 'المطبوعة', publicationAr: 'المطبوعة', purpose: 'الغرض',
  role: 'الدور', roleAr: 'الدور', scope: 'النطاق', since: 'منذ', sinceNote: 'ملاحظة التاريخ', sincePrecision: 'دقة التاريخ',
  statementAr: 'التصريح', statementEn: 'التصريح بالإنجليزية', statementSource: 'مصدر التصريح', status: 'الحالة',
  topic: 'الموضوع', trend: 'الاتجاه', url: 'الرابط', value: 'القيمة', valueText: 'القيمة', valueTextAr: 'القيمة',
  what: 'ماذا', year: 'السنة', kind: 'النوع', startedWith: 'بدأ بـ',
};

/** "sinceNote" → "since note" (or its Arabic name). */
export function propertyName(key: string, lang: Lang): string {
  const en = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return lang === 'ar' ? (PROP_AR[key] ?? en) : en;
}

/**
 * The properties to list for a language: in Arabic a key's Arabic twin (roleAr for role) stands in for it,
 * in English the twin is left to the Arabic interface when the English value exists.
 */
export function propertyKeysFor(keys: readonly string[], lang: Lang): string[] {
  const set = new Set(keys);
  if (lang === 'ar') return keys.filter((k) => !set.has(`${k}Ar`));
  if (lang === 'en') return keys.filter((k) => !(k.endsWith('Ar') && set.has(k.slice(0, -2))));
  return [...keys];
}

import type { Article, Container, Finding, Quote, Report, Span, Speaker } from "../../src/model/index.js";

/*
 * A hand-made Report about a made-up event (the Harlow Weir dam breach), shaped like the pipeline's
 * output: two outlets carried in one mailing-list post, plus a web page, quotes of every kind and
 * flag, speakers across outlets, a contradiction, a corroboration and some diagnostics. Spans are
 * found in the article text, so `quote.text === article.text.slice(span.start, span.end)` holds.
 */

function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf("\n\n", start);
    out.push({ start, end: i < 0 ? text.length : i });
    if (i < 0) return out;
    start = i + 2;
  }
}

function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

const post: Container = {
  kind: "mailing-list-post",
  title: "[rivers-watch] Harlow Weir: two reports",
  listName: "rivers-watch",
  sender: "Pia Lund <pia@example.org>",
  sentOn: "2031-03-06",
  sentRaw: "Thu, 6 Mar 2031 08:12:40 +0100",
};

const ledgerText = [
  "HARLOW, Wednesday — The Harlow Weir gave way before dawn on Tuesday, flooding the lower town.",
  "“All residents of the lower town were evacuated before the water reached the houses,” the Northshire Water Authority said in a statement.",
  "Mayor Anna Keller, who has led the town council since 2027, told Radio Nord that the crack had been reported in January. “We asked for money to repair it three times,” she said.",
  "One resident, who asked not to be named, said the sirens never sounded. “Nobody knocked on our door,” he said by phone.",
  "Engineers said that the breach was about forty metres wide and that the river would stay high until",
].join("\n\n");

const couriertext = [
  "HARLOW — Families waded through knee-deep water on Wednesday as the river kept rising.",
  "“Most families are still in their homes, on the upper floors,” Lena Ortiz, a nurse at the Harlow clinic, told The Ledger in a series of texts.",
  "Tomas Brandt, an engineer with the Authority, told Radio Nord: “The crack had been reported in January and nobody acted.”",
  "The Authority later said that its teams had knocked on every door in the lower town.",
].join("\n\n");

const webText = [
  "Anna Keller, the mayor of Harlow, said on Thursday: “We asked for money to repair it three times.”",
].join("\n\n");

const baseArticle = {
  outletEvidence: [],
  publishedRaw: null,
  cuts: [] as Span[],
  sourceOffsets: null,
} as const;

export const ledger: Article = {
  ...baseArticle,
  id: "ledger-2031-03-05",
  documentId: "inbox/rivers-watch-2031-03-06.txt",
  index: 0,
  title: "Harlow Weir breach floods lower town",
  byline: "Sam Okafor",
  outlet: "The Harlow Ledger",
  outletEvidence: [{ outlet: "The Harlow Ledger", kind: "masthead", detail: "THE HARLOW LEDGER", weight: 3 }],
  published: "2031-03-05",
  dateline: "HARLOW",
  container: post,
  text: ledgerText,
  paragraphs: paragraphsOf(ledgerText),
  cuts: [spanOf(ledgerText, "Engineers said that the breach was about forty metres wide and that the river would stay high until")],
};

export const courier: Article = {
  ...baseArticle,
  id: "courier-2031-03-05",
  documentId: "inbox/rivers-watch-2031-03-06.txt",
  index: 1,
  title: "Families stay put as Harlow waters rise",
  byline: null,
  outlet: "Northshire Courier",
  published: "2031-03-05",
  dateline: "HARLOW",
  container: post,
  text: couriertext,
  paragraphs: paragraphsOf(couriertext),
};

export const webPage: Article = {
  ...baseArticle,
  id: "radio-nord-keller",
  documentId: "pages/radio-nord-keller.html",
  index: 0,
  title: "Keller: we asked three times",
  byline: "Radio Nord newsroom",
  outlet: "Radio Nord",
  published: "2031-03-06",
  dateline: null,
  container: { kind: "web-page", title: "Keller: we asked three times", listName: "Radio Nord", sender: null, sentOn: null, sentRaw: null },
  text: webText,
  paragraphs: paragraphsOf(webText),
};

type QuoteSpec = {
  id: string;
  article: Article;
  text: string;
  kind?: Quote["kind"];
  speaker: string | null;
  speakerType?: Quote["speakerType"];
  role?: string | null;
  mention?: string | null;
  cue?: string | null;
  toOutlet?: string | null;
  medium?: string | null;
  spokenOn?: string | null;
  truncated?: boolean;
  ruleId: string;
  reason: string;
};

function quote(s: QuoteSpec): Quote {
  const span = spanOf(s.article.text, s.text);
  const para = s.article.paragraphs.find((p) => p.start <= span.start && span.end <= p.end) ?? { start: 0, end: s.article.text.length };
  const paraText = s.article.text.slice(para.start, para.end);
  const rel = (needle: string | null | undefined): Span | null => {
    if (!needle) return null;
    const i = paraText.indexOf(needle);
    return i < 0 ? null : { start: para.start + i, end: para.start + i + needle.length };
  };
  return {
    id: s.id,
    documentId: s.article.documentId,
    articleId: s.article.id,
    kind: s.kind ?? "direct",
    text: s.text,
    span,
    truncated: s.truncated ?? false,
    speaker: s.speaker,
    speakerType: s.speakerType ?? "person",
    role: s.role ?? null,
    mention: s.mention ?? null,
    mentionSpan: rel(s.mention),
    cue: s.cue ?? null,
    cueSpan: rel(s.cue),
    toOutlet: s.toOutlet ?? null,
    medium: s.medium ?? null,
    spokenOn: s.spokenOn ?? null,
    ruleId: s.ruleId,
    reason: s.reason,
  };
}

export const quotes: Quote[] = [
  quote({
    id: "q1",
    article: ledger,
    text: "All residents of the lower town were evacuated before the water reached the houses,",
    speaker: "Northshire Water Authority",
    speakerType: "organisation",
    mention: "the Northshire Water Authority",
    cue: "said in a statement",
    medium: "in a statement",
    spokenOn: "2031-03-04",
    ruleId: "attribution/said-after-quote",
    reason: "The organisation is the subject of “said” right after the closing mark.",
  }),
  quote({
    id: "q2",
    article: ledger,
    kind: "indirect",
    text: "the crack had been reported in January",
    speaker: "Anna Keller",
    role: "who has led the town council since 2027",
    mention: "Mayor Anna Keller",
    cue: "told Radio Nord",
    toOutlet: "Radio Nord",
    ruleId: "attribution/told-that",
    reason: "“told Radio Nord that” introduces the reported clause; its subject is Anna Keller.",
  }),
  quote({
    id: "q3",
    article: ledger,
    text: "We asked for money to repair it three times,",
    speaker: "Anna Keller",
    mention: "she",
    cue: "she said",
    ruleId: "attribution/pronoun",
    reason: "“she” refers to the nearest compatible speaker, Anna Keller, in the previous sentence.",
  }),
  quote({
    id: "q4",
    article: ledger,
    text: "Nobody knocked on our door,",
    speaker: "unnamed resident",
    speakerType: "anonymous",
    role: "who asked not to be named",
    mention: "he",
    cue: "said by phone",
    medium: "by phone",
    ruleId: "attribution/pronoun",
    reason: "“he” refers to “One resident”, the only person named in the paragraph.",
  }),
  quote({
    id: "q5",
    article: ledger,
    kind: "indirect",
    text: "the breach was about forty metres wide and that the river would stay high until",
    speaker: "engineers",
    speakerType: "group",
    mention: "Engineers",
    cue: "said that",
    truncated: true,
    ruleId: "attribution/said-that",
    reason: "“Engineers said that” introduces the reported clause.",
  }),
  quote({
    id: "q6",
    article: courier,
    text: "Most families are still in their homes, on the upper floors,",
    speaker: "Lena Ortiz",
    role: "a nurse at the Harlow clinic",
    mention: "Lena Ortiz",
    cue: "told The Ledger in a series of texts",
    toOutlet: "The Harlow Ledger",
    medium: "in a series of texts",
    spokenOn: "2031-03-05",
    ruleId: "attribution/name-told-after-quote",
    reason: "“Lena Ortiz … told The Ledger” follows the closing mark.",
  }),
  quote({
    id: "q7",
    article: courier,
    text: "The crack had been reported in January and nobody acted.",
    speaker: "Tomas Brandt",
    role: "an engineer with the Authority",
    mention: "Tomas Brandt",
    cue: "told Radio Nord:",
    toOutlet: "Radio Nord",
    ruleId: "attribution/told-colon",
    reason: "“Tomas Brandt … told Radio Nord:” opens the quote.",
  }),
  quote({
    id: "q8",
    article: courier,
    kind: "indirect",
    text: "its teams had knocked on every door in the lower town",
    speaker: "Northshire Water Authority",
    speakerType: "organisation",
    mention: "The Authority",
    cue: "later said that",
    ruleId: "attribution/said-that",
    reason: "“The Authority” is the short name of the Northshire Water Authority.",
  }),
  quote({
    id: "q9",
    article: webPage,
    text: "We asked for money to repair it three times.",
    speaker: "Anna Keller",
    role: "the mayor of Harlow",
    mention: "Anna Keller",
    cue: "said on Thursday:",
    spokenOn: "2031-03-06",
    ruleId: "attribution/said-colon",
    reason: "“Anna Keller … said on Thursday:” opens the quote.",
  }),
];

const byId = new Map(quotes.map((q) => [q.id, q]));
const articleById = new Map([ledger, courier, webPage].map((a) => [a.id, a]));

function claim(quoteId: string) {
  const q = byId.get(quoteId)!;
  const a = articleById.get(q.articleId)!;
  return {
    quoteId,
    speaker: q.speaker,
    role: q.role,
    outlet: a.outlet,
    article: a.id,
    published: a.published,
    spokenOn: q.spokenOn,
    text: q.text,
    start: q.span.start,
    end: q.span.end,
  };
}

export const findings: Finding[] = [
  {
    id: "f1",
    kind: "contradiction",
    ruleId: "conflicts/contradiction",
    severity: "warning",
    explanation: "The Authority says all residents were evacuated; Lena Ortiz says most families are still in their homes.",
    claims: [claim("q1"), claim("q8"), claim("q6")],
  },
  {
    id: "f2",
    kind: "disputed",
    ruleId: "conflicts/disputed",
    severity: "warning",
    explanation: "A resident says nobody knocked on the door, against the Authority's later claim that its teams knocked on every door.",
    claims: [claim("q4"), claim("q8")],
  },
  {
    id: "f3",
    kind: "corroboration",
    ruleId: "conflicts/corroboration",
    severity: "info",
    explanation: "Anna Keller and Tomas Brandt, quoted by different outlets, both say the crack was reported in January.",
    claims: [claim("q2"), claim("q7")],
  },
];

const speaker = (s: Omit<Speaker, "articleIds" | "outlets"> & { quoteIds: string[] }): Speaker => {
  const qs = s.quoteIds.map((id) => byId.get(id)!);
  const arts = [...new Set(qs.map((q) => q.articleId))];
  return { ...s, articleIds: arts, outlets: [...new Set(arts.map((a) => articleById.get(a)!.outlet!))] };
};

export const speakers: Speaker[] = [
  speaker({
    id: "anna-keller",
    name: "Anna Keller",
    type: "person",
    aliases: ["Keller", "Mayor Anna Keller"],
    roles: [
      { articleId: ledger.id, role: "Mayor" },
      { articleId: webPage.id, role: "the mayor of Harlow" },
    ],
    quoteIds: ["q2", "q3", "q9"],
  }),
  speaker({ id: "nwa", name: "Northshire Water Authority", type: "organisation", aliases: ["the Authority"], roles: [], quoteIds: ["q1", "q8"] }),
  speaker({ id: "lena-ortiz", name: "Lena Ortiz", type: "person", aliases: ["Ortiz"], roles: [{ articleId: courier.id, role: "a nurse at the Harlow clinic" }], quoteIds: ["q6"] }),
  speaker({ id: "tomas-brandt", name: "Tomas Brandt", type: "person", aliases: ["Brandt"], roles: [{ articleId: courier.id, role: "an engineer with the Authority" }], quoteIds: ["q7"] }),
  speaker({ id: "anon-ledger-1", name: "unnamed resident", type: "anonymous", aliases: [], roles: [], quoteIds: ["q4"] }),
  speaker({ id: "engineers", name: "engineers", type: "group", aliases: [], roles: [], quoteIds: ["q5"] }),
];

export const report: Report = {
  schemaVersion: "1.0",
  inputs: [
    { path: "inbox/rivers-watch-2031-03-06.txt", status: "processed", format: "text", articles: 2 },
    { path: "pages/radio-nord-keller.html", status: "processed", format: "html", articles: 1 },
    { path: "pages/broken.pdf", status: "skipped", reason: "unknown file type .pdf" },
  ],
  documents: [
    { id: "inbox/rivers-watch-2031-03-06.txt", format: "text", encoding: "windows-1252", bytes: 4210, sha256: "ab".repeat(32), articleIds: [ledger.id, courier.id] },
    { id: "pages/radio-nord-keller.html", format: "html", encoding: "utf-8", bytes: 18_400, sha256: "cd".repeat(32), articleIds: [webPage.id] },
  ],
  articles: [ledger, courier, webPage],
  quotes,
  speakers,
  groups: [
    {
      id: "g1",
      referenceQuoteId: "q3",
      members: [
        { quoteId: "q3", variant: "verbatim", similarity: 1, diff: [] },
        { quoteId: "q9", variant: "punctuation", similarity: 0.98, diff: [] },
      ],
      misattributed: false,
      outletsDiffer: true,
      datesDiffer: true,
    },
  ],
  claims: [],
  findings,
  diagnostics: [
    {
      reason: "paragraph stops mid-sentence (text cut)",
      documentId: ledger.documentId,
      articleId: ledger.id,
      span: ledger.cuts[0],
      ruleId: "ingest/cut-text",
      stage: "ingest",
      severity: "warning",
    },
    { reason: "unknown file type .pdf", documentId: "pages/broken.pdf", ruleId: "ingest/unknown-type", stage: "ingest", severity: "error" },
  ],
};

/** A report of `n` generated quotes in one article, for scrolling tests. */
export function bigReport(n: number): Report {
  const parts: string[] = [];
  const spans: Span[] = [];
  let at = 0;
  for (let i = 1; i <= n; i++) {
    const words = `Statement number ${i} about the weir.`;
    const para = `“${words}” said Speaker ${i}.`;
    spans.push({ start: at + 1, end: at + 1 + words.length });
    parts.push(para);
    at += para.length + 2;
  }
  const text = parts.join("\n\n");
  const article: Article = { ...ledger, id: "big", text, paragraphs: paragraphsOf(text), cuts: [] };
  const qs: Quote[] = spans.map((span, i) => ({
    ...quotes[2],
    id: `b${i + 1}`,
    articleId: "big",
    text: text.slice(span.start, span.end),
    span,
    speaker: `Speaker ${i + 1}`,
    mention: `Speaker ${i + 1}`,
    mentionSpan: null,
    cueSpan: null,
  }));
  return { ...report, articles: [article], quotes: qs, speakers: [], findings: [], groups: [], documents: [{ ...report.documents[0], articleIds: ["big"] }] };
}

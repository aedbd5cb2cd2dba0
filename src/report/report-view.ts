import { paragraphIndexAt, placeText, type Article, type Container, type Finding, type Quote, type Report, type Span, type Speaker, type SpeakerType } from "../model/index.js";
import { saidHow, toldLink } from "./to-whom.js";
import { isChange, quoteNotes, type FindingRef } from "./quote-notes.js";
import { publishedDay } from "./published.js";
import { articleName, OUTLET_UNKNOWN } from "./article-name.js";
import { formatDiagnostic } from "./diagnostics.js";
import { quoteContext, type ContextPart } from "./quote-context.js";

/**
 * The report as the Markdown, HTML and CSV formatters show it: per speaker, per finding, per
 * source. Pure and deterministic (no clock), so the same corpus gives the same file.
 */

export type ChainStep = { readonly label: "said by" | "told" | "published by" | "carried by"; readonly value: string };

export type QuoteView = {
  readonly id: string;
  readonly text: string;
  readonly kind: Quote["kind"];
  readonly speaker: string | null;
  readonly speakerType: SpeakerType;
  readonly role: string | null;
  readonly outlet: string | null;
  readonly articleId: string;
  readonly articleTitle: string | null;
  /** The article as a reader finds it (article-name.ts): its title, else its opening words and day; never the id quotecheck made. */
  readonly articleName: string;
  readonly published: string | null;
  readonly toOutlet: string | null;
  readonly medium: string | null;
  readonly spokenOn: string | null;
  readonly cue: string | null;
  /** The words at the cue that name the speaker, as written ("he", "Omran", "the Florida senator"). */
  readonly mention: string | null;
  readonly truncated: boolean;
  readonly chain: readonly ChainStep[];
  /**
   * The chain's article links, published by and carried by with the file alone (no line:column): the
   * same for every quote of an article, so a report can say them once above its quotes (markdown.ts).
   */
  readonly sourceChain: readonly ChainStep[];
  readonly flags: readonly string[];
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** The paragraph of the article the quote starts in (1-based, as read: a headline in the text counts), or null. */
  readonly paragraph: number | null;
  /** 1-based line and column of its first word in the file, when the analysis could place it. */
  readonly line: number | null;
  readonly column: number | null;
  /** `file:line:col` as diagnostics print it, or the file alone when the quote could not be placed. */
  readonly place: string;
  readonly ruleId: string;
  readonly reason: string;
  /** The findings (conflicts and corroborations) that name this quote, so a report can link them. */
  readonly findings: readonly FindingRef[];
  /** The sentences around the words with the quote and its credit marked, or null when they add nothing (quote-context.ts). */
  readonly context: readonly ContextPart[] | null;
};

export type SpeakerView = {
  /** The align stage's speaker id, or "name:" and the name for quotes it did not place. */
  readonly id: string;
  readonly name: string;
  readonly type: SpeakerType;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly role: string; readonly where: string }[];
  readonly outlets: readonly string[];
  /**
   * The articles of unknown outlet that quote them, so two speakers of one name the align stage left
   * apart ("Mr. Obama" in two PolNeAR articles, which name no outlet) can be told apart.
   */
  readonly unknownOutletArticles: readonly ArticleRef[];
  readonly quotes: readonly QuoteView[];
};

/** An article a report names: its id, to link to its row under Sources, and its name as a reader sees it (articleName). */
export type ArticleRef = { readonly id: string; readonly name: string };

export type ClaimView = {
  readonly speaker: string | null;
  readonly role: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly spokenOn: string | null;
  readonly text: string;
  readonly articleId: string;
  /** Its article as a reader finds it (articleName), where no outlet names it. */
  readonly articleName: string;
  /** The quote the claim was read from, when the report lists it (not a scare quote): a report links the claim to it. */
  readonly quoteId: string | null;
  /** Its quote's kind: reported speech is the reporter's words and is never shown in quotation marks. */
  readonly kind: Quote["kind"];
  /** The paragraph of its article the claim's quote starts in, when the report lists the quote. */
  readonly paragraph: number | null;
  /** Its quote's `file:line:col` (or file), when the report lists the quote. */
  readonly place: string | null;
  /** What the claim stands for in its finding ("the civilians were evacuated"), when the check names it. */
  readonly side: string | null;
};

export type FindingView = {
  readonly id: string;
  /** "Contradiction: Syrian state media vs Khalil al-Hariri": the kind and who is on each side. */
  readonly title: string;
  readonly kind: Finding["kind"];
  readonly severity: Finding["severity"];
  readonly explanation: string;
  readonly claims: readonly ClaimView[];
};

export type VariantView = {
  readonly id: string;
  readonly reference: QuoteView;
  readonly members: readonly {
    readonly quote: QuoteView;
    readonly variant: string;
    readonly similarity: number;
    readonly diff: readonly { op: "same" | "add" | "del"; text: string }[];
    /** The member stands in the reference's own article. */
    readonly sameArticle: boolean;
  }[];
  readonly misattributed: boolean;
};

/**
 * A quote group before its quotes are viewed: VariantView with the reference and each member's quote
 * as the model holds them, for a format to view as it writes the group (reportOutline's `view`).
 */
export type VariantOutline = Omit<VariantView, "reference" | "members"> & {
  readonly reference: Quote;
  readonly members: readonly (Omit<VariantView["members"][number], "quote"> & { readonly quote: Quote })[];
};

export type SourceView = {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly articles: readonly {
    readonly id: string;
    readonly title: string | null;
    /** The title, else what articleName calls an untitled article (its opening words; the day has its own column). */
    readonly name: string;
    readonly outlet: string | null;
    readonly outletEvidence: string | null;
    readonly byline: string | null;
    readonly published: string | null;
    readonly dateline: string | null;
    readonly carriedBy: string | null;
    readonly quotes: number;
    readonly cuts: number;
  }[];
};

export type ReportView = {
  readonly summary: readonly { readonly label: string; readonly value: number }[];
  readonly speakers: readonly SpeakerView[];
  readonly unattributed: readonly QuoteView[];
  readonly conflicts: readonly FindingView[];
  readonly corroborations: readonly FindingView[];
  readonly variants: readonly VariantView[];
  readonly sources: readonly SourceView[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  readonly diagnostics: readonly { readonly severity: string; readonly line: string }[];
  readonly quotes: readonly QuoteView[];
};

export function carriedBy(c: Container | null, file: string): string {
  if (!c || c.kind === "file") return file;
  return `${carrier(c)} (${file})`;
}

/** "e-mail from Dana Reyes, 2031-03-10, forwarding e-mail from Press Office, 2031-03-09". */
function carrier(c: Container): string {
  const when = c.sentOn ? `, ${c.sentOn}` : "";
  const from = c.sender ? ` from ${c.sender}` : "";
  const inner = c.forwarded ? `, forwarding ${carrier(c.forwarded)}` : "";
  if (c.kind === "mailing-list-post") return `${c.listName ? `${c.listName} list post` : "list post"}${from}${when}${inner}`;
  if (c.kind === "email") return `e-mail${from}${when}${inner}`;
  if (c.kind === "web-page") return `web page${c.listName ? ` of ${c.listName}` : ""}${when}${inner}`;
  return `file${inner}`;
}

// A missing day is said, as the UI's chain says it: left out, "published by Harbor Gazette" read as dated elsewhere.
const publishedBy = (a: Article | undefined) => (a ? `${a.outlet ?? OUTLET_UNKNOWN}, ${publishedDay(a) ?? "date unknown"}` : OUTLET_UNKNOWN);

/**
 * The Sources table's day: publishedDay, the table having room to say why a mail's day is a bound.
 * An ingest/date-from-file-name diagnostic marks a day read off the file's name as publishedFrom does.
 */
function sourceDay(a: Article, fromFileName: boolean): string | null {
  const day = publishedDay(fromFileName ? { published: a.published, publishedFrom: "file-name" } : a);
  return day && a.publishedFrom === "mail" && !fromFileName ? `${day} (the day the mail carrying it was sent)` : day;
}

/**
 * A quote's words as a report shows them: a direct quote in quotation marks, reported speech (the
 * reporter's words, "that the pumps had failed") without, so no one copies it as a quote.
 */
export const inMarks = (kind: Quote["kind"]): boolean => kind !== "indirect";

/** Published by and carried by as the chain gives them, with `place` for the file: the same for every quote of an article given the file alone. */
const sourceSteps = (a: Article | undefined, place: string): ChainStep[] => [
  { label: "published by", value: publishedBy(a) },
  { label: "carried by", value: carriedBy(a?.container ?? null, place) },
];

/** Said by, told, published by, carried by; the last gives the file as `file:line:col` when the quote was placed in it. */
export function chainOf(q: Quote, a: Article | undefined): ChainStep[] {
  // A medium with no outlet ("in a statement", "at a rally", "tweeted") says how the words were
  // said, not whom they were told: as a "told" link it read "told in a statement".
  const steps: ChainStep[] = [{ label: "said by", value: [q.speaker ?? "unattributed", q.role].filter(Boolean).join(", ") + saidHow(q) }];
  const t = toldLink(q);
  if (t) steps.push({ label: "told", value: t });
  return [...steps, ...sourceSteps(a, placeText(q.documentId, q.line, q.column))];
}

const KIND_LABEL: Readonly<Record<Finding["kind"], string>> = {
  contradiction: "Contradiction",
  number: "Numbers differ",
  disputed: "Disputed by the reporter",
  temporal: "Changed over time",
  corroboration: "Corroboration",
  variant: "Quote changed",
  misattribution: "Misattribution",
};

export function findingTitle(f: Finding): string {
  const who = [...new Set(f.claims.map((c) => c.speaker ?? "unattributed"))];
  const joiner = f.kind === "corroboration" ? " and " : " vs ";
  const shown = who.length > 4 ? [...who.slice(0, 4), `${who.length - 4} more`] : who;
  return who.length ? `${KIND_LABEL[f.kind]}: ${shown.join(joiner)}` : KIND_LABEL[f.kind];
}

/**
 * What a claim's side is called in a finding of this kind. A quote-change finding names each claim
 * by its wording against the reference ("verbatim", "altered"), not by a position it stands for:
 * "stands for: altered" read as a claim about the world.
 */
export const sideLabel = (kind: Finding["kind"]): string => (kind === "variant" ? "wording" : "stands for");

/** The 1-based paragraph of `paragraphs` (sorted, apart) that holds `offset`; one before it when it falls between. */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number | null {
  return paragraphs.length ? paragraphIndexAt(paragraphs, offset) + 1 : null;
}

export { isChange };

/**
 * The member's word diff when it shows a change; a verbatim or punctuation-only member has none to
 * show, and its diff holds the compared (lower-cased, unpunctuated) words, not the quote's.
 */
export const shownDiff = <D extends { readonly op: string }>(diff: readonly D[]): readonly D[] => (diff.some((d) => d.op !== "same") ? diff : []);

/** The articles, in the order first quoted, of a speaker's quotes whose outlet is unknown (`outletOf` and `nameOf` their article's). */
const unknownOutletArticles = (quotes: readonly Quote[], outletOf: (articleId: string) => string | null, nameOf: (articleId: string) => string): ArticleRef[] => [
  ...new Map(quotes.filter((q) => !outletOf(q.articleId)).map((q) => [q.articleId, { id: q.articleId, name: nameOf(q.articleId) }])).values(),
];

const TYPE_ORDER: Readonly<Record<SpeakerType, number>> = { person: 0, organisation: 1, document: 2, group: 3, anonymous: 4, unknown: 5 };

/** A speaker's section before its quotes are viewed: SpeakerView with its quotes as the model holds them. */
export type SpeakerOutline = Omit<SpeakerView, "quotes"> & { readonly quotes: readonly Quote[] };

/**
 * The report's view with each listed quote's QuoteView left to be made (`view`) when it is written:
 * the views of every quote, built before the first piece was written, were some 2 KB a quote held at
 * once (a dense 49 MB story's HTML report peaked at 3.9 GB heap). The HTML and Markdown reports view
 * each quote as its section is written and drop it; reportView makes them all. `quotes` are the listed
 * quotes (no scare quotes) in article order; each speaker's and `unattributed` are the same objects.
 */
export type ReportOutline = Omit<ReportView, "speakers" | "unattributed" | "quotes" | "variants"> & {
  readonly speakers: readonly SpeakerOutline[];
  readonly variants: readonly VariantOutline[];
  readonly unattributed: readonly Quote[];
  readonly quotes: readonly Quote[];
  /** The quote's view, made anew at each call (not kept). */
  readonly view: (q: Quote) => QuoteView;
};

/** Every listed quote viewed (reportOutline's views made at once), for a format or a test that reads them all. */
export function reportView(report: Report): ReportView {
  const { view, ...o } = reportOutline(report);
  const quotes = o.quotes.map(view);
  const views = new Map(o.quotes.map((q, i) => [q, quotes[i]!]));
  const viewOf = (q: Quote): QuoteView => views.get(q) ?? view(q);
  return {
    ...o,
    speakers: o.speakers.map((s) => ({ ...s, quotes: s.quotes.map(viewOf) })),
    unattributed: o.unattributed.map(viewOf),
    variants: o.variants.map((g) => ({ ...g, reference: viewOf(g.reference), members: g.members.map((m) => ({ ...m, quote: viewOf(m.quote) })) })),
    quotes,
  };
}

export function reportOutline(report: Report): ReportOutline {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const articleOrder = new Map(report.articles.map((a, i) => [a.id, i]));
  // Each article named once (its opening words are read from its text), however many quotes it holds.
  const names = new Map<string, string>();
  const nameOf = (id: string): string => {
    let n = names.get(id);
    if (n === undefined) names.set(id, (n = articleName(articles.get(id), id)));
    return n;
  };
  const outletOf = (articleId: string): string | null => articles.get(articleId)?.outlet ?? null;
  // Flags and finding links as the JSON report gives them too (quote-notes.ts).
  const notes = quoteNotes(report, findingTitle);

  const spoken = report.quotes
    .filter((q) => q.kind !== "scare")
    .slice()
    .sort((x, y) => (articleOrder.get(x.articleId) ?? 0) - (articleOrder.get(y.articleId) ?? 0) || x.span.start - y.span.start);

  // The chain's article links are the same for every quote of an article given the file alone: one
  // array an article, not one a quote (some 200 bytes a quote of a dense story's views).
  const sourceChains = new Map<string, readonly ChainStep[]>();
  const sourceChainOf = (q: Quote, a: Article | undefined): readonly ChainStep[] => {
    const key = `${q.articleId}\u0000${q.documentId}`;
    let steps = sourceChains.get(key);
    if (!steps) sourceChains.set(key, (steps = sourceSteps(a, q.documentId)));
    return steps;
  };

  const view = (q: Quote): QuoteView => {
    const a = articles.get(q.articleId);
    return {
      id: q.id,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      speakerType: q.speakerType,
      role: q.role,
      outlet: a?.outlet ?? null,
      articleId: q.articleId,
      articleTitle: a?.title ?? null,
      articleName: nameOf(q.articleId),
      published: a?.published ?? null,
      toOutlet: q.toOutlet,
      medium: q.medium,
      spokenOn: q.spokenOn,
      cue: q.cue,
      mention: q.mention,
      truncated: q.truncated,
      chain: chainOf(q, a),
      sourceChain: sourceChainOf(q, a),
      flags: notes.flagsOf(q, a),
      file: q.documentId,
      start: q.span.start,
      end: q.span.end,
      paragraph: paragraphOf(q),
      line: q.line ?? null,
      column: q.column ?? null,
      place: placeOf(q),
      ruleId: q.ruleId,
      reason: q.reason,
      findings: notes.findingsOf(q.id),
      context: quoteContext(a, q),
    };
  };
  const paragraphOf = (q: Quote): number | null => {
    const a = articles.get(q.articleId);
    return a ? paragraphAt(a.paragraphs, q.span.start) : null;
  };
  const placeOf = (q: Quote): string => placeText(q.documentId, q.line, q.column);
  // A listed quote by its id, and its place in `spoken` (the order a speaker is first quoted in).
  const indexOf = new Map(spoken.map((q, i) => [q.id, i]));
  const quoteById = (id: string): Quote | undefined => {
    const i = indexOf.get(id);
    return i === undefined ? undefined : spoken[i];
  };
  const where = (articleId: string) => outletOf(articleId) ?? nameOf(articleId);

  // Speakers from the align stage when it ran; quotes it did not place are grouped by name.
  const placed = new Set<string>();
  const speakers: SpeakerOutline[] = [];
  const fromAlign = (s: Speaker): SpeakerOutline => {
    const quotes = s.quoteIds.flatMap((id) => quoteById(id) ?? []);
    quotes.forEach((q) => placed.add(q.id));
    return {
      id: s.id,
      name: s.name,
      type: s.type,
      aliases: s.aliases,
      roles: s.roles.map((r) => ({ role: r.role, where: where(r.articleId) })),
      outlets: s.outlets,
      unknownOutletArticles: unknownOutletArticles(quotes, outletOf, nameOf),
      quotes,
    };
  };
  // A speaker credited only with scare quotes says nothing the report lists.
  for (const s of report.speakers) {
    const v = fromAlign(s);
    if (v.quotes.length) speakers.push(v);
  }
  const byName = new Map<string, Quote[]>();
  for (const q of spoken) {
    if (placed.has(q.id) || q.speaker === null) continue;
    const list = byName.get(q.speaker);
    if (list) list.push(q);
    else byName.set(q.speaker, [q]);
  }
  for (const [name, quotes] of byName) {
    const roles = [...new Map(quotes.filter((q) => q.role).map((q) => [`${q.role}|${q.articleId}`, { role: q.role!, where: where(q.articleId) }])).values()];
    speakers.push({
      id: `name:${name}`,
      name,
      type: quotes[0].speakerType,
      aliases: [],
      roles,
      outlets: [...new Set(quotes.flatMap((q) => outletOf(q.articleId) ?? []))],
      unknownOutletArticles: unknownOutletArticles(quotes, outletOf, nameOf),
      quotes,
    });
  }
  const unattributed = spoken.filter((q) => q.speaker === null);
  const firstSeen = (s: SpeakerOutline) => (s.quotes[0] ? (indexOf.get(s.quotes[0].id) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
  // By kind, then most quoted first, as `quotecheck speakers` and the UI's Speakers list them: in
  // the order first quoted, PolNeAR dev's page opened on the speakers of its first files and
  // put Donald J. Trump (151 quotes) ninth and Barack Obama (88) 85th in its index of 493.
  speakers.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || b.quotes.length - a.quotes.length || firstSeen(a) - firstSeen(b) || a.name.localeCompare(b.name));

  // The kinds of the quotes findings claim, not a map of every quote (870k entries on a dense story).
  const claimedIds = new Set(report.findings.flatMap((f) => f.claims.map((c) => c.quoteId)));
  const kindOf = new Map(report.quotes.flatMap((q) => (claimedIds.has(q.id) ? [[q.id, q.kind] as const] : [])));
  const claimed = <T>(quoteId: string, of: (q: Quote) => T): T | null => {
    const q = quoteById(quoteId);
    return q ? of(q) : null;
  };
  const findingView = (f: Finding): FindingView => ({
    id: f.id,
    title: findingTitle(f),
    kind: f.kind,
    severity: f.severity,
    explanation: f.explanation,
    claims: f.claims.map((c) => ({ speaker: c.speaker, role: c.role, outlet: c.outlet, published: publishedDay({ published: c.published, publishedFrom: articles.get(c.article)?.publishedFrom }), spokenOn: c.spokenOn, text: c.text, articleId: c.article, articleName: nameOf(c.article), quoteId: quoteById(c.quoteId) ? c.quoteId : null, kind: kindOf.get(c.quoteId) ?? "direct", paragraph: claimed(c.quoteId, paragraphOf), place: claimed(c.quoteId, placeOf), side: c.side ?? null })),
  });

  // Each group's quotes as the model holds them: a format views them as it writes the group. Viewed
  // here, every group's views (about 2 KB a quote) were made before the first piece was written.
  const variants: VariantOutline[] = report.groups.flatMap((g) => {
    const reference = quoteById(g.referenceQuoteId);
    if (!reference) return [];
    const members = g.members
      .filter((m) => m.quoteId !== g.referenceQuoteId)
      .flatMap((m) => {
        const quote = quoteById(m.quoteId);
        return quote ? [{ quote, variant: m.variant, similarity: m.similarity, diff: m.diff, sameArticle: quote.articleId === reference.articleId }] : [];
      });
    return members.length ? [{ id: g.id, reference, members, misattributed: g.misattributed }] : [];
  });

  const perArticle = new Map<string, number>();
  for (const q of spoken) perArticle.set(q.articleId, (perArticle.get(q.articleId) ?? 0) + 1);
  // A date read off the file's name is shown as such: the reader should know it is a guess.
  const namedDate = new Set(report.diagnostics.filter((x) => x.ruleId === "ingest/date-from-file-name" && x.articleId).map((x) => x.articleId));
  const sources: SourceView[] = report.documents.map((d) => ({
    file: d.id,
    format: d.format,
    encoding: d.encoding,
    bytes: d.bytes,
    sha256: d.sha256,
    articles: d.articleIds.flatMap((id) => {
      const a = articles.get(id);
      if (!a) return [];
      // The heaviest evidence for the outlet named (a file name's over another outlet's "told CNN").
      const own = a.outlet ? a.outletEvidence.filter((e) => e.outlet === a.outlet) : [];
      const best = [...(own.length ? own : a.outletEvidence)].sort((x, y) => y.weight - x.weight)[0];
      return [
        {
          id: a.id,
          title: a.title,
          name: a.title?.trim() ? a.title : articleName(a, a.id, false),
          outlet: a.outlet,
          outletEvidence: best ? `${best.kind}: ${best.detail}` : null,
          byline: a.byline,
          published: sourceDay(a, namedDate.has(a.id)),
          dateline: a.dateline,
          carriedBy: a.container && a.container.kind !== "file" ? carriedBy(a.container, d.id) : null,
          quotes: perArticle.get(a.id) ?? 0,
          cuts: a.cuts.length,
        },
      ];
    }),
  }));

  const conflicts = report.findings.filter((f) => f.kind !== "corroboration").map(findingView);
  const corroborations = report.findings.filter((f) => f.kind === "corroboration").map(findingView);
  const named = speakers.filter((s) => s.type === "person" || s.type === "organisation");
  return {
    summary: [
      { label: "files", value: report.documents.length },
      { label: "articles", value: report.articles.length },
      { label: "direct quotes", value: spoken.filter((q) => q.kind === "direct").length },
      { label: "reported statements", value: spoken.filter((q) => q.kind === "indirect").length },
      { label: "named speakers", value: named.length },
      { label: "unattributed quotes", value: unattributed.length },
      { label: "conflicts", value: conflicts.length },
      { label: "corroborations", value: corroborations.length },
      // Verbatim and punctuation-only repeats are listed with their group but changed nothing.
      { label: "changed quotes", value: variants.reduce((n, v) => n + v.members.filter((m) => isChange(m.variant)).length, 0) },
      { label: "diagnostics", value: report.diagnostics.length },
    ],
    speakers,
    unattributed,
    conflicts,
    corroborations,
    variants,
    sources,
    skipped: report.inputs.flatMap((i) => (i.status === "skipped" ? [{ path: i.path, reason: i.reason }] : [])),
    diagnostics: report.diagnostics.map((d) => ({ severity: d.severity, line: formatDiagnostic(d, null) })),
    quotes: spoken,
    view,
  };
}

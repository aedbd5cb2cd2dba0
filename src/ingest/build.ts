import { type Article, type Container, type Diagnostic, type OutletEvidence, type PublishedFrom, uniqueIds } from "../model/index.js";
import { isHeadingLike, makeArticle, slugify } from "./article.js";
import { dateInFileName, isDateLine, isUpdateLine, parseDate, updateDate, updateDay, yearOfDay } from "./dates.js";
import { canonicalOutlet, dateStyleEvidence, inferOutlet, isCreditEvidence, mastheadLine, outletByDomain, outletByName, outletInFileName, outletSlug, selfReferenceEvidence } from "./outlets.js";
import { agencyDatelineEvidence } from "./agency-dateline.js";
import { deckUnder, headlineAndDeck, headlineMark, isEditorsNote, notesAbove } from "./headline.js";
import { isSectionLabel } from "./section-labels.js";
import { bylineOf, datelineDay, datelineOf, layoutOf } from "./segments.js";
import { wireCredits } from "./wire.js";
import { blankRuns, widgetRuns } from "./widgets.js";
import { endsThrough } from "./repair-map.js";

/** What the carrier of a text already says about it (mail headers, a page's metadata). */
export type TextMeta = {
  readonly container?: Container | null;
  /** Evidence from the page or message itself (meta tags, JSON-LD, domain); applies to every article in it. */
  readonly evidence?: readonly OutletEvidence[];
  readonly title?: string | null;
  /** Headline to use when the text shows none (a mail's subject). */
  readonly fallbackTitle?: string | null;
  readonly byline?: string | null;
  readonly published?: string | null;
  readonly publishedRaw?: string | null;
  readonly wrapped?: boolean;
  /** False when `source` is not the document's decoded text (offsets cannot lead back). */
  readonly mapped?: boolean;
  /**
   * When `source` was rebuilt from markup: the offset in the document's text of each character of
   * `source`, so articles still lead back to the file.
   */
  readonly sourceMap?: Int32Array | null;
  /** With `sourceMap`: each character's end in the document's text where one was several there (repair-map.ts's extents). */
  readonly sourceEnds?: Int32Array | null;
  /** Look for list headers, footers and several articles (true for posts and mail). */
  readonly split?: boolean;
  /** Paragraph indices that markup marked as headings (only when `split` is false). */
  readonly headings?: readonly number[];
  /** With `title`: how many paragraphs at the text's top stand under that title as its deck (a page's standfirst). */
  readonly headParagraphs?: number;
  /** False when this text is one of several stories of its file: the file's name then dates none of them. */
  readonly alone?: boolean;
};

export type Built = { articles: Article[]; diagnostics: Diagnostic[] };

/** The document's file name without folder or extension ("" for standard input). */
const fileName = (documentId: string): string => (documentId === "-" ? "" : documentId.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, ""));

/** Base for ids of articles whose outlet is unknown: the file name without folder or extension. */
export function docSlug(documentId: string): string {
  if (documentId === "-") return "stdin";
  return slugify(documentId.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "")) || "document";
}

/**
 * The first two and the last two lines with text, as linesOf gives them: what
 * `[...lines.slice(0, 2), ...lines.slice(-2)]` of the text's lines with text holds (a line twice in
 * a text of fewer than four), found from the two ends instead of splitting the whole text.
 */
export function edgeLines(source: string, from: number, to: number): string[] {
  const first: string[] = [];
  for (let i = from; i < to && first.length < 2; ) {
    let j = source.indexOf("\n", i);
    if (j < 0 || j > to) j = to;
    const t = lineText(source, i, j);
    if (t) first.push(t);
    i = j + 1;
  }
  const last: string[] = [];
  for (let j = to; j > from && last.length < 2; ) {
    const nl = source.lastIndexOf("\n", j - 1);
    const i = nl < from ? from : nl + 1;
    const t = lineText(source, i, j);
    if (t) last.unshift(t);
    j = i - 1;
  }
  return [...first, ...last];
}

const lineText = (source: string, start: number, end: number): string => source.slice(start, end).replace(/\u0000/g, "").trim();

// A link on its own line at the top or bottom of a copied article usually names where it came from.
function linkEvidence(source: string, from: number, to: number): OutletEvidence[] {
  const out: OutletEvidence[] = [];
  for (const text of edgeLines(source, from, to)) {
    const m = /^<?(?:Source:\s*|Bron:\s*)?https?:\/\/([^/\s>]+)[^\s]*>?$/i.exec(text);
    const o = m ? outletByDomain(m[1]) : null;
    if (o && !out.some((e) => e.outlet === o.name)) out.push({ outlet: o.name, kind: "domain", detail: `link to ${m![1]}`, weight: 2 });
  }
  return out;
}

/**
 * A short first paragraph standing above the story, and a "By" line, a date or a masthead line under
 * it; `story` is the index of the story's first paragraph (after those), where a dateline stands.
 */
function leadingMeta(text: string, paragraphs: readonly { start: number; end: number }[], file: string) {
  // (Pushed, not .map: an optimised .map gives a holey array, another map, and leadingMeta's optimised code was dropped.)
  const all: string[] = [];
  for (let k = 0; k < Math.min(5, paragraphs.length); k++) all.push(text.slice(paragraphs[k].start, paragraphs[k].end));
  // A section label over the headline ("Opinion", "Your Money."), an editor's note over the headline
  // or the story ("Editor's note: Who pays for the dredging?"), or a mail's note over a forwarded
  // story's headline and byline ("See below."): neither the headline nor its deck.
  const label = (all.length > 2 && all[1].length <= 160 && isSectionLabel(all[0])) || (all.length > 1 && isEditorsNote(all[0])) ? 1 : notesAbove(all);
  const paras = all.slice(label);
  let title: string | null = null;
  let byline: string | null = null;
  let dateRaw: string | null = null;
  let updateRaw: string | null = null;
  let masthead: { outlet: string; line: string } | null = null;
  let story = 0;
  // A story that opens on its byline ("By Jane Doe") has no headline above it: the loop below reads the byline.
  const opensOnByline = /^By\s/.test(paras[0] ?? "") && bylineOf(paras[0]) !== null;
  if (!opensOnByline && paras.length > 1 && paras[0].length <= 160 && (isHeadingLike(paras[0]) || !/[.!?:]["”’]?$/.test(paras[0]))) {
    // A headline that ends on ";" goes on in the deck under it: the title without the semicolon.
    const head = headlineAndDeck(paras);
    title = head.title;
    story = head.paragraphs;
  } else if (!opensOnByline && paras.length > 1 && paras[0].length <= 160) {
    // A headline may end on a full stop ("Storm closes the port."): what stands under it (a
    // dateline, a deck over one, an archive's field label) shows that it stands above the story.
    const mark = headlineMark(paras, file);
    if (mark) {
      title = paras[0];
      story = mark.paragraphs;
    }
  }
  // A deck or a section label under a headline of one paragraph (headline.ts deckUnder).
  if (title !== null && story === 1) story += deckUnder(paras);
  // The headline and any deck: extraction reads their quotes as the headline's.
  const head = story;
  for (let k = story; k < Math.min(paras.length, Math.max(3, story + 1)); k++) {
    const p = paras[k];
    let header = false;
    if (!byline && /^(?:By|Door|Von|Par)\s/.test(p)) header = (byline = bylineOf(p)) !== null;
    if (!dateRaw && p.length <= 60 && isDateLine(p)) header = (dateRaw = p) !== null;
    // "Updated 4:12 p.m. ET, March 9, 2031": a header line, no publication date (dates.ts), kept
    // to bound the date from above when the story gives none.
    else if (p.length <= 80 && isUpdateLine(p)) {
      header = true;
      updateRaw ??= p;
    }
    // An editor's note under the headline stands above the story too, no deck (headline.ts).
    else if (k === head && isEditorsNote(p)) header = true;
    const mh: ReturnType<typeof mastheadLine> = !dateRaw && !masthead && p.length <= 100 ? mastheadLine(p) : null;
    if (mh) {
      masthead = { outlet: mh.outlet, line: p };
      dateRaw = mh.dateRaw;
      header = true;
    }
    if (header && story === k) story = k + 1;
  }
  // Counted from the text's top, the label over the headline included.
  return { title, head: head + label, byline, dateRaw, updateRaw, masthead, story: story + label };
}

/** Offsets into a rebuilt text, carried through that text's own map into the document. */
function compose(offsets: Int32Array, map: Int32Array): Int32Array {
  const out = new Int32Array(offsets.length);
  const n = offsets.length - 1;
  for (let i = 0; i < n; i++) out[i] = map[Math.min(offsets[i], map.length - 1)] ?? -1;
  out[n] = n > 0 ? out[n - 1] + 1 : (map[0] ?? 0);
  return out;
}

export function cutDiagnostics(article: Article): Diagnostic[] {
  return article.cuts.map((c) => {
    const words = article.text.slice(c.start, c.end).split(" ");
    const tail = words.slice(-6).join(" ");
    return {
      reason: `text stops mid-sentence ("…${tail}"): quotes here may be incomplete`,
      documentId: article.documentId,
      articleId: article.id,
      span: c,
      ruleId: "ingest/cut-text",
      stage: "ingest",
      severity: "warning",
    } satisfies Diagnostic;
  });
}

/** Turn `source.slice(from, to)` into one or more articles with their provenance. */
export function articlesFromText(documentId: string, source: string, from: number, to: number, meta: TextMeta = {}): Built {
  // A range past the text's end would send the paragraph walk looking for text that is not there
  // (it never advanced): the range is clamped to the text, as slice() would read it.
  to = Math.min(to, source.length);
  from = Math.min(Math.max(from, 0), to);
  const layout = meta.split === false
    ? { container: meta.container ?? null, segments: [{ from, to, header: null }], notes: [] as string[], forwarded: null }
    : layoutOf(source, from, to, meta.container ?? null);
  const segments = layout.segments.length ? layout.segments : [{ from, to, header: null }];
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const ids = uniqueIds();
  for (const note of layout.notes) diagnostics.push({ reason: note, documentId, ruleId: "ingest/preamble", stage: "ingest", severity: "info" });
  // A page's widget text (a button bar's labels run together, a live blog's header) is blanked in
  // the text the articles are read from, at the same length, so offsets still lead to the file.
  const widgets = widgetRuns(source, from, to);
  const read = blankRuns(source, widgets);
  if (widgets.length) diagnostics.push({ reason: `${widgets.length} run(s) of page-widget text read as blank, offsets kept (${[...new Set(widgets.map((w) => w.ruleId.replace("ingest/widget-", "")))].join(", ")}): first "${source.slice(widgets[0].span.start, widgets[0].span.end)}"`, documentId, ruleId: "ingest/widget-text", stage: "ingest", severity: "info" });
  segments.forEach((seg, n) => {
    const map = meta.sourceMap ?? null;
    const made = makeArticle(documentId, n, "", read, seg.from, seg.to, { wrapped: meta.wrapped, headingParagraphs: meta.split === false ? meta.headings : undefined }, meta.mapped !== false || map !== null);
    const ends = map && made.sourceOffsets && meta.sourceEnds ? endsThrough(made.sourceOffsets, null, map, meta.sourceEnds) : null;
    const composed = map && made.sourceOffsets ? { ...made, sourceOffsets: compose(made.sourceOffsets, map) } : made;
    const base = ends ? { ...composed, sourceEnds: ends } : composed;
    const h = seg.header;
    const lead = h ? null : leadingMeta(base.text, base.paragraphs, fileName(documentId));
    const single = segments.length === 1;
    // An article that came in a forwarded message falls back on that message's subject, not the forward's.
    const fallbackTitle = layout.forwarded && seg.from >= layout.forwarded.from ? layout.forwarded.title : single ? meta.fallbackTitle : null;
    const given = h?.title ?? (single ? meta.title : null) ?? null;
    const title = given ?? lead?.title ?? fallbackTitle ?? null;
    // Counted only for a headline read from the text's top (a title from markup or a header may be no paragraph of it).
    // A title from markup with its deck at the text's top counts the deck (html-head.ts).
    const headParagraphs = given === null ? (lead?.title ? lead.head : undefined) : single && !h && meta.headParagraphs ? meta.headParagraphs : undefined;
    const byline = h?.byline ?? (single ? meta.byline : null) ?? lead?.byline ?? null;
    let publishedRaw = h?.dateLine ?? (single ? meta.publishedRaw : null) ?? lead?.dateRaw ?? null;
    let published = h?.published ?? (single ? meta.published : null) ?? (lead?.dateRaw ? parseDate(lead.dateRaw, true)?.iso ?? null : null);
    // The story opens under any headline, byline and date lines, on its dateline.
    const story = lead && lead.story < base.paragraphs.length ? base.text.slice(base.paragraphs[lead.story].start) : base.text;
    const forwardedHere = layout.forwarded !== null && seg.from >= layout.forwarded.from;
    const sent = (forwardedHere ? layout.container?.forwarded?.sentOn : null) ?? layout.container?.sentOn ?? null;
    // The story's "Updated 3:15 p.m. ET, Thu May 21, 2015" line, when it gives a whole date.
    const updateLine = h ? h.updateLine ?? null : lead?.updateRaw ?? null;
    const updatedWhole = !published && updateLine ? updateDate(updateLine) : null;
    // A dateline's day without a year ("WASHINGTON, May 20 —") takes the year of a day known to
    // come on or after it: the story's last update, which is the story's own (a mail may forward it
    // years later), else the mail that carried it (the forwarded message's, for a story in one).
    const yearFrom = updatedWhole ? "update" : sent ? "mail" : null;
    const anchor = updatedWhole?.iso ?? sent;
    const day = !published && anchor ? datelineDay(story) : null;
    const dated = day && anchor ? yearOfDay(day, anchor) : null;
    let publishedFrom: PublishedFrom | null = null;
    if (dated) {
      published = dated.iso;
      publishedRaw = dated.raw;
      publishedFrom = yearFrom === "update" ? "dateline-and-update-line" : "dateline-and-mail";
    }
    // A story that gives no day but its last update's was out on or before that day: the story's
    // own bound, closer than the mail's that carried it. A day without its year ("Updated May 20,
    // 9:30 AM") takes the mail's, as a dateline's day does.
    const updateMonthDay = !published && !updatedWhole && updateLine && sent ? updateDay(updateLine) : null;
    const updatedDay = updateMonthDay ? yearOfDay(updateMonthDay, sent!) : null;
    const updated = dated ? null : updatedWhole ?? (updatedDay && updateLine ? { iso: updatedDay.iso, raw: updateLine.trim() } : null);
    if (updated) {
      published = updated.iso;
      publishedRaw = updated.raw;
      publishedFrom = "update-line";
    }
    // A story that gives no day at all is dated by the mail that carried it: the day it was sent
    // bounds the story's from above (a list post forwards the news of the day or a few days old),
    // and an undated story of a dated mail was left with no date for the reports, the conflicts'
    // time windows and a weekday's day. Said in publishedFrom and a diagnostic; publishedRaw is the
    // mail's Date header.
    const mail = forwardedHere && layout.container?.forwarded?.sentOn ? layout.container.forwarded : layout.container;
    const mailed = !published && mail?.sentOn ? { iso: mail.sentOn, raw: mail.sentRaw ?? mail.sentOn } : null;
    if (mailed) {
      published = mailed.iso;
      publishedRaw = mailed.raw;
      publishedFrom = "mail";
    }
    // Last resort, for a file that holds one article and no date anywhere (not even a mail's): the
    // file's name. Said in a diagnostic, and publishedRaw is the name, so the date can be traced.
    const named = single && meta.alone !== false && !published && !layout.container?.sentOn ? dateInFileName(documentId) : null;
    if (named) {
      published = named.iso;
      publishedRaw = named.raw;
      publishedFrom = "file-name";
    }
    const evidence: OutletEvidence[] = [
      ...(meta.evidence ?? []),
      ...(h?.dateLine ? dateStyleEvidence(h.dateLine) : []),
      ...linkEvidence(source, seg.from, seg.to),
      ...[h?.masthead, lead?.masthead].flatMap((m) => (m ? [{ outlet: m.outlet, kind: "masthead" as const, detail: `header line "${m.line.trim()}"`, weight: 2 }] : [])),
      ...selfReferenceEvidence(base.text),
      ...agencyDatelineEvidence(base.text, base.paragraphs),
    ].map((e) => ({ ...e, outlet: canonicalOutlet(e.outlet) }));
    // Last resort, as for the date: a known outlet the file's name opens with, when the file holds
    // one article. It gives way to the page, a masthead, a dateline or a byline, but not to credits
    // alone ("told MSNBC" twice: a story quotes other outlets' interviews as often as its own), unless
    // to a wire agency (a story that says "told the AP" over and over is the agency's copy, reprinted).
    // Kept as evidence and said in a diagnostic.
    const inferred = inferOutlet(evidence);
    const byCredits = inferred !== null && !outletByName(inferred)?.wire && evidence.filter((e) => e.outlet === inferred).every(isCreditEvidence);
    const inName = (!inferred || byCredits) && single && meta.alone !== false ? outletInFileName(documentId) : null;
    const saved = inName && inName.outlet.name !== inferred ? inName : null;
    if (saved) evidence.push({ outlet: saved.outlet.name, kind: "file-name", detail: `file name opens with "${saved.slug}"`, weight: 1 });
    const outlet = saved?.outlet.name ?? inferred;
    const id = ids.take(outlet ? `${outletSlug(outlet)}-${published ?? docSlug(documentId)}` : single ? docSlug(documentId) : `${docSlug(documentId)}-${n + 1}`);
    // A headline or deck written without a final stop is no cut sentence.
    const headEnd = headParagraphs ? base.paragraphs[headParagraphs - 1]?.end ?? 0 : 0;
    const article: Article = {
      ...base,
      ...(headEnd ? { cuts: base.cuts.filter((c) => c.start >= headEnd) } : {}),
      id,
      title,
      ...(headParagraphs ? { headParagraphs } : {}),
      byline,
      outlet,
      outletEvidence: evidence,
      published,
      publishedRaw,
      ...(publishedFrom ? { publishedFrom } : {}),
      // The dateline opens the story, under any headline, byline and date lines.
      dateline: datelineOf(story),
      container: layout.container,
      wire: wireCredits(base.text, base.paragraphs, byline),
    };
    articles.push(article);
    if (dated) diagnostics.push({ reason: `publication date ${dated.iso} from the dateline's "${dated.raw}", the year from ${yearFrom === "update" ? `the story's last update ("${updatedWhole!.raw}", ${anchor})` : `the mail's date (${anchor})`}`, documentId, articleId: id, ruleId: "ingest/date-from-dateline", stage: "ingest", severity: "info" });
    if (updated) diagnostics.push({ reason: `publication date ${updated.iso} is the day of the story's last update ("${updated.raw}"${updatedWhole ? "" : `, the year from the mail's date (${sent})`}): the story gives no other date, and was published on or before it`, documentId, articleId: id, ruleId: "ingest/date-from-update-line", stage: "ingest", severity: "info" });
    if (mailed) diagnostics.push({ reason: `publication date ${mailed.iso} is the day the mail that carried the story was sent ("${mailed.raw}"): the story gives none, and was published on or before it`, documentId, articleId: id, ruleId: "ingest/date-from-mail", stage: "ingest", severity: "info" });
    if (named) diagnostics.push({ reason: `publication date ${named.iso} taken from the file name (the text gives none)`, documentId, articleId: id, ruleId: "ingest/date-from-file-name", stage: "ingest", severity: "info" });
    if (saved) diagnostics.push({ reason: `outlet ${saved.outlet.name} taken from the file name, which opens with "${saved.slug}" (the text gives none)`, documentId, articleId: id, ruleId: "ingest/outlet-from-file-name", stage: "ingest", severity: "info" });
    diagnostics.push(...cutDiagnostics(article));
  });
  return { articles, diagnostics };
}

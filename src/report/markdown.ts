import { OWN_REPORT_MARK, type Quote, type Report } from "../model/index.js";
import { closeBidi } from "./html-escape.js";
import { inMarks, reportOutline, shownDiff, sideLabel, type ChainStep, type ClaimView, type FindingView, type QuoteView, type ReportOutline } from "./report-view.js";
import { reasonBeyond, ruleLegend, type RuleLegend } from "./rule-legend.js";
import { inputsNamed } from "./inputs-line.js";
import { OUTLET_UNKNOWN } from "./article-name.js";

/**
 * Markdown text from the input: every character that starts markup or HTML is backslash-escaped (CommonMark
 * allows it before any ASCII punctuation), so an article cannot add links, markup or table cells.
 */
export function mdEscape(s: string): string {
  // Bidi controls the text leaves open are closed, as in the HTML report: they would reverse the cell's own marks.
  return closeBidi(s.replace(/\s+/g, " ")).replace(/[\\`*_{}[\]<>#!|~&]/g, (c) => `\\${c}`);
}

const dash = "–";
/** Direct words in quotation marks; reported speech without them, marked "(reported)". */
const shown = (text: string, kind: QuoteView["kind"]) => (inMarks(kind) ? `“${mdEscape(text)}”` : `${mdEscape(text)} (reported)`);
const cell = (s: string | null | undefined) => (s ? mdEscape(s) : dash);
/**
 * "Lena Vasquez, the mayor → told AFP → published by …": each link named, as the HTML's chain is.
 * With To whom and Published no longer cells of their own, "→ AFP →" alone left a reader to guess
 * what AFP was. The first link needs no label: a quote's chain opens with its speaker.
 */
const chain = (steps: readonly ChainStep[]) => steps.map((s, i) => mdEscape(i === 0 ? s.value : `${s.label} ${s.value}`)).join(" → ");

/**
 * "docs/a.txt:12:5 (¶3, “Levee holds”)": the place as `check` prints it, then the paragraph and the
 * article by its name (articleName: title, else opening words and day), not the id quotecheck made.
 */
function whereCell(place: string | null, paragraph: number | null, article: string): string {
  const inArticle = `${paragraph === null ? "" : `¶${paragraph}, `}${mdEscape(article)}`;
  return place === null ? inArticle : `${mdEscape(place)} (${inArticle})`;
}

const SOURCE_COLUMNS = ["Article", "Outlet", "Evidence for outlet", "Byline", "Published", "Dateline", "Carried by", "Quotes", "Cuts"] as const;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(tableRow)];
}

const tableRow = (r: readonly string[]): string => `| ${r.join(" | ")} |`;

/**
 * Why a quote was credited so: what its reason says beyond its rule's description, then the rule.
 * The description is said once, under Rules, as in the HTML report: written on every row it was a
 * sixth of the Markdown on PolNeAR dev, and the part that differs (how this speaker was found,
 * "surname “Clinton” -> Hillary Clinton") came last in a long cell.
 */
function whyCell(legend: RuleLegend, q: QuoteView): string {
  const beyond = reasonBeyond(legend, q.ruleId, q.reason);
  return beyond ? `${mdEscape(beyond)} (${mdEscape(q.ruleId)})` : mdEscape(q.ruleId);
}

/** A date said, or nothing: most quotes give none, and a dash down the column read as a value (the HTML and the UI leave it out too). */
const saidCell = (spokenOn: string | null) => (spokenOn ? mdEscape(spokenOn) : "");

/** The chain's links that are the quote's own: said by, and told when the article says whom. */
const OWN_LINKS: ReadonlySet<ChainStep["label"]> = new Set(["said by", "told"]);

/** "¶6, 48:12": the paragraph, then the line and column in the file the article line above names. */
const placeCell = (q: QuoteView): string =>
  [q.paragraph === null ? null : `¶${q.paragraph}`, q.line === null || q.column === null ? null : `${q.line}:${q.column}`].filter(Boolean).join(", ") || dash;

/** Quotes by article, articles in the order first quoted, each article's quotes in their order. */
function byArticle(quotes: readonly Quote[]): Quote[][] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const g = groups.get(q.articleId);
    if (g) g.push(q);
    else groups.set(q.articleId, [q]);
  }
  return [...groups.values()];
}

/** What the layout of a speaker's quotes means, said once under Speakers. */
const QUOTES_LAYOUT =
  "Each speaker's quotes are grouped by article: the line above each table names the article, who published it and what carried it (the file); " +
  "each row gives the words in bold in the sentence that holds them (the words that credit them in italics), who said them and whom they were told (Said by → told), " +
  "where they stand (paragraph, and line:column in that file) and why they were credited so.";

/**
 * A quote's words in the sentences of its article that hold and credit them (contextCell), "(reported)"
 * after reported speech; the words alone, in marks when direct, where those sentences add nothing (a
 * quote that is its paragraph). With a column for the words and one for their sentence, every row
 * gave the words twice, once alone and once in bold, and the Palmyra report's quote tables were twice
 * as wide as the words. A passage the sentence shows by its first and last words (quote-context's
 * cut) is given whole before it.
 */
function quoteCell(q: QuoteView): string {
  if (!q.context) return shown(q.text, q.kind);
  const sentence = contextCell(q.context);
  if (q.context.some((p) => p.cut)) return `${shown(q.text, q.kind)}; in the article: ${sentence}`;
  return inMarks(q.kind) ? sentence : `${sentence} (reported)`;
}

/**
 * One table a speaker's article, under a line that names the article with the chain's article links
 * (published by, carried by and the file), which are the same for each of its quotes. Each row keeps
 * its own links (said by, told) and its place, and the cells the chain does not say: the day said, the
 * flags, the why. The whole chain on every row, "… → published by The Daily Beast, 2015-05-21 → carried
 * by Midden-Oosten list post from Jeff meisner, 2015-05-22 (corpus/midden-oosten-2015-05-22-isis-
 * captures-palmyra.txt:48:12)", was a quarter of PolNeAR dev's 1 MB report and hid what differed.
 */
function* quoteRows(quotes: readonly Quote[], legend: RuleLegend, view: ReportOutline["view"]): Generator<string> {
  // Each quote viewed as its row is written (reportOutline), not a speaker's all at once.
  for (const quoted of byArticle(quotes)) {
    const first = view(quoted[0]!);
    yield `**${mdEscape(first.articleName)}**: ${chain(first.sourceChain.map((s, i) => (i === 0 ? { ...s, value: `${s.label} ${s.value}` } : s)))}`;
    yield "";
    yield* table(QUOTE_COLUMNS, []);
    for (const q of quoted) yield tableRow(quoteRow(view(q), legend));
    yield "";
  }
}

const QUOTE_COLUMNS = ["Quote", "Said on", "Said by → told", "Flags", "Where", "Why"] as const;

/** One quote's row of its article's table (quoteRows). */
const quoteRow = (q: QuoteView, legend: RuleLegend): string[] => [
  quoteCell(q),
  saidCell(q.spokenOn),
  chain(q.chain.filter((s) => OWN_LINKS.has(s.label))),
  // The findings a quote is in, by title, so its conflicts are named beside it.
  cell([...q.flags.filter((f) => f !== "reported"), ...q.findings.map((f) => `see ${f.title}`)].join(", ")),
  placeCell(q),
  whyCell(legend, q),
];

/**
 * `s` (Markdown already) between emphasis marks set from its first letter or digit to its last, the
 * spaces and punctuation at its ends left outside. CommonMark reads a mark beside a letter as
 * emphasis whatever stands on its other side; beside a space ("** said**") or between punctuation
 * ("*said***, the debate", a credit inside the quoted words) it showed the marks as written.
 */
function emphasised(s: string, mark: "*" | "**"): string {
  const from = s.search(/[\p{L}\p{N}]/u);
  if (from < 0) return s;
  // A bidi control closing the words (closeBidi's, after an override the article left open) stays
  // inside the marks: outside, the override ran over the closing mark. CommonMark reads it as a letter.
  let to = s.length;
  while (!/[\p{L}\p{N}\u202a-\u202e\u2066-\u2069]/u.test(s[to - 1]!)) to--;
  return `${s.slice(0, from)}${mark}${s.slice(from, to)}${mark}${s.slice(to)}`;
}

/**
 * The sentences around a quote as its article wrote them (quote-context.ts, as the HTML report shows
 * them), the quoted words in bold and the words that credit them (cue, the speaker's mention) in
 * italics: the Markdown gave the words and the chain, and how "she" or "the official" came to be
 * credited could be read only in the file. Empty when they add nothing (a quote that is its paragraph).
 */
export const contextCell = (parts: QuoteView["context"]): string =>
  parts ? parts.map((p) => (p.mark === "quote" ? emphasised(mdEscape(p.text), "**") : p.mark === "credit" ? emphasised(mdEscape(p.text), "*") : mdEscape(p.text))).join("") : "";

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Lena Vasquez, the mayor": the speaker with the role the article gives them. */
const whoCell = (c: ClaimView) => cell([c.speaker ?? "unattributed", c.role].filter(Boolean).join(", "));

/** "pub. 2015-05-21, said 2015-05-20": the day said only when the article gives one, after the day published. */
const whenCell = (c: ClaimView) => cell([c.published && `pub. ${c.published}`, c.spokenOn && `said ${c.spokenOn}`].filter(Boolean).join(", "));

/**
 * One row a claim: who, what it stands for, the words, the outlet, when and where. With one column
 * a claim, Palmyra's seven-claim contradiction was an eight-column table whose rows were fields,
 * each claim read down a column too narrow for its words; a row reads as a sentence, and the
 * table's height, not its width, grows with the claims. "Stands for" (the finding's name for the
 * claim's side: "the civilians were evacuated") says which side a claim is on; a finding that
 * names no sides leaves the column out; a quote-change finding's column is "Wording" (sideLabel).
 */
function findingBlock(f: FindingView): string[] {
  const sides = f.claims.some((c) => c.side);
  return [
    `### ${mdEscape(f.title)}`,
    "",
    `*${f.kind}, ${f.severity}*`,
    "",
    mdEscape(f.explanation),
    "",
    ...table(
      ["#", "Speaker", ...(sides ? [capitalised(sideLabel(f.kind))] : []), "Claim", "Outlet", "When", "Where"],
      f.claims.map((c, i) => [
        String(i + 1),
        whoCell(c),
        ...(sides ? [cell(c.side)] : []),
        shown(c.text, c.kind),
        // Without an outlet the article says where the claim is (PolNeAR's files name none): a
        // dash in every row left a reader unable to tell two articles' claims apart.
        cell(c.outlet ?? c.articleName),
        whenCell(c),
        // Where to find the claim in its article, as each quote row says.
        whereCell(c.place, c.paragraph, c.articleName),
      ]),
    ),
    "",
  ];
}

/** The whole report as one string (its lines joined). */
export const markdownReport = (report: Report): string => [...markdownChunks(report)].join("");

/**
 * The report in pieces (a line each, the registry joins them to about a megabyte), for the CLI to
 * write one after another: joined, the Markdown of a dense 49 MB story was some 180 million
 * characters held at once beside its lines.
 */
export function* markdownChunks(report: Report): Generator<string> {
  let first = true;
  for (const line of markdownLines(report)) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}

/**
 * The report's lines, in order, made as they are written: a speaker's quotes are viewed as its
 * section is reached (reportOutline), and every line of the report was held at once before.
 */
function* markdownLines(report: Report): Generator<string> {
  const v = reportOutline(report);
  const legend = ruleLegend(v.quotes);
  // The first line marks the file as quotecheck's own output, so a later run over the story's
  // folder leaves it out instead of reading every quote in it a second time (ingest/own-report).
  // What it read, under the title as the HTML says it: a report filed with a story named no file
  // unless one scrolled to Sources.
  const { named, more } = inputsNamed(v.sources.map((s) => s.file));
  const inputs = named.map(mdEscape).join(", ") + (more ? ` and ${more} more files, listed under [Sources](#sources)` : "");
  yield* [OWN_REPORT_MARK, "# Attribution report", "", ...(inputs ? [inputs, ""] : []), "## Summary", ""];
  yield* [...table(["", "count"], v.summary.map((s) => [s.label, String(s.value)])), ""];

  yield* ["## Speakers", ""];
  if (!v.speakers.length) yield* ["No attributed quotes.", ""];
  else yield* [QUOTES_LAYOUT, ""];
  for (const s of v.speakers) {
    yield* [`### ${mdEscape(s.name)}${s.type === "person" ? "" : ` (${s.type})`}`, ""];
    if (s.roles.length) yield `Roles: ${s.roles.map((r) => `${mdEscape(r.role)} (${mdEscape(r.where)})`).join("; ")}  `;
    if (s.aliases.length) yield `Also named: ${s.aliases.map(mdEscape).join(", ")}  `;
    // Articles of unknown outlet by name: two "Mr. Obama" of two such articles had no line to tell them apart.
    const unknown = s.unknownOutletArticles.length ? `outlet unknown: ${s.unknownOutletArticles.map((a) => mdEscape(a.name)).join(", ")}` : "";
    if (s.outlets.length || unknown) yield `Quoted by: ${[s.outlets.map(mdEscape).join(", "), unknown].filter(Boolean).join("; ")}`;
    yield "";
    yield* quoteRows(s.quotes, legend, v.view);
  }
  if (v.unattributed.length) {
    yield* ["### Unattributed quotes", ""];
    yield* quoteRows(v.unattributed, legend, v.view);
  }

  yield* ["## Conflicts", ""];
  if (!v.conflicts.length) yield* ["No conflicting claims found.", ""];
  for (const f of v.conflicts) yield* findingBlock(f);

  yield* ["## Corroborations", ""];
  if (!v.corroborations.length) yield* ["No corroborations found.", ""];
  for (const f of v.corroborations) yield* findingBlock(f);

  if (v.variants.length) {
    yield* ["## Quotes that changed between sources", ""];
    // Each group's quotes viewed as its lines are written (reportOutline).
    for (const g of v.variants) {
      const reference = v.view(g.reference);
      yield `- Reference: ${shown(reference.text, reference.kind)} (${mdEscape(reference.speaker ?? "unattributed")}, ${cell(reference.outlet ?? reference.articleName)})`;
      for (const m of g.members) {
        const quote = v.view(m.quote);
        const diff = shownDiff(m.diff).length
          ? m.diff.map((d) => (d.op === "same" ? mdEscape(d.text) : d.op === "del" ? `~~${mdEscape(d.text)}~~` : `**${mdEscape(d.text)}**`)).join(" ")
          : mdEscape(quote.text);
        const where = m.sameArticle ? "the same article" : cell(quote.outlet ?? quote.articleName);
        yield `  - ${mdEscape(m.variant)} in ${where} (${mdEscape(quote.speaker ?? "unattributed")}): ${diff}`;
      }
    }
    yield "";
  }

  // One table for every file, as the HTML's: a table a file repeated its nine-column header once per
  // file (84 times on PolNeAR dev). Markdown has no row groups, so each file opens with a row of its
  // own, its name in bold, then its articles' rows.
  yield* ["## Sources", ""];
  yield* [
    ...table(
      SOURCE_COLUMNS,
      v.sources.flatMap((s) => [
        [`**${mdEscape(s.file)}** (${mdEscape(s.format)}, ${mdEscape(s.encoding)}, ${s.bytes} bytes, sha256 \`${s.sha256.slice(0, 16)}…\`)`, ...SOURCE_COLUMNS.slice(1).map(() => "")],
        // An unknown outlet in the words every format spells it out in (article-name.ts).
        ...s.articles.map((a) => [cell(a.name), cell(a.outlet ?? OUTLET_UNKNOWN), cell(a.outletEvidence), cell(a.byline), cell(a.published), cell(a.dateline), cell(a.carriedBy), String(a.quotes), String(a.cuts)]),
      ]),
    ),
    "",
  ];
  if (v.skipped.length) yield* ["Skipped inputs:", "", ...v.skipped.map((s) => `- ${mdEscape(s.path)}: ${mdEscape(s.reason)}`), ""];

  if (legend.size) {
    yield* ["## Rules", "", "What each rule that credited a quote does; each quote's Why gives its rule and what it found beyond this.", ""];
    for (const [id, d] of legend) yield `- ${mdEscape(id)}: ${mdEscape(d)}`;
    yield "";
  }

  yield* ["## Diagnostics", ""];
  if (!v.diagnostics.length) yield* ["None.", ""];
  else {
    for (const d of v.diagnostics) yield `- ${d.severity}: ${mdEscape(d.line)}`; // (one at a time: a spread of many overflows the stack)
    yield "";
  }
}

import type { Article, CheckNote, Finding, Quote, Report, Severity } from "../model/index.js";
import { chainOf, findingTitle, paragraphAt } from "./report-view.js";
import { quoteNotes } from "./quote-notes.js";
import { jsonChunks, joinedUpTo, streamed } from "./json-chunks.js";

/**
 * The JSON report's version (schema/report.schema.json). 1.3: each finding carries what the Markdown
 * and HTML reports say of it, its title, and each of its claims its quote's kind and paragraph (they
 * show reported speech without marks and say where the claim stands; a reader of 1.2 had to join each
 * claim to its quote for that, and to the quotes' findings for the title). 1.2: the `check` settings the quotes'
 * checks were made with (checkSettings: each rule's setting, the config file, failOn), which a reader
 * of 1.1 could not tell from the findings (a rule off and a rule that found nothing look alike).
 * 1.1: each quote carries what the Markdown and HTML reports say beside it (its chain, flags and
 * findings) and the `check` findings about it; 1.0 was the model alone, and a fact-checker's script
 * had to join findings to quotes by hand. The model's own schemaVersion (cache) stays 1.0.
 */
export const REPORT_JSON_VERSION = "1.3";

/** A `check` finding as a quote of the JSON report carries it. */
export type QuoteCheck = { readonly ruleId: string; readonly severity: Severity; readonly message: string };

/**
 * The `check` findings the report carries (Report.checks, attached by pipeline/with-checks) about
 * each quote: those on the quote itself (no-speaker, truncated-quote, and altered-quote on the group
 * member it stands at); those on a finding, to every quote it holds a claim of (conflict,
 * disputed-claim, misattribution: each side is in question, while the hit's own quoteId names the
 * first claim alone). Pure.
 */
export function checksByQuote(report: Report, findings: readonly CheckNote[] = report.checks ?? []): ReadonlyMap<string, readonly QuoteCheck[]> {
  const claimsOf = new Map(report.findings.map((f) => [f.id, f.claims.map((c) => c.quoteId)]));
  const out = new Map<string, QuoteCheck[]>();
  for (const f of findings) {
    const check = { ruleId: f.ruleId, severity: f.severity, message: f.message };
    for (const id of new Set([...(f.quoteId ? [f.quoteId] : []), ...((f.findingId && claimsOf.get(f.findingId)) || [])])) {
      const list = out.get(id);
      if (list) list.push(check);
      else out.set(id, [check]);
    }
  }
  return out;
}

/** A finding's claim as the JSON report writes it: the model's, with its quote's kind and paragraph (null when the report lists no such quote). */
type ClaimOut = Finding["claims"][number] & { readonly kind: Quote["kind"] | null; readonly paragraph: number | null };

/**
 * Each finding with what the Markdown and HTML reports say of it (1.3): its title (findingTitle, as
 * the quotes' `findings` name it), and each claim's kind and paragraph, read off the claimed quotes
 * alone (a dense story's quotes are not all mapped). Pure.
 */
export function findingsOut(r: Report, articles: ReadonlyMap<string, Article>): (Finding & { readonly title: string; readonly claims: readonly ClaimOut[] })[] {
  const claimedIds = new Set(r.findings.flatMap((f) => f.claims.map((c) => c.quoteId)));
  const claimed = new Map<string, { kind: Quote["kind"]; paragraph: number | null }>();
  for (const q of r.quotes) {
    if (!claimedIds.has(q.id)) continue;
    const a = articles.get(q.articleId);
    claimed.set(q.id, { kind: q.kind, paragraph: a ? paragraphAt(a.paragraphs, q.span.start) : null });
  }
  // The title after the id, as a report heads a finding with it.
  return r.findings.map(({ id, ...f }) => ({
    id,
    title: findingTitle({ id, ...f }),
    ...f,
    claims: f.claims.map((c) => ({ ...c, kind: claimed.get(c.quoteId)?.kind ?? null, paragraph: claimed.get(c.quoteId)?.paragraph ?? null })),
  }));
}

/** The JSON report in pieces of about a megabyte (jsonChunks: one a quote, article, finding …, joined). */
export const jsonReport = (r: Report): Iterable<string> => joinedUpTo(jsonLines(r), 1 << 20);

function* jsonLines(r: Report): Generator<string> {
  const articles = new Map(r.articles.map((a) => [a.id, a]));
  const notes = quoteNotes(r, findingTitle);
  const checks = checksByQuote(r);
  // Each quote's additions are made as it is written (streamed), not for every quote up front.
  const quote = (q: Quote) => {
    const a: Article | undefined = articles.get(q.articleId);
    return {
      ...q,
      paragraph: a ? paragraphAt(a.paragraphs, q.span.start) : null,
      chain: chainOf(q, a),
      flags: notes.flagsOf(q, a),
      findings: notes.findingsOf(q.id),
      checks: checks.get(q.id) ?? [],
    };
  };
  // Articles without their offset maps (the file's positions are on each quote as line and column),
  // each written a member at a time and its lists a member at a time (a dense story's paragraphs).
  // (The checks go with their quotes, not as a list of their own.)
  // The check settings beside the inputs, before the analysis they are about: what was read and how.
  // The version and the inputs stay the first keys, which is how ingest (own-output.ts), of this
  // version or an older one, knows the file for quotecheck's own report. `head` sets the keys'
  // order; the version is set again last, the report's and not the model's 1.0.
  const { checks: _checks, checkSettings, ...rest } = r;
  const articleList = streamed(r.articles, withoutOffsets, 3);
  const head = { schemaVersion: REPORT_JSON_VERSION, inputs: r.inputs, ...(checkSettings ? { checkSettings } : {}) };
  yield* jsonChunks({ ...head, ...rest, schemaVersion: REPORT_JSON_VERSION, articles: articleList, quotes: streamed(r.quotes, quote), findings: findingsOut(r, articles) });
  yield "\n";
}

/**
 * The article's fields but its offset map, in their order, the map's never read: an article re-opened
 * from the cache unpacks its map when it is first read (a getter, cli/load.ts), and taking it apart
 * with a rest pattern read it, one Int32 a character of every article (+22 MB RSS on PolNeAR train),
 * only to drop it.
 */
export function withoutOffsets(a: Article): Omit<Article, "sourceOffsets" | "sourceEnds"> {
  const out: Record<string, unknown> = {};
  // (sourceEnds, the map's ends where a character was wider in the file, is the map's too.)
  for (const k of Object.keys(a)) if (k !== "sourceOffsets" && k !== "sourceEnds") out[k] = a[k as keyof Article];
  return out as Omit<Article, "sourceOffsets" | "sourceEnds">;
}

import { OUTLET_UNKNOWN } from "../report/article-name.js";
import type { Article, Finding, Quote, Report } from "../model/index.js";
import { flat } from "./text.js";
import { fold } from "./selection.js";
import { toWhomText } from "../report/to-whom.js";
import { toldAnotherOutlet } from "../report/secondhand.js";

export type QuoteFlags = {
  readonly truncated: boolean;
  readonly indirect: boolean;
  readonly anonymous: boolean;
  readonly secondhand: boolean;
  readonly conflict: boolean;
};

/**
 * Flag letters in a fixed order, so the flags column lines up. `check`: the flag asks for a check, as
 * a `check` rule would (truncated-quote, anonymous-source, secondhand-source, conflict), and makes
 * the quote "flagged" (the f filter, a speaker's count). R says the quote's kind, which d picks: with
 * it counted, f kept every reported statement, a story's whole account of what was said.
 */
export const FLAGS: readonly { readonly key: keyof QuoteFlags; readonly letter: string; readonly word: string; readonly help: string; readonly check: boolean }[] = [
  { key: "truncated", letter: "T", word: "truncated", help: "the quote runs into cut text or never closes", check: true },
  { key: "indirect", letter: "R", word: "reported", help: "reported speech, not the speaker's own words (its kind: not counted by f)", check: false },
  { key: "anonymous", letter: "A", word: "anonymous", help: "the speaker is not named", check: true },
  { key: "secondhand", letter: "2", word: "secondhand", help: "given to another outlet than the one that published it", check: true },
  { key: "conflict", letter: "C", word: "in a conflict", help: "a claim in a finding other than a corroboration", check: true },
];

/** Whether a quote's flags ask for a check: any flag but R (FLAGS `check`). */
export const isFlagged = (f: QuoteFlags): boolean => FLAGS.some((d) => d.check && f[d.key]);

/** A quote with what the Quotes view shows beside it, all read from the report. */
export type QuoteItem = {
  readonly quote: Quote;
  readonly article: Article | undefined;
  /** Position in the report (document order), the default sort. */
  readonly index: number;
  readonly speaker: string;
  readonly outlet: string;
  readonly toWhom: string;
  readonly said: string;
  readonly published: string;
  readonly excerpt: string;
  readonly flags: QuoteFlags;
  readonly flagged: boolean;
  readonly findings: readonly Finding[];
  /** Lower-cased speaker, outlet, text and the days said and published, for the `/` filter. */
  readonly haystack: string;
};


export const flagLetters = (f: QuoteFlags): string => FLAGS.map((d) => (f[d.key] ? d.letter : "·")).join("");
export const flagWords = (f: QuoteFlags): string[] => FLAGS.filter((d) => f[d.key]).map((d) => d.word);

export const speakerLabel = (q: Pick<Quote, "speaker">): string => q.speaker ?? "(speaker unresolved)";

/** Quotes as the UI lists them; scare quotes are left out, as in `extract`'s default output. */
export function buildQuoteItems(report: Report): QuoteItem[] {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const findingsOf = new Map<string, Finding[]>();
  for (const f of report.findings)
    for (const c of f.claims) {
      const list = findingsOf.get(c.quoteId) ?? [];
      if (!list.includes(f)) list.push(f);
      findingsOf.set(c.quoteId, list);
    }
  const items: QuoteItem[] = [];
  report.quotes.forEach((q, index) => {
    if (q.kind === "scare") return;
    const article = articles.get(q.articleId);
    const findings = findingsOf.get(q.id) ?? [];
    const flags: QuoteFlags = {
      truncated: q.truncated,
      indirect: q.kind === "indirect",
      anonymous: q.speakerType === "anonymous",
      secondhand: toldAnotherOutlet(q, article),
      conflict: findings.some((f) => f.kind !== "corroboration"),
    };
    const speaker = speakerLabel(q);
    const outlet = article?.outlet ?? OUTLET_UNKNOWN;
    items.push({
      quote: q,
      article,
      index,
      speaker,
      outlet,
      toWhom: toWhomText(q),
      said: q.spokenOn ?? "",
      published: article?.published ?? "",
      excerpt: flat(q.text),
      flags,
      flagged: isFlagged(flags),
      findings,
      // The days as the list shows them (2015-05-20), so "/2015-05-20" finds what was said or
      // published that day; "2015-05" the month.
      haystack: fold(`${speaker}\n${q.role ?? ""}\n${outlet}\n${q.toOutlet ?? ""}\n${q.text}\n${q.spokenOn ?? ""}\n${article?.published ?? ""}`),
    });
  });
  return items;
}

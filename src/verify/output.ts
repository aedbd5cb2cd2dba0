import { count, type Article } from "../model/index.js";
import { formatLocation, makeLocator } from "../check/locate.js";
import type { CheckPlace } from "../check/types.js";
import { isProblem, type VerifyResult, type VerifyStatus } from "./verify.js";

export const VERIFY_SCHEMA_VERSION = "1.0";

export type VerifyRun = {
  readonly result: VerifyResult;
  readonly draft: string;
  readonly sources: readonly string[];
  /** Every article (draft and sources) by id, and each document's decoded text, for line:col. */
  readonly articles: ReadonlyMap<string, Article>;
  readonly texts: ReadonlyMap<string, string>;
};

const LABEL: Readonly<Record<VerifyStatus, string>> = {
  verbatim: "verbatim",
  changed: "changed",
  "other-speaker": "other speaker",
  partial: "partial",
  "not-found": "not found",
};

export type VerifyPaint = (status: VerifyStatus, text: string) => string;
export const noPaint: VerifyPaint = (_s, t) => t;
export const ansiPaint: VerifyPaint = (s, t) => `\u001b[${s === "verbatim" ? "32" : s === "changed" || s === "partial" ? "33" : "31"}m${t}\u001b[39m`;

/** One line a draft quote: `draft:line:col: status: message (verify/status)`. Pure. */
export function verifyText(run: VerifyRun, paint: VerifyPaint = noPaint): string {
  const locate = makeLocator(run.articles, run.texts);
  return run.result.items
    .map((i) => {
      const loc = locate({ documentId: i.documentId, articleId: i.articleId, span: i.span });
      return `${formatLocation(loc)}: ${paint(i.status, LABEL[i.status])}: ${i.message.replace(/\s+/g, " ")} (verify/${i.status})\n`;
    })
    .join("");
}

export function verifySummary(run: VerifyRun): string {
  const c = run.result.counts;
  const n = run.result.items.length;
  const problems = n - c.verbatim;
  const parts = (Object.keys(LABEL) as VerifyStatus[]).map((s) => `${c[s]} ${LABEL[s]}`).join(", ");
  const skipped = run.result.skipped.length ? `; ${count(run.result.skipped.length, "reported statement")} not checked word for word` : "";
  if (n === 0) return `no direct quotations found in ${run.draft}${skipped}\n`;
  return `${count(n, "quote")} checked against ${count(run.sources.length, "source")}: ${parts}${skipped}; ${problems ? `${problems} to fix` : "all found verbatim"}\n`;
}

/** The `verify --format json` document (schema/verify.schema.json). Pure. */
export function verifyJson(run: VerifyRun): string {
  const locate = makeLocator(run.articles, run.texts);
  const where = (p: CheckPlace) => {
    const l = locate(p);
    return { file: l.file, line: l.line, column: l.column };
  };
  const c = run.result.counts;
  return (
    JSON.stringify(
      {
        schema: "quotecheck/verify",
        schemaVersion: VERIFY_SCHEMA_VERSION,
        draft: run.draft,
        sources: run.sources,
        failed: run.result.items.some((i) => isProblem(i.status)),
        summary: { checked: run.result.items.length, ...c, skipped: run.result.skipped.length },
        items: run.result.items.map((i) => ({
          status: i.status,
          problem: isProblem(i.status),
          message: i.message,
          ...where({ documentId: i.documentId, articleId: i.articleId, span: i.span }),
          quoteId: i.quoteId,
          text: i.text,
          speaker: i.speaker,
          speakerCheck: i.speakerCheck,
          similarity: i.similarity,
          coverage: i.coverage,
          diff: i.diff,
          missing: i.missing,
          match: i.match
            ? {
                ...where({ documentId: i.match.documentId, articleId: i.match.articleId, span: i.match.span }),
                article: i.match.articleId,
                outlet: i.match.outlet,
                published: i.match.published,
                start: i.match.span.start,
                end: i.match.span.end,
                text: i.match.text,
                speaker: i.match.speaker,
                quoteId: i.match.quoteId,
              }
            : null,
        })),
        skipped: run.result.skipped,
      },
      null,
      2,
    ) + "\n"
  );
}

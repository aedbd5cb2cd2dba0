import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";
import { IngestError, parseDocument } from "../../src/ingest/index.js";
import type { Report, SourceDocument, Span } from "../../src/model/index.js";
import { analyse } from "../../src/pipeline/index.js";
import { reportFormatters } from "../../src/report/registry.js";
import { runChecks } from "../../src/check/run.js";

/*
 * Inputs the fuzz test's news prose does not make: mixed scripts with right-to-left and bidi marks,
 * a quotation mark on every word of an HTML page, a mail under thousands of header lines, quotes
 * nested dozens deep. Each goes through ingest, the whole analysis (speakers, groups, conflicts,
 * places), the check rules and every report format: it must finish with quotes or diagnostics, never
 * a throw, every span inside its text. QUOTECHECK_FUZZ_RUNS sets the runs (`npm run fuzz`: 10,000).
 */
const RUNS = fuzzRuns(40);
const TIMEOUT = propertyTimeout(RUNS, 1500);

const enc = (s: string) => new TextEncoder().encode(s);
const inside = (s: Span | null | undefined, len: number) => s == null || (Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= len);

/** Parse, analyse in full, check and format: what `report` and `check` do with one file. Null when ingest refused it (a clear IngestError). */
function throughEverything(id: string, text: string): { document: SourceDocument; report: Report } | null {
  let parsed;
  try {
    parsed = parseDocument(id, enc(text));
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    expect(e.ruleId).toMatch(/^ingest\//);
    expect(e.message.length).toBeGreaterThan(0);
    return null;
  }
  const { document, diagnostics } = parsed;
  const report = analyse({ documents: [document], inputs: [{ path: id, status: "processed", format: document.format, articles: document.articles.length }], diagnostics }, "full");
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  for (const q of report.quotes) {
    const a = byId.get(q.articleId)!;
    expect(inside(q.span, a.text.length), `quote span ${JSON.stringify(q.span)}`).toBe(true);
    expect(q.text).toBe(a.text.slice(q.span.start, q.span.end));
    expect(inside(q.cueSpan, a.text.length) && inside(q.mentionSpan, a.text.length)).toBe(true);
    if (q.line !== undefined) expect(q.line >= 1 && (q.column ?? 0) >= 1).toBe(true);
  }
  expect(new Set(report.quotes.map((q) => q.id)).size).toBe(report.quotes.length);
  // Nothing read is said: an input that gives no article has a diagnostic naming the file.
  if (!document.articles.length) expect(report.diagnostics.some((d) => d.documentId === id)).toBe(true);
  for (const f of runChecks(report)) expect(typeof f.message).toBe("string");
  for (const f of reportFormatters) {
    const whole = f.format(report);
    expect(whole.length).toBeGreaterThan(0);
    if (f.name === "json") expect(JSON.parse(whole).quotes.length).toBe(report.quotes.length);
  }
  return { document, report };
}

/** Words of several scripts, with the marks and controls that set a direction between and inside them. */
const SCRIPT_WORDS = ["the", "vote", "Palmyra", "مرحبا", "قال", "الوزير", "שלום", "אמר", "Привет", "сказал", "日本", "言った", "नमस्ते", "ܫܠܡܐ", "ދިވެހި", "42", "٤٢", "3.5%"];
const BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
const MARKS: readonly (readonly [string, string])[] = [["“", "”"], ['"', '"'], ["«", "»"], ["„", "“"], ["‹", "›"], ["「", "」"], ["‘", "’"]];
const NAMES = ["Amal Saleh", "عمر حمصي", "דוד כהן", "Иван Петров", "the ministry", "one resident", "she"];
const VERBS = ["said", "told AFP", "قال", "wrote in a statement", "added"];

const scriptWord = fc.oneof(fc.constantFrom(...SCRIPT_WORDS), fc.tuple(fc.constantFrom(...BIDI), fc.constantFrom(...SCRIPT_WORDS)).map(([b, w]) => b + w));
const scriptWords = fc.array(scriptWord, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(" "));
const mark = fc.constantFrom(...MARKS);
const name = fc.constantFrom(...NAMES);
const verb = fc.constantFrom(...VERBS);

const mixedParagraph = fc.oneof(
  scriptWords,
  fc.tuple(mark, scriptWords, name, verb, fc.constantFrom(...BIDI, "")).map(([[o, c], ws, n, v, b]) => `${b}${o}${ws},${c} ${n} ${v}.`),
  fc.tuple(name, verb, mark, scriptWords).map(([n, v, [o, c], ws]) => `${n} ${v}: ${o}${ws}.${c}`),
  fc.tuple(fc.constantFrom(...BIDI), fc.constantFrom(...BIDI), scriptWords).map(([a, b, ws]) => `${a}${b}${ws}`),
);
const mixedText = fc.array(mixedParagraph, { minLength: 1, maxLength: 20 }).map((ps) => ps.join("\n\n"));

describe("hardening: hostile inputs through the whole pipeline, the checks and every report format", () => {
  it(`mixed scripts with right-to-left letters and bidi marks, as text and as HTML (${RUNS} runs)`, () => {
    let quotes = 0;
    fc.assert(
      fc.property(mixedText, fc.boolean(), (text, asHtml) => {
        const r = asHtml
          ? throughEverything("story.html", `<html><body><article>${text.split("\n\n").map((p) => `<p>${p.replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;"))}</p>`).join("\n")}</article></body></html>`)
          : throughEverything("story.txt", text);
        quotes += r?.report.quotes.length ?? 0;
      }),
      { numRuns: RUNS },
    );
    expect(quotes).toBeGreaterThan(0);
  }, TIMEOUT);

  // A quotation mark before and after every word, the marks as characters, entities or in tags of their own.
  const WORD_MARKS = ["“", "”", "&ldquo;", "&rdquo;", "&quot;", "&#8220;", "&#x201D;", '"', "'", "«", "»", "<q>", "</q>", "<b>“</b>", "<i>”</i>"];
  const markedWord = fc.tuple(fc.constantFrom(...WORD_MARKS), fc.constantFrom("we", "will", "win", "said", "Lee", "told", "AFP", "the", "vote", ","), fc.constantFrom(...WORD_MARKS)).map(([a, w, b]) => `${a}${w}${b}`);
  const markedPage = fc
    .array(fc.array(markedWord, { minLength: 1, maxLength: 60 }).map((ws) => `<p>${ws.join(" ")}</p>`), { minLength: 1, maxLength: 12 })
    .map((ps) => `<html><head><title>Vote</title></head><body><article><h1>Vote</h1>${ps.join("\n")}</article></body></html>`);

  it(`a quotation mark on every word of an HTML page (${RUNS} runs)`, () => {
    let read = 0;
    fc.assert(
      fc.property(markedPage, (page) => {
        read += throughEverything("page.html", page) ? 1 : 0;
      }),
      { numRuns: RUNS },
    );
    expect(read).toBeGreaterThan(0);
  }, TIMEOUT);

  // A mail under a block of headers: Received hops, long folded lines, many X- fields, quoted subjects.
  const headerLine = fc.oneof(
    fc.nat(9999).map((i) => `Received: from relay${i}.example.net (relay${i}.example.net [10.0.${i % 256}.${i % 251}]) by mx.example.org with ESMTP id ${i}; Tue, 19 May 2015 10:${String(i % 60).padStart(2, "0")}:00 +0000`),
    fc.nat(999).map((i) => `X-Header-${i}: ${"value ".repeat(i % 40)}`),
    fc.nat(99).map((i) => `X-Folded-${i}: start\r\n${"\t continued “quoted” words\r\n".repeat(i % 30)}\tend`),
    fc.constant('Subject: "We will win," the mayor said'),
    fc.constant("DKIM-Signature: v=1; a=rsa-sha256; " + "b=" + "A".repeat(2000)),
  );
  const mail = fc
    .tuple(fc.array(headerLine, { minLength: 50, maxLength: 3000 }), fc.boolean())
    .map(
      ([headers, withBody]) =>
        `From: Press Office <press@example.org>\r\nTo: desk@example.net\r\nDate: Tue, 19 May 2015 10:00:00 +0000\r\n${headers.join("\r\n")}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n` +
        (withBody ? "Palmyra falls\r\n\r\n“We will hold the city,” the governor told Reuters on Tuesday.\r\n\r\nOfficials said 40 people were evacuated.\r\n" : ""),
    );

  it(`a mail under thousands of header lines (${Math.max(1, Math.round(RUNS / 4))} runs)`, () => {
    let withQuotes = 0;
    fc.assert(
      fc.property(mail, (m) => {
        const r = throughEverything("post.eml", m);
        if (r && r.report.quotes.some((q) => q.text.startsWith("We will hold the city"))) withQuotes++;
      }),
      { numRuns: Math.max(1, Math.round(RUNS / 4)) },
    );
    expect(withQuotes).toBeGreaterThan(0);
  }, TIMEOUT);

  // Quotes inside quotes, dozens deep, of alternating marks, closed or left open at any depth.
  const nested = fc.tuple(fc.array(fc.tuple(mark, fc.constantFrom("He said", "she told AFP", "they wrote", "Lee added", ""), fc.boolean()), { minLength: 1, maxLength: 60 }), scriptWords).map(([levels, core]) => {
    let s = core;
    for (const [[o, c], lead, closed] of levels) s = `${lead} ${o}${s}${closed ? c : ""}`;
    return `Nested quotes\n\n${s}, the minister said.\n\n${s}`;
  });

  it(`quotes nested dozens deep, closed or open (${RUNS} runs)`, () => {
    let quotes = 0;
    fc.assert(
      fc.property(nested, (text) => {
        quotes += throughEverything("nested.txt", text)?.report.quotes.length ?? 0;
      }),
      { numRuns: RUNS },
    );
    expect(quotes).toBeGreaterThan(0);
  }, TIMEOUT);
});

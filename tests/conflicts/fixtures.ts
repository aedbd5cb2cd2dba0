/**
 * Builders for made-up multi-outlet fixtures: articles with their text, and quotes found in that
 * text by their words (so spans are real), attributed as the attribution stage would.
 */
import type { Article, Quote, SpeakerType } from "../../src/model/index.js";

export function article(id: string, outlet: string | null, published: string | null, text: string): Article {
  return {
    id, documentId: `${id}.txt`, index: 0, title: null, byline: null, outlet, outletEvidence: [], published, publishedRaw: published,
    dateline: null, container: null, text, paragraphs: [{ start: 0, end: text.length }], cuts: [], sourceOffsets: null,
  };
}

let counter = 0;

export type QuoteOptions = {
  kind?: Quote["kind"]; type?: SpeakerType; role?: string | null; cue?: string | null; spokenOn?: string | null; mention?: string | null; id?: string;
};

/** A quote of `words` in `a` (its first occurrence), said by `speaker`. */
export function quote(a: Article, words: string, speaker: string | null, o: QuoteOptions = {}): Quote {
  const start = a.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${a.id}`);
  return {
    id: o.id ?? `q${++counter}`, documentId: a.documentId, articleId: a.id, kind: o.kind ?? "direct", text: words,
    span: { start, end: start + words.length }, truncated: false, speaker, speakerType: o.type ?? "person", role: o.role ?? null,
    mention: o.mention ?? speaker, mentionSpan: null, cue: o.cue ?? "said", cueSpan: null, toOutlet: null, medium: null,
    spokenOn: o.spokenOn ?? null, ruleId: "test", reason: "test fixture",
  };
}

import { alignSpeakers, groupQuotes } from "../../src/align/index.js";
import { findConflicts } from "../../src/conflicts/index.js";
import type { Finding, FindingKind } from "../../src/model/index.js";

/** The stages after attribution, as the pipeline runs them. */
export function analyse(articles: Article[], quotes: Quote[]) {
  const aligned = alignSpeakers(articles, quotes);
  const groups = groupQuotes(articles, aligned.quotes);
  const c = findConflicts({ articles, quotes: aligned.quotes, speakers: aligned.speakers, groups });
  return { ...aligned, groups, ...c };
}

export const ofKind = (fs: readonly Finding[], kind: FindingKind) => fs.filter((f) => f.kind === kind);

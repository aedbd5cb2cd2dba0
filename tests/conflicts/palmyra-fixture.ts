/**
 * Articles and quotes built from the Palmyra gold (tests/fixtures/palmyra-gold), so the conflict
 * stage can be tested before the quote engine is finished. Article text is the raw post with line
 * breaks read as spaces and blank lines kept as paragraph breaks (the gold's offsets are into that
 * text, offsets unchanged); the post is cut into its two
 * articles where the second article's title starts. Speaker names are what the attribution stage
 * gives within one article: the mention for state media ("State television"), the canonical name
 * otherwise.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article, Quote, SpeakerType } from "../../src/model/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const gold = `${root}tests/fixtures/palmyra-gold/`;

type GoldQuote = {
  id: string; article: string; kind: "direct" | "indirect"; text: string; start: number; end: number;
  speaker: string; mention: string | null; cue: string | null; toOutlet: string | null; spokenOn: string | null;
};
type GoldArticle = { id: string; outlet: string; title: string; date: string; kind?: string };

export function goldQuotes(): GoldQuote[] {
  return readFileSync(`${gold}palmyra.quotes.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as GoldQuote);
}

export type GoldConflict = {
  id: string; must?: boolean; type: string;
  claims: { article: string; speaker: string; text: string }[];
};

export function goldConflicts(): GoldConflict[] {
  return readFileSync(`${gold}palmyra.conflicts.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as GoldConflict);
}

function speakerType(name: string): SpeakerType {
  if (/^(unnamed|another unnamed)/.test(name)) return "anonymous";
  if (/residents|soldiers/.test(name)) return "group";
  if (/Observatory|television|media/.test(name)) return "organisation";
  return "person";
}

export function palmyra(): { articles: Article[]; quotes: Quote[] } {
  const raw = readFileSync(`${root}corpus/midden-oosten-2015-05-22-isis-captures-palmyra.txt`, "utf8").replace(/\n(\n?)/g, (_m, two: string) => (two ? " \n" : " "));
  const meta = (JSON.parse(readFileSync(`${gold}palmyra.articles.json`, "utf8")) as GoldArticle[]).filter((a) => a.kind !== "container");
  const cuts = meta.map((a, i) => (i === 0 ? 0 : raw.indexOf(a.title)));
  const articles: Article[] = meta.map((a, i) => {
    const start = cuts[i];
    const end = cuts[i + 1] ?? raw.length;
    return {
      id: a.id, documentId: "corpus/palmyra.txt", index: i, title: a.title, byline: null, outlet: a.outlet, outletEvidence: [],
      published: a.date, publishedRaw: a.date, dateline: null, container: null, text: raw.slice(start, end),
      paragraphs: [{ start: 0, end: end - start }], cuts: [], sourceOffsets: null,
    };
  });
  const quotes: Quote[] = goldQuotes().map((g) => {
    const ai = meta.findIndex((a) => a.id === g.article);
    const shift = cuts[ai];
    const stateMedia = /state (television|news media)/i.test(g.speaker);
    const speaker = stateMedia && g.mention ? g.mention.replace(/^the\s+/i, "").replace(/’s$/, "") : g.speaker;
    return {
      id: g.id, documentId: "corpus/palmyra.txt", articleId: g.article, kind: g.kind, text: g.text,
      span: { start: g.start - shift, end: g.end - shift }, truncated: false, speaker, speakerType: speakerType(g.speaker),
      role: null, mention: g.mention, mentionSpan: null, cue: g.cue, cueSpan: null, toOutlet: g.toOutlet, medium: null,
      spokenOn: g.spokenOn, ruleId: "gold", reason: "gold annotation",
    };
  });
  for (const q of quotes) {
    const a = articles.find((x) => x.id === q.articleId)!;
    if (a.text.slice(q.span.start, q.span.end).replace(/\s+/g, " ") !== q.text) throw new Error(`gold span mismatch for ${q.id}`);
  }
  return { articles, quotes };
}

/**
 * Alignment benchmark (issue 4): synthetic quotes through the align stage, speaker identity
 * (alignSpeakers) then quote groups (groupQuotes), timed together.
 *
 * Contract with src/bench/run.ts (engineer H), which imports it:
 *   export function benchAlign(sizes: number[]):
 *     { quotes: number, seconds: number, quotesPerSecond: number, peakRssMB: number, groups: number }[]
 * One row per size, in the order given. `seconds` covers alignSpeakers + groupQuotes only, not the
 * making of the synthetic quotes; `peakRssMB` is the process's peak resident memory after that size
 * (sizes ascending, so the last row is the peak of the largest run); `groups` is how many quote
 * groups were found. Target: 1,000,000 quotes in under 60 s and under 2 GB.
 *
 * The quotes are news-like: words drawn from a 30,000-word vocabulary with a skewed (Zipf-like)
 * frequency, 6-35 words a quote, speakers as full names, titled surnames, bare surnames,
 * organisations and anonymous descriptions, 40 quotes an article, 40 outlets. About 15% of quotes
 * reuse an earlier quote's words: verbatim, with a changed or dropped word, cut short, with a
 * bracketed insertion, with other punctuation, or credited to someone else.
 */
import { alignSpeakers, groupQuotes } from "../align/index.js";
import type { Article, Quote, SpeakerType } from "../model/index.js";

/** `cpuSeconds` (extra to the contract) is user+system CPU of the timed part: on a shared, loaded machine it is the steadier figure. */
export type AlignRow = { quotes: number; seconds: number; quotesPerSecond: number; peakRssMB: number; groups: number; cpuSeconds: number };

function rng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ("ka ri mo ta len sa vor di nel pa tro ge ban hu li mer cos fi dra nu ost pel wen qua " +
  "zen ar ib om el us ter gan sol mir bel cor dun fal gor hes jul kem lor mad nor pin ros sun tal ulm ver").split(" ");

function makeWords(count: number, next: () => number, minSyl: number, maxSyl: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) {
    const n = minSyl + Math.floor(next() * (maxSyl - minSyl + 1));
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    seen.add(w);
  }
  return [...seen];
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** `n` synthetic quotes and the articles they sit in (the text is not needed by the align stage). */
export function syntheticQuotes(n: number, seed = 42): { articles: Article[]; quotes: Quote[] } {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const vocab = makeWords(30000, next, 1, 4);
  // Skewed draw: a few words are very common, most are rare, as in news text.
  const word = () => vocab[Math.floor(vocab.length * Math.pow(next(), 2.5))];
  const given = makeWords(300, next, 2, 3).map(cap);
  const surnames = makeWords(4000, next, 2, 3).map(cap);
  const orgs = makeWords(200, next, 2, 3).map((w) => `${cap(w)} ${pick(["Council", "Ministry", "Agency", "Observatory", "Union"])}`);
  const people = Array.from({ length: 8000 }, () => [pick(given), pick(surnames)] as const);
  const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
  const articles: Article[] = [];
  const perArticle = 40;
  for (let a = 0; a * perArticle < n; a++) {
    const day = 1 + Math.floor(next() * 360);
    const published = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    articles.push({
      id: `a${a}`, documentId: `doc${Math.floor(a / 5)}`, index: a % 5, title: null, byline: null, outlet: pick(outlets),
      outletEvidence: [], published, publishedRaw: published, dateline: null, container: null, text: "", paragraphs: [], cuts: [],
      sourceOffsets: null,
    });
  }
  const quotes: Quote[] = [];
  for (let i = 0; i < n; i++) {
    const article = articles[Math.floor(i / perArticle)];
    let text: string;
    const r = next();
    if (i > 100 && r < 0.15) {
      const words = quotes[Math.floor(next() * i)].text.split(" ");
      const m = next();
      if (m < 0.25) words[Math.floor(next() * words.length)] = word();
      else if (m < 0.4 && words.length > 6) words.splice(1 + Math.floor(next() * (words.length - 2)), 1);
      else if (m < 0.55 && words.length > 8) words.length = Math.ceil(words.length * 0.7);
      else if (m < 0.7) words.splice(Math.floor(next() * words.length), 0, `[${word()}]`);
      else if (m < 0.8) words[words.length - 1] = words[words.length - 1].replace(/[.,]$/, "") + "!";
      text = words.join(" ");
    } else {
      const len = 6 + Math.floor(next() * 30);
      const words = Array.from({ length: len }, (_, k) => (k === 0 ? cap(word()) : word()) + (k > 0 && k < len - 1 && next() < 0.08 ? "," : ""));
      text = `${words.join(" ")}.`;
    }
    const s = next();
    let speaker: string;
    let type: SpeakerType = "person";
    const [g, f] = pick(people);
    if (s < 0.7) speaker = `${g} ${f}`;
    else if (s < 0.78) speaker = `Mr. ${f}`;
    else if (s < 0.82) speaker = f;
    else if (s < 0.9) [speaker, type] = [pick(orgs), "organisation"];
    else [speaker, type] = [pick(["a resident", "one local official", "a soldier", "a witness"]), "anonymous"];
    quotes.push({
      id: `q${i}`, documentId: article.documentId, articleId: article.id, kind: next() < 0.7 ? "direct" : "indirect", text,
      span: { start: (i % perArticle) * 1000, end: (i % perArticle) * 1000 + text.length }, truncated: false, speaker, speakerType: type,
      role: null, mention: speaker, mentionSpan: null, cue: "said", cueSpan: null, toOutlet: null, medium: null,
      spokenOn: null, ruleId: "bench", reason: "synthetic",
    });
  }
  return { articles, quotes };
}

const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export function benchAlign(sizes: number[]): AlignRow[] {
  const rows: AlignRow[] = [];
  for (const size of sizes) {
    let data: ReturnType<typeof syntheticQuotes> | null = syntheticQuotes(size);
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const aligned = alignSpeakers(data.articles, data.quotes);
    const groups = groupQuotes(data.articles, aligned.quotes);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    rows.push({
      quotes: size,
      seconds: Math.round(seconds * 100) / 100,
      quotesPerSecond: Math.round(size / seconds),
      peakRssMB: peakRssMB(),
      groups: groups.length,
      cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    });
    data = null;
    (globalThis as { gc?: () => void }).gc?.();
  }
  return rows;
}

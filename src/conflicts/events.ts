import type { Article } from "../model/index.js";

/**
 * Whether two articles can be about the same event: published within `maxDays` of each other (when
 * both dates are known) and sharing a salient name (a capitalised word used at least twice in each,
 * not at a sentence start). Claims from unrelated stories are never compared.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  ("The A An And But In On At For From By With Of To As If It Its He She They We I You His Her Their Our This That These Those " +
    "There Here When Where While After Before Yet So Or Nor Not No Some Most Many One Another Mr Mrs Ms Dr " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December").split(" "),
);

export function salientNames(article: Article): Set<string> {
  const counts = new Map<string, { all: number; inside: number }>();
  for (const m of article.text.matchAll(/\b\p{Lu}[\p{L}’'-]+/gu)) {
    const w = m[0].replace(/[’']s$/u, "");
    if (NOT_NAMES.has(w) || w.length < 3) continue;
    const c = counts.get(w) ?? { all: 0, inside: 0 };
    c.all++;
    // A capital inside a sentence shows a name; one at a sentence start shows nothing.
    if (!/(^|[.!?]["”’]?\s+|\n\s*|[“"‘]\s*)$/.test(article.text.slice(Math.max(0, m.index - 4), m.index))) c.inside++;
    counts.set(w, c);
  }
  return new Set([...counts].filter(([, c]) => c.all >= 2 && c.inside >= 1).map(([w]) => w));
}

export const dayOf = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}/.test(d) ? Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86400000 : null);

export function comparableArticles(articles: readonly Article[], maxDays = 14): (a: string, b: string) => boolean {
  const names = new Map<string, Set<string>>();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const memo = new Map<string, boolean>();
  const namesOf = (a: Article) => {
    let n = names.get(a.id);
    if (!n) names.set(a.id, (n = salientNames(a)));
    return n;
  };
  return (a, b) => {
    if (a === b) return true;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const x = byId.get(a);
    const y = byId.get(b);
    let ok = false;
    if (x && y) {
      const dx = dayOf(x.published);
      const dy = dayOf(y.published);
      const close = dx === null || dy === null || Math.abs(dx - dy) <= maxDays;
      if (close) {
        const nx = namesOf(x);
        const ny = namesOf(y);
        for (const w of nx) if (ny.has(w)) { ok = true; break; }
      }
    }
    memo.set(key, ok);
    return ok;
  };
}

/**
 * Index keys that every comparable pair of articles shares (see candidates.ts): an article is filed
 * under each salient name and its fortnight, and looks up its own and the neighbouring fortnights,
 * so two articles within `maxDays` that share a name always meet; an undated article is filed and
 * looked up under the name alone, which every article also looks up. The article's own id is a key
 * too (claims in one article are always comparable).
 */
export function eventKeys(articles: readonly Article[], maxDays = 14): (articleId: string) => { home: string[]; probe: string[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const memo = new Map<string, { home: string[]; probe: string[] }>();
  return (id) => {
    let k = memo.get(id);
    if (k) return k;
    const a = byId.get(id);
    const home = [`@${id}`];
    const probe = [`@${id}`];
    if (a) {
      const day = dayOf(a.published);
      const p = day === null ? null : Math.floor(day / maxDays);
      for (const n of salientNames(a)) {
        probe.push(`${n}|?`);
        if (p === null) home.push(`${n}|?`);
        else {
          home.push(`${n}|${p}`);
          probe.push(`${n}|${p - 1}`, `${n}|${p}`, `${n}|${p + 1}`);
        }
      }
    }
    memo.set(id, (k = { home, probe }));
    return k;
  };
}

/**
 * Whether any two different articles can be compared (see comparableArticles), found through the
 * index keys so a large corpus is not searched pair by pair: it stops at the first such pair.
 */
export function anyComparablePair(articles: readonly Article[], comparable: (a: string, b: string) => boolean, maxDays = 14): boolean {
  const keys = eventKeys(articles, maxDays);
  const home = new Map<string, string[]>();
  for (const a of articles)
    for (const k of keys(a.id).home) {
      if (k.startsWith("@")) continue;
      const list = home.get(k);
      if (list) list.push(a.id);
      else home.set(k, [a.id]);
    }
  for (const a of articles)
    for (const k of keys(a.id).probe) {
      if (k.startsWith("@")) continue;
      for (const b of home.get(k) ?? []) if (b !== a.id && comparable(a.id, b)) return true;
    }
  return false;
}

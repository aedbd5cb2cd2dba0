/**
 * A newspaper's section or column label, alone on its line at a story's top ("Opinion", "Your
 * Money.", "POLITICS", "World | Europe"): copied with the story, it is neither its headline nor its
 * deck. Each row is a label a paper prints over its stories, with the reason it is one.
 */
export type SectionLabelRow = { readonly id: string; readonly reason: string; readonly words: readonly string[] };

export const SECTION_LABEL_ROWS: readonly SectionLabelRow[] = [
  { id: "news-desk", reason: "a desk's section over its news", words: ["news", "local", "local news", "metro", "national", "nation", "world", "world news", "u.s.", "us", "u.s. news", "europe", "asia", "africa", "americas", "middle east", "politics", "elections", "government", "crime", "courts", "breaking", "breaking news", "exclusive", "investigation", "investigations", "weather"] },
  { id: "opinion-desk", reason: "the opinion pages' labels", words: ["opinion", "opinions", "commentary", "editorial", "editorials", "op-ed", "analysis", "news analysis", "column", "columns", "letters", "letters to the editor", "perspective", "viewpoint", "fact check"] },
  { id: "money-desk", reason: "the business pages' labels", words: ["business", "your money", "money", "economy", "markets", "personal finance", "real estate", "tech", "technology"] },
  { id: "other-desks", reason: "the other pages' labels", words: ["science", "health", "climate", "environment", "education", "culture", "arts", "books", "entertainment", "media", "travel", "style", "food", "lifestyle", "sport", "sports", "religion", "obituary", "obituaries", "explainer", "interview", "review"] },
];

const LABELS: ReadonlySet<string> = new Set(SECTION_LABEL_ROWS.flatMap((r) => r.words));

// A path of labels ("World | Europe", "News › Politics", "Opinion / Letters"), with a "." or ":" after it.
const SEPARATORS = /\s*[|›»/>]\s*/;

/** Whether `line` is a section label (or a path of them) and nothing else. */
export function isSectionLabel(line: string): boolean {
  const t = line.trim().replace(/[.:]$/, "").toLowerCase();
  if (!t || t.length > 40) return false;
  // ("U.S." lost its last full stop with the line's.)
  return t.split(SEPARATORS).every((part) => LABELS.has(part) || LABELS.has(`${part}.`));
}

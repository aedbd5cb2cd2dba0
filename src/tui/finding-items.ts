import type { ClaimRef, Finding, FindingKind, Report } from "../model/index.js";
import { publishedDay } from "../report/published.js";
import { severityRank } from "../model/index.js";
import { count } from "../model/count.js";
import { articleName } from "../report/article-name.js";
import { fold, matches } from "./selection.js";

export const KIND_LABEL: Readonly<Record<FindingKind, string>> = {
  contradiction: "contradiction",
  number: "numbers differ",
  disputed: "disputed by reporter",
  temporal: "change over time",
  corroboration: "corroboration",
  // As the reports title it ("Quote changed: …"): most are punctuation or a shortening, and
  // "altered quote" on a finding whose claims differ only in a comma read as a charge.
  variant: "quote changed",
  misattribution: "misattribution",
};

/**
 * What the selected finding's claims are to each other, for the title over its cards. "These claims
 * disagree" stood over every kind: over one claim its own outlet calls false, over one quote worded
 * two ways by the same speaker, over the same words from two people.
 */
export const KIND_TITLE: Readonly<Record<FindingKind, string>> = {
  contradiction: "CONFLICT (contradiction): these claims disagree",
  number: "CONFLICT (numbers differ): these claims give different numbers",
  disputed: "DISPUTED: the reporting outlet says this claim is false",
  temporal: "CHANGE OVER TIME: these accounts differ by day, not a contradiction",
  corroboration: "CORROBORATION: these claims support each other",
  variant: "ALTERED QUOTE: one quote, worded differently in different places",
  misattribution: "MISATTRIBUTION: the same words, credited to different speakers",
};

export type FindingItem = {
  readonly finding: Finding;
  readonly index: number;
  readonly corroboration: boolean;
  readonly label: string;
  /** "A vs B" for a disagreement, "A + B" for a corroboration. */
  readonly who: string;
  /** The claims grouped by speaker, one card each. */
  readonly sides: readonly Side[];
  readonly haystack: string;
};

export const claimSpeaker = (c: ClaimRef): string => c.speaker ?? "(speaker unresolved)";

/**
 * A claim's role as written; when the claim has none, the role the report's speaker record gives
 * in that article (or any article), so a card can say who the speaker is.
 */
function roleLookup(report: Report): (c: ClaimRef) => string | null {
  const speakerOf = new Map<string, Report["speakers"][number]>();
  for (const s of report.speakers) for (const id of s.quoteIds) speakerOf.set(id, s);
  return (c) => {
    if (c.role) return c.role;
    const roles = speakerOf.get(c.quoteId)?.roles ?? [];
    return (roles.find((r) => r.articleId === c.article) ?? roles[0])?.role ?? null;
  };
}

export function buildFindingItems(report: Report): FindingItem[] {
  const roleOf = roleLookup(report);
  const reported = new Set(report.quotes.filter((q) => q.kind === "indirect").map((q) => q.id));
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const whereOf = (c: ClaimRef): string => c.outlet ?? articleName(articles.get(c.article), c.article);
  // A card's day published from the mail that carried an undated story reads "on or before" it, one
  // read off the file's name "(from the file name)" (report/published).
  const boundDay = (c: ClaimRef): ClaimRef => {
    const from = articles.get(c.article)?.publishedFrom;
    return c.published ? { ...c, published: publishedDay({ published: c.published, publishedFrom: from }) } : c;
  };
  return report.findings.map((finding, index) => {
    const corroboration = finding.kind === "corroboration";
    const names = [...new Set(finding.claims.map(claimSpeaker))];
    return {
      finding,
      index,
      corroboration,
      label: KIND_LABEL[finding.kind] ?? finding.kind,
      who: names.join(corroboration ? " + " : " vs "),
      sides: sidesOf(finding.claims.map(boundDay), roleOf, (c) => reported.has(c.quoteId), whereOf),
      // With each claim's days said and published, as a quote's and a speaker's: a date in the filter found that day's quotes only.
      haystack: fold([finding.explanation, ...finding.claims.flatMap((c) => [c.speaker ?? "", c.outlet ?? "", c.text, c.spokenOn ?? "", c.published ?? ""])].join("\n")),
    };
  });
}

/**
 * The kinds in the order `quotecheck conflicts` lists them: disagreements first, corroborations
 * last. Sorted by name, "corroboration" came second (first on PolNeAR dev, which has no
 * contradiction), above the disputed claims and misattributions a fact-checker reads first.
 */
const KIND_RANK: Readonly<Record<FindingKind, number>> = {
  contradiction: 0,
  number: 1,
  disputed: 2,
  misattribution: 3,
  variant: 4,
  temporal: 5,
  corroboration: 6,
};

export const FINDING_SORTS = ["report order", "severity", "kind"] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

const findingOrder: Record<FindingSort, (a: FindingItem, b: FindingItem) => number> = {
  "report order": (a, b) => a.index - b.index,
  severity: (a, b) => severityRank[b.finding.severity] - severityRank[a.finding.severity] || a.index - b.index,
  kind: (a, b) => KIND_RANK[a.finding.kind] - KIND_RANK[b.finding.kind] || a.index - b.index,
};

/** `flaggedOnly` keeps the disagreements and hides corroborations. */
export function selectFindings(items: readonly FindingItem[], q: { filter: string; flaggedOnly: boolean; sort: FindingSort }): FindingItem[] {
  return items.filter((f) => (!q.flaggedOnly || !f.corroboration) && (!q.filter || matches(f.haystack, q.filter))).sort(findingOrder[q.sort]);
}

/** "2031-03-04 (published 2031-03-05)" or whichever of the two is known. */
export function claimDate(c: Pick<ClaimRef, "spokenOn" | "published">): string {
  if (c.spokenOn && c.published && c.spokenOn !== c.published) return `said ${c.spokenOn}, published ${c.published}`;
  if (c.spokenOn) return `said ${c.spokenOn}`;
  if (c.published) return `published ${c.published}`;
  return "date unknown";
}

/** One speaker's claims in a finding: a "side", shown as one card. */
export type Side = {
  readonly speaker: string;
  readonly role: string | null;
  /**
   * `reported`: the claim's quote is reported speech, the reporter's words, shown without quotation marks.
   * `where`: the outlet, else the article as a reader can find it (its title or opening words), never its id.
   */
  readonly claims: readonly { readonly claim: ClaimRef; readonly index: number; readonly reported: boolean; readonly where: string }[];
};

/**
 * Claims grouped by speaker in order of first appearance, so that a finding where one side is
 * quoted three times still shows both sides next to each other.
 */
export function sidesOf(
  claims: readonly ClaimRef[],
  roleOf: (c: ClaimRef) => string | null = (c) => c.role,
  isReported: (c: ClaimRef) => boolean = () => false,
  whereOf: (c: ClaimRef) => string = (c) => c.outlet ?? c.article,
): Side[] {
  const sides: { speaker: string; role: string | null; claims: { claim: ClaimRef; index: number; reported: boolean; where: string }[] }[] = [];
  claims.forEach((claim, index) => {
    const speaker = claimSpeaker(claim);
    let side = sides.find((s) => s.speaker === speaker);
    const role = roleOf(claim);
    if (!side) sides.push((side = { speaker, role, claims: [] }));
    if (!side.role && role) side.role = role;
    side.claims.push({ claim, index, reported: isReported(claim), where: whereOf(claim) });
  });
  return sides;
}

/**
 * "8 disagreements, 1 corroboration" (it read "1 corroborations" on PolNeAR dev). Under f
 * (`flaggedOnly`), which hides corroborations, it says so: "0 corroborations" read as if the sources
 * supported each other nowhere.
 */
export const findingCounts = (disagree: number, corroborate: number, flaggedOnly = false): string =>
  flaggedOnly ? `${count(disagree, "disagreement")}; corroborations hidden (f shows them)` : `${count(disagree, "disagreement")}, ${count(corroborate, "corroboration")}`;

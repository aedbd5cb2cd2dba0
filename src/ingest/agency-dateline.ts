import { type OutletEvidence, type Span } from "../model/index.js";
import { monthOf } from "./dates.js";
import { KNOWN_OUTLETS, outletByName, outletNameAlternation } from "./outlets.js";

/**
 * An outlet's credit in the dateline that opens a story, written in mixed case: "Cleveland (AFP) –",
 * "Mexico City (AFP) –", "Washington, Aug 31 (Reuters) -", "Aug 27 (Reuters) -". The capitals-only
 * form ("BEIRUT (Reuters) -") is read by outlets.ts's wire-dateline cue; agencies and some outlets
 * (AFP, Reuters' day-first copy, CNN's "Washington (CNN) —") print the place as a name, and without
 * this the story got no outlet, no dateline, and its headline was taken for story text.
 * Only a paragraph's start is read, and the credit must be a known outlet between parentheses with
 * a dash after it: a sentence that opens on a name has no "(Reuters) -" after its first words.
 */

// Every name and alias of the outlet table, longest first ("Agence France-Presse" before "AFP").
const NAMES = outletNameAlternation(KNOWN_OUTLETS);

// A word of a place name in mixed case ("Mexico", "St.", "Winston-Salem", "D.C."), and the small
// words that join some ("Rio de Janeiro", "Stratford upon Avon").
const WORD = "\\p{Lu}[\\p{L}.'’-]*";
const JOIN = "(?:de |del |da |do |la |le |el |of |on |upon |am |an |sur )?";
const DAY = "(?<day>\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})";
const CREDIT = `\\s*\\((?<name>${NAMES})\\)\\s*[-–—]`;

export type AgencyDatelineRule = {
  readonly id: string;
  readonly reason: string;
  /** A cheap test on the paragraph's first 200 characters before the pattern. */
  readonly hint: (head: string) => boolean;
  /** Named groups: `place` and `day` (either may be missing) and `name`, the outlet's. */
  readonly pattern: RegExp;
};

export const AGENCY_DATELINE_RULES: readonly AgencyDatelineRule[] = [
  {
    id: "place",
    reason: "a place in mixed case, its state or country and a day optional, before the outlet's credit: 'Cleveland (AFP) –', 'Cleveland, Ohio (AP) —', 'Washington, Aug 31 (Reuters) -'",
    hint: (h) => h.includes(")"),
    // The first word has a small letter: a place in capitals is outlets.ts's wire-dateline cue. A
    // byline is no place ("By Jane Roe (Reuters) —").
    pattern: new RegExp(`^(?!By )(?<place>\\p{Lu}\\p{Ll}[\\p{L}.'’-]*(?: ${JOIN}${WORD}){0,3}(?:, ${WORD}(?: ${WORD})?)?)(?:, ${DAY})?${CREDIT}`, "u"),
  },
  {
    id: "day",
    reason: "the day alone before the outlet's credit, as Reuters writes it for copy with no place: 'Aug 27 (Reuters) -', 'Dec. 29 (AP) —'",
    hint: (h) => h.includes(")"),
    pattern: new RegExp(`^${DAY}${CREDIT}`, "u"),
  },
];

export type AgencyDateline = {
  readonly ruleId: string;
  /** The place, as written ("Mexico City"), or null for a day alone. */
  readonly place: string | null;
  readonly day: string | null;
  /** The outlet's name in the table ("AFP", "Reuters", "Associated Press"). */
  readonly outlet: string;
  /** The dateline as written, credit and dash included. */
  readonly text: string;
};

/** The mixed-case agency dateline that opens `paragraph`, or null. */
export function agencyDateline(paragraph: string): AgencyDateline | null {
  const head = paragraph.slice(0, 200);
  for (const rule of AGENCY_DATELINE_RULES) {
    if (!rule.hint(head)) continue;
    const m = rule.pattern.exec(head);
    const g = m?.groups;
    if (!m || !g) continue;
    // "Aug 27" is a day; "Senator 5 (CNN) —" is none.
    if (g.day && !monthOf(g.day.split(" ")[0])) continue;
    const outlet = outletByName(g.name);
    if (!outlet) continue;
    return { ruleId: `ingest/agency-dateline-${rule.id}`, place: g.place ?? null, day: g.day ?? null, outlet: outlet.name, text: m[0].trim() };
  }
  return null;
}

/** Paragraphs read at the top of an article: the headline, a byline or date line, then the dateline. */
const HEAD_PARAGRAPHS = 4;

/** Outlet evidence from a mixed-case agency dateline opening one of the article's first paragraphs. */
export function agencyDatelineEvidence(text: string, paragraphs: readonly Span[]): OutletEvidence[] {
  for (const p of paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    const d = agencyDateline(text.slice(p.start, p.end));
    // As strong as a dateline in capitals (outlets.ts): the outlet's own credit on its copy.
    if (d) return [{ outlet: d.outlet, kind: "dateline", detail: `"${d.text}"`, weight: 3 }];
  }
  return [];
}

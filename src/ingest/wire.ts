import { type Span, type WireCredit } from "../model/index.js";
import { KNOWN_OUTLETS, outletByName, outletNameAlternation } from "./outlets.js";

/**
 * Wire copy an article carries: a news agency's story printed by another outlet ("WASHINGTON (AP) —",
 * "The Associated Press contributed to this report", "By Jill Colvin | AP", Reuters' "(Reporting by
 * …; Editing by …)" line, "© 2016 The Associated Press"). Two outlets printing one agency's story are
 * one report, not two independent ones (conflicts/independence.ts reads this). Only an article's
 * edges are read: its first and last paragraphs, where credits stand, so a story that merely cites
 * the agency ("according to the Associated Press", "told Reuters") in its body is no wire copy.
 */

// The names of the wire agencies of the outlet table, longest first ("The Associated Press" before "AP").
const WIRE_NAMES = outletNameAlternation(KNOWN_OUTLETS.filter((o) => o.wire));

/** Paragraphs read at each end of an article. */
const EDGE_PARAGRAPHS = 4;
/** A credit paragraph is short; a longer one is story text that may name an agency in passing. */
const MAX_CREDIT_CHARS = 400;

type WireRule = {
  readonly id: string;
  readonly reason: string;
  /** Where the rule reads: the opening paragraphs, the closing ones, or the byline. */
  readonly at: "head" | "tail" | "byline";
  /** A cheap test before the pattern. */
  readonly hint: (p: string) => boolean;
  readonly pattern: RegExp;
  /** The agency the rule names when its pattern captures none (a house style). */
  readonly agency?: string;
};

export const WIRE_RULES: readonly WireRule[] = [
  {
    id: "dateline",
    reason: "an agency's dateline opens the story: 'WASHINGTON (AP) —', 'New York (AFP) –', 'Aug 27 (Reuters) -'",
    at: "head",
    hint: (p) => p.includes(")"),
    pattern: new RegExp(`^[^()\\n]{0,60}\\((${WIRE_NAMES})\\)\\s*[-–—]`, "u"),
  },
  {
    id: "contributed",
    reason: "the agency or its writer is credited with the story: 'The Associated Press contributed to this report', 'Associated Press writer Jill Colvin contributed'",
    at: "tail",
    hint: (p) => p.includes("contributed"),
    pattern: new RegExp(`(?:^|[.;(]\\s*)(?:The |the )?(${WIRE_NAMES})(?:['’]s)?(?: (?:writers?|reporters?|correspondents?|staff))?(?: \\p{Lu}[\\p{L}.'’-]*(?: and)?){0,6} contributed\\b`, "u"),
  },
  {
    id: "contributed-of",
    reason: "a writer of the agency is credited: 'Jill Colvin of The Associated Press contributed reporting'",
    at: "tail",
    hint: (p) => p.includes("contributed"),
    pattern: new RegExp(`\\bof (?:the |The )?(${WIRE_NAMES}) contributed\\b`, "u"),
  },
  {
    id: "material-from",
    reason: "the outlet says it used the agency's copy: 'Material from The Associated Press was used in this report', 'This story includes reporting from Reuters'",
    at: "tail",
    hint: (p) => /(?:aterial|eporting|nformation) from/.test(p),
    pattern: new RegExp(`\\b(?:[Mm]aterial|[Rr]eporting|[Ii]nformation) from (?:the |The )?(${WIRE_NAMES})\\b(?! (?:reporters? |writers? )?\\p{Lu})`, "u"),
  },
  {
    id: "copyright",
    reason: "the agency holds the copyright: '© 2016 The Associated Press. All rights reserved.', 'Copyright 2016 Reuters'",
    at: "tail",
    hint: (p) => p.includes("©") || p.includes("opyright"),
    pattern: new RegExp(`(?:©|\\([Cc]\\)|[Cc]opyright)\\s*(?:©\\s*)?(?:\\d{4}\\s+)?(?:The |the )?(${WIRE_NAMES})\\b`, "u"),
  },
  {
    id: "byline",
    reason: "the byline names the agency after the writer: 'By Jill Colvin | AP', 'By JILL COLVIN, Associated Press'",
    at: "byline",
    hint: (p) => p.includes(",") || p.includes("|") || p.includes("—"),
    pattern: new RegExp(`^(?:By |BY )?[^,|—\\n]{2,80}\\s*[,|—]\\s*(?:The |the )?(${WIRE_NAMES})(?: (?:Writers?|Reporters?|Correspondents?|writers?|reporters?|correspondents?))?\\.?$`, "u"),
  },
  {
    id: "sign-off",
    reason: "the agency's name alone on a closing line signs the story: '- Reuters.', '— The Associated Press', '(AFP)'",
    at: "tail",
    hint: (p) => p.length <= 40,
    pattern: new RegExp(`^(?:[-–—]+\\s*|\\()(?:The |the )?(${WIRE_NAMES})\\)?\\.?$`, "u"),
  },
  {
    id: "reuters-credits",
    reason: "Reuters' house credit line closes the story: '(Reporting by Amanda Becker; Editing by Matthew Lewis)'",
    at: "tail",
    hint: (p) => p.includes("by "),
    pattern: /^\((?:Additional )?[Rr]eporting by [^()\n]{2,300}?[;,] (?:Writing|Editing) by [^()\n]{2,200}\)\.?$/u,
    agency: "Reuters",
  },
];

/** The paragraphs a rule reads, as text. */
function edges(text: string, paragraphs: readonly Span[]): { head: string[]; tail: string[] } {
  // (Pushed, not .map: see reflow's line starts; wireCredits reads head and tail with the by-lines it pushes.)
  const at = (a: number, b: number): string[] => {
    const out: string[] = [];
    for (let k = a; k < b; k++) out.push(text.slice(paragraphs[k].start, paragraphs[k].end).trim());
    return out;
  };
  const head = at(0, Math.min(EDGE_PARAGRAPHS, paragraphs.length));
  const tail = at(Math.max(EDGE_PARAGRAPHS, paragraphs.length - EDGE_PARAGRAPHS), paragraphs.length);
  return { head, tail: paragraphs.length <= EDGE_PARAGRAPHS ? head : tail };
}

/**
 * The wire credits of an article, one an agency (the first rule, in table order, that finds it).
 * `byline` is the article's byline as read, when it stands outside the text (a page's metadata).
 */
export function wireCredits(text: string, paragraphs: readonly Span[], byline: string | null = null): WireCredit[] {
  const { head, tail } = edges(text, paragraphs);
  const found = new Map<string, WireCredit>();
  for (const rule of WIRE_RULES) {
    const pool = rule.at === "head" ? head : rule.at === "tail" ? tail : [...(byline ? [byline] : []), ...head.filter((p) => /^(?:By|BY) /.test(p))];
    for (const p of pool) {
      if (p.length > MAX_CREDIT_CHARS && rule.at !== "head") continue;
      if (!rule.hint(p)) continue;
      const m = rule.pattern.exec(rule.at === "head" ? p.slice(0, 200) : p);
      if (!m) continue;
      const agency = rule.agency ?? (m[1] ? outletByName(m[1])?.name : undefined);
      if (!agency || found.has(agency)) continue;
      found.set(agency, { agency, ruleId: `ingest/wire-${rule.id}`, text: m[0].trim() });
    }
  }
  return [...found.values()];
}

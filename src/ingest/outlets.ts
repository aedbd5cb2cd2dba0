import { escapeRegExp, type OutletEvidence } from "../model/index.js";
import { canonicalOutlet, KNOWN_OUTLETS, outletByDomain, outletByName, type KnownOutlet } from "../model/known-outlets.js";
import { fileNameLead } from "../model/outlet-names.js";
import { isDateLine } from "./dates.js";

// The table and its look-ups live in the model (align, check and conflicts read them too); ingest's
// modules and tests keep importing them from here.
export { canonicalOutlet, KNOWN_OUTLETS, outletByDomain, outletByName, type KnownOutlet };

/** A value that is a web address alone ("https://…", "www.…"): a clipping's source or URL field. */
export const isWebAddress = (v: string): boolean => /^(?:https?:\/\/|www\.)\S+$/i.test(v);

export function outletSlug(name: string): string {
  return (
    outletByName(name)?.slug ??
    name
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/** A name as a file's name writes it: lower case, hyphens between its words ("The Hill" -> "the-hill"). */
const fileSlugOf = (name: string): string => name.toLowerCase().replace(/[’'`.]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

// Each outlet by the slugs a saved file's name may open with: its id, its names and aliases as a
// file writes them ("usa-today", "the-guardian", "guardian"), and its short forms ("wash-post").
// Exact slugs only, so no other word and no longer name ("reuters-style-guide") gives an outlet.
const OUTLET_BY_FILE_SLUG: ReadonlyMap<string, KnownOutlet> = (() => {
  const m = new Map<string, KnownOutlet>();
  for (const o of KNOWN_OUTLETS) {
    for (const s of [o.slug, ...[o.name, ...o.aliases].map(fileSlugOf), ...(o.fileNames ?? [])]) if (s && !m.has(s)) m.set(s, o);
  }
  return m;
})();

/**
 * The known outlet a saved file's name opens with ("nyt_2016-09-16_tax.txt", "wash-post_…",
 * "cnn transcript.txt"), and the words that named it; a plain word ("time", "the-hill") only with a
 * date right after it. Null for any other name: a fact-checker's name for a file is weak evidence,
 * read only when the text gives no outlet.
 */
export function outletInFileName(documentId: string): { readonly outlet: KnownOutlet; readonly slug: string } | null {
  if (documentId === "-") return null;
  const lead = fileNameLead(documentId);
  if (!lead) return null;
  const slug = lead.words.join("-");
  const outlet = OUTLET_BY_FILE_SLUG.get(slug);
  if (!outlet || (outlet.plainWord && !lead.dated)) return null;
  return { outlet, slug };
}

/**
 * A regex alternation of every name and alias of `outlets`, escaped, longest first so "The New York
 * Times" beats "Times" and "Agence France-Presse" beats "AFP" (the outlet cues, the wire credits and
 * the mixed-case agency datelines each build one).
 */
export const outletNameAlternation = (outlets: readonly KnownOutlet[]): string =>
  outlets
    .flatMap((o) => [o.name, ...o.aliases])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

// Names a text may use for each outlet.
const NAME_ALTERNATION = outletNameAlternation(KNOWN_OUTLETS);

// "New York Times reporters met": the staff words and what the staff did. The words and the verb
// after them are the staff cue's hint on their own (in most articles "staff" stands in "chief of
// staff", and the name alternation tried at every word of those was a sixth of ingest's time).
const STAFF_DID = "(?:reporters?|correspondents?|journalists?|staff|photographers?) (?:met|visited|spoke|saw|interviewed|witnessed|traveled|travelled|reached|accompanied|observed)\\b";

/**
 * Self-reference cues, in order. `told` is what every quoted source does to the outlet that
 * interviewed them: repeated, it marks the outlet's own reporting; once, for a wire agency, it is a
 * relayed quote. Staff cues ("New York Times reporters met") and wire datelines ("BEIRUT (Reuters) -")
 * are stronger.
 */
const SELF_REFERENCE_CUES: readonly { id: string; kind: "dateline" | "self-reference"; hint: RegExp; pattern: RegExp; weight: number; wireWeight: number }[] = [
  { id: "wire-dateline", kind: "dateline", hint: /\)\s*[-–—]/, pattern: new RegExp(`^[A-Z][A-Z .'-]+(?:,[^()\\n]{0,40})?\\s*\\((${NAME_ALTERNATION})\\)\\s*[-–—]`, "gm"), weight: 3, wireWeight: 3 },
  { id: "staff", kind: "self-reference", hint: new RegExp(` ${STAFF_DID}`), pattern: new RegExp(`\\b(?:a |an )?(${NAME_ALTERNATION})(?:'s)? ${STAFF_DID}`, "g"), weight: 2, wireWeight: 2 },
  { id: "told", kind: "self-reference", hint: /told|said to|speaking to|interview/, pattern: new RegExp(`\\b(?:told|said to|speaking to|in an interview with|interviewed by)\\s+(?:the\\s+)?(${NAME_ALTERNATION})\\b`, "g"), weight: 1, wireWeight: 0.5 },
  { id: "exclusive", kind: "self-reference", hint: /(?:obtained|seen|reviewed|verified) by/, pattern: new RegExp(`\\b(?:obtained by|seen by|reviewed by|verified by) (${NAME_ALTERNATION})\\b`, "g"), weight: 1, wireWeight: 0.5 },
];

/** Evidence in an article's own words for the outlet that published it. */
export function selfReferenceEvidence(text: string): OutletEvidence[] {
  const out: OutletEvidence[] = [];
  for (const cue of SELF_REFERENCE_CUES) {
    // The cheap hint keeps the long name alternation off texts that cannot match.
    if (!cue.hint.test(text)) continue;
    // An exec loop on the one compiled pattern: matchAll would clone the regex on every call.
    const re = cue.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const o = outletByName(m[1]);
      if (!o) continue;
      out.push({ outlet: o.name, kind: cue.kind, detail: `"${m[0].trim()}"`, weight: o.wire ? cue.wireWeight : cue.weight });
    }
  }
  return out;
}

// The words the "told" and "exclusive" cues open their evidence's detail with.
const CREDIT_DETAIL = /^"(?:told|said to|speaking to|in an interview with|interviewed by|obtained by|seen by|reviewed by|verified by)\s/;

/**
 * Evidence that is only the text crediting an outlet with what a source told it or a document it
 * obtained ("told MSNBC", "obtained by The Guardian"): the story's own outlet when repeated, but as
 * often another it quotes (a Washington Post story citing two interviews on MSNBC).
 */
export const isCreditEvidence = (e: OutletEvidence): boolean => e.kind === "self-reference" && CREDIT_DETAIL.test(e.detail);

/** Evidence from a house-style date line standing in an article's header. */
export function dateStyleEvidence(line: string): OutletEvidence[] {
  const out: OutletEvidence[] = [];
  for (const o of KNOWN_OUTLETS) {
    for (const st of o.dateStyles ?? []) if (st.pattern.test(line.trim())) out.push({ outlet: o.name, kind: "dateline-style", detail: `${st.detail}: "${line.trim()}"`, weight: st.weight });
  }
  return out;
}

// An outlet is named when its evidence adds up to this and clearly beats any other candidate.
export const OUTLET_THRESHOLD = 1.5;
const MARGIN = 2;

/** Weigh the evidence: the best-supported outlet, or null when the evidence is weak or split. */
export function inferOutlet(evidence: readonly OutletEvidence[]): string | null {
  // The credit in the story's dateline ("PARIS, Aug 31 (Reuters) -") says whose copy it is: an
  // outlet the text names only as one its sources spoke to ("told CNN", twice) or as having
  // obtained a document is the story's source, no rival of the credit. Metadata, a masthead or a
  // byline still weigh against it (a paper that runs the wire's copy).
  const credited = evidence.some((e) => e.kind === "dateline") ? new Set(evidence.filter((e) => e.kind === "dateline").map((e) => e.outlet)) : null;
  const score = new Map<string, number>();
  for (const e of evidence) {
    if (credited && e.kind === "self-reference" && !credited.has(e.outlet)) continue;
    score.set(e.outlet, (score.get(e.outlet) ?? 0) + e.weight);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [best, second] = ranked;
  if (best[1] < OUTLET_THRESHOLD) return null;
  if (second && second[1] * MARGIN > best[1]) return null;
  return best[0];
}

// Words a newspaper's or broadcaster's name ends with ("The Valley Courier", "Marrowby Evening News").
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set([
  "courier", "times", "post", "news", "herald", "journal", "gazette", "tribune", "telegraph", "guardian", "observer",
  "chronicle", "daily", "weekly", "review", "press", "wire", "radio", "tv", "television", "magazine", "monitor", "star",
  "sun", "mail", "express", "bulletin", "record", "register", "dispatch", "inquirer", "examiner", "standard", "ledger",
  "sentinel", "mirror", "independent", "globe", "argus", "advertiser", "enquirer", "beacon", "leader", "post-gazette",
]);
const MASTHEAD_LINE = /^((?:The |the )?\p{Lu}[\p{L}'’&.-]*(?: (?:of |and |& )?\p{Lu}[\p{L}'’&.-]*){0,5})\s*(?:,|\||[-–—])\s*(.{6,40})$/u;

/**
 * "The Valley Courier, March 5, 2031": a header line naming the paper (a known outlet, or
 * capitalised words ending in a newspaper word, so that "Washington, March 5, 2031" is no paper)
 * and the date. Null for any other line.
 */
export function mastheadLine(line: string): { outlet: string; dateRaw: string } | null {
  const m = MASTHEAD_LINE.exec(line.trim());
  if (!m || !isDateLine(m[2])) return null;
  const name = m[1];
  const last = name.split(" ").pop()!.toLowerCase();
  return outletByName(name) || MASTHEAD_WORDS.has(last) ? { outlet: name, dateRaw: m[2] } : null;
}

import { createHash } from "node:crypto";
import type { Report, SpeakerType } from "../model/index.js";
import { html, type Html } from "./html-escape.js";
import { inMarks, reportOutline, shownDiff, sideLabel, type FindingView, type QuoteView, type ReportOutline, type SpeakerOutline, type VariantOutline } from "./report-view.js";
import type { ContextPart } from "./quote-context.js";
import { inputsNamed } from "./inputs-line.js";
import { OUTLET_UNKNOWN } from "./article-name.js";
import { reasonBeyond, ruleLegend, type RuleLegend } from "./rule-legend.js";

const STYLE = `
:root { --ink: #1d2125; --muted: #5b636b; --line: #d6dadf; --paper: #fff; --soft: #f4f6f8; --warn: #a15c00; --bad: #b3261e; --good: #1e6b3a; --accent: #1f4e8c; --mark: #fff1b8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1, h2, h3, nav, table, .meta, .badge, .chain, dl { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
nav { font-size: .9rem; margin: .5rem 0 1rem; }
nav a { margin-right: 1rem; color: var(--accent); }
dl.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .5rem; margin: 1rem 0; }
dl.summary div { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
dl.summary dt { font-size: .8rem; color: var(--muted); }
dl.summary dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.meta { font-size: .85rem; color: var(--muted); }
.speaker { border-top: 1px solid var(--line); padding-top: .5rem; break-inside: avoid-page; }
.quote { margin: .75rem 0 1rem; padding-left: .9rem; border-left: 3px solid var(--line); break-inside: avoid; }
.quote blockquote { margin: 0 0 .25rem; font-size: 1.02rem; }
.quote.indirect blockquote, blockquote.reported { font-style: italic; }
.chain { font-size: .85rem; list-style: none; padding: 0; margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem; }
.chain li { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 .4rem; }
.chain li + li::before { content: "→ "; color: var(--muted); }
.chain b { font-weight: 500; color: var(--muted); }
.badge { display: inline-block; font-size: .75rem; border: 1px solid currentColor; border-radius: 999px; padding: 0 .5rem; margin-right: .25rem; color: var(--muted); }
.badge.warn { color: var(--warn); } .badge.bad { color: var(--bad); } .badge.good { color: var(--good); }
.finding { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; break-inside: avoid; }
.finding > p { margin: .25rem 0 .75rem; }
.finding > h3 { margin: 0 0 .25rem; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; }
.claim { background: var(--soft); border-radius: 6px; padding: .5rem .75rem; }
.claim blockquote { margin: .25rem 0 0; }
.claim .who { font-family: system-ui, sans-serif; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: start; vertical-align: top; }
td { unicode-bidi: plaintext; }
/* A long path or evidence string may break anywhere: the nine-column Sources table is wider than a printed page otherwise. */
th, td { overflow-wrap: anywhere; }
th { background: var(--soft); }
/* A file's row opens its articles' rows under the one header: set apart by a rule above, its name in full. */
th[scope="rowgroup"] { background: var(--paper); border-top: 2px solid var(--ink); font-weight: 600; }
th[scope="rowgroup"] .meta { font-weight: 400; margin-left: .5rem; }
del { color: var(--bad); } ins { color: var(--good); text-decoration: none; font-weight: 600; }
code { font-size: .85em; word-break: break-all; }
.see { font-family: system-ui, sans-serif; font-size: .8rem; margin: .2rem 0 0; }
.see a, .claim .who a, #changed a { color: var(--accent); }
.context { font-family: system-ui, sans-serif; font-size: .85rem; color: var(--muted); margin: .1rem 0 .25rem; }
.context mark { background: var(--mark); color: var(--ink); border-radius: 2px; }
.context b { color: var(--ink); font-weight: 600; }
.why { font-family: system-ui, sans-serif; font-size: .8rem; color: var(--muted); margin: .2rem 0 0; }
.index { font-family: system-ui, sans-serif; font-size: .85rem; }
.index p { margin: .2rem 0; }
.index a, .why a, .speaker .all { color: var(--accent); }
/* The index filters without a script: a speaker opened from it (its section the :target) is shown
   alone until "all speakers" (#speakers) or another name is followed; a quote or finding link
   targets no section, so every speaker shows. A browser without :has() shows them all. */
.speaker .all { display: none; font-family: system-ui, sans-serif; font-size: .8rem; margin: -.25rem 0 .25rem; }
.speaker:target .all { display: block; }
@media screen {
  #speakers:has(> .speaker:target) > .speaker:not(:target) { display: none; }
}
.why code { word-break: normal; overflow-wrap: anywhere; }
ul.diagnostics { font-family: ui-monospace, monospace; font-size: .8rem; }
dl.rules { font-size: .9rem; } dl.rules dd { margin: 0 0 .5rem 1.5rem; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e6e8ea; --muted: #a7aeb5; --line: #3a4048; --paper: #15181b; --soft: #1f2429; --accent: #8db4ff; --mark: #4a3f12; }
}
@media print {
  :root { --ink: #000; --muted: #444; --line: #999; --paper: #fff; --soft: #fff; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav, .index, .speaker:target .all { display: none; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  .finding, .quote, .claim { break-inside: avoid; }
  a, .see a, .claim .who a, #changed a, .why a { color: inherit; text-decoration: none; }
  .context mark { background: none; text-decoration: underline; }
  @page { margin: 1.5cm; }
}
`;

// Only this stylesheet may apply; no script, no network, no form, no base URL (the CSP below).
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");
export const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

const SEVERITY_CLASS: Readonly<Record<string, string>> = { error: "bad", warning: "warn", info: "" };

/** Quote, finding, changed-quote group, article (its row in Sources), speaker (its section), rule (its description in Rules). */
type AnchorKind = "q" | "f" | "g" | "a" | "s" | "r";

/**
 * An element id for a quote ("q-"), a finding ("f-"), a changed-quote group ("g-"), an article
 * ("a-"), a speaker ("s-") or a rule ("r-"): the kinds
 * have ids of their own that may coincide, and an id may hold any character. Letters, digits and
 * ".:_-" stay; any other character becomes "~" and its code point, so two ids stay two anchors.
 */
export const anchorId = (kind: AnchorKind, id: string): string =>
  `${kind}-${id.replace(/[^\p{L}\p{N}.:_-]/gu, (c) => `~${c.codePointAt(0)!.toString(16)}`)}`;

/** Direct words in quotation marks; reported speech without them (the quote block sets it in italics). */
const shown = (text: string, kind: QuoteView["kind"]): Html => (inMarks(kind) ? html`“${text}”` : html`${text}`);

const linkTo = (kind: AnchorKind, id: string, text: Html | string): Html => html`<a href="#${anchorId(kind, id)}">${text}</a>`;

// Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the other scripts of
// U+0590-U+08FF, their presentation forms, the right-to-left scripts beyond the BMP) and the marks
// and controls that set a direction: only text holding one of these can be reordered.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Whether `s` holds a right-to-left letter or a bidi mark or control: text without one reads the same isolated or not. */
export const mayReorder = (s: string): boolean => RTL.test(s);

/**
 * Text from the input set apart from the words around it for the bidirectional algorithm: an
 * Arabic or Hebrew name or outlet beside "said by", a comma or "(…)" would otherwise pull the
 * neighbouring punctuation to its side and read out of order. Text with no right-to-left letter
 * and no bidi control cannot reorder anything in a left-to-right page, so it goes without the
 * element: on PolNeAR, where every name is in Latin letters, the 8,000 isolates of dev's page
 * were 6% of its bytes.
 */
const iso = (s: string): Html | string => (mayReorder(s) ? html`<bdi>${s}</bdi>` : s);

/** A quote takes its direction from its own words (dir="auto") when they may be right to left; otherwise the page's is theirs. */
const ownDirection = (text: string): Html | string => (mayReorder(text) ? html` dir="auto"` : "");

/** Where an editor finds the quote: its paragraph in the article, and the article. */
const where = (q: QuoteView): Html => html`${q.paragraph === null ? "" : `¶${q.paragraph} of `}${linkTo("a", q.articleId, iso(q.articleName))}`;

/** The rule's id, linked to its description when the Rules section gives one. */
const ruleCode = (legend: RuleLegend, ruleId: string): Html => (legend.has(ruleId) ? linkTo("r", ruleId, html`<code>${ruleId}</code>`) : html`<code>${ruleId}</code>`);

/**
 * The sentences around a quote as the article wrote them, the words marked and the credit (cue and
 * the words naming the speaker) in bold: at dev size a reader could not see how "she" or "the
 * official" came to be credited without opening the file, and the "¶7 of" link only reaches the
 * article's row under Sources.
 */
const contextLine = (parts: readonly ContextPart[]): Html =>
  html`<p class="context"${ownDirection(parts.map((p) => p.text).join(""))}>${parts.map((p) => (p.mark === "quote" ? html`<mark>${p.text}</mark>` : p.mark === "credit" ? html`<b>${p.text}</b>` : p.text))}</p>`;

/**
 * One quote: its words, what the chain does not say (reported, the day said, flags), the chain
 * (said by, told, published by, carried by: the file as file:line:col), where it stands in its
 * article and why it was credited so. The outlet, date published and to whom are the chain's and
 * are not said twice; the rule's description is said once, under Rules.
 */
function quoteBlock(q: QuoteView, legend: RuleLegend): Html {
  const flags = q.flags.filter((f) => f !== "reported");
  const meta = [...(q.kind === "indirect" ? ["reported"] : []), ...(q.spokenOn ? [`said ${q.spokenOn}`] : [])].join(" · ");
  const beyond = reasonBeyond(legend, q.ruleId, q.reason);
  return html`<div class="quote ${q.kind}" id="${anchorId("q", q.id)}">
<blockquote${ownDirection(q.text)}>${shown(q.text, q.kind)}</blockquote>
${meta || flags.length ? html`<div class="meta">${meta}${meta && flags.length ? " " : ""}${flags.map((f) => html`<span class="badge ${f.includes("conflict") || f.includes("misattributed") ? "bad" : "warn"}">${f}</span>`)}</div>\n` : ""}${q.context ? html`${contextLine(q.context)}\n` : ""}<ol class="chain">${q.chain.map((s) => html`<li><b>${s.label}</b> ${iso(s.value)}</li>`)}</ol>
<p class="why">${where(q)} · ${beyond ? html`${beyond} ` : ""}${ruleCode(legend, q.ruleId)}</p>
${q.findings.length ? html`<p class="see">In ${q.findings.map((f, i) => html`${i ? "; " : ""}${linkTo("f", f.id, f.title)}`)}</p>\n` : ""}</div>
`;
}

function findingBlock(f: FindingView): Html {
  const cls = f.kind === "corroboration" ? "good" : (SEVERITY_CLASS[f.severity] ?? "");
  return html`<section class="finding ${f.kind}" id="${anchorId("f", f.id)}">
<h3>${f.title}</h3>
<div><span class="badge ${cls}">${f.kind}</span><span class="badge">${f.severity}</span></div>
<p>${f.explanation}</p>
<div class="claims">${f.claims.map(
    (c) => html`<div class="claim"><div class="who">${c.quoteId === null ? iso(c.speaker ?? "unattributed") : linkTo("q", c.quoteId, iso(c.speaker ?? "unattributed"))}</div>
${c.side ? html`<div class="meta side">${sideLabel(f.kind)}: ${iso(c.side)}</div>
` : ""}<div class="meta">${[c.role && iso(c.role), iso(c.outlet ?? c.articleName), c.published && `published ${c.published}`, c.spokenOn && `said ${c.spokenOn}`, c.paragraph !== null && `¶${c.paragraph}`].filter(Boolean).map((x, i) => html`${i ? " · " : ""}${x}`)}</div>
<blockquote${ownDirection(c.text)}${inMarks(c.kind) ? "" : html` class="reported"`}>${shown(c.text, c.kind)}</blockquote></div>`,
  )}</div>
</section>
`;
}

/**
 * The Sources table's columns, said once over every file: a table a file, each under its own
 * nine-column header, repeated the header 84 times on PolNeAR dev. Each file is a row group
 * (its own <tbody>) opened by a row that names it, its format, size and hash across the columns.
 */
const SOURCE_COLUMNS = ["Article", "Outlet", "Evidence for the outlet", "Byline", "Published", "Dateline", "Carried by", "Quotes", "Cut paragraphs"] as const;

/** What the index calls each kind of speaker, in the order the view lists them (people first). */
const INDEX_KINDS: readonly (readonly [SpeakerType, string])[] = [
  ["person", "People"],
  ["organisation", "Organisations"],
  ["document", "Documents"],
  ["group", "Groups"],
  ["anonymous", "Unnamed sources"],
  ["unknown", "Unresolved credits"],
];

/**
 * The speakers' index: a line a kind (people, organisations, groups, unnamed sources, unresolved),
 * each name linked to its section with its count of quotes. Following a name shows that speaker
 * alone (the :target rule in STYLE), the page's filter by speaker without a script. One run of
 * 493 names on PolNeAR dev read as a wall; by kind, the people a reader looks for come first.
 */
function speakerIndex(speakers: readonly SpeakerOutline[], unattributed: number): Html {
  const lines = INDEX_KINDS.flatMap(([type, label]) => {
    const of = speakers.filter((s) => s.type === type);
    return of.length ? [html`<p><b>${label}</b>: ${of.map((s, i) => html`${i ? " · " : ""}${linkTo("s", s.id, iso(s.name))} (${s.quotes.length})`)}</p>`] : [];
  });
  if (unattributed) lines.push(html`<p><a href="#unattributed">Unattributed</a> (${unattributed})</p>`);
  return html`<div class="index">${lines.map((l) => html`${l}
`)}</div>`;
}

/** Under a speaker's name (not in it: the heading is the name): back to every speaker, shown only while that one is shown alone. */
const allSpeakers = html`<a class="all" href="#speakers">all speakers</a>`;

/** The files the report read, under its title: a few by name, the rest counted and left to Sources. */
function inputsLine(files: readonly string[]): Html | string {
  const { named, more } = inputsNamed(files);
  if (!more) return named.join(", ");
  return html`${named.join(", ")} and ${more} more files, listed under <a href="#sources">Sources</a>`;
}

/**
 * Where the speakers' sections and the unattributed quotes stand in the page: htmlChunks writes the
 * page around them and them one at a time. A comment no text from an input can give (every "<" in
 * it is escaped).
 */
const SPEAKERS_SLOT = "<!--quotecheck:speakers-->";
const UNATTRIBUTED_SLOT = "<!--quotecheck:unattributed-->";
/** Where the quote groups stand (the Changed quotes section), written a group a piece. */
const CHANGED_SLOT = "<!--quotecheck:changed-->";

/** The whole page as one string (htmlChunks joined). */
export const htmlReport = (report: Report): string => [...htmlChunks(report)].join("");

/**
 * The page in pieces: before the speakers, each speaker's section, the unattributed quotes one at a
 * time, then the rest. As one string the page of a dense 49 MB story (some 870k quotes, 0.6 GB of
 * HTML) was past V8's longest string; in pieces each is written and dropped. Each quote is viewed
 * (reportOutline's `view`) as its speaker's section is written, not every quote before the first.
 */
export function* htmlChunks(report: Report): Generator<string> {
  const v = reportOutline(report);
  const legend = ruleLegend(v.quotes);
  const doc = page(v, legend);
  const speakersAt = doc.indexOf(SPEAKERS_SLOT);
  const unattributedAt = doc.indexOf(UNATTRIBUTED_SLOT, speakersAt);
  yield doc.slice(0, speakersAt);
  for (const s of v.speakers) yield* speakerSection(s, legend, v.view);
  yield doc.slice(speakersAt + SPEAKERS_SLOT.length, unattributedAt);
  for (const q of v.unattributed) yield quoteBlock(v.view(q), legend).__html;
  // The page has the Changed quotes section only when there are groups, and so this slot.
  const changedAt = doc.indexOf(CHANGED_SLOT, unattributedAt);
  if (changedAt < 0) {
    yield doc.slice(unattributedAt + UNATTRIBUTED_SLOT.length);
    return;
  }
  yield doc.slice(unattributedAt + UNATTRIBUTED_SLOT.length, changedAt);
  for (const g of v.variants) yield variantBlock(g, v.view).__html;
  yield doc.slice(changedAt + CHANGED_SLOT.length);
}

/**
 * One speaker's section: name, roles, other names, outlets, then each quote, a piece each (viewed as
 * it is written: a transcript's one speaker may hold most of a story's quotes).
 */
function* speakerSection(s: SpeakerOutline, legend: RuleLegend, view: ReportOutline["view"]): Generator<string> {
  yield speakerHead(s).__html;
  for (const q of s.quotes) yield quoteBlock(view(q), legend).__html;
  yield "\n</article>\n";
}

/** A quote group of the Changed quotes section, its reference and members viewed as it is written. */
function variantBlock(g: VariantOutline, view: ReportOutline["view"]): Html {
  const reference = view(g.reference);
  return html`<section class="finding" id="${anchorId("g", g.id)}"><p><span class="badge ${g.misattributed ? "bad" : "warn"}">${g.misattributed ? "misattributed" : "changed"}</span> Reference: ${linkTo("q", reference.id, shown(reference.text, reference.kind))} <span class="meta">(${reference.speaker ?? "unattributed"}, ${reference.outlet ?? reference.articleName})</span></p>
<ul>${g.members.map((m) => {
    const quote = view(m.quote);
    return html`<li><span class="badge">${m.variant}</span> ${linkTo("q", quote.id, html`${m.sameArticle ? "the same article" : (quote.outlet ?? quote.articleName)}, ${quote.speaker ?? "unattributed"}`)}: ${shownDiff(m.diff).length ? m.diff.map((d) => (d.op === "same" ? html`${d.text} ` : d.op === "del" ? html`<del>${d.text}</del> ` : html`<ins>${d.text}</ins> `)) : quote.text}</li>`;
  })}</ul></section>`;
}

/** A speaker section's opening, up to its first quote. */
const speakerHead = (s: SpeakerOutline): Html => html`<article class="speaker" id="${anchorId("s", s.id)}">
<h3>${iso(s.name)}${s.type === "person" ? "" : html` <span class="badge">${s.type}</span>`}</h3>${allSpeakers}
<div class="meta">${s.roles.length ? html`${s.roles.map((r, i) => html`${i ? "; " : ""}${iso(r.role)} (${iso(r.where)})`)}` : "no role given"}${s.aliases.length ? html` · also named ${s.aliases.map((x, i) => html`${i ? ", " : ""}${iso(x)}`)}` : ""}${s.outlets.length ? html` · quoted by ${s.outlets.map((x, i) => html`${i ? ", " : ""}${iso(x)}`)}` : ""}${s.unknownOutletArticles.length ? html`${s.outlets.length ? ";" : " ·"} outlet unknown in ${s.unknownOutletArticles.map((a, i) => html`${i ? ", " : ""}${linkTo("a", a.id, iso(a.name))}`)}` : ""}</div>
`;

/** The page with the slots where htmlChunks writes the speakers and the unattributed quotes. */
function page(v: ReportOutline, legend: RuleLegend): string {
  const slot = (s: string): Html => ({ __html: s });
  const doc = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotecheck">
<title>Attribution report</title>
<style>${{ __html: STYLE }}</style>
</head>
<body>
<main>
<h1>Attribution report</h1>
<p class="meta">${inputsLine(v.sources.map((s) => s.file))}</p>
<nav><a href="#summary">Summary</a><a href="#speakers">Speakers</a><a href="#conflicts">Conflicts</a><a href="#corroborations">Corroborations</a>${v.variants.length ? html`<a href="#changed">Changed quotes</a>` : ""}<a href="#sources">Sources</a>${legend.size ? html`<a href="#rules">Rules</a>` : ""}<a href="#diagnostics">Diagnostics</a></nav>

<section id="summary"><h2>Summary</h2>
<dl class="summary">${v.summary.map((s) => html`<div><dt>${s.label}</dt><dd>${s.value}</dd></div>`)}</dl>
</section>

<section id="speakers"><h2>Speakers</h2>
${v.speakers.length ? speakerIndex(v.speakers, v.unattributed.length) : html`<p>No attributed quotes.</p>`}
${slot(SPEAKERS_SLOT)}
${v.unattributed.length ? html`<article class="speaker" id="unattributed"><h3>Unattributed</h3>${allSpeakers}${slot(UNATTRIBUTED_SLOT)}</article>` : slot(UNATTRIBUTED_SLOT)}
</section>

<section id="conflicts"><h2>Conflicts</h2>
${v.conflicts.length ? v.conflicts.map(findingBlock) : html`<p>No conflicting claims found.</p>`}
</section>

<section id="corroborations"><h2>Corroborations</h2>
${v.corroborations.length ? v.corroborations.map(findingBlock) : html`<p>No corroborations found.</p>`}
</section>

${v.variants.length
  ? html`<section id="changed"><h2>Quotes that changed between sources</h2>
${slot(CHANGED_SLOT)}
</section>`
  : ""}

<section id="sources"><h2>Sources</h2>
<table class="sources"><thead><tr>${SOURCE_COLUMNS.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
${v.sources.map(
  (s) => html`<tbody><tr><th scope="rowgroup" colspan="${SOURCE_COLUMNS.length}">${s.file} <span class="meta">${s.format}, ${s.encoding}, ${s.bytes} bytes, sha256 <code>${s.sha256}</code></span></th></tr>
${s.articles.map(
    (a) => html`<tr id="${anchorId("a", a.id)}"><td>${a.name}</td><td>${a.outlet ?? OUTLET_UNKNOWN}</td><td>${a.outletEvidence ?? "–"}</td><td>${a.byline ?? "–"}</td><td>${a.published ?? "–"}</td><td>${a.dateline ?? "–"}</td><td>${a.carriedBy ?? "–"}</td><td>${a.quotes}</td><td>${a.cuts}</td></tr>`,
  )}</tbody>
`,
)}</table>
${v.skipped.length ? html`<h3>Skipped inputs</h3><ul>${v.skipped.map((s) => html`<li>${s.path}: ${s.reason}</li>`)}</ul>` : ""}
</section>

${legend.size
  ? html`<section id="rules"><h2>Rules</h2>
<p class="meta">What each rule that credited a quote does; each quote gives its rule and what it found beyond this.</p>
<dl class="rules">${[...legend].map(([id, d]) => html`<dt id="${anchorId("r", id)}"><code>${id}</code></dt><dd>${d}</dd>\n`)}</dl>
</section>

`
  : ""}<section id="diagnostics"><h2>Diagnostics</h2>
${v.diagnostics.length ? html`<ul class="diagnostics">${v.diagnostics.map((d) => html`<li><span class="badge ${SEVERITY_CLASS[d.severity] ?? ""}">${d.severity}</span> ${d.line}</li>`)}</ul>` : html`<p>None.</p>`}
</section>
</main>
</body>
</html>
`;
  return doc.__html;
}

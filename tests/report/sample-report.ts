import type { Finding, Report, Speaker } from "../../src/model/index.js";
import { COURIER, GAZETTE, claimOf, makeReport } from "../check/report-fixture.js";

/** Text an attacker could plant in an article: markup, script, a spreadsheet formula. */
export const HOSTILE = `Hackers posted a note on the council site.

“<script>document.title='owned'</script><img src=x onerror=alert(1)> & we are “here”,” said Rex O'Hara, a blogger.

“=HYPERLINK(""http://evil.example"",""click"")” was the only other line, another blogger said.`;

/** A hand-made report about a made-up flood, covering every part of the report formats. */
export function sampleReport(): Report {
  const base = makeReport({
    articles: [
      { id: "gazette", doc: "news/gazette.txt", outlet: "Harbor Gazette", published: "2031-03-04", title: "Flood reaches Marrowby market", byline: "June Park", text: GAZETTE },
      { id: "courier", doc: "news/courier.txt", outlet: "The Valley Courier", published: "2031-03-05", title: "Mayor: district cleared", text: COURIER },
      { id: "hostile", doc: "news/hostile.txt", outlet: null, title: "<b>Defaced</b>", text: HOSTILE },
    ],
    quotes: [
      { id: "q1", article: "gazette", text: "We evacuated every family from the river district before midnight", speaker: "Lena Vasquez", role: "the mayor", medium: "in a statement", spokenOn: "2031-03-03" },
      { id: "q2", article: "courier", text: "We evacuated every family from the river district before dawn", speaker: "Lena Vasquez", toOutlet: "Valley Courier", mention: "Vasquez" },
      { id: "q3", article: "gazette", text: "Nobody told us to leave, and most of the families are still in their homes", speaker: "Tomas Reyes", role: "a shopkeeper" },
      { id: "q4", article: "courier", text: "Most of the families are still in their homes", speaker: "Ana Holt", role: "a nurse" },
      { id: "q5", article: "gazette", kind: "indirect", text: "the pumps had failed hours earlier", speaker: "one resident", speakerType: "anonymous" },
      { id: "q6", article: "gazette", kind: "indirect", text: "Rescue crews counted 40 people stranded", speaker: "officials", speakerType: "group", toOutlet: "Reuters" },
      { id: "q7", article: "courier", kind: "indirect", text: "400 people were stranded", speaker: "Emergency services", speakerType: "organisation" },
      { id: "q8", article: "hostile", text: "<script>document.title='owned'</script><img src=x onerror=alert(1)> & we are “here”,", speaker: "Rex O'Hara", role: "a blogger" },
      { id: "q9", article: "hostile", text: '=HYPERLINK(""http://evil.example"",""click"")', speaker: null, speakerType: "unknown", truncated: true },
    ],
  });
  const f = (id: string, kind: Finding["kind"], ids: string[], explanation: string): Finding => ({
    id,
    kind,
    ruleId: `conflicts/${kind}`,
    severity: kind === "corroboration" ? "info" : "warning",
    explanation,
    claims: ids.map((i) => claimOf(base, i)),
  });
  const speakers: Speaker[] = [
    { id: "s-vasquez", name: "Lena Vasquez", type: "person", aliases: ["Vasquez"], roles: [{ articleId: "gazette", role: "the mayor" }], outlets: ["Harbor Gazette", "The Valley Courier"], articleIds: ["gazette", "courier"], quoteIds: ["q1", "q2"] },
    { id: "s-reyes", name: "Tomas Reyes", type: "person", aliases: [], roles: [{ articleId: "gazette", role: "a shopkeeper" }], outlets: ["Harbor Gazette"], articleIds: ["gazette"], quoteIds: ["q3"] },
    { id: "s-holt", name: "Ana Holt", type: "person", aliases: [], roles: [{ articleId: "courier", role: "a nurse" }], outlets: ["The Valley Courier"], articleIds: ["courier"], quoteIds: ["q4"] },
    { id: "s-resident", name: "one resident", type: "anonymous", aliases: [], roles: [], outlets: ["Harbor Gazette"], articleIds: ["gazette"], quoteIds: ["q5"] },
    { id: "s-officials", name: "officials", type: "group", aliases: [], roles: [], outlets: ["Harbor Gazette"], articleIds: ["gazette"], quoteIds: ["q6"] },
    { id: "s-ems", name: "Emergency services", type: "organisation", aliases: [], roles: [], outlets: ["The Valley Courier"], articleIds: ["courier"], quoteIds: ["q7"] },
    { id: "s-ohara", name: "Rex O'Hara", type: "person", aliases: [], roles: [{ articleId: "hostile", role: "a <i>blogger</i>" }], outlets: [], articleIds: ["hostile"], quoteIds: ["q8"] },
  ];
  const articles = base.articles.map((a) =>
    a.id === "courier"
      ? { ...a, container: { kind: "mailing-list-post" as const, title: "[Floods] Courier story", listName: "Floods", sender: "Kim Lee", sentOn: "2031-03-06", sentRaw: "Thu Mar 6 2031" } }
      : a,
  );
  return {
    ...base,
    articles,
    speakers,
    groups: [
      {
        id: "g1",
        referenceQuoteId: "q1",
        misattributed: false,
        outletsDiffer: true,
        datesDiffer: true,
        members: [
          { quoteId: "q1", variant: "verbatim", similarity: 1, diff: [] },
          { quoteId: "q2", variant: "altered", similarity: 0.92, diff: [{ op: "same", text: "We evacuated every family from the river district before" }, { op: "del", text: "midnight" }, { op: "add", text: "dawn" }] },
        ],
      },
    ],
    findings: [
      f("c1", "contradiction", ["q1", "q3"], "The mayor says every family was evacuated; a shopkeeper says most families are still at home."),
      f("c2", "number", ["q6", "q7"], "40 stranded (officials, Harbor Gazette) against 400 stranded (Emergency services, The Valley Courier)."),
      f("c3", "corroboration", ["q3", "q4"], "Two residents in two outlets say the families are still at home."),
      f("c4", "disputed", ["q7"], "The Valley Courier calls the claim false."),
    ],
    diagnostics: [
      { reason: "paragraph stops mid-sentence", documentId: "news/courier.txt", articleId: "courier", span: { start: 0, end: 10 }, ruleId: "ingest/cut", stage: "ingest", severity: "warning" },
      { reason: "cannot read: EACCES <locked>", documentId: "news/locked.html", ruleId: "ingest/unreadable", stage: "ingest", severity: "error" },
    ],
  };
}

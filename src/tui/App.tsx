import { Box, useApp, useInput, useStdin } from "ink";
import { useMemo, useReducer } from "react";
import type { Report } from "../model/index.js";
import { ConflictsView } from "./ConflictsView.js";
import { DetailView } from "./DetailView.js";
import { ExportPrompt, type FormatChoice } from "./ExportPrompt.js";
import { HelpView } from "./HelpView.js";
import { QuotesView } from "./QuotesView.js";
import { SourcesView } from "./SourcesView.js";
import { SpeakersView } from "./SpeakersView.js";
import { StatusBar } from "./StatusBar.js";
import { TabBar } from "./TabBar.js";
import { detailLines } from "./detail-lines.js";
import { FINDING_SORTS, buildFindingItems, selectFindings } from "./finding-items.js";
import { keyAction } from "./keys.js";
import { bodyHeight, findingListHeight, listHeight } from "./layout.js";
import { buildQuoteItems } from "./quote-items.js";
import { QUOTE_SORTS, selectQuotes } from "./selection.js";
import { buildSourceLines, selectSourceLines, sourcesSummary } from "./source-lines.js";
import { SPEAKER_SORTS, buildSpeakerItems, selectSpeakers } from "./speaker-items.js";
import { initialState, reduce, type Action, type ViewId } from "./state.js";
import { useTerminalSize, type Size } from "./use-terminal-size.js";

export type AppProps = {
  readonly report: Report;
  readonly formats: readonly FormatChoice[];
  /** Write the whole report in a format; resolves to a line for the status bar. */
  readonly writeReport: (format: FormatChoice) => Promise<string>;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  readonly size?: Size;
};

const SORTS: Readonly<Record<ViewId, readonly string[]>> = {
  quotes: QUOTE_SORTS,
  speakers: SPEAKER_SORTS,
  conflicts: FINDING_SORTS,
  sources: ["input order"],
};

/** The interactive UI over one finished report. */
export function App({ report, formats, writeReport, size }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const terminal = useTerminalSize();
  const { columns: width, rows } = size ?? terminal;
  const [state, dispatch] = useReducer(reduce, initialState);

  const quoteItems = useMemo(() => buildQuoteItems(report), [report]);
  const byId = useMemo(() => new Map(quoteItems.map((i) => [i.quote.id, i])), [quoteItems]);
  const speakerItems = useMemo(() => buildSpeakerItems(report, quoteItems), [report, quoteItems]);
  const findingItems = useMemo(() => buildFindingItems(report), [report]);
  const sourceLines = useMemo(() => buildSourceLines(report), [report]);

  const { filter, flaggedOnly, scope, sort } = state;
  const quotes = useMemo(
    () => selectQuotes(quoteItems, { filter, flaggedOnly, scope, sort: QUOTE_SORTS[sort.quotes] }),
    [quoteItems, filter, flaggedOnly, scope, sort.quotes],
  );
  const speakers = useMemo(() => selectSpeakers(speakerItems, { filter, flaggedOnly, sort: SPEAKER_SORTS[sort.speakers] }), [speakerItems, filter, flaggedOnly, sort.speakers]);
  const findings = useMemo(() => selectFindings(findingItems, { filter, flaggedOnly, sort: FINDING_SORTS[sort.conflicts] }), [findingItems, filter, flaggedOnly, sort.conflicts]);
  const sources = useMemo(() => selectSourceLines(sourceLines, filter), [sourceLines, filter]);

  const body = bodyHeight(rows);
  const view = state.view;
  const totals: Record<ViewId, number> = { quotes: quotes.length, speakers: speakers.length, conflicts: findings.length, sources: sources.length };
  const unfiltered: Record<ViewId, number> = { quotes: quoteItems.length, speakers: speakerItems.length, conflicts: findingItems.length, sources: sourceLines.length };
  const page = view === "conflicts" ? findingListHeight(body - 1, findings.length) : listHeight(body);
  const cursor = Math.min(state.cursor[view], Math.max(0, totals[view] - 1));

  const detailItem = state.detail ? byId.get(state.detail.quoteId) : undefined;
  const detail = useMemo(() => (detailItem ? detailLines(detailItem, report, byId, width) : []), [detailItem, report, byId, width]);

  const selectedFinding = findings[cursor];
  const enter = ((): Action | null => {
    if (view === "quotes" && quotes[cursor]) return { type: "openDetail", quoteId: quotes[cursor].quote.id };
    if (view === "speakers" && speakers[cursor]) {
      const s = speakers[cursor];
      return { type: "scope", scope: { label: `quotes by ${s.name}`, quoteIds: s.quoteIds } };
    }
    if (view === "conflicts" && selectedFinding) {
      const c = selectedFinding.finding.claims[Math.min(state.claim, selectedFinding.finding.claims.length - 1)];
      return c && byId.has(c.quoteId) ? { type: "openDetail", quoteId: c.quoteId } : { type: "status", text: "this claim's quote is not in the report" };
    }
    const line = sources[cursor];
    if (view === "sources" && line?.articleId) {
      const id = line.articleId;
      const ids = quoteItems.filter((i) => i.quote.articleId === id).map((i) => i.quote.id);
      return { type: "scope", scope: { label: `quotes in ${id}`, quoteIds: ids } };
    }
    return null;
  })();

  const write = (index: number) => {
    const f = formats[index];
    dispatch({ type: "exportClose" });
    if (!f) return;
    dispatch({ type: "status", text: `writing ${f.name} report…` });
    writeReport(f).then(
      (msg) => dispatch({ type: "status", text: msg }),
      (e: unknown) => dispatch({ type: "status", text: `could not write the report: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };

  useInput(
    (input, key) => {
      const a = keyAction(input, key, {
        state: { ...state, cursor: { ...state.cursor, [view]: cursor } },
        total: totals[view],
        page,
        sorts: SORTS[view],
        claims: selectedFinding?.finding.claims.length ?? 0,
        formats: formats.length,
        enter,
        detailLines: detail.length,
        detailPage: body - 1,
        quoteIds: quotes.map((q) => q.quote.id),
        quotesPage: listHeight(body),
      });
      if (!a) return;
      if (a.type === "quit") exit();
      else if (a.type === "write") write(a.index);
      else dispatch(a);
    },
    { isActive: isRawModeSupported },
  );

  const empty = (what: string, none: string) =>
    unfiltered[view] === 0 ? none : `No ${what} matches${filter ? ` “${filter}”` : ""}${flaggedOnly ? " with flags" : ""}. Esc clears the filter, f the flags.`;

  let main;
  if (state.mode === "help") main = <HelpView height={body} />;
  else if (state.mode === "export") main = <ExportPrompt formats={formats} cursor={state.exportCursor} height={body} />;
  else if (state.detail) main = <DetailView lines={detail} top={state.detail.top} height={body} />;
  else if (view === "quotes")
    main = (
      <QuotesView
        items={quotes}
        cursor={cursor}
        top={state.top.quotes}
        width={width}
        height={body}
        empty={scope && quotes.length === 0 && !filter ? `No quotes in this list. Esc goes back.` : empty("quote", `No quotes found in ${report.articles.length} articles; Sources (4) shows what was read.`)}
      />
    );
  else if (view === "speakers")
    main = <SpeakersView items={speakers} cursor={cursor} top={state.top.speakers} width={width} height={body} empty={empty("speaker", "No speakers: no quote has a resolved speaker.")} />;
  else if (view === "conflicts")
    main = (
      <ConflictsView
        items={findings}
        cursor={cursor}
        top={state.top.conflicts}
        claim={state.claim}
        width={width}
        height={body}
        empty={empty("finding", "No conflicts or corroborations were found between the sources.")}
      />
    );
  else main = <SourcesView lines={sources} summary={sourcesSummary(report)} cursor={cursor} top={state.top.sources} width={width} height={body} empty={empty("source line", "No inputs.")} />;

  return (
    <Box flexDirection="column" width={width} height={rows - 1}>
      <TabBar view={view} detail={state.detail !== null} counts={{ ...totals, sources: report.inputs.length }} />
      {main}
      <StatusBar state={state} sortName={SORTS[view][state.sort[view]] ?? ""} shown={totals[view]} total={unfiltered[view]} width={width} />
    </Box>
  );
}

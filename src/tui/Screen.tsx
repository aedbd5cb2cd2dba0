import { Box } from "ink";
import type { Report } from "../model/index.js";
import { ConflictsView } from "./ConflictsView.js";
import { DetailView } from "./DetailView.js";
import { ExportPrompt, type FormatChoice } from "./ExportPrompt.js";
import { HelpView } from "./HelpView.js";
import { helpLines } from "./help-lines.js";
import { QuotesView } from "./QuotesView.js";
import { SourcesView } from "./SourcesView.js";
import { SpeakersView } from "./SpeakersView.js";
import { StatusBar } from "./StatusBar.js";
import { TabBar } from "./TabBar.js";
import type { DetailLine } from "./detail-lines.js";
import type { ListShape } from "./quote-columns.js";
import type { SpeakerShape } from "./speaker-columns.js";
import { bodyHeight } from "./layout.js";
import { SORTS, cursorOf, type Lists } from "./model.js";
import { KIND_LABEL, quoteFilter } from "./selection.js";
import { flagsApply } from "./status-line.js";
import { inputCount, sourcesSummary } from "./source-lines.js";
import type { State, ViewId } from "./state.js";
import type { Size } from "./use-terminal-size.js";

type ScreenProps = {
  state: State;
  lists: Lists;
  /** Rows in each view before the filter. */
  all: Readonly<Record<ViewId, number>>;
  report: Report;
  formats: readonly FormatChoice[];
  size: Size;
  detail: readonly DetailLine[];
  /** The Quotes table's shape for the list in scope (model's quoteShapeSelector). */
  quoteShape: ListShape;
  /** The Speakers table's cell widths over every speaker (model's speakerShape). */
  speakerShape: SpeakerShape;
};

/** One frame: the tab bar, the current view (or help, export prompt, detail) and the status bar. */
export function Screen({ state, lists, all, report, formats, size, detail, quoteShape, speakerShape }: ScreenProps) {
  const { columns: width, rows } = size;
  const body = bodyHeight(rows);
  const view = state.view;
  const cursor = cursorOf(state, lists);
  const { filter, scope } = state;
  // The Sources list has no flags: "with flags" and "f the flags" there sent the reader to a key that changes nothing in it.
  const flaggedOnly = state.flaggedOnly && flagsApply(view);
  const kinds = view === "quotes" && state.kinds !== "all";
  const empty = (what: string, none: string) =>
    all[view] === 0
      ? none
      : `No ${what} matches${filter ? ` “${filter}”` : ""}${flaggedOnly ? " with flags" : ""}${kinds ? ` (${KIND_LABEL[state.kinds]})` : ""}. Esc clears the filter${flagsApply(view) ? ", f the flags" : ""}${kinds ? ", d the kind" : ""}.`;

  let main;
  if (state.mode === "help") main = <HelpView lines={helpLines(width)} top={state.helpTop} height={body} />;
  else if (state.mode === "export") main = <ExportPrompt formats={formats} cursor={state.exportCursor} width={width} height={body} />;
  else if (state.detail) main = <DetailView lines={detail} top={state.detail.top} height={body} />;
  else if (view === "quotes")
    main = (
      <QuotesView
        items={lists.quotes}
        shape={quoteShape}
        cursor={cursor}
        top={state.top.quotes}
        width={width}
        height={body}
        empty={scope && !quoteFilter(filter, scope) && !flaggedOnly && !kinds ? "No quotes in this list. Esc goes back." : empty("quote", `No quotes found in ${report.articles.length} ${report.articles.length === 1 ? "article" : "articles"}; Sources (4) shows what was read.`)}
      />
    );
  else if (view === "speakers")
    main = <SpeakersView items={lists.speakers} shape={speakerShape} cursor={cursor} top={state.top.speakers} width={width} height={body} empty={empty("speaker", "No speakers: no quote has a resolved speaker.")} />;
  else if (view === "conflicts")
    main = (
      <ConflictsView
        items={lists.conflicts}
        cursor={cursor}
        top={state.top.conflicts}
        claim={state.claim}
        width={width}
        height={body}
        empty={empty("finding", "No conflicts or corroborations were found between the sources.")}
        flaggedOnly={flaggedOnly}
      />
    );
  else
    main = (
      <SourcesView lines={lists.sources} summary={sourcesSummary(report)} cursor={cursor} top={state.top.sources} width={width} height={body} empty={empty("source line", "No inputs.")} />
    );

  const shown: Record<ViewId, number> = { quotes: lists.quotes.length, speakers: lists.speakers.length, conflicts: lists.conflicts.length, sources: lists.sources.length };
  return (
    <Box flexDirection="column" width={width} height={rows - 1}>
      <TabBar view={view} detail={state.detail !== null} counts={{ ...shown, sources: inputCount(lists.sources) }} width={width} />
      {main}
      <StatusBar state={state} sortName={SORTS[view][state.sort[view]] ?? ""} shown={shown[view]} total={all[view]} width={width} />
    </Box>
  );
}

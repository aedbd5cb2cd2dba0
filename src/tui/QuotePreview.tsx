import { Box, Text } from "ink";
import type { Article } from "../model/index.js";
import { publishedDay } from "../report/published.js";
import { OUTLET_UNKNOWN } from "../report/article-name.js";
import { outletOrArticle } from "./speaker-items.js";
import { flagWords, type QuoteItem } from "./quote-items.js";
import { PREVIEW_LINES } from "./layout.js";
import { KIND_LABEL } from "./finding-items.js";
import { useTheme } from "./theme.js";
import { wrap } from "./text.js";

/**
 * A direct quote in quotation marks; reported speech, the reporter's words ("that the pumps had
 * failed"), without them, as every report shows it, so no one copies it as the speaker's own.
 */
export const previewText = (item: Pick<QuoteItem, "excerpt" | "flags">): string => (item.flags.indirect ? item.excerpt : `“${item.excerpt}”`);

/**
 * "said 2031-03-04 · published 2031-03-05": a day said only when the text gives one (most quotes
 * give none, and "said —" read as a value), as the reports and the Detail view leave it out.
 */
export function previewDates(item: Pick<QuoteItem, "said" | "published"> & { readonly article?: Pick<Article, "publishedFrom"> }): string {
  // A day the mail that carried the story was sent is an upper bound: "on or before" it (report/published).
  const day = publishedDay({ published: item.published || null, publishedFrom: item.article?.publishedFrom });
  return [item.said ? `said ${item.said}` : null, day ? `published ${day}` : "publication date unknown"].filter(Boolean).join(" · ");
}

/** The selected quote in full under the list: its words, who, to whom, when, and its flags. */
export function QuotePreview({ item, width }: { item: QuoteItem | undefined; width: number }) {
  const theme = useTheme();
  if (!item) return <Box height={PREVIEW_LINES} />;
  const q = item.quote;
  const words = wrap(previewText(item), width);
  const textLines = words.length > 2 ? [words[0], words[1].slice(0, Math.max(0, width - 2)) + " …"] : words;
  // To whom as the Quotes column gives it: "told AFP, in an interview" (report/to-whom). An unknown
  // outlet in the words every format uses, with the article the list's outlet cell names instead.
  const named = outletOrArticle(item);
  const where = item.article?.outlet || named.startsWith(OUTLET_UNKNOWN) ? named : `${OUTLET_UNKNOWN}, ${named}`;
  const who = [item.speaker + (q.role ? `, ${q.role}` : ""), where, item.toWhom].filter(Boolean).join(" · ");
  const flags = flagWords(item.flags);
  const findings = item.findings.map((f) => KIND_LABEL[f.kind]);
  return (
    <Box flexDirection="column" height={PREVIEW_LINES}>
      <Text color={theme.muted}>{"─".repeat(Math.max(0, width))}</Text>
      {textLines.map((l, i) => (
        <Text key={i} color={theme.quote} wrap="truncate-end">
          {l}
        </Text>
      ))}
      {textLines.length < 2 ? <Text> </Text> : null}
      <Text wrap="truncate-end">{who}</Text>
      <Text wrap="truncate-end">
        {previewDates(item)} ·{" "}
        <Text color={theme.flag}>
          {flags.length ? flags.join(", ") : "no flags"}
          {findings.length ? ` (${findings.join(", ")})` : ""}
        </Text>
      </Text>
    </Box>
  );
}

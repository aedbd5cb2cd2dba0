import { Box, Text } from "ink";
import { ClaimCard } from "./ClaimCard.js";
import { KIND_TITLE, type FindingItem } from "./finding-items.js";
import { cardsPerRow } from "./layout.js";
import { cellWidth, truncate, wrap } from "./text.js";
import { useTheme } from "./theme.js";
import { scrollTop } from "./window.js";

/** A card's border, speaker, role, and one claim's outlet line and first line of words. */
const MIN_CARD = 6;

/** A finding's explanation and its sides (one card per speaker) next to each other. */
export function FindingCard({ item, claim, width, height }: { item: FindingItem; claim: number; width: number; height: number }) {
  const theme = useTheme();
  const claims = item.finding.claims;
  const sides = item.sides;
  const selected = Math.min(claim, claims.length - 1);
  const per = cardsPerRow(width, sides.length);
  const selectedSide = Math.max(0, sides.findIndex((s) => s.claims.some((c) => c.index === selected)));
  const firstCard = scrollTop(0, selectedSide, per, sides.length);
  const shown = sides.slice(firstCard, firstCard + per);
  const cardWidth = Math.floor(width / Math.max(1, per));
  // Up to three lines of explanation while the cards keep room for a few lines of text; on a short
  // terminal the explanation gives way first. The card's floor used to be added on top of two lines
  // of explanation, so at 16 rows the frame ran a line past its height: the title vanished and the
  // status line was drawn over the cards' bottom border.
  const explanationRows = Math.max(0, Math.min(height >= 13 ? 3 : 2, height - 1 - MIN_CARD));
  const wrapped = wrap(item.finding.explanation, width);
  const explanation = wrapped.slice(0, explanationRows);
  // A cut explanation ends in "…", so a reader knows there is more (the report has all of it).
  if (explanation.length && explanation.length < wrapped.length) {
    const last = explanation[explanation.length - 1];
    explanation[explanation.length - 1] = cellWidth(last) < width ? `${last}…` : truncate(`${last}…`, width);
  }
  const title = KIND_TITLE[item.finding.kind] ?? `CONFLICT (${item.label}): these claims disagree`;
  const more =
    sides.length > per ? ` · speakers ${firstCard + 1}-${firstCard + shown.length} of ${sides.length}, ←/→ for more` : claims.length > 1 ? " · ←/→ pick a claim" : "";
  const cardHeight = Math.max(0, height - 1 - explanation.length);
  return (
    <Box flexDirection="column" height={height}>
      <Text wrap="truncate-end">
        <Text bold color={item.corroboration ? theme.ok : theme.flag}>
          {title}
        </Text>
        <Text color={theme.muted}>
          {more} · Enter opens the claim&apos;s quote
        </Text>
      </Text>
      {explanation.map((l, i) => (
        <Text key={i} wrap="truncate-end">
          {l}
        </Text>
      ))}
      <Box flexDirection="row">
        {shown.map((s) => (
          <ClaimCard key={s.speaker} side={s} selected={selected} width={cardWidth} height={cardHeight} />
        ))}
      </Box>
    </Box>
  );
}

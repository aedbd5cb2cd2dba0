import { Box, Text } from "ink";
import { ClaimCard } from "./ClaimCard.js";
import type { FindingItem } from "./finding-items.js";
import { cardsPerRow } from "./layout.js";
import { wrap } from "./text.js";
import { useTheme } from "./theme.js";
import { scrollTop } from "./window.js";

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
  // up to three lines of explanation while the cards keep room for a few lines of text
  const explanation = wrap(item.finding.explanation, width).slice(0, height >= 13 ? 3 : 2);
  const title = item.corroboration ? "CORROBORATION: these claims support each other" : `CONFLICT (${item.label}): these claims disagree`;
  const more =
    sides.length > per ? ` · speakers ${firstCard + 1}-${firstCard + shown.length} of ${sides.length}, ←/→ for more` : claims.length > 1 ? " · ←/→ pick a claim" : "";
  const cardHeight = Math.max(6, height - 1 - explanation.length);
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

import { Box, Text } from "ink";
import { ClaimCard } from "./ClaimCard.js";
import type { FindingItem } from "./finding-items.js";
import { cardsPerRow } from "./layout.js";
import { wrap } from "./text.js";
import { useTheme } from "./theme.js";
import { scrollTop } from "./window.js";

/** A finding's explanation and its claims side by side, as many as the width allows. */
export function FindingCard({ item, claim, width, height }: { item: FindingItem; claim: number; width: number; height: number }) {
  const theme = useTheme();
  const claims = item.finding.claims;
  const per = cardsPerRow(width, claims.length);
  const firstCard = scrollTop(0, Math.min(claim, claims.length - 1), per, claims.length);
  const shown = claims.slice(firstCard, firstCard + per);
  const cardWidth = Math.floor(width / Math.max(1, per));
  const explanation = wrap(item.finding.explanation, width).slice(0, 2);
  const title = item.corroboration ? "CORROBORATION: these claims support each other" : `CONFLICT (${item.label}): these claims disagree`;
  const more = claims.length > per ? ` · claims ${firstCard + 1}-${firstCard + shown.length} of ${claims.length}, ←/→ for more` : claims.length > 1 ? " · ←/→ pick a claim" : "";
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
        {shown.map((c, i) => (
          <ClaimCard key={`${c.quoteId}-${i}`} claim={c} width={cardWidth} height={cardHeight} selected={firstCard + i === claim} />
        ))}
      </Box>
    </Box>
  );
}

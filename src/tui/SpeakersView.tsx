import { ListView } from "./ListView.js";
import { Row } from "./Row.js";
import { SpeakerPreview } from "./SpeakerPreview.js";
import { useMemo } from "react";
import { speakerColumns, speakerHeader, speakerLine, type SpeakerShape } from "./speaker-columns.js";
import type { SpeakerItem } from "./speaker-items.js";

type Props = { items: readonly SpeakerItem[]; shape: SpeakerShape; cursor: number; top: number; width: number; height: number; empty: string };

/** People, organisations and unnamed sources, with how often each outlet quotes them. */
export function SpeakersView({ items, shape, cursor, top, width, height, empty }: Props) {
  const cols = useMemo(() => speakerColumns(width, shape), [width, shape]);
  return (
    <ListView
      items={items}
      cursor={cursor}
      top={top}
      height={height}
      empty={empty}
      header={speakerHeader(cols)}
      row={(s, selected) => (
        <Row key={s.id} text={speakerLine(s, cols)} selected={selected} dim={s.type === "anonymous" || s.type === "unknown"} />
      )}
    >
      <SpeakerPreview item={items[cursor]} width={width} />
    </ListView>
  );
}

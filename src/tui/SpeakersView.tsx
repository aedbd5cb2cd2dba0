import { ListView } from "./ListView.js";
import { Row } from "./Row.js";
import { SpeakerPreview } from "./SpeakerPreview.js";
import { speakerColumns, speakerHeader, speakerLine } from "./speaker-columns.js";
import type { SpeakerItem } from "./speaker-items.js";

type Props = { items: readonly SpeakerItem[]; cursor: number; top: number; width: number; height: number; empty: string };

/** People, organisations and unnamed sources, with how often each outlet quotes them. */
export function SpeakersView({ items, cursor, top, width, height, empty }: Props) {
  const cols = speakerColumns(width);
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

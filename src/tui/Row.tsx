import { Text } from "ink";
import { useTheme } from "./theme.js";

/** One list row: a marker and inverse video on the selected one (visible with colour off too). */
export function Row({ text, selected, color, dim }: { text: string; selected: boolean; color?: string; dim?: boolean }) {
  const theme = useTheme();
  return (
    <Text inverse={selected} color={selected ? undefined : color} dimColor={!selected && dim && theme.color} wrap="truncate-end">
      {selected ? "›" : " "} {text}
    </Text>
  );
}

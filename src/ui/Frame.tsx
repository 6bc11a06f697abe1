// Draws a Layout: header, the visible part of the body, a status row (where the scroll position shows)
// and the footer. A pure view; the screens decide what goes in it.
import { Box, Text } from 'ink';
import type { Row, Seg } from './lines.js';
import type { Layout } from './layout.js';
import { useColor } from './theme.js';

function RowView({ row }: { row: Row }) {
  const color = useColor();
  if (row.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {row.map((s: Seg, i) => (
        <Text key={i} color={color ? s.color : undefined} bold={s.bold} dimColor={s.dim} inverse={s.inverse} underline={s.underline}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

export function Frame({ layout, top, status }: { layout: Layout; top: number; status?: string }) {
  const visible = layout.body.slice(top, top + layout.height);
  const scrollable = layout.body.length > layout.height;
  const where = scrollable
    ? `${top > 0 ? '↑' : ' '}${top < layout.maxTop ? '↓' : ' '} ${top + 1}-${Math.min(layout.body.length, top + layout.height)} of ${layout.body.length}`
    : '';
  const statusText = [status, where].filter(Boolean).join('  ');
  return (
    <Box flexDirection="column" width={layout.width}>
      {layout.header.map((r, i) => <RowView key={`h${i}`} row={r} />)}
      {visible.map((r, i) => <RowView key={`b${i}`} row={r} />)}
      {Array.from({ length: Math.max(0, Math.min(layout.height, layout.body.length) - visible.length) }, (_, i) => <Text key={`p${i}`}> </Text>)}
      <Text dimColor wrap="truncate-end">{statusText || ' '}</Text>
      {layout.footer.map((r, i) => <RowView key={`f${i}`} row={r} />)}
    </Box>
  );
}

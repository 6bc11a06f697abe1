// Draws a Layout: header, the visible part of the body, a status row (where the scroll position shows)
// and the footer. A pure view; the screens decide what goes in it.
//
// The whole frame is ONE Ink text node, its rows joined by line breaks, styled by nested texts. Rows are
// wrapped to the width already (lines.ts), so Ink has nothing to wrap; one node per row made Ink measure
// and lay out every row apart, which at 200x50 was most of the time from a key to the article's frame.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Row, Seg } from './lines.js';
import type { Layout } from './layout.js';
import { useColor } from './theme.js';

function segNode(s: Seg, key: string, color: boolean): ReactNode {
  const styled = s.bold || s.dim || s.inverse || s.underline || (color && s.color);
  if (!styled) return s.text;
  return (
    <Text
      key={key}
      color={color ? s.color : undefined}
      bold={s.bold}
      dimColor={s.dim}
      inverse={s.inverse}
      underline={s.underline}
    >
      {s.text}
    </Text>
  );
}

export function Frame({ layout, top, status }: { layout: Layout; top: number; status?: string }) {
  const color = useColor();
  const visible = layout.body.slice(top, top + layout.height);
  const scrollable = layout.body.length > layout.height;
  const where = scrollable
    ? `${top > 0 ? '↑' : ' '}${top < layout.maxTop ? '↓' : ' '} ${top + 1}-${Math.min(layout.body.length, top + layout.height)} of ${layout.body.length}`
    : '';
  const statusText = [status, where].filter(Boolean).join('  ');
  const padding = Math.max(0, Math.min(layout.height, layout.body.length) - visible.length);
  const rows: Row[] = [
    ...layout.header,
    ...visible,
    ...Array.from({ length: padding }, (): Row => []),
    [{ text: statusText || ' ', dim: true }],
    ...layout.footer,
  ];
  const children: ReactNode[] = [];
  rows.forEach((row, i) => {
    if (i > 0) children.push('\n');
    if (row.length === 0 || row.every((s) => s.text === '')) children.push(' ');
    else row.forEach((s, j) => children.push(segNode(s, `${i}.${j}`, color)));
  });
  return (
    <Box flexDirection="column" width={layout.width}>
      <Text>{children}</Text>
    </Box>
  );
}

// The terminal's size, re-read on resize so screens re-wrap (Ink re-lays out, but our wrapping is ours).
import { useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';

export interface Size {
  columns: number;
  rows: number;
}

// After a resize the terminal has re-flowed what is on it (lines of the old width wrap, or unwrap), so
// Ink's count of the lines to erase no longer matches and copies of old frames (an old score line, a
// title's old wrap) would stay above the new one. Once the frame of the new size is drawn (Ink draws at
// most every 17 ms here), the screen is cleared through Ink's public `write`, which erases, writes the
// clear and draws the latest frame again from the top.
const CLEAR_SCREEN = '\u001b[2J\u001b[H';
const AFTER_FRAME_MS = 40;

export function useTerminalSize(fixed?: Size): Size {
  const { stdout, write } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState<Size>(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () =>
      setSize((prev) => {
        const next = read();
        return prev.columns === next.columns && prev.rows === next.rows ? prev : next;
      });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => write(CLEAR_SCREEN), AFTER_FRAME_MS);
    return () => clearTimeout(timer);
  }, [size.columns, size.rows]);
  return fixed ?? size;
}

/** The Delete key's sequences (VT220 style, with or without modifiers); Backspace sends DEL (0x7f). */
export function isForwardDelete(raw: string): boolean {
  return /^\u001b\[3(;\d+)?[~$^]$/.test(raw);
}

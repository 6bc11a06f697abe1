// Ink reports both Backspace (DEL, 0x7f) and the Delete key (ESC [3~) as `key.delete`. A text field needs
// to tell them apart, so this remembers the raw bytes of the last keypress. Its listener is added before
// the field's useInput listener (effects run in order), so the bytes are current when the handler runs.
import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';

export function useLastRawInput(isActive: boolean) {
  const { internal_eventEmitter: events } = useStdin() as ReturnType<typeof useStdin> & { internal_eventEmitter?: NodeJS.EventEmitter };
  const last = useRef('');
  useEffect(() => {
    if (!isActive || !events) return;
    const onInput = (data: string | Buffer) => {
      last.current = String(data);
    };
    events.prependListener('input', onInput);
    return () => {
      events.removeListener('input', onInput);
    };
  }, [events, isActive]);
  return last;
}

/** The forward-delete key's sequences (VT220 style, with or without modifiers). */
export function isForwardDelete(raw: string): boolean {
  return /^\u001b\[3(;\d+)?[~$^]$/.test(raw);
}

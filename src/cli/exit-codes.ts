// Every exit code readquiz uses, in one place (as gemini-cli does).
export const EXIT = {
  /** Done, or the checks passed. */
  ok: 0,
  /** A bug in readquiz: something the user could not have caused. */
  internal: 1,
  /** Bad usage or bad input (arguments, banks, answer files): the message says what to fix. */
  badInput: 2,
  /** The command ran but a check it makes failed (e.g. `stress` found an unfair rule). */
  checkFailed: 3,
  /** The user left an interactive session with Ctrl+C. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

// The interactive quiz: a view over the flow reducer (src/core/quiz-flow.ts). The app owns the clock
// (it stamps `at` on actions), the terminal size and colour, and leaving; screens only draw and map keys.
import { useApp, useInput, type Key } from 'ink';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { createFlow, flowReducer, type FlowAction, type FlowOptions, type FlowState } from '../core/quiz-flow.js';
import type { Article, Quiz } from '../core/types.js';
import { ConfirmQuitScreen } from './ConfirmQuitScreen.js';
import { FeedbackScreen } from './FeedbackScreen.js';
import { QuestionScreen } from './QuestionScreen.js';
import { ReadingScreen } from './ReadingScreen.js';
import { ReviewScreen } from './ReviewScreen.js';
import type { Act, ExitReason, ScreenProps } from './screen-props.js';
import { StartScreen } from './StartScreen.js';
import { SummaryScreen } from './SummaryScreen.js';
import { ColorContext } from './theme.js';
import { matches } from './keys.js';
import { createKeyPump, DraftStoreContext, KeyBusContext, type DraftStore, type KeyBus } from './use-keys.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';

export interface AppProps {
  quiz: Quiz;
  article: Article;
  options?: FlowOptions;
  /** A quiz from the same bank, count and types for a new seed (the `n` key on the summary). */
  newQuiz: (seed: string) => Quiz;
  freshSeed: () => string;
  now: () => number;
  /** Called once for each round that reaches the summary (finished or stopped early). */
  onRoundEnd?: (state: FlowState) => void;
  /** False for NO_COLOR. */
  color?: boolean;
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  size?: Size;
}

export function App({
  quiz,
  article,
  options = {},
  newQuiz,
  freshSeed,
  now,
  onRoundEnd,
  color = true,
  size: fixedSize,
}: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(flowReducer, undefined, () => createFlow(quiz, options));
  const size = useTerminalSize(fixedSize);
  const bus = useRef<KeyBus>({ acted: false }).current;
  const act: Act = (action) => {
    bus.acted = true;
    setTick((t) => t + 1);
    dispatch({ ...action, at: now() } as FlowAction);
  };
  const exitRef = useRef(exit);
  exitRef.current = exit;
  const leave = (reason: ExitReason) => exitRef.current(reason);

  // One listener for the app's whole life; Ctrl+C leaves at once from any screen (Ink's own Ctrl+C
  // handling is off so the exit code can say the reader interrupted).
  const pump = useRef<ReturnType<typeof createKeyPump>>(undefined);
  pump.current ??= createKeyPump(bus);
  const onKey = useRef<(input: string, key: Key) => void>(undefined);
  onKey.current ??= (input, key) => {
    if (matches('interrupt', input, key)) exitRef.current('interrupted');
    else pump.current!.feed(input, key);
  };
  useInput(onKey.current, { isActive: true });
  // Every action renders (even one the flow ignores), and each commit lets waiting keys through.
  const [, setTick] = useState(0);
  useLayoutEffect(() => pump.current!.resume());
  useEffect(() => () => pump.current!.stop(), []);
  const reported = useRef(new Set<string>());
  // A layout effect: it runs in the commit itself, so a record is written even if the reader leaves at once.
  useLayoutEffect(() => {
    if (state.screen !== 'summary' || state.finishedAt === undefined) return;
    const id = `${state.quiz.seed}|${state.round}|${state.finishedAt}`;
    if (reported.current.has(id)) return;
    reported.current.add(id);
    onRoundEnd?.(state);
  }, [state, onRoundEnd]);

  // The seed `n` will use is drawn once per summary and shown before it is used.
  const nextSeeds = useRef(new Map<string, string>());
  const nextSeed = (id: string) => {
    if (!nextSeeds.current.has(id)) nextSeeds.current.set(id, freshSeed());
    return nextSeeds.current.get(id)!;
  };

  const props: ScreenProps = { state, act, size, exit: leave };
  const roundKey = `${state.quiz.seed}|${state.round}`;
  // Unfinished answers, per question of this round: kept while the stop dialog or the article is shown.
  const drafts = useRef<DraftStore>({ scope: '', values: new Map() }).current;
  if (!drafts.scope.startsWith(`${roundKey}|`)) drafts.values.clear();
  drafts.scope = `${roundKey}|${state.pass}|${state.queue[state.pos]}`;
  let screen;
  switch (state.screen) {
    case 'start':
      screen = <StartScreen key={roundKey} {...props} />;
      break;
    case 'reading':
      screen = <ReadingScreen {...props} article={article} />;
      break;
    case 'question':
      screen = <QuestionScreen key={`${roundKey}|${state.pass}|${state.pos}`} {...props} />;
      break;
    case 'feedback':
      screen = <FeedbackScreen key={`${roundKey}|${state.lastAnswered}`} {...props} />;
      break;
    case 'confirm-quit':
      screen = <ConfirmQuitScreen {...props} />;
      break;
    case 'summary':
      screen = (
        <SummaryScreen
          key={`${roundKey}|${state.finishedAt}`}
          {...props}
          nextSeed={nextSeed(`${roundKey}|${state.finishedAt}`)}
          newQuiz={newQuiz}
        />
      );
      break;
    case 'review':
      screen = <ReviewScreen key={`${roundKey}|${state.reviewPos}`} {...props} />;
      break;
  }
  return (
    <ColorContext.Provider value={color}>
      <KeyBusContext.Provider value={bus}>
        <DraftStoreContext.Provider value={drafts}>{screen}</DraftStoreContext.Provider>
      </KeyBusContext.Provider>
    </ColorContext.Provider>
  );
}

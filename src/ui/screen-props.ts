import type { FlowAction, FlowState } from '../core/quiz-flow.js';
import type { Article, Quiz } from '../core/types.js';
import type { Size } from './use-terminal-size.js';

type WithoutAt<A> = A extends { at: number } ? Omit<A, 'at'> : A;
/** A flow action; the app stamps the time on it. */
export type Act = (action: WithoutAt<FlowAction>) => void;

export type ExitReason = 'quit' | 'interrupted';

export interface ScreenProps {
  state: FlowState;
  act: Act;
  size: Size;
  /** Leave the app (the terminal is restored by Ink on unmount). */
  exit: (reason: ExitReason) => void;
}

export interface AppContextProps {
  article: Article;
  newQuiz: (seed: string) => Quiz;
  freshSeed: () => string;
}

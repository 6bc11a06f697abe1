// Picks the input for the question's type; each input keeps its own draft (cursor, picks, text).
import { currentQuestion } from '../core/quiz-flow.js';
import { ChoiceQuestion } from './ChoiceQuestion.js';
import { MatchingQuestion } from './MatchingQuestion.js';
import { MultiSelectQuestion } from './MultiSelectQuestion.js';
import { OrderingQuestion } from './OrderingQuestion.js';
import type { ScreenProps } from './screen-props.js';
import { TextQuestion } from './TextQuestion.js';

export function QuestionScreen(props: ScreenProps) {
  const question = currentQuestion(props.state)!;
  switch (question.type) {
    case 'multiple-choice':
    case 'true-false':
      return <ChoiceQuestion {...props} question={question} />;
    case 'multi-select':
      return <MultiSelectQuestion {...props} question={question} />;
    case 'numeric':
    case 'short-answer':
    case 'cloze':
      return <TextQuestion {...props} question={question} />;
    case 'matching':
      return <MatchingQuestion {...props} question={question} />;
    case 'ordering':
      return <OrderingQuestion {...props} question={question} />;
  }
}

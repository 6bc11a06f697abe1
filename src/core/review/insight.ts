// The linter and generator as the review screen uses them (see ReviewInsight in model.ts).
import type { ReviewInsight } from './model.js';
import { previewQuestion, summarize } from './preview.js';
import { problemsOf } from './problems.js';

export const reviewInsight: ReviewInsight = { problemsOf, previewQuestion, summarize };

// A role as the makers compare and show it, in one place for the role and matching questions.
import { capitalize } from '../text.js';
import { typographic } from './context.js';

/** The role without its leading article: "the German Chancellor" -> "German Chancellor". */
export function bareRole(role: string): string {
  return role.trim().replace(/^(the|a|an)\s+/i, '');
}

/** The role as an option shows it: bare, typographic quotes, capitalised ("German Chancellor"). */
export function shownRole(role: string): string {
  return capitalize(typographic(bareRole(role)));
}

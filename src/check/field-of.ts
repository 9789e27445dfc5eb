/** Which field of the format a pointer names, where the schema alone gives too vague a message. */
import { tokensOf } from '../model/pointer.js';

/** Fields whose accepted shapes are alternatives the schema spells as if/then/else chains. */
export type Field = 'version' | 'transition' | 'condition' | 'authority';

/** The field at `pointer` of a plan or scenario, when it is one that needs its own explanation. */
export function fieldOf(pointer: string): Field | undefined {
  const tokens = tokensOf(pointer);
  if (tokens.length === 1 && tokens[0] === 'yuan') return 'version';
  if (tokens[0] === 'roles' && tokens.length === 3 && tokens[2] === 'authority') return 'authority';
  const when = tokens.lastIndexOf('when');
  if (when >= 0 && isConditionPath(tokens.slice(when + 1))) return 'condition';
  if (tokens[0] === 'stages' && tokens[2] === 'on') {
    if (tokens.length === 4) return 'transition';
    if (tokens.length === 5 && /^\d+$/.test(tokens[4]!)) return 'transition';
  }
  return undefined;
}

/** `[]`, `['not']`, `['all', '0']`, `['any', '1', 'not']`…: the tokens inside a `when` that lead to a condition. */
function isConditionPath(rest: string[]): boolean {
  let index = 0;
  while (index < rest.length) {
    const token = rest[index]!;
    if (token === 'not') index += 1;
    else if ((token === 'all' || token === 'any') && /^\d+$/.test(rest[index + 1] ?? ''))
      index += 2;
    else return false;
  }
  return true;
}

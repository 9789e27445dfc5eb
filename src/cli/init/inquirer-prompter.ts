/** The terminal prompter of `yuan init`, on @inquirer/prompts (imported only when a question is asked). */
import type { input, select } from '@inquirer/prompts';
import type { InitPrompter } from './prompter.js';

/** The two prompt functions used, replaceable by @inquirer/testing's `render` in tests. */
export interface PromptFunctions {
  select: typeof select;
  input: typeof input;
}

/** The streams and signal inquirer prompts accept. */
export type PromptContext = NonNullable<Parameters<PromptFunctions['input']>[1]>;

/** A prompter that asks through inquirer, on the given streams (default: the process's). */
export function inquirerPrompter(
  context: PromptContext = {},
  prompts?: PromptFunctions,
): InitPrompter {
  const load = async (): Promise<PromptFunctions> => prompts ?? (await import('@inquirer/prompts'));
  return {
    async select(question) {
      const { select } = await load();
      return select(
        {
          message: question.message,
          choices: question.choices,
          ...(question.default === undefined ? {} : { default: question.default }),
        },
        context,
      );
    },
    async input(question) {
      const { input } = await load();
      return input(
        { message: question.message, default: question.default, validate: question.validate },
        context,
      );
    },
  };
}

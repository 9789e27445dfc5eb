/** What `yuan init` asks through: inquirer in a terminal, a scripted fake in tests. */

/** One choice of a select question. */
export interface PromptChoice<T extends string> {
  value: T;
  name: string;
}

/** A question with a list of answers. */
export interface SelectQuestion<T extends string> {
  message: string;
  choices: PromptChoice<T>[];
  default?: T;
}

/** A question answered by typing; `validate` returns true or what is wrong with the answer. */
export interface InputQuestion {
  message: string;
  default: string;
  validate: (answer: string) => true | string;
}

/** Asks questions one at a time. */
export interface InitPrompter {
  select<T extends string>(question: SelectQuestion<T>): Promise<T>;
  input(question: InputQuestion): Promise<string>;
}

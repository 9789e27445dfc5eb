/**
 * What `{name}` in a message means, once for the type checker and once at run time: a brace, one
 * or more word characters, a brace. Other braces (`{ last: YYYY-MM-DD }`) are plain text.
 */

/** Finds the placeholders of a message at run time; `fill` and the catalog test use it. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a message, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!))];
}

/** Fills a message's placeholders; a name without a value stays as written. */
export function fill(
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The characters of `Text`, as a union. */
type CharactersOf<Text extends string, Found = never> = Text extends `${infer First}${infer Rest}`
  ? CharactersOf<Rest, Found | First>
  : Found;

/** What `\w` matches. */
type WordCharacter =
  CharactersOf<'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'>;

/** `Text` when it is one or more word characters (`\w+`), else never. */
type Word<
  Text extends string,
  Rest extends string = Text,
> = Rest extends `${infer First}${infer Tail}`
  ? First extends WordCharacter
    ? Word<Text, Tail>
    : never
  : Text extends ''
    ? never
    : Text;

/** Between a `{` and the next `}`: a name when what follows the last `{` is a word. */
type NameIn<Inside extends string> = Inside extends `${string}{${infer Tail}`
  ? NameIn<Tail>
  : Word<Inside>;

/** The placeholder names of a message template, as a union (never when it has none). */
export type Placeholders<Template extends string> =
  Template extends `${string}{${infer Inside}}${infer Rest}`
    ? NameIn<Inside> | Placeholders<Rest>
    : never;

/** A value for a placeholder. */
export type ParamValue = string | number;

/**
 * The parameters `t` takes after a message's key: exactly its placeholders, or nothing when it
 * has none. A message whose text is not known to the type checker takes any parameters.
 */
export type ParamsOf<Template extends string> = string extends Template
  ? [params?: Readonly<Record<string, ParamValue>>]
  : [Placeholders<Template>] extends [never]
    ? []
    : [params: { readonly [Name in Placeholders<Template>]: ParamValue }];

/** Lookups bound to one language, typed by the catalog they read. */
import type { Catalog } from './catalog.js';
import type { Lang } from './lang.js';
import { fill, type ParamsOf } from './placeholders.js';

/**
 * Looks up a message of `C` and fills its placeholders. The parameters are type-checked against
 * the English text: each `{name}` must be given, and nothing else.
 */
export interface Translator<C extends Catalog> {
  <Key extends keyof C & string>(key: Key, ...params: ParamsOf<C[Key]['en']>): string;
  /** The language it speaks. */
  readonly lang: Lang;
}

/** A translator as its body sees it, before the types of a catalog are laid over it. */
type Lookup = (key: string, params?: Readonly<Record<string, unknown>>) => string;

/** A lookup of `catalog`'s messages in one language. */
export function translatorOf<C extends Catalog>(catalog: C, lang: Lang): Translator<C> {
  const lookup: Lookup = (key, params) => fill(catalog[key]![lang], params);
  return Object.assign(lookup, { lang });
}

/**
 * `t` that also knows `extra`'s messages (a lint rule's own), in `t`'s language. Its type has a
 * call signature for each catalog, the small one first: cheaper to check than one over both.
 */
export function withMessages<Base extends Catalog, Extra extends Catalog>(
  t: Translator<Base>,
  extra: Extra,
): Translator<Extra> & Translator<Base> {
  // Callers' keys and parameters were checked against Base & Extra; here they are plain strings.
  const base = t as unknown as Lookup;
  const lookup: Lookup = (key, params) =>
    Object.hasOwn(extra, key) ? fill(extra[key]![t.lang], params) : base(key, params);
  return Object.assign(lookup, { lang: t.lang });
}

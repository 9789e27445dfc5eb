/** The words of a schema problem: what is wrong and what to write instead, in the user's language. */
import type { MessageKey, Translate } from '../i18n/index.js';
import { tokensOf } from '../model/pointer.js';
import { fieldOf } from './field-of.js';
import type { SchemaProblem } from './reduce-schema-errors.js';

/** The message of one schema finding. */
export function describeSchemaProblem(problem: SchemaProblem, t: Translate): string {
  const { params, value } = problem;
  const field = fieldOf(problem.part === 'key' ? parentOf(problem.pointer) : problem.pointer);
  const limit = Number(params.limit);
  switch (problem.keyword) {
    case 'required':
      return t('check.schema.required', { key: String(value), parent: placeOf(problem, t) });
    case 'additionalProperties':
      return unknownKey(problem, t);
    case 'false schema':
      return t('check.schema.not-allowed', { key: String(value) });
    case 'enum':
      return (
        t('check.schema.enum', {
          value: text(value),
          allowed: joinOr((params.allowedValues as unknown[]).map(code), t),
        }) + didYouMean(problem.suggestion, t)
      );
    case 'const':
      if (field === 'version') return t('check.schema.version', { value: shown(value, t) });
      if (field === 'authority') return t('check.schema.authority', { value: shown(value, t) });
      return t('check.schema.const', {
        allowed: code(params.allowedValue),
        value: shown(value, t),
      });
    case 'type':
    case 'types':
      return wrongType(problem, field, t);
    case 'pattern':
      return wrongPattern(String(value), String(params.pattern), t);
    case 'minLength':
      return limit === 1 ? t('check.schema.empty-text') : t('check.schema.min-length', { limit });
    case 'maxLength':
      return t('check.schema.max-length', { limit });
    case 'minItems':
      return limit === 1 ? t('check.schema.empty-list') : t('check.schema.min-items', { limit });
    case 'maxItems':
      return t('check.schema.max-items', { limit });
    case 'minProperties':
      return limit === 1
        ? t('check.schema.empty-map')
        : t('check.schema.min-properties', { limit });
    case 'maxProperties':
      return field === 'condition'
        ? t('check.schema.comparison')
        : t('check.schema.max-properties', { limit });
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return t(BOUND_KEYS[problem.keyword], { limit, value: shown(value, t) });
    case 'uniqueItems':
      return t('check.schema.unique', { value: shown(value, t) });
    case 'oneOf':
      return t('check.schema.several');
    default:
      return t('check.schema.other', { keyword: problem.keyword });
  }
}

const BOUND_KEYS = {
  minimum: 'check.schema.minimum',
  exclusiveMinimum: 'check.schema.exclusive-minimum',
  maximum: 'check.schema.maximum',
  exclusiveMaximum: 'check.schema.exclusive-maximum',
} as const satisfies Record<string, MessageKey>;

function unknownKey(problem: SchemaProblem, t: Translate): string {
  const key = String(problem.value);
  const escape = problem.extensible ? t('check.schema.x-escape') : '';
  if (problem.suggestion !== undefined) {
    return t('check.schema.unknown-key-suggest', { key, suggestion: problem.suggestion }) + escape;
  }
  const allowed = joinOr((problem.known ?? []).map(code), t);
  return t('check.schema.unknown-key', { key, allowed }) + escape;
}

function wrongType(problem: SchemaProblem, field: string | undefined, t: Translate): string {
  const actual = shown(problem.value, t);
  if (field === 'transition') return t('check.schema.transition', { actual });
  if (field === 'condition') return t('check.schema.condition', { actual });
  if (field === 'authority') return t('check.schema.authority', { value: actual });
  const raw = problem.params.types ?? problem.params.type;
  const types = (Array.isArray(raw) ? raw : String(raw).split(',')).map(String);
  return t('check.schema.type', {
    expected: joinOr(
      types.map((type) => typeName(type, t)),
      t,
    ),
    actual,
  });
}

/** Patterns are recognised by what they accept, so the schema may refine them without breaking this. */
function wrongPattern(value: string, pattern: string, t: Translate): string {
  const accepts = (sample: string) => new RegExp(pattern, 'u').test(sample);
  if (accepts('2024-03-10') && !accepts('1h')) return t('check.schema.date', { value });
  if (accepts('1h30m') && !accepts('1 h')) {
    const zero = !accepts('0s') && /^(?:0+[wdhms])+$/.test(value);
    return zero ? t('check.schema.duration-zero') : t('check.schema.duration', { value });
  }
  if (accepts('lockdown-decision') && !accepts('Lockdown')) {
    const kebab = value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const suggestion = kebab !== value && accepts(kebab) ? kebab : undefined;
    return t('check.schema.id', { value }) + didYouMean(suggestion, t);
  }
  return t('check.schema.pattern', { value, pattern });
}

/** How a message names the object a key is missing from. */
function placeOf(problem: SchemaProblem, t: Translate): string {
  const tokens = tokensOf(parentOf(problem.pointer));
  const last = tokens[tokens.length - 1];
  if (last === undefined) return t('check.place.document');
  if (/^\d+$/.test(last) && tokens.length > 1) {
    return t('check.place.item', { n: Number(last) + 1, list: tokens[tokens.length - 2]! });
  }
  return t('check.place.key', { key: last });
}

function didYouMean(suggestion: string | undefined, t: Translate): string {
  return suggestion === undefined ? '' : t('check.did-you-mean', { suggestion });
}

/** A value as a message shows it: scalars quoted, mappings and lists by their type. */
export function shown(value: unknown, t: Translate): string {
  if (value === null || typeof value === 'object') return typeName(typeOf(value), t);
  return code(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function typeName(type: string, t: Translate): string {
  return isJsonType(type) ? t(`check.type.${type}`) : type;
}

/** The JSON types a schema names, each with a message. */
const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;

function isJsonType(type: string): type is (typeof JSON_TYPES)[number] {
  return (JSON_TYPES as readonly string[]).includes(type);
}

/** A scalar in backticks, cut short when long (plan text is shown as written, but not all of it). */
function code(value: unknown): string {
  return `\`${text(value)}\``;
}

function text(value: unknown): string {
  const written = String(value);
  return written.length > 40 ? `${written.slice(0, 39)}…` : written;
}

/** `a`, `b` or `c` (in the user's language). */
export function joinOr(items: string[], t: Translate): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(t('check.list.comma')) + t('check.list.or') + items.at(-1);
}

function parentOf(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

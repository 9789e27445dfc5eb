/**
 * ajv reports every failed keyword; a user needs one finding per real problem. This turns the raw
 * errors into problems: dispatch noise (`if`, `propertyNames`) is dropped, alternatives (`anyOf`,
 * `oneOf`) collapse to the branch that was meant, a typo of a required key is one problem, not two,
 * and each place keeps its most specific complaint.
 */
import { pointerOf, tokensOf } from '../model/pointer.js';
import { closestWord } from './closest-word.js';
import { fieldOf } from './field-of.js';
import type { SchemaError } from './schema-validator.js';

/** One real problem found by the schema check, ready to be worded and placed. */
export interface SchemaProblem {
  /** What is wrong: an ajv keyword, or `types` when no alternative accepts the value's type. */
  keyword: string;
  /** The key or value at fault; for a missing key, where it would be (`<parent>/<key>`). */
  pointer: string;
  /** Place the finding on the key (unknown, missing or malformed keys) or on the value. */
  part: 'key' | 'value';
  params: Record<string, unknown>;
  /** The offending value; for a key problem, the key itself. */
  value: unknown;
  /** The keys the enclosing object accepts (for unknown keys). */
  known?: string[];
  /** Whether the enclosing object accepts `x-` keys of the author's own. */
  extensible?: boolean;
  /** The key or value the author probably meant. */
  suggestion?: string;
}

/** Keywords that only say "a branch of an if/then/else or of propertyNames failed"; their inner errors say what. */
const NOISE = new Set(['if', 'propertyNames']);

/** When several complaints land on one place, the first of these wins (enum says more than type). */
const PRIORITY = [
  'required',
  'additionalProperties',
  'false schema',
  'enum',
  'const',
  'types',
  'type',
];

/** The conditions a `when` may take besides a comparison (`var`), offered when a key is misspelt. */
const CONDITION_FORMS = ['all', 'any', 'not'];

/** Reduces ajv's errors (compiled with allErrors and verbose) to one problem per real mistake. */
export function reduceSchemaErrors(errors: readonly SchemaError[]): SchemaProblem[] {
  const collapsed = collapseAlternatives(errors.filter((error) => !NOISE.has(error.keyword)));
  return onePerPlace(mergeTypos(collapsed.map(toProblem)));
}

/** Replaces each failed anyOf/oneOf and its branch errors with the errors of the branch that was meant. */
function collapseAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  const kept: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      kept.push(error);
      continue;
    }
    const at = error.instancePath;
    // ajv reports a branch's errors just before the anyOf/oneOf error itself, all at or under its place.
    const branches: SchemaError[] = [];
    while (kept.length > 0 && isAtOrUnder(kept[kept.length - 1]!.instancePath, at)) {
      branches.unshift(kept.pop()!);
    }
    if ((error.params as { passingSchemas?: unknown }).passingSchemas) {
      kept.push(error); // oneOf matched several branches: that is the problem.
      continue;
    }
    const misfits = branches.filter(
      (branch) =>
        branch.instancePath === at && ['type', 'types', 'const', 'enum'].includes(branch.keyword),
    );
    const meant = branches.filter((branch) => !misfits.includes(branch));
    kept.push(...(meant.length > 0 ? meant : [mergeMisfits(error, misfits)]));
  }
  return kept;
}

/** No branch accepted the value at all: one error listing what would have been accepted. */
function mergeMisfits(error: SchemaError, misfits: SchemaError[]): SchemaError {
  const types = misfits.flatMap((misfit) => listOf((misfit.params as { type?: unknown }).type));
  const values = misfits.flatMap((misfit) => {
    const params = misfit.params as { allowedValue?: unknown; allowedValues?: unknown[] };
    return 'allowedValue' in params ? [params.allowedValue] : (params.allowedValues ?? []);
  });
  if (values.length > 0 && types.length === 0) {
    return { ...error, keyword: 'enum', params: { allowedValues: values } };
  }
  return { ...error, keyword: 'types', params: { types: [...new Set(types.map(String))] } };
}

function toProblem(error: SchemaError): SchemaProblem {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as {
    properties?: Record<string, unknown>;
    patternProperties?: Record<string, unknown>;
  };
  const base = { keyword: error.keyword, params };
  if (error.keyword === 'required') {
    const key = String(params.missingProperty);
    return { ...base, pointer: pointerOf(at, key), part: 'key', value: key };
  }
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const extensible = Object.keys(parent.patternProperties ?? {}).some((pattern) =>
      new RegExp(pattern, 'u').test('x-own'),
    );
    const known = Object.keys(parent.properties ?? {});
    return { ...base, pointer: pointerOf(at, key), part: 'key', value: key, known, extensible };
  }
  if (error.keyword === 'false schema') {
    return { ...base, pointer: at, part: 'key', value: tokensOf(at).pop() };
  }
  const propertyName = (error as { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    return { ...base, pointer: pointerOf(at, propertyName), part: 'key', value: propertyName };
  }
  if (error.keyword === 'uniqueItems') {
    const later = Math.max(Number(params.i), Number(params.j));
    const data: unknown = Array.isArray(error.data) ? error.data[later] : undefined;
    return { ...base, pointer: pointerOf(at, later), part: 'value', value: data };
  }
  return { ...base, pointer: at, part: 'value', value: error.data };
}

/** An unknown key close to a missing required one is a typo: one problem, with a suggestion. */
function mergeTypos(problems: SchemaProblem[]): SchemaProblem[] {
  const dropped = new Set<SchemaProblem>();
  // Indexed by parent: a hostile file may have a hundred thousand unknown keys.
  const missing = new Map<string, SchemaProblem[]>();
  for (const problem of problems) {
    if (problem.keyword !== 'required') continue;
    const parent = parentOf(problem);
    missing.set(parent, [...(missing.get(parent) ?? []), problem]);
  }
  for (const problem of problems) {
    const parent = parentOf(problem);
    if (problem.keyword === 'additionalProperties') {
      const condition = fieldOf(parent) === 'condition';
      if (condition) problem.known = [...(problem.known ?? []), ...CONDITION_FORMS];
      const suggestion = closestWord(String(problem.value), problem.known ?? []);
      if (suggestion !== undefined) problem.suggestion = suggestion;
      for (const other of missing.get(parent) ?? []) {
        // An unknown key in a condition (a misspelt `all`, a made-up operator) makes it look like a
        // comparison without `var`: the unknown key is the problem, the missing `var` only its echo.
        if (other.value === suggestion || condition) dropped.add(other);
      }
    } else if (problem.keyword === 'enum') {
      const allowed = ((problem.params.allowedValues as unknown[]) ?? []).map(String);
      const suggestion = closestWord(String(problem.value), allowed);
      if (suggestion !== undefined) problem.suggestion = suggestion;
    }
  }
  // Counting keys says nothing new when a key is already reported missing or unknown.
  const keyProblemAt = new Set(
    problems
      .filter((problem) => problem.part === 'key' && !dropped.has(problem))
      .map((problem) => parentOf(problem)),
  );
  return problems.filter(
    (problem) =>
      !dropped.has(problem) &&
      !(
        (problem.keyword === 'minProperties' || problem.keyword === 'maxProperties') &&
        keyProblemAt.has(problem.pointer)
      ),
  );
}

/** One problem per place: the most specific complaint about a key or value. */
function onePerPlace(problems: SchemaProblem[]): SchemaProblem[] {
  const chosen = new Map<string, SchemaProblem>();
  for (const problem of problems) {
    const place = `${problem.part} ${problem.pointer}`;
    const current = chosen.get(place);
    if (!current || rank(problem.keyword) < rank(current.keyword)) chosen.set(place, problem);
  }
  return [...chosen.values()];
}

function rank(keyword: string): number {
  const index = PRIORITY.indexOf(keyword);
  return index < 0 ? PRIORITY.length : index;
}

function parentOf(problem: SchemaProblem): string {
  return problem.part === 'key'
    ? problem.pointer.slice(0, problem.pointer.lastIndexOf('/'))
    : problem.pointer;
}

function isAtOrUnder(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function listOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

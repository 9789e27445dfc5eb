/**
 * Mutators that break a valid plan: on its data (drop a key, change a type, rename a reference,
 * close a cycle in the stage graph) and on its bytes (cut at a random byte, insert random bytes,
 * a recursive alias). Each returns the broken file's content.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Plan } from '../../../src/model/index.js';
import { Draw } from './draw.js';

type Path = (string | number)[];
type Container = Record<string, unknown> | unknown[];

/** Keys whose values name something else in the plan. */
const REFERENCE_KEYS = new Set([
  'goto',
  'owner',
  'deputy',
  'choose',
  'level',
  'var',
  'per',
  'decision',
  'start',
  'event',
]);

/** Every path to a value inside `data` (the root excluded), in document order. */
export function pathsOf(data: unknown, prefix: Path = []): Path[] {
  if (typeof data !== 'object' || data === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(data)
    ? data.map((value, index) => [index, value])
    : Object.entries(data);
  return entries.flatMap(([key, value]) => [[...prefix, key], ...pathsOf(value, [...prefix, key])]);
}

function parentAt(data: unknown, path: Path): Container {
  let node = data;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node as Container;
}

/** Values of another type than `value`, for "change a type". */
function otherTypes(value: unknown): unknown[] {
  const all = [42, -1.5, 'text', true, null, [], ['a'], {}, { nested: 1 }];
  return all.filter((candidate) => typeof candidate !== typeof value || Array.isArray(value));
}

/** The data mutations, by name. */
export const DATA_MUTATIONS = {
  dropKey(draw: Draw, plan: Plan) {
    const path = draw.pick(pathsOf(plan));
    const parent = parentAt(plan, path);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  changeType(draw: Draw, plan: Plan) {
    const path = draw.pick(pathsOf(plan));
    const parent = parentAt(plan, path) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    parent[key] = draw.pick(otherTypes(parent[key]));
  },
  renameReference(draw: Draw, plan: Plan) {
    const references = pathsOf(plan).filter((path) => {
      const key = path[path.length - 1];
      return typeof key === 'string' && REFERENCE_KEYS.has(key);
    });
    if (references.length === 0) return DATA_MUTATIONS.dropKey(draw, plan);
    const path = draw.pick(references);
    const parent = parentAt(plan, path) as Record<string, unknown>;
    const key = path[path.length - 1] as string;
    const old = String(parent[key]);
    parent[key] = draw.pick([`${old}x`, 'nowhere', old.slice(0, -1) || 'a', 'S0']);
  },
  insertCycle(draw: Draw, plan: Plan) {
    // Every way out of one stage leads back to it: later stages become unreachable or trapped.
    const ids = Object.keys(plan.stages);
    const id = draw.pick(ids);
    const stage = plan.stages[id]!;
    delete stage.final;
    for (const option of (stage.decisions ?? []).flatMap((decision) => decision.options)) {
      if (option.goto !== undefined) option.goto = id;
    }
    for (const delayed of stage.after ?? []) delayed.goto = id;
    stage.on = Object.fromEntries(
      Object.keys(stage.on ?? { loop: '' }).map((event) => [event, id]),
    );
  },
  addUnknownKey(draw: Draw, plan: Plan) {
    const objects = pathsOf(plan).filter((path) => {
      const value = (parentAt(plan, path) as Record<string | number, unknown>)[path.at(-1)!];
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    });
    const path = objects.length > 0 ? draw.pick(objects) : [];
    const target = path.length === 0 ? plan : (parentAt(plan, path) as never)[path.at(-1)!];
    // defineProperty: assigning `__proto__` would change the prototype instead of adding a key.
    Object.defineProperty(target, draw.pick(['titel', 'finale', '__proto__', 'constructor']), {
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  },
} satisfies Record<string, (draw: Draw, plan: Plan) => void>;

/** The byte mutations of a file's text, by name. */
export const BYTE_MUTATIONS = {
  cut(draw: Draw, bytes: Buffer) {
    return bytes.subarray(0, draw.int(0, bytes.length));
  },
  insertBytes(draw: Draw, bytes: Buffer) {
    const at = draw.int(0, bytes.length);
    const noise = Buffer.from(Array.from({ length: draw.int(1, 8) }, () => draw.int(0, 255)));
    return Buffer.concat([bytes.subarray(0, at), noise, bytes.subarray(at)]);
  },
  insertText(draw: Draw, bytes: Buffer) {
    const at = draw.int(0, bytes.length);
    const piece = draw.pick([
      '\n',
      ':',
      '- ',
      '[',
      '}',
      '&a ',
      '*a',
      '"',
      "'",
      '\t',
      '#',
      '\r\n',
      '\uFEFF',
      '\u2028',
      ' !!binary ',
      '? ',
      '---\n',
      '...\n',
      '%YAML 1.1\n',
      '&x [*x]',
      '<<: *a\n',
    ]);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(piece), bytes.subarray(at)]);
  },
  duplicateLine(draw: Draw, bytes: Buffer) {
    const lines = bytes.toString('utf8').split('\n');
    const at = draw.int(0, lines.length - 1);
    lines.splice(at, 0, lines[at]!);
    return Buffer.from(lines.join('\n'));
  },
} satisfies Record<string, (draw: Draw, bytes: Buffer) => Buffer>;

/** A plan as YAML text, in one of several layouts (block, flow, indentation, quoting). */
export function planText(draw: Draw, plan: unknown): string {
  const head = draw.chance(0.3)
    ? '# yaml-language-server: $schema=../schemas/yuan.schema.json\n'
    : '';
  return (
    head +
    stringify(plan, {
      indent: draw.pick([2, 2, 4]),
      collectionStyle: draw.pick(['any', 'any', 'block', 'flow'] as const),
      lineWidth: draw.pick([0, 40, 80]),
      defaultStringType: draw.pick(['PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const),
    })
  );
}

/** A broken file made from a valid plan by one to three mutations. */
export function brokenFile(plan: Plan): fc.Arbitrary<{ content: Buffer; mutations: string[] }> {
  return fc.gen().map((g) => {
    const draw = new Draw(g);
    const data = structuredClone(plan);
    const mutations: string[] = [];
    const names = Object.keys(DATA_MUTATIONS) as (keyof typeof DATA_MUTATIONS)[];
    for (let count = draw.int(0, 2); count > 0; count--) {
      const name = draw.pick(names);
      DATA_MUTATIONS[name](draw, data);
      mutations.push(name);
    }
    let content: Buffer = Buffer.from(planText(draw, data));
    const byteNames = Object.keys(BYTE_MUTATIONS) as (keyof typeof BYTE_MUTATIONS)[];
    for (let count = draw.int(mutations.length === 0 ? 1 : 0, 2); count > 0; count--) {
      const name = draw.pick(byteNames);
      content = BYTE_MUTATIONS[name](draw, content);
      mutations.push(name);
    }
    return { content, mutations };
  });
}

/**
 * The field reference of docs/format.md, generated from schemas/yuan.schema.json: one table per
 * document kind, one row per property (path, type, required, description, Chinese term).
 * It reads the schema's structure instead of knowing its definitions, so a new kind (a root
 * `if: { properties: { kind: { const } } }, then: ...` branch) or a new property just appears.
 * Regenerate with `npm run generate:docs`; a test fails when docs/format.md is stale.
 */

/** A JSON Schema node, as parsed from the schema file. */
export type SchemaNode = Record<string, unknown>;

/** Where the generated part lives, relative to the package root. */
export const FORMAT_DOCS = 'docs/format.md';
/** The lines that open and close the generated part of docs/format.md. */
export const START_MARKER = '<!-- generated:field-reference -->';
export const END_MARKER = '<!-- /generated -->';

/** One row of a kind's table. */
export interface FieldRow {
  path: string;
  type: string;
  required: 'yes' | 'no' | 'in its form' | '—';
  description: string;
  term: string;
}

/** One kind of document and its rows. */
export interface KindSection {
  /** The switch that selects it, e.g. `kind: plan`. */
  selector: string;
  title: string;
  term: string;
  description: string;
  rows: FieldRow[];
}

/** A schema node with its local `$ref`s followed, and the names of the definitions passed. */
interface Resolved {
  node: SchemaNode;
  refs: string[];
}

const DEFS_PREFIX = '#/$defs/';

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads a schema: its definitions, and the walks that turn them into rows. */
class SchemaReader {
  readonly #defs: Record<string, SchemaNode>;

  constructor(root: SchemaNode) {
    this.#defs = isNode(root.$defs) ? (root.$defs as Record<string, SchemaNode>) : {};
  }

  /** Follows `$ref` chains; keywords written next to a `$ref` win over the target's. */
  resolve(node: SchemaNode): Resolved {
    const refs: string[] = [];
    let merged: SchemaNode = { ...node };
    let ref = text(merged.$ref);
    while (ref?.startsWith(DEFS_PREFIX)) {
      const name = ref.slice(DEFS_PREFIX.length);
      const target = this.#defs[name];
      if (!target || refs.includes(name)) break;
      refs.push(name);
      const { $ref: _drop, ...own } = merged;
      merged = { ...target, ...own, $ref: target.$ref };
      ref = text(target.$ref);
    }
    delete merged.$ref;
    return { node: merged, refs };
  }

  /** The definition names that are value types: strings with a shape and no description. */
  valueTypes(): [string, SchemaNode][] {
    return Object.entries(this.#defs).filter(
      ([, def]) => def.type === 'string' && def.description === undefined && !('enum' in def),
    );
  }

  /** The alternative shapes a value may take (if/then/else and anyOf/oneOf branches), resolved. */
  forms(node: SchemaNode): Resolved[] {
    const resolved = this.resolve(node);
    const { node: shape, refs } = resolved;
    const branches: unknown[] = [];
    if (isNode(shape.if)) branches.push(shape.then, shape.else);
    for (const keyword of ['anyOf', 'oneOf']) {
      if (Array.isArray(shape[keyword])) branches.push(...(shape[keyword] as unknown[]));
    }
    const alternatives = branches.filter(isNode);
    if (alternatives.length === 0) return [resolved];
    return alternatives.flatMap((branch) =>
      this.forms(branch).map((form) => ({ node: form.node, refs: [...refs, ...form.refs] })),
    );
  }

  /** The type column: value type names, constants, enums, arrays and maps. */
  typeOf(node: SchemaNode): string {
    return this.#typeOf(this.resolve(node));
  }

  #typeOf({ node: shape, refs }: Resolved): string {
    const names = new Set(this.valueTypes().map(([name]) => name));
    const named = refs.find((ref) => names.has(ref));
    if (named) return named;
    if ('const' in shape) return code(String(shape.const));
    if (Array.isArray(shape.enum))
      return shape.enum.map((value) => code(String(value))).join(' | ');
    const forms = this.forms(shape);
    if (forms.length > 1) return unique(forms.map((form) => this.#typeOf(form))).join(' | ');
    const type = text(shape.type);
    if (type === 'array') {
      const items = isNode(shape.items) ? this.typeOf(shape.items) : 'any';
      return items.includes(' | ') ? `(${items})[]` : `${items}[]`;
    }
    if (type === 'object') {
      return isNode(shape.additionalProperties) && !isNode(shape.properties) ? 'map' : 'object';
    }
    if (type === undefined) return 'any';
    return type + limits(shape);
  }

  /** Every property of a document kind, depth first in schema order. */
  rows(root: SchemaNode): FieldRow[] {
    const rows: FieldRow[] = [];
    this.#walk(root, '', [], rows);
    return rows;
  }

  #walk(node: SchemaNode, path: string, seen: readonly string[], rows: FieldRow[]): void {
    const { refs } = this.resolve(node);
    // A definition inside itself (a condition's `all`) is described once, where it first appears.
    if (refs.some((ref) => seen.includes(ref))) return;
    const forms = this.forms(node);
    for (const { node: form, refs: formRefs } of forms) {
      // Only the definitions above this form, not those of its sibling forms.
      const inside = [...seen, ...refs, ...formRefs];
      const required = Array.isArray(form.required) ? (form.required as string[]) : [];
      if (isNode(form.properties)) {
        for (const [name, property] of Object.entries(form.properties)) {
          if (!isNode(property)) continue;
          const need = !required.includes(name) ? 'no' : forms.length > 1 ? 'in its form' : 'yes';
          this.#property(property, join(path, name), need, inside, rows);
        }
      }
      if (isNode(form.additionalProperties)) {
        const entry = `${join(path, '')}<${placeholder(form)}>`;
        this.#property(form.additionalProperties, entry, '—', inside, rows, path);
      }
      if (form.type === 'array' && isNode(form.items)) {
        this.#walk(form.items, `${path}[]`, inside, rows);
      }
    }
  }

  #property(
    node: SchemaNode,
    path: string,
    required: FieldRow['required'],
    seen: readonly string[],
    rows: FieldRow[],
    mapPath?: string,
  ): void {
    if (rows.some((row) => row.path === path)) return;
    const { node: shape } = this.resolve(node);
    const own = text(node.description) ?? text(shape.description);
    const description =
      own ?? (mapPath === undefined ? '' : `One entry of ${code(mapPath)}, as described there.`);
    const markdown = text(node.markdownDescription) ?? text(shape.markdownDescription);
    rows.push({
      path,
      type: this.typeOf(node),
      required,
      description: description + enumMeanings(shape),
      term: termOf(markdown),
    });
    this.#walk(node, path, seen, rows);
  }
}

/** The document kinds of a schema: root branches `if: { properties: { K: { const } } }, then`. */
export function kindSections(schema: SchemaNode): KindSection[] {
  const reader = new SchemaReader(schema);
  const branches = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) =>
    Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]).filter(isNode) : [],
  );
  const sections: KindSection[] = [];
  for (const branch of branches) {
    const condition = isNode(branch.if) && isNode(branch.if.properties) ? branch.if.properties : {};
    const switched = Object.entries(condition).find(
      ([, value]) => isNode(value) && 'const' in value,
    );
    if (!switched || !isNode(branch.then)) continue;
    const [key, value] = switched as [string, SchemaNode];
    sections.push(section(reader, `${key}: ${String(value.const)}`, branch.then));
  }
  // A schema that does not switch on a key is one kind of document.
  return sections.length > 0 ? sections : [section(reader, 'document', schema)];
}

function section(reader: SchemaReader, selector: string, node: SchemaNode): KindSection {
  const { node: shape } = reader.resolve(node);
  const markdown = text(shape.markdownDescription);
  return {
    selector,
    title: markdown?.match(/^\*\*(.+?)\*\*/)?.[1] ?? text(shape.title) ?? selector,
    term: termOf(markdown),
    description: text(shape.description) ?? '',
    rows: reader.rows(node),
  };
}

/** The generated Markdown between the markers (markers included). */
export function fieldReference(schema: SchemaNode): string {
  const reader = new SchemaReader(schema);
  const lines = [
    START_MARKER,
    '<!-- Made by `npm run generate:docs` from schemas/yuan.schema.json. Do not edit by hand. -->',
    '',
    '### Value types',
    '',
    '| type | what it is | pattern |',
    '| --- | --- | --- |',
    ...reader
      .valueTypes()
      .map(([name, def]) =>
        tableRow([
          code(name),
          cell(text(def.$comment) ?? ''),
          typeof def.pattern === 'string' ? cell(code(def.pattern)) : '',
        ]),
      ),
    '',
    'Other types: `string`, `number`, `integer`, `boolean`; `object` has the keys listed below it,',
    '`map` has keys you choose (ids, shown as `<…>` in paths), `T[]` is a list of `T`, and a',
    'backticked word is the exact value to write. **in its form**: required only when the value',
    'takes the form that has this key (a value with several forms, such as a condition).',
  ];
  for (const kind of kindSections(schema)) {
    const heading = kind.term ? `${kind.title} (${kind.term})` : kind.title;
    lines.push('', `### \`${kind.selector}\`: ${heading}`, '');
    if (kind.description) lines.push(cell(kind.description), '');
    lines.push(
      '| path | type | required | description | 中文 |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const row of kind.rows) {
      lines.push(
        tableRow([code(row.path), cell(row.type), row.required, cell(row.description), row.term]),
      );
    }
  }
  lines.push('', END_MARKER);
  return lines.join('\n');
}

/** The generated part of a Markdown text (markers included), or undefined without markers. */
export function generatedPart(markdown: string): string | undefined {
  const start = markdown.indexOf(START_MARKER);
  const end = markdown.indexOf(END_MARKER, start);
  if (start < 0 || end < 0) return undefined;
  return markdown.slice(start, end + END_MARKER.length);
}

/** The Markdown text with its generated part replaced; throws when the markers are missing. */
export function withFieldReference(markdown: string, schema: SchemaNode): string {
  const current = generatedPart(markdown);
  if (current === undefined) {
    throw new Error(`${FORMAT_DOCS} needs the lines ${START_MARKER} and ${END_MARKER}`);
  }
  return markdown.replace(current, () => fieldReference(schema));
}

/** The Chinese term of a `**Name** (术语) — …` markdownDescription. */
function termOf(markdown: string | undefined): string {
  return markdown?.match(/^\*\*.+?\*\* \((.+?)\) —/)?.[1] ?? '';
}

/**
 * ` Values: `a` 术语: meaning; …` from markdownEnumDescriptions, written either
 * "`a` — **术语** — meaning" or "`a` — **术语** (a): meaning".
 */
function enumMeanings(shape: SchemaNode): string {
  if (!Array.isArray(shape.markdownEnumDescriptions)) return '';
  const meanings = shape.markdownEnumDescriptions.flatMap((entry: unknown) => {
    const match = text(entry)?.match(/^`(.+?)` — \*\*(.+?)\*\*\s*(?:— |\([^)]*\):\s*)?(.*)$/);
    if (!match) return [];
    const meaning = match[3]!.replace(/(?<!\.)\.$/, '');
    return [`${code(match[1]!)} ${match[2]}: ${meaning}`];
  });
  return meanings.length > 0 ? ` Values: ${meanings.join('; ')}.` : '';
}

/** The name of a map's keys in a path, from its description's `<name> id -> …`. */
function placeholder(map: SchemaNode): string {
  return text(map.description)?.match(/(\w+) id ->/)?.[1] ?? 'key';
}

/** Bounds and defaults of a number, e.g. ` ≥ 1, default 1`. */
function limits(shape: SchemaNode): string {
  const parts: string[] = [];
  if (typeof shape.minimum === 'number') parts.push(`≥ ${shape.minimum}`);
  if (typeof shape.exclusiveMinimum === 'number') parts.push(`> ${shape.exclusiveMinimum}`);
  const bounds = parts.length > 0 ? ` ${parts.join(' ')}` : '';
  return 'default' in shape ? `${bounds}, default ${String(shape.default)}` : bounds;
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function code(value: string): string {
  return `\`${value}\``;
}

/** Table cell text: one line, pipes escaped, angle brackets outside code spans escaped. */
function cell(value: string): string {
  return value
    .replace(/\s*\n\s*/g, ' ')
    .split('`')
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('`')
    .replace(/\|/g, '\\|');
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The schema check of one loaded document: its kind, then the JSON Schema, as findings. */
import type { Translate } from '../i18n/index.js';
import { findingAt, type LoadedDocument } from '../load/index.js';
import type { Finding } from '../model/finding.js';
import { describeSchemaProblem } from './describe-schema-problem.js';
import { detectKind, type DocumentKind } from './detect-kind.js';
import { reduceSchemaErrors } from './reduce-schema-errors.js';
import { validateSchema } from './validate-schema.generated.js';

/** What the schema check found: the kind (when the document declares a known one) and the problems. */
export interface SchemaCheck {
  kind?: DocumentKind;
  findings: Finding[];
}

/**
 * Checks a document against schemas/yuan.schema.json; every problem is one finding (rule `schema`).
 * A document without `kind` is checked as of the `implied` kind, when there is one.
 */
export function checkSchema(
  document: LoadedDocument,
  t: Translate,
  implied?: DocumentKind,
): SchemaCheck {
  const detected = detectKind(document, t, implied);
  if ('finding' in detected) return { findings: [detected.finding] };
  if (validateSchema(declared(document.data, detected.kind))) {
    return { kind: detected.kind, findings: [] };
  }
  // The generated validator leaves its errors on itself; read them before anything else validates.
  const problems = reduceSchemaErrors(validateSchema.errors ?? []);
  const findings = problems.map((problem) =>
    findingAt(
      document,
      problem.pointer,
      'schema',
      'error',
      describeSchemaProblem(problem, t),
      problem.part,
    ),
  );
  return { kind: detected.kind, findings };
}

/** The data with the kind it was detected as, where it leaves `kind` out. */
function declared(data: unknown, kind: DocumentKind): unknown {
  const mapping = data as Record<string, unknown>;
  if (Object.hasOwn(mapping, 'kind')) return data;
  return { kind, ...mapping };
}

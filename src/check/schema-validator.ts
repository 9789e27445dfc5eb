/** The shape of the generated schema validator (ajv standalone code). */
import type { ErrorObject } from 'ajv';

/** One raw ajv error, before it is reduced to a finding. */
export type SchemaError = ErrorObject;

/** A validator in ajv's calling convention: true when valid, the errors of the last call on `.errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

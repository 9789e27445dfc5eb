/** A value a plan variable can hold. */
export type Scalar = string | number | boolean;

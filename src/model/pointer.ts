/** JSON pointers (RFC 6901): how every step names a place in a document. */

/** Escapes one reference token (`~` -> `~0`, `/` -> `~1`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins a parent pointer and reference tokens into a pointer. */
export function pointerOf(parent: string, ...tokens: (string | number)[]): string {
  return parent + tokens.map((token) => `/${escapeToken(token)}`).join('');
}

/** The reference tokens of a pointer, unescaped. */
export function tokensOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer one level up (the root's parent is the root). */
export function parentPointer(pointer: string): string {
  const cut = pointer.lastIndexOf('/');
  return cut <= 0 ? '' : pointer.slice(0, cut);
}

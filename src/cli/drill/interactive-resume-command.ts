/** The exact command that resumes a paused drill, quoted for a POSIX shell when it must be. */

/** `npx yuan drill --resume <journal>`, the path in single quotes if it holds anything unusual. */
export function resumeCommand(journalFile: string): string {
  return `npx yuan drill --resume ${shellQuote(journalFile)}`;
}

function shellQuote(text: string): string {
  if (/^[\w./@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

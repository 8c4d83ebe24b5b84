import { readFileSync } from 'node:fs';

export class InputError extends Error {}

/** Reads FILE, or standard input for `-`. Unreadable input is an InputError (exit code 2), never a stack trace. */
export function readInput(file: string | undefined): string {
  if (file === undefined) throw new InputError('missing FILE (use - for standard input)');
  try {
    const buffer = readFileSync(file === '-' ? 0 : file);
    if (buffer.includes(0)) throw new InputError(`${file === '-' ? 'standard input' : file} is not text (it contains NUL bytes)`);
    return buffer.toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const what = file === '-' ? 'standard input' : file;
    throw new InputError(code === 'ENOENT' ? `${what}: no such file` : code === 'EISDIR' ? `${what} is a directory` : `cannot read ${what} (${code ?? String(error)})`);
  }
}

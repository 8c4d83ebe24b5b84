/** Why an export cannot be made here: the menu words it in the reader's language. */
export type ExportProblem = 'no-request' | 'no-video' | 'no-frames' | 'image-encoding';

/** An export refused for a known reason. The message stays in English, for the console and bug reports. */
export class ExportError extends Error {
  readonly problem: ExportProblem;

  constructor(problem: ExportProblem, message: string) {
    super(message);
    this.name = 'ExportError';
    this.problem = problem;
  }
}

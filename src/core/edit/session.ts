import { findObject, type ObjectTarget } from './find-object';
import { EditError, applyPatch, deleteIn, getIn, setIn, type Patch, type PathSegment } from './patch';
import type { EditValue } from './render';
import type { YamlMap, YamlNode } from './yaml-tree';

/**
 * A sequence of field changes on one text. Each step finds the object again in the text as the previous
 * step left it, so offsets never go stale, and only touches the span it changes.
 */
export class EditSession {
  private firstChangeAt: number | undefined;

  constructor(public text: string) {}

  find(target: ObjectTarget): YamlMap {
    const result = findObject(this.text, target);
    if (!result.found) throw new EditError(result.reason);
    return result.node;
  }

  has(target: ObjectTarget): boolean {
    return findObject(this.text, target).found;
  }

  read(target: ObjectTarget, path: readonly PathSegment[]): YamlNode | undefined {
    return getIn(this.find(target), path);
  }

  set(target: ObjectTarget, path: readonly PathSegment[], value: EditValue): void {
    this.apply(setIn(this.text, this.find(target), path, value));
  }

  delete(target: ObjectTarget, path: readonly PathSegment[]): void {
    const patch = deleteIn(this.text, this.find(target), path);
    if (patch) this.apply(patch);
  }

  /** 1-based line of the first change, for the editor to scroll to. */
  firstChangedLine(): number | undefined {
    if (this.firstChangeAt === undefined) return undefined;
    let line = 1;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < this.firstChangeAt; i = this.text.indexOf('\n', i + 1)) line += 1;
    return line;
  }

  private apply(patch: Patch): void {
    // Inserted lines follow the text's own line ends (a file saved on Windows keeps CRLF).
    const written = this.text.includes('\r\n') ? { ...patch, text: patch.text.replace(/\r?\n/g, '\r\n') } : patch;
    if (this.text.slice(written.start, written.end) === written.text) return;
    this.text = applyPatch(this.text, written);
    // Later steps may shift this offset a little; the line it names is what matters, and earlier text rarely moves.
    this.firstChangeAt = Math.min(this.firstChangeAt ?? written.start, written.start);
  }
}

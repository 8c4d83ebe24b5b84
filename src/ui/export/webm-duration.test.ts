import { describe, expect, it } from 'vitest';
import { withWebmDuration } from './webm-duration';

const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array<ArrayBuffer> => Uint8Array.from(parts.flatMap((p) => [...p]));
const text = (s: string): number[] => [...new TextEncoder().encode(s)];

/** What MediaRecorder writes: EBML header, a Segment of unknown size, Info without Duration, Tracks, a Cluster. */
function recorded(options: { segmentSize?: number[]; withDuration?: boolean; seekHead?: boolean } = {}): Uint8Array<ArrayBuffer> {
  const header = bytes([0x1a, 0x45, 0xdf, 0xa3, 0x84], [0x42, 0x82, 0x81, 0x77]);
  const scale = [0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]; // TimecodeScale 1,000,000
  const app = [0x4d, 0x80, 0x86, ...text('Chrome')];
  const duration = options.withDuration ? [0x44, 0x89, 0x84, 0x45, 0x1c, 0x40, 0x00] : [];
  const infoContent = [...scale, ...app, ...duration];
  const info = [0x15, 0x49, 0xa9, 0x66, 0x80 | infoContent.length, ...infoContent];
  const seek = options.seekHead ? [0x11, 0x4d, 0x9b, 0x74, 0x80] : [];
  const tracks = [0x16, 0x54, 0xae, 0x6b, 0x82, 0xae, 0x80];
  const cluster = [0x1f, 0x43, 0xb6, 0x75, 0x83, 0xe7, 0x81, 0x00];
  const body = [...seek, ...info, ...tracks, ...cluster];
  const size = options.segmentSize ?? [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
  return bytes(header, [0x18, 0x53, 0x80, 0x67], size, body);
}

function durationIn(file: Uint8Array): number | null {
  for (let i = 0; i + 11 <= file.length; i++) {
    if (file[i] === 0x44 && file[i + 1] === 0x89 && file[i + 2] === 0x88) return new DataView(file.buffer, file.byteOffset + i + 3, 8).getFloat64(0);
  }
  return null;
}

describe('giving a recorded WebM its duration', () => {
  it('adds Duration to Info, in TimecodeScale ticks, and grows Info by it', () => {
    const before = recorded();
    const after = withWebmDuration(before, 12_345);
    expect(after.length).toBe(before.length + 11);
    expect(durationIn(after)).toBe(12_345);
    const infoAt = after.indexOf(0x15);
    expect(after[infoAt + 4]).toBe(0x80 | (before[infoAt + 4]! & 0x7f) + 11);
  });

  it('leaves everything after Info byte for byte as it was', () => {
    const before = recorded();
    const after = withWebmDuration(before, 500);
    expect([...after.subarray(after.length - 15)]).toEqual([...before.subarray(before.length - 15)]);
  });

  it('grows a Segment of known size by as much, keeping the width of its size', () => {
    const before = recorded({ segmentSize: [0x10, 0x00, 0x00, 0x2e] });
    const after = withWebmDuration(before, 1000);
    expect([...after.subarray(13, 17)]).toEqual([0x10, 0x00, 0x00, 0x2e + 11]);
  });

  it('leaves a file alone when it already has a duration, has a SeekHead, or is not WebM', () => {
    for (const file of [recorded({ withDuration: true }), recorded({ seekHead: true }), Uint8Array.from([1, 2, 3, 4]), new Uint8Array(0)]) {
      expect(withWebmDuration(file, 1000)).toBe(file);
    }
    expect(withWebmDuration(recorded(), 0)).toEqual(recorded());
  });
});

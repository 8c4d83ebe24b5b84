/**
 * MediaRecorder writes WebM as a live stream: its Segment has an "unknown" size and its Info no Duration,
 * so players show no length and cannot seek. This writes the Duration into Info once the recording is
 * done, the one change a finished file needs. Anything unexpected (a SeekHead whose offsets the insertion
 * would break, a Duration already there, bytes that are not WebM) leaves the file as it was.
 */
const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
} as const;

/** MediaRecorder's TimecodeScale: one tick per millisecond. */
const DEFAULT_TIMECODE_SCALE = 1_000_000;

interface Vint {
  readonly value: number;
  readonly length: number;
  /** All value bits set: the "unknown size" of a live stream. */
  readonly unknown: boolean;
}

function readVint(bytes: Uint8Array, at: number, keepMarker: boolean): Vint | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 8 || at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i] ?? 0;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

/** An element size as an EBML vint of at least `minLength` bytes; null when it does not fit in 8. */
function encodeSize(size: number, minLength = 1): Uint8Array | null {
  for (let length = minLength; length <= 8; length++) {
    // The all-ones value of each length is reserved for "unknown".
    if (size >= 2 ** (7 * length) - 1) continue;
    const out = new Uint8Array(length);
    let rest = size;
    for (let i = length - 1; i >= 0; i--) {
      out[i] = rest % 256;
      rest = Math.floor(rest / 256);
    }
    out[0] = (out[0] ?? 0) | (0x80 >> (length - 1));
    return out;
  }
  return null;
}

interface Element {
  readonly id: number;
  readonly start: number;
  readonly dataStart: number;
  readonly size: Vint;
}

function readElement(bytes: Uint8Array, at: number): Element | null {
  const id = readVint(bytes, at, true);
  if (!id) return null;
  const size = readVint(bytes, at + id.length, false);
  if (!size) return null;
  return { id: id.value, start: at, dataStart: at + id.length + size.length, size };
}

function readUint(bytes: Uint8Array, start: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + (bytes[start + i] ?? 0);
  return value;
}

export function withWebmDuration(bytes: Uint8Array<ArrayBuffer>, durationMs: number): Uint8Array<ArrayBuffer> {
  if (!(durationMs > 0)) return bytes;
  const header = readElement(bytes, 0);
  if (header?.id !== ID.ebml || header.size.unknown) return bytes;
  const segment = readElement(bytes, header.dataStart + header.size.value);
  if (segment?.id !== ID.segment) return bytes;
  let at = segment.dataStart;
  while (at < bytes.length) {
    const child = readElement(bytes, at);
    if (!child || child.size.unknown || child.id === ID.seekHead) return bytes;
    if (child.id === ID.info) return insertDuration(bytes, segment, child, durationMs);
    at = child.dataStart + child.size.value;
  }
  return bytes;
}

function insertDuration(bytes: Uint8Array<ArrayBuffer>, segment: Element, info: Element, durationMs: number): Uint8Array<ArrayBuffer> {
  const end = info.dataStart + info.size.value;
  let scale = DEFAULT_TIMECODE_SCALE;
  for (let at = info.dataStart; at < end; ) {
    const child = readElement(bytes, at);
    if (!child) return bytes;
    if (child.id === ID.duration) return bytes;
    if (child.id === ID.timecodeScale) scale = readUint(bytes, child.dataStart, child.size.value) || DEFAULT_TIMECODE_SCALE;
    at = child.dataStart + child.size.value;
  }
  const duration = new Uint8Array(11);
  duration.set([0x44, 0x89, 0x88]);
  new DataView(duration.buffer).setFloat64(3, (durationMs * 1_000_000) / scale);
  const content = bytes.subarray(info.dataStart, end);
  const infoId = bytes.subarray(info.start, info.dataStart - info.size.length);
  const newSize = encodeSize(content.length + duration.length);
  if (!newSize) return bytes;
  const grown = infoId.length + newSize.length + content.length + duration.length - (end - info.start);
  // A Segment of known size grows by as much; its size keeps its width, or the file is left alone.
  const segmentSize = segment.size.unknown ? null : encodeSize(segment.size.value + grown, segment.size.length);
  if (!segment.size.unknown && segmentSize?.length !== segment.size.length) return bytes;
  const out = new Uint8Array(bytes.length + grown);
  out.set(bytes.subarray(0, info.start));
  if (segmentSize) out.set(segmentSize, segment.dataStart - segment.size.length);
  let at = info.start;
  for (const part of [infoId, newSize, content, duration]) {
    out.set(part, at);
    at += part.length;
  }
  out.set(bytes.subarray(end), at);
  return out;
}

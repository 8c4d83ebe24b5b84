import { PROTOCOL_VERSION, type Reply, type Request } from './messages';

/**
 * Messages cross a realm boundary, so their type is a claim, not a fact. These guards check the envelope
 * (tag, id, version) before a switch trusts the tag; the payload is ours on both sides.
 */
function hasEnvelope(value: unknown): value is { type: unknown; requestId: unknown; protocolVersion: unknown } {
  return typeof value === 'object' && value !== null && 'type' in value && 'requestId' in value && 'protocolVersion' in value;
}

const REQUEST_TYPES: ReadonlySet<string> = new Set<Request['type']>(['load', 'ping', 'query']);
const REPLY_TYPES: ReadonlySet<string> = new Set<Reply['type']>(['loaded', 'failed', 'pong', 'answer']);

export function isRequest(value: unknown): value is Request {
  return (
    hasEnvelope(value) &&
    typeof value.type === 'string' &&
    REQUEST_TYPES.has(value.type) &&
    typeof value.requestId === 'number'
  );
}

export function isReply(value: unknown): value is Reply {
  return (
    hasEnvelope(value) &&
    typeof value.type === 'string' &&
    REPLY_TYPES.has(value.type) &&
    typeof value.requestId === 'number'
  );
}

export function hasCurrentVersion(message: { readonly protocolVersion: unknown }): boolean {
  return message.protocolVersion === PROTOCOL_VERSION;
}


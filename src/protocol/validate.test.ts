import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from './messages';
import { hasCurrentVersion, isReply, isRequest } from './validate';

describe('message guards', () => {
  it('accepts a well-formed request and reply', () => {
    expect(isRequest({ type: 'ping', requestId: 1, protocolVersion: PROTOCOL_VERSION })).toBe(true);
    expect(isReply({ type: 'failed', requestId: 1, protocolVersion: PROTOCOL_VERSION, message: 'x' })).toBe(true);
  });

  it('rejects unknown tags, missing ids and non-objects', () => {
    expect(isRequest({ type: 'explode', requestId: 1, protocolVersion: PROTOCOL_VERSION })).toBe(false);
    expect(isReply({ type: 'loaded', protocolVersion: PROTOCOL_VERSION })).toBe(false);
    expect(isReply('loaded')).toBe(false);
    expect(isRequest(null)).toBe(false);
  });

  it('a reply is not a request and a request is not a reply', () => {
    expect(isRequest({ type: 'pong', requestId: 1, protocolVersion: PROTOCOL_VERSION })).toBe(false);
    expect(isReply({ type: 'load', requestId: 1, protocolVersion: PROTOCOL_VERSION })).toBe(false);
  });

  it('tells messages of another protocol version apart', () => {
    expect(hasCurrentVersion({ protocolVersion: PROTOCOL_VERSION })).toBe(true);
    expect(hasCurrentVersion({ protocolVersion: PROTOCOL_VERSION + 1 })).toBe(false);
  });
});

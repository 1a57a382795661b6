import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_CHANNELS, REQUEST_CHANNEL_LIST, requestNameOfChannel } from '../../../../shared/ipc/channels';

describe('CHANNELS', () => {
  it('names each request channel upki:<method>', () => {
    for (const [method, channel] of Object.entries(CHANNELS)) expect(channel).toBe(`upki:${method}`);
  });

  it('gives every request and event its own channel', () => {
    const all = [...Object.values(CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists every request channel once', () => {
    expect([...REQUEST_CHANNEL_LIST].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  const table = [
    { name: 'maps a known channel back to its method', input: 'upki:saveFile', want: 'saveFile' },
    { name: 'does not know an event channel as a request', input: EVENT_CHANNELS.menuCommand, want: null },
    { name: 'does not know an unrelated channel', input: 'upki:readAnyFile', want: null },
    { name: 'does not know an inherited property name', input: 'toString', want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(requestNameOfChannel(input)).toBe(want);
  });
});

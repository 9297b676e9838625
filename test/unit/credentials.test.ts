// Connection errors name the servers as given, but never the password in their URLs: the
// messages of the bus's and the stats store's errors end up in logs.
import { describe, expect, it } from 'vitest';
import { BusConnectionError, BusOptionsError, connectEventBus } from 'mayastor-events';
import { CounterStoreError, openNatsCounterStore } from 'mayastor-events/stats';
import { serverWithoutCredentials, serversText, withoutCredentials } from '../../src/internal/servers.js';
import { freePort } from '../support/nats-server.js';

async function refusal(open: () => Promise<unknown>): Promise<Error> {
  try {
    await open();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('credentials in server URLs', () => {
  it('a bus that cannot connect names its servers without their password', async () => {
    const port = await freePort();
    const error = await refusal(() => connectEventBus({ servers: [`nats://operator:s3cret@127.0.0.1:${port}`, `tls://operator:s3cret@127.0.0.1:${port}`] }));
    expect(error).toBeInstanceOf(BusConnectionError);
    expect(error.message).toContain(`cannot connect to NATS at nats://127.0.0.1:${port},tls://127.0.0.1:${port}`);
    expect(error.message).not.toMatch(/s3cret|operator/);
    expect(error.cause).toBeInstanceOf(Error); // nats.js's own error is kept
  });

  it('servers whose URLs carry different credentials are refused, the credentials not shown', async () => {
    const error = await refusal(() => connectEventBus({ servers: [`nats://operator:s3cret@127.0.0.1:1`, `tls://token@127.0.0.1:1`] }));
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error.message).toBe('invalid option `servers`: servers 1 and 2 carry different credentials: a connection has one set, which nats.js sends to every server it dials; give the same in each URL');
  });

  it('a refused server URL is named without its credentials', async () => {
    const error = await refusal(() => connectEventBus({ servers: 'ws://operator:s3cret@127.0.0.1:1' }));
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error.message).toMatch(/^invalid option `servers`: server "ws:\/\/127\.0\.0\.1:1": ws:\/\/ is a websocket server/);
    expect(error.message).not.toMatch(/s3cret|operator/);
  });

  it('the stats store that cannot connect names its servers without their password', async () => {
    const port = await freePort();
    const error = await refusal(() => openNatsCounterStore({ servers: `nats://operator:s3cret@127.0.0.1:${port}` }));
    expect(error).toBeInstanceOf(CounterStoreError);
    expect(error.message).toContain(`cannot connect to NATS at nats://127.0.0.1:${port}`);
    expect(error.message).not.toMatch(/s3cret|operator/);
  });

  it('withoutCredentials drops user:password@ wherever a URL stands in a text, and nothing else', () => {
    expect(withoutCredentials('nats://a:b@h:1,tls://t@h2:2 (user@h3) x@y')).toBe('nats://h:1,tls://h2:2 (h3) y');
    expect(withoutCredentials('nats://h:4222/path?q=a@b')).toBe('nats://h:4222/path?q=a@b'); // an @ past the host is not a credential
    expect(serversText(undefined)).toBe('127.0.0.1:4222');
    expect(serversText(['nats://u:p@a:1', 'b:2'])).toBe('nats://a:1,b:2');
  });

  it('serversText shows each server of a comma-separated string, and cuts the whole string when a `,` may stand in a password', () => {
    expect(serversText('nats://a:1,nats://u:p@b:2')).toBe('nats://a:1,nats://b:2');
    expect(serversText('nats://u:p@a:1, tls://t@b:2')).toBe('nats://a:1, tls://b:2');
    expect(serversText('a:1,b:2')).toBe('a:1,b:2');
    for (const server of ['nats://operator:s3,cret@h:1', 'nats://operator:1234,5678@h:1', 'nats://t0k,en@h:1']) {
      expect(serversText(server)).toBe('nats://h:1');
    }
  });

  it.each([
    ['nats://u:p@ss@h:1', 'nats://h:1'], // a raw @ in the password: cut through the last one
    ['nats://u:pa/ss@h:1', 'nats://h:1'], // a raw / in the password
    ['nats://u:p w,x(y@h:1', 'nats://h:1'], // a space, comma or parenthesis in the password
    ['nats://u:p@[::1]:4222', 'nats://[::1]:4222'],
    ['tls://token@h', 'tls://h'],
    ['u:p@h:4222', 'h:4222'],
    ['nats://h:4222', 'nats://h:4222'],
    ['h', 'h'],
  ])('a server given as %j is shown as %j', (server, shown) => {
    expect(serverWithoutCredentials(server)).toBe(shown);
    expect(serversText(server)).toBe(shown);
    expect(serversText([server, server])).toBe(`${shown},${shown}`);
  });
});

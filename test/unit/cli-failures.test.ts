// What the CLI says when a command fails other than by a usage error: whatever a command throws,
// main reports it and resolves.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

describe('main - a command that throws a value with no string form', () => {
  it('is reported on one line, status 2: main resolves', async () => {
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    // doctor reads its settings from the environment as it runs: this one throws what String() cannot convert.
    const env = new Proxy(
      {},
      {
        get: () => {
          throw Object.create(null) as unknown;
        },
      },
    );
    const status = await main(['doctor'], { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env });
    expect(status).toBe(2);
    expect(text).toBe('mayastor-events doctor: an unprintable error\n');
  });
});

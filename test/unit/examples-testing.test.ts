import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/testing-fabricate.ts', () => {
  it('runs to completion: the handler follows a fabricated node failure', async () => {
    const { stdout, stderr } = await run('npx', ['tsx', 'examples/testing-fabricate.ts'], { cwd: root, timeout: 60_000 });
    expect(stderr).toBe('');
    // Seeded, so the volume and its new path are the same on every run.
    expect(stdout).toMatch(
      /^testing-fabricate: ok, 9 events, volume ([0-9a-f-]{36}) now at nvmf:\/\/[0-9.]+:8420\/nqn\.2019-05\.io\.openebs:\1\?uuid=\1\n$/,
    );
    const again = await run('npx', ['tsx', 'examples/testing-fabricate.ts'], { cwd: root, timeout: 60_000 });
    expect(again.stdout).toBe(stdout);
  });
});

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/testing-bus.ts', () => {
  it('runs to completion: the service is tested on the in-memory bus', async () => {
    const { stdout, stderr } = await run('npx', ['tsx', 'examples/testing-bus.ts'], { cwd: root, timeout: 60_000 });
    expect(stderr).toBe('');
    expect(stdout).toBe('testing-bus: ok, 2 events recorded, volume 5f9b2c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f created and deleted\n');
  });
});

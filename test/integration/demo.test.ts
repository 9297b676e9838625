// `npm run demo` as a user runs it on a fresh machine: with nats-server installed it starts one,
// without it runs on the in-memory bus; either way it ends by itself and prints what /stats serves.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const parsePrometheus = createRequire(import.meta.url)('parse-prometheus-text-format') as (
  text: string,
) => { name: string; metrics: { labels?: Record<string, string>; value: string }[] }[];

function demo(env: Record<string, string | undefined>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'demo'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NATS_URL: undefined, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function metrics(stdout: string): Map<string, number> {
  const text = stdout.slice(stdout.indexOf('# HELP'), stdout.lastIndexOf('\n\n'));
  const values = new Map<string, number>();
  for (const family of parsePrometheus(text)) {
    for (const metric of family.metrics) {
      const labels = Object.entries(metric.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
      values.set(labels ? `${family.name}{${labels}}` : family.name, Number(metric.value));
    }
  }
  return values;
}

describe('npm run demo', () => {
  it.each([
    ['starts its own nats-server when one is installed', {}, /^bus: a nats-server started for the demo on nats:\/\/127\.0\.0\.1:\d+/m],
    ['runs on the in-memory bus when none is installed', { NATS_SERVER: '/nonexistent/nats-server' }, /^bus: in memory/m],
  ])('%s, and prints the counts /stats serves', (_name, env, bus) => {
    const result = demo(env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(bus);
    const values = metrics(result.stdout);
    // The story: two volume lifecycles, a pool per io-engine, a node failure with a switch-over.
    expect(values.get('volume{action=created}')).toBe(2);
    expect(values.get('volume{action=deleted}')).toBe(2);
    expect(values.get('nexus{action=rebuild_started}')).toBe(2);
    expect(values.get('pool{action=created}')).toBeGreaterThanOrEqual(3);
    expect(values.get('mayastor_events_total{category=highAvailability,action=switchOver}')).toBeGreaterThan(0);
    expect(values.get('mayastor_events_invalid_total')).toBe(0);
    const published = Number(/^(\d+) events published and counted/m.exec(result.stdout)?.[1]);
    const counted = [...values].filter(([name]) => name.startsWith('mayastor_events_total')).reduce((sum, [, n]) => sum + n, 0);
    expect(counted).toBe(published);
  }, 90_000);
});

// Runs `mayastor-events stats` (the command itself, configured by environment variables) as a
// process of its own, so that integration tests can kill it with SIGKILL mid-stream.
// With STATS_KILL_AFTER_SAVES=N it instead runs the service on a store that kills the process
// (SIGKILL) right after its N-th save: after the counts are saved and before the message is acked.
import { connectEventBus } from 'mayastor-events';
import { statsCommand } from '../../src/cli/stats.js';
import { openNatsCounterStore, startStatsService, type CounterStore } from '../../src/stats/index.js';

const killAfter = Number(process.env['STATS_KILL_AFTER_SAVES'] ?? 0);
if (killAfter > 0) {
  const servers = process.env['NATS_URL']!;
  const bus = await connectEventBus({ servers });
  const store = await openNatsCounterStore({ servers, bucket: process.env['STATS_BUCKET']! });
  let saves = 0;
  const dying: CounterStore = {
    load: () => store.load(),
    close: () => store.close(),
    async save(counts, revision) {
      const saved = await store.save(counts, revision);
      if (++saves >= killAfter) process.kill(process.pid, 'SIGKILL');
      return saved;
    },
  };
  await startStatsService({ bus, store: dying, listen: process.env['STATS_LISTEN'] ?? '127.0.0.1:0', streamIdentity: await store.streamIdentity(bus.stream) });
} else {
  const outcome = await statsCommand.run({
    positionals: [],
    values: {},
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  if ('usageError' in outcome) process.stderr.write(`usage error: ${outcome.usageError}\n`);
  process.exitCode = 'exitCode' in outcome ? outcome.exitCode : 2;
}

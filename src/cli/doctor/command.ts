// `mayastor-events doctor`: why events go missing, from what the server says (read only).
import type { Command } from '../command.js';
import { NATS_CONNECTION_FLAGS, NATS_CONNECTION_HELP } from '../nats-options.js';

/** `mayastor-events doctor`: checks the events stream, its consumers, stored messages, clocks and the stats counts. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the events stream, its consumers, stored messages, clocks and stats counts',
  usage: 'mayastor-events doctor [--json] [options]',
  help: `Checks what makes events go missing, reading only (nothing is created on the server).

Options (environment variable in brackets):
${NATS_CONNECTION_HELP}
  --help                show this help`,
  options: { ...NATS_CONNECTION_FLAGS },
  async run() {
    return { usageError: 'not implemented yet' };
  },
};

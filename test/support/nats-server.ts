// The integration tests' nats-server: the launcher that `npm run demo` uses too.
export { NATS_SERVER_BIN, freePort, startNatsServer, type NatsServer, type NatsServerOptions } from '../../scripts/lib/nats-server.ts';

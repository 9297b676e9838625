// The compile-cost benchmark of `npm run bench:types`: what a typical consumer writes (three
// patterns — one key, a category wildcard, an action wildcard — plus createEvent and decode
// narrowing, as in examples/consumer.ts). tsc checks only this file and what it imports.
import { EventAction, EventCategory, RebuildStatus, createEvent, decode, enumName, type EventBus } from 'mayastor-events';

declare const bus: EventBus;

export async function consume(): Promise<void> {
  await bus.subscribe({
    'nexus.rebuildEnd': (event) => {
      const rebuild = event.metadata.source.event_details.rebuild_details;
      return rebuild.rebuild_status === RebuildStatus.Failed ? rebuild.error : rebuild.destination_replica;
    },
    'nexus.*': (event, delivery) => {
      if (event.action === EventAction.StateChange) {
        const change = event.metadata.source.event_details.state_change_details;
        return `${change.previous}->${change.next} #${delivery.streamSequence}`;
      }
      if (event.action === EventAction.AddChild || event.action === EventAction.RemoveChild) {
        return event.metadata.source.event_details.nexus_child_details.uri;
      }
      return event.target;
    },
    '*.create': (event) => `${enumName(EventCategory, event.category) ?? event.category} ${event.target}`,
  });
}

export function produce(): Uint8Array | string {
  const event = createEvent('replica.create', {
    target: 'r',
    details: { replica_details: { pool_name: 'p', pool_uuid: 'u', replica_name: 'r' } },
  });
  const result = decode(JSON.stringify(event));
  if (result.kind === 'event' && result.key === 'nexus.rebuildBegin') {
    return result.event.metadata.source.event_details.rebuild_details.source_replica;
  }
  if (result.kind === 'invalid') return result.error.raw;
  return event.metadata.id;
}

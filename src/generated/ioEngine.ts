// Generated from schemas/catalog.yaml by scripts/generate.ts (IO engine events). Do not edit: run `npm run generate`.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../schema/typebox.js';
import { EventAction, EventCategory, EventVersion } from './enums.js';
import { EventActionDuration, KnownComponent, ReactorEventDetails } from './messages.js';

/** `ioEngine.start`: The io-engine initialized. */
export const IoEngineStart = Type.Object(
  {
    category: Type.Literal(EventCategory.IoEngineCategory),
    action: Type.Literal(EventAction.Start),
    /** io-engine instance name (`mayastor`) */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "ioEngine.start", title: "IoEngineStart", description: "The io-engine initialized." },
);
/** `ioEngine.start`: The io-engine initialized. */
export type IoEngineStart = Static<typeof IoEngineStart>;

/** `ioEngine.shutdown`: The io-engine began shutting down. */
export const IoEngineShutdown = Type.Object(
  {
    category: Type.Literal(EventCategory.IoEngineCategory),
    action: Type.Literal(EventAction.Shutdown),
    /** io-engine instance name (`mayastor`) */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Union([
              Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "ioEngine.shutdown", title: "IoEngineShutdown", description: "The io-engine began shutting down." },
);
/** `ioEngine.shutdown`: The io-engine began shutting down. */
export type IoEngineShutdown = Static<typeof IoEngineShutdown>;

/** `ioEngine.stop`: The io-engine stopped, with the time the shutdown took. */
export const IoEngineStop = Type.Object(
  {
    category: Type.Literal(EventCategory.IoEngineCategory),
    action: Type.Literal(EventAction.Stop),
    /** io-engine instance name (`mayastor`) */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: Type.Null(),
                  state_change_details: Type.Null(),
                  action_duration_details: EventActionDuration,
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "ioEngine.stop", title: "IoEngineStop", description: "The io-engine stopped, with the time the shutdown took." },
);
/** `ioEngine.stop`: The io-engine stopped, with the time the shutdown took. */
export type IoEngineStop = Static<typeof IoEngineStop>;

/** `ioEngine.reactorFreeze`: An io-engine reactor froze. */
export const IoEngineReactorFreeze = Type.Object(
  {
    category: Type.Literal(EventCategory.IoEngineCategory),
    action: Type.Literal(EventAction.ReactorFreeze),
    /** reactor thread id */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: ReactorEventDetails,
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "ioEngine.reactorFreeze", title: "IoEngineReactorFreeze", description: "An io-engine reactor froze." },
);
/** `ioEngine.reactorFreeze`: An io-engine reactor froze. */
export type IoEngineReactorFreeze = Static<typeof IoEngineReactorFreeze>;

/** `ioEngine.reactorUnfreeze`: A frozen io-engine reactor became healthy again. */
export const IoEngineReactorUnfreeze = Type.Object(
  {
    category: Type.Literal(EventCategory.IoEngineCategory),
    action: Type.Literal(EventAction.ReactorUnfreeze),
    /** reactor thread id */
    target: Type.String(),
    metadata: Type.Object(
      {
        id: Type.String(),
        source: Type.Object(
          {
            component: KnownComponent,
            node: Type.String(),
            event_details: Type.Object(
                {
                  rebuild_details: Type.Null(),
                  replica_details: Type.Null(),
                  switch_over_details: Type.Null(),
                  nexus_child_details: Type.Null(),
                  nvme_path_details: Type.Null(),
                  host_initiator_details: Type.Null(),
                  reactor_details: ReactorEventDetails,
                  state_change_details: Type.Null(),
                  action_duration_details: Type.Null(),
                  snapshot_details: Type.Null(),
                  clone_details: Type.Null(),
                  error_details: Type.Null(),
                  subsystem_pause_details: Type.Null(),
                },
                { additionalProperties: false },
              ),
          },
          { additionalProperties: false },
        ),
        timestamp: Timestamp,
        version: Type.Literal(EventVersion.V1),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: "ioEngine.reactorUnfreeze", title: "IoEngineReactorUnfreeze", description: "A frozen io-engine reactor became healthy again." },
);
/** `ioEngine.reactorUnfreeze`: A frozen io-engine reactor became healthy again. */
export type IoEngineReactorUnfreeze = Static<typeof IoEngineReactorUnfreeze>;

// Emits schemas/json/, schemas/asyncapi.yaml and docs/events.md from the catalog model.
import { asyncapiDocument } from './asyncapi.ts';
import { eventsMarkdown } from './docs.ts';
import { jsonSchemas, renderJson } from './jsonschema.ts';
import type { CatalogModel } from './model.ts';

/** Every generated document, by path relative to the repository root. */
export function emitDocuments(model: CatalogModel): Map<string, string> {
  const files = new Map<string, string>();
  const schemas = jsonSchemas(model);
  for (const [name, schema] of schemas) files.set(`schemas/json/${name}.json`, renderJson(schema));
  files.set('schemas/asyncapi.yaml', asyncapiDocument(model, schemas));
  files.set('docs/events.md', eventsMarkdown(model));
  return files;
}

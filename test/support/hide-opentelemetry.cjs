// Preloaded with `node --require`: makes @opentelemetry/* impossible to find for require(), as in
// a project that does not install the optional peer dependency (test/integration/telemetry.test.ts).
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (typeof request === 'string' && request.startsWith('@opentelemetry/')) {
    throw Object.assign(new Error(`Cannot find module '${request}'`), { code: 'MODULE_NOT_FOUND' });
  }
  return resolve.call(this, request, ...rest);
};

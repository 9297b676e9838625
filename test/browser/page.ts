// The browser bundle's entry (built by test/integration/browser.test.ts with esbuild, platform
// browser): the codec probe, reachable from the page for Playwright's evaluate().
import { runCodecProbe } from './codec-probe.js';

(globalThis as { runCodecProbe?: typeof runCodecProbe }).runCodecProbe = runCodecProbe;

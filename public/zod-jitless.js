// Runs before the app (a classic script is executed before module scripts). zod 4 probes whether it may
// compile parsers with `Function("")`; under the page's Content-Security-Policy (no 'unsafe-eval') the probe
// throws, zod falls back, but the browser still reports a `securitypolicyviolation`. `jitless` skips the probe
// (and the compilation, which the policy forbids anyway). zod reads this object as its global config.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });

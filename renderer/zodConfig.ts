import { z } from 'zod';

// zod compiles fast object parsers with `new Function`, probing for it when a schema is created;
// the CSP forbids eval, and the probe alone is reported as a violation. This module is imported
// first by main.tsx so that the setting precedes every schema of shared/.
z.config({ jitless: true });

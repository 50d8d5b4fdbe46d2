// Worker entry: worker threads do not inherit the tsx loader that bin/shoplab.mjs registered,
// so register it here before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

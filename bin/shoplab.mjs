#!/usr/bin/env node
// ShopLab command line: registers the tsx loader so the TypeScript sources run directly, then
// hands over to cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { runFromProcess } = await import('../cli/main.ts');
await runFromProcess();

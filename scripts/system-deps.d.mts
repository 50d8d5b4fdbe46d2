// Types of scripts/system-deps.mjs, for the tests that skip when a program is missing.
export interface SystemDep {
  name: 'chromium' | 'redis-server';
  paths: string[];
  aptPackage: string;
  suites: string;
}
export declare const SYSTEM_DEPS: readonly SystemDep[];
/** Absolute path of the program, or null when it is not installed. */
export declare function findSystemDep(name: SystemDep['name']): string | null;
export declare function installCommand(packages: readonly string[]): string;
export declare function ensureSystemDeps(options?: { check?: boolean; log?: (line: string) => void }): string[];
export declare function skipNotice(missing: readonly string[]): string;

import { EnvironmentError } from './environment';

/**
 * Runs an app's start function; a configuration error ends the process with its message alone (no stack
 * trace), since the person reading it needs the variable and the rule, not our call stack.
 */
export function runMain(start: () => Promise<void>): void {
  start().catch((error: unknown) => {
    if (error instanceof EnvironmentError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
}

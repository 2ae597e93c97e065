import { messages } from './messages.ts';

/** The one error type a stage throws for problems a user can fix. main() prints its message and exits 1. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineError';
  }
}

/** Runs a stage's main function; a PipelineError becomes one clear line on stderr and exit code 1. */
export async function runStage(stage: string, main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
    // Fault injection for the tests of all-or-nothing publishing: fail after the stage wrote its files.
    if (process.env.PIPELINE_FAIL_AFTER === stage) throw new PipelineError(messages.failureInjected(stage));
  } catch (error) {
    if (error instanceof PipelineError) {
      process.stderr.write(`error [${stage}]: ${error.message}\n`);
    } else {
      process.stderr.write(`error [${stage}]: unexpected failure\n${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exit(1);
  }
}

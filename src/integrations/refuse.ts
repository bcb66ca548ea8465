/**
 * How the build refuses: the problems as the editor reads them (already printed, one
 * `file:line: field: message` line each), then one summary line, and exit 1. Throwing from a hook
 * would wrap the message in Astro's English "An unhandled error occurred…" box with a stack trace
 * into node_modules, which reads as a crash of the program rather than a refusal of the content.
 */
export function refuse(logger: { error: (message: string) => void }, summary: string): never {
  logger.error(summary);
  process.exit(1);
}

/**
 * The verdict of the content check that content-guard starts for `astro build`, shared with the
 * collection loaders in content.config.ts. Astro loads the config and the content config through
 * separate module graphs, so the promise is kept on `globalThis` under a registered symbol.
 */
const KEY = Symbol.for('etalase.contentGuard.verdict');

type Holder = { [KEY]?: Promise<void> };

/** Records the running check; its rejection is the Indonesian error naming file, field and fix. */
export function setGuardVerdict(verdict: Promise<void> | undefined): void {
  // Handled by whoever awaits it; without this a failed check that nobody awaited yet would be
  // reported as an unhandled rejection before the build reaches it.
  verdict?.catch(() => {});
  (globalThis as Holder)[KEY] = verdict;
}

/** The running check, when `astro build` started one (undefined in dev and when it was skipped). */
export function guardVerdict(): Promise<void> | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * A collection loader whose failures (unreadable frontmatter, a schema refusal, a body that does
 * not compile) wait for the content check first: Astro's own message names neither field nor fix,
 * the check's names both. When the check passes, Astro's own error is thrown.
 */
export function guardedLoader<L extends { load: (context: never) => Promise<void> }>(loader: L): L {
  return {
    ...loader,
    load: async (context: Parameters<L['load']>[0]) => {
      try {
        await loader.load(context);
      } catch (error) {
        await guardVerdict();
        throw error;
      }
    },
  };
}

/**
 * Per-key serialisation: tasks for the same conversation run one after another, in arrival order,
 * so two quick messages in one thread never race on the stored state. Different keys run freely.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(
      () => task(),
      () => task(),
    );
    // Settles (never rejects) once the task has, forgetting the key unless more was queued since: one
    // promise where a settled tail and a separate clean-up on it made two (each promise a turn makes
    // also runs the AsyncLocalStorage hooks of the log context, src/slack/logger.ts).
    const done = (): void => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
    const tail: Promise<void> = next.then(done, done);
    this.tails.set(key, tail);
    return next;
  }

  /** Keys with work queued or running. */
  get size(): number {
    return this.tails.size;
  }

  /** Resolves when everything queued so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}

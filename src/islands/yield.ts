/**
 * Lets the browser handle input and paint before the next piece of work, so starting a heavy
 * island (the lab terminal, the script editor) is several shorter tasks on a phone instead of one
 * long one: `scheduler.yield()` where the browser has it (the work resumes ahead of other tasks),
 * else a new task.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

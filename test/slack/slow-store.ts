/** A store whose conversation lookups are held up by `delay.ms` (a busy or unavailable database). */
import type { Store } from '../../src/store/port';

export function slowStore(s: Store, delay: { ms: number }): Store {
  const conversations = new Proxy(s.conversations, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'get' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
      return async (...args: unknown[]) => {
        await new Promise((r) => setTimeout(r, delay.ms));
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return new Proxy(s, { get: (t, p, r) => (p === 'conversations' ? conversations : (Reflect.get(t, p, r) as unknown)) });
}

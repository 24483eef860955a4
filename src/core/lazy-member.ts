/**
 * A member worked out when first read, for data most runs never read (where a key is, for a
 * finding): one descriptor shared by every object that has the member, so those objects keep
 * one hidden class (a getter made per object gives each its own, and every reader of them goes
 * megamorphic). The first read, or a write, replaces the accessor with a plain member, so an
 * object then looks like one built eagerly (to a spread, JSON, a test's toEqual).
 */
export function lazyMember<T extends object>(
  key: string,
  compute: (target: T) => unknown,
): PropertyDescriptor {
  const settle = (target: object, value: unknown) =>
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const value = compute(this);
      settle(this, value);
      return value;
    },
    set(this: T, value: unknown) {
      settle(this, value);
    },
  };
}

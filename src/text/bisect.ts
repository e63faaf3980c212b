/**
 * The first index of a sorted array at which `before` turns false (the array's length when it
 * never does): a binary search, for spans sorted by offset. `before` must be true on a prefix of
 * the array and false after it.
 */
export function firstIndex<T>(xs: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(xs[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

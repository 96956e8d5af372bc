/**
 * One cached value with a time to live. After the TTL a read still answers at once from the old value and
 * refreshes it in the background; concurrent first reads share one load.
 */
export class Cached<T> {
  private value: T | undefined;
  private loadedAt = 0;
  private pending: Promise<T> | undefined;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
  ) {}

  async get(): Promise<T> {
    if (this.value === undefined) return this.refresh();
    if (Date.now() - this.loadedAt > this.ttlMs) void this.refresh().catch(() => undefined);
    return this.value;
  }

  /** Milliseconds since the value was loaded (Infinity before the first load). */
  get age(): number {
    return this.value === undefined ? Infinity : Date.now() - this.loadedAt;
  }

  refresh(): Promise<T> {
    this.pending ??= this.load()
      .then((v) => {
        this.value = v;
        this.loadedAt = Date.now();
        return v;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}

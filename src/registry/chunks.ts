/**
 * Cutting upload data into PATCH chunks: a buffer into slices, a stream's pieces into chunks
 * of one size, and reading the next chunk while one is sent.
 */

export function* bufferChunks(data: Buffer, size: number): Iterable<Buffer> {
  for (let start = 0; start < data.length; start += size) yield data.subarray(start, start + size);
}

/**
 * Start reading the next chunk while the caller sends this one: without it a stream from
 * another registry sits paused during every PATCH, and download and upload take turns.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = iterator.next();
      // Handled here so an upload that fails first leaves no unhandled rejection behind;
      // awaiting it above still throws.
      next.catch(() => undefined);
      yield result.value;
    }
  } finally {
    void iterator.return?.()?.catch?.(() => undefined);
  }
}

/** Re-cut a stream's pieces into chunks of exactly `size` bytes (the last one shorter). */
export async function* regroup(
  source: AsyncIterable<Buffer> | Iterable<Buffer>,
  size: number,
): AsyncIterable<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
    while (pendingBytes + rest.length >= size) {
      const take = size - pendingBytes;
      yield Buffer.concat([...pending, rest.subarray(0, take)]);
      rest = rest.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (rest.length > 0) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}

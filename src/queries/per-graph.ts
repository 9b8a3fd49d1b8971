// A small least-recently-used store of answers per graph instance. Graphs are read-only once
// loaded, so an answer stays right for as long as its graph lives; a WeakMap drops the answers
// with the graph (a newly opened file gets none of the old ones), and the bound keeps a long
// session from collecting one answer per filter ever tried.

export type Remember = <T>(graph: object, key: string, compute: () => T) => T;

/** A cache of at most `limit` answers per graph; a hit counts as a use. */
export function perGraphCache(limit: number): Remember {
  const memo = new WeakMap<object, Map<string, unknown>>();
  return <T>(graph: object, key: string, compute: () => T): T => {
    let answers = memo.get(graph);
    if (!answers) memo.set(graph, (answers = new Map()));
    if (answers.has(key)) {
      const value = answers.get(key) as T;
      // Map keeps insertion order: re-inserting moves the key to the most recent end.
      answers.delete(key);
      answers.set(key, value);
      return value;
    }
    const value = compute();
    answers.set(key, value);
    if (answers.size > limit) answers.delete(answers.keys().next().value!);
    return value;
  };
}

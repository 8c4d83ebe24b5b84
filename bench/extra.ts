/** Further benchmarks (traffic engine, rule tables) register here. */
export type Measure = (label: string, runs: number, fn: () => void) => number;
export const BENCHES: ((measure: Measure) => void)[] = [];

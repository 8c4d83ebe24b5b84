import { writeFileSync } from 'node:fs';
import { generateDump } from './generate-dump';

/** Writes the 10,000-object benchmark dump to a file (for the browser long-task measurement). */
const path = process.argv[2] ?? 'dump-10000.yaml';
writeFileSync(path, generateDump({ objects: 10_000, nodes: 20 }));

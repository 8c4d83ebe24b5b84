import type { Example } from '../../examples';

/** An example's title in the reader's language: every example has a Chinese title beside its English one. */
export function exampleTitle(example: Pick<Example, 'title' | 'titleZh'>, language: string): string {
  return language === 'zh' ? example.titleZh : example.title;
}

import * as app from '../ui/app-strings';

/**
 * Every namespace of the UI's dictionary, one per folder of src/ui (each folder's strings live next to its
 * components). Add a namespace here and in NAMESPACES; the types follow.
 */
export const resources = {
  en: { app: app.en },
  zh: { app: app.zh },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];

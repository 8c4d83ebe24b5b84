/**
 * A namespace's strings: the English object is the source (its keys are the contract) and every other
 * language is typed against it, so a missing key fails type-checking. Values use i18next interpolation
 * (`{{name}}`, never HTML: React renders them as text). Plurals use i18next's suffixes: English needs
 * `key_one` and `key_other`; Chinese has one form, so a `_one` key is not asked of it, only `_other`.
 */
export type Translation<English> = {
  readonly [Key in keyof English as Key extends `${string}_one` ? never : Key]: string;
};

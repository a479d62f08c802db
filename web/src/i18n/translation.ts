/** A catalog in another language than French: the same keys as the French source, no more, no fewer. */
export type Translation<Source> = { readonly [K in keyof Source]: string };

// Loader messages about the file itself (size, encoding, nesting, YAML resources) as a stable
// code plus parameters, rendered in English here; another language adds a renderer per code
// without touching the places that raise them.

/** Input limits of a scenario file, as stated in its messages. */
export const SCENARIO_FILE_LIMITS = {
  /** Largest scenario file read (bytes). */
  maxBytes: 1_048_576,
  /** Deepest nesting of mappings and lists. */
  maxNesting: 32,
  /** Most nodes that aliases (*name) may expand to. */
  maxAliasCount: 1000,
} as const;

/** Parameters of each message code. */
export interface LoaderMessageParams {
  'file.tooLarge': { bytes: number; max: number };
  'file.notRegular': { kind: string };
  'file.folder': Record<string, never>;
  'text.binary': { offset: number };
  'text.notUtf8': { offset: number };
  'yaml.tooDeep': { max: number };
  'yaml.aliasBomb': { alias: string; max: number };
  'yaml.badMerge': { got: string };
  'yaml.duplicateKey': { key: string };
  'yaml.collectionKey': { kind: string };
}

export type LoaderMessageCode = keyof LoaderMessageParams;

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

const ENGLISH: { [C in LoaderMessageCode]: (p: LoaderMessageParams[C]) => string } = {
  'file.tooLarge': (p) => `the file is ${bytes(p.bytes)}; a scenario file may be at most ${bytes(p.max)}`,
  'file.notRegular': (p) => `is a ${p.kind}, not a scenario file`,
  'file.folder': () => 'is a folder, not a scenario file',
  'text.binary': (p) => `the file holds binary data (a zero byte at byte ${p.offset}), not YAML or JSON text`,
  'text.notUtf8': (p) => `the file is not UTF-8 text (invalid byte sequence at byte ${p.offset}); save it as UTF-8`,
  'yaml.tooDeep': (p) => `mappings and lists are nested more than ${p.max} levels deep`,
  'yaml.aliasBomb': (p) => `the alias *${p.alias} expands to too many copies (more than ${p.max} nodes in all); write the values out or use fewer aliases`,
  'yaml.badMerge': (p) => `a merge key (<<) must be followed by a mapping or an alias of one, got ${p.got}`,
  'yaml.duplicateKey': (p) => `the same key appears twice in one mapping (${JSON.stringify(p.key)})`,
  'yaml.collectionKey': (p) => `a key must be a plain name, not a ${p.kind}`,
};

/** A coded message: what the loader says, and the code and parameters it was made from. */
export interface LoaderMessage<C extends LoaderMessageCode = LoaderMessageCode> {
  code: C;
  params: LoaderMessageParams[C];
  message: string;
}

/** Renders a coded loader message in English. */
export function loaderMessage<C extends LoaderMessageCode>(code: C, params: LoaderMessageParams[C]): LoaderMessage<C> {
  return { code, params, message: ENGLISH[code](params) };
}

import type { LanguageRegistration } from 'shiki'

/**
 * LLVM's TableGen (https://llvm.org/docs/TableGen/ProgRef.html), as MLIR's ODS files use it:
 * classes, defs, multiclasses and defm, let … in, foreach, bang operators (`!cast`, `!foreach`),
 * `[{ … }]` code blocks, `$operand` names in dags and the preprocessor.
 */
export const tablegen: LanguageRegistration = {
  name: 'tablegen',
  scopeName: 'source.tablegen',
  displayName: 'TableGen',
  aliases: ['td'],
  patterns: [
    { include: '#comment' },
    { include: '#code-block' },
    { include: '#string' },
    { include: '#preprocessor' },
    { include: '#declaration' },
    { include: '#keyword' },
    { include: '#type' },
    { include: '#bang-operator' },
    { include: '#dag-operand' },
    { include: '#constant' },
    { include: '#number' },
    { include: '#operator' },
  ],
  repository: {
    comment: {
      patterns: [
        { name: 'comment.line.double-slash.tablegen', match: '//.*$' },
        { name: 'comment.block.tablegen', begin: String.raw`/\*`, end: String.raw`\*/` },
      ],
    },
    // [{ C++ or a description }]: kept verbatim, so one scope for all of it.
    'code-block': {
      name: 'string.unquoted.code.tablegen',
      begin: String.raw`\[\{`,
      end: String.raw`\}\]`,
      beginCaptures: { 0: { name: 'punctuation.definition.code.begin.tablegen' } },
      endCaptures: { 0: { name: 'punctuation.definition.code.end.tablegen' } },
    },
    string: {
      name: 'string.quoted.double.tablegen',
      begin: '"',
      end: '"',
      patterns: [{ match: String.raw`\\.`, name: 'constant.character.escape.tablegen' }],
    },
    preprocessor: {
      match: String.raw`^\s*(#(?:ifdef|ifndef|define|else|endif))\b(.*)$`,
      captures: {
        1: { name: 'keyword.control.directive.tablegen' },
        2: { name: 'entity.name.function.preprocessor.tablegen' },
      },
    },
    // class Foo<…>, multiclass Bar<…>, def baz : …, defm qux : …, defvar x = …, defset list<…> s
    declaration: {
      patterns: [
        {
          match: String.raw`\b(class|multiclass)\s+([A-Za-z_][\w]*)`,
          captures: {
            1: { name: 'storage.type.class.tablegen' },
            2: { name: 'entity.name.type.class.tablegen' },
          },
        },
        {
          match: String.raw`\b(def|defm|defvar)\s+([A-Za-z_][\w#]*)`,
          captures: {
            1: { name: 'storage.type.def.tablegen' },
            2: { name: 'entity.name.function.def.tablegen' },
          },
        },
        {
          match: String.raw`\b(?:def|defm|defset|defvar|class|multiclass)\b`,
          name: 'storage.type.tablegen',
        },
      ],
    },
    keyword: {
      patterns: [
        { match: String.raw`\binclude\b`, name: 'keyword.control.directive.include.tablegen' },
        {
          match: String.raw`\b(?:let|in|foreach|if|then|else|field|assert|dump)\b`,
          name: 'keyword.control.tablegen',
        },
      ],
    },
    type: {
      match: String.raw`\b(?:bit|bits|int|string|list|dag|code)\b`,
      name: 'storage.type.primitive.tablegen',
    },
    // !cast<Type>(x), !foreach, !strconcat, !if, !eq …
    'bang-operator': { match: String.raw`![a-z_]+\b`, name: 'support.function.bang.tablegen' },
    // (ins AnyTensor:$input, I64Attr:$axis)
    'dag-operand': {
      match: String.raw`\$[A-Za-z_]\w*`,
      name: 'variable.parameter.operand.tablegen',
    },
    constant: {
      patterns: [
        { match: String.raw`\b(?:true|false)\b`, name: 'constant.language.boolean.tablegen' },
        { match: String.raw`\?`, name: 'constant.language.unset.tablegen' },
        { match: String.raw`\bNAME\b`, name: 'variable.language.name.tablegen' },
      ],
    },
    number: {
      patterns: [
        { match: String.raw`\b0x[0-9A-Fa-f]+\b`, name: 'constant.numeric.hex.tablegen' },
        { match: String.raw`\b0b[01]+\b`, name: 'constant.numeric.binary.tablegen' },
        { match: String.raw`[-+]?\b[0-9]+\b`, name: 'constant.numeric.tablegen' },
      ],
    },
    operator: {
      patterns: [
        { match: '#', name: 'keyword.operator.paste.tablegen' },
        { match: String.raw`\.\.\.|=`, name: 'keyword.operator.tablegen' },
      ],
    },
  },
}

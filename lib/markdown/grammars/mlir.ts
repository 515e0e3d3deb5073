import type { LanguageRegistration } from 'shiki'

/** Characters MLIR allows in the suffix of a value, symbol, block, attribute or type name. */
const ID = String.raw`[A-Za-z0-9_$.\-]+`
/** Not inside another identifier (`tensor` in `%tensor`, `i32` in `fi32`). */
const START = String.raw`(?<![\w$.%#!@^])`

const BUILTIN_TYPE = String.raw`(?:index|none|bf16|f16|tf32|f32|f64|f80|f128|f4E2M1FN|f6E2M3FN|f6E3M2FN|f8E[0-9A-Za-z]+|[su]?i[0-9]+)`

/**
 * MLIR's textual IR (https://mlir.llvm.org/docs/LangRef/): the generic operation form
 * (`"dialect.op"(%a) : (i32) -> i32`) and the custom forms of the core dialects (func, arith,
 * scf, affine, linalg, tensor, memref, …), SSA values, block labels, symbols, attribute and type
 * aliases, builtin and shaped types, affine maps and sets, dense literals and locations.
 */
export const mlir: LanguageRegistration = {
  name: 'mlir',
  scopeName: 'source.mlir',
  displayName: 'MLIR',
  patterns: [
    { include: '#comment' },
    { include: '#location' },
    { include: '#string-or-generic-op' },
    { include: '#affine-map' },
    { include: '#shaped-type' },
    { include: '#ssa-value' },
    { include: '#block-label' },
    { include: '#symbol' },
    { include: '#attribute-alias' },
    { include: '#type-alias' },
    { include: '#builtin-type' },
    { include: '#attribute-constructor' },
    { include: '#operation' },
    { include: '#keyword' },
    { include: '#constant' },
    { include: '#number' },
    { include: '#punctuation' },
  ],
  repository: {
    comment: { name: 'comment.line.double-slash.mlir', match: '//.*$' },
    // loc("file.mlir":3:7), loc(callsite(#loc1 at #loc2)), loc(fused[#a, #b]), loc(unknown)
    location: {
      name: 'meta.location.mlir',
      begin: String.raw`\b(loc)(\()`,
      beginCaptures: { 1: { name: 'support.function.location.mlir' } },
      end: String.raw`\)`,
      patterns: [{ include: '#location-body' }],
    },
    'location-body': {
      patterns: [
        { include: '#string' },
        { match: String.raw`\b(callsite|fused|unknown|at)\b`, name: 'keyword.other.location.mlir' },
        { include: '#attribute-alias' },
        { include: '#number' },
        {
          begin: String.raw`[\(\[]`,
          end: String.raw`[\)\]]`,
          patterns: [{ include: '#location-body' }],
        },
      ],
    },
    string: {
      name: 'string.quoted.double.mlir',
      begin: '"',
      end: '"',
      patterns: [
        { match: String.raw`\\(?:[nt"\\]|[0-9A-Fa-f]{2})`, name: 'constant.character.escape.mlir' },
      ],
    },
    // In the generic form the operation's name is a string right before its operand list.
    'string-or-generic-op': {
      patterns: [
        {
          match: String.raw`(")([A-Za-z_][\w$]*\.[\w$.]+)(")(?=\s*\()`,
          captures: {
            1: { name: 'punctuation.definition.string.begin.mlir' },
            2: { name: 'entity.name.function.operation.generic.mlir' },
            3: { name: 'punctuation.definition.string.end.mlir' },
          },
        },
        { include: '#string' },
      ],
    },
    // affine_map<(d0, d1)[s0] -> (d0 floordiv 4, d1 + s0)>, affine_set<(d0) : (d0 - 1 >= 0)>
    'affine-map': {
      name: 'meta.affine-map.mlir',
      begin: String.raw`\b(affine_map|affine_set)(<)`,
      beginCaptures: {
        1: { name: 'storage.type.affine.mlir' },
        2: { name: 'punctuation.definition.affine.begin.mlir' },
      },
      end: '>',
      endCaptures: { 0: { name: 'punctuation.definition.affine.end.mlir' } },
      patterns: [{ include: '#affine-body' }],
    },
    'affine-body': {
      patterns: [
        { match: String.raw`\b[ds][0-9]+\b`, name: 'variable.parameter.affine.mlir' },
        {
          match: String.raw`\b(?:floordiv|ceildiv|mod)\b`,
          name: 'keyword.operator.word.affine.mlir',
        },
        { match: String.raw`->|>=|==|[-+*]`, name: 'keyword.operator.affine.mlir' },
        { include: '#ssa-value' },
        { include: '#number' },
      ],
    },
    // tensor<4x?x8xf32>, memref<16x16xf32, strided<[16, 1], offset: ?>, 3>, vector<[4]x4xf32>
    'shaped-type': {
      name: 'meta.type.shaped.mlir',
      begin: String.raw`${START}(tensor|memref|vector|complex|tuple)(<)`,
      beginCaptures: {
        1: { name: 'storage.type.builtin.mlir' },
        2: { name: 'punctuation.definition.type.begin.mlir' },
      },
      end: '>',
      endCaptures: { 0: { name: 'punctuation.definition.type.end.mlir' } },
      patterns: [
        { include: '#shaped-type' },
        { include: '#affine-map' },
        {
          match: String.raw`([0-9]+|\?)(x)`,
          captures: {
            1: { name: 'constant.numeric.dimension.mlir' },
            2: { name: 'punctuation.separator.dimension.mlir' },
          },
        },
        { match: String.raw`${BUILTIN_TYPE}\b`, name: 'storage.type.builtin.mlir' },
        { match: String.raw`\?`, name: 'constant.numeric.dimension.mlir' },
        { include: '#attribute-alias' },
        { include: '#type-alias' },
        { include: '#attribute-constructor' },
        { include: '#keyword' },
        { include: '#number' },
      ],
    },
    // %0, %arg0, %result#1, %x:2
    'ssa-value': {
      match: String.raw`%${ID}(?:#[0-9]+|:[0-9]+)?`,
      name: 'variable.ssa.mlir',
    },
    'block-label': { match: String.raw`\^${ID}`, name: 'entity.name.tag.block-label.mlir' },
    symbol: {
      match: String.raw`@(?:${ID}|"[^"]*")(?:::@(?:${ID}|"[^"]*"))*`,
      name: 'variable.other.constant.symbol.mlir',
    },
    // #map0, #linalg.iterator_type<parallel>, #gpu.address_space<workgroup>
    'attribute-alias': { match: String.raw`#${ID}`, name: 'constant.other.attribute.mlir' },
    // !llvm.ptr, !transform.any_op, !my.type
    'type-alias': { match: String.raw`!${ID}`, name: 'storage.type.dialect.mlir' },
    'builtin-type': {
      match: String.raw`${START}${BUILTIN_TYPE}\b`,
      name: 'storage.type.builtin.mlir',
    },
    'attribute-constructor': {
      match: String.raw`${START}(?:dense_resource|dense|sparse|array|strided|opaque|distinct)(?=<)`,
      name: 'support.type.attribute.mlir',
    },
    // arith.addf, linalg.matmul, scf.for, func.func: a dotted name followed by its operands, a
    // region or nothing is an operation (`gpu.container_module}` is a unit attribute).
    operation: {
      match: String.raw`${START}[A-Za-z_][\w$]*\.[A-Za-z_][\w$.]*\b(?=[\s(<{]|$)`,
      name: 'entity.name.function.operation.mlir',
    },
    keyword: {
      match: String.raw`${START}(?:module|func|return|to|step|iter_args|ins|outs|into|from|attributes|at|by|in|else|do|symbol|offsets|sizes|strides|offset|dimensions|permutation|private|public|nested|reduction|parallel)\b`,
      name: 'keyword.other.mlir',
    },
    constant: { match: String.raw`${START}(?:true|false|unit)\b`, name: 'constant.language.mlir' },
    number: {
      patterns: [
        { match: String.raw`${START}0x[0-9A-Fa-f]+\b`, name: 'constant.numeric.hex.mlir' },
        {
          match: String.raw`${START}[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?\b`,
          name: 'constant.numeric.mlir',
        },
      ],
    },
    punctuation: {
      patterns: [
        { match: '->', name: 'keyword.operator.arrow.mlir' },
        { match: '=', name: 'keyword.operator.assignment.mlir' },
        { match: '::?', name: 'punctuation.separator.type.mlir' },
      ],
    },
  },
}

import type { LanguageRegistration } from 'shiki'

/**
 * NVIDIA PTX (https://docs.nvidia.com/cuda/parallel-thread-execution/): directives (`.entry`,
 * `.reg`, `.param`), instructions with their modifiers (`ld.global.nc.f32`), guard predicates
 * (`@%p1`, `@!%p1`), registers and special registers (`%tid.x`), labels and PTX's float
 * literals (`0f3F800000`).
 */
export const ptx: LanguageRegistration = {
  name: 'ptx',
  scopeName: 'source.ptx',
  displayName: 'PTX',
  patterns: [
    { include: '#comment' },
    { include: '#string' },
    { include: '#entry' },
    { include: '#instruction' },
    { include: '#type' },
    { include: '#directive' },
    { include: '#special-register' },
    { include: '#register' },
    { include: '#label' },
    { include: '#number' },
  ],
  repository: {
    comment: {
      patterns: [
        { name: 'comment.line.double-slash.ptx', match: '//.*$' },
        { name: 'comment.block.ptx', begin: String.raw`/\*`, end: String.raw`\*/` },
      ],
    },
    string: { name: 'string.quoted.double.ptx', match: String.raw`"(?:[^"\\]|\\.)*"` },
    // .visible .entry _Z6kernelPf(   or   .func (.reg .b32 r) add(
    entry: {
      match: String.raw`(\.(?:entry|func))\s+(?:\([^)]*\)\s*)?([A-Za-z_$][\w$]*)`,
      captures: {
        1: { name: 'keyword.other.directive.ptx' },
        2: { name: 'entity.name.function.ptx' },
      },
    },
    // An instruction opens a statement, optionally behind a guard: `@!%p1 bra $L__BB0_2;`
    instruction: {
      match: String.raw`(?:^|(?<=[;{:]))\s*(?:(@!?)(%[\w$]+)\s+)?([a-z][a-z0-9_]*)((?:\.[a-z0-9_]+)*)(?=[\s;])`,
      captures: {
        1: { name: 'keyword.control.guard.ptx' },
        2: { name: 'variable.register.predicate.ptx' },
        3: { name: 'keyword.other.instruction.ptx' },
        4: { name: 'keyword.other.modifier.ptx' },
      },
    },
    type: {
      match: String.raw`(?<![\w$%])\.(?:pred|b8|b16|b32|b64|b128|u8|u16|u32|u64|s8|s16|s32|s64|f16|f16x2|bf16|bf16x2|tf32|f32|f64|e4m3|e5m2)\b`,
      name: 'storage.type.ptx',
    },
    directive: {
      match: String.raw`(?<![\w$%])\.[a-z_][a-z0-9_]*\b`,
      name: 'keyword.other.directive.ptx',
    },
    'special-register': {
      match: String.raw`%(?:tid|ntid|ctaid|nctaid|laneid|warpid|nwarpid|smid|nsmid|gridid|clock|clock64|lanemask_[a-z]+|globaltimer|dynamic_smem_size|clusterid|nclusterid|cluster_ctaid|cluster_nctaid)\b(?:\.[xyz]\b)?`,
      name: 'variable.language.special-register.ptx',
    },
    // %r1, %rd<4> (a register range in a declaration), %fd12
    register: { match: String.raw`%[A-Za-z_$][\w$]*`, name: 'variable.register.ptx' },
    label: {
      patterns: [
        {
          match: String.raw`^\s*([A-Za-z_$][\w$]*)(:)`,
          captures: {
            1: { name: 'entity.name.tag.label.ptx' },
            2: { name: 'punctuation.separator.label.ptx' },
          },
        },
        { match: String.raw`\$[\w$]+`, name: 'entity.name.tag.label.ptx' },
      ],
    },
    number: {
      patterns: [
        {
          match: String.raw`\b0[fF][0-9A-Fa-f]{8}\b|\b0[dD][0-9A-Fa-f]{16}\b`,
          name: 'constant.numeric.float.ptx',
        },
        { match: String.raw`\b0[xX][0-9A-Fa-f]+U?\b`, name: 'constant.numeric.hex.ptx' },
        { match: String.raw`(?<![\w$%.])-?[0-9]+(?:\.[0-9]+)?U?\b`, name: 'constant.numeric.ptx' },
      ],
    },
  },
}

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getHighlighter } from '@/lib/markdown/code'
import { renderMd } from './helpers'

/**
 * The innermost scope each piece of `code` gets in `lang`, keyed by its text (the first occurrence
 * wins), as the highlighter the site builds with sees it.
 */
async function scopes(lang: string, code: string): Promise<Map<string, string>> {
  const hl = await getHighlighter()
  const grammar = hl.getLanguage(lang)
  const found = new Map<string, string>()
  let state: Parameters<typeof grammar.tokenizeLine>[1] = null
  for (const line of code.split('\n')) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state)
    state = ruleStack
    for (const token of tokens) {
      const text = line.slice(token.startIndex, token.endIndex).trim()
      if (text && !found.has(text)) found.set(text, token.scopes.at(-1)!)
    }
  }
  return found
}

function assertScopes(found: Map<string, string>, expected: Record<string, string>) {
  for (const [text, scope] of Object.entries(expected))
    assert.equal(found.get(text), scope, `scope of ${JSON.stringify(text)}`)
}

const MLIR = `#map = affine_map<(d0, d1)[s0] -> (d0 floordiv 4, d1 + s0)>
module attributes {gpu.container_module} {
  func.func @matmul(%A: tensor<4x?xf32>, %B: memref<16x16xbf16, strided<[16, 1], offset: ?>>) -> !llvm.ptr {
    %c0 = arith.constant 0 : index
    %0:2 = "test.op"(%A) {attr = dense<[1.0, 2.0]> : tensor<2xf32>} : (tensor<4x?xf32>) -> (i32, i64) loc("kernel.mlir":3:7)
    %r = linalg.matmul ins(%A, %A : tensor<4x?xf32>, tensor<4x?xf32>) outs(%B : memref<16x16xbf16>) -> tensor<4x4xf32>
    scf.for %i = %c0 to %c0 step %c0 iter_args(%acc = %c0) -> (index) {
      scf.yield %acc : index
    }
    cf.br ^bb1(%0#1 : i32)
  ^bb1(%x: i32):  // pred: ^bb0
    return
  }
}`

describe('MLIR grammar', () => {
  it('scopes values, operations, types, attributes, labels, affine maps and locations', async () => {
    assertScopes(await scopes('mlir', MLIR), {
      '#map': 'constant.other.attribute.mlir',
      affine_map: 'storage.type.affine.mlir',
      d0: 'variable.parameter.affine.mlir',
      floordiv: 'keyword.operator.word.affine.mlir',
      'func.func': 'entity.name.function.operation.mlir',
      // A unit attribute in a dictionary is not an operation.
      '{gpu.container_module} {': 'source.mlir',
      '@matmul': 'variable.other.constant.symbol.mlir',
      '%A': 'variable.ssa.mlir',
      '%0:2': 'variable.ssa.mlir',
      '%0#1': 'variable.ssa.mlir',
      tensor: 'storage.type.builtin.mlir',
      '?': 'constant.numeric.dimension.mlir',
      x: 'punctuation.separator.dimension.mlir',
      f32: 'storage.type.builtin.mlir',
      bf16: 'storage.type.builtin.mlir',
      strided: 'support.type.attribute.mlir',
      '!llvm.ptr': 'storage.type.dialect.mlir',
      'arith.constant': 'entity.name.function.operation.mlir',
      'test.op': 'entity.name.function.operation.generic.mlir',
      dense: 'support.type.attribute.mlir',
      'linalg.matmul': 'entity.name.function.operation.mlir',
      ins: 'keyword.other.mlir',
      outs: 'keyword.other.mlir',
      loc: 'support.function.location.mlir',
      'kernel.mlir': 'string.quoted.double.mlir',
      'scf.for': 'entity.name.function.operation.mlir',
      iter_args: 'keyword.other.mlir',
      '^bb1': 'entity.name.tag.block-label.mlir',
      i64: 'storage.type.builtin.mlir',
      '// pred: ^bb0': 'comment.line.double-slash.mlir',
    })
  })

  it('colours a fenced block in both themes through the site pipeline', async () => {
    const { html, messages } = await renderMd('```mlir\n%sum = arith.addf %a, %b : f32\n```')
    assert.deepEqual(messages, [])
    const colour = (text: string) =>
      new RegExp(`<span style="([^"]+)"> ?${text.replace(/[.%]/g, '\\$&')}</span>`).exec(html)?.[1]
    // GitHub's themes: variables brown/orange, function names purple, types red.
    assert.equal(colour('%sum'), '--shiki-light:#702C00;--shiki-dark:#FFA657')
    assert.equal(colour('arith.addf'), '--shiki-light:#622CBC;--shiki-dark:#D2A8FF')
    assert.equal(colour('f32'), '--shiki-light:#A0111F;--shiki-dark:#FF7B72')
  })
})

const TABLEGEN = `include "mlir/IR/OpBase.td"
class Toy_Op<string mnemonic, list<Trait> traits = []> : Op<Toy_Dialect, mnemonic, traits>;
def AddOp : Toy_Op<"add", [Pure]> {
  let arguments = (ins F64Tensor:$lhs, F64Tensor:$rhs);
  let extraClassDeclaration = [{
    static bool isCommutative() { return true; }
  }];
  bits<4> Opcode = 0b1010;
  let name = !cast<string>(NAME # "_x");
}
multiclass Arith<string n> { def _rr : Inst<n>; }
defm ADD : Arith<"add">;`

describe('TableGen grammar', () => {
  it('scopes classes, defs, lets, bang operators, operands and code blocks', async () => {
    assertScopes(await scopes('td', TABLEGEN), {
      include: 'keyword.control.directive.include.tablegen',
      class: 'storage.type.class.tablegen',
      Toy_Op: 'entity.name.type.class.tablegen',
      string: 'storage.type.primitive.tablegen',
      def: 'storage.type.def.tablegen',
      AddOp: 'entity.name.function.def.tablegen',
      let: 'keyword.control.tablegen',
      $lhs: 'variable.parameter.operand.tablegen',
      '[{': 'punctuation.definition.code.begin.tablegen',
      'static bool isCommutative() { return true; }': 'string.unquoted.code.tablegen',
      '0b1010': 'constant.numeric.binary.tablegen',
      '!cast': 'support.function.bang.tablegen',
      NAME: 'variable.language.name.tablegen',
      '#': 'keyword.operator.paste.tablegen',
      multiclass: 'storage.type.class.tablegen',
      defm: 'storage.type.def.tablegen',
      ADD: 'entity.name.function.def.tablegen',
    })
  })
})

const PTX = `.version 8.0
.visible .entry _Z6kernelPf(
\t.param .u64 _Z6kernelPf_param_0
)
{
\t.reg .pred \t%p<2>;
\tmov.u32 \t%r1, %tid.x;
\tsetp.gt.s32 \t%p1, %r1, 31;
\t@%p0 bra \t$L__BB0_2;
\tadd.f32 \t%f2, %f1, 0f3F800000;
$L__BB0_2:
\tret;
}`

describe('PTX grammar', () => {
  it('scopes directives, instructions, guards, registers, labels and float literals', async () => {
    assertScopes(await scopes('ptx', PTX), {
      '.version': 'keyword.other.directive.ptx',
      _Z6kernelPf: 'entity.name.function.ptx',
      '.u64': 'storage.type.ptx',
      '.pred': 'storage.type.ptx',
      '%p': 'variable.register.ptx',
      mov: 'keyword.other.instruction.ptx',
      '.u32': 'keyword.other.modifier.ptx',
      '%tid.x': 'variable.language.special-register.ptx',
      '@': 'keyword.control.guard.ptx',
      '%p0': 'variable.register.predicate.ptx',
      $L__BB0_2: 'entity.name.tag.label.ptx',
      '0f3F800000': 'constant.numeric.float.ptx',
      ret: 'keyword.other.instruction.ptx',
    })
  })
})

describe('CUDA, LLVM IR and Triton', () => {
  it('adds CUDA qualifiers, built-ins and launches to C++, inside function bodies too', async () => {
    const found = await scopes(
      'cuda',
      '__global__ void scale(float *x) {\n  x[threadIdx.x] *= 2.0f;\n}\nint main() { scale<<<4, 256>>>(d); }',
    )
    assertScopes(found, {
      __global__: 'storage.modifier.cuda',
      threadIdx: 'variable.language.builtin.cuda',
      '<<<': 'keyword.operator.kernel-launch.cuda',
      float: 'storage.type.built-in.primitive.cpp',
    })
  })

  it('highlights LLVM IR and Triton (Python) under their fence names', async () => {
    assertScopes(await scopes('llvm', 'define i32 @f(i32 %x) {\n  ret i32 %x\n}'), {
      define: 'storage.modifier.llvm',
    })
    assertScopes(await scopes('triton', '@triton.jit\ndef k(x_ptr):\n    pass'), {
      def: 'storage.type.function.python',
    })
    const { messages } = await renderMd('```triton\nimport triton\n```\n\n```cu\nint x;\n```')
    assert.deepEqual(messages, [])
  })
})

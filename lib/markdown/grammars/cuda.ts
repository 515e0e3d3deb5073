import type { LanguageRegistration } from 'shiki'

/** CUDA's additions to C++ (its intrinsics, `__syncthreads()` and the like, are C++ calls already), matched wherever C++ would otherwise colour the text. */
const CUDA_PATTERNS = [
  {
    match: String.raw`\b__(?:global|device|host|shared|constant|managed|restrict|forceinline|noinline|launch_bounds|grid_constant)__\b`,
    name: 'storage.modifier.cuda',
  },
  {
    match: String.raw`\b(?:threadIdx|blockIdx|blockDim|gridDim|warpSize)\b`,
    name: 'variable.language.builtin.cuda',
  },
  // kernel<<<grid, block, shmem, stream>>>(…)
  { match: '<<<|>>>', name: 'keyword.operator.kernel-launch.cuda' },
]

/**
 * CUDA C++: the C++ grammar Shiki ships, with CUDA's qualifiers, built-in variables and
 * the kernel-launch brackets injected everywhere but in comments and strings (an include at the
 * top level alone would not reach inside function bodies, which C++'s own rules then own).
 */
export const cuda: LanguageRegistration = {
  name: 'cuda',
  scopeName: 'source.cuda',
  displayName: 'CUDA',
  aliases: ['cu'],
  embeddedLangs: ['cpp'],
  patterns: [{ include: 'source.cpp' }],
  repository: {},
  injections: {
    'L:source.cuda -comment -string': { patterns: CUDA_PATTERNS },
  },
}

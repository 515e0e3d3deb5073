import type { LanguageRegistration } from 'shiki'
import { cuda } from './cuda'
import { mlir } from './mlir'
import { ptx } from './ptx'
import { tablegen } from './tablegen'

/** Grammars written for this site, for languages Shiki does not ship. */
export const GRAMMARS: LanguageRegistration[] = [mlir, tablegen, ptx, cuda]

/** Fence names that mean another language: Triton kernels are Python. */
export const LANGUAGE_ALIASES: Record<string, string> = { triton: 'python' }

/**
 * Node's flags for the content check's process (scripts/build/steps/content.ts), which builds each
 * document's Markdown and HTML trees. Node's default young generation (16 MB semi-spaces) is far
 * smaller than one long document's trees while they are built, so nearly everything allocated
 * survives a scavenge or two and is copied: checking a 5 MB post took 1,149 scavenges (18 s in
 * them, in a trace on a busy machine). With 128 MB semi-spaces the same check takes 174
 * scavenges (6.5 s); on a quiet machine it took 33 to 36 s against 39 to 43 s, peaking at 1.18 to
 * 1.25 GB against 1.09 to 1.10 GB, still below the build's own peak (about 1.6 GB, in a later
 * step). A typical post never fills the space. The other steps gained nothing measurable from it
 * (docs/bench/notes.md, session 20). `npm run check:content` (package.json) and the benchmark's
 * "check alone" run give the check the same flag.
 */
export const HEAP_FLAGS = ['--max-semi-space-size=128']

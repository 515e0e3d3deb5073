/**
 * Node's flags for the content check's process (scripts/build/steps/content.ts), which builds each
 * document's Markdown and HTML trees. Node's default young generation (16 MB semi-spaces) is far
 * smaller than one long document's trees while they are built, so nearly everything allocated
 * survives a scavenge or two and is copied: checking a 5 MB post took 1,149 scavenges and 18 s of
 * its 59 s of CPU in them. With 128 MB semi-spaces the same check takes 174 scavenges and 6.5 s,
 * for about 0.17 GB more memory at its peak (the build's peak comes later, while Next.js builds);
 * a typical post never fills the space. The other steps gained nothing measurable from it.
 */
export const HEAP_FLAGS = ['--max-semi-space-size=128']

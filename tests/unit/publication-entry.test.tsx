import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderToStaticMarkup } from 'react-dom/server'
import { PublicationEntry } from '@/components/publications/PublicationEntry'
import { parseBibliography } from '@/lib/publications/parse'

const [withAbstract, without] =
  parseBibliography(`@article{a, title = {With}, author = {Gibson, Perry}, journal = {J}, year = 2022, abstract = {We measure speed, and more.}}
@article{b, title = {Without}, author = {Gibson, Perry}, journal = {J}, year = 2021}`).publications

describe('a publication in the list', () => {
  it('has Abstract and BibTeX disclosures that need no JavaScript', () => {
    const html = renderToStaticMarkup(
      <PublicationEntry publication={withAbstract!} self={['Gibson, P.']} />,
    )
    assert.match(
      html,
      /<details><summary class="pub-button">Abstract<\/summary><p class="abstract">We measure speed, and more\.<\/p><\/details>/,
    )
    assert.match(
      html,
      /<details><summary class="pub-button">BibTeX<\/summary><figure class="code-block bibtex-block"><figcaption class="code-title">a\.bib<\/figcaption><pre tabindex="0"><code>@article\{a,/,
    )
    assert.match(html, /<strong class="self">Perry Gibson<\/strong>/)
    // The copy button is rendered hidden: it appears only once scripts run.
    assert.match(
      html,
      /<span class="copy code-tools" hidden="" data-pagefind-ignore="all"><button type="button" class="copy-button">Copy BibTeX<\/button>/,
    )
  })

  it('has no Abstract disclosure when there is no abstract', () => {
    const html = renderToStaticMarkup(<PublicationEntry publication={without!} self={[]} />)
    assert.doesNotMatch(html, /Abstract/)
    assert.match(html, /<summary class="pub-button">BibTeX<\/summary>/)
  })
})

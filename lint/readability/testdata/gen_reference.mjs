// gen_reference.mjs scores each reference/*.txt with two npm readability
// packages and prints one TSV row per package and text, to be saved as
// reference.tsv. The Go test compares our scores with these rows.
//
// Usage, in a scratch folder outside the repository (node_modules is never
// committed):
//
//   npm install readability-scores@1.0.8 text-readability@1.1.1
//   node /path/to/gen_reference.mjs node_modules /path/to/reference > reference.tsv
//
// readability-scores applies the formulas to raw counts. text-readability
// rounds words per sentence and syllables per word to one decimal first,
// and its Gunning fog counts only words missing from its easy-word list.

import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const modules = resolve(process.argv[2] ?? 'node_modules')
const folder = resolve(process.argv[3] ?? 'reference')
const require = createRequire(join(modules, 'package.json'))
const readabilityScores = require(join(modules, 'readability-scores'))
const { default: textReadability } = await import(
  pathToFileURL(join(modules, 'text-readability', 'main.js')).href
)

const implementations = {
  'readability-scores@1.0.8': text => {
    const r = readabilityScores(text)
    return [r.wordCount, r.sentenceCount, r.syllableCount, r.fleschKincaid,
      fleschReadingEase(r), r.gunningFog, r.colemanLiau, r.ari]
  },
  'text-readability@1.1.1': text => {
    const t = textReadability
    return [t.lexiconCount(text), t.sentenceCount(text), t.syllableCount(text),
      t.fleschKincaidGrade(text), t.fleschReadingEase(text), t.gunningFog(text),
      t.colemanLiauIndex(text), t.automatedReadabilityIndex(text)]
  }
}

// readability-scores leaves out reading ease; compute it from its counts
// with the standard formula, rounded as it rounds its other scores.
function fleschReadingEase (r) {
  const score = 206.835 - 1.015 * (r.wordCount / r.sentenceCount) -
    84.6 * (r.syllableCount / r.wordCount)
  return Math.round(score * 100) / 100
}

const rows = [[
  'implementation', 'file', 'words', 'sentences', 'syllables',
  'flesch_kincaid_grade', 'flesch_reading_ease', 'gunning_fog',
  'coleman_liau', 'ari'
].join('\t')]
const files = readdirSync(folder).filter(f => f.endsWith('.txt')).sort()
for (const [name, score] of Object.entries(implementations)) {
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8').trim()
    rows.push([name, file, ...score(text)].join('\t'))
  }
}
process.stdout.write(rows.join('\n') + '\n')

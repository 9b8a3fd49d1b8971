// The other ties: what addresses a theme, how people and bodies belong to bodies, how events follow
// one another, and the catch-all for imported files.
import { ACTORS, ANY, type RelationSpec } from "./spec";

export const TIE_RELATIONS = {
  addresses: {
    label: "Addresses",
    inverse: "Addressed by",
    reading: "{source} addressed {target}",
    from: ["event", "document"],
    to: ["theme"],
  },
  // A meeting's stated aim ("the general aim … was … to exchange experiences on …").
  "aimed-to-address": {
    label: "Aimed to address",
    inverse: "Aimed at by",
    reading: "{source} aimed to address {target}",
    from: ["event"],
    to: ["theme"],
  },
  "works-on": {
    label: "Works on",
    inverse: "Worked on by",
    reading: "{source} works on {target}",
    from: ACTORS,
    to: ["theme"],
  },
  "affiliated-with": {
    label: "Affiliated with",
    inverse: "People",
    reading: "{source} was affiliated with {target}",
    from: ["person"],
    to: ["organisation"],
  },
  "member-of": {
    label: "Member of",
    inverse: "Members",
    reading: "{source} is a member of {target}",
    from: ["organisation"],
    to: ["organisation"],
  },
  "working-group-of": {
    label: "Working group of",
    inverse: "Working groups",
    reading: "{source} is a working group of {target}",
    from: ["organisation"],
    to: ["organisation"],
  },
  // A programme named as bodies' own ("the UNICRI/ICCT international initiative").
  "initiative-of": {
    label: "Initiative of",
    inverse: "Initiatives",
    reading: "{source} is an initiative of {target}",
    from: ["organisation"],
    to: ["organisation"],
  },
  "launched-at": {
    label: "Launched at",
    inverse: "Launched",
    reading: "{source} was launched at {target}",
    from: ["organisation"],
    to: ["event"],
  },
  "part-of": {
    label: "Part of",
    inverse: "Includes",
    reading: "{source} was part of {target}",
    from: ["event"],
    to: ["event"],
  },
  "side-event-of": {
    label: "Side event of",
    inverse: "Side events",
    reading: "{source} was a side event of {target}",
    from: ["event"],
    to: ["event"],
  },
  preceded: {
    label: "Preceded",
    inverse: "Preceded by",
    reading: "{source} preceded {target}",
    from: ["event"],
    to: ["event"],
  },
  "follow-up-to": {
    label: "Follow-up to",
    inverse: "Followed up by",
    reading: "{source} followed up on {target}",
    from: ["event"],
    to: ["event"],
  },
  // For imported files whose relations the vocabulary does not name; the edge's `label` keeps the file's word.
  "related-to": {
    label: "Related to",
    inverse: "Related to",
    reading: "{source} is linked to {target}",
    from: ANY,
    to: ANY,
  },
} as const satisfies Record<string, RelationSpec>;

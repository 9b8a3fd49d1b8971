// Relations of taking part in an event: who hosted, convened, attended or spoke at it, and what it
// focused on.
import { ACTORS, type RelationSpec } from "./spec";

export const EVENT_RELATIONS = {
  hosted: { label: "Hosted", inverse: "Hosted by", reading: "{source} hosted {target}", from: ACTORS, to: ["event"] },
  "co-hosted": {
    label: "Co-hosted",
    inverse: "Co-hosted by",
    reading: "{source} co-hosted {target}",
    from: ACTORS,
    to: ["event"],
  },
  convened: {
    label: "Convened",
    inverse: "Convened by",
    reading: "{source} convened {target}",
    from: ACTORS,
    to: ["event"],
  },
  organised: {
    label: "Organised",
    inverse: "Organised by",
    reading: "{source} organised {target}",
    from: ACTORS,
    to: ["event"],
  },
  "co-organised": {
    label: "Co-organised",
    inverse: "Co-organised by",
    reading: "{source} co-organised {target}",
    from: ACTORS,
    to: ["event"],
  },
  "partner-in": {
    label: "Partner in",
    inverse: "In partnership with",
    reading: "{source} was a partner in organising {target}",
    from: ACTORS,
    to: ["event"],
  },
  "participated-in": {
    label: "Took part in",
    inverse: "Participants",
    reading: "{source} took part in {target}",
    from: ACTORS,
    to: ["event"],
  },
  attended: {
    label: "Attended",
    inverse: "Attended by",
    reading: "{source} attended {target}",
    from: ACTORS,
    to: ["event"],
  },
  "spoke-at": {
    label: "Spoke at",
    inverse: "Speakers",
    reading: "{source} spoke at {target}",
    from: ["person"],
    to: ["event"],
  },
  "keynote-at": {
    label: "Gave the keynote at",
    inverse: "Keynote by",
    reading: "{source} gave the keynote speech at {target}",
    from: ["person"],
    to: ["event"],
  },
  chaired: {
    label: "Chaired",
    inverse: "Chaired by",
    reading: "{source} chaired {target}",
    from: ACTORS,
    to: ["event"],
  },
  "co-chaired": {
    label: "Co-chaired",
    inverse: "Co-chaired by",
    reading: "{source} co-chaired {target}",
    from: ACTORS,
    to: ["event"],
  },
  // A meeting named as a body's own ("the GCTF Plenary meeting", "members of the GCTF convened"):
  // it says the body met, not that it convened or organised the meeting.
  "met-at": {
    label: "Met at",
    inverse: "Meeting of",
    reading: "{target} was a meeting of {source}",
    from: ["organisation"],
    to: ["event"],
  },
  // What a fact sheet issued before a meeting announced for it ("will include the announcement by …").
  "due-to-speak-at": {
    label: "Due to speak at",
    inverse: "Speakers announced",
    reading: "{source} was due to speak at {target}",
    from: ["person"],
    to: ["event"],
  },
  "launch-due-at": {
    label: "Launch due at",
    inverse: "Launches announced",
    reading: "{source} was due to have its launch announced at {target}",
    from: ["organisation"],
    to: ["event"],
  },
  // A session focused on what organisations do ("focused on … the efforts of UNICRI and ICCT").
  "focused-on-efforts-of": {
    label: "Focused on efforts of",
    inverse: "Efforts the focus of",
    reading: "{source} focused on the efforts of {target}",
    from: ["event"],
    to: ["organisation"],
  },
} as const satisfies Record<string, RelationSpec>;

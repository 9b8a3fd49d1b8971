// Relations of documents: who made or took one up, where it was considered or adopted, the lineage
// steps between documents (a later one pointing to an earlier one), and what it informed.
import { ACTORS, type RelationSpec } from "./spec";

export const DOCUMENT_RELATIONS = {
  presented: {
    label: "Presented",
    inverse: "Presented by",
    reading: "{source} presented {target}",
    from: ACTORS,
    to: ["document", "theme", "organisation"],
  },
  highlighted: {
    label: "Highlighted",
    inverse: "Highlighted by",
    reading: "{source} highlighted {target}",
    from: ACTORS,
    to: ["document", "theme"],
  },
  prepared: {
    label: "Prepared",
    inverse: "Prepared by",
    reading: "{source} prepared {target}",
    from: ACTORS,
    to: ["document"],
  },
  issued: {
    label: "Issued",
    inverse: "Issued by",
    reading: "{source} issued {target}",
    from: ACTORS,
    to: ["document"],
  },
  // Weaker than issued or prepared: what a body took on as its own ("adopted by the GCTF").
  adopted: {
    label: "Adopted",
    inverse: "Adopted by",
    reading: "{source} adopted {target}",
    from: ACTORS,
    to: ["document"],
  },
  launched: {
    label: "Launched",
    inverse: "Launched by",
    reading: "{source} launched {target}",
    from: ACTORS,
    to: ["document"],
  },
  // A mandate, not the work done: "were tasked with developing an Addendum".
  "tasked-with": {
    label: "Tasked with",
    inverse: "Tasked to",
    reading: "{source} was tasked with developing {target}",
    from: ACTORS,
    to: ["document"],
  },
  // A name or a reference that credits a body ("the ICCT/UNICRI good practices document", "(US
  // National Counterterrorism Center, 2014)" in a library entry) without saying what it did.
  attributed: {
    label: "Attributed",
    inverse: "Attributed to",
    reading: "{target} is attributed to {source}",
    from: ACTORS,
    to: ["document"],
  },
  "considered-at": {
    label: "Considered at",
    inverse: "Considered",
    reading: "{source} was considered at {target}",
    from: ["document"],
    to: ["event"],
  },
  "discussed-at": {
    label: "Discussed at",
    inverse: "Discussed",
    reading: "{source} was discussed at {target}",
    from: ["document"],
    to: ["event"],
  },
  "produced-at": {
    label: "Produced at",
    inverse: "Produced",
    reading: "{source} was produced at {target}",
    from: ["document"],
    to: ["event"],
  },
  "adopted-at": {
    label: "Adopted at",
    inverse: "Adopted",
    reading: "{source} was adopted at {target}",
    from: ["document"],
    to: ["event"],
  },
  "due-for-adoption-at": {
    label: "Due for adoption at",
    inverse: "Due for adoption",
    reading: "{source} was due to be adopted at {target}",
    from: ["document"],
    to: ["event"],
  },
  // Only the order in time: "the … document that was produced after the conference".
  "produced-after": {
    label: "Produced after",
    inverse: "Documents produced after",
    reading: "{source} was produced after {target}",
    from: ["document"],
    to: ["event"],
  },
  // "It summarizes the conclusions/findings of an expert workshop": drawn from it, not made there.
  summarises: {
    label: "Summarises",
    inverse: "Summarised in",
    reading: "{source} summarises the conclusions of {target}",
    from: ["document"],
    to: ["event"],
  },
  "derived-from": {
    label: "Derived from",
    inverse: "Turned into",
    reading: "{source} was derived from {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  "builds-on": {
    label: "Builds on",
    inverse: "Built on by",
    reading: "{source} builds on {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  "addendum-to": {
    label: "Addendum to",
    inverse: "Has addendum",
    reading: "{source} is an addendum to {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  implements: {
    label: "Implements",
    inverse: "Implemented by",
    reading: "{source} implements {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  // A looser tie than builds-on: the later text says it drew on the earlier one among other material.
  "draws-on": {
    label: "Draws on",
    inverse: "Drawn on by",
    reading: "{source} draws on {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  "guided-by": {
    label: "Guided by",
    inverse: "Guides",
    reading: "{source} is guided by {target}",
    from: ["organisation"],
    to: ["document"],
  },
  "took-forward": {
    label: "Took forward",
    inverse: "Taken forward at",
    reading: "{source} took forward {target}",
    from: ["event"],
    to: ["document"],
  },
  // "The general aim of this plenary meeting was to further build on the Rome Memorandum";
  // "Building on the … Rome Memorandum, the presentations … centered on …". An aim or a
  // starting point, not a new document.
  "set-out-to-build-on": {
    label: "Set out to build on",
    inverse: "Events building on it",
    reading: "{source} set out to build on {target}",
    from: ["event"],
    to: ["document"],
  },
  // The endorsement of a document helping a programme along ("a significant push for the … initiative").
  "endorsement-pushed": {
    label: "Endorsement pushed",
    inverse: "Pushed by endorsing",
    reading: "The endorsement of {source} was a push for {target}",
    from: ["document"],
    to: ["organisation"],
  },
  informed: {
    label: "Informed",
    inverse: "Informed by",
    reading: "{source} informed {target}",
    from: ["event"],
    to: ["document"],
  },
} as const satisfies Record<string, RelationSpec>;

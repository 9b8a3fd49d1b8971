// JSON-LD with schema.org types, carrying the citations.
//
// - Nodes: event → Event, organisation → Organization, person → Person, document → CreativeWork,
//   theme → DefinedTerm (generic kind → Thing), with name, alternateName, description, dates
//   (startDate/endDate, datePublished, foundingDate/dissolutionDate), location (Place) and jobTitle.
// - Evidence: each citation is a schema:Quotation whose `text` is the quote and whose `isPartOf` is
//   the cited source (a CreativeWork in the same @graph); a node lists its quotations in `subjectOf`.
// - Relations use schema.org's Role pattern, the way schema.org itself qualifies a statement
//   ("Event organizer Role{organizer Organization, roleName, startDate}"): the property appears on the
//   subject and again inside the Role, whose roleName is our relation id and whose `subjectOf` holds
//   the quotations that support that link. Where schema.org has a property (organizer, attendee,
//   performer, creator, publisher, workFeatured, isBasedOn, about, knowsAbout, affiliation, memberOf,
//   superEvent) it is used, on whichever end schema.org puts it; the rest are `rel:<relation>` in
//   this dataset's own vocabulary (urn:policy-lineage:relation:), always on the source node.
// - Ids are compact IRIs (`node:<key>`, `edge:<key>`, `src:<source id>`) under urn:policy-lineage:<dataset id>:,
//   so the file is self-contained: nothing is fetched to read it (the @context is inline).
import { type Citation, type DataGraph, GENERIC_RELATION, readRelation } from "../model";
import { dateProperties, propertyFor, SCHEMA_TYPE } from "./jsonld-vocabulary";
import type { ExportFile, ExportOptions } from "./types";
import { baseName, subsetOf } from "./view-subset";

type Json = Record<string, unknown>;

function quotations(citations: readonly Citation[]): Json[] {
  return citations.map((c) => ({ "@type": "Quotation", text: c.quote, isPartOf: { "@id": `src:${c.source}` } }));
}

/** Drops undefined and empty lists, so the output carries only what the data says. */
function clean(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

export function toJsonLd(graph: DataGraph, options: ExportOptions = {}): Json {
  const subset = subsetOf(graph, options);
  const attrs = graph.getAttributes();
  const base = `urn:policy-lineage:${attrs.id}:`;
  const nodes = new Map<string, Json>();
  for (const { key, attributes: a } of subset.nodes) {
    const [startProp, endProp] = dateProperties(a.kind);
    const extra = Object.entries(a.extra ?? {}).map(([name, value]) => ({ "@type": "PropertyValue", name, value }));
    nodes.set(
      key,
      clean({
        "@id": `node:${key}`,
        "@type": SCHEMA_TYPE[a.kind],
        identifier: key,
        name: a.label,
        alternateName: a.aliases ? [...a.aliases] : undefined,
        description: a.description,
        [startProp]: a.start,
        [endProp]: a.end,
        ...(a.kind === "event"
          ? { location: a.place ? { "@type": "Place", name: a.place } : undefined }
          : { "rel:place": a.place }),
        ...(a.kind === "person" ? { jobTitle: a.role } : { "rel:role": a.role }),
        additionalProperty: extra,
        subjectOf: quotations(a.sources),
      }),
    );
  }
  for (const { key, source, target, attributes: a } of subset.edges) {
    const { property, on } = propertyFor(a.relation);
    const [subject, object] = on === "source" ? [source, target] : [target, source];
    const sourceLabel = graph.getNodeAttribute(source, "label");
    const targetLabel = graph.getNodeAttribute(target, "label");
    const role = clean({
      "@id": `edge:${key}`,
      "@type": "Role",
      roleName: a.relation === GENERIC_RELATION ? (a.label ?? a.relation) : a.relation,
      [property]: { "@id": `node:${object}` },
      startDate: a.start,
      description:
        a.relation === GENERIC_RELATION
          ? `${sourceLabel} ${a.label ?? "is linked to"} ${targetLabel}`
          : readRelation(a.relation, sourceLabel, targetLabel),
      subjectOf: quotations(a.sources),
    });
    const holder = nodes.get(subject);
    if (!holder) continue;
    holder[property] = [...((holder[property] as Json[] | undefined) ?? []), role];
  }
  const sources = subset.sources.map((s) =>
    clean({
      "@id": `src:${s.id}`,
      "@type": "CreativeWork",
      identifier: s.id,
      name: s.title,
      publisher: s.publisher ? { "@type": "Organization", name: s.publisher } : undefined,
      url: s.url,
      datePublished: s.date,
    }),
  );
  const dataset = clean({
    "@id": `${base}dataset`,
    "@type": "Dataset",
    identifier: attrs.id,
    name: attrs.title,
    description: attrs.description,
    citation: subset.sources.map((s) => ({ "@id": `src:${s.id}` })),
  });
  return {
    "@context": {
      "@vocab": "https://schema.org/",
      rel: "urn:policy-lineage:relation:",
      node: `${base}node:`,
      edge: `${base}edge:`,
      src: `${base}source:`,
    },
    "@graph": [dataset, ...sources, ...nodes.values()],
  };
}

export function exportJsonLd(graph: DataGraph, options: ExportOptions = {}): ExportFile {
  return {
    filename: `${baseName(graph, options)}.jsonld`,
    mime: "application/ld+json",
    text: JSON.stringify(toJsonLd(graph, options), null, 2) + "\n",
  };
}

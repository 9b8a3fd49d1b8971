// The five kinds of thing the graph holds. Order is the order panels and legends list them in.
// "other" is for imported files whose nodes name none of the five; curated datasets do not use it.
export const KINDS = ["event", "organisation", "person", "document", "theme", "other"] as const;
export type Kind = (typeof KINDS)[number];

/** The kind an imported node gets when it names none of the five. */
export const GENERIC_KIND = "other" satisfies Kind;

export const KIND_LABELS: Record<Kind, { one: string; many: string }> = {
  event: { one: "Event", many: "Events" },
  organisation: { one: "Organisation", many: "Organisations" },
  person: { one: "Person", many: "People" },
  document: { one: "Document", many: "Documents" },
  theme: { one: "Theme", many: "Themes" },
  other: { one: "Other", many: "Other" },
};

export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && (KINDS as readonly string[]).includes(value);
}

// Word lists for synthetic labels: close enough to real policy vocabulary that search, label
// widths and acronyms behave as they would on a real dataset (accented names included).
import type { Random } from "./random";

const FIRST = [
  "Amina",
  "Jan",
  "Sofia",
  "Ahmet",
  "Chiara",
  "Kwame",
  "Ingrid",
  "Rafael",
  "Yuki",
  "Fatima",
  "Lars",
  "Nadia",
];
const FIRST_RARE = ["Zoë", "Łukasz", "Søren", "Ayşe", "José", "Ãna"];
const LAST = ["Davutoğlu", "van der Berg", "Rossi", "Okafor", "Müller", "Haddad", "Lindqvist", "Moreau", "Kowalski"];
const LAST_MORE = ["Fernández", "Nakamura", "Abubakar", "O'Neill", "Petrović", "Schmidt", "Silva", "Ibrahim", "Jensen"];
const ORG_TYPES = ["Centre", "Institute", "Forum", "Network", "Agency", "Council", "Foundation", "Office", "Programme"];
const ORG_FIELDS = [
  "Counter-Terrorism",
  "Crime and Justice Research",
  "Prison Reform",
  "Rehabilitation Studies",
  "Security Cooperation",
  "Human Rights",
  "Community Resilience",
  "Countering Violent Extremism",
  "Penal Policy",
  "Restorative Justice",
];
const PLACES = [
  "The Hague",
  "Rome",
  "Abu Dhabi",
  "Nairobi",
  "Singapore",
  "Geneva",
  "Vienna",
  "Rabat",
  "Jakarta",
  "Oslo",
];
const COUNTRIES = [
  "Netherlands",
  "Italy",
  "UAE",
  "Kenya",
  "Singapore",
  "Switzerland",
  "Austria",
  "Morocco",
  "Indonesia",
];
export const THEME_WORDS = [
  "prison management",
  "disengagement",
  "family support",
  "aftercare",
  "risk assessment",
  "education in prison",
  "religious dialogue",
  "vocational training",
  "juvenile offenders",
  "returning foreign fighters",
  "community reintegration",
  "staff training",
  "mental health",
  "gender perspectives",
  "victims' voices",
  "monitoring and evaluation",
];
const DOC_TYPES = ["Memorandum", "Good Practices", "Recommendations", "Guidelines", "Action Plan", "Toolkit", "Report"];
const EVENT_TYPES = ["Conference", "Expert Meeting", "Workshop", "Plenary", "Working Group Meeting", "Symposium"];

export function personName(random: Random): string {
  const first = random.chance(0.1) ? random.pick(FIRST_RARE) : random.pick(FIRST);
  return `${first} ${random.pick(random.chance(0.5) ? LAST : LAST_MORE)}`;
}

export function orgName(random: Random, i: number): { label: string; alias: string } {
  const type = random.pick(ORG_TYPES);
  const field = random.pick(ORG_FIELDS);
  const where = random.pick(PLACES);
  const label = `International ${type} for ${field} – ${where} ${i}`;
  const initials = `I${type[0]}${field
    .split(/[\s-]+/)
    .filter((w) => w !== "and")
    .map((w) => w[0])
    .join("")}`;
  return { label, alias: `${initials}${i}` };
}

export function eventName(random: Random, theme: string, year: number): { label: string; place: string } {
  const i = PLACES.length ? random.int(PLACES.length) : 0;
  const place = `${PLACES[i]}, ${COUNTRIES[i % COUNTRIES.length]}`;
  return { label: `${PLACES[i]} ${random.pick(EVENT_TYPES)} on ${theme} ${year}`, place };
}

export function documentName(random: Random, theme: string, place: string): string {
  return `${place} ${random.pick(DOC_TYPES)} on ${theme}`;
}

export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

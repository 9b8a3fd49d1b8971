// Events: dated meetings hosted and attended by organisations, addressing themes, some following
// up earlier ones. Returned in date order (undated last) so later steps can look back in time.
import { dateKey, type Relation } from "../../../model";
import { randomDate, type Population } from "./population";
import { eventName, slug } from "./names";

const HOSTING: Relation[] = ["co-hosted", "convened", "organised", "co-organised"];

export function linkEvents(population: Population, count: number): string[] {
  const { random, builder, orgs, themes, themeLabels, pickOrg, pickTheme } = population;
  const dates = Array.from({ length: count }, () => (random.chance(0.03) ? undefined : randomDate(random, 1995, 2024)));
  dates.sort((a, b) => dateKey(a) - dateKey(b));
  const events: string[] = [];
  const org = () => orgs[pickOrg(random)] as string;
  dates.forEach((start, i) => {
    const t = pickTheme(random);
    const theme = themes[t] as string;
    const { label, place } = eventName(random, themeLabels[t] as string, Number(start?.slice(0, 4) ?? 2000));
    const attributes: Parameters<typeof builder.addNode>[1] = {
      kind: "event",
      label,
      place,
      description: `A meeting on ${label}.`,
    };
    if (start) attributes.start = start;
    if (start?.length === 10 && random.chance(0.5))
      attributes.end = `${start.slice(0, 8)}${String(Math.min(28, Number(start.slice(8)) + 1 + random.int(3))).padStart(2, "0")}`;
    const event = builder.addNode(`${slug(label)}-${i}`, attributes);
    events.push(event);
    builder.addEdge(org(), "hosted", event, start);
    if (random.chance(0.5)) builder.addEdge(org(), random.pick(HOSTING), event);
    const partners = 1 + random.int(4);
    for (let k = 0; k < partners; k++)
      builder.addEdge(org(), random.chance(0.8) ? "participated-in" : "partner-in", event);
    const addressed = 1 + random.int(3);
    builder.addEdge(event, "addresses", theme);
    for (let k = 1; k < addressed; k++) builder.addEdge(event, "addresses", themes[pickTheme(random)] as string);
    if (i > 0 && start && random.chance(0.3)) {
      const earlier = events[Math.max(0, i - 1 - random.int(20))] as string;
      builder.addEdge(event, random.chance(0.7) ? "follow-up-to" : "part-of", earlier);
    }
  });
  return events;
}

import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { iso31661Alpha2ToNumeric } from 'iso-3166';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/**
 * A map of Europe, drawn at build time from Natural Earth's 1:110m country shapes (world-atlas). Each shape
 * is projected with a Lambert azimuthal equal-area projection centred on Europe, clipped to the frame and
 * rounded to one decimal. The land is one SVG file the overview loads as a lazy image (`landSvg`), so its
 * 7 kB gzip of paths stay out of the page's first render; only the project countries, which are links, are
 * drawn inline on top of it.
 */
export const mapWidth = 600;
export const mapHeight = 520;

/** world-atlas names each shape by its ISO 3166-1 numeric code; the projects name countries by alpha-2. */
const alpha2Of = new Map(Object.entries(iso31661Alpha2ToNumeric).map(([alpha2, numeric]) => [numeric, alpha2]));

export interface MapCountry {
  /** ISO 3166-1 alpha-2 code, for the shapes that are countries (world-atlas has a few that are not). */
  code?: string;
  d: string;
}

/** The frame: from Iceland and Portugal to the Urals' foot and from the Mediterranean to the North Cape. */
const frame = { type: 'MultiPoint' as const, coordinates: [[-22, 36], [-10, 35], [40, 35], [45, 60], [30, 71], [-22, 66]] };

let cached: MapCountry[] | undefined;

/** Every country shape that shows within the frame, with its SVG path. */
export function europeShapes(): MapCountry[] {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoAzimuthalEqualArea()
    .rotate([-12, -53])
    .fitExtent([[8, 8], [mapWidth - 8, mapHeight - 8]], frame)
    .clipExtent([[0, 0], [mapWidth, mapHeight]]);
  const path = geoPath(projection).digits(1);
  cached = countries.features.flatMap((country) => {
    const d = path(country);
    if (!d) return [];
    const code = country.id === undefined ? undefined : alpha2Of.get(String(country.id));
    return [{ code, d }];
  });
  return cached;
}

/** Whether a country (alpha-2) has a shape on the map, so it can be highlighted. */
export function isOnMap(code: string): boolean {
  return europeShapes().some((c) => c.code === code);
}

/** The land's colours: the site's `--color-line` and `--color-paper` tokens (global.css), which an SVG loaded as an image cannot read. */
export const landColours = { fill: '#d3d8de', stroke: '#ffffff' };

/** Every shape of the map as one standalone SVG document, the picture under the overview's country links. */
export function landSvg(): string {
  const paths = europeShapes().map((s) => `<path d="${s.d}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}" width="${mapWidth}" height="${mapHeight}"><g fill="${landColours.fill}" stroke="${landColours.stroke}" stroke-width="0.6">${paths}</g></svg>\n`;
}

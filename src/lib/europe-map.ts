import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/**
 * A map of Europe for an inline SVG, drawn at build time from Natural Earth's 1:110m country shapes
 * (world-atlas). Each shape is projected with a Lambert azimuthal equal-area projection centred on
 * Europe, clipped to the frame and rounded to one decimal, which keeps the SVG small.
 */
export const mapWidth = 600;
export const mapHeight = 520;

/** ISO 3166-1 numeric codes (the ids in world-atlas) of the European countries a project can work in. */
const numericCodes: Record<string, string> = {
  AL: '008', AT: '040', BA: '070', BE: '056', BG: '100', BY: '112', CH: '756', CY: '196', CZ: '203', DE: '276',
  DK: '208', EE: '233', ES: '724', FI: '246', FR: '250', GB: '826', GR: '300', HR: '191', HU: '348', IE: '372',
  IS: '352', IT: '380', LT: '440', LU: '442', LV: '428', MD: '498', ME: '499', MK: '807', NL: '528', NO: '578',
  PL: '616', PT: '620', RO: '642', RS: '688', RU: '643', SE: '752', SI: '705', SK: '703', TR: '792', UA: '804',
  GE: '268', AM: '051', AZ: '031',
};
const alpha2Of = new Map(Object.entries(numericCodes).map(([alpha2, numeric]) => [numeric, alpha2]));

export interface MapCountry {
  /** ISO 3166-1 alpha-2 code, for the countries that can be highlighted. */
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

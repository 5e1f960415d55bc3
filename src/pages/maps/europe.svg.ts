import type { APIRoute } from 'astro';
import { landSvg } from '../../lib/europe-map';

/** The land of the projects overview's map, one file for every locale (it has no text). */
export const GET: APIRoute = () => new Response(landSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });

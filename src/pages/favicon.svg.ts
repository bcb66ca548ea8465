/**
 * The site icon, generated so every site built with gongkai has one (browsers otherwise ask for
 * /favicon.ico and log a 404). To use a department's own icon, change this file.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#9e1b1b"/><path d="M9 9h14v3H9zm2 6h10v3H11zm-2 6h14v3H9z" fill="#fff"/></svg>`,
    { headers: { 'content-type': 'image/svg+xml' } },
  );

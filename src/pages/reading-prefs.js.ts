/**
 * A tiny blocking script loaded in <head> that applies the reader's remembered font size and
 * elderly mode before the page is drawn (no flash, no layout shift). It is a file of its own, not
 * an inline script, so a strict Content-Security-Policy (script-src 'self') allows it. The
 * controls themselves are wired by src/scripts/reading-controls.ts; `data-enhanced` on <html>
 * shows them from the first paint, so the header does not move when they appear.
 */
import type { APIRoute } from 'astro';
import { READING_PREFS } from '../lib/readingPrefs.ts';

const script = `(function(){var d=document.documentElement;d.setAttribute('data-enhanced','');try{var s=window.localStorage;var f=s.getItem(${JSON.stringify(READING_PREFS.fontKey)});if(${JSON.stringify(READING_PREFS.fontSizes)}.indexOf(f)>=0)d.setAttribute('data-font',f);if(s.getItem(${JSON.stringify(READING_PREFS.elderlyKey)})==='1')d.setAttribute('data-elderly','');}catch(e){}})();\n`;

export const GET: APIRoute = () =>
  new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });

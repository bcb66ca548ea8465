/**
 * Font-size (大 中 小) and elderly-mode (适老模式) buttons. The page is fully readable without
 * them; this script applies a choice at once and remembers it across pages.
 * The choice is applied before first paint by /reading-prefs.js.
 */
import { READING_PREFS, type FontSize } from '../lib/readingPrefs.ts';

const root = document.documentElement;

function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may forbid storage: the choice then lasts for this page only.
  }
}

function sync(controls: HTMLElement) {
  const font = (root.getAttribute('data-font') ?? 'medium') as FontSize;
  for (const button of controls.querySelectorAll<HTMLButtonElement>('[data-font-size]')) {
    button.setAttribute('aria-pressed', String(button.dataset['fontSize'] === font));
  }
  const elderly = controls.querySelector<HTMLButtonElement>('[data-elderly-toggle]');
  elderly?.setAttribute('aria-pressed', String(root.hasAttribute('data-elderly')));
}

for (const controls of document.querySelectorAll<HTMLElement>('.reading-controls')) {
  sync(controls);
  controls.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const size = button.dataset['fontSize'] as FontSize | undefined;
    if (size) {
      if (size === 'medium') root.removeAttribute('data-font');
      else root.setAttribute('data-font', size);
      store(READING_PREFS.fontKey, size === 'medium' ? null : size);
    }
    if (button.hasAttribute('data-elderly-toggle')) {
      const on = !root.hasAttribute('data-elderly');
      root.toggleAttribute('data-elderly', on);
      store(READING_PREFS.elderlyKey, on ? '1' : null);
    }
    sync(controls);
  });
}

/**
 * Wide tables: a region that scrolls sideways (class="table-scroll") is marked while its table is
 * wider than the screen, and then shows the hint 左右滑动查看 (global.css). Font size and elderly
 * mode change the width, so it is measured again after those and on resize.
 */
const tableHint = document.querySelector<HTMLElement>('.reading-controls')?.dataset['tableHint'] ?? '';
function markWideTables() {
  for (const region of document.querySelectorAll<HTMLElement>('.table-scroll')) {
    if (region.scrollWidth > region.clientWidth + 1) region.setAttribute('data-wide', tableHint);
    else region.removeAttribute('data-wide');
  }
}
markWideTables();
window.addEventListener('resize', markWideTables);
new MutationObserver(markWideTables).observe(root, {
  attributes: true,
  attributeFilter: ['data-font', 'data-elderly'],
});

/**
 * The citation bar of a regulation page: when a reader clicks an article number (or arrives at
 * one by its link), the bar shows the citation 《法规名称》第三条 with the article's address (as
 * text, to copy) and a button that copies both. Without JavaScript the article number is still
 * a link to itself, so the address bar holds the article's link.
 */

function articleLabel(id: string): string | undefined {
  return document.getElementById(id)?.textContent?.trim();
}

for (const bar of document.querySelectorAll<HTMLElement>('[data-cite-bar]')) {
  const title = bar.dataset['citeTitle'] ?? '';
  const text = bar.querySelector<HTMLElement>('[data-cite-text]')!;
  const address = bar.querySelector<HTMLElement>('[data-cite-url]')!;
  const button = bar.querySelector<HTMLButtonElement>('[data-cite-copy]')!;
  const status = bar.querySelector<HTMLElement>('[data-cite-status]')!;

  const show = (id: string) => {
    const label = articleLabel(id);
    if (!label || !id.startsWith('art-')) return;
    const url = `${location.origin}${location.pathname}#${id}`;
    text.textContent = `${title}${label}`;
    address.textContent = decodeURI(url);
    status.textContent = '';
    bar.hidden = false;
  };

  document.addEventListener('click', (event) => {
    const anchor = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.art');
    if (anchor?.id) show(anchor.id);
  });
  window.addEventListener('hashchange', () => show(location.hash.slice(1)));
  if (location.hash) show(decodeURIComponent(location.hash.slice(1)));

  button.addEventListener('click', async () => {
    const citation = `${text.textContent} ${address.textContent}`;
    try {
      await navigator.clipboard.writeText(citation);
      status.textContent = bar.dataset['copied'] ?? '';
    } catch {
      // No clipboard (an old browser, an insecure page): select the text for a manual copy.
      const range = document.createRange();
      range.selectNodeContents(bar.querySelector('p')!);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = bar.dataset['failed'] ?? '';
    }
  });
}

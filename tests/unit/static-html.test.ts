import { describe, expect, it } from 'vitest';
import { withoutScripts } from '@/lib/static-html';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/>${head}<link rel="stylesheet" href="/_next/static/css/a.css"/></head><body>${body}</body></html>`;

describe('public pages without scripts', () => {
  it('removes the runtime, its preloads and the serialized component tree, and keeps everything else', () => {
    const html = page(
      '<a href="/es/scorecard/lacoe">LACOE</a><svg role="img"><path d="M0 0"/></svg>' +
        '<script src="/_next/static/chunks/main.js" async=""></script>' +
        '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
        '<script>self.__next_f.push([1,"1:\\u003c/script\\u003e"])</script>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/><link rel="modulepreload" href="/m.js"/>',
    );
    expect(withoutScripts(html)).toBe(
      page('<a href="/es/scorecard/lacoe">LACOE</a><svg role="img"><path d="M0 0"/></svg>'),
    );
  });

  it('keeps data scripts and preloads of anything else', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"Dataset"}</script>',
      '<link rel="preload" as="font" href="/f.woff2" crossorigin=""/>',
    );
    expect(withoutScripts(html)).toBe(html);
  });

  it('leaves a streamed page alone: its content is moved into place by script', () => {
    const html = page('<template id="B:0"></template><div hidden id="S:0">late</div><script>$RC("B:0","S:0")</script>');
    expect(withoutScripts(html)).toBe(html);
  });
});

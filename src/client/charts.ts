/**
 * Draws each chart of /statistik/ only when it comes near the screen: Chart.js and the drawing
 * code load on the first one (a separate chunk), so the page is interactive at once. Each chart's
 * box already has its final height, so drawing moves nothing (no layout shift).
 */
const boxes = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
let drawer: Promise<typeof import('./chart-draw.ts')> | undefined;
const drawLater = (box: HTMLElement) => {
  drawer ??= import('./chart-draw.ts');
  void drawer.then((m) => m.draw(box));
};

if (boxes.length > 0) {
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (seen) => {
        for (const e of seen) {
          if (!e.isIntersecting) continue;
          observer.unobserve(e.target);
          drawLater(e.target as HTMLElement);
        }
      },
      { rootMargin: '300px 0px' },
    );
    for (const box of boxes) observer.observe(box);
  } else {
    for (const box of boxes) drawLater(box);
  }
}

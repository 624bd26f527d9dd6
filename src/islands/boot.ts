// The one script in every page's HTML, kept tiny: nothing here may delay the first paint. Once
// the text is on screen it loads the rest (src/islands/runtime.ts), which hydrates the page's
// islands and runs the site scripts. With script off, the page is complete as it is.

// The styles are linked in every page's head (src/prerender/plugin.ts); importing them here is
// what makes the build emit them.
import '../styles/index.css';

let started = false;

function start(): void {
  if (started) return;
  started = true;
  void import('./runtime').then((runtime) => runtime.start());
}

/** Longest wait for a paint: a hidden tab never paints, and some browsers do not report it. */
const BACKSTOP_MS = 3000;

// Start once the browser reports the first paint (Paint Timing); without that API, two frames on.
if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
} else {
  requestAnimationFrame(() => requestAnimationFrame(start));
}
setTimeout(start, BACKSTOP_MS);

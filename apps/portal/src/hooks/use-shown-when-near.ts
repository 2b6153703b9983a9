import { useEffect, useState } from 'react';

/** Phones and narrow windows: the width below which the portal switches to its one-column layout. */
export const NARROW_SCREEN = '(max-width: 767.98px)';

/** How far below the screen an element counts as near: it starts loading a little before it shows. */
const NEAR = '200px 0px';

function isNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches;
}

/**
 * Whether to render something heavy yet (data saver). On a wide screen: at once. On a narrow screen: only
 * once the element given to the returned ref callback has scrolled near the screen (IntersectionObserver),
 * and from then on; where the browser has no IntersectionObserver, at once.
 */
export function useShownWhenNear<T extends Element>(): [(node: T | null) => void, boolean] {
  const [node, setNode] = useState<T | null>(null);
  const [shown, setShown] = useState(() => !isNarrow() || typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    if (shown || !node) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setShown(true);
          observer.disconnect();
        }
      },
      { rootMargin: NEAR },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, shown]);

  return [setNode, shown];
}

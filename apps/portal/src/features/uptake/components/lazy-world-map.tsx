import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { useShownWhenNear } from '@/hooks/use-shown-when-near';
import type { WorldMapProps } from './world-map';
import { loadWorldMap } from './world-map-loader';

const WorldMap = lazy(() => loadWorldMap().then((chunk) => ({ default: chunk.WorldMap })));

/**
 * The world map, loaded as its own chunk. On a phone (below 768 px) the chunk is asked for only when the
 * map's place scrolls near the screen, so a reader who only wants the tables never downloads it; a wide
 * screen asks for it at once. Until it arrives, a box of the map's shape holds its place (with a spinner
 * once the chunk is asked for).
 */
export function LazyWorldMap(props: WorldMapProps) {
  const { t } = useTranslation();
  const [ref, shown] = useShownWhenNear<HTMLDivElement>();
  const loading = (
    <div className="world-map-slot__waiting">
      <Spinner label={t('uptake.map.loading')} />
    </div>
  );
  return (
    <div ref={ref} className="world-map-slot" data-testid="world-map-slot">
      {shown ? (
        <Suspense fallback={loading}>
          <WorldMap {...props} />
        </Suspense>
      ) : (
        // Not yet near the screen: an empty box of the map's shape, announced as nothing.
        <div className="world-map-slot__waiting" aria-hidden="true" />
      )}
    </div>
  );
}

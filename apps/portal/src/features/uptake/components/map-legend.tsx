import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { HOTSPOT_COLOUR, NO_DATA_COLOUR, type ColourBin, type ColourScale } from '@/features/uptake/lib/colour-scale';

function Swatch({ colour }: { colour: string }) {
  return <span className="legend__swatch" style={{ background: colour }} aria-hidden="true" />;
}

/** What each colour of the map holds, what grey means, and how hotspots are marked. */
export function MapLegend({ scale, figure }: { scale: ColourScale; figure: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (bin: ColourBin) => {
    if (scale.kind === 'rate' && bin.open) return t('uptake.map.orMore', { from: format.percent(bin.min * 100) });
    if (scale.kind === 'rate')
      return t('uptake.map.range', { from: format.percent(bin.min * 100), to: format.percent(bin.max * 100) });
    return bin.min === bin.max
      ? format.number(bin.min)
      : t('uptake.map.range', { from: format.number(bin.min), to: format.number(bin.max) });
  };
  return (
    <div className="legend">
      <p className="legend__title">{figure}</p>
      <ul className="legend__items">
        {scale.bins.map((bin) => (
          <li key={`${bin.min}-${bin.max}`}>
            <Swatch colour={bin.colour} />
            {label(bin)}
          </li>
        ))}
        <li>
          <Swatch colour={NO_DATA_COLOUR} />
          {t('uptake.map.noData')}
        </li>
        <li>
          <svg className="legend__hotspot" viewBox="0 0 24 16" aria-hidden="true">
            <rect
              x="1.5"
              y="1.5"
              width="21"
              height="13"
              rx="2"
              fill="#ffffff"
              stroke={HOTSPOT_COLOUR}
              strokeWidth="2.5"
            />
            <circle cx="12" cy="8" r="3" fill={HOTSPOT_COLOUR} />
          </svg>
          {t('uptake.map.hotspot')}
        </li>
      </ul>
    </div>
  );
}

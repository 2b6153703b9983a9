/**
 * The map's colours: a sequential blue scale in at most five classes, light for little and dark for much,
 * and a neutral grey for countries without figures. Classes rather than a continuous ramp, so that the
 * legend can say exactly which values each colour holds.
 */

/** Light to dark; each next to the other still tells apart, and the darkest keeps 3:1 against white. */
export const MAP_PALETTE = ['#e6eef8', '#b4cbea', '#7ca4d8', '#3d72b8', '#163d73'] as const;
/** Countries with no figures (outside the selection, or not known to the academy). */
export const NO_DATA_COLOUR = '#c3c7cc';
/** The dot and outline of a hotspot (map and legend). */
export const HOTSPOT_COLOUR = '#b6410b';

export type ScaleKind = 'count' | 'rate';

/** One class of the legend: the values from `min` to `max` (both included) take `colour`; `open`: `min` or more. */
export interface ColourBin {
  min: number;
  max: number;
  colour: string;
  open?: boolean;
}

export interface ColourScale {
  kind: ScaleKind;
  bins: ColourBin[];
  colourOf: (value: number | null | undefined) => string;
}

/** Whole-number class widths: 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500… */
function niceStep(rough: number, minimum: number): number {
  const target = Math.max(rough, minimum, 1);
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = factor * magnitude;
      if (Number.isInteger(step) && step >= target) return step;
    }
  }
}

/**
 * A scale for counts: 0 alone in the lightest class, then up to four classes of equal, round width up to
 * the largest value. When some counts are hidden as "<5" (drawn as 2.5), the classes are at least 5 wide,
 * so that "<5" falls wholly inside the first one (1–5) and its colour tells no more than its text.
 */
export function countScale(
  values: ReadonlyArray<number | null | undefined>,
  options: { suppressed?: boolean } = {},
): ColourScale {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const max = present.length ? Math.max(...present) : 0;
  const bins: ColourBin[] = [{ min: 0, max: 0, colour: MAP_PALETTE[0] }];
  let step = 0;
  let classes = 0;
  if (max > 0) {
    step = niceStep(max / 4, options.suppressed ? 5 : 1);
    classes = Math.max(1, Math.ceil(max / step));
    for (let k = 1; k <= classes; k++) {
      bins.push({ min: (k - 1) * step + 1, max: k * step, colour: MAP_PALETTE[Math.round((k * 4) / classes)] });
    }
  }
  return {
    kind: 'count',
    bins,
    colourOf: (value) => {
      if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA_COLOUR;
      if (value <= 0 || classes === 0) return MAP_PALETTE[0];
      return bins[Math.min(classes, Math.ceil(value / step))].colour;
    },
  };
}

/** A scale for rates from 0 to 1: five classes of a fifth each (the last includes 1). */
export function rateScale(): ColourScale {
  const bins = MAP_PALETTE.map((colour, i) => ({ min: i / 5, max: (i + 1) / 5, colour }));
  return {
    kind: 'rate',
    bins,
    colourOf: (value) => {
      if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA_COLOUR;
      return MAP_PALETTE[Math.max(0, Math.min(4, Math.floor(value * 5)))];
    },
  };
}

/**
 * A scale for plan delivery (trained ÷ planned, which may pass 1): four classes of a quarter each below the plan,
 * and the plan met or passed (1 or more) in the darkest.
 */
export function deliveryScale(): ColourScale {
  const bins: ColourBin[] = [0, 1, 2, 3].map((i) => ({ min: i / 4, max: (i + 1) / 4, colour: MAP_PALETTE[i] }));
  bins.push({ min: 1, max: 1, colour: MAP_PALETTE[4], open: true });
  return {
    kind: 'rate',
    bins,
    colourOf: (value) => {
      if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA_COLOUR;
      return MAP_PALETTE[Math.max(0, Math.min(4, Math.floor(value * 4)))];
    },
  };
}

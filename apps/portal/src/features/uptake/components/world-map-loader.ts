/** The world map and its atlas are their own chunk (d3-geo and the country shapes): fetched only on demand. */
export const loadWorldMap = () => import('./world-map');

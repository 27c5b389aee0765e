import type { AreaKey } from '../../../../bot/src/api/area-contract';
import type { Translate } from '../../i18n';

/** Verksamhetsområden in the order the municipality lists them (docs/domain.md#organisation-by-area). */
export const AREA_KEYS: readonly AreaKey[] = ['sarskilt-boende', 'hemvard', 'omsorg-funktionsnedsattning', 'sjukskoterskor', 'kommunrehab', 'myndighet'];

/** An area's name in the user's language: "Särskilt boende". */
export const areaName = (t: Translate, area: AreaKey): string => t(`areaName.${area}`);

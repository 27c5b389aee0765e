import type { Area } from '@contract/vocabulary';
import type { Translate } from '../../i18n';

/** An area's name in the user's language: "Särskilt boende". */
export const areaName = (t: Translate, area: Area): string => t(`areaName.${area}`);

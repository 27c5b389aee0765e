import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** The raised card surface the tab's panels share (Teams' card look), for `makeStyles`. */
export const CARD_SURFACE: GriffelStyle = {
  padding: tokens.spacingHorizontalL,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
};

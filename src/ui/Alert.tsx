import { Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons/svg/checkmark-circle';
import { ErrorCircleFilled } from '@fluentui/react-icons/svg/error-circle';
import { InfoFilled } from '@fluentui/react-icons/svg/info';
import { WarningFilled } from '@fluentui/react-icons/svg/warning';
import type { ReactNode } from 'react';

export type AlertIntent = 'info' | 'success' | 'warning' | 'error';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle('solid'),
    overflowWrap: 'anywhere',
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder1),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
  },
  icon: { fontSize: '16px', lineHeight: tokens.lineHeightBase300, display: 'flex', paddingBlockStart: '2px' },
  infoIcon: { color: tokens.colorNeutralForeground3 },
  successIcon: { color: tokens.colorStatusSuccessForeground1 },
  warningIcon: { color: tokens.colorStatusWarningForeground3 },
  errorIcon: { color: tokens.colorStatusDangerForeground1 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  actions: {
    gridColumnStart: 2,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBlockStart: tokens.spacingVerticalXS,
  },
});

const icons = {
  info: <InfoFilled />,
  success: <CheckmarkCircleFilled />,
  warning: <WarningFilled />,
  error: <ErrorCircleFilled />,
} as const;

export interface AlertProps {
  /** @default 'info' */
  readonly intent?: AlertIntent;
  readonly title?: string;
  /** 'alert' interrupts a screen reader (failures); 'status' waits its turn. @default 'status' for info/success, else none */
  readonly role?: 'alert' | 'status';
  readonly actions?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A message inside a pane (a failure, a warning, a hint), in the colours of Fluent's MessageBar.
 * Ours because MessageBar brings Fluent's motion library (~20 KB gzip) into the task pane's
 * first load, which must stay within its 150 KB budget.
 */
export function Alert({ intent = 'info', title, role, actions, className, children }: AlertProps) {
  const styles = useStyles();
  return (
    <div
      className={mergeClasses(styles.root, styles[intent], className)}
      {...(role === undefined ? {} : { role })}
      data-intent={intent}
    >
      <span className={mergeClasses(styles.icon, styles[`${intent}Icon`])} aria-hidden>
        {icons[intent]}
      </span>
      <div className={styles.body}>
        {title !== undefined && <Text weight="semibold">{title}</Text>}
        <Text>{children}</Text>
      </div>
      {actions !== undefined && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}

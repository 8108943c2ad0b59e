import { Badge, type BadgeProps } from '@fluentui/react-components';
import { statusLabel, type StatusKind } from '../domain/status';
import { useT } from './useT';

const colorOf: Record<StatusKind, NonNullable<BadgeProps['color']>> = {
  'awaiting-acknowledgement': 'informative',
  'on-track': 'success',
  'update-due': 'warning',
  'at-risk': 'warning',
  overdue: 'danger',
  delivered: 'brand',
  cancelled: 'subtle',
};

/** The one-word status, in the same words (the domain's) and colour on every surface. */
export function StatusBadge({ kind, size = 'medium' }: { kind: StatusKind; size?: BadgeProps['size'] }) {
  const { fmt } = useT();
  return (
    <Badge appearance="tint" shape="rounded" size={size} color={colorOf[kind]}>
      {fmt(statusLabel(kind))}
    </Badge>
  );
}

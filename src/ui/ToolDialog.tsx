import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from './useT';
import './teamToolsMessages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The frame every team tool opens in: a modal form with its title, its fields and its actions, and
 * Close (Escape too). Submitting runs `onSubmit`; what the tool said stays until it is closed.
 */
export function ToolDialog({
  title,
  onClose,
  onSubmit,
  actions,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit?: () => void;
  /** The tool's own buttons, before Close. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useT();
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit?.();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>{children}</DialogContent>
            <DialogActions>
              {actions}
              <Button onClick={onClose}>{t('common.close')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

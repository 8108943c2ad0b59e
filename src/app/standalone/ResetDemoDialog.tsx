import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useUnmountingDialog } from '../../ui/FocusManagerHolder';
import { useT } from '../../ui/useT';

/**
 * "Reset demo data?", asked before the demo's data is replaced (or the synthetic data made again).
 * It opens on Cancel, so Enter keeps the data; closed, it gives the focus back to the top bar's
 * button. Loaded when first asked for: a demo page's first screen has no dialog to build.
 */
export function ResetDemoDialog({
  title,
  synthetic,
  resetting,
  onReset,
  onClose,
}: {
  /** The top bar's button's words: "Reset demo data", or making the synthetic data again. */
  title: string;
  synthetic: boolean;
  resetting: boolean;
  onReset: () => void;
  onClose: () => void;
}) {
  const { t } = useT();
  useUnmountingDialog();
  const cancel = useRef<HTMLButtonElement | null>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{synthetic ? t('shell.reset.syntheticConfirm') : t('shell.reset.confirm')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={resetting} onClick={onReset}>
              {t('shell.reset.action')}
            </Button>
            <Button
              ref={(element: HTMLButtonElement | null) => {
                cancel.current = element;
              }}
              onClick={onClose}
            >
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

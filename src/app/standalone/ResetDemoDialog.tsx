import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useT } from '../../ui/useT';

/** "Reset demo data?" (or "Regenerate the synthetic data?"), asked before the demo's data is replaced. */
export function ResetDemoDialog({
  open,
  synthetic,
  resetting,
  onReset,
  onOpenChange,
}: {
  open: boolean;
  /** How many synthetic commitments the page shows, when it shows synthetic data. */
  synthetic: number | undefined;
  resetting: boolean;
  onReset: () => void;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useT();
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{synthetic === undefined ? t('shell.reset') : t('shell.reset.synthetic')}</DialogTitle>
          <DialogContent>
            {synthetic === undefined ? t('shell.reset.confirm') : t('shell.reset.syntheticConfirm')}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={resetting} onClick={onReset}>
              {t('shell.reset.action')}
            </Button>
            <Button onClick={() => onOpenChange(false)}>{t('common.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { Alert } from './Alert';
import { useUnmountingDialog } from './FocusManagerHolder';
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
  useUnmountingDialog();
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

/** What a tool's action came to, in words: a success announced politely, a failure as an alert. */
export interface ToolOutcome {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * A tool's one action at a time (save, post, delete): `busy` while it runs, then its outcome.
 * `work` returns the words of success; `failed` words the error. What the user typed is the
 * tool's own state, so a failure keeps it.
 */
export function useToolAction() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ToolOutcome | null>(null);
  const run = async (work: () => Promise<string>, failed: (error: unknown) => string): Promise<boolean> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, text: await work() });
      return true;
    } catch (error) {
      setOutcome({ ok: false, text: failed(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}

export function ToolOutcomeText({ outcome }: { outcome: ToolOutcome | null }) {
  if (outcome === null) return null;
  return outcome.ok ? (
    <Text role="status">{outcome.text}</Text>
  ) : (
    <Alert intent="error" role="alert">
      {outcome.text}
    </Alert>
  );
}

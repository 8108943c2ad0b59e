import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatMailbox } from '../domain/format';
import type { DraftRequest } from '../hosts/HostContext';
import { useUnmountingDialog } from './FocusManagerHolder';
import { useT } from './useT';

const useStyles = makeStyles({
  recipients: { color: tokens.colorNeutralForeground3 },
  body: { minHeight: '240px', fontFamily: tokens.fontFamilyBase },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Who the draft is for, which its title says: the customer (the plan, updates, concerns), the one
 * colleague it is addressed to (a nudge), the meeting's attendees (the recap), the team (the digest).
 */
export type DraftAudience = 'customer' | 'colleague' | 'attendees' | 'team';

export interface DraftDialogProps {
  readonly draft: DraftRequest;
  readonly audience: DraftAudience;
  /** Why the host's compose form was not used, if it failed. */
  readonly notice?: string;
  readonly onClose: () => void;
}

/**
 * Where the host has no compose form (a plain browser, Teams), the draft is shown here to edit and
 * copy. The text stays editable: the sender is in control of every word.
 */
export function DraftDialog({ draft, audience, notice, onClose }: DraftDialogProps) {
  useUnmountingDialog();
  const styles = useStyles();
  const { t, locale } = useT();
  const [text, setText] = useState(draft.text);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const recipients = (draft.to ?? []).map((person) => formatMailbox(person, locale)).join('; ');
  const colleague = draft.to?.[0];
  const title =
    audience === 'attendees'
      ? t('shell.draft.title.attendees')
      : audience === 'team'
        ? t('shell.draft.title.team')
        : audience === 'colleague' && colleague !== undefined
          ? t('shell.draft.title.colleague', { name: colleague.name || colleague.email })
          : t('shell.draft.title');

  const copy = async () => {
    try {
      const edited = text !== draft.text;
      if (!edited && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([draft.html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {notice !== undefined && <Text role="status">{notice}</Text>}
            <Text>{t('shell.draft.explain')}</Text>
            {recipients !== '' && <Text className={styles.recipients}>{t('shell.draft.to', { recipients })}</Text>}
            {/* The draft is in the customer's language, which may not be the dialog's. */}
            <Text weight="semibold" lang={draft.lang} dir={draft.dir}>
              {draft.subject}
            </Text>
            <Field label={t('shell.draft.body')}>
              <Textarea
                className={styles.body}
                resize="vertical"
                value={text}
                lang={draft.lang}
                dir={draft.dir}
                onChange={(_, d) => setText(d.value)}
              />
            </Field>
            <Text role="status" aria-live="polite">
              {copied === 'yes' ? t('common.copied') : copied === 'failed' ? t('shell.draft.copyFailed') : ''}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void copy()}>
              {t('shell.draft.copy')}
            </Button>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons/svg/delete';
import { useEffect, useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { useServices } from '../../../ui/services';
import { describeTeamworkFailure } from '../../../ui/teamworkFailure';
import { useT } from '../../../ui/useT';
import type { OverviewFilters } from '../overviewModel';
import { filtersFromQuery, queryFromFilters } from '../viewQuery';
import { deleteView, hasView, readViews, saveView, type SavedView } from './savedViews';
import { ToolDialog, ToolOutcomeText, useToolAction } from '../../../ui/ToolDialog';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The user's saved views: show one (its filters replace the table's), delete one, or save the filters shown now by name. */
export function SavedViewsDialog({
  filters,
  onApply,
  onClose,
}: {
  filters: OverviewFilters;
  onApply: (filters: OverviewFilters) => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { host } = useServices();
  const translator = useT();
  const { t } = translator;
  const documents = host.documents;
  const [views, setViews] = useState<SavedView[] | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const { busy, outcome, run } = useToolAction();

  useEffect(() => {
    if (documents === undefined) return;
    let live = true;
    readViews(documents).then(
      (found) => live && setViews(found),
      (error: unknown) => {
        if (!live) return;
        setViews([]);
        setLoadError(t('teamTools.views.loadFailed', { detail: describeTeamworkFailure(error, translator) }));
      },
    );
    return () => {
      live = false;
    };
  }, [documents, t, translator]);

  if (documents === undefined) return null;

  const failed = (error: unknown) =>
    t('teamTools.views.saveFailed', { detail: describeTeamworkFailure(error, translator) });

  const save = async () => {
    const named = name.trim();
    if (named === '') {
      setNameMissing(true);
      return;
    }
    const saved = await run(async () => {
      setViews(await saveView(documents, { name: named, query: queryFromFilters(filters) }));
      return t('teamTools.views.saved', { name: named });
    }, failed);
    if (saved) setName('');
  };

  const remove = (view: SavedView) =>
    run(async () => {
      setViews(await deleteView(documents, view.name));
      return t('teamTools.views.deleted', { name: view.name });
    }, failed);

  return (
    <ToolDialog
      title={t('teamTools.views.heading')}
      onClose={onClose}
      onSubmit={() => void save()}
      actions={
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {t('teamTools.views.save')}
        </Button>
      }
    >
      <Text>{t(documents.reach === 'roaming' ? 'teamTools.views.roaming' : 'teamTools.views.device')}</Text>
      {loadError !== null && (
        <Alert intent="warning" role="alert">
          {loadError}
        </Alert>
      )}
      {views === undefined ? (
        <Spinner size="tiny" label={t('common.loading')} />
      ) : views.length === 0 ? (
        <Text>{t('teamTools.views.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {views.map((view) => (
            <li key={view.name} className={styles.item}>
              <Button
                appearance="subtle"
                onClick={() => {
                  onApply(filtersFromQuery(`?${view.query}`));
                  onClose();
                }}
              >
                {t('teamTools.views.apply', { name: view.name })}
              </Button>
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('teamTools.views.delete', { name: view.name })}
                disabledFocusable={busy}
                onClick={() => void remove(view)}
              />
            </li>
          ))}
        </ul>
      )}
      <Field
        label={t('teamTools.views.saveHeading')}
        {...(nameMissing && name.trim() === ''
          ? { validationState: 'error' as const, validationMessage: t('teamTools.views.nameRequired') }
          : views !== undefined && hasView(views, name)
            ? { validationState: 'warning' as const, validationMessage: t('teamTools.views.replaces') }
            : {})}
      >
        <Input value={name} onChange={(_, d) => setName(d.value)} aria-label={t('teamTools.views.name')} />
      </Field>
      <ToolOutcomeText outcome={outcome} />
    </ToolDialog>
  );
}

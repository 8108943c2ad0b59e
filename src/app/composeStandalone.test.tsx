import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type * as demoData from '../hosts/browser/demoData';
import { demoWorld } from '../hosts/browser/demoData';
import { ServicesProvider } from '../ui/services';
import { compose } from './compose';
import { readParams } from './params';
import { StandaloneFrame } from './standalone/StandaloneFrame';

// `overview.html?seed=N` (item 10): synthetic data lives in its own database, the user's demo data
// stays as they left it, and the page says which data it shows.

vi.mock('../hosts/browser/demoData', async (importOriginal) => {
  const original = await importOriginal<typeof demoData>();
  return { ...original, demoWorld: vi.fn(original.demoWorld) };
});

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

it('keeps synthetic data apart: the demo data, and what the user changed in it, survive ?seed=', async () => {
  const demo = await compose(readParams(''), '/overview.html');
  const list = await demo.services.store.list({});
  const first = list[0]!;
  await demo.services.store.update({ ...first, title: 'Renamed by the user' });
  expect(demo.standalone?.dataset).toEqual({ kind: 'demo' });
  demo.services.store.close();

  const seeded = await compose(readParams('?seed=40'), '/overview.html');
  const synthetic = await seeded.services.store.list({});
  expect(synthetic.length).toBe(list.length + 40);
  expect(seeded.standalone?.dataset).toEqual({ kind: 'synthetic', count: 40 });
  expect(seeded.services.storageDescription).toBe(
    'Synthetic data: 40 generated commitments, in a database of their own',
  );
  seeded.services.store.close();

  // Back on the plain URL: the demo data, with the user's change, not the synthetic set.
  const again = await compose(readParams(''), '/overview.html');
  const back = await again.services.store.list({});
  expect(back.length).toBe(list.length);
  expect(back.find((c) => c.id === first.id)?.title).toBe('Renamed by the user');
  again.services.store.close();
});

it('says on the page that it shows synthetic data, with the way back to the demo data', async () => {
  const seeded = await compose(readParams('?seed=25'), '/overview.html');
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={seeded.services}>
        <StandaloneFrame current="overview" standalone={seeded.standalone!}>
          <p>surface</p>
        </StandaloneFrame>
      </ServicesProvider>
    </FluentProvider>,
  );
  expect(screen.getByText(/This page shows 25 synthetic commitments for load testing/)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Show my demo data' }).getAttribute('href')).not.toContain('seed');
  expect(screen.getByRole('button', { name: 'Generate the synthetic data again' })).toBeTruthy();
  seeded.services.store.close();
});

it('on a return visit works out the demo world only when a page asks for it, and once', async () => {
  const first = await compose(readParams(''), '/overview.html');
  const seeded = first.standalone!.world;
  first.services.store.close();

  vi.mocked(demoWorld).mockClear();
  const overview = await compose(readParams(''), '/overview.html');
  expect(demoWorld).not.toHaveBeenCalled();
  const world = overview.standalone!.world;
  expect(overview.standalone!.world).toBe(world);
  expect(demoWorld).toHaveBeenCalledTimes(1);
  // The same emails and meetings as the visit that seeded them: their dates come from that day.
  expect(world.emails.map((e) => [e.itemId, e.receivedAt])).toEqual(seeded.emails.map((e) => [e.itemId, e.receivedAt]));
  overview.services.store.close();

  // A page opened on an item needs the world to find it.
  vi.mocked(demoWorld).mockClear();
  const pane = await compose(readParams('?item=demo-item-4'), '/overview.html');
  expect(demoWorld).toHaveBeenCalledTimes(1);
  expect(pane.services.host.currentItem()).toMatchObject({ itemId: 'demo-item-4' });
  pane.services.store.close();
});

// eTags in the forms Microsoft hands out: a list item's `eTag` is `"{GUID},n"` (braced, upper case),
// a fieldValueSet's `@odata.etag` is `"guid,n"`. Kept must treat both as the same version.
import { describe, expect, it } from 'vitest';
import type { StoreChange } from '../../src/store/Store';
import { itemETag, sameETag, versionFromETag } from '../../src/store/graph/mapping';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { aCommitment } from '../fixtures/commitments';
import { storeFor } from './helpers';

describe('eTags in the documented "{GUID},n" form', () => {
  it('reads the version from either form and knows they name the same version', () => {
    const braced = '"{86EB4C8E-D20D-46B9-AD41-23B8868DDA8A},12"';
    const plain = '"86eb4c8e-d20d-46b9-ad41-23b8868dda8a,12"';
    expect(versionFromETag(braced)).toBe(12);
    expect(sameETag(braced, plain)).toBe(true);
    expect(sameETag(braced, '"{86EB4C8E-D20D-46B9-AD41-23B8868DDA8A},13"')).toBe(false);
    expect(sameETag(braced, '"{00000000-D20D-46B9-AD41-23B8868DDA8A},12"')).toBe(false);
    expect(sameETag(braced, undefined)).toBe(false);
  });

  it('a refresh that brings back the version this device just saved announces no change', async () => {
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    const created = await store.create(aCommitment({ title: 'Desks for floor 3' }));
    // The update's answer is a fieldValueSet: its @odata.etag has no braces.
    const updated = await store.update({ ...created, title: 'Desks for floor 3 and 4' });
    expect(graph.items()[0]?.eTag).toMatch(/^"\{[0-9A-F-]+\},2"$/);
    const changes: StoreChange[] = [];
    store.subscribe((change) => changes.push(change));
    // The delta brings the same version back as a listItem, whose eTag is braced.
    await store.sync();
    expect(changes.filter((c) => c.kind !== 'sync-state')).toEqual([]);
    expect((await store.get(updated.id)).version).toBe(2);
    // And a later write still passes If-Match with whichever form it holds.
    const again = await store.update({ ...updated, title: 'Desks for floors 3–4' });
    expect(again.version).toBe(3);
    expect(graph.items()[0]?.fields.Title).toBe('Desks for floors 3–4');
    store.close();
  });

  it('If-Match always carries the item’s own "{GUID},n" form, also after a write answered with a fieldValueSet', async () => {
    // The fake takes only the item's form (sharePointRules.ifMatchAccepted): the other would be a 412.
    const graph = createFakeGraph();
    const store = storeFor(graph, 'alex@contoso.com');
    const created = await store.create(aCommitment({ title: 'Chairs' }));
    const first = await store.update({ ...created, title: 'Chairs for room 2' });
    const count = graph.mark();
    const second = await store.update({ ...first, title: 'Chairs for rooms 2 and 3' });
    await store.delete(second.id, second.version);
    const sent = graph.requests.slice(-count()).filter((r) => r.method === 'PATCH' || r.method === 'DELETE');
    expect(sent.map((r) => r.headers['if-match'])).toEqual([
      expect.stringMatching(/^"\{[0-9A-F-]{36}\},2"$/),
      expect.stringMatching(/^"\{[0-9A-F-]{36}\},3"$/),
    ]);
    expect(graph.items()).toEqual([]);
    store.close();
  });

  it('writes the canonical form whichever form it reads', () => {
    expect(itemETag('"86eb4c8e-d20d-46b9-ad41-23b8868dda8a,12"')).toBe('"{86EB4C8E-D20D-46B9-AD41-23B8868DDA8A},12"');
    expect(itemETag('"{86EB4C8E-D20D-46B9-AD41-23B8868DDA8A},12"')).toBe('"{86EB4C8E-D20D-46B9-AD41-23B8868DDA8A},12"');
    expect(itemETag('W/"datetime\'2026\'"')).toBe('W/"datetime\'2026\'"');
  });
});

import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { MainLandmark } from './MainLandmark';

it('is the main landmark on its own', () => {
  render(
    <MainLandmark aria-labelledby="title">
      <h1 id="title">Team overview</h1>
    </MainLandmark>,
  );
  expect(screen.getByRole('main', { name: 'Team overview' })).toBeTruthy();
});

it('is a labelled region inside another, so the page keeps one main landmark', () => {
  render(
    <MainLandmark>
      <MainLandmark aria-labelledby="title">
        <h1 id="title">Team overview</h1>
      </MainLandmark>
    </MainLandmark>,
  );
  expect(screen.getAllByRole('main')).toHaveLength(1);
  expect(screen.getByRole('region', { name: 'Team overview' })).toBeTruthy();
  expect(screen.getByRole('main').contains(screen.getByRole('region'))).toBe(true);
});

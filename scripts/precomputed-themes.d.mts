import type { Plugin } from 'vite';

export function themeModuleSource(name: string): string;
export function precomputedThemes(): Plugin;

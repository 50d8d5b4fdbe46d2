// Ambient types for the workbench: Svelte runes and components, Vite's import.meta.glob and ?raw/?url.
/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<any>;
  export default component;
}

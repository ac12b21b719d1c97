/**
 * 长辈模式 (适老化): the portal in large type, high contrast and fewer blocks. A citizen switches it
 * on in the portal's header; the browser remembers it (localStorage), every tab follows.
 */
import type { ThemeConfig } from 'antd';
import { useSyncExternalStore } from 'react';

const KEY = 'shenpi.elderMode';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage refused (private mode): the ordinary portal
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Turns 长辈模式 on or off and remembers it. */
export function setElderMode(on: boolean) {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // not remembered, but still switched for this page
  }
  for (const l of listeners) l();
}

/** Whether 长辈模式 is on. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}

/**
 * The portal's theme in 长辈模式: 20 px type, taller controls, text in near-black on white and a
 * deeper blue, thicker borders (antd design tokens; the app's own theme stays underneath).
 */
export const ELDER_THEME: ThemeConfig = {
  token: {
    fontSize: 20,
    fontSizeSM: 18,
    fontSizeLG: 22,
    fontSizeHeading1: 36,
    fontSizeHeading2: 30,
    fontSizeHeading3: 26,
    fontSizeHeading4: 22,
    fontSizeHeading5: 20,
    controlHeight: 48,
    controlHeightSM: 40,
    controlHeightLG: 56,
    colorPrimary: '#0b3a75',
    colorLink: '#0b3a75',
    colorText: '#000000',
    colorTextSecondary: '#1f1f1f',
    colorTextTertiary: '#262626',
    colorTextDescription: '#1f1f1f',
    colorBorder: '#434343',
    colorBorderSecondary: '#8c8c8c',
    lineWidth: 2,
  },
};

// antd's component styles for the portal's first pages, extracted at build time (ADR 0024). antd writes each
// component's CSS in JavaScript the first time the component renders and injects it in a <style> element: on a
// phone's CPU a large part of a portal page's first long tasks. Rendered here once in Node, the styles go to a
// stylesheet with antd's own map of what it holds (the `data-ant-cssinjs-cache-path` rule @ant-design/cssinjs writes
// for server rendering); in the browser antd reads that map and neither generates nor injects the styles it names.
// A component left out here still gets its style at run time: a missing one costs time, never looks. The styles do
// not depend on the theme (antd 6 writes them with CSS variables, which each ConfigProvider sets at run time), only
// on antd's version and the build mode (their class prefix), both the same here as in the browser.
//
// `vite.config.ts` serves it as `virtual:antd-static.css`, which `src/web/main.tsx` imports (index.html links it).
import { createRequire } from 'node:module';
import type * as Antd from 'antd';
import type * as CssInJs from '@ant-design/cssinjs';
import type * as React from 'react';
import type * as ReactDomServer from 'react-dom/server';

const require = createRequire(import.meta.url);

/**
 * The CSS of the antd components the portal's frame and its first pages (首页, the guide, an item, 进度查询, the
 * wizard's first step) render on a phone. Not the back office's (Table, DatePicker, Modal…), nor what only a click
 * shows, nor the frame's Menu (a desktop's, 77 kB: a phone has its own row of links): every page parses all of it
 * before its first paint (~1.3 ms a kB on Lighthouse's slowed phone CPU).
 */
export function antdStaticStyle(): string {
  // CommonJS on purpose: antd (its `main`) and the StyleProvider here must share one @ant-design/cssinjs
  const { createElement: h } = require('react') as typeof React;
  const { renderToString } = require('react-dom/server') as typeof ReactDomServer;
  const { createCache, extractStyle, StyleProvider } = require('@ant-design/cssinjs') as typeof CssInJs;
  const antd = require('antd') as typeof Antd;
  const { Form, Layout, Typography } = antd;
  const items = [{ key: 'a', label: 'a', children: 'a' }];
  const components = [
    // the frame
    h(antd.App, null, 'a'),
    h(Layout, null, h(Layout.Header, null, 'a'), h(Layout.Content, null, 'a'), h(Layout.Footer, null, 'a')),
    h(antd.Space, null, 'a', 'b'),
    h(antd.Space.Compact, null, h(antd.Input), h(antd.Button, null, 'a')),
    h(antd.Switch),
    h(antd.Button, null, 'a'),
    // the pages
    h(antd.Row, null, h(antd.Col, { span: 12 }, 'a')),
    h(antd.Breadcrumb, { items: [{ title: 'a' }, { title: 'b' }] }),
    h(antd.Card, { title: 'a' }, 'a'),
    h(antd.Collapse, { items }),
    h(antd.Tabs, { items }),
    h(antd.Empty),
    h(antd.Result, { status: 'success', title: 'a' }),
    h(antd.Skeleton, { active: true }),
    h(antd.Spin),
    h(antd.Tag, { color: 'blue' }, 'a'),
    h(antd.Tag, { color: 'success' }, 'a'),
    h(Typography.Title, null, 'a'),
    h(Typography.Paragraph, null, 'a'),
    h(Typography.Text, null, 'a'),
    h(antd.Alert, { title: 'a' }),
    h(Form, null, h(Form.Item, { label: 'a' }, h(antd.Input))),
    h(antd.Steps, { items: [{ title: 'a' }, { title: 'b' }] }),
    h(antd.Descriptions, { items: [{ label: 'a', children: 'a' }] }),
    h(antd.Checkbox, null, 'a'),
  ];
  const cache = createCache();
  renderToString(h(StyleProvider, { cache }, h(antd.ConfigProvider, null, ...components)));
  // the components' styles and the map; the theme's variables are written at run time, for the theme in use
  return extractStyle(cache, { plain: true, types: ['style'] });
}

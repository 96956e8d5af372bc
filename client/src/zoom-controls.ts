/** The zoom buttons (+, −, fit) over the canvas, and the place of the overview map. */
import { h } from './dom.ts';
import { t, type Lang } from './i18n.ts';
import { WHEEL_NOTCH_FACTOR } from './scene/wheel-zoom.ts';

export interface ZoomTarget {
  zoomBy: (factor: number) => void;
  fit: (opts: { animate?: boolean }) => void;
}

export class ZoomControls {
  readonly overviewHost = h('div', { class: 'overview-host', hidden: true });
  private readonly buttons: [HTMLButtonElement, 'zoomIn' | 'zoomOut' | 'fitView'][] = [];
  private readonly tableBtn: HTMLButtonElement;

  constructor(host: HTMLElement, target: () => ZoomTarget | undefined, toggleTable: () => void) {
    this.tableBtn = h('button', { type: 'button', class: 'btn small', data: { action: 'table' }, on: { click: toggleTable } }) as HTMLButtonElement;
    const button = (key: 'zoomIn' | 'zoomOut' | 'fitView', text: string, act: (z: ZoomTarget) => void) => {
      const b = h('button', { type: 'button', class: 'btn small zoom-btn', data: { zoom: key }, on: { click: () => { const z = target(); if (z) act(z); } } }, text) as HTMLButtonElement;
      this.buttons.push([b, key]);
      return b;
    };
    host.append(
      this.overviewHost,
      h(
        'div',
        { class: 'zoom-buttons' },
        button('zoomIn', '+', (z) => z.zoomBy(WHEEL_NOTCH_FACTOR)),
        button('zoomOut', '−', (z) => z.zoomBy(1 / WHEEL_NOTCH_FACTOR)),
        button('fitView', '⤢', (z) => z.fit({ animate: true })),
        this.tableBtn,
      ),
    );
  }

  relabel(lang: Lang): void {
    this.tableBtn.textContent = t('table', lang);
    for (const [b, key] of this.buttons) {
      b.title = t(key, lang);
      b.setAttribute('aria-label', t(key, lang));
    }
  }
}

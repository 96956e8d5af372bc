/**
 * The selected and the hovered node of a big scene, drawn on a canvas of their own over the picture. Selecting
 * a node the Cytoscape way restyles it, and Cytoscape then redraws every element: seconds at 20,000 nodes on a
 * CPU-drawn canvas. A ring and a name plate over the picture cost a fraction of a millisecond, so a click is
 * answered at once. Used over the quick picture while Cytoscape builds, and over Cytoscape's drawing after.
 */
import type { Viewport } from '../quick-picture.ts';

export const defaults = {
  color: '#0f172a', // ring and name
  plate: 'rgba(255, 255, 255, 0.92)', // behind the name, so it reads over edges
  fontSize: 13, // px, on screen
  gap: 3, // px between the node and its ring
};

export interface Mark {
  /** Model coordinates and radius. */
  x: number;
  y: number;
  r: number;
  name: string;
  /** The selected node gets the heavier ring. */
  selected: boolean;
  /** An edge: the line from (x, y) to here is drawn instead of a ring. */
  to?: { x: number; y: number };
}

/** Clears `canvas` and draws each mark where the viewport puts it. */
export function drawMarks(canvas: HTMLCanvasElement, viewport: Viewport, marks: readonly Mark[], o: typeof defaults = defaults): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const { zoom, pan } = viewport;
  for (const m of marks) {
    let x = pan.x + m.x * zoom;
    let y = pan.y + m.y * zoom;
    let r = Math.max(4, m.r * zoom) + o.gap;
    ctx.beginPath();
    if (m.to) {
      ctx.moveTo(x, y);
      ctx.lineTo(pan.x + m.to.x * zoom, pan.y + m.to.y * zoom);
      // The name goes under the middle of the line.
      x = (x + pan.x + m.to.x * zoom) / 2;
      y = (y + pan.y + m.to.y * zoom) / 2;
      r = o.gap;
    } else ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.lineWidth = m.selected ? 3 : 2;
    ctx.strokeStyle = o.color;
    ctx.stroke();
    ctx.font = `${o.fontSize}px sans-serif`;
    const w = ctx.measureText(m.name).width;
    ctx.fillStyle = o.plate;
    ctx.fillRect(x - w / 2 - 4, y + r + 2, w + 8, o.fontSize + 6);
    ctx.fillStyle = o.color;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(m.name, x, y + r + 5);
  }
}

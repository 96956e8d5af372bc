/**
 * The selected and the hovered node of a big scene, drawn on a canvas of their own over the picture. Selecting
 * a node the Cytoscape way restyles it, and Cytoscape then redraws every element: seconds at 20,000 nodes on a
 * CPU-drawn canvas. A ring and a name plate over the picture cost a fraction of a millisecond, so a click is
 * answered at once. Used over the quick picture while Cytoscape builds, and over Cytoscape's drawing after.
 */
import type { Viewport } from '../quick-picture.ts';

export const defaults = {
  color: '#0f172a', // ring and name
  plate: '#ffffff', // behind the name, opaque: it reads over edges and hides the scene's own label beneath
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
  // Zoomed in, the scene's labels grow with the zoom: the name grows with them, so its plate still covers them.
  const font = o.fontSize * Math.max(1, zoom);
  for (const m of marks) {
    let x = pan.x + m.x * zoom;
    let y = pan.y + m.y * zoom;
    const line = new Path2D();
    // From the node's lower edge: the scene's own label starts right there, and the plate hides it whole.
    let plateTop: number;
    let textTop: number;
    if (m.to) {
      const tx = pan.x + m.to.x * zoom;
      const ty = pan.y + m.to.y * zoom;
      line.moveTo(x, y);
      line.lineTo(tx, ty);
      // The name goes under the middle of the line.
      x = (x + tx) / 2;
      y = (y + ty) / 2;
      plateTop = y + o.gap;
      textTop = plateTop + 3;
    } else {
      const inner = Math.max(4, m.r * zoom);
      line.arc(x, y, inner + o.gap, 0, Math.PI * 2);
      plateTop = y + inner;
      textTop = y + inner + o.gap + 4;
    }
    ctx.font = `${font}px sans-serif`;
    const w = ctx.measureText(m.name).width;
    ctx.fillStyle = o.plate;
    ctx.fillRect(x - w / 2 - 4, plateTop, w + 8, textTop - plateTop + font + 4);
    ctx.lineWidth = m.selected ? 3 : 2;
    ctx.strokeStyle = o.color;
    ctx.stroke(line);
    ctx.fillStyle = o.color;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(m.name, x, textTop);
  }
}

/** Part 3: big scenes in the browser — filled in with the UI's big-scene mode. */
export interface BrowserRow {
  scene: string;
  renderer: string;
  nodes: number;
  edges: number;
  firstFrameMs: number;
  frameP50: number;
  frameP95: number;
}

export async function benchBrowser(_opts: { neo4jUri: string; scenes?: number[]; log?: (m: string) => void }): Promise<BrowserRow[]> {
  return [];
}

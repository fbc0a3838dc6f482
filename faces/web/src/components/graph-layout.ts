// Lays a story's provenance graph out with ELK: layered, originals on the left and their copies to
// the right, one arrow per derivation, independent reports as nodes of their own.
import type { ELK, ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import type { Derivation, StoryArticle } from '../api/types.ts';
import { edgeLabel } from './format.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphNode extends Box {
  article: StoryArticle;
  /** The id as drawn, shortened when long. */
  label: string;
}

export interface GraphEdge {
  derivation: Derivation;
  label: string;
  /** The arrow's polyline, from the original's box to the copy's. */
  points: ElkPoint[];
  labelBox: Box | undefined;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Pixel sizes the drawing assumes (the CSS sets these font sizes). */
const nodeHeight = 44;
const nodeFontWidth = 7.4; // 13px system-ui, average character width
const labelFontWidth = 6.4; // 11px labels
const labelHeight = 16;
const maxLabelChars = 26;

/** The id shortened to fit a box: "a-very-long-article-ident…". */
export const shortLabel = (id: string) =>
  id.length > maxLabelChars ? `${id.slice(0, maxLabelChars - 1)}…` : id;

/** The ELK graph of a story, before layout; sizes are estimated from the characters drawn. */
export function storyGraph(articles: StoryArticle[], derivations: Derivation[]): ElkNode {
  const known = new Set(articles.map((a) => a.id));
  return {
    id: 'story',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'POLYLINE',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      'elk.spacing.nodeNode': '18',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.componentComponent': '28',
      // The same input gives the same drawing: the API's article order decides ties.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
    },
    children: articles.map((article) => ({
      id: article.id,
      width: Math.max(110, Math.max(shortLabel(article.id).length, 11) * nodeFontWidth + 24),
      height: nodeHeight,
    })),
    edges: derivations
      .filter((d) => known.has(d.original) && known.has(d.copy))
      .map((d, i): ElkExtendedEdge => {
        const text = edgeLabel(d);
        return {
          id: `e${i}`,
          sources: [d.original],
          targets: [d.copy],
          labels: [{ id: `l${i}`, text, width: text.length * labelFontWidth + 10, height: labelHeight }],
        };
      }),
  };
}

/** Runs ELK on the story's graph and returns where each box, arrow and label goes. */
export async function layoutStory(
  elk: ELK,
  articles: StoryArticle[],
  derivations: Derivation[],
): Promise<GraphLayout> {
  const graph = storyGraph(articles, derivations);
  const placed = await elk.layout(graph);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const nodes = (placed.children ?? []).map((n) => ({
    article: byId.get(n.id) as StoryArticle,
    label: shortLabel(n.id),
    x: n.x ?? 0,
    y: n.y ?? 0,
    width: n.width ?? 0,
    height: n.height ?? 0,
  }));
  const drawn = derivations.filter((d) => byId.has(d.original) && byId.has(d.copy));
  const edges = (placed.edges ?? []).map((e, i) => {
    const section = (e as ElkExtendedEdge).sections?.[0];
    const label = e.labels?.[0];
    return {
      derivation: drawn[i] as Derivation,
      label: label?.text ?? '',
      points: section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [],
      labelBox: label
        ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 }
        : undefined,
    };
  });
  return { width: placed.width ?? 0, height: placed.height ?? 0, nodes, edges };
}

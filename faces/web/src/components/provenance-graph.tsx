// A story's provenance graph drawn as SVG: a box per article (to its page), an arrow per derivation
// labelled with method and coverage (to the comparison), kinships as optional dashed curves.
import type { ELK } from 'elkjs/lib/elk-api';
import ElkConstructor from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { useEffect, useId, useState } from 'react';
import type { Derivation, Kinship, StoryArticle } from '../api/types.ts';
import { Link } from '../routing/link.tsx';
import { articlePath, comparePath } from '../routing/route.ts';
import { ErrorMessage, Loading } from './api-view.tsx';
import { percent } from './format.ts';
import { type Box, type GraphLayout, layoutStory } from './graph-layout.ts';

let elk: ELK | undefined;
/** One ELK for the page, laying out in a worker so a large story does not block the page. */
const sharedElk = () => {
  elk ??= new ElkConstructor({ workerUrl: elkWorkerUrl });
  return elk;
};

const methods = ['verbatim', 'edited', 'paraphrased'] as const;

export function ProvenanceGraph({
  articles,
  derivations,
  kinships,
}: {
  articles: StoryArticle[];
  derivations: Derivation[];
  kinships: Kinship[];
}) {
  const [layout, setLayout] = useState<GraphLayout | Error>();
  const [showKinships, setShowKinships] = useState(false);
  const ids = useId();
  useEffect(() => {
    let current = true;
    layoutStory(sharedElk(), articles, derivations).then(
      (done) => current && setLayout(done),
      (error: Error) => current && setLayout(error),
    );
    return () => {
      current = false;
    };
  }, [articles, derivations]);
  if (layout === undefined) return <Loading what="the graph" />;
  if (layout instanceof Error) return <ErrorMessage what="the graph" error={layout} />;
  const boxes = new Map(layout.nodes.map((n) => [n.article.id, n]));
  const drawnKinships = kinships.filter((k) => boxes.has(k.a) && boxes.has(k.b));
  const marker = (method: string) => `${ids}-head-${method}`;
  return (
    <figure className="graph-figure">
      <svg
        className="graph"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label="provenance graph: arrows go from an original to its copies"
      >
        <defs>
          {methods.map((method) => (
            <marker
              key={method}
              id={marker(method)}
              className={`head ${method}`}
              markerWidth="8"
              markerHeight="8"
              refX="7"
              refY="4"
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" />
            </marker>
          ))}
        </defs>
        {showKinships &&
          drawnKinships.map((k) => (
            <path
              key={`${k.a}\u0000${k.b}`}
              className={`kinship ${k.relation}`}
              d={kinshipCurve(boxes.get(k.a) as Box, boxes.get(k.b) as Box)}
            >
              <title>{`${k.a} and ${k.b}: ${k.relation}, sharing text only through ${k.via.join(' → ')}`}</title>
            </path>
          ))}
        {layout.edges.map((edge) => {
          const d = edge.derivation;
          return (
            <g key={`${d.original}\u0000${d.copy}`} className={`edge ${d.method} ${d.scope}`}>
              <title>
                {`${d.copy} ← ${d.original}: ${edge.label}; ${percent(d.copyCoverage)} of the copy from the original, ${percent(d.originalCoverage)} of the original reused, confidence ${d.confidence.toFixed(2)}`}
              </title>
              <path className="arrow" d={polyline(edge.points)} markerEnd={`url(#${marker(d.method)})`} />
              {edge.labelBox && (
                <Link to={comparePath(d.original, d.copy)} className="edge-label">
                  <rect
                    x={edge.labelBox.x}
                    y={edge.labelBox.y}
                    width={edge.labelBox.width}
                    height={edge.labelBox.height}
                    rx="3"
                  />
                  <text
                    x={edge.labelBox.x + edge.labelBox.width / 2}
                    y={edge.labelBox.y + edge.labelBox.height / 2 + 4}
                  >
                    {edge.label}
                  </text>
                </Link>
              )}
            </g>
          );
        })}
        {layout.nodes.map((node) => (
          <Link
            key={node.article.id}
            to={articlePath(node.article.id)}
            className={`node ${node.article.role}`}
          >
            <title>
              {node.article.title ? `${node.article.id}: ${node.article.title}` : node.article.id}
            </title>
            <rect x={node.x} y={node.y} width={node.width} height={node.height} rx="6" />
            <text className="name" x={node.x + node.width / 2} y={node.y + 18}>
              {node.label}
            </text>
            <text className="role-name" x={node.x + node.width / 2} y={node.y + 34}>
              {node.article.role}
            </text>
          </Link>
        ))}
      </svg>
      <figcaption>
        Arrows go from an original to its copy, labelled with the method and the share of the copy taken (a
        partial copy: the paragraphs taken); click a label to compare the two.
        {drawnKinships.length > 0 && (
          <label className="toggle">
            <input
              type="checkbox"
              checked={showKinships}
              onChange={(event) => setShowKinships(event.target.checked)}
            />{' '}
            show kinships ({drawnKinships.length}, dashed: articles sharing text only through a third)
          </label>
        )}
      </figcaption>
    </figure>
  );
}

/** An SVG path through the points. */
const polyline = (points: Array<{ x: number; y: number }>) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');

/** A curve between the centres of two boxes, bowed to one side so it does not run over the boxes between them. */
function kinshipCurve(a: Box, b: Box): string {
  const [x1, y1] = [a.x + a.width / 2, a.y + a.height / 2];
  const [x2, y2] = [b.x + b.width / 2, b.y + b.height / 2];
  const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const bow = Math.min(80, length / 3);
  // The normal to the chord, pointing right of the direction a → b.
  const [nx, ny] = [(y2 - y1) / length, -(x2 - x1) / length];
  return `M${x1},${y1} Q${mx + nx * bow},${my + ny * bow} ${x2},${y2}`;
}

// The drawing layer of the review viewer: an SVG laid over the image or page that shows annotations and lets the
// reviewer draw new ones, by pointer (mouse, pen, touch) or by keyboard. Shapes are kept in coordinates normalised to
// 0-1 from the top-left of the page, as the API stores them (point {x, y}; rect, circle, arrow {x, y, w, h}; line
// {x1, y1, x2, y2}; freehand {points: [[x, y], ...]}), so they fit any preview size and any zoom: the SVG is scaled
// together with the image by the viewer's transform, and pointer positions are read through getBoundingClientRect,
// which already includes that transform.

const SVG = 'http://www.w3.org/2000/svg';
export const TOOLS = ['point', 'rect', 'circle', 'arrow', 'line', 'freehand'];

const clamp = (value) => Math.min(1, Math.max(0, value));
const round = (value) => Math.round(value * 100000) / 100000;
const KEY_STEP = 0.01;
const KEY_STEP_LARGE = 0.05;

/**
 * @param {SVGSVGElement} svg the overlay, sized like the image it covers
 * @param {{width: number, height: number, onDraw: (shape: object) => void, onSelect: (id: string) => void,
 *          onStatus?: (text: string) => void}} options width and height of the page in pixels (for the aspect ratio);
 *        onDraw gets each finished shape, onSelect the id of an annotation the reviewer clicked, onStatus a sentence
 *        for a live region while drawing by keyboard
 */
export function createAnnotationLayer(svg, options) {
  let width = options.width || 1;
  let height = options.height || 1;
  let tool = null;
  let annotations = [];
  let selected = null;
  let draft = null; // {type, start: [x, y], end: [x, y], points: [[x, y]...]}
  let cursor = [0.5, 0.5];
  let pointerId = null;

  const shapes = element('g', { class: 'annotation-shapes' });
  const draftGroup = element('g', { class: 'annotation-draft' });
  const crosshair = element('g', { class: 'annotation-crosshair', display: 'none' });
  svg.append(shapes, draftGroup, crosshair);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('focusable', 'true');
  setSize(width, height);

  function setSize(w, h) {
    width = w > 0 ? w : 1;
    height = h > 0 ? h : 1;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    render(annotations, selected);
  }

  function setTool(next) {
    tool = TOOLS.includes(next) ? next : null;
    draft = null;
    svg.classList.toggle('is-drawing', tool !== null);
    svg.setAttribute('tabindex', tool ? '0' : '-1');
    svg.setAttribute('aria-label', tool
      ? `Drawing area, ${tool} tool. Move with the arrow keys, press Enter to set a point, Escape to cancel.`
      : 'Annotations');
    drawDraft();
    drawCrosshair();
  }

  /** Shows the annotations (those with a shape; replies have none) and marks the selected one. */
  function render(list, selectedId) {
    annotations = list || [];
    selected = selectedId || null;
    shapes.replaceChildren();
    for (const annotation of annotations) {
      if (!annotation.shape) {
        continue;
      }
      const node = shapeNode(annotation.shape);
      if (!node) {
        continue;
      }
      node.classList.add('annotation-shape');
      node.dataset.annotation = annotation.annotationUID;
      if (annotation.annotationUID === selected) {
        node.classList.add('is-selected');
      }
      const title = element('title', {});
      title.textContent = annotation.text || '';
      node.append(title);
      shapes.append(node);
    }
  }

  // ---- pointer drawing ----------------------------------------------------------------------------------------

  function position(event) {
    const box = svg.getBoundingClientRect();
    return [clamp((event.clientX - box.left) / box.width), clamp((event.clientY - box.top) / box.height)];
  }

  svg.addEventListener('pointerdown', (event) => {
    if (!tool) {
      const target = event.target.closest('[data-annotation]');
      if (target) {
        options.onSelect(target.dataset.annotation);
      }
      return;
    }
    // a drawing tool owns the pointer: the viewer must not pan
    event.preventDefault();
    event.stopPropagation();
    pointerId = event.pointerId;
    svg.setPointerCapture(pointerId);
    const at = position(event);
    draft = { type: tool, start: at, end: at, points: [at] };
    drawDraft();
  });

  svg.addEventListener('pointermove', (event) => {
    if (!draft || event.pointerId !== pointerId) {
      return;
    }
    event.preventDefault();
    const at = position(event);
    draft.end = at;
    if (draft.type === 'freehand') {
      const last = draft.points[draft.points.length - 1];
      if (Math.hypot((at[0] - last[0]) * width, (at[1] - last[1]) * height) >= 2) {
        draft.points.push(at);
      }
    }
    drawDraft();
  });

  const endPointer = (event) => {
    if (!draft || event.pointerId !== pointerId) {
      return;
    }
    event.preventDefault();
    draft.end = position(event);
    if (draft.type === 'freehand') {
      draft.points.push(draft.end);
    }
    pointerId = null;
    finish();
  };
  svg.addEventListener('pointerup', endPointer);
  svg.addEventListener('pointercancel', () => {
    pointerId = null;
    draft = null;
    drawDraft();
  });

  // ---- keyboard drawing: arrows move a crosshair, Enter sets points, Escape cancels ------------------------------

  svg.addEventListener('keydown', (event) => {
    if (!tool) {
      return;
    }
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key]) {
      event.preventDefault();
      cursor = [clamp(cursor[0] + moves[event.key][0]), clamp(cursor[1] + moves[event.key][1])];
      if (draft) {
        draft.end = cursor;
      }
      drawDraft();
      drawCrosshair();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      keyboardPoint();
    } else if (event.key === 'Escape' && draft) {
      event.preventDefault();
      if (draft.type === 'freehand' && draft.points.length > 1) {
        finish();
      } else {
        draft = null;
        drawDraft();
        status('Drawing cancelled.');
      }
    }
  });

  svg.addEventListener('focus', drawCrosshair);
  svg.addEventListener('blur', () => crosshair.setAttribute('display', 'none'));

  function keyboardPoint() {
    if (tool === 'point') {
      draft = { type: 'point', start: cursor, end: cursor, points: [cursor] };
      finish();
    } else if (!draft) {
      draft = { type: tool, start: cursor, end: cursor, points: [cursor] };
      drawDraft();
      status(tool === 'freehand'
        ? 'First point set. Move and press Enter for each next point, Escape to finish.'
        : 'Start set. Move to the end and press Enter.');
    } else if (draft.type === 'freehand') {
      draft.points.push(cursor);
      drawDraft();
      status(`${draft.points.length} points set.`);
    } else {
      draft.end = cursor;
      finish();
    }
  }

  function status(text) {
    if (options.onStatus) {
      options.onStatus(text);
    }
  }

  // ---- shapes ------------------------------------------------------------------------------------------------

  function finish() {
    const shape = toShape(draft);
    draft = null;
    drawDraft();
    if (shape) {
      options.onDraw(shape);
    } else {
      status('The shape was too small; draw it again.');
    }
  }

  /** The API's shape for a draft, or null when it is too small to mean anything. */
  function toShape(d) {
    if (!d) {
      return null;
    }
    const [x1, y1] = d.start;
    const [x2, y2] = d.end;
    const tiny = Math.hypot((x2 - x1) * width, (y2 - y1) * height) < 3;
    switch (d.type) {
      case 'point':
        return { type: 'point', x: round(x1), y: round(y1) };
      case 'rect':
      case 'circle':
        if (tiny) {
          return null;
        }
        return {
          type: d.type, x: round(Math.min(x1, x2)), y: round(Math.min(y1, y2)),
          w: round(Math.abs(x2 - x1)), h: round(Math.abs(y2 - y1)),
        };
      case 'arrow':
        return tiny ? null : { type: 'arrow', x: round(x1), y: round(y1), w: round(x2 - x1), h: round(y2 - y1) };
      case 'line':
        return tiny ? null : { type: 'line', x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) };
      case 'freehand':
        return d.points.length < 2 ? null
          : { type: 'freehand', points: d.points.map(([x, y]) => [round(x), round(y)]) };
      default:
        return null;
    }
  }

  function drawDraft() {
    draftGroup.replaceChildren();
    if (!draft) {
      return;
    }
    const node = shapeNode(toShape(draft) || (draft.type === 'freehand' || draft.type === 'point'
      ? { type: 'point', x: draft.start[0], y: draft.start[1] } : null));
    if (node) {
      draftGroup.append(node);
    }
  }

  function drawCrosshair() {
    crosshair.replaceChildren();
    if (!tool || document.activeElement !== svg) {
      crosshair.setAttribute('display', 'none');
      return;
    }
    crosshair.removeAttribute('display');
    const [x, y] = [cursor[0] * width, cursor[1] * height];
    const size = Math.max(width, height) / 40;
    crosshair.append(
      element('line', { x1: x - size, y1: y, x2: x + size, y2: y }),
      element('line', { x1: x, y1: y - size, x2: x, y2: y + size }));
  }

  /** An SVG element drawing a shape in page pixels. */
  function shapeNode(shape) {
    if (!shape) {
      return null;
    }
    const px = (value) => value * width;
    const py = (value) => value * height;
    const pointRadius = Math.max(width, height) / 120;
    switch (shape.type) {
      case 'point':
        return element('circle', { cx: px(shape.x), cy: py(shape.y), r: pointRadius, class: 'shape-point' });
      case 'rect':
        return element('rect', { x: px(shape.x), y: py(shape.y), width: px(shape.w), height: py(shape.h) });
      case 'circle':
        return element('ellipse', {
          cx: px(shape.x + shape.w / 2), cy: py(shape.y + shape.h / 2), rx: px(shape.w / 2), ry: py(shape.h / 2),
        });
      case 'line':
        return element('line', { x1: px(shape.x1), y1: py(shape.y1), x2: px(shape.x2), y2: py(shape.y2) });
      case 'arrow':
        return element('path', { d: arrowPath(px(shape.x), py(shape.y), px(shape.x + shape.w), py(shape.y + shape.h)) });
      case 'freehand':
        return element('polyline', { points: shape.points.map(([x, y]) => `${px(x)},${py(y)}`).join(' ') });
      default:
        return null;
    }
  }

  /** A shaft from tail to head and two barbs at the head, as one path. */
  function arrowPath(tx, ty, hx, hy) {
    const length = Math.hypot(hx - tx, hy - ty) || 1;
    const barb = Math.min(length / 3, Math.max(width, height) / 40);
    const angle = Math.atan2(hy - ty, hx - tx);
    const left = [hx - barb * Math.cos(angle - Math.PI / 7), hy - barb * Math.sin(angle - Math.PI / 7)];
    const right = [hx - barb * Math.cos(angle + Math.PI / 7), hy - barb * Math.sin(angle + Math.PI / 7)];
    return `M${tx},${ty} L${hx},${hy} M${left[0]},${left[1]} L${hx},${hy} L${right[0]},${right[1]}`;
  }

  function element(name, attributes) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) {
      node.setAttribute(key, String(value));
    }
    return node;
  }

  setTool(null);
  return { setTool, setSize, render, get tool() { return tool; } };
}

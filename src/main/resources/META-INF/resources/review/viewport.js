// Zoom and pan of a preview: wheel, buttons, keyboard and touch (one finger pans, two pinch). The canvas (the image and
// the marks laid over it) moves by a CSS transform inside the stage, so anything drawn on the canvas follows.

const MIN_SCALE = 0.5;
const MAX_SCALE = 10;
const WHEEL_STEP = 1.15;
const BUTTON_STEP = 1.25;
const KEY_PAN = 40;

/**
 * Listens on the elements it is given until destroy() is called.
 *
 * @param {{stage: HTMLElement, canvas: HTMLElement, image: HTMLImageElement, zoomInButton?: HTMLElement,
 *          zoomOutButton?: HTMLElement, fitButton?: HTMLElement}} elements the stage is the focusable window onto the
 *        canvas; the image gives the aspect ratio. A new image src refits the canvas once it has loaded.
 */
export function createViewport({ stage, canvas, image, zoomInButton, zoomOutButton, fitButton }) {
  const view = { scale: 1, x: 0, y: 0 };
  const listening = new AbortController();
  const { signal } = listening;

  function heightPerWidth() {
    return image.naturalWidth ? image.naturalHeight / image.naturalWidth : 1;
  }

  function apply() {
    canvas.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
  }

  /** The whole preview, as large as the stage allows, centred. */
  function fit() {
    const width = Math.min(stage.clientWidth, stage.clientHeight / heightPerWidth());
    canvas.style.width = `${width}px`;
    view.scale = 1;
    view.x = (stage.clientWidth - width) / 2;
    view.y = (stage.clientHeight - width * heightPerWidth()) / 2;
    apply();
  }

  /** Zooms by factor, keeping the point under clientX, clientY (the stage's centre when left out) in place. */
  function zoomAt(factor, clientX, clientY) {
    const box = stage.getBoundingClientRect();
    const px = clientX === undefined ? box.width / 2 : clientX - box.left;
    const py = clientY === undefined ? box.height / 2 : clientY - box.top;
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
    view.x = px - (px - view.x) * (next / view.scale);
    view.y = py - (py - view.y) * (next / view.scale);
    view.scale = next;
    apply();
  }

  function pan(dx, dy) {
    view.x += dx;
    view.y += dy;
    apply();
  }

  if (image.complete) {
    fit();
  }
  image.addEventListener('load', fit, { signal });
  stage.ownerDocument.defaultView.addEventListener('resize', fit, { signal });
  stage.addEventListener('wheel', (event) => {
    event.preventDefault();
    zoomAt(event.deltaY < 0 ? WHEEL_STEP : 1 / WHEEL_STEP, event.clientX, event.clientY);
  }, { passive: false, signal });

  const pointers = new Map();
  let pinch = null;
  stage.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, [event.clientX, event.clientY]);
    stage.setPointerCapture(event.pointerId);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = { distance: Math.hypot(a[0] - b[0], a[1] - b[1]) };
    }
  }, { signal });
  stage.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) {
      return;
    }
    const now = [event.clientX, event.clientY];
    pointers.set(event.pointerId, now);
    if (pointers.size === 2 && pinch) {
      const [a, b] = [...pointers.values()];
      const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
      zoomAt(distance / pinch.distance, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      pinch.distance = distance;
    } else if (pointers.size === 1) {
      pan(now[0] - last[0], now[1] - last[1]);
    }
  }, { signal });
  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) {
      pinch = null;
    }
  };
  stage.addEventListener('pointerup', release, { signal });
  stage.addEventListener('pointercancel', release, { signal });

  stage.addEventListener('keydown', (event) => {
    // keys typed into something inside the stage (the drawing layer) are not for the viewport
    if (event.target !== stage) {
      return;
    }
    const moves = {
      ArrowLeft: [KEY_PAN, 0], ArrowRight: [-KEY_PAN, 0], ArrowUp: [0, KEY_PAN], ArrowDown: [0, -KEY_PAN],
    };
    if (event.key === '+' || event.key === '=') {
      zoomAt(BUTTON_STEP);
    } else if (event.key === '-') {
      zoomAt(1 / BUTTON_STEP);
    } else if (event.key === '0') {
      fit();
    } else if (moves[event.key]) {
      pan(...moves[event.key]);
    } else {
      return;
    }
    event.preventDefault();
  }, { signal });

  zoomInButton?.addEventListener('click', () => zoomAt(BUTTON_STEP), { signal });
  zoomOutButton?.addEventListener('click', () => zoomAt(1 / BUTTON_STEP), { signal });
  fitButton?.addEventListener('click', fit, { signal });

  return {
    fit,
    zoomAt,
    pan,
    /** Stops listening, for a page that swaps one viewer for another. */
    destroy() {
      listening.abort();
    },
  };
}
